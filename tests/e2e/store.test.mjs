// The store listing's screenshots, 1280×800 as the Chrome Web Store and addons.mozilla.org
// take them, made from the real extension on the fixture pages: the findings on a weak
// message, the things to mention on a profile, the check before sending, the same in
// German, and the reply record. `./build.sh release` puts them beside the packages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { extensionSuite, launchWithExtension, openFixture } from '../support/extension.mjs';

const STORE = new URL('../../target/store/', import.meta.url).pathname;
const browser = extensionSuite();
const WEAK = 'Hi there,\n\nI came across your profile and would love to connect. Our solution generates THOUSANDS OF LEADS, guaranteed!!! Let me know when you have time for a quick call.';

async function typed(page, selector, text) {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator(selector).click();
  await page.keyboard.type(text);
  const host = page.locator('verbindlich-overlay').first();
  await page.waitForFunction(([h, n]) => h.getAttribute('data-chars') === String(n), [await host.elementHandle(), text.length]);
  await page.waitForTimeout(200);
  return host;
}

async function shot(page, name) {
  mkdirSync(STORE, { recursive: true });
  const path = join(STORE, name);
  await page.screenshot({ path });
  const size = await page.evaluate(() => [innerWidth, innerHeight]);
  assert.deepEqual(size, [1280, 800]);
}

test('1: the findings on a weak message', async () => {
  const { page } = await openFixture(browser.context, 'https://www.linkedin.com/messaging/thread/2-abc/?thread=first');
  const host = await typed(page, '#main-form [contenteditable]', WEAK);
  await host.locator('.badge').click();
  await shot(page, '1-findings.png');
  await page.close();
});

test('2: the things a note could mention', async () => {
  const { page } = await openFixture(browser.context, 'https://www.linkedin.com/in/anna-schmidt/');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.locator('#more').click();
  await page.locator('#connect').click();
  await page.locator('#add-note').click();
  const host = await typed(page, '#custom-message', 'Hi Anna, Jonas Weber said you know robot fleets best. Could I ask you one question about hiring for them next week?');
  await host.locator('.badge').click();
  await host.locator('.panel .things').scrollIntoViewIfNeeded();
  await shot(page, '2-things-to-mention.png');
  await page.close();
});

test('3: the check before sending', async () => {
  const { page } = await openFixture(browser.context, 'https://www.linkedin.com/messaging/thread/2-abc/?thread=first');
  const host = await typed(page, '#main-form [contenteditable]', 'Hi [First Name], I came across your profile and would love to connect.');
  await page.locator('#main-form .msg-form__send-button').click();
  await host.locator('.presend').waitFor();
  await page.waitForTimeout(200);
  await shot(page, '3-check-before-sending.png');
  await page.close();
});

test('4: in German', async () => {
  const de = await launchWithExtension({ locale: 'de-DE' });
  try {
    const { page } = await openFixture(de.context, 'https://www.linkedin.com/messaging/thread/2-abc/?thread=first&lang=de');
    const host = await typed(page, '#main-form [contenteditable]',
      'Sehr geehrte Damen und Herren,\n\nich bin auf Ihr Profil gestoßen und möchte mich gerne mit Ihnen vernetzen, um bei Gelegenheit Synergien auszuloten!!!');
    await host.locator('.badge').click();
    await shot(page, '4-deutsch.png');
    await page.close();
  } finally {
    await de.close();
  }
});

test('5: the reply record', async () => {
  const [worker] = browser.context.serviceWorkers();
  await worker.evaluate(() => {
    const day = 86_400_000;
    const base = Date.parse('2026-09-01T09:00:00Z');
    const records = Array.from({ length: 60 }, (_, i) => {
      const band = ['ready', 'could-be-better', 'weak'][i % 3];
      const easyNo = i % 2 === 0;
      const answered = band === 'ready' ? i % 5 !== 0 : band === 'weak' ? i % 5 === 0 : easyNo;
      return {
        sentAt: base + i * 1.5 * day,
        surface: 'linkedin-message',
        conversation: i.toString(16).padStart(64, '0'),
        band,
        checks: [{ id: 'addressed-by-name', passed: band !== 'weak' }, { id: 'one-clear-ask', passed: i % 3 !== 2 }, { id: 'easy-no', passed: easyNo }],
        answeredAt: answered ? base + (i * 1.5 + 2) * day : null,
      };
    });
    return chrome.storage.local.set({ history: { version: 1, records } });
  });
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${browser.extensionId}/record.html`);
  await page.locator('.chart').first().waitFor();
  await shot(page, '5-reply-record.png');
  await page.close();
  await worker.evaluate(() => chrome.storage.local.clear());
});
