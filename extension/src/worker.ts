// The service worker hosts the WASM engine for every content script. Static import only:
// MV3 workers may not use import() or top-level await.
import init, { analyze, warm } from './pkg/verbindlich_wasm.js';
import { isRequest, type Request, type Reply } from './protocol.js';

// Started as soon as the worker starts, so a warm-up request finds it mostly done.
const ready: Promise<void> = init({ module_or_path: new URL('./pkg/verbindlich_wasm_bg.wasm', import.meta.url) }).then(
  () => warm(),
);

async function handle(request: Request): Promise<Reply<Request>> {
  await ready;
  switch (request.type) {
    case 'warm':
      return { ok: true };
    case 'analyze':
      return { ok: true, report: analyze({ text: request.text, context: request.context }) };
  }
}

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only our own content scripts and pages talk to the engine.
  if (sender.id !== chrome.runtime.id || !isRequest(message)) return false;
  handle(message).then(sendResponse, (e: unknown) =>
    sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) }),
  );
  return true; // the answer comes asynchronously
});
