// An update under an open tab: the old content script has lost the extension. It must go
// without a trace (no "!" badge with a raw error, no dead badges on new composers), and the
// new one must coach the composer that is already open, without a reload.
// `chrome.runtime.reload()` updates an unpacked extension as the store's update does:
// the worker starts again and onInstalled says "update".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, launchWithExtension, openFixture } from '../support/extension.mjs';

const MESSAGING = 'https://www.linkedin.com/messaging/thread/2-abc/';

test('after an update the open composer is coached by the new script, and the old one leaves no trace', async () => {
  const { context, close } = await launchWithExtension();
  try {
    const { page, errors } = await openFixture(context, MESSAGING);
    await page.bringToFront();
    const editor = page.locator('#main-form [contenteditable]');
    await editor.click();
    await page.keyboard.type('Hi Anna, ');
    await page.waitForFunction(() => document.querySelector('verbindlich-overlay')?.getAttribute('data-chars') === '9');
    const [worker] = context.serviceWorkers();
    const reloaded = context.waitForEvent('serviceworker');
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined); // the worker goes with it
    await reloaded;
    // The new script is in: one overlay per composer again, and it reports on what is typed now.
    await page.waitForFunction(() => {
      const hosts = [...document.querySelectorAll('verbindlich-overlay')];
      return hosts.length > 0 && hosts.every((h) => h.isConnected);
    });
    await editor.click();
    await page.keyboard.type('could we talk next week?');
    await page.waitForFunction(() => [...document.querySelectorAll('verbindlich-overlay')].some((h) => h.getAttribute('data-chars') === '33' && h.getAttribute('data-score') !== ''));
    const hosts = await page.evaluate(() =>
      [...document.querySelectorAll('verbindlich-overlay')].map((h) => ({ error: h.getAttribute('data-error'), chars: h.getAttribute('data-chars') })),
    );
    const composers = await page.evaluate(() => document.querySelectorAll('.msg-form__contenteditable[contenteditable="true"]').length);
    assert.equal(hosts.length, composers, `one overlay per composer, none left by the old script: ${JSON.stringify(hosts)}`);
    assert.ok(hosts.every((h) => h.error === null), 'no raw error anywhere');
    await page.screenshot({ path: `${SHOTS}extension-after-update.png` });
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    await close();
  }
});
