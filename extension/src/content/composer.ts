// One decorated composer: it reads the editor and the page around it, asks the engine on
// every input, and hands the report to its overlay. Everything it attaches is released by
// `destroy()` through one AbortController.
import { lang, t } from '../i18n.js';
import { ask, type Context, type Finding, type Ignored, type Report } from '../protocol.js';
import type { PresendMode } from '../settings.js';
import { pagePerson, plausibleLine, plausibleName, read, readThread } from './context.js';
import { type Editable, EditorText, isTextField, replace, select } from './editor.js';
import { user } from './dom.js';
import { Overlay } from './overlay.js';
import { type ComposerKind, isSendButton, type Reading, sendButtons, type Site } from './sites.js';

export class Composer {
  readonly overlay: Overlay;
  private readonly abort = new AbortController();
  private readonly resize: ResizeObserver;
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
  /** Set by "Send anyway": lets exactly one send through the check. */
  private bypass = false;
  /** The worker has been told the other person answered here. */
  private repliedTold = false;
  /** Told after every new report (or none): the toolbar's count follows it. */
  onReport: (() => void) | null = null;
  /** What the user ignored in this draft: forgotten when the draft is emptied or sent. */
  private ignored: Ignored = { rules: [], phrases: [] };

  constructor(
    readonly editor: Editable,
    readonly kind: ComposerKind,
    private readonly site: Site,
    private readonly presend: () => PresendMode,
    /** The fallback's form or dialog, found by its Send button. */
    private readonly fixedScope: Element | null = null,
  ) {
    this.text = EditorText.read(editor);
    this.overlay = new Overlay(editor, kind.surface, () => this.sendButton(), {
      apply: (f) => this.apply(f),
      returnFocus: () => editor.focus(),
      ignore: (f, words) => this.ignore(f, words),
      accept: (_f, phrase) => void this.silence({ type: 'accept', phrase, lang: this.report?.language ?? lang() }, t('toastAccepted', phrase)),
      ruleOff: (f) => void this.silence({ type: 'rule-off', rule: f.rule }, t('toastRuleOff')),
      show: (f) => this.show(f),
    }, kind.guessed === true);
    const on = { signal: this.abort.signal, passive: true } as const;
    editor.addEventListener('input', () => this.typed(), on);
    // The subject line is analysed with the body: typing there asks again.
    if (kind.subject.length) {
      window.addEventListener('input', (e) => {
        const target = e.composedPath()[0];
        if (target instanceof Element && this.subjectField() === target) void this.analyze();
      }, { ...on, capture: true });
    }
    editor.addEventListener('focus', user(() => {
      this.lastActive = Date.now();
      void ask({ type: 'warm' });
    }), on);
    // The check before sending listens first of all (window, capture), so it can hold a
    // send before the site's own handlers see it.
    const first = { signal: this.abort.signal, capture: true } as const;
    window.addEventListener('click', (e) => this.sendClicked(e), first);
    window.addEventListener('keydown', (e) => this.enterPressed(e), first);
    window.addEventListener('scroll', () => this.overlay.place(), { ...on, capture: true });
    window.addEventListener('resize', () => this.overlay.place(), on);
    this.resize = new ResizeObserver(() => this.overlay.place());
    this.resize.observe(editor);
    // Decorated on focus: that focus event has passed, so warm the engine now.
    if ((editor.getRootNode() as Document | ShadowRoot).activeElement === editor) {
      this.lastActive = Date.now();
      void ask({ type: 'warm' });
    }
    // Back in a conversation whose newest message is theirs: they answered.
    this.thread();
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

  private async loop(): Promise<void> {
    this.busy = true;
    try {
      do {
        this.dirty = false;
        const text = EditorText.read(this.editor);
        if (text.text.trim() === '') {
          this.text = text;
          this.report = null;
          this.ignored = { rules: [], phrases: [] };
          this.overlay.idle();
          this.onReport?.();
          continue;
        }
        const reply = await ask({ type: 'analyze', text: text.text, context: this.context(), ignore: this.ignored });
        if (this.destroyed) return;
        if (this.dirty) continue; // the text changed meanwhile: its report would be stale
        if (reply.ok) {
          this.text = text;
          this.report = reply.report;
          this.overlay.render(reply.report, text);
          this.onReport?.();
        } else {
          // No report for this text: nothing old may stay applicable to it.
          this.report = null;
          this.overlay.fail(reply.error);
          this.onReport?.();
        }
      } while (this.dirty);
    } finally {
      this.busy = false;
    }
  }

  /** What the page says about this conversation, read now: recipient, limit, thread, subject. */
  context(): Context {
    const scopes = this.scopes();
    const inScopes = (readings: Reading[], accept?: (v: string) => boolean) => {
      for (const scope of scopes) {
        const v = read(scope, readings, accept);
        if (v) return v;
      }
      return null;
    };
    const self = inScopes(this.site.self) ?? read(document, this.site.self);
    const named = (v: string) => plausibleName(v, self);
    let fullName = this.kind.guessed ? null : inScopes(this.kind.recipient, named);
    let headline = this.kind.guessed ? null : inScopes(this.kind.headline, plausibleLine);
    const context: Context = { surface: this.kind.surface, ui_lang: lang(), max_chars: this.limit() };
    // The profile behind the composer: its person is the recipient where the composer names
    // nobody and the page is theirs (the invitation's note step, XING's chat lightbox), and
    // it adds what the profile shows when it is the same person.
    const person = this.kind.guessed ? null : this.pagePerson(self);
    if (person?.full_name && (this.kind.pageRecipient || fullName?.toLocaleLowerCase() === person.full_name.toLocaleLowerCase())) {
      fullName ??= person.full_name;
      headline ??= person.headline;
    }
    const samePerson = !!person?.full_name && person.full_name === fullName;
    if (fullName) {
      context.recipient = {
        full_name: fullName,
        headline,
        company: samePerson ? person.company : null,
        location: samePerson ? person.location : null,
        mutual_connections: samePerson ? person.mutual : [],
        mutual_count: samePerson ? person.mutual_count : null,
        shared: samePerson ? person.shared : [],
        posts: samePerson ? person.posts : [],
      };
    }
    if (self) context.sender = { full_name: self };
    const subject = this.subjectField();
    if (subject) context.subject = subject.value;
    const thread = this.thread();
    if (thread) context.thread = thread;
    return context;
  }

  /** The profile behind the composer, read at most every two seconds: it seldom changes while one types. */
  private person: { at: number; self: string | null; value: ReturnType<typeof pagePerson> } | null = null;
  private pagePerson(self: string | null): ReturnType<typeof pagePerson> {
    const now = Date.now();
    if (!this.person || this.person.self !== self || now - this.person.at > 2000) {
      this.person = { at: now, self, value: pagePerson(document, this.site.page, self) };
    }
    return this.person.value;
  }

  /** The thread as the page shows it now; tells the worker once when they have answered. */
  private thread(): Context['thread'] {
    const thread = this.readThread();
    if (thread?.kind === 'reply' && !this.repliedTold) {
      this.repliedTold = true;
      void ask({ type: 'replied', url: conversation(), name: this.recipient() });
    }
    return thread;
  }

  /** The thread in the nearest scope that shows messages (or none: a first message). */
  private readThread(): NonNullable<Context['thread']> | null {
    const scopes = this.scopes();
    const shown = scopes.find((s) => this.kind.messages?.item.some((sel) => s.querySelector(sel)));
    return readThread(shown ?? scopes[0] ?? null, this.kind.messages);
  }

  private subjectField(): HTMLInputElement | null {
    const field = this.findAll(this.kind.subject)[0];
    return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? (field as HTMLInputElement) : null;
  }

  /** The limit the page states: the field's maxlength, a "0/300" counter, or "limit … to 300 characters". */
  private limit(): number | null {
    if (isTextField(this.editor) && this.editor.maxLength > 0) return this.editor.maxLength;
    const scope = this.scope();
    const counters = [...this.findAll(this.kind.counter)];
    // Where a kind has a counter, it is plain text beside the field ("0/200" [scout]): any
    // leaf that says only that. Not in threads, where a message could say "3/4".
    if (scope && this.kind.counter.length) for (const e of scope.querySelectorAll('span, div, p, small')) if (!e.firstElementChild) counters.push(e);
    for (const counter of counters) {
      const m = /^\s*(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)\s*$/.exec(counter.textContent ?? '');
      if (m) return Number(m[2].replace(/[.,]/g, ''));
    }
    // "Please limit personal note to 300 characters." — a hidden hint [cc], the field's name [scout]
    const hints = [this.editor.getAttribute('aria-label') ?? '', ...[...(scope?.querySelectorAll('.visually-hidden') ?? [])].map((e) => e.textContent ?? '')];
    for (const hint of hints) {
      const m = /limit .*?(\d[\d.,]*) (characters|zeichen|caracteres)/i.exec(hint);
      if (m) return Number(m[1].replace(/[.,]/g, ''));
    }
    return null;
  }

  /**
   * Every ancestor the adapter names as a scope, nearest first: the recipient and the thread
   * may sit outside the nearest one (an InMail's subject form inside the compose pane).
   */
  private scopes(): Element[] {
    if (this.fixedScope) return this.fixedScope.isConnected ? [this.fixedScope] : [];
    const found = new Set<Element>();
    for (const sel of this.kind.scope) {
      const s = this.editor.closest(sel);
      if (s) found.add(s);
    }
    return [...found].sort((a, b) => (a.contains(b) ? 1 : b.contains(a) ? -1 : 0));
  }

  /** The composer's scope: the nearest ancestor that holds its header and buttons. */
  private scope(): Element | null {
    if (this.fixedScope) return this.fixedScope.isConnected ? this.fixedScope : null;
    for (const sel of this.kind.scope) {
      const s = this.editor.closest(sel);
      if (s) return s;
    }
    return null;
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

  /** This composer's Send button: by the adapter's selectors, else by what it says. */
  private sendButton(): HTMLElement | null {
    const scope = this.scope();
    const found = this.findAll(this.kind.send)[0] ?? (scope ? sendButtons(scope)[0] : undefined);
    return (found as HTMLElement | undefined) ?? null;
  }

  /** The recipient's name as the page shows it, for the popup and reminders. */
  recipient(): string | null {
    return this.context().recipient?.full_name ?? null;
  }

  /** A click on this composer's Send button: hold it for the check, or let it go. */
  private sendClicked(e: Event): void {
    // A page's own click() on Send is neither held nor recorded as the user's send; our
    // "Send anyway" clicks with `bypass` set and passes.
    if (!e.isTrusted && !this.bypass) return;
    // Without a scope we cannot tell this composer's Send from another's: leave it alone.
    const scope = this.scope();
    if (!scope) return;
    const button = e
      .composedPath()
      .find(
        (n): n is HTMLElement =>
          n instanceof HTMLElement && scope.contains(n) && (this.kind.send.some((s) => n.matches(s)) || (n.matches('button, [role="button"], input[type="submit"]') && isSendButton(n))),
      );
    if (!button) return;
    // "Send anyway" clicks the button the page shows then (it may have re-rendered).
    this.checkSend(e, () => (button.isConnected ? button : this.sendButton())?.click());
  }

  /** Enter in the editor sends when the page's "Press Enter to send" is on. */
  private enterPressed(e: KeyboardEvent): void {
    if (!e.isTrusted) return;
    if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
    if (e.composedPath()[0] !== this.editor || !this.findAll(this.kind.enterSends).length) return;
    this.checkSend(e, () => this.sendButton()?.click());
  }

  private checkSend(e: Event, sendAgain: () => void): void {
    if (this.bypass) {
      this.sent();
      return;
    }
    if (this.presend() === 'off') {
      this.sent();
      return;
    }
    const current = EditorText.read(this.editor).text;
    const fresh = !this.busy && current === this.text.text;
    if (fresh && !this.shouldHold()) {
      this.sent();
      return;
    }
    // Held: the site never sees this event, the draft stays as it is. A report still on
    // its way (or for older text) is waited for before deciding.
    e.preventDefault();
    e.stopImmediatePropagation();
    const send = () => {
      this.bypass = true;
      try {
        sendAgain(); // our listener sees `bypass` while the click is dispatched
      } finally {
        this.bypass = false;
      }
    };
    void (fresh ? Promise.resolve() : this.analyze()).then(() => {
      if (this.destroyed) return;
      if (!this.shouldHold() || !this.report) return send();
      this.overlay.presend(this.report, this.blocking(), { send, edit: () => this.editor.focus() });
    });
  }

  /** The findings that hold a send: errors, and in "warn" mode warnings too; errors first. */
  private blocking(): Finding[] {
    const holds = this.presend() === 'warn' ? ['error', 'warning'] : ['error'];
    const found = (this.report?.findings ?? []).filter((f) => holds.includes(f.severity));
    return [...found.filter((f) => f.severity === 'error'), ...found.filter((f) => f.severity !== 'error')];
  }

  /** The engine's verdict decides: any error (or anything at all in "warn" mode) holds. */
  private shouldHold(): boolean {
    const report = this.report;
    if (!report) return false;
    const mode = this.presend();
    return mode === 'warn' || (mode === 'errors' && report.findings.some((f) => f.severity === 'error'));
  }

  /** A message left: a first one may start a follow-up (the worker decides, if opted in). */
  private sent(): void {
    const text = EditorText.read(this.editor).text;
    if (text.trim() === '') return;
    // The same reading the engine got: a first message only when the thread holds none.
    const thread = this.readThread();
    const first = thread === null ? !this.kind.messages : thread.kind === 'first';
    const report = this.report ? { band: this.report.band, checklist: this.report.checklist } : null;
    void ask({ type: 'sent', url: conversation(), name: this.recipient(), first, text, surface: this.kind.surface, report });
  }

  /** Ignore, for this draft: a finding with words by its words, one without by its rule. */
  private ignore(f: Finding, words: string): void {
    if (words) this.ignored.phrases.push(words);
    else this.ignored.rules.push(f.rule);
    this.editor.focus();
    void this.analyze();
  }

  /** Stores a silencing choice through the worker, which validates it; the page re-analyses on the change. */
  private async silence(request: { type: 'accept'; phrase: string; lang: 'en' | 'de' } | { type: 'rule-off'; rule: string }, done: string): Promise<void> {
    this.editor.focus();
    const reply = await ask(request);
    this.overlay.toast(reply.ok ? done : t('toastFailed', reply.error));
  }

  /** "Show me": the caret on the finding's words. */
  private show(f: Finding): void {
    const current = EditorText.read(this.editor);
    if (f.span && current.text === this.text.text) select(this.editor, current, f.span.start_utf16, f.span.end_utf16);
    else this.editor.focus();
  }

  /** Applies a suggestion on the user's click, through the editor's own input path. */
  private apply(f: Finding): void {
    // Only a replacement reads right in place; an example is for the user to adapt.
    if (!f.span || f.suggestion == null || f.suggestion_kind !== 'replacement') return;
    const current = EditorText.read(this.editor);
    // The report must still describe this text, or the span would land on other words.
    if (current.text !== this.text.text) return;
    if (replace(this.editor, current, f.span.start_utf16, f.span.end_utf16, f.suggestion)) this.overlay.toast(t('toastApplied'));
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

