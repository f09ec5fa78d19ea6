// One composer's overlay: a `<verbindlich-overlay>` host beside the editor (never inside
// it) with a badge, underlines, a card per finding, a list of all findings, notes and the
// check before sending. It shows what the engine reported and judges nothing itself.
// Each part is built by its own module (badge, card, list, presend, mirror, placement)
// into this overlay's shadow root; this class holds the state between them, and tears all
// of it down in one place: `destroy()` removes the host, its listeners and its timers.
import type { Finding, Report } from '../protocol.js';
import { failBadge, fillBadge } from './badge.js';
import { fillCard } from './card.js';
import { el, intersects, user } from './dom.js';
import { caretOffset, type Editable, EditorText, isTextField } from './editor.js';
import { fillList } from './list.js';
import { drawMarks, Mirror } from './mirror.js';
import { place, setPos } from './placement.js';
import { presendDialog } from './presend.js';
import { overlayHost, showState } from './exposure.js';
import { DARK_CSS, OVERLAY_CSS } from './styles.js';

let overlaySheet: CSSStyleSheet | undefined;
let darkSheet: CSSStyleSheet | undefined;

/**
 * Whether the page is dark where the composer is: the first opaque background from the
 * editor up, by its relative luminance (WCAG). Transparent all the way is the canvas: white
 * unless the page says its colour scheme is dark.
 */
export function pageIsDark(editor: Element): boolean {
  for (let e: Element | null = editor; e; e = e.parentElement ?? ((e.getRootNode() as ShadowRoot).host ?? null)) {
    const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(e).backgroundColor);
    if (!m || (m[4] !== undefined && Number(m[4]) < 0.5)) continue;
    const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
  }
  return getComputedStyle(document.documentElement).colorScheme.includes('dark') && !getComputedStyle(document.documentElement).colorScheme.includes('light');
}

export interface OverlayEvents {
  apply(finding: Finding): void;
  /** Hide this finding for this draft only; `words` is what its span covers ('' without one). */
  ignore(finding: Finding, words: string): void;
  /** Never flag this phrase again: the accepted phrases, in the settings. */
  accept(finding: Finding, phrase: string): void;
  /** Turn the finding's rule off, in the settings. */
  ruleOff(finding: Finding): void;
  /** Put the caret on the finding's span (from the check before sending). */
  show(finding: Finding): void;
  /** The user left the overlay with Escape: give the editor its focus back. */
  returnFocus(): void;
}

export class Overlay {
  readonly host: HTMLElement;
  private readonly root: ShadowRoot;
  private readonly badge: HTMLButtonElement;
  private readonly layer: HTMLElement;
  private readonly card: HTMLElement;
  private readonly panel: HTMLElement;
  private dialog: HTMLElement | null = null;
  private readonly toastBox: HTMLElement;
  private toastTimer = 0;
  /** The editor's text as last rendered: what a finding's span covers. */
  private text: EditorText | null = null;
  private readonly mirror: Mirror | null;
  private report: Report | null = null;
  /** Per finding, the range its underline covers (live in the editor, or in the mirror). */
  private ranges: (Range | null)[] = [];
  private cardIndex: number | null = null;
  private cardPinned = false;
  private frame = 0;
  private dark = false;
  private hideTimer = 0;
  /** Releases what the overlay listens to on the editor. */
  private readonly abort = new AbortController();

  constructor(
    private readonly editor: Editable,
    surface: string,
    private readonly sendButton: () => Element | null,
    private readonly events: OverlayEvents,
    /** The fallback: we could not tell which composer this is, and the badge says so. */
    private readonly guessed = false,
  ) {
    ({ host: this.host, root: this.root } = overlayHost());
    showState(this.host, 'surface', surface);
    if (guessed) showState(this.host, 'guessed', 'true');
    showState(this.host, 'score', '');
    showState(this.host, 'findings', '0');
    overlaySheet ??= new CSSStyleSheet();
    if (overlaySheet.cssRules.length === 0) overlaySheet.replaceSync(OVERLAY_CSS);
    darkSheet ??= new CSSStyleSheet();
    if (darkSheet.cssRules.length === 0) darkSheet.replaceSync(DARK_CSS);
    this.root.adoptedStyleSheets = [overlaySheet];

    this.layer = el('div', { class: 'layer', 'aria-hidden': 'true' });
    this.mirror = isTextField(editor) ? new Mirror(editor) : null;
    if (this.mirror) this.layer.append(this.mirror.el);
    this.badge = el('button', { class: 'badge', type: 'button', 'aria-expanded': 'false' });
    this.card = el('div', { class: 'card', role: 'dialog', hidden: '' });
    this.panel = el('div', { class: 'panel', role: 'dialog', hidden: '' });
    this.toastBox = el('div', { class: 'toast', role: 'status', hidden: '' });
    this.root.append(this.layer, this.badge, this.card, this.panel, this.toastBox);

    // Every listener that acts hears only the user: a page's script can dispatch pointer,
    // key and click events of its own, and must learn nothing from them and steer nothing
    // (docs/architecture.md, "What a page can learn").
    this.badge.addEventListener('click', user(() => this.togglePanel()));
    this.card.addEventListener('mouseenter', user(() => clearTimeout(this.hideTimer)));
    this.card.addEventListener('mouseleave', user(() => !this.cardPinned && this.scheduleHide()));
    this.root.addEventListener('keydown', user((e) => this.onKey(e as KeyboardEvent)));

    // Cards follow the pointer and the caret. Only moving the caret opens one; typing
    // never does, so no card covers the words being written.
    const on = { signal: this.abort.signal, passive: true } as const;
    editor.addEventListener('mousemove', user((e) => this.hover(e as MouseEvent)), on);
    editor.addEventListener('mouseleave', user(() => !this.cardPinned && this.scheduleHide()), on);
    editor.addEventListener('keyup', user((e) => NAVIGATION.has((e as KeyboardEvent).key) && this.caret()), on);
    editor.addEventListener('click', user(() => this.caret()), on);
    editor.addEventListener('keydown', user((e) => this.altEnter(e as KeyboardEvent)), { signal: this.abort.signal });

    this.attach();
  }

  private hover(e: MouseEvent): void {
    const i = this.findingAt(e.clientX, e.clientY);
    if (i !== null) this.showCard(i, false);
    else if (this.cardOpen && !this.cardPinned) this.scheduleHide();
  }

  /** The caret entering a finding opens its card; leaving it closes a card it opened. */
  private caret(): void {
    const offset = caretOffset(this.editor, EditorText.read(this.editor));
    const i = offset === null ? null : this.findingAtOffset(offset);
    if (i !== null) this.showCard(i, true);
    else if (this.cardPinned && offset !== null) this.hideCard();
  }

  /** Alt+Enter in the editor: the list of findings, at the one under the caret. */
  private altEnter(e: KeyboardEvent): void {
    if (e.key !== 'Enter' || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    e.preventDefault();
    const offset = caretOffset(this.editor, EditorText.read(this.editor));
    this.enterFromEditor(offset === null ? null : this.findingAtOffset(offset));
  }

  /** Beside the editor, in the same tree: a modal inside a shadow root keeps its overlay. */
  private home(): ParentNode {
    const tree = this.editor.getRootNode();
    return tree instanceof ShadowRoot ? tree : (document.body ?? document.documentElement);
  }

  /** Puts the host back where it belongs when a page removed or moved it. */
  attach(): void {
    const home = this.home();
    if (this.host.parentNode !== home) home.append(this.host);
  }

  /** Shows a new report; `text` is the editor text it was made from. */
  render(report: Report, text: EditorText): void {
    this.report = report;
    this.text = text;
    showState(this.host, 'score', String(report.score));
    showState(this.host, 'findings', String(report.findings.length));
    showState(this.host, 'chars', String(report.counts.chars));
    showState(this.host, 'error', null);
    this.badge.hidden = false;
    fillBadge(this.badge, report, this.guessed);

    if (this.mirror) {
      this.ranges = this.mirror.ranges(text.text, report.findings.map((f) => f.span));
    } else {
      this.ranges = report.findings.map((f) => (f.span ? text.range(f.span.start_utf16, f.span.end_utf16) : null));
    }
    showState(this.host, 'marks', String(this.ranges.filter((r) => r && !r.collapsed).length));
    if (this.cardIndex !== null) {
      if (this.cardIndex < report.findings.length) this.fillCard(this.cardIndex);
      else this.hideCard();
    }
    if (!this.panel.hidden) this.fillPanel();
    this.place();
  }

  /** An empty editor: nothing to judge yet, so nothing is drawn but the (empty) contract. */
  idle(): void {
    this.report = null;
    this.ranges = [];
    this.layer.querySelector(':scope > .marks')?.replaceChildren();
    showState(this.host, 'score', '');
    showState(this.host, 'findings', '0');
    showState(this.host, 'chars', '0');
    showState(this.host, 'marks', '0');
    showState(this.host, 'error', null);
    this.badge.hidden = true;
    this.hideCard();
    this.togglePanel(false);
  }

  /** The engine could not answer: say so in the badge, keep the editor untouched. */
  fail(error: string): void {
    this.report = null;
    this.ranges = [];
    this.layer.querySelector(':scope > .marks')?.replaceChildren();
    this.hideCard();
    this.togglePanel(false);
    showState(this.host, 'error', error);
    this.badge.hidden = false;
    failBadge(this.badge, error);
  }

  /** The index of the finding whose underline is under the point, if any. */
  findingAt(x: number, y: number): number | null {
    // The mirror was laid out at the last frame (render, scroll, resize): no work per mousemove.
    for (let i = 0; i < this.ranges.length; i++) {
      const r = this.ranges[i];
      if (!r) continue;
      for (const rect of r.getClientRects()) {
        if (x >= rect.left && x <= rect.right && y >= rect.top - 2 && y <= rect.bottom + 3) return i;
      }
    }
    return null;
  }

  /** The finding whose span holds the caret, if any; the narrowest wins. */
  findingAtOffset(offset: number): number | null {
    let best: number | null = null;
    let width = Infinity;
    this.report?.findings.forEach((f, i) => {
      if (f.span && f.span.start_utf16 <= offset && offset <= f.span.end_utf16 && f.span.end_utf16 - f.span.start_utf16 < width) {
        best = i;
        width = f.span.end_utf16 - f.span.start_utf16;
      }
    });
    return best;
  }

  showCard(index: number, pinned: boolean): void {
    clearTimeout(this.hideTimer);
    if (this.cardIndex === index && !this.card.hidden) {
      this.cardPinned ||= pinned;
      return;
    }
    this.cardIndex = index;
    this.cardPinned = pinned;
    this.fillCard(index);
    this.card.hidden = false;
    this.place();
  }

  /** Hides the card unless it was opened from the keyboard and is still wanted. */
  scheduleHide(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = window.setTimeout(() => this.hideCard(), 250);
  }

  hideCard(): void {
    clearTimeout(this.hideTimer);
    this.card.hidden = true;
    this.cardIndex = null;
    this.cardPinned = false;
  }

  get cardOpen(): boolean {
    return !this.card.hidden;
  }

  get cardIsPinned(): boolean {
    return this.cardPinned;
  }

  /** Alt+Enter from the editor: the list of findings, at the one under the caret if any. */
  enterFromEditor(atCaret: number | null): void {
    this.togglePanel(true);
    const items = this.panel.querySelectorAll<HTMLButtonElement>('button.item');
    (items[atCaret ?? 0] ?? items[0])?.focus();
  }

  private fillCard(index: number): void {
    const f = this.report?.findings[index];
    if (!f) return;
    const then = (act: () => void) => () => {
      this.hideCard();
      act();
    };
    const words = f.span && this.text ? this.text.text.slice(f.span.start_utf16, f.span.end_utf16).trim() : '';
    fillCard(this.card, f, words, {
      apply: then(() => this.events.apply(f)),
      ignore: then(() => this.events.ignore(f, words)),
      close: then(() => this.events.returnFocus()),
      accept: (phrase) => then(() => this.events.accept(f, phrase))(),
      ruleOff: then(() => this.events.ruleOff(f)),
    });
  }

  /** A brief note beside the badge ("Ctrl+Z undoes it"); read out by screen readers. */
  toast(message: string): void {
    clearTimeout(this.toastTimer);
    this.toastBox.textContent = message;
    this.toastBox.hidden = false;
    this.place();
    this.toastTimer = window.setTimeout(() => {
      this.toastBox.hidden = true;
    }, 5000);
  }

  togglePanel(open = this.panel.hidden): void {
    this.panel.hidden = !open;
    this.badge.setAttribute('aria-expanded', String(open));
    if (open) {
      this.hideCard();
      this.fillPanel();
      this.place();
      ((this.panel.querySelector('button.item') as HTMLButtonElement | null) ?? this.badge).focus();
    }
  }

  private fillPanel(): void {
    fillList(this.panel, this.report, (i) => {
      this.panel.hidden = true;
      this.badge.setAttribute('aria-expanded', 'false');
      this.showCard(i, true);
      (this.card.querySelector('button') as HTMLButtonElement | null)?.focus();
    });
  }

  private onKey(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.hideCard();
    this.togglePanel(false);
    this.events.returnFocus();
  }

  /** The check before sending (see presend.ts), in place of any earlier one. */
  presend(report: Report, blocking: Finding[], actions: { send(): void; edit(): void }): void {
    this.hideCard();
    this.togglePanel(false);
    this.dialog?.remove();
    const answered = (then: () => void) => () => {
      this.dialog = null;
      then();
    };
    const { dialog, focus } = presendDialog(report, blocking, {
      edit: answered(actions.edit),
      send: answered(actions.send),
      show: (f) => answered(() => this.events.show(f))(),
    });
    this.dialog = dialog;
    this.root.append(dialog);
    this.place();
    focus.focus();
  }

  /** Repositions everything at the next frame (scrolling, resizing, zoom, new text). */
  place(): void {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.layout();
    });
  }

  private layout(): void {
    if (this.editor.isConnected) this.attach();
    const box = this.editor.getBoundingClientRect();
    const visible = box.width > 0 && box.height > 0 && this.editor.isConnected;
    this.host.hidden = !visible;
    if (!visible) return;
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    // The page's theme where the composer is, not the system's: read at each layout, so a
    // page that switches its theme gets our colours switched at the next frame.
    const dark = pageIsDark(this.editor);
    if (dark !== this.dark) {
      this.dark = dark;
      this.root.adoptedStyleSheets = dark && darkSheet && overlaySheet ? [overlaySheet, darkSheet] : overlaySheet ? [overlaySheet] : [];
    }

    this.mirror?.sync();
    // Underlines are boxes in our own closed tree, never the document's highlight
    // registry, where any script of the page could read which words were flagged.
    drawMarks(this.layer, this.ranges, this.report, box);

    // The badge sits on the editor's top edge at the right, outside the text where there is
    // room, and moves left of the Send button rather than cover it.
    const bw = this.badge.offsetWidth;
    const bh = this.badge.offsetHeight;
    let left = Math.min(box.right - bw, vw - bw - 4);
    let top = box.top - bh - 4 >= 0 ? box.top - bh - 4 : box.top + 4;
    const send = this.sendButton()?.getBoundingClientRect();
    if (send && send.width > 0 && intersects(new DOMRect(left, top, bw, bh), send)) left = send.left - bw - 8;
    setPos(this.badge, Math.max(4, left), top);

    // Cards, the list and notes stay clear of the Send button and the line being typed; a
    // card also of the words it is about. The check before sending stays off the draft.
    const badgeBox = new DOMRect(Math.max(4, left), top, bw, bh);
    const viewport = { width: vw, height: vh };
    const keepClear = [send, this.caretLine(box)].filter((r): r is DOMRect => !!r && r.width > 0);
    if (!this.card.hidden && this.cardIndex !== null) {
      // Above or below the editor, in line with its words, covers no text at all; only
      // where there is no room there does it go next to the words, over other lines.
      const span = [...(this.ranges[this.cardIndex]?.getClientRects() ?? [])];
      const at = span[0] ?? badgeBox;
      const outside = new DOMRect(at.left, box.top, at.width, box.height);
      if (!place(this.card, outside, [...keepClear, box], viewport, ['below', 'above'])) place(this.card, at, [...keepClear, ...span], viewport);
    }
    if (!this.panel.hidden) {
      // The list too keeps off the text where it can: above or below the editor, by the badge.
      const outside = new DOMRect(badgeBox.right - this.panel.offsetWidth, box.top, this.panel.offsetWidth, box.height);
      if (!place(this.panel, outside, [...keepClear, box], viewport, ['above', 'below'])) place(this.panel, badgeBox, keepClear, viewport);
    }
    if (!this.toastBox.hidden) place(this.toastBox, badgeBox, keepClear, viewport);
    if (this.dialog) place(this.dialog, box, [box, ...keepClear], viewport, ['above', 'below', 'right', 'left']);
  }

  /** The line the caret is on, across the editor, while the editor has the focus. */
  private caretLine(box: DOMRect): DOMRect | null {
    const tree = this.editor.getRootNode() as Document | ShadowRoot;
    if (tree.activeElement !== this.editor && !this.editor.contains(tree.activeElement)) return null;
    let range: Range | null = null;
    if (this.mirror) {
      range = this.mirror.caret();
      if (!range) return null;
    } else {
      const selection = document.getSelection();
      if (!selection?.rangeCount || !this.editor.contains(selection.focusNode)) return null;
      range = selection.getRangeAt(0);
    }
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return rect.height > 0 ? new DOMRect(box.left, rect.top, box.width, rect.height) : null;
  }

  destroy(): void {
    this.abort.abort();
    cancelAnimationFrame(this.frame);
    clearTimeout(this.hideTimer);
    clearTimeout(this.toastTimer);
    this.host.remove();
  }
}

const NAVIGATION = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);
