// The one message protocol between the content script, the service worker and the
// extension pages. The worker hosts the engine because a page's CSP stops a content
// script from compiling WebAssembly (see ../shared/TOOLCHAIN.md); everything else asks it.
//
// Requests travel over one long-lived port per page rather than one sendMessage each:
// a port skips opening a channel per keystroke (measured: about half the round trip).
import type { Context, Report } from './pkg/verbindlich_wasm.js';

export type { Context, Report, Finding, Severity, SurfaceId, Lang } from './pkg/verbindlich_wasm.js';

export const PORT_NAME = 'verbindlich-engine';

export type Request =
  /** Analyse one message; the answer carries the report or the engine's error. */
  | { type: 'analyze'; text: string; context: Context }
  /** Start the engine now, so the first keystroke does not pay for start-up. */
  | { type: 'warm' };

export type Reply<R extends Request> = R extends { type: 'analyze' }
  ? { ok: true; report: Report } | { ok: false; error: string }
  : { ok: true } | { ok: false; error: string };

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
    // The extension was reloaded or removed under this page: nothing can answer.
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
  if (v.type === 'warm') return true;
  return v.type === 'analyze' && typeof v.text === 'string' && typeof v.context === 'object' && v.context !== null;
}
