// The privacy promises that can be read off the built extension: the fewest permissions,
// each with its reason; no host beyond LinkedIn and XING; nothing in the shipped code that
// could reach the network. (The end-to-end tests add the live half: every request made
// while they run is recorded, and any that is not a fixture page fails them.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIST = new URL('../../dist/extension/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8'));
// Every script shipped, the engine's glue included.
const scripts = readdirSync(DIST, { recursive: true }).filter((f) => f.endsWith('.js'));
const code = Object.fromEntries(scripts.map((f) => [f, readFileSync(join(DIST, f), 'utf8')]));

/** Every permission the extension may ask for, why, and the API that uses it. */
const PERMISSIONS = {
  storage: { why: 'settings (sync, or local when over quota) and pending follow-ups', api: 'chrome.storage' },
  alarms: { why: 'to wake up when a follow-up is due', api: 'chrome.alarms' },
  notifications: { why: 'to show the follow-up reminder', api: 'chrome.notifications' },
  scripting: { why: 'after an update, to coach the composers already open in LinkedIn and XING tabs', api: 'chrome.scripting' },
};
const SITES = ['https://www.linkedin.com/*', 'https://www.xing.com/*'];

test('the manifest asks for exactly the permissions on the list, and each is used', () => {
  assert.deepEqual([...manifest.permissions].sort(), Object.keys(PERMISSIONS).sort());
  for (const [name, { api }] of Object.entries(PERMISSIONS)) {
    assert.ok(Object.values(code).some((c) => c.includes(api)), `${name} is used (${api})`);
  }
  // The hosts the content scripts run on, for the re-injection after an update: no other.
  assert.deepEqual([...manifest.host_permissions].sort(), SITES, 'host permissions: LinkedIn and XING only');
  assert.equal(manifest.optional_permissions, undefined);
  assert.equal(manifest.optional_host_permissions, undefined);
  assert.equal(manifest.web_accessible_resources, undefined, 'pages cannot load our files');
  assert.equal(manifest.externally_connectable, undefined, 'no page or other extension can message us');
});

test('content scripts run on LinkedIn and XING only', () => {
  const text = JSON.stringify(manifest);
  assert.ok(!text.includes('<all_urls>'));
  assert.ok(!/\*:\/\/\*\//.test(text), 'no wildcard host');
  for (const cs of manifest.content_scripts) assert.deepEqual([...cs.matches].sort(), SITES);
});

test('the extension pages and the worker may connect to themselves only', () => {
  const csp = manifest.content_security_policy.extension_pages;
  assert.match(csp, /connect-src 'self'(;|$)/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.ok(!/https?:/.test(csp), 'no remote origin in the CSP');
});

test('the shipped code has no way to the network', () => {
  for (const f of ['worker.js', 'content.js', 'popup.js', 'options.js', 'pkg/verbindlich_wasm.js']) assert.ok(f in code, `${f} is shipped`);
  for (const [file, source] of Object.entries(code)) {
    for (const api of ['XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts', 'RTCPeerConnection']) {
      assert.ok(!source.includes(api), `${file} mentions ${api}`);
    }
    const urls = source.match(/\bhttps?:\/\/[^\s'"`)]+/g) ?? [];
    // The SVG namespace is a name, never fetched (the reply record draws its charts with it).
    const names = ['http://www.w3.org/2000/svg'];
    const other = urls.filter((u) => !/^https?:\/\/www\.(linkedin|xing)\.com/.test(u) && !names.includes(u));
    assert.deepEqual(other, [], `${file} names no other host`);
    // fetch only in the engine's glue, which loads the module from the extension itself.
    if (file !== 'pkg/verbindlich_wasm.js') assert.ok(!/\bfetch\(/.test(source), `${file} calls fetch`);
  }
  assert.ok(!readdirSync(DIST).some((f) => f.endsWith('.map')), 'no source maps pointing elsewhere');
});
