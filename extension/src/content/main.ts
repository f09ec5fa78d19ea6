// The content script's entry: finds composers as they appear (light DOM and the open
// shadow roots the site adapters name), decorates each once, and tears down the ones that
// are gone. It costs nothing measurable on pages without a composer: one MutationObserver
// whose work is coalesced into one query per frame.
import type { Lang } from '../protocol.js';
import { Composer } from './composer.js';
import type { Editable } from './editor.js';
import { editorSelector, kindOf, type Site, siteFor } from './sites.js';

const site = siteFor(location.hostname);
if (site) start(site);

function start(site: Site): void {
  // The language our own strings are shown in, so the engine's findings match them.
  const uiLang: Lang = chrome.i18n.getMessage('uiLang') === 'de' ? 'de' : 'en';
  const selector = editorSelector(site);
  const composers = new Map<Element, Composer>();
  const watchedRoots = new WeakSet<Node>();
  let scheduled = 0;

  const observer = new MutationObserver(() => schedule());

  function watch(root: Document | ShadowRoot): void {
    if (watchedRoots.has(root)) return;
    watchedRoots.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }

  function schedule(): void {
    if (!scheduled) scheduled = requestAnimationFrame(scan);
  }

  function roots(): (Document | ShadowRoot)[] {
    const list: (Document | ShadowRoot)[] = [document];
    for (const sel of site.shadowHosts) {
      for (const host of document.querySelectorAll(sel)) if (host.shadowRoot) list.push(host.shadowRoot);
    }
    return list;
  }

  function decorate(editor: Element): void {
    if (composers.has(editor)) return;
    const kind = kindOf(site, editor);
    if (!kind || !(editor instanceof HTMLElement)) return;
    composers.set(editor, new Composer(editor as Editable, kind, site, uiLang));
  }

  function scan(): void {
    scheduled = 0;
    for (const [editor, composer] of composers) {
      if (!editor.isConnected) {
        composer.destroy();
        composers.delete(editor);
      }
    }
    for (const root of roots()) {
      watch(root);
      for (const editor of root.querySelectorAll(selector)) decorate(editor);
    }
  }

  // A composer can gain focus before the next frame's scan (or sit in a shadow root no
  // adapter names): decorate it on focus, at once.
  document.addEventListener(
    'focusin',
    (e) => {
      const target = e.composedPath()[0];
      if (target instanceof Element && target.matches(selector)) decorate(target);
    },
    { capture: true, passive: true },
  );
  scan();
}
