// The playground in real Chromium: type a weak message, see highlights, scores and the
// checklist react; make it good and see them clear. Screenshots go to target/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from '../support/serve.mjs';
import { launchOptions } from '../support/browser.mjs';

const SHOTS = new URL('../../target/screenshots/', import.meta.url).pathname;
let server, browser, base;
const requests = [];

before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve(new URL('../../dist/www', import.meta.url).pathname);
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await chromium.launch(launchOptions());
});

after(async () => {
  await browser?.close();
  server?.close();
});

async function openPlayground(lang = 'en') {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: lang === 'de' ? 'de-DE' : 'en-US' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${base}/index.html`);
  // The engine is ready when the empty state has been rendered by it.
  await page.locator('#findings .empty').waitFor();
  return { page, context, errors };
}

/** Waits until the overlay underlines at least `n` findings. */
const marked = (page, n = 1) =>
  page.waitForFunction((k) => Number(document.querySelector('verbindlich-overlay')?.getAttribute('data-marks')) >= k, n);

/** The middle of `words` in the overlay's mirror of the textarea: where the underline is. */
const wordsAt = (page, words) =>
  page.evaluate((w) => {
    const node = document.querySelector('verbindlich-overlay').shadowRoot.querySelector('.mirror').firstChild;
    const r = document.createRange();
    const at = node.data.indexOf(w);
    r.setStart(node, at);
    r.setEnd(node, at + w.length);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  }, words);

const WEAK = "Hi there,\n\nI came across your profile and would love to connect. Our solution generates THOUSANDS OF LEADS, guaranteed!!!";
const GOOD = "Hi Anna,\n\nI enjoyed your talk on pair reviews at Contoso. Could we talk for 15 minutes next week about how you pick the tasks? Happy to share our results in return. No worries if not.\n\nBen";

test('typing a weak message shows the extension\'s underlines and cards, low scores and a failing checklist', async () => {
  const { page, context, errors } = await openPlayground();
  await page.fill('#recipient', 'Anna Schmidt');
  await page.fill('#company', 'Contoso');
  await page.locator('#message').click();
  await page.keyboard.type(WEAK, { delay: 0 });

  await marked(page, 4);
  const score = Number(await page.locator('#overall').getAttribute('data-score'));
  assert.ok(score < 60, `a weak message scores low, got ${score}`);
  const rules = await page.locator('#findings .finding').evaluateAll((els) => els.map((e) => e.dataset.rule));
  for (const r of ['personal/generic-salutation', 'template/stock-phrase', 'ask/vague', 'spam/hype']) {
    assert.ok(rules.includes(r), `${r} in ${rules}`);
  }
  assert.equal(await page.locator('#checklist li[data-id="addressed-by-name"]').getAttribute('class'), 'fail');
  // The badge is the extension's: score, band, counts.
  assert.match(await page.locator('verbindlich-overlay .badge').innerText(), /\d+\s*Weak[\s\S]*words/);

  // Hovering an underline opens its card; applying the suggestion changes the text once,
  // through the editor's input path (so Ctrl+Z undoes it).
  const at = await wordsAt(page, 'Hi there');
  await page.mouse.move(at.x, at.y);
  const card = page.locator('verbindlich-overlay .card');
  await card.waitFor({ state: 'visible' });
  assert.equal(await card.getAttribute('data-rule'), 'personal/generic-salutation');
  await page.screenshot({ path: `${SHOTS}playground-weak.png`, fullPage: true });
  await card.locator('button.apply').click();
  const text = await page.locator('#message').inputValue();
  assert.ok(text.startsWith('Hi Anna,\n\nI came across'), JSON.stringify(text.slice(0, 30)));
  await page.waitForFunction(() => ![...document.querySelectorAll('#findings .finding')].some((b) => b.dataset.rule === 'personal/generic-salutation'));
  await page.keyboard.press('Control+Z');
  assert.ok((await page.locator('#message').inputValue()).startsWith('Hi there,'), 'Ctrl+Z undoes the fix');

  // The list in the page reaches every finding too, and opens its card.
  await page.locator('#findings .finding').first().click();
  await card.waitFor({ state: 'visible' });

  assert.deepEqual(errors, []);
  await context.close();
});

test('rewriting it well clears the highlights and passes the checklist', async () => {
  const { page, context, errors } = await openPlayground();
  await page.fill('#recipient', 'Anna Schmidt');
  await page.fill('#company', 'Contoso');
  await page.fill('#message', WEAK);
  await marked(page);
  await page.fill('#message', GOOD);
  await page.waitForFunction(() => Number(document.querySelector('#overall').dataset.score) >= 90);
  assert.equal(await page.locator('verbindlich-overlay').getAttribute('data-marks'), '0');
  const failing = await page.locator('#checklist li.fail').count();
  assert.equal(failing, 0);
  assert.equal(await page.locator('#scores li.good').count(), 5);
  await page.screenshot({ path: `${SHOTS}playground-good.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the interface and the findings speak German', async () => {
  const { page, context, errors } = await openPlayground('de');
  assert.equal(await page.locator('h1').textContent(), 'Schreiben Sie die Nachricht, die beantwortet wird.');
  await page.locator('#example-weak').click();
  await marked(page);
  assert.match(await page.locator('verbindlich-overlay .badge').innerText(), /Schwach[\s\S]*Wörter/);
  const messages = await page.locator('#findings .msg').allTextContents();
  assert.ok(messages.some((m) => m.includes('Floskel')), messages.join('\n'));
  await page.screenshot({ path: `${SHOTS}playground-de.png`, fullPage: true });
  await page.locator('#lang-switch').click();
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  const english = await page.locator('#findings .msg').allTextContents();
  assert.ok(english.some((m) => m.includes('stock phrase')), english.join('\n'));
  assert.deepEqual(errors, []);
  await context.close();
});

test('a card silences a false alarm in the playground as in the extension', async () => {
  const { page, context, errors } = await openPlayground();
  await page.fill('#message', WEAK);
  await marked(page);
  const rules = () => page.locator('#findings .finding').evaluateAll((els) => els.map((e) => e.dataset.rule));
  assert.ok((await rules()).includes('spam/all-caps'));
  await page.locator('#findings .finding[data-rule="spam/all-caps"]').click();
  await page.locator('verbindlich-overlay .card button', { hasText: 'Ignore' }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll('#findings .finding')].some((b) => b.dataset.rule === 'spam/all-caps'));
  await page.locator('#findings .finding[data-rule="ask/vague"]').click();
  await page.locator('verbindlich-overlay .card button', { hasText: 'Turn off this rule' }).click();
  await page.waitForFunction(() => ![...document.querySelectorAll('#findings .finding')].some((b) => b.dataset.rule === 'ask/vague'));
  await page.locator('verbindlich-overlay .toast', { hasText: 'reload' }).waitFor();
  assert.deepEqual(errors, []);
  await context.close();
});

test('the rule catalogue is built from the engine', async () => {
  const { page, context } = await openPlayground();
  await page.goto(`${base}/rules.html`);
  await page.locator('.rule').first().waitFor();
  // Every rule of the engine's own catalogue, once.
  const catalogue = await page.evaluate(async () => (await import('./pkg/verbindlich_wasm.js')).rules().map((r) => r.id));
  const shown = await page.locator('.rule').evaluateAll((els) => els.map((e) => e.dataset.rule));
  assert.deepEqual([...shown].sort(), [...catalogue].sort());
  assert.ok(await page.locator('[data-rule="ask/vague"]').isVisible());
  await page.screenshot({ path: `${SHOTS}rules.png` });
  await context.close();
});

test('nothing is fetched from anywhere but the page itself', () => {
  assert.ok(requests.length > 0);
  const foreign = requests.filter((u) => !u.startsWith(base));
  assert.deepEqual(foreign, []);
});

test('markup typed into the playground is shown as text, never run', async () => {
  const { page, context } = await openPlayground();
  await page.fill('#recipient', '<img src=x onerror="window.pwned=1">');
  await page.locator('#message').click();
  await page.keyboard.type('Hi [First Name], <script>window.pwned=2</script></style><a href="javascript:window.pwned=3">x</a> I came across your profile!!!');
  await marked(page);
  assert.equal(await page.locator('verbindlich-overlay img, verbindlich-overlay script, verbindlich-overlay a, #findings img, #findings a').count(), 0);
  const mirror = await page.evaluate(() => document.querySelector('verbindlich-overlay').shadowRoot.querySelector('.mirror').textContent);
  assert.ok(mirror.includes('<script>'), 'the text is shown as typed');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  await context.close();
});
