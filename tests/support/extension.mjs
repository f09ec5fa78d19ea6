// Chromium with the real unpacked extension from dist/extension, and LinkedIn and XING
// served at their real addresses from tests/fixtures/ with CSPs as strict as the sites':
// scripts only by nonce, no eval, and on XING no inline styles at all. Every request that
// is not a fixture is refused and recorded, so a test can assert the extension made none.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';
import { launchOptions } from './browser.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
/** The build the tests drive: the shipped one, but its overlay shows its state (exposure.ts). */
export const EXTENSION = join(ROOT, 'dist/extension-test');
/** The build that ships. */
export const SHIPPED = join(ROOT, 'dist/extension');
export const SHOTS = join(ROOT, 'target/screenshots/');
const FIXTURES = join(ROOT, 'tests/fixtures');

// Each fixture says in a comment what it is modelled on.
const PAGES = {
  'www.linkedin.com': {
    '/messaging/thread/2-abc/': 'linkedin-thread.html',
    '/messaging/thread/2-def/': 'linkedin-thread.html',
    '/in/anna-schmidt/': 'linkedin-profile.html',
    '/messaging/compose/': 'linkedin-inmail.html',
    '/sales/lead/ACwAAB12345,NAME_SEARCH,x1/': 'linkedin-sales-compose.html',
    '/jobs/view/4000000001/': 'linkedin-drawer.html',
    '/preload/msg-overlay/': 'linkedin-drawer-frame.html',
    '/embed/feed/update/': 'linkedin-embed-frame.html',
    '/feed/': 'no-composer.html',
    '/mynetwork/': 'linkedin-bubble-plain.html',
  },
  'www.xing.com': {
    '/profile/Lena_Hoffmann': 'xing-profile.html',
    '/chats/2f7c9a': 'xing-chat.html',
  },
};

const csp = (nonce, styles) =>
  [
    "default-src 'none'",
    `script-src 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src ${styles}`,
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    // The site frames its own pages (LinkedIn's messaging drawer), and nobody else may.
    "frame-src 'self'",
    "frame-ancestors 'self'",
  ].join('; ');

// LinkedIn allows inline styles; XING's fixture allows none, so our overlay must not need them.
const STYLE_SRC = { 'www.linkedin.com': "'self' 'unsafe-inline'", 'www.xing.com': "'self'" };

export async function launchWithExtension({ locale = 'en-US', extension = EXTENSION } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'verbindlich-profile-'));
  const netlog = join(profile, 'netlog.json');
  const base = launchOptions({
    args: [
      `--disable-extensions-except=${extension}`,
      `--load-extension=${extension}`,
      `--lang=${locale.split('-')[0]}`,
      // Every request the network stack starts, from any process — the service worker's too,
      // which request interception does not see.
      `--log-net-log=${netlog}`,
    ],
  });
  const context = await chromium.launchPersistentContext(profile, { ...base, locale, viewport: { width: 1280, height: 900 } });
  const { unexpected } = await routeFixtures(context);
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker');
  const extensionId = new URL(worker.url()).host;
  /** Closes the browser; returns the requests a page or the extension sent to the network. */
  const close = async () => {
    await context.close();
    const leaks = networkRequests(netlog);
    rmSync(profile, { recursive: true, force: true });
    return leaks;
  };
  return { context, extensionId, unexpected, close };
}

/**
 * One browser with the extension for a whole test file. Filled in before the first test;
 * after the last, fails if anything but a fixture page was requested, or if the network
 * log shows any request from a page or the extension (its worker included).
 */
export function extensionSuite() {
  const suite = {};
  before(async () => {
    mkdirSync(SHOTS, { recursive: true });
    Object.assign(suite, await launchWithExtension());
  });
  after(async () => {
    assert.deepEqual(suite.unexpected ?? [], [], 'requests that were not fixture pages');
    assert.deepEqual((await suite.close?.()) ?? [], [], 'requests in the network log');
  });
  return suite;
}

/**
 * Requests that reached the network stack with a web or extension origin as initiator.
 * Fixture pages never get there (interception answers them first); Chromium's own
 * housekeeping (update checks, dictionaries) has no origin and is not ours.
 */
function networkRequests(netlog) {
  let log;
  try {
    log = JSON.parse(readFileSync(netlog, 'utf8'));
  } catch {
    // Chromium may leave the closing bracket off when it exits; the events are complete.
    const text = readFileSync(netlog, 'utf8').trimEnd().replace(/,?$/, ']}');
    log = JSON.parse(text);
  }
  const start = log.constants.logEventTypes.URL_REQUEST_START_JOB;
  return log.events
    .filter((e) => e.type === start && e.params?.url && e.params.initiator && e.params.initiator !== 'not an origin')
    .map((e) => `${e.params.initiator} → ${e.params.url}`)
    .filter((r) => !/ → (chrome-extension|data|blob):/.test(r));
}

/** Serves the fixtures at their real addresses in `context`; refuses and records the rest. */
/**
 * The fixture page or stylesheet at `url` (a URL), with the site's CSP, as `{ status,
 * contentType, headers, body }`; null for anything else. Playwright's routing and the
 * Firefox suite's local server both answer with it.
 */
export function fixtureResponse(url) {
  // Any conversation of the thread fixture: tests that need many conversations make up their ids.
  const thread = url.host === 'www.linkedin.com' && /^\/messaging\/thread\/2-[a-z0-9]+\/$/.test(url.pathname);
  const page = PAGES[url.host]?.[url.pathname] ?? (thread ? 'linkedin-thread.html' : undefined);
  if (page) {
    const nonce = randomBytes(12).toString('base64');
    const body = readFileSync(join(FIXTURES, page), 'utf8').replaceAll('{{NONCE}}', nonce);
    return {
      status: 200,
      contentType: 'text/html; charset=utf-8',
      headers: { 'content-security-policy': csp(nonce, STYLE_SRC[url.host]) },
      body,
    };
  }
  if (PAGES[url.host] && url.pathname.startsWith('/fixtures/') && url.pathname.endsWith('.css')) {
    return { status: 200, contentType: 'text/css', headers: {}, body: readFileSync(join(FIXTURES, url.pathname.slice(10))) };
  }
  return null;
}

export async function routeFixtures(context) {
  const unexpected = [];
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    // The extension's own files (its pages' scripts, styles, icons) never touch the network.
    if (url.protocol === 'chrome-extension:') return route.continue();
    const answer = fixtureResponse(url);
    if (answer) return route.fulfill(answer);
    unexpected.push(url.href);
    return route.abort('blockedbyclient');
  });
  return { unexpected };
}

/** Opens a fixture page and collects its errors; `path` is the page's real address. */
export async function openFixture(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await page.goto(url);
  return { page, errors };
}
