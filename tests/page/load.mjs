// The page reader (extension/src/content/read/) in Node: bundled by esbuild as the
// extension bundles it, run in happy-dom against the fixture pages at their real
// addresses. happy-dom rather than linkedom: the reader leans on what a browser does —
// `closest`, `:has()`, `compareDocumentPosition`, `instanceof HTMLTextAreaElement`, the
// `maxLength` of a field — and happy-dom implements these as the DOM standard says, where
// linkedom's lighter model (faster to parse) leaves some out; a dozen small pages parse in
// a few milliseconds either way.
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GlobalRegistrator } from '@happy-dom/global-registrator';

const ROOT = new URL('../../', import.meta.url).pathname;
const CONTENT = join(ROOT, 'extension/src/content');

GlobalRegistrator.register({
  url: 'https://www.linkedin.com/',
  settings: {
    // The fixtures' own inline scripts open dialogs and pick variants, as on the page.
    enableJavaScriptEvaluation: true,
    disableCSSFileLoading: true,
    disableJavaScriptFileLoading: true,
    handleDisabledFileLoadingAsSuccess: true,
    navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
  },
});

const bundled = await build({
  stdin: {
    contents: `export * from './read/index.ts'; export { addressName } from './read/recipient.ts'; export { nameShaped } from './read/values.ts'; export { LINKEDIN, XING, kindOf, fallbackKind, fallbackScope } from './sites.ts';`,
    resolveDir: CONTENT,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'neutral',
  define: { SHOW_STATE: 'false' },
  write: false,
  logLevel: 'warning',
});
export const reader = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);

/**
 * Opens fixture `file` at `url` with its inline script run (as the page runs it), and
 * returns the document. `?variant=…` in the address picks the fixture's variant.
 */
export async function open(file, url) {
  window.happyDOM.setURL(url);
  const html = readFileSync(join(ROOT, 'tests/fixtures', file), 'utf8').replaceAll('{{NONCE}}', 'n');
  document.open();
  document.write(html);
  document.close();
  await window.happyDOM.waitUntilComplete();
  return document;
}

/** The composer at `selector`, placed as the content script places it. */
export function place(selector, site) {
  const editor = document.querySelector(selector);
  if (!editor) throw new Error(`no editor at ${selector}`);
  const kind = reader.kindOf(site, editor);
  const fixedScope = kind ? null : reader.fallbackScope(editor);
  return { editor, kind: kind ?? reader.fallbackKind(site), site, fixedScope };
}
