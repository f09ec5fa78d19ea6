// What the page says around a composer: who the message is for, what they do, where the
// conversation stands. Read at analysis time from the DOM and handed to the engine; nothing
// here is stored. A value that does not look like what it should be is dropped rather than
// passed on: no recipient is better than the wrong one.
import type { Context } from '../protocol.js';
import { EditorText } from './editor.js';
import { linkedinTopCard, type MessageList, type PagePerson, type Reading } from './sites.js';

type Thread = NonNullable<Context['thread']>;
type Shared = NonNullable<NonNullable<Context['recipient']>['shared']>[number];
type SharedKind = Shared['kind'];

export function tidy(s: string | null | undefined): string | null {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : null;
}

/** An element's text as shown, without the visually hidden parts (presence, a11y hints). */
function shownText(e: Element): string | null {
  if (!e.querySelector('.visually-hidden, .a11y-text')) return tidy(e.textContent);
  const copy = e.cloneNode(true) as Element;
  for (const hidden of copy.querySelectorAll('.visually-hidden, .a11y-text')) hidden.remove();
  return tidy(copy.textContent);
}

/** The values `reading` finds in `root`, in document order. */
function readAll(root: ParentNode, reading: Reading): string[] {
  const r = typeof reading === 'string' ? { sel: reading } : reading;
  const out: string[] = [];
  for (const e of root.querySelectorAll(r.sel)) {
    const raw = r.attr ? tidy(e.getAttribute(r.attr)) : shownText(e);
    if (!raw) continue;
    const m = r.pattern ? r.pattern.exec(raw) : null;
    const value = r.pattern ? tidy(m?.[1]) : raw;
    if (value) out.push(value);
  }
  return out;
}

/** The first value of the first reading that yields one `accept` takes. */
export function read(root: ParentNode | null, readings: Reading[], accept: (v: string) => boolean = () => true): string | null {
  if (!root) return null;
  for (const reading of readings) {
    for (const v of readAll(root, reading)) if (accept(v)) return v;
  }
  return null;
}

// What a recipient's name is not. Headers and buttons say these where a name could be.
const HEADER = /^(new message|neue nachricht|nuevo mensaje|nouveau message|messaging|nachrichten|mensajes|messages)$/i;
// presence: "Status is offline" [blaze], "Activo ahora" [pilot], and their kin
const PRESENCE = /^(status\b|active\b|activo\b|activa\b|aktiv\b|jetzt aktiv|online\b|offline\b|available\b|away\b|busy\b)/i;
// a degree: "· 2nd", "2nd", "3rd+", "· 2."
const DEGREE = /^[·•]|^\d+(st|nd|rd|th|\.)?\+?(\s+degree.*)?$/i;
const BUTTON =
  /^(send|senden|enviar|message|nachricht|connect|vernetzen|more|mehr|follow|folgen|close|schlie(ß|ss)en|open|öffnen|remove|entfernen|view|invite|einladen|cancel|abbrechen|add|hinzufügen|dismiss|pending|ausstehend)\b|(’|')s profile$|\bprofile?$/i;

/** True when `v` could be a person's name (and is not the user's own). */
export function plausibleName(v: string, self: string | null): boolean {
  if (v.length < 2 || v.length > 80 || !/\p{L}/u.test(v)) return false;
  if (/[|@:/]|https?:|\d{3,}/.test(v)) return false;
  if (v.split(' ').length > 8) return false;
  if (self && v.toLocaleLowerCase() === self.toLocaleLowerCase()) return false;
  return ![HEADER, PRESENCE, DEGREE, BUTTON].some((re) => re.test(v));
}

/** True when `v` could be a headline: not presence text, not a degree. */
export function plausibleLine(v: string): boolean {
  return v.length > 1 && v.length < 300 && !PRESENCE.test(v) && !DEGREE.test(v);
}

/** What a profile shows about its person. */
export interface PageFacts {
  full_name: string | null;
  headline: string | null;
  location: string | null;
  company: string | null;
  mutual: string[];
  mutual_count: number | null;
  shared: Shared[];
  posts: string[];
}

/** The person the page is about (a profile's top card), read by selector and, on the 2026 profile, by position. */
export function pagePerson(
  doc: ParentNode,
  page: PagePerson,
  self: string | null,
): PageFacts {
  const named = (v: string) => plausibleName(v, self);
  let full_name = read(doc, page.recipient.slice(0, -1), named);
  if (!full_name) {
    // The Connect controls name the person; on a list of people they name many: then none.
    const names = new Set(page.recipient.slice(-1).flatMap((r) => readAll(doc, r)).filter(named));
    full_name = names.size === 1 ? [...names][0] : null;
  }
  let headline = read(doc, page.headline, plausibleLine);
  let location = read(doc, page.location, plausibleLine);
  const card = linkedinTopCard(doc);
  if (card && (!headline || !location)) {
    // 2026 SDUI top card, hashed classes: the degree <p>s ("· 2nd" twice), then the
    // headline <p>, then the location <p> ([cc] profile-other 2026-09, [net], [readers]).
    const ps = [...card.querySelectorAll('p')].filter((p) => !p.closest('[role="button"], a, button'));
    const texts = ps.map((p) => tidy(p.textContent) ?? '');
    let i = -1;
    texts.forEach((t, at) => /^[·•]\s*\d/.test(t) && (i = at));
    const next = () => {
      for (i++; i < texts.length; i++) if (texts[i] && plausibleLine(texts[i])) return texts[i];
      return null;
    };
    if (i >= 0) {
      headline ??= next();
      location ??= next();
    }
  }
  const company = read(doc, page.company, plausibleLine);
  const mutualText = read(doc, page.mutual);
  const mutual = mutualNames(mutualText);
  const shared = sharedThings(page.shared.flatMap((r) => readAll(doc, r)));
  const posts = [...new Set(page.posts.flatMap((r) => readAll(doc, r)).filter(plausibleLine))].slice(0, 2);
  return { full_name, headline, location, company, mutual, mutual_count: mutualCount(mutualText, mutual), shared, posts };
}

/** "Jonas Weber, Mia Braun and 3 other mutual connections" → 5; "12 mutual connections" → 12. */
function mutualCount(text: string | null, named: string[]): number | null {
  const others = text?.match(/(\d+)\s+(?:other|weitere|andere)?\s*(?:mutual|gemeinsame)/i);
  if (!others) return named.length || null;
  const n = Number(others[1]);
  return /\b(and|und|y)\s+\d/i.test(text!) ? named.length + n : n;
}

/**
 * The page's own sentences about what two people share, in English and German: a school,
 * an employer, an event or a group, by the name the sentence gives it.
 */
const SHARED: [RegExp, SharedKind][] = [
  [/^You both (?:studied at|went to|attended) (.+?)\.?$/i, 'school'],
  [/^You both (?:work|worked) at (.+?)\.?$/i, 'employer'],
  [/^You (?:were|are) both (?:at|attending) (.+?)\.?$/i, 'event'],
  [/^You(?:'re|’re| are) both (?:members? of|in) (.+?)\.?$/i, 'group'],
  [/^(?:Sie|Ihr) (?:habt|haben) beide an (?:der |dem |einer )?(.+?) studiert\.?$/i, 'school'],
  [/^(?:Sie|Ihr) (?:habt|haben) beide bei (.+?) gearbeitet\.?$/i, 'employer'],
  [/^(?:Sie|Ihr) (?:wart|waren|seid|sind) beide (?:bei|auf) (?:der |dem )?(.+?)\.?$/i, 'event'],
  [/^(?:Sie|Ihr) (?:seid|sind) beide Mitglied(?:er)? (?:in|von|bei) (?:der Gruppe )?(.+?)\.?$/i, 'group'],
];

function sharedThings(texts: string[]): Shared[] {
  const out: Shared[] = [];
  for (const text of texts) {
    for (const [re, kind] of SHARED) {
      const name = text.match(re)?.[1]?.trim();
      if (name && name.length < 120 && !out.some((s) => s.kind === kind && s.name === name)) out.push({ kind, name });
    }
  }
  return out;
}

/** "Jonas Weber, Mia Braun and 3 other mutual connections" → the named ones. */
function mutualNames(text: string | null): string[] {
  if (!text || !/mutual|gemeinsame|en común/i.test(text)) return [];
  const named = text
    .replace(/\s*(,?\s*(and|und|y)\s+\d+\s+.*|\s+(is|are|ist|sind)\s+.*|\s+(mutual|gemeinsame).*)$/i, '')
    .split(/\s*,\s*|\s+(?:and|und|y)\s+/i);
  return named.map((n) => n.trim()).filter((n) => plausibleName(n, null));
}

/**
 * Where the conversation stands, as the page shows it: the newest message theirs makes
 * the draft a reply; the user's own unanswered message makes it a follow-up; no message
 * at all, a first message. Null when the page shows messages we cannot tell apart.
 */
export function readThread(scope: Element | null, list: MessageList | null, now = Date.now()): Thread | null {
  if (!scope || !list) return null;
  let items: Element[] = [];
  for (const sel of list.item) {
    items = [...scope.querySelectorAll(sel)];
    if (items.length) break;
  }
  if (!items.length) return { kind: 'first' };
  const theirs = (e: Element) => e.matches(list.theirs);
  const own = (e: Element) => e.matches(list.own);
  const last = items[items.length - 1];
  if (!theirs(last) && !own(last)) return null;
  // The newest turn: the run of messages at the end from the same side.
  const run: Element[] = [];
  for (let i = items.length - 1; i >= 0 && theirs(items[i]) === theirs(last) && (theirs(items[i]) || own(items[i])); i--) run.unshift(items[i]);
  const text = run.map((e) => messageText(e, list)).filter(Boolean).join('\n\n') || null;
  if (theirs(last)) return { kind: 'reply', their_last_message: text };
  const sent = sentAt(run[run.length - 1], list);
  const days = sent === null ? null : Math.max(0, Math.floor((now - sent) / 86_400_000));
  return { kind: 'followup', first_message: text, days_since_last_sent: days };
}

function messageText(item: Element, list: MessageList): string | null {
  for (const sel of list.body) {
    const bodies = [...item.querySelectorAll(sel)];
    if (bodies.length) return bodies.map((b) => EditorText.read(b as HTMLElement).text.trim()).join('\n') || null;
  }
  return null;
}

function sentAt(item: Element | undefined, list: MessageList): number | null {
  if (!item) return null;
  const when = read(item, list.sentAt);
  const t = when ? Date.parse(when) : NaN;
  return Number.isFinite(t) ? t : null;
}
