// Where the conversation stands, as the page shows it: the newest message theirs makes the
// draft a reply; the user's own unanswered message makes it a follow-up; no message at all,
// a first message.
import type { Context } from '../../protocol.js';
import { EditorText } from '../editor.js';
import type { MessageList } from '../sites.js';
import { read, readAll, sameName } from './values.js';

type Thread = NonNullable<Context['thread']>;
type Side = 'theirs' | 'own' | null;

/**
 * The thread in `scope`, or null when the page shows messages we cannot tell apart. A
 * message's side is its marker class where the adapter knows one; else the name it shows
 * for its sender (the recipient's is theirs, any other the user's); else the side of the message before
 * it, since the page names a sender once per run of messages.
 */
export function readThread(
  scope: Element | null,
  list: MessageList | null,
  people: { recipient: string | null; self: string | null } = { recipient: null, self: null },
  now = Date.now(),
): Thread | null {
  if (!scope || !list) return null;
  let items: Element[] = [];
  for (const sel of list.item) {
    items = [...scope.querySelectorAll(sel)];
    if (items.length) break;
  }
  if (!items.length) return { kind: 'first' };
  const sides: Side[] = [];
  for (const item of items) sides.push(sideOf(item, list, people) ?? sides[sides.length - 1] ?? null);
  const last = sides[sides.length - 1];
  if (!last) return null;
  // The newest turn: the run of messages at the end from the same side.
  const run: Element[] = [];
  for (let i = items.length - 1; i >= 0 && sides[i] === last; i--) run.unshift(items[i]);
  const text = run.map((e) => messageText(e, list)).filter(Boolean).join('\n\n') || null;
  if (last === 'theirs') return { kind: 'reply', their_last_message: text };
  const sent = sentAt(run[run.length - 1], list);
  const days = sent === null ? null : Math.max(0, Math.floor((now - sent) / 86_400_000));
  return { kind: 'followup', first_message: text, days_since_last_sent: days };
}

function sideOf(item: Element, list: MessageList, people: { recipient: string | null; self: string | null }): Side {
  if (item.matches(list.theirs)) return 'theirs';
  if (item.matches(list.own)) return 'own';
  // The sender's name as the item's header shows it: never a link inside the message.
  const sender = list.sender.flatMap((r) => readAll(item, r, (e) => !list.body.some((b) => e.closest(b) && item.contains(e.closest(b)))))[0];
  if (!sender) return null;
  if (people.self && sameName(sender, people.self)) return 'own';
  if (!people.recipient) return null;
  // Two people talk here: whoever is not the recipient is the user.
  return sameName(sender, people.recipient) ? 'theirs' : 'own';
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
