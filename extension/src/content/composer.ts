// One decorated composer: it reads the editor and the page around it, asks the engine on
// every input, and hands the report to its overlay. Everything it attaches is released by
// `destroy()` through one AbortController.
import { ask, type Context, type Finding, type Lang } from '../protocol.js';
import { caretOffset, type Editable, EditorText, isTextField, replace } from './editor.js';
import { Overlay } from './overlay.js';
import type { ComposerKind, Site } from './sites.js';

export class Composer {
  readonly overlay: Overlay;
  private readonly abort = new AbortController();
  private readonly resize: ResizeObserver;
  private text: EditorText;
  /** True while a request is out; `dirty` asks for one more when it returns. */
  private busy = false;
  private dirty = false;
  private destroyed = false;

  constructor(
    readonly editor: Editable,
    private readonly kind: ComposerKind,
    private readonly site: Site,
    private readonly uiLang: Lang,
  ) {
    this.text = EditorText.read(editor);
    this.overlay = new Overlay(editor, kind.surface, () => this.find(kind.send), {
      apply: (f) => this.apply(f),
      returnFocus: () => editor.focus(),
    });
    const on = { signal: this.abort.signal, passive: true } as const;
    editor.addEventListener('input', () => this.typed(), on);
    editor.addEventListener('focus', () => void ask({ type: 'warm' }), on);
    editor.addEventListener('mousemove', (e) => this.hover(e as MouseEvent), on);
    editor.addEventListener('mouseleave', () => !this.overlay.cardIsPinned && this.overlay.scheduleHide(), on);
    // Only moving the caret opens a card; typing never does, so no card covers the words
    // being written.
    editor.addEventListener('keyup', (e) => NAVIGATION.has((e as KeyboardEvent).key) && this.caret(), on);
    editor.addEventListener('click', () => this.caret(), on);
    editor.addEventListener('keydown', (e) => this.key(e as KeyboardEvent), { signal: this.abort.signal });
    window.addEventListener('scroll', () => this.overlay.place(), { ...on, capture: true });
    window.addEventListener('resize', () => this.overlay.place(), on);
    this.resize = new ResizeObserver(() => this.overlay.place());
    this.resize.observe(editor);
    // Decorated on focus: that focus event has passed, so warm the engine now.
    if ((editor.getRootNode() as Document | ShadowRoot).activeElement === editor) void ask({ type: 'warm' });
    this.analyze();
  }

  private typed(): void {
    if (this.overlay.cardOpen) this.overlay.hideCard();
    void this.analyze();
  }

  /** Asks the engine about the current text; inputs during a request coalesce into one more. */
  async analyze(): Promise<void> {
    if (this.busy) {
      this.dirty = true;
      return;
    }
    this.busy = true;
    try {
      do {
        this.dirty = false;
        const text = EditorText.read(this.editor);
        if (text.text.trim() === '') {
          this.text = text;
          this.overlay.idle();
          continue;
        }
        const reply = await ask({ type: 'analyze', text: text.text, context: this.context() });
        if (this.destroyed) return;
        if (this.dirty) continue; // the text changed meanwhile: its report would be stale
        this.text = text;
        if (reply.ok) this.overlay.render(reply.report, text);
        else this.overlay.fail(reply.error);
      } while (this.dirty);
    } finally {
      this.busy = false;
    }
  }

  /** What the page says about this conversation: recipient, headline, the page's limit. */
  context(): Context {
    const fullName = this.find(this.kind.recipient, true)?.textContent ?? this.page(this.site.page.recipient);
    const headline = this.find(this.kind.headline, true)?.textContent ?? this.page(this.site.page.headline);
    return {
      surface: this.kind.surface,
      ui_lang: this.uiLang,
      max_chars: this.limit(),
      recipient: { full_name: tidy(fullName), headline: tidy(headline) },
    };
  }

  private limit(): number | null {
    if (isTextField(this.editor) && this.editor.maxLength > 0) return this.editor.maxLength;
    for (const counter of this.findAll(this.kind.counter)) {
      const m = /(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)/.exec(counter.textContent ?? '');
      if (m) return Number(m[2].replace(/[.,]/g, ''));
    }
    return null;
  }

  /** The composer's scope: the nearest ancestor that holds its header and buttons. */
  private scope(): Element | null {
    for (const sel of this.kind.scope) {
      const s = this.editor.closest(sel);
      if (s) return s;
    }
    return null;
  }

  private find(selectors: string[], withText = false): Element | null {
    return this.findAll(selectors).find((e) => !withText || tidy(e.textContent)) ?? null;
  }

  private findAll(selectors: string[]): Element[] {
    const scope = this.scope();
    if (!scope) return [];
    for (const sel of selectors) {
      const found = [...scope.querySelectorAll(sel)];
      if (found.length) return found;
    }
    return [];
  }

  private page(selectors: string[]): string | null {
    for (const sel of selectors) {
      const text = tidy(document.querySelector(sel)?.textContent);
      if (text) return text;
    }
    return null;
  }

  private hover(e: MouseEvent): void {
    const i = this.overlay.findingAt(e.clientX, e.clientY);
    if (i !== null) this.overlay.showCard(i, false);
    else if (this.overlay.cardOpen && !this.overlay.cardIsPinned) this.overlay.scheduleHide();
  }

  /** The caret entering a finding opens its card; leaving it closes a card it opened. */
  private caret(): void {
    const offset = caretOffset(this.editor, EditorText.read(this.editor));
    const i = offset === null ? null : this.overlay.findingAtOffset(offset);
    if (i !== null) this.overlay.showCard(i, true);
    else if (this.overlay.cardIsPinned && offset !== null) this.overlay.hideCard();
  }

  private key(e: KeyboardEvent): void {
    if (e.key === 'Enter' && e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey) {
      e.preventDefault();
      const offset = caretOffset(this.editor, EditorText.read(this.editor));
      this.overlay.enterFromEditor(offset === null ? null : this.overlay.findingAtOffset(offset));
    }
  }

  /** Applies a suggestion on the user's click, through the editor's own input path. */
  private apply(f: Finding): void {
    if (!f.span || f.suggestion == null) return;
    const current = EditorText.read(this.editor);
    // The report must still describe this text, or the span would land on other words.
    if (current.text !== this.text.text) return;
    replace(this.editor, current, f.span.start_utf16, f.span.end_utf16, f.suggestion);
  }

  destroy(): void {
    this.destroyed = true;
    this.abort.abort();
    this.resize.disconnect();
    this.overlay.destroy();
  }
}

const NAVIGATION = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

function tidy(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}
