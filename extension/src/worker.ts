// The service worker hosts the WASM engine for every content script and extension page,
// keeps the effective settings, and runs the follow-up reminders. Static imports only:
// MV3 workers may not use import() or top-level await.
import * as followups from './followups.js';
import { setLang } from './i18n.js';
import init, { analyze, repairConfig, warm } from './pkg/verbindlich_wasm.js';
import { isRequest, PORT_NAME, type Reply, type Request } from './protocol.js';
import { load, type Loaded } from './settings.js';

// Started as soon as the worker starts, so a warm-up request finds it mostly done.
const ready: Promise<void> = init({ module_or_path: new URL('./pkg/verbindlich_wasm_bg.wasm', import.meta.url) }).then(
  () => warm(),
);
let loaded: Promise<Loaded> = ready.then(() => load(repairConfig));

async function handle(request: Request): Promise<Reply<Request>> {
  await ready;
  const { settings } = await loaded;
  switch (request.type) {
    case 'warm':
      return { ok: true };
    case 'analyze':
      return { ok: true, report: analyze({ text: request.text, context: request.context, config: settings.config }) };
    case 'settings':
      // Asked when a page starts and whenever storage changed: read afresh, since this
      // worker may have slept through the change.
      loaded = ready.then(() => load(repairConfig));
      return { ok: true, loaded: await loaded };
    case 'sent':
      if (settings.reminders && request.first) {
        await followups.sent(request.url, request.name, settings.config.followup_days ?? 7);
      }
      return { ok: true };
    case 'replied':
      await followups.replied(request.url);
      return { ok: true };
    case 'followups':
      return { ok: true, followups: await followups.list() };
    case 'followup':
      await followups.act(request.followupId, request.action);
      return { ok: true };
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

// The worker's own language (notifications) follows the settings; pages listen to
// storage themselves, so a change reaches them even while this worker sleeps.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && !('settings' in changes) && !('settingsArea' in changes)) return;
  loaded = ready.then(() => load(repairConfig));
  void loaded.then((l) => setLang(l.settings.config.ui_lang));
});
void loaded.then((l) => setLang(l.settings.config.ui_lang));

chrome.alarms.onAlarm.addListener((alarm) => void followups.due(alarm.name));
chrome.notifications.onClicked.addListener((id) => void followups.open(id));
