// The service worker hosts the WASM engine for every content script and extension page,
// keeps the effective settings, and runs the follow-up reminders. Static imports only:
// MV3 workers may not use import() or top-level await.
import * as followups from './followups.js';
import * as history from './history.js';
import { setLang } from './i18n.js';
import init, {
  analyze,
  type Config,
  defaultConfig,
  rememberSent,
  repairConfig,
  similaritySketch,
  validateConfig,
  warm,
} from './pkg/verbindlich_wasm.js';
import { withIgnored } from './ignored.js';
import { isRequest, PORT_NAME, type Reply, type Request, type TabRequest } from './protocol.js';
import { load, type Loaded, POLICY_KEY, readStored, settle, SITE_HOSTS, type SiteHost, save } from './settings.js';

/** When each part of start-up was done, in ms from the worker's start (tests/bench/first-report.mjs reads it). */
const startup: { script: number; instantiated?: number; engine?: number; settings?: number; history?: number; asked?: number; answered?: number } = {
  script: performance.now(),
};
(self as unknown as { startup: typeof startup }).startup = startup;

// Started as soon as the worker starts, so a warm-up request finds it mostly done.
const ready: Promise<void> = init({ module_or_path: new URL('./pkg/verbindlich_wasm_bg.wasm', import.meta.url) }).then(() => {
  startup.instantiated = performance.now();
  warm();
});
// Read beside the engine's start: the reads and the policy's short wait need no engine.
const stored = readStored();
let loaded: Promise<Loaded> = Promise.all([ready, stored]).then(([, s]) => settle(s, repairConfig));
// The history in memory, read again when storage says it changed: a keystroke reads no storage.
let kept: Promise<history.History> = history.read();

void ready.then(() => (startup.engine = performance.now()));
void loaded.then(() => (startup.settings = performance.now()));
void kept.then(() => (startup.history = performance.now()));

/**
 * The first messages sent before, by their sketches, handed to the engine only when they
 * change — the history was read again, the warning switched, a day passed (their ages are
 * in days) — and not with every keystroke: they are the user's history, not the page's
 * context. With the warning off the engine holds none.
 */
let handed: { history: history.History; massSend: boolean; day: number; key: string } | null = null;
function handSketches(kept: history.History, massSend: boolean, key: string): void {
  const day = Math.floor(Date.now() / 86_400_000);
  if (handed?.history === kept && handed.massSend === massSend && handed.day === day && handed.key === key) return;
  rememberSent(massSend ? history.sentNotes(kept) : [], key);
  handed = { history: kept, massSend, day, key };
}

async function handle(request: Request, sender: chrome.runtime.MessageSender | undefined): Promise<Reply<Request>> {
  if (request.type === 'count') {
    // Not the engine's business: answered without waiting for it.
    const tabId = sender?.tab?.id;
    if (tabId !== undefined) {
      await chrome.action.setBadgeText({ tabId, text: request.count ? String(request.count) : '' });
      await chrome.action.setBadgeBackgroundColor({ tabId, color: '#8a5a00' });
    }
    return { ok: true };
  }
  await ready;
  const { settings } = await loaded;
  switch (request.type) {
    case 'warm':
      return { ok: true };
    case 'analyze': {
      handSketches(await kept, settings.massSend, settings.massSend ? await history.sketchKey() : '');
      startup.asked ??= performance.now();
      const report = analyze({ text: request.text, context: request.context, config: withIgnored(settings.config, request.ignore) });
      startup.answered ??= performance.now();
      return { ok: true, report };
    }
    case 'accept':
      return change((config) => {
        const lists = (config.phrases ??= {})[request.lang] ?? { flag: [], template: [], accept: [] };
        lists.accept = [...new Set([...(lists.accept ?? []), request.phrase.trim()])];
        config.phrases[request.lang] = lists;
      });
    case 'site': {
      if (!SITE_HOSTS.includes(request.host as SiteHost)) return { ok: false, error: `not a site Verbindlich coaches: ${request.host}` };
      const { own } = await load(repairConfig);
      await save({ ...own, sites: { ...own.sites, [request.host]: request.on } });
      loaded = ready.then(() => load(repairConfig));
      return { ok: true };
    }
    case 'rule-off': {
      if ((await loaded).locked.includes(request.rule)) return { ok: false, error: `${request.rule} is set by your organisation` };
      return change((config) => {
        const rules = (config.rules ??= {});
        rules[request.rule] = { ...rules[request.rule], enabled: false };
      });
    }
    case 'settings':
      // Asked when a page starts and whenever storage changed: read afresh, since this
      // worker may have slept through the change.
      loaded = ready.then(() => load(repairConfig));
      return { ok: true, loaded: await loaded };
    case 'sent':
      if (settings.reminders && request.first) {
        // The repaired config always holds the delay (the engine's default where unset).
        await followups.sent(request.url, request.name, settings.config.followup_days ?? defaultConfig().followup_days!);
      }
      if ((settings.massSend || settings.record) && request.first) {
        await history.sent({
          sentAt: Date.now(),
          surface: request.surface,
          conversation: await history.conversationKey(request.url, request.name),
          ...(settings.massSend ? { sketch: similaritySketch(request.text, request.name, await history.sketchKey()) } : {}),
          ...(settings.record && request.report
            ? { band: request.report.band, checks: request.report.checklist.map((c) => ({ id: c.id, passed: c.passed })) }
            : {}),
        });
      }
      return { ok: true };
    case 'replied':
      await followups.replied(request.url);
      await history.answered(request.url, request.name);
      return { ok: true };
    case 'history-clear':
      await history.clear();
      return { ok: true };
    case 'followups':
      return { ok: true, followups: await followups.list(), dropped: await followups.dropped() };
    case 'followup':
      await followups.act(request.followupId, request.action);
      return { ok: true };
  }
}

/**
 * Changes the user's own settings (never the organisation's) and stores them, after the
 * engine has checked the result: a change it refuses is not stored, and says why.
 */
async function change(edit: (config: Config) => void): Promise<Reply<Request>> {
  const { own } = await load(repairConfig);
  const config: Config = structuredClone(own.config);
  edit(config);
  const problems = validateConfig(config);
  if (problems.length) return { ok: false, error: problems.map((p) => `${p.path}: ${p.message}`).join('; ') };
  await save({ ...own, config });
  loaded = ready.then(() => load(repairConfig));
  return { ok: true };
}

chrome.runtime.onConnect.addListener((port) => {
  // Only our own content scripts and pages talk to the engine.
  if (port.name !== PORT_NAME || port.sender?.id !== chrome.runtime.id) return port.disconnect();
  port.onMessage.addListener((message: unknown) => {
    if (!isRequest(message)) return;
    const { id, ...request } = message;
    handle(request as Request, port.sender).then(
      (reply) => port.postMessage({ id, ...reply }),
      (e: unknown) => port.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) }),
    );
  });
});

// The worker's own language (notifications) follows the settings; pages listen to
// storage themselves, so a change reaches them even while this worker sleeps.
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'local' && history.KEY in changes) kept = history.read();
  if (area === 'local' && 'historyKey' in changes) history.forgetSecret();
  if (area === 'local' && !('settings' in changes) && !('settingsArea' in changes) && !(POLICY_KEY in changes)) return;
  loaded = ready.then(() => load(repairConfig));
  void loaded.then((l) => {
    setLang(l.settings.config.ui_lang);
    return history.prune(l.settings);
  });
});
void loaded.then((l) => setLang(l.settings.config.ui_lang));

chrome.alarms.onAlarm.addListener((alarm) => void followups.due(alarm.name));

// The first run: a page that says what Verbindlich does and never does, once.
chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === chrome.runtime.OnInstalledReason.INSTALL) void chrome.tabs.create({ url: 'welcome.html' });
  if (reason === chrome.runtime.OnInstalledReason.UPDATE) void reinject();
});

/**
 * After an update the content scripts already in open tabs have lost the extension: they
 * stop themselves, and the manifest's scripts reach only pages loaded from now on. So the
 * new script is injected into every open LinkedIn and XING tab (chrome.scripting, with the
 * hosts the content scripts already had): the composers open there are coached again
 * without a reload. The script itself makes sure one copy runs per frame (main.ts).
 */
async function reinject(): Promise<void> {
  const manifest = chrome.runtime.getManifest();
  const matches = manifest.content_scripts?.flatMap((c) => c.matches ?? []) ?? [];
  const tabs = await chrome.tabs.query({ url: matches }).catch(() => [] as chrome.tabs.Tab[]);
  for (const tab of tabs) {
    if (tab.id === undefined) continue;
    void chrome.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: ['content.js'] }).catch(() => undefined);
  }
}

chrome.commands.onCommand.addListener((command) => {
  if (command !== 'open-findings') return;
  void chrome.tabs.query({ active: true, currentWindow: true }).then(([tab]) => {
    if (tab?.id !== undefined) chrome.tabs.sendMessage(tab.id, { type: 'open-findings' } satisfies TabRequest).catch(() => {});
  });
});
chrome.notifications.onClicked.addListener((id) => void followups.open(id));
