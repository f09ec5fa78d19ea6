// Follow-up reminders, kept by the worker: after a first message, the recipient's name, the
// conversation's address and the dates — never the text. An alarm raises a notification;
// clicking it opens the conversation; an answer seen later clears it.
import type { Followup } from './protocol.js';
import { t } from './i18n.js';
import { serialiser } from './serial.js';

const KEY = 'followups';
const ALARM = 'followup:';
const DAY = 24 * 60 * 60 * 1000;
const SNOOZE_DAYS = 3;

/** A stored reminder as it must be; anything else in the list is dropped when read. */
function valid(f: unknown): f is Followup {
  if (typeof f !== 'object' || f === null) return false;
  const r = f as Record<string, unknown>;
  return (
    typeof r.id === 'string' &&
    typeof r.url === 'string' &&
    /^https:\/\//.test(r.url) &&
    (r.name === null || typeof r.name === 'string') &&
    Number.isFinite(r.sentAt) &&
    Number.isFinite(r.dueAt)
  );
}

/** How many stored entries `list` could not read (a stored value that is no list counts as one). */
export async function dropped(): Promise<number> {
  const stored = (await chrome.storage.local.get(KEY))[KEY];
  if (stored === undefined) return 0;
  return Array.isArray(stored) ? stored.filter((f) => !valid(f)).length : 1;
}

/** The reminders, read through `valid`: a damaged entry costs that entry, not the list. */
export async function list(): Promise<Followup[]> {
  const stored = (await chrome.storage.local.get(KEY))[KEY];
  return Array.isArray(stored) ? stored.filter(valid) : [];
}

async function store(followups: Followup[]): Promise<void> {
  await chrome.storage.local.set({ [KEY]: followups });
}

const serial = serialiser();

/** A first message was sent: remember to follow up in `days`, once per conversation. */
export const sent = serial(async (url: string, name: string | null, days: number): Promise<void> => {
  const now = Date.now();
  const all = await list();
  if (all.some((f) => f.url === url)) return;
  const followup: Followup = { id: crypto.randomUUID(), name, url, sentAt: now, dueAt: now + days * DAY };
  await store([...all, followup]);
  await chrome.alarms.create(ALARM + followup.id, { when: followup.dueAt });
});

export const replied = serial(async (url: string): Promise<void> => {
  const all = await list();
  const gone = all.filter((f) => f.url === url);
  if (!gone.length) return;
  await store(all.filter((f) => f.url !== url));
  for (const f of gone) await forget(f.id);
});

export const act = serial(async (id: string, action: 'done' | 'snooze'): Promise<void> => {
  const now = Date.now();
  const all = await list();
  if (action === 'done') {
    await store(all.filter((f) => f.id !== id));
    await forget(id);
    return;
  }
  const f = all.find((x) => x.id === id);
  if (!f) return;
  f.dueAt = now + SNOOZE_DAYS * DAY;
  await store(all);
  await chrome.notifications.clear(ALARM + id);
  await chrome.alarms.create(ALARM + id, { when: f.dueAt });
});

async function forget(id: string): Promise<void> {
  await chrome.alarms.clear(ALARM + id);
  await chrome.notifications.clear(ALARM + id);
}

/** The alarm for a follow-up went off: say so, in words the user can act on. */
export async function due(alarm: string, now = Date.now()): Promise<void> {
  if (!alarm.startsWith(ALARM)) return;
  const f = (await list()).find((x) => ALARM + x.id === alarm);
  if (!f) return;
  const days = Math.max(1, Math.round((now - f.sentAt) / DAY));
  await chrome.notifications.create(alarm, {
    type: 'basic',
    iconUrl: chrome.runtime.getURL('icons/128.png'),
    title: t('notificationTitle', f.name ?? '—'),
    message: t('notificationBody', days),
    priority: 1,
  });
}

/** The notification was clicked: open the conversation. */
export async function open(notification: string): Promise<void> {
  if (!notification.startsWith(ALARM)) return;
  const f = (await list()).find((x) => ALARM + x.id === notification);
  if (f) await chrome.tabs.create({ url: f.url });
  await chrome.notifications.clear(notification);
}
