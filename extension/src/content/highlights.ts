// Underlines in contenteditable editors through the CSS Custom Highlight API: the browser
// paints them under the text itself, so they follow scrolling and wrapping for free and
// the editor's DOM is never touched. One registry per document is shared by all composers.
import type { Severity } from '../protocol.js';
import { highlightName } from './exposure.js';
import { highlightCss } from './styles.js';

const adopted = new WeakSet<Document | ShadowRoot>();
let sheet: CSSStyleSheet | undefined;

export function highlightsSupported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

function registry(severity: Severity): Highlight {
  const name = highlightName(severity);
  let h = CSS.highlights.get(name);
  if (!h) {
    h = new Highlight();
    CSS.highlights.set(name, h);
  }
  return h;
}

/** Makes the `::highlight()` styles apply in the tree that holds `editor`. */
function adoptStyles(editor: Element): void {
  const root = editor.getRootNode() as Document | ShadowRoot;
  if (adopted.has(root)) return;
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(highlightCss(highlightName));
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
  adopted.add(root);
}

/** One composer's highlighted ranges. */
export class Highlights {
  private mine: [Severity, Range][] = [];

  constructor(editor: Element) {
    adoptStyles(editor);
  }

  set(ranges: [Severity, Range][]): void {
    this.clear();
    for (const [severity, range] of ranges) registry(severity).add(range);
    this.mine = ranges;
  }

  clear(): void {
    for (const [severity, range] of this.mine) CSS.highlights.get(highlightName(severity))?.delete(range);
    this.mine = [];
  }

  get size(): number {
    return this.mine.length;
  }
}
