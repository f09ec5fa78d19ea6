// A textarea's text has no DOM ranges to underline, so the overlay keeps a copy of it —
// the mirror — laid exactly over the field, with its font, padding, width and scroll, and
// draws the underlines from ranges in the copy. Contenteditable editors need no copy:
// their words are ranges already, and `drawMarks` underlines those the same way.
import type { Report, Severity, Span } from '../protocol.js';
import { el } from './dom.js';
import { setPos } from './placement.js';

const MIRRORED = [
  'font-family', 'font-size', 'font-weight', 'font-style', 'font-variant', 'font-stretch', 'letter-spacing', 'word-spacing',
  'line-height', 'text-transform', 'text-indent', 'text-align', 'tab-size', 'direction', 'word-break', 'overflow-wrap',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left',
  'border-top-width', 'border-right-width', 'border-bottom-width', 'border-left-width',
];

export class Mirror {
  readonly el = el('div', { class: 'mirror' });

  constructor(private readonly field: HTMLTextAreaElement | HTMLInputElement) {}

  /** Copies `text` and returns the range each span covers in the copy. */
  ranges(text: string, spans: (Span | null)[]): (Range | null)[] {
    this.el.textContent = text + '\n';
    const node = this.el.firstChild as Text;
    return spans.map((span) => (span ? this.range(node, span.start_utf16, span.end_utf16) : null));
  }

  /** The range from `start` to `end` (UTF-16 offsets) in the copy, clamped to its text. */
  private range(node: Text, start: number, end: number): Range {
    const r = document.createRange();
    r.setStart(node, Math.min(start, node.length));
    r.setEnd(node, Math.min(end, node.length));
    return r;
  }

  /** Where the field's caret is, as an empty range in the copy. */
  caret(): Range | null {
    const node = this.el.firstChild;
    if (!(node instanceof Text)) return null;
    const at = this.field.selectionEnd ?? 0;
    return this.range(node, at, at);
  }

  /** Lays the copy exactly over the field, scrolled as it is, so ranges in it match. */
  sync(): void {
    const m = this.el;
    const cs = getComputedStyle(this.field);
    const box = this.field.getBoundingClientRect();
    for (const p of MIRRORED) m.style.setProperty(p, cs.getPropertyValue(p));
    // A scrollbar narrows the field's text; the copy has none, so pad for it.
    const borders = parseFloat(cs.borderLeftWidth) + parseFloat(cs.borderRightWidth);
    const scrollbar = this.field.offsetWidth - this.field.clientWidth - borders;
    if (scrollbar > 0) m.style.paddingRight = `${parseFloat(cs.paddingRight) + scrollbar}px`;
    setPos(m, box.left, box.top);
    // The copy is border-box (its stylesheet says so) and takes the field's border box.
    m.style.width = `${box.width}px`;
    m.style.height = `${box.height}px`;
    m.scrollTop = this.field.scrollTop;
    m.scrollLeft = this.field.scrollLeft;
  }
}

/** Underlines under each range that shows inside the field, replacing those in `layer`. */
export function drawMarks(layer: HTMLElement, ranges: (Range | null)[], report: Report | null, clip: DOMRect): void {
  const boxes: HTMLElement[] = [];
  ranges.forEach((r, i) => {
    if (!r) return;
    const severity: Severity = report?.findings[i]?.severity ?? 'hint';
    for (const rect of r.getClientRects()) {
      if (rect.width === 0 || rect.bottom < clip.top || rect.top > clip.bottom) continue;
      const mark = el('div', { class: `mark ${severity}` });
      setPos(mark, rect.left, rect.top);
      mark.style.width = `${rect.width}px`;
      mark.style.height = `${rect.height}px`;
      boxes.push(mark);
    }
  });
  // One container, its children replaced at once: a long document's marks come and go in
  // one change to our tree, not one per mark.
  let marks = layer.querySelector<HTMLElement>(':scope > .marks');
  if (!marks) layer.append((marks = el('div', { class: 'marks' })));
  marks.replaceChildren(...boxes);
}
