// Debian's Firefox ESR with the built add-on, driven by plain WebDriver over HTTP through
// geckodriver (no npm package). The fixture pages are served at the sites' real addresses
// by a local HTTPS server on 127.0.0.1:443 with a certificate made for them; Firefox sends
// every host name there (network.dns.forceResolve) and accepts the certificate. Any HTTPS
// request that is not a fixture page (nor Firefox's own housekeeping) is recorded, and the
// suite fails on it; plain HTTP and other ports find nothing listening and are refused.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import { createServer as createNet } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fixtureResponse } from './extension.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
/** The Firefox package, with the tests' channel (see extension/src/content/exposure.ts). */
export const ADDON = join(ROOT, 'dist/extension-firefox-test');
export const SHOTS = join(ROOT, 'target/screenshots/');
/** Fixed, so the tests can open the add-on's own pages. */
export const UUID = '6b1c9f0e-4d2a-4c3b-9e8f-0a1b2c3d4e5f';
const ID = 'verbindlich@verbindlich.dev';

function freePort() {
  return new Promise((resolve) => {
    const s = createNet().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A certificate for the two sites, made for this run. */
function certificate(dir) {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=www.linkedin.com',
    '-addext', 'subjectAltName=DNS:www.linkedin.com,DNS:www.xing.com', '-keyout', key, '-out', cert,
  ], { stdio: 'ignore' });
  return { key: readFileSync(key), cert: readFileSync(cert) };
}

/** Starts the fixture server, geckodriver and a Firefox session with the add-on installed. */
export async function launchFirefox() {
  const dir = mkdtempSync(join(tmpdir(), 'verbindlich-firefox-'));
  const unexpected = [];
  const server = createServer(certificate(dir), (req, res) => {
    const url = new URL(req.url, `https://${req.headers.host}`);
    const answer = fixtureResponse(url);
    // Firefox's own housekeeping (remote settings, the page's favicon) is not ours.
    const firefoxOwn = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/.test(url.hostname) || url.pathname === '/favicon.ico';
    if (!answer) {
      if (!firefoxOwn) unexpected.push(url.href);
      res.writeHead(404).end();
      return;
    }
    res.writeHead(answer.status, { 'content-type': answer.contentType, ...answer.headers }).end(answer.body);
  });
  await new Promise((resolve, reject) => server.once('error', reject).listen(443, '127.0.0.1', resolve));
  const port = await freePort();
  // System access: the add-on's own pages open only from the browser's chrome (see `page`).
  const driver = spawn(process.env.GECKODRIVER ?? 'geckodriver', ['--port', String(port), '--allow-system-access'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method, path, body) => {
    const res = await fetch(`${base}${path}`, { method, headers: { 'content-type': 'application/json' }, body: body && JSON.stringify(body) });
    const json = await res.json();
    if (json.value?.error) throw new Error(`${method} ${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  for (let i = 0; ; i++) {
    try {
      await call('GET', '/status');
      break;
    } catch (e) {
      if (i > 100) throw e;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  const { sessionId, capabilities } = await call('POST', '/session', {
    capabilities: {
      alwaysMatch: {
        browserName: 'firefox',
        acceptInsecureCerts: true,
        'moz:firefoxOptions': {
          binary: process.env.FIREFOX ?? '/usr/bin/firefox-esr',
          args: ['-headless', '-width', '1280', '-height', '900'],
          prefs: {
            'network.dns.forceResolve': '127.0.0.1',
            'extensions.webextensions.uuids': JSON.stringify({ [ID]: UUID }),
            'intl.locale.requested': 'en-US',
            // Nothing of Firefox's own may go out either: no updates, telemetry or pings.
            'app.update.enabled': false,
            'datareporting.policy.dataSubmissionEnabled': false,
            'toolkit.telemetry.enabled': false,
            'browser.safebrowsing.malware.enabled': false,
            'browser.safebrowsing.phishing.enabled': false,
          },
        },
      },
    },
  });
  const session = (method, path, body) => call(method, `/session/${sessionId}${path}`, body);
  await session('POST', '/moz/addon/install', { path: ADDON, temporary: true });
  const close = async () => {
    await session('DELETE', '').catch(() => {});
    driver.kill();
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
    return unexpected;
  };
  return { session, version: capabilities.browserVersion, close };
}

/** WebDriver's element reference key. */
export const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** Helpers over one session: navigation, finding, typing, scripts, waiting, screenshots. */
export function driverOf(session) {
  const d = {
    go: (url) => session('POST', '/url', { url }),
    find: async (css) => (await session('POST', '/element', { using: 'css selector', value: css }))[ELEMENT],
    click: async (css) => session('POST', `/element/${await d.find(css)}/click`, {}),
    type: async (css, text) => session('POST', `/element/${await d.find(css)}/value`, { text }),
    run: (script, ...args) => session('POST', '/execute/sync', { script, args }),
    /** Clicks, as the user does, the element `script` returns (one in a shadow root, say). */
    clickFound: async (script, ...args) => {
      const element = await session('POST', '/execute/sync', { script, args });
      return session('POST', `/element/${element[ELEMENT]}/click`, {});
    },
    async until(script, what, ...args) {
      for (let i = 0; i < 300; i++) {
        const v = await d.run(script, ...args).catch(() => null);
        if (v) return v;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error(`timed out waiting for ${what}`);
    },
    /** Opens one of the add-on's own pages, which web content may not navigate to. */
    async page(path) {
      await session('POST', '/moz/context', { context: 'chrome' });
      try {
        await session('POST', '/execute/sync', {
          script: `gBrowser.loadURI(Services.io.newURI(arguments[0]), { triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal() });`,
          args: [`moz-extension://${UUID}/${path}`],
        });
      } finally {
        await session('POST', '/moz/context', { context: 'content' });
      }
      // It opened in the browser's selected tab, which need not be the session's (the add-on
      // opens its first-run page on install): find the tab that shows it.
      const want = `moz-extension://${UUID}/${path}`;
      for (let i = 0; i < 100; i++) {
        for (const handle of await session('GET', '/window/handles')) {
          await session('POST', '/window', { handle });
          if ((await session('GET', '/url')) === want && (await d.run('return document.readyState')) === 'complete') return;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`${path} did not open`);
    },
    screenshot: async (path) => {
      const png = await session('GET', '/screenshot');
      (await import('node:fs')).writeFileSync(path, Buffer.from(png, 'base64'));
    },
  };
  return d;
}
