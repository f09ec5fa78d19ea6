// What the page says about the person it is about (a profile's top card, or the profile
// behind a composer's dialog): name, headline, location, company, mutual contacts, what the
// user and they share, their posts. Read from the DOM when asked; nothing is kept.
import type { Context } from '../../protocol.js';
import { linkedinTopCard, type PagePerson } from '../sites.js';
import { plausibleLine, plausibleName, read, readAll, tidy } from './values.js';

type Shared = NonNullable<NonNullable<Context['recipient']>['shared']>[number];
type SharedKind = Shared['kind'];

/** What a profile shows about its person. */
export interface PageFacts {
  full_name: string | null;
  headline: string | null;
  location: string | null;
  company: string | null;
  school: string | null;
  /** What a creator's profile says they talk about ("Talks about #hiring, #rust"). */
  topics: string[];
  mutual: string[];
  mutual_count: number | null;
  shared: Shared[];
  posts: string[];
}

const TOPICS = /^(?:talks about|spricht über|schreibt über|themen:?)\s+(.+)$/i;
const COUNTS = /^[\d.,+\s]+(?:k\s+)?(?:followers?|connections?|follower|kontakte?|abonnenten)\b/i;
/** A location reads as a place: short, no hashtags, separators or sentence punctuation. */
const PLACE = /^[^#|@!?:;]{2,80}$/;

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
  let location = read(doc, page.location, (v) => plausibleLine(v) && !TOPICS.test(v));
  let topics: string[] = [];
  const card = linkedinTopCard(doc);
  if (card) {
    // 2026 SDUI top card, hashed classes: the degree <p>s ("· 2nd" twice), then the
    // headline <p>, then the location <p> ([cc] profile-other 2026-09, [net], [readers]);
    // a creator's card adds "Talks about #a, #b" among them, and counts of followers.
    const ps = [...card.querySelectorAll('p')].filter((p) => !p.closest('[role="button"], a, button'));
    const texts = ps.map((p) => tidy(p.textContent) ?? '');
    let i = -1;
    texts.forEach((t, at) => /^[·•]\s*\d/.test(t) && (i = at));
    const lines = i >= 0 ? texts.slice(i + 1).filter((t) => t && plausibleLine(t)) : [];
    for (const line of lines) {
      const talks = TOPICS.exec(line);
      if (talks) topics = talks[1].split(/\s*(?:,|\band\b|\bund\b)\s*/).map((t) => t.replace(/^#/, '').trim()).filter(Boolean);
    }
    const plain = lines.filter((t) => !TOPICS.test(t) && !COUNTS.test(t));
    headline ??= plain[0] ?? null;
    location ??= plain.slice(1).find((t) => PLACE.test(t)) ?? null;
  }
  // The company and the school buttons, in that order ([cc] 2026-09; the Ember profile's right panel).
  const [company = null, school = null] = page.company.flatMap((r) => readAll(doc, r)).filter(plausibleLine);
  const mutualText = read(doc, page.mutual);
  const mutual = mutualNames(mutualText);
  const shared = sharedThings(page.shared.flatMap((r) => readAll(doc, r)));
  const posts = [...new Set(page.posts.flatMap((r) => readAll(doc, r)).filter(plausibleLine))].slice(0, 2);
  return { full_name, headline, location, company, school, topics, mutual, mutual_count: mutualCount(mutualText, mutual), shared, posts };
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

