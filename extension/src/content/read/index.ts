// The page, read: everything the engine needs to know about one composer, from the
// composer's element and its site adapter. Pure: it reads the DOM and the address and
// changes nothing, tells no one, keeps nothing (tests/page/ runs it in Node against the
// fixture pages). The content script's features act on what it returns.
import type { Context } from '../../protocol.js';
import { type Editable, isTextField } from '../editor.js';
import { type ComposerKind, type Reading, sendButtons, type Site } from '../sites.js';
import { type PageFacts, pagePerson } from './person.js';
import { addressName, barNames, conversationWith, labelledName, nearestHeading } from './recipient.js';
import { readThread } from './thread.js';
import { plausibleLine, plausibleName, read, sameName } from './values.js';

export type { PageFacts } from './person.js';

/** One composer on the page: its editor, what kind it is, and where it sits. */
export interface Place {
  editor: Editable;
  kind: ComposerKind;
  site: Site;
  /** The fallback's form or dialog, found by its Send button. */
  fixedScope?: Element | null;
}

/** What the page says about the message being written, without the UI's language. */
export type PageContext = Omit<Context, 'ui_lang' | 'sent'>;

/**
 * What the page says about this composer now: surface, recipient, limit (and whether the
 * field cut the text there), subject and thread. `person` reads the profile behind the
 * composer; the composer passes one that remembers it for a moment.
 */
export function readPage(place: Place, person: (self: string | null) => PageFacts = (self) => pagePerson(document, place.site.page, self)): PageContext {
  const { kind, site, editor } = place;
  const scopes = scopesOf(place);
  const inScopes = (readings: Reading[], accept?: (v: string) => boolean) => {
    for (const scope of scopes) {
      const v = read(scope, readings, accept);
      if (v) return v;
    }
    return null;
  };
  const self = inScopes(site.self) ?? read(document, site.self);
  const named = (v: string) => plausibleName(v, self);
  const scope = scopes[0] ?? null;
  // The adapter's places first; then what a person would read on an unknown page: the
  // composer's own label, the controls that name the conversation, the profile behind a
  // composer whose page is the recipient's, the chat's nearest heading, the address.
  let fullName = kind.guessed ? null : inScopes(kind.recipient, named);
  fullName ??= labelledName(editor, self);
  fullName ??= scope ? conversationWith(scope, self) : null;
  let headline = kind.guessed ? null : inScopes(kind.headline, plausibleLine);
  // The profile behind the composer: its person is the recipient where the composer names
  // nobody and the page is theirs (the invitation's note step, XING's chat lightbox), and
  // it adds what the profile shows when it is the same person.
  const facts = kind.guessed ? null : person(self);
  if (facts?.full_name && ((kind.pageRecipient && !fullName) || (fullName && sameName(fullName, facts.full_name)))) {
    fullName = facts.full_name;
    headline ??= facts.headline;
  }
  fullName ??= nearestHeading(editor, self, barNames(document, editor));
  if (!fullName && kind.pageRecipient) fullName = addressName(new URL(location.href), self);
  const samePerson = !!facts?.full_name && !!fullName && sameName(facts.full_name, fullName);
  const limit = limitOf(place, scope);
  const context: PageContext = { surface: kind.surface, max_chars: limit };
  // A field that enforces its limit and is full may have cut the note; the composer keeps
  // this only when it saw a key or a paste meet the full field (composer.ts, `overflowed`).
  if (limit && isTextField(editor) && editor.maxLength > 0 && editor.value.length >= editor.maxLength) context.cut_at = editor.maxLength;
  if (fullName) {
    context.recipient = {
      full_name: fullName,
      headline,
      company: samePerson ? facts.company : null,
      location: samePerson ? facts.location : null,
      school: samePerson ? facts.school : null,
      topics: samePerson ? facts.topics : [],
      mutual_connections: samePerson ? facts.mutual : [],
      mutual_count: samePerson ? facts.mutual_count : null,
      shared: samePerson ? facts.shared : [],
      posts: samePerson ? facts.posts : [],
    };
  }
  if (self) context.sender = { full_name: self };
  const subject = subjectField(place);
  if (subject) context.subject = subject.value;
  const thread = threadIn(scopes, kind.messages, { recipient: fullName, self });
  if (thread) context.thread = thread;
  return context;
}

/** The thread in the nearest scope that shows messages (or none: a first message). */
function threadIn(scopes: Element[], list: ComposerKind['messages'], people: { recipient: string | null; self: string | null }): Context['thread'] {
  const shown = scopes.find((s) => list?.item.some((sel) => s.querySelector(sel)));
  return readThread(shown ?? scopes[0] ?? null, list, people);
}

/**
 * Every ancestor the adapter names as a scope, nearest first: the recipient and the thread
 * may sit outside the nearest one (an InMail's subject form inside the compose pane).
 */
export function scopesOf(place: Place): Element[] {
  if (place.fixedScope !== undefined && place.fixedScope !== null) return place.fixedScope.isConnected ? [place.fixedScope] : [];
  const found = new Set<Element>();
  for (const sel of place.kind.scope) {
    const s = place.editor.closest(sel);
    if (s) found.add(s);
  }
  return [...found].sort((a, b) => (a.contains(b) ? 1 : b.contains(a) ? -1 : 0));
}

/** The composer's scope: the nearest ancestor that holds its header and buttons. */
export function scopeOf(place: Place): Element | null {
  if (place.fixedScope) return place.fixedScope.isConnected ? place.fixedScope : null;
  for (const sel of place.kind.scope) {
    const s = place.editor.closest(sel);
    if (s) return s;
  }
  return null;
}

/** The first selector's matches in the composer's scope. */
export function findIn(place: Place, selectors: string[]): Element[] {
  const scope = scopeOf(place);
  if (!scope) return [];
  for (const sel of selectors) {
    const found = [...scope.querySelectorAll(sel)];
    if (found.length) return found;
  }
  return [];
}

export function subjectField(place: Place): HTMLInputElement | null {
  const field = findIn(place, place.kind.subject)[0];
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? (field as HTMLInputElement) : null;
}

/** This composer's Send button: by the adapter's selectors, else by what it says. */
export function sendButton(place: Place): HTMLElement | null {
  const scope = scopeOf(place);
  const found = findIn(place, place.kind.send)[0] ?? (scope ? sendButtons(scope)[0] : undefined);
  return (found as HTMLElement | undefined) ?? null;
}

/** The limit the page states: the field's maxlength, a "0/300" counter, or "limit … to 300 characters". */
function limitOf(place: Place, scope: Element | null): number | null {
  const { editor, kind } = place;
  if (isTextField(editor) && editor.maxLength > 0) return editor.maxLength;
  const counters = [...findIn(place, kind.counter)];
  // Where a kind has a counter, it is plain text beside the field ("0/200" [scout]): any
  // leaf that says only that. Not in threads, where a message could say "3/4".
  if (scope && kind.counter.length) for (const e of scope.querySelectorAll('span, div, p, small')) if (!e.firstElementChild) counters.push(e);
  for (const counter of counters) {
    const m = /^\s*(\d[\d.,]*)\s*\/\s*(\d[\d.,]*)\s*$/.exec(counter.textContent ?? '');
    if (m) return Number(m[2].replace(/[.,]/g, ''));
  }
  // "Please limit personal note to 300 characters." — a hidden hint [cc], the field's name [scout]
  const hints = [editor.getAttribute('aria-label') ?? '', ...[...(scope?.querySelectorAll('.visually-hidden') ?? [])].map((e) => e.textContent ?? '')];
  for (const hint of hints) {
    const m = /limit .*?(\d[\d.,]*) (characters|zeichen|caracteres)/i.exec(hint);
    if (m) return Number(m[1].replace(/[.,]/g, ''));
  }
  return null;
}
