// The content script's entry: finds composers as they appear (light DOM and the open
// shadow roots the site adapters name), decorates each once, and tears down the ones that
// are gone. On a page without a composer it costs next to nothing: mutations only start a
// timer, and one cheap query per 100 ms looks for editors (measured in
// tests/bench/extension.mjs). A composer that gains focus is decorated at once.
import { setLang } from '../i18n.js';
import { ask, MUTED_KEY, readMuted } from '../protocol.js';
import { defaults, type Loaded, POLICY_KEY, type Settings } from '../settings.js';

const fallback = (): Loaded => ({ settings: defaults(), own: defaults(), problems: [], area: 'sync', locked: [] });
import { Composer, conversation } from './composer.js';
import type { Editable } from './editor.js';
import * as checkBeforeSending from './features/check-before-sending.js';
import { actions } from './features/findings.js';
import type { Page } from './features/page.js';
import * as popupAnswers from './features/popup-answers.js';
import * as toolbarCount from './features/toolbar-count.js';
import * as tracking from './features/tracking.js';
import { fallbackKind, fallbackScope, kindOf, type Site, siteFor } from './sites.js';

/** Every editor is a textarea or a contenteditable element: a query the browser answers fast. */
const CANDIDATES = 'textarea, [contenteditable]';
const SETTLE_MS = 100;

// The manifest lets this script into every frame on these hosts (cross-origin frames never
// match them); a frame runs it only where a site's composers are known to live in one — on
// LinkedIn the messaging drawer's same-origin /preload/ frame. Everywhere else it stops here.
const site = siteFor(location.hostname);
const inFrame = window !== window.top;

/**
 * The content script running in this frame, kept in the extension's isolated world (no page
 * script sees it). An update of the extension invalidates the old script's connection to it
 * and injects the new one (worker.ts, onInstalled): the new one stops the old, which leaves
 * no overlay behind, and coaches the composers already open. A second copy of the same
 * script (a browser that re-injects on its own as well) finds a live one and stays out.
 */
interface Running {
  alive(): boolean;
  stop(): void;
}
const RUNNING = Symbol.for('verbindlich.content');
const previous = (globalThis as { [RUNNING]?: Running })[RUNNING];
if (site && (!inFrame || site.frames.some((path) => location.pathname.startsWith(path))) && !previous?.alive()) {
  previous?.stop();
  (globalThis as { [RUNNING]?: Running })[RUNNING] = start(site);
}

/** The extension was updated or removed under this page: nothing can answer any more. */
function orphaned(): boolean {
  return !chrome.runtime?.id;
}

function start(site: Site): Running {
  const composers = new Map<Element, Composer>();
  const roots = new Set<Document | ShadowRoot>();
  let settings: Settings = defaults();
  let running = false;
  let timer = 0;
  /** Conversations switched off in the popup; the page's address changes without a reload. */
  let muted: string[] = [];
  const here = () => !muted.includes(conversation());

  // Touching the records' nodes would cost a wrapper per added node in this isolated
  // world; a feed adds thousands. The callback only schedules a look.
  const observer = new MutationObserver(() => {
    timer ||= window.setTimeout(settle, SETTLE_MS);
  });

  function watch(root: Document | ShadowRoot): void {
    if (roots.has(root)) return;
    roots.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }

  const page: Page = {
    composers,
    inFrame,
    latest: () => [...composers.values()].sort((a, b) => b.lastActive - a.lastActive)[0],
  };

  /** A composer for `editor`, with every feature listening to it. */
  function decorate(editor: Element): void {
    if (!running || !here() || composers.has(editor) || !editor.isConnected || !(editor instanceof HTMLElement)) return;
    const kind = kindOf(site, editor);
    // No kind matches (the site changed): a field in a form or dialog with a Send button
    // is still coached, as a plain message, and the badge says we could not tell.
    const scope = kind ? null : fallbackScope(editor);
    if (!kind && !scope) return;
    const composer = new Composer({ editor: editor as Editable, kind: kind ?? fallbackKind(site), site, fixedScope: scope }, actions);
    composers.set(editor, composer);
    const { signal } = composer;
    checkBeforeSending.init(composer, signal, () => settings.presend);
    tracking.init(composer, signal);
    toolbarCount.init(composer, signal, page);
    composer.start();
  }

  function teardown(): void {
    for (const composer of composers.values()) composer.destroy();
    composers.clear();
  }

  function settle(): void {
    timer = 0;
    if (orphaned()) return stop();
    if (!running) return;
    if (!here()) return teardown();
    for (const [editor, composer] of composers) {
      if (!editor.isConnected) {
        composer.destroy();
        composers.delete(editor);
      } else {
        composer.overlay.attach(); // the page may have removed or moved it
      }
    }
    // A shadow root appears without a mutation of its own; its host is a lookup away.
    for (const sel of site.shadowHosts) {
      for (const host of document.querySelectorAll(sel)) if (host.shadowRoot) watch(host.shadowRoot);
    }
    for (const root of roots) {
      for (const c of root.querySelectorAll(CANDIDATES)) if (!composers.has(c)) decorate(c);
    }
  }

  /** Settings arrived or changed: language, this site on or off, analyse everything again. */
  function apply(loaded: Loaded): void {
    settings = loaded.settings;
    setLang(settings.config.ui_lang);
    const on = settings.sites[site.host as keyof Settings['sites']] !== false;
    if (on && !running) {
      running = true;
      watch(document);
      settle();
    } else if (!on && running) {
      running = false;
      clearTimeout(timer);
      timer = 0;
      observer.disconnect();
      roots.clear();
      teardown();
    }
    for (const composer of composers.values()) void composer.analyze();
  }

  /** Leaves the page as it found it: no overlay, no listener, no observer. */
  const life = new AbortController();
  function stop(): void {
    running = false;
    clearTimeout(timer);
    timer = 0;
    observer.disconnect();
    roots.clear();
    life.abort();
    teardown();
  }

  // A composer can gain focus before the next look (or sit in a shadow root no adapter
  // names): decorate it on focus, at once.
  document.addEventListener(
    'focusin',
    (e) => {
      if (orphaned()) return stop();
      // A page that focuses an editor of its own by script learns nothing from us.
      if (!e.isTrusted) return;
      const target = e.composedPath()[0];
      if (target instanceof Element && target.matches(CANDIDATES)) decorate(target);
    },
    { capture: true, passive: true, signal: life.signal },
  );

  popupAnswers.init(page, () => ({ host: site.host, siteOn: running, conversationOn: here() }));

  // Settings now, and again whenever they change (options page, another device, policy).
  // Listening here rather than waiting for the worker: it may be asleep when they change.
  const refresh = () =>
    void ask({ type: 'settings' }).then((reply) => apply(reply.ok ? reply.loaded : fallback()));
  chrome.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && MUTED_KEY in changes) {
      muted = readMuted(changes[MUTED_KEY].newValue);
      settle();
    }
    if (area !== 'local' || 'settings' in changes || 'settingsArea' in changes || POLICY_KEY in changes) refresh();
  });
  void chrome.storage.local.get(MUTED_KEY).then((stored) => {
    muted = readMuted(stored[MUTED_KEY]);
    refresh();
  });
  return { alive: () => !orphaned() && !life.signal.aborted, stop };
}
