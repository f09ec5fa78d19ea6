// The one message protocol between the content script, the service worker and the
// extension pages. The worker hosts the engine because Chromium will not compile
// WebAssembly in a content script under LinkedIn's and XING's CSP; everything else asks it.
//
// Requests travel over one long-lived port per page rather than one sendMessage each:
// a port skips opening a channel per keystroke (measured: about half the round trip).
import type { Context, Lang, Report, SurfaceId } from './pkg/verbindlich_wasm.js';
import type { Ignored } from './ignored.js';
import type { Loaded } from './settings.js';

export type { Context, Report, Finding, Severity, Span, SurfaceId, Lang, ThingToMention } from './pkg/verbindlich_wasm.js';
export type { Ignored } from './ignored.js';

/** A pending follow-up: who, where, when. Never the message text. */
export interface Followup {
  id: string;
  name: string | null;
  url: string;
  sentAt: number;
  dueAt: number;
}

export const PORT_NAME = 'verbindlich-engine';


const strings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === 'string');

export type Request =
  /**
   * Analyse one message; the answer carries the report or the engine's error. `ignore`:
   * what the user chose to ignore in this draft only (rules, and phrases by their words).
   */
  | { type: 'analyze'; text: string; context: Context; ignore?: Ignored }
  /** Never flag these words again in `lang`: added to the user's accepted phrases. */
  | { type: 'accept'; phrase: string; lang: Lang }
  /** Turn a rule off in the user's settings. */
  | { type: 'rule-off'; rule: string }
  /** Switch Verbindlich on or off for a whole site. */
  | { type: 'site'; host: string; on: boolean }
  /** The findings worth fixing in the tab's active composer: the toolbar icon's count. */
  | { type: 'count'; count: number }
  /** Start the engine now, so the first keystroke does not pay for start-up. */
  | { type: 'warm' }
  /** The effective settings, and what was wrong with the stored ones. */
  | { type: 'settings' }
  /**
   * A message left for `url`; a first message starts a follow-up when reminders are on,
   * and adds to the history what its opt-in features keep (never the text: the worker
   * reads `text` once for the sketch). `report`: the last report on it, if any.
   */
  | {
      type: 'sent';
      url: string;
      name: string | null;
      first: boolean;
      text: string;
      surface: SurfaceId;
      report: Pick<Report, 'band' | 'checklist'> | null;
    }
  /** Delete the history of first messages (the reply record's page). */
  | { type: 'history-clear' }
  /** The other person (`name`) answered in the conversation at `url`: its follow-up is not needed. */
  | { type: 'replied'; url: string; name: string | null }
  | { type: 'followups' }
  | { type: 'followup'; followupId: string; action: 'done' | 'snooze' };

type Failure = { ok: false; error: string };
export type Reply<R extends Request> = R extends { type: 'analyze' }
  ? { ok: true; report: Report } | Failure
  : R extends { type: 'settings' }
    ? { ok: true; loaded: Loaded } | Failure
    : R extends { type: 'followups' }
      ? { ok: true; followups: Followup[]; dropped: number } | Failure
      : { ok: true } | Failure;

/** The popup asks the active tab's content script (chrome.tabs.sendMessage). */
export type TabRequest = { type: 'current' } | { type: 'page' } | { type: 'open-findings' };
/** The page the popup's switches are about: its site, its conversation, and whether each is coached. */
export type PageState = { host: string; conversation: string; siteOn: boolean; conversationOn: boolean };

/** Conversations the user switched Verbindlich off in (origin + path, never any text): local storage. */
export const MUTED_KEY = 'mutedConversations';

/**
 * The muted conversations as stored, read as what they must be: a list of addresses.
 * Anything else (an object, a number, a string that would mute by substring, entries that
 * are no address) is dropped rather than trusted, so a damaged key can never switch
 * coaching off, nor throw on every page.
 */
export function readMuted(stored: unknown): string[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter((c): c is string => typeof c === 'string' && /^https:\/\/[^\s]+$/.test(c));
}

/** How many stored entries `readMuted` could not keep (a stored value that is no list counts as one). */
export function mutedDropped(stored: unknown): number {
  if (stored === undefined) return 0;
  if (!Array.isArray(stored)) return 1;
  return stored.length - readMuted(stored).length;
}
/** The composer the user worked in last, with its latest report; null when there is none. */
export type Current = { surface: SurfaceId; recipient: string | null; report: Report } | null;

/** What travels on the port: a request or a reply, tagged with the request's id. */
export type Envelope<T> = { id: number } & T;

interface Pending {
  request: Request;
  resolve: (reply: Reply<Request>) => void;
  /** How many workers this request has been sent to; a worker can stop while it waits. */
  sent: number;
}

let port: chrome.runtime.Port | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function connect(): chrome.runtime.Port {
  const p = chrome.runtime.connect({ name: PORT_NAME });
  p.onMessage.addListener((msg: Envelope<Reply<Request>>) => {
    const waiting = pending.get(msg.id);
    if (!waiting) return;
    pending.delete(msg.id);
    waiting.resolve(msg);
  });
  p.onDisconnect.addListener(() => {
    // The browser stopped the idle worker (or it crashed): the next request starts a new
    // one, and what was in flight is asked again there, so no keystroke is lost.
    if (port === p) port = undefined;
    for (const [id, waiting] of pending) {
      if (waiting.sent >= 3 || !chrome.runtime?.id) {
        pending.delete(id);
        waiting.resolve({ ok: false, error: 'the engine stopped before it answered' });
      } else {
        send(id, waiting);
      }
    }
  });
  return p;
}

function send(id: number, waiting: Pending): void {
  waiting.sent++;
  try {
    port ??= connect();
    port.postMessage({ id, ...waiting.request });
  } catch (e) {
    port = undefined;
    // A port that closed a moment ago: ask again on a new one. Without a runtime id the
    // extension was reloaded or removed under this page, and nothing can answer.
    if (chrome.runtime?.id && waiting.sent < 3) return send(id, waiting);
    pending.delete(id);
    waiting.resolve({ ok: false, error: e instanceof Error ? e.message : String(e) });
  }
}

/** Asks the engine in the worker. Never rejects: failures come back as `{ ok: false }`. */
export function ask<R extends Request>(request: R): Promise<Reply<R>> {
  return new Promise((resolve) => {
    const id = nextId++;
    const waiting: Pending = { request, resolve: resolve as (r: Reply<Request>) => void, sent: 0 };
    pending.set(id, waiting);
    send(id, waiting);
  });
}

/** True when `value` is a request this protocol defines. */
export function isRequest(value: unknown): value is Envelope<Request> {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { id?: unknown; type?: unknown; text?: unknown; context?: unknown };
  if (typeof v.id !== 'number') return false;
  const r = value as Record<string, unknown>;
  switch (v.type) {
    case 'warm':
    case 'settings':
    case 'followups':
      return true;
    case 'analyze': {
      const ignore = r.ignore as Record<string, unknown> | undefined;
      const ignoreOk = ignore === undefined || (typeof ignore === 'object' && ignore !== null && strings(ignore.rules) && strings(ignore.phrases));
      return typeof v.text === 'string' && typeof v.context === 'object' && v.context !== null && ignoreOk;
    }
    case 'accept':
      return typeof r.phrase === 'string' && r.phrase.trim() !== '' && (r.lang === 'en' || r.lang === 'de');
    case 'rule-off':
      return typeof r.rule === 'string';
    case 'site':
      return typeof r.host === 'string' && typeof r.on === 'boolean';
    case 'count':
      return typeof r.count === 'number' && Number.isInteger(r.count) && r.count >= 0;
    case 'sent':
      return (
        typeof r.url === 'string' &&
        typeof r.first === 'boolean' &&
        (r.name === null || typeof r.name === 'string') &&
        typeof r.text === 'string' &&
        typeof r.surface === 'string' &&
        r.surface.length < 40 &&
        (r.report === null || (typeof r.report === 'object' && Array.isArray((r.report as Report).checklist)))
      );
    case 'history-clear':
      return true;
    case 'replied':
      return typeof r.url === 'string' && (r.name === undefined || r.name === null || typeof r.name === 'string');
    case 'followup':
      return typeof r.followupId === 'string' && (r.action === 'done' || r.action === 'snooze');
    default:
      return false;
  }
}
