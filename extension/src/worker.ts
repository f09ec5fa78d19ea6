// The service worker hosts the WASM engine for every content script and extension page.
// Static import only: MV3 workers may not use import() or top-level await.
import init, { analyze, warm } from './pkg/verbindlich_wasm.js';
import { isRequest, PORT_NAME, type Reply, type Request } from './protocol.js';

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

chrome.runtime.onConnect.addListener((port) => {
  // Only our own content scripts and pages talk to the engine.
  if (port.name !== PORT_NAME || port.sender?.id !== chrome.runtime.id) return port.disconnect();
  port.onMessage.addListener((message: unknown) => {
    if (!isRequest(message)) return;
    const { id, ...request } = message;
    handle(request as Request).then(
      (reply) => port.postMessage({ id, ...reply }),
      (e: unknown) => port.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
  });
});
