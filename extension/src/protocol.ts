// The one message protocol between the content script, the service worker and the
// extension pages. The worker hosts the engine because a page's CSP stops a content
// script from compiling WebAssembly (see ../shared/TOOLCHAIN.md); everything else asks it.
import type { Context, Report } from './pkg/verbindlich_wasm.js';

export type { Context, Report, Finding, Severity, SurfaceId, Lang } from './pkg/verbindlich_wasm.js';

export type Request =
  /** Analyse one message; the answer carries the report or the engine's error. */
  | { type: 'analyze'; text: string; context: Context }
  /** Start the engine now, so the first keystroke does not pay for start-up. */
  | { type: 'warm' };

export type Reply<R extends Request> = R extends { type: 'analyze' }
  ? { ok: true; report: Report } | { ok: false; error: string }
  : { ok: true } | { ok: false; error: string };

// The browser stops an idle worker and starts it again on the next message; a message
// sent in between can fail with one of these. Asking again wakes the new worker.
const RESTARTING = /Receiving end does not exist|message port closed|Could not establish connection|Extension context invalidated/;

/** Sends a request to the worker, asking once more when the worker was being restarted. */
export async function ask<R extends Request>(request: R, attempts = 3): Promise<Reply<R>> {
  for (let attempt = 1; ; attempt++) {
    try {
      const reply = (await chrome.runtime.sendMessage(request)) as Reply<R> | undefined;
      if (reply) return reply;
      throw new Error('message port closed before a response was received');
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      if (attempt >= attempts || !RESTARTING.test(message) || !chrome.runtime?.id) {
        return { ok: false, error: message } as Reply<R>;
      }
      await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
    }
  }
}

/** True when `value` is a request this protocol defines. */
export function isRequest(value: unknown): value is Request {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { type?: unknown; text?: unknown; context?: unknown };
  if (v.type === 'warm') return true;
  return v.type === 'analyze' && typeof v.text === 'string' && typeof v.context === 'object' && v.context !== null;
}
