// Saves `body` as a file the user downloads, from an extension page.
import { el } from './content/dom.js';

export function download(name: string, body: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  el('a', { href: url, download: name }).click();
  // Firefox starts the download after the click returns: the address must outlive it.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
