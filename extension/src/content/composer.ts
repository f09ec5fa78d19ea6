// One decorated composer: the analysis loop and its overlay. It reads the page through
// read/ (pure), asks the engine on every input, draws the report, and announces what
// happens — a new report, the thread turning into a reply, a message leaving — to the
// features (features/), which act on it. Everything it attaches is released by
// `destroy()` through one AbortController, whose signal the features listen with.
import { lang } from '../i18n.js';
import { ask, type Context, type Finding, type Ignored, type Report } from '../protocol.js';
import { EditorText, isTextField } from './editor.js';
import { user } from './dom.js';
import { Overlay, type OverlayEvents } from './overlay.js';
import { type PageContext, type PageFacts, type Place, readPage, sendButton } from './read/index.js';
import { pagePerson } from './read/person.js';

/** What a composer announces, on `composer.events`. */
export interface ComposerEventMap {
  /** A new report is shown (or none: the draft was emptied, or the engine failed). */
  report: CustomEvent<Report | null>;
  /** The page shows the other person's newest message above the draft: they answered. */
  reply: CustomEvent<{ recipient: string | null }>;
  /** A message left this composer, by the user's send. */
  send: CustomEvent<{ text: string; first: boolean; recipient: string | null; report: Report | null }>;
}

export class Composer {
  readonly overlay: Overlay;
  /** Where the features hear what happens here. */
  readonly events = new EventTarget();
  private readonly abort = new AbortController();
  private readonly resize: ResizeObserver;
  /** The text the shown report describes. */
  private text: EditorText;
  /** True while a request is out; `dirty` asks for one more when it returns. */
  private busy = false;
  private dirty = false;
  /** The analysis under way: what a held send waits for. */
  private running: Promise<void> = Promise.resolve();
  private destroyed = false;
  /** The newest report shown, for the popup and the check before sending. */
  report: Report | null = null;
  /** When the user last focused or typed here: the popup shows the latest composer. */
  lastActive = 0;
  /** What the user ignored in this draft: forgotten when the draft is emptied. */
  private ignored: Ignored = { rules: [], phrases: [] };
  private replied = false;
  /** The last change to the text came from the user (a trusted input event). */
  private trusted = false;
  /**
   * The text as the user last left it — typed, or a fix they applied — not as a page's
   * script may have rewritten it since: only that is recorded as the user's send.
   */
  private userText: string | null = null;
  /** The engine stopped mid-request once: asked again once, so the badge does not stay on it. */
  private retried = false;
  /**
   * The user typed or pasted more than a field with a `maxlength` had room for: what the
   * reader reports as a full field is then a cut note, not one that happens to fit exactly.
   */
  private overflowed = false;

  constructor(
    readonly place: Place,
    actions: (composer: Composer) => Omit<OverlayEvents, 'returnFocus'>,
  ) {
    const { editor, kind } = place;
    this.text = EditorText.read(editor);
    this.overlay = new Overlay(editor, kind.surface, () => sendButton(place), { ...actions(this), returnFocus: () => editor.focus() }, kind.guessed === true);
    const on = { signal: this.abort.signal, passive: true } as const;
    editor.addEventListener('input', (e) => {
      this.trusted = e.isTrusted;
      this.typed();
    }, on);
    // The subject line is analysed with the body: typing there asks again.
    if (kind.subject.length) {
      window.addEventListener('input', (e) => {
        const target = e.composedPath()[0];
        if (target instanceof Element && kind.subject.some((sel) => target.matches(sel)) && this.place.editor.isConnected) void this.analyze();
      }, { ...on, capture: true });
    }
    // A field that enforces its limit drops the rest without an input event: the key or the
    // paste that met a full field is what says the note was cut.
    if (isTextField(editor) && editor.maxLength > 0) {
      const room = () => editor.maxLength - editor.value.length + Math.abs((editor.selectionEnd ?? 0) - (editor.selectionStart ?? 0));
      // The dropped text fires no input event: ask again, so the report says it was cut.
      const cut = () => {
        if (this.overflowed) return;
        this.overflowed = true;
        void this.analyze();
      };
      editor.addEventListener('keydown', user((e) => {
        const k = e as KeyboardEvent;
        if (k.key.length === 1 && !k.ctrlKey && !k.metaKey && !k.altKey && room() <= 0) cut();
      }), on);
      editor.addEventListener('paste', user((e) => {
        const pasted = (e as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
        if (pasted.length > room()) setTimeout(cut); // after the paste has put in what fits
      }), on);
    }
    editor.addEventListener('focus', user(() => {
      this.lastActive = Date.now();
      void ask({ type: 'warm' });
    }), on);
    window.addEventListener('scroll', () => this.overlay.place(), { ...on, capture: true });
    window.addEventListener('resize', () => this.overlay.place(), on);
    this.resize = new ResizeObserver(() => this.overlay.place());
    this.resize.observe(editor);
    // Decorated on focus: that focus event has passed, so warm the engine now.
    if ((editor.getRootNode() as Document | ShadowRoot).activeElement === editor) {
      this.lastActive = Date.now();
      void ask({ type: 'warm' });
    }
  }

  /** Listens to what this composer announces until `signal` aborts. */
  on<K extends keyof ComposerEventMap>(type: K, listener: (detail: ComposerEventMap[K]['detail']) => void, signal: AbortSignal): void {
    this.events.addEventListener(type, (e) => listener((e as ComposerEventMap[K]).detail), { signal });
  }

  /** Released when the composer goes: what features listen with. */
  get signal(): AbortSignal {
    return this.abort.signal;
  }

  get surface(): Context['surface'] {
    return this.place.kind.surface;
  }

  /** Starts the loop; called once the features listen, so they hear the first report. */
  start(): void {
    void this.analyze();
  }

  private typed(): void {
    this.lastActive = Date.now();
    if (this.overlay.cardOpen) this.overlay.hideCard();
    void this.analyze();
  }

  /** Asks the engine about the current text; inputs during a request coalesce into one more. */
  analyze(): Promise<void> {
    if (this.busy) {
      this.dirty = true;
      return this.running;
    }
    this.running = this.loop();
    return this.running;
  }

  /** True when the shown report describes the text in the editor now. */
  fresh(): boolean {
    return !this.busy && EditorText.read(this.place.editor).text === this.text.text;
  }

  private async loop(): Promise<void> {
    this.busy = true;
    try {
      do {
        this.dirty = false;
        const text = EditorText.read(this.place.editor);
        if (this.trusted) this.userText = text.text;
        const context = this.context();
        if (context.thread?.kind === 'reply' && !this.replied) {
          this.replied = true;
          this.announce('reply', { recipient: context.recipient?.full_name ?? null });
        }
        if (text.text.trim() === '') {
          this.text = text;
          this.ignored = { rules: [], phrases: [] };
          this.show(null);
          this.overlay.idle();
          continue;
        }
        const reply = await ask({ type: 'analyze', text: text.text, context, ignore: this.ignored });
        if (this.destroyed) return;
        if (this.dirty) continue; // the text changed meanwhile: its report would be stale
        if (reply.ok) {
          this.retried = false;
          this.text = text;
          this.overlay.render(reply.report, text);
          this.show(reply.report);
        } else if (!chrome.runtime?.id) {
          // The extension was updated or removed under this page: leave without a trace
          // (main.ts stops this script; the new one coaches this composer).
          this.destroy();
          return;
        } else {
          // No report for this text: nothing old may stay applicable to it.
          this.overlay.fail(reply.error);
          this.show(null);
          // A worker that stopped mid-request is started again by the next one: ask once
          // more rather than wait for the next keystroke.
          if (!this.retried) {
            this.retried = true;
            setTimeout(() => !this.destroyed && void this.analyze(), 250);
          }
        }
      } while (this.dirty);
    } finally {
      this.busy = false;
    }
  }

  private show(report: Report | null): void {
    this.report = report;
    this.announce('report', report);
  }

  private announce<K extends keyof ComposerEventMap>(type: K, detail: ComposerEventMap[K]['detail']): void {
    this.events.dispatchEvent(new CustomEvent(type, { detail }));
  }

  /** What the page says about this conversation, read now, in the UI's language. */
  context(): Context {
    const page = this.page();
    const { editor } = this.place;
    // Room again: whatever was cut has been dealt with.
    if (isTextField(editor) && editor.value.length < editor.maxLength) this.overflowed = false;
    if (!this.overflowed) delete page.cut_at;
    return { ...page, ui_lang: lang() };
  }

  private page(): PageContext {
    return readPage(this.place, (self) => this.person(self));
  }

  /** The profile behind the composer, read at most every two seconds: it seldom changes while one types. */
  private personMemo: { at: number; self: string | null; value: PageFacts } | null = null;
  private person(self: string | null): PageFacts {
    const now = Date.now();
    if (!this.personMemo || this.personMemo.self !== self || now - this.personMemo.at > 2000) {
      this.personMemo = { at: now, self, value: pagePerson(document, this.place.site.page, self) };
    }
    return this.personMemo.value;
  }

  /** The recipient's name as the page shows it, for the popup and reminders. */
  recipient(): string | null {
    return this.page().recipient?.full_name ?? null;
  }

  /** The user chose the text as it is now (they applied a fix): it is theirs. */
  userChose(): void {
    this.userText = EditorText.read(this.place.editor).text;
  }

  /** A message is leaving by the user's send: told to whoever listens (features/tracking.ts). */
  sent(): void {
    const text = EditorText.read(this.place.editor).text;
    if (text.trim() === '') return;
    // Text a page's script put in is not the user's message, whoever clicks Send.
    if (text !== this.userText) return;
    const page = this.page();
    // The same reading the engine got: a first message only when the thread holds none.
    const first = page.thread ? page.thread.kind === 'first' : !this.place.kind.messages;
    this.announce('send', { text, first, recipient: page.recipient?.full_name ?? null, report: this.report });
  }

  /** Ignore, for this draft: a finding with words by its words, one without by its rule. */
  ignore(f: Finding, words: string): void {
    if (words) this.ignored.phrases.push(words);
    else this.ignored.rules.push(f.rule);
    void this.analyze();
  }

  /** The text the shown report describes (a finding's span points into it). */
  shownText(): EditorText {
    return this.text;
  }

  destroy(): void {
    this.destroyed = true;
    this.abort.abort();
    this.resize.disconnect();
    this.overlay.destroy();
  }
}

/** The conversation's address, without what varies between visits. */
export function conversation(): string {
  return location.origin + location.pathname;
}
