// What Verbindlich keeps of the first messages a user sends, only while one of two opt-in
// features is on, in chrome.storage.local, never synced:
//
// - the mass-send warning: each first message's similarity sketch (from the engine; the text
//   cannot be read back from it), its date and its surface;
// - the reply record: its date, surface, score band and which checklist entries passed, and
//   whether an answer came (seen on a later visit to the conversation).
//
// Never the text, never the recipient's name, never the conversation's address: a record
// knows its conversation only by a SHA-256 of the address, so a later visit can mark it
// answered. Kept under one key with a schema version; the oldest records go first past a cap.
import type { ChecklistEntry, SurfaceId } from './pkg/verbindlich_wasm.js';

export const KEY = 'history';
export const VERSION = 1;
/** About 450 bytes each: 2,000 stay well under chrome.storage.local's 10 MB. */
export const CAP = 2000;
/** The mass-send warning looks back at most this far (its longest window). */
export const SKETCH_DAYS = 90;
const DAY = 86_400_000;

export type Band = 'ready' | 'could-be-better' | 'weak';

/** One first message sent. */
export interface SentRecord {
  /** When it was sent (ms since 1970). */
  sentAt: number;
  surface: SurfaceId;
  /** SHA-256 of the conversation's address, hex: how an answer finds its record. */
  conversation: string;
  /** The mass-send warning's similarity sketch, when that warning was on. */
  sketch?: string;
  /** With the reply record on: the score's band and each checklist entry, passed or not. */
  band?: Band;
  checks?: { id: ChecklistEntry['id']; passed: boolean }[];
  /** When an answer was first seen; null while none was. */
  answeredAt: number | null;
}

export interface History {
  version: typeof VERSION;
  records: SentRecord[];
}

const SURFACES: SurfaceId[] = ['linkedin-connect', 'linkedin-message', 'linkedin-inmail', 'xing-message', 'xing-contact', 'generic'];
const BANDS: Band[] = ['ready', 'could-be-better', 'weak'];
const CHECKS: ChecklistEntry['id'][] = [
  'addressed-by-name',
  'within-limit',
  'one-clear-ask',
  'value-for-recipient',
  'nothing-generic',
  'easy-no',
];

function isRecord(v: unknown): v is SentRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  const known = ['sentAt', 'surface', 'conversation', 'sketch', 'band', 'checks', 'answeredAt'];
  return (
    Object.keys(r).every((k) => known.includes(k)) &&
    typeof r.sentAt === 'number' &&
    Number.isFinite(r.sentAt) &&
    SURFACES.includes(r.surface as SurfaceId) &&
    typeof r.conversation === 'string' &&
    /^[0-9a-f]{64}$/.test(r.conversation) &&
    (r.sketch === undefined || (typeof r.sketch === 'string' && /^[0-9a-f]{256}$/.test(r.sketch))) &&
    (r.band === undefined || BANDS.includes(r.band as Band)) &&
    (r.checks === undefined ||
      (Array.isArray(r.checks) &&
        r.checks.every((c) => CHECKS.includes(c?.id) && typeof c?.passed === 'boolean'))) &&
    (r.answeredAt === null || (typeof r.answeredAt === 'number' && Number.isFinite(r.answeredAt)))
  );
}

/**
 * Whatever is stored, as this version's history: every record that is well-formed, each
 * problem named. A store from before versions (a bare array of records) is read as
 * version 1; one from a newer version keeps the records this one understands.
 */
export function migrate(stored: unknown): { history: History; problems: string[] } {
  const problems: string[] = [];
  let records: unknown[] = [];
  if (stored === undefined || stored === null) {
    records = [];
  } else if (Array.isArray(stored)) {
    records = stored;
  } else if (typeof stored === 'object' && Array.isArray((stored as History).records)) {
    const version = (stored as { version?: unknown }).version;
    if (typeof version === 'number' && version > VERSION) problems.push(`history stored by a newer version (${version}); read what this one knows`);
    records = (stored as History).records;
  } else {
    problems.push('stored history is not a list of records; starting a new one');
  }
  const kept = records.filter(isRecord);
  if (kept.length < records.length) problems.push(`${records.length - kept.length} damaged records dropped`);
  return { history: { version: VERSION, records: capped(kept) }, problems };
}

/** The newest `CAP` records, oldest first. */
function capped(records: SentRecord[]): SentRecord[] {
  const sorted = [...records].sort((a, b) => a.sentAt - b.sentAt);
  return sorted.slice(Math.max(0, sorted.length - CAP));
}

export async function read(): Promise<History> {
  return migrate((await chrome.storage.local.get(KEY))[KEY]).history;
}

async function write(history: History): Promise<void> {
  await chrome.storage.local.set({ [KEY]: history });
}

// Each change reads, edits and writes the history: one at a time, or two would lose one.
let queue: Promise<unknown> = Promise.resolve();
function serial<A extends unknown[], T>(f: (...args: A) => Promise<T>): (...args: A) => Promise<T> {
  return (...args) => {
    const next = queue.then(() => f(...args));
    queue = next.catch(() => {});
    return next;
  };
}

/** The conversation's address as a record knows it. */
export async function conversationKey(url: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(url));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A first message was sent: keep what the features that are on need, once per conversation. */
export const sent = serial(async (record: Omit<SentRecord, 'answeredAt'>): Promise<void> => {
  const history = await read();
  if (history.records.some((r) => r.conversation === record.conversation)) return;
  history.records = capped([...history.records, { ...record, answeredAt: null }]);
  await write(history);
});

/** An answer was seen in the conversation at `url`. */
export const answered = serial(async (url: string, now: number = Date.now()): Promise<void> => {
  const key = await conversationKey(url);
  const history = await read();
  const open = history.records.filter((r) => r.conversation === key && r.answeredAt === null);
  if (!open.length) return;
  for (const r of open) r.answeredAt = now;
  await write(history);
});

/** The sketches the mass-send warning compares a draft with, by age in whole days. */
export function sentNotes(history: History, now = Date.now()): { sketch: string; days_ago: number }[] {
  return history.records
    .filter((r) => r.sketch && now - r.sentAt <= SKETCH_DAYS * DAY)
    .map((r) => ({ sketch: r.sketch!, days_ago: Math.max(0, Math.floor((now - r.sentAt) / DAY)) }));
}

export const clear = serial(async (): Promise<void> => {
  await chrome.storage.local.remove(KEY);
});
