// What Verbindlich keeps of the first messages a user sends, only while one of two opt-in
// features is on, in chrome.storage.local, never synced:
//
// - the mass-send warning: each first message's similarity sketch (from the engine; the text
//   cannot be read back from it), its date and its surface;
// - the reply record: its date, surface, score band and which checklist entries passed, and
//   whether an answer came (seen on a later visit to the conversation).
//
// Never the text, never the recipient's name, never the conversation's address: a record
// knows its conversation only by an HMAC of the address and the recipient's name, under a
// key made for this installation and kept beside the history (never exported), so a later
// visit can mark it answered and nobody can test a guess against it. Kept under one key
// with a schema version; the oldest records go first past a cap.
import type { ChecklistEntry, SurfaceId } from './pkg/verbindlich_wasm.js';
import { serialiser } from './serial.js';

export const KEY = 'history';
/** The installation's own HMAC key for conversation keys (see above). */
const SECRET = 'historyKey';
/** 2: sketches are made with the installation's key (`sketchKey`); version 1's were not. */
export const VERSION = 2;
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
  /** HMAC-SHA-256 of the conversation's address and the recipient's name, hex: how an answer finds its record. */
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

// Typed by the types generated from the engine's: an id added there and not here fails to
// compile, rather than every record that carries it being dropped as damaged.
const SURFACE: Record<SurfaceId, true> = {
  'linkedin-connect': true,
  'linkedin-message': true,
  'linkedin-inmail': true,
  'xing-message': true,
  'xing-contact': true,
  generic: true,
};
const BAND: Record<Band, true> = { ready: true, 'could-be-better': true, weak: true };
const CHECK: Record<ChecklistEntry['id'], true> = {
  'addressed-by-name': true,
  'within-limit': true,
  'one-clear-ask': true,
  'value-for-recipient': true,
  'nothing-generic': true,
  'easy-no': true,
};
const known = <K extends string>(set: Record<K, true>, v: unknown): v is K => typeof v === 'string' && Object.hasOwn(set, v);

function isRecord(v: unknown): v is SentRecord {
  if (typeof v !== 'object' || v === null) return false;
  const r = v as Record<string, unknown>;
  const fields = ['sentAt', 'surface', 'conversation', 'sketch', 'band', 'checks', 'answeredAt'];
  return (
    Object.keys(r).every((k) => fields.includes(k)) &&
    typeof r.sentAt === 'number' &&
    Number.isFinite(r.sentAt) &&
    known(SURFACE, r.surface) &&
    typeof r.conversation === 'string' &&
    /^[0-9a-f]{64}$/.test(r.conversation) &&
    (r.sketch === undefined || (typeof r.sketch === 'string' && /^[0-9a-f]{256}$/.test(r.sketch))) &&
    (r.band === undefined || known(BAND, r.band)) &&
    (r.checks === undefined || (Array.isArray(r.checks) && r.checks.every((c) => known(CHECK, c?.id) && typeof c?.passed === 'boolean'))) &&
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
  /** Stored before sketches were keyed: they compare with nothing now, and go. */
  let unkeyed = true;
  if (stored === undefined || stored === null) {
    records = [];
  } else if (Array.isArray(stored)) {
    records = stored;
  } else if (typeof stored === 'object' && Array.isArray((stored as History).records)) {
    const version = (stored as { version?: unknown }).version;
    if (typeof version === 'number' && version > VERSION) problems.push(`history stored by a newer version (${version}); read what this one knows`);
    records = (stored as History).records;
    if (version !== undefined && typeof version === 'number' && version >= 2) unkeyed = false;
  } else {
    problems.push('stored history is not a list of records; starting a new one');
  }
  let kept = records.filter(isRecord);
  if (kept.length < records.length) problems.push(`${records.length - kept.length} damaged records dropped`);
  if (unkeyed && kept.some((r) => r.sketch)) {
    kept = kept.map(({ sketch: _, ...r }) => r);
    problems.push('sketches made before they were keyed to this installation were dropped');
  }
  return { history: { version: VERSION, records: capped(kept) }, problems };
}

/** The newest `CAP` records, oldest first. */
function capped(records: SentRecord[]): SentRecord[] {
  const sorted = [...records].sort((a, b) => a.sentAt - b.sentAt);
  return sorted.slice(Math.max(0, sorted.length - CAP));
}

/** What an exported history says of its keys: they cannot be used without this installation. */
export const EXPORT_NOTE =
  'Conversations are kept as HMAC-SHA-256 of their address and the recipient’s name, and sketches are made with a key derived from the same secret; the secret stays in this browser and is never exported, so neither a conversation nor a guessed text can be tested against this file.';

/** The history as exported: the records, and what their keys mean. */
export function exported(history: History): History & { keys: string } {
  return { version: history.version, keys: EXPORT_NOTE, records: history.records };
}

export async function read(): Promise<History> {
  return migrate((await chrome.storage.local.get(KEY))[KEY]).history;
}

async function write(history: History): Promise<void> {
  await chrome.storage.local.set({ [KEY]: history });
}

const serial = serialiser();

/**
 * The installation's key, made once: two requests at once on a fresh install (an analysis
 * and a send, two tabs) must not each make and store a different one.
 */
let secretOnce: Promise<CryptoKey> | null = null;
function secret(): Promise<CryptoKey> {
  secretOnce ??= loadSecret().catch((e: unknown) => {
    secretOnce = null;
    throw e;
  });
  return secretOnce;
}

/** The key is read again after the history was deleted (which deletes it too). */
export function forgetSecret(): void {
  secretOnce = null;
  sketchKeyOnce = null;
}

async function loadSecret(): Promise<CryptoKey> {
  let raw = (await chrome.storage.local.get(SECRET))[SECRET];
  if (typeof raw !== 'string' || !/^[0-9a-f]{64}$/.test(raw)) {
    raw = [...crypto.getRandomValues(new Uint8Array(32))].map((b) => b.toString(16).padStart(2, '0')).join('');
    await chrome.storage.local.set({ [SECRET]: raw });
  }
  const bytes = new Uint8Array((raw as string).match(/../g)!.map((h) => parseInt(h, 16)));
  return crypto.subtle.importKey('raw', bytes, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
}

/**
 * The key this installation's similarity sketches are made with (16 hex digits), derived
 * from the same secret as the conversation keys and never stored or exported itself:
 * without it a stored sketch cannot be tested against a guessed text.
 */
let sketchKeyOnce: Promise<string> | null = null;
export function sketchKey(): Promise<string> {
  sketchKeyOnce ??= secret().then(async (key) => {
    const mac = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('verbindlich similarity sketch'));
    return [...new Uint8Array(mac).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
  });
  return sketchKeyOnce;
}

/**
 * A conversation as a record knows it: its address and the recipient's name, which tells
 * apart the invitations sent from one page of search results.
 */
export async function conversationKey(url: string, name: string | null): Promise<string> {
  const mac = await crypto.subtle.sign('HMAC', await secret(), new TextEncoder().encode(`${url}\n${name ?? ''}`));
  return [...new Uint8Array(mac)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The same send seen twice (a click and the Enter behind it) within this many ms is one. */
const SAME_SEND_MS = 10_000;

/** A first message was sent: keep what the features that are on need. */
export const sent = serial(async (record: Omit<SentRecord, 'answeredAt'>): Promise<void> => {
  const history = await read();
  if (history.records.some((r) => r.conversation === record.conversation && Math.abs(r.sentAt - record.sentAt) < SAME_SEND_MS)) return;
  history.records = capped([...history.records, { ...record, answeredAt: null }]);
  await write(history);
});

/** An answer was seen in the conversation at `url` with `name`. */
export const answered = serial(async (url: string, name: string | null, now: number = Date.now()): Promise<void> => {
  const key = await conversationKey(url, name);
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

/** Deletes the history; through the worker, so that no write queued before it brings records back. */
export const clear = serial(async (): Promise<void> => {
  await chrome.storage.local.remove([KEY, SECRET]);
  forgetSecret();
});

/**
 * Keeps only what the features that are on need: a switch turned off takes what it kept
 * with it — the sketches, or the bands and checklists, or, with both off, everything.
 */
export const prune = serial(async (on: { massSend: boolean; record: boolean }): Promise<void> => {
  const stored = (await chrome.storage.local.get(KEY))[KEY];
  if (stored === undefined) return;
  if (!on.massSend && !on.record) return void (await chrome.storage.local.remove([KEY, SECRET]));
  const history = migrate(stored).history;
  let changed = false;
  for (const r of history.records) {
    if (!on.massSend && r.sketch !== undefined) [changed, r.sketch] = [true, undefined];
    if (!on.record && (r.band !== undefined || r.checks !== undefined)) [changed, r.band, r.checks] = [true, undefined, undefined];
  }
  if (changed) {
    history.records = history.records.map((r) => Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as SentRecord);
    await write(history);
  }
});
