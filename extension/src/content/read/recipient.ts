// Who the message is for, where the adapter's selectors name nobody: read as a person
// reads an unknown page. The composer's own label ("Nachricht an Sabine Schmidt"), the
// buttons that name the conversation ("Close your conversation with Anna Berg"), the
// chat's heading nearest the composer, and the address of a profile. Each candidate must
// have a name's shape (values.ts) and must not be the signed-in user.
import { nameShaped, readAll, shownText, tidy } from './values.js';

/** "Nachricht an Sabine Schmidt", "Message Anna Berg", "Reply to Anna Berg", "Write to …". */
const LABELLED = /^(?:(?:write |send )?(?:a )?(?:message|reply|note) (?:to )?|(?:write|reply) to |nachricht an |antwort an |schreib(?:e|en sie)? an |mensaje (?:a|para) )(.+?)[.…:]*$/i;
/** Controls that name the conversation's other person [blaze] [net]. */
const CONVERSATION_WITH: { sel: string; attr: string; pattern: RegExp }[] = [
  { sel: 'button[aria-label], a[aria-label]', attr: 'aria-label', pattern: /(?:conversation|chat|unterhaltung) (?:with|mit) (.+?)\.?$/i },
];

/** The name in the editor's accessible label or placeholder. */
export function labelledName(editor: Element, self: string | null): string | null {
  for (const attr of ['aria-label', 'placeholder', 'title']) {
    const m = LABELLED.exec(tidy(editor.getAttribute(attr)) ?? '');
    if (m && nameShaped(m[1], self)) return m[1];
  }
  return null;
}

/** The name the conversation's controls give, when they all give the same one. */
export function conversationWith(scope: ParentNode, self: string | null): string | null {
  const names = new Set(CONVERSATION_WITH.flatMap((r) => readAll(scope, r)).filter((v) => nameShaped(v, self)));
  return names.size === 1 ? [...names][0] : null;
}

/** Headings proper, then what pages style as one: a chat's title is often a <strong>. */
const HEADINGS = ['h1, h2, h3, h4, h5, h6, [role="heading"]', 'header strong, header b, [class*="title" i], [class*="header" i] strong, [class*="name" i]'];
/** Names in lists are a conversation list's or a thread's senders, not the chat's title. */
const LISTED = 'li, [role="listitem"], [role="log"], [role="list"]';
/** The page's own bars: a name there is the signed-in user's. A top-level <header> is one. */
const BARS = 'nav, [role="navigation"], [role="banner"], body > header, body > div > header';
/** How far up from the editor a chat's heading is looked for: beyond that is the page's. */
const LEVELS = 6;

/** Names the page's bars show (the signed-in user's, by where they sit). */
export function barNames(doc: Document, editor: Element): string[] {
  const out: string[] = [];
  for (const bar of doc.querySelectorAll(BARS)) {
    if (bar.contains(editor)) continue;
    for (const e of bar.querySelectorAll('a, span, strong, img[alt], p')) {
      const text = e instanceof HTMLImageElement ? tidy(e.alt.replace(/^(?:photo of|foto von|profilbild von|bild von)\s+/i, '')) : shownText(e);
      if (text && nameShaped(text, null)) out.push(text);
    }
  }
  return out;
}

/**
 * The heading of the chat around `editor`: going out from it one ancestor at a time, the
 * nearest name-shaped heading that comes before the editor, outside lists and the page's
 * bars, and not the user's own name.
 */
export function nearestHeading(editor: Element, self: string | null, own: string[] = []): string | null {
  const notOwn = (v: string) => nameShaped(v, self) && !own.some((o) => o.toLocaleLowerCase() === v.toLocaleLowerCase());
  let node: Element | null = editor.parentElement;
  for (let level = 0; node && node !== node.ownerDocument.body && level < LEVELS; level++, node = node.parentElement) {
    for (const selector of HEADINGS) {
      const before = [...node.querySelectorAll(selector)].filter(
        (h) => h.compareDocumentPosition(editor) & Node.DOCUMENT_POSITION_FOLLOWING && !h.contains(editor) && !h.closest(LISTED) && !h.closest(BARS),
      );
      for (const h of before.reverse()) {
        const text = shownText(h);
        if (text && notOwn(text)) return text;
      }
    }
  }
  return null;
}

/**
 * A name in a profile's address: XING's /profile/Sabine_Schmidt, LinkedIn's
 * /in/anna-berg-4a1b2c/ (the trailing id dropped). Never a conversation's id.
 */
export function addressName(url: URL, self: string | null): string | null {
  const m = /^\/(?:profile|in)\/([^/]+)\/?/.exec(url.pathname);
  if (!m) return null;
  let slug: string;
  try {
    slug = decodeURIComponent(m[1]);
  } catch {
    return null;
  }
  const parts = slug.split(/[_-]+/).filter(Boolean);
  while (parts.length && /\d/.test(parts[parts.length - 1])) parts.pop();
  if (parts.length < 2 || parts.length > 4 || !parts.every((p) => /^\p{L}+$/u.test(p))) return null;
  const name = parts.map((p) => p[0].toLocaleUpperCase() + p.slice(1)).join(' ');
  return nameShaped(name, self) ? name : null;
}
