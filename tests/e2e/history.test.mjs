// What Verbindlich keeps of sent first messages, in the real extension: the mass-send
// warning (a similarity sketch per message, compared with the next draft) and the reply
// record (band, checklist, answered or not, drawn as charts on its own page). Both opt-in;
// neither keeps a sentence of any message, which the last test checks in all of storage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, extensionSuite, openFixture } from '../support/extension.mjs';

const browser = extensionSuite();
const thread = (id, query = '') => `https://www.linkedin.com/messaging/thread/2-${id}/${query}`;

const NOTES = {
  en: {
    template: 'Hi Anna, I help engineering teams cut their hiring time in half with structured take-home reviews. Would you be open to a short call next week to see whether this could work for your team too?',
    personal: 'Hi Anna, your ROSCon talk on fleet tests at Contoso changed how we review robot code. Would you be open to a short call next week to see whether this could work for your robotics team too?',
    lang: '',
    ui: 'en',
  },
  de: {
    template: 'Hallo Anna, ich helfe Entwicklungsteams, ihre Einstellungszeit mit strukturierten Probeaufgaben zu halbieren. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch, ob das auch für Ihr Team passt?',
    personal: 'Hallo Anna, Ihr ROSCon-Vortrag über Flottentests bei Contoso hat verändert, wie wir Robotercode prüfen. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch, ob das auch für Ihr Robotikteam passt?',
    lang: '&lang=de',
    ui: 'de',
  },
};

const worker = () => browser.context.serviceWorkers()[0];
const settings = (s) => worker().evaluate((v) => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.set({ settings: { version: 1, presend: 'off', ...v } })]), s);
const kept = () => worker().evaluate(async () => (await chrome.storage.local.get('history')).history?.records ?? []);

async function until(f, what) {
  for (let i = 0; i < 200; i++) {
    const v = await f();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 30));
  }
  throw new Error(`timed out: ${what}`);
}

/** Opens a conversation, types `text`, waits for its report; returns the page and the host. */
async function draft(url, text) {
  const { page, errors } = await openFixture(browser.context, url);
  await page.locator('#main-form [contenteditable]').click();
  await page.keyboard.type(text);
  // The thread's own composer, the first of the page's.
  const host = page.locator('verbindlich-overlay').first();
  await host.waitFor({ state: 'attached' });
  await page.waitForFunction(([h, n]) => h.getAttribute('data-chars') === String(n) && h.getAttribute('data-score') !== '', [await host.elementHandle(), text.length]);
  return { page, host, errors };
}

async function send(url, text) {
  const { page } = await draft(url, text);
  const before = (await kept()).length;
  await page.locator('#main-form .msg-form__send-button').click();
  await until(async () => (await kept()).length > before, `a record for ${url}`);
  await page.close();
}

async function rules(host) {
  await host.locator('.badge').click();
  const ids = await host.locator('.panel button.item').evaluateAll((items) => items.map((i) => i.dataset.rule));
  await host.page().keyboard.press('Escape');
  return ids;
}

for (const [lang, note] of Object.entries(NOTES)) {
  test(`${lang}: after nearly the same note went to three people, the fourth is flagged and a personalised one is not`, async () => {
    await settings({ massSend: true, config: { ui_lang: note.ui } });
    for (const id of ['a1', 'a2', 'a3']) await send(thread(`${lang}${id}`, `?thread=first${note.lang}`), note.template);
    const records = await kept();
    assert.equal(records.length, 3);
    assert.ok(records.every((r) => /^[0-9a-f]{256}$/.test(r.sketch) && /^[0-9a-f]{64}$/.test(r.conversation)), JSON.stringify(records[0]));
    assert.ok(records.every((r) => r.band === undefined), 'the reply record is off: no band kept');

    const { page, host, errors } = await draft(thread(`${lang}a4`, `?thread=first${note.lang}`), note.template);
    assert.ok((await rules(host)).includes('template/mass-send'), 'the fourth copy is flagged');
    await host.locator('.badge').click();
    const finding = await host.locator('.panel button.item[data-rule="template/mass-send"]').innerText();
    assert.match(finding, lang === 'de' ? /an 3 Personen/ : /to 3 people/);
    await page.screenshot({ path: `${SHOTS}extension-mass-send-${lang}.png` });
    await page.keyboard.press('Escape');
    await page.locator('#main-form [contenteditable]').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type(note.personal);
    await page.waitForFunction(([h, n]) => h.getAttribute('data-chars') === String(n), [await host.elementHandle(), note.personal.length]);
    assert.ok(!(await rules(host)).includes('template/mass-send'), 'a note written for Anna is not flagged');
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('off, nothing is kept and nothing is flagged', async () => {
  await settings({});
  for (const id of ['o1', 'o2', 'o3', 'o4']) {
    const { page } = await draft(thread(id, '?thread=first'), NOTES.en.template);
    await page.locator('#main-form .msg-form__send-button').click();
    await page.waitForFunction(() => window.fixture.sent.length === 1);
    await page.close();
  }
  const { page, host } = await draft(thread('o5', '?thread=first'), NOTES.en.template);
  assert.ok(!(await rules(host)).includes('template/mass-send'));
  assert.deepEqual(await kept(), []);
  await page.close();
});

test('the reply record: answers seen later count, and its charts show the stored rates', async () => {
  await settings({ record: true, massSend: true });
  const strong = 'Hi Anna, I enjoyed your ROSCon talk on fleet tests. Could we talk for 15 minutes next week about how you pick the robots? Happy to share our results in return. No worries if not.\n\nBen';
  const weak = 'Hi there, I came across your profile and would love to connect!!!';
  await send(thread('r1', '?thread=first'), strong);
  await send(thread('r2', '?thread=first'), weak);
  // Anna answered the first: seen on the next visit to that conversation.
  const { page: visit } = await openFixture(browser.context, thread('r1', '?thread=reply'));
  await until(async () => (await kept()).some((r) => r.answeredAt !== null), 'the answer recorded');
  await visit.close();
  const records = await kept();
  assert.equal(records.length, 2);
  assert.deepEqual(records.map((r) => r.answeredAt !== null), [true, false]);
  assert.ok(records.every((r) => r.band && Array.isArray(r.checks) && r.checks.length > 0));

  // Eight more, as if sent over two months, four of them answered: the page's figures
  // must be the stored records' own.
  await worker().evaluate(() =>
    chrome.storage.local.get('history').then(({ history }) => {
      const day = 86_400_000;
      const base = Date.parse('2026-10-01T09:00:00Z');
      for (let i = 0; i < 8; i++) {
        history.records.push({
          sentAt: base + i * 7 * day,
          surface: 'linkedin-message',
          conversation: (i + 10).toString(16).padStart(64, '0'),
          band: i % 2 ? 'ready' : 'weak',
          checks: [{ id: 'easy-no', passed: i % 2 === 1 }, { id: 'one-clear-ask', passed: i < 4 }],
          answeredAt: i % 2 ? base + i * 7 * day + day : null,
        });
      }
      return chrome.storage.local.set({ history });
    }),
  );
  const stored = await kept();
  const rate = (of) => `${Math.round((of.filter((r) => r.answeredAt !== null).length / of.length) * 100)} % answered · ${of.filter((r) => r.answeredAt !== null).length} of ${of.length}`;
  const [extensionId] = new URL(worker().url()).host.split(':');
  const page = await browser.context.newPage();
  await page.goto(`chrome-extension://${extensionId}/record.html`);
  await page.locator('#record-total').waitFor();
  assert.equal(await page.locator('#record-total').innerText(), `${stored.length} first messages recorded, ${stored.filter((r) => r.answeredAt !== null).length} answered.`);
  const figures = await page.locator('.chart').evaluateAll((charts) =>
    charts.map((c) => [c.querySelector('h2').textContent, [...c.querySelectorAll('text.label')].map((l, i) => [l.textContent, c.querySelectorAll('text.figure')[i].textContent])]),
  );
  const byBand = Object.fromEntries(figures[0][1]);
  assert.equal(byBand['Ready to send'], rate(stored.filter((r) => r.band === 'ready')));
  assert.equal(byBand.Weak, rate(stored.filter((r) => r.band === 'weak')));
  const byCheck = Object.fromEntries(figures[1][1]);
  const passed = (id, p) => stored.filter((r) => r.checks.some((c) => c.id === id && c.passed === p));
  assert.equal(byCheck['with “An easy no”'], rate(passed('easy-no', true)));
  assert.equal(byCheck['without “An easy no”'], rate(passed('easy-no', false)));
  assert.equal(Object.fromEntries(figures[2][1])['2026-10'], rate(stored.filter((r) => new Date(r.sentAt).toISOString().startsWith('2026-10'))));
  assert.ok(await page.locator('.chart .warning').count(), 'bars on fewer than ten messages say so');
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.screenshot({ path: `${SHOTS}extension-reply-record.png`, fullPage: true });
  // Export and delete cover it.
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export-json').click()]);
  const exported = JSON.parse(await (await import('node:fs/promises')).readFile(await download.path(), 'utf8'));
  assert.equal(exported.records.length, stored.length);
  await page.locator('#delete-record').click();
  await page.locator('#delete-record').click();
  await until(async () => (await kept()).length === 0, 'the record deleted');
  await page.close();
});

test('a history of an older shape or with damaged records is read for what it holds, and the options say how much', async () => {
  await settings({ record: true });
  const good = (i) => ({ sentAt: Date.parse('2026-11-0' + (i + 1) + 'T09:00:00Z'), surface: 'xing-message', conversation: String(i).repeat(64), band: 'ready', checks: [{ id: 'easy-no', passed: true }], answeredAt: null });
  // Before versions: a bare list; one record names a field no version had.
  await worker().evaluate((records) => chrome.storage.local.set({ history: records }), [good(1), { ...good(2), text: 'Hi Anna' }, good(3)]);
  const [extensionId] = new URL(worker().url()).host.split(':');
  const record = await browser.context.newPage();
  await record.goto(`chrome-extension://${extensionId}/record.html`);
  assert.equal(await record.locator('#record-total').innerText(), '2 first messages recorded, 0 answered.');
  const options = await browser.context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('#history-kept').filter({ hasText: 'Kept now' }).waitFor();
  assert.match(await options.locator('#history-kept').innerText(), /^Kept now: 2 first messages, the oldest from .+ \(1 KB; at most 2,000/);
  const [download] = await Promise.all([options.waitForEvent('download'), options.locator('#export-history').click()]);
  const exported = JSON.parse(await (await import('node:fs/promises')).readFile(await download.path(), 'utf8'));
  assert.equal(exported.version, 2);
  assert.deepEqual(exported.records, [good(1), good(3)]);
  assert.match(exported.keys, /never exported/, 'the export says its keys cannot be used without this installation');
  // From a newer version: the records this one understands.
  await worker().evaluate((records) => chrome.storage.local.set({ history: { version: 9, records } }), [good(4)]);
  await record.reload();
  assert.equal(await record.locator('#record-total').innerText(), '1 first message recorded, 0 answered.');
  // Years of use: past the cap the oldest go first.
  await worker().evaluate(() => {
    const records = Array.from({ length: 2005 }, (_, i) => ({ sentAt: 1.7e12 + i * 3.6e6, surface: 'linkedin-message', conversation: i.toString(16).padStart(64, '0'), band: 'weak', checks: [], answeredAt: null }));
    return chrome.storage.local.set({ history: { version: 1, records } });
  });
  await record.reload();
  assert.equal(await record.locator('#record-total').innerText(), '2000 first messages recorded, 0 answered.');
  const oldest = await worker().evaluate(async () => {
    const { history } = await chrome.storage.local.get('history');
    return history.records.length;
  });
  assert.equal(oldest, 2005, 'reading alone rewrites nothing');
  await record.close();
  await options.close();
});

test('all of storage, after sending and answering several messages, holds no sentence of any of them', async () => {
  await settings({ record: true, massSend: true, reminders: true });
  const texts = [NOTES.en.template, NOTES.de.personal, 'Hi Anna, a quick question about your fleet tests: which simulator do you use? No worries if not.'];
  for (const [i, text] of texts.entries()) await send(thread(`p${i}`, `?thread=first${i === 1 ? '&lang=de' : ''}`), text);
  const { page } = await openFixture(browser.context, thread('p0', '?thread=reply'));
  await until(async () => (await kept()).some((r) => r.answeredAt !== null), 'the answer recorded');
  await page.close();
  const everything = await worker().evaluate(async () => JSON.stringify([await chrome.storage.local.get(null), await chrome.storage.sync.get(null)]));
  assert.ok(everything.includes('"history"') && everything.includes('"followups"'), 'the features kept what they keep');
  for (const text of texts) {
    for (const sentence of text.split(/(?<=[.?!])\s+/)) {
      const words = sentence.split(/\s+/);
      // Every run of four words of every sentence: none may be stored.
      for (let i = 0; i + 4 <= words.length; i++) {
        const run = words.slice(i, i + 4).join(' ');
        assert.ok(!everything.includes(run), `stored: “${run}”`);
      }
    }
  }
  await worker().evaluate(() => Promise.all([chrome.storage.local.clear(), chrome.storage.sync.clear()]));
});
