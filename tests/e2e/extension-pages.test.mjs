// The popup, the options page, the check before sending and the follow-up reminders, with
// the real unpacked extension in Chromium. Extension pages are opened as ordinary tabs;
// time for reminders is driven by firing the alarm, never by sleeping.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, extensionSuite, launchWithExtension, openFixture } from '../support/extension.mjs';

const MESSAGING = 'https://www.linkedin.com/messaging/thread/2-abc/';
const WEAK = 'Hi there,\n\nI came across your profile and would love to connect. Our solution generates THOUSANDS OF LEADS, guaranteed!!!';
const PLACEHOLDER = 'Hi [First Name], I came across your profile and would love to connect.';
const GOOD =
  'Hi Anna, I enjoyed your talk on pair reviews at Contoso. Could we talk for 15 minutes next week about how you pick the tasks? Happy to share our results in return. No worries if not.';

const browser = extensionSuite();

const page = (path) => `chrome-extension://${browser.extensionId}/${path}`;

async function openOptions() {
  const p = await browser.context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  await p.goto(page('options.html'));
  await p.locator('body[data-ready="true"]').waitFor();
  return { options: p, errors };
}

async function composer(url = MESSAGING, text = WEAK) {
  const { page: p } = await openFixture(browser.context, url);
  await p.locator('#main-form [contenteditable]').click();
  await p.keyboard.type(text);
  const host = p.locator('verbindlich-overlay').first();
  await p.waitForFunction((n) => document.querySelector('verbindlich-overlay')?.getAttribute('data-chars') === String(n), text.length);
  return { p, host };
}

async function resetStorage() {
  const { options } = await openOptions();
  await options.evaluate(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear(), chrome.alarms.clearAll()]));
  await options.close();
}

test('the options page lists every rule under the five scores and refuses a parameter the engine refuses', async () => {
  await resetStorage();
  const { options, errors } = await openOptions();
  const ruleCount = await options.locator('.rule').count();
  assert.ok(ruleCount >= 37, `${ruleCount} rules`);
  assert.equal(await options.locator('section[data-area]').count(), 5);
  const input = options.locator('[data-path="rules.ask/too-many.params.max_asks"]');
  await input.fill('99');
  await input.press('Tab');
  const message = options.locator('.error-text[data-for="rules.ask/too-many.params.max_asks"]');
  await message.waitFor();
  assert.equal(await message.innerText(), 'Enter a whole number from 1 to 10.');
  assert.equal(await input.getAttribute('aria-invalid'), 'true');
  assert.match(await options.locator('#status').innerText(), /Not saved/);
  assert.equal(await options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings), undefined, 'nothing stored');
  // Fixed, it saves.
  await input.fill('3');
  await input.press('Tab');
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  const stored = await options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  assert.equal(stored.config.rules['ask/too-many'].params.max_asks, 3);
  await options.screenshot({ path: `${SHOTS}extension-options.png`, fullPage: false });
  assert.deepEqual(errors, []);
  await options.close();
});

test('an option change reaches an open composer at once', async () => {
  await resetStorage();
  const { p, host } = await composer();
  const rulesShown = async () => {
    await host.locator('.badge').click();
    const rules = await host.locator('.panel button.item').evaluateAll((items) => items.map((i) => i.dataset.rule));
    await p.keyboard.press('Escape');
    return rules;
  };
  assert.ok((await rulesShown()).includes('personal/generic-salutation'));
  const before = Number(await host.getAttribute('data-findings'));
  const { options } = await openOptions();
  await options.locator('[data-path="rules.personal/generic-salutation.enabled"]').uncheck();
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  await p.waitForFunction((n) => Number(document.querySelector('verbindlich-overlay').getAttribute('data-findings')) < n, before);
  assert.ok(!(await rulesShown()).includes('personal/generic-salutation'));
  // The language switch reaches it too: findings and badge in German.
  await options.locator('[data-path="ui_lang"]').selectOption('de');
  await options.locator('#status', { hasText: 'Gespeichert' }).waitFor();
  await p.waitForFunction(() => /Wörter/.test(document.querySelector('verbindlich-overlay').shadowRoot.querySelector('.badge').textContent));
  await options.close();
  await p.close();
});

test('a corrupted stored config falls back with a visible notice and keeps every valid setting', async () => {
  await resetStorage();
  const { options } = await openOptions();
  await options.evaluate(() =>
    chrome.storage.sync.set({
      settings: {
        version: 1,
        config: { rules: { 'ask/vague': { enabled: false }, 'spam/hype': { severity: 'loud' } }, followup_days: 900, ui_lang: 'en' },
        presend: 'sometimes',
        reminders: true,
        colour: 'blue',
      },
    }),
  );
  await options.reload();
  await options.locator('body[data-ready="true"]').waitFor();
  const notice = await options.locator('#repaired').innerText();
  for (const path of ['config.rules.spam/hype', 'config.followup_days', 'presend', 'colour']) assert.ok(notice.includes(path), `${path} in ${notice}`);
  assert.equal(await options.locator('[data-path="rules.ask/vague.enabled"]').isChecked(), false, 'valid rule setting kept');
  assert.equal(await options.locator('[data-path="reminders"]').isChecked(), true, 'valid reminder setting kept');
  assert.equal(await options.locator('[data-path="followup_days"]').inputValue(), '7', 'bad value back to its default');
  assert.equal(await options.locator('[data-path="presend"]').inputValue(), 'weak');
  await options.screenshot({ path: `${SHOTS}extension-options-repaired.png` });
  // And the engine in the worker runs on the repaired config: ask/vague stays off.
  const { p, host } = await composer();
  await host.locator('.badge').click();
  const rules = await host.locator('.panel button.item').evaluateAll((items) => items.map((i) => i.dataset.rule));
  assert.ok(!rules.includes('ask/vague') && rules.includes('spam/hype'), rules.join(' '));
  await p.close();
  await options.close();
});

test('the check before sending: an error holds the send, "Keep editing" keeps the draft, "Send anyway" sends exactly once', async () => {
  await resetStorage();
  const { p, host } = await composer(MESSAGING, PLACEHOLDER);
  await p.locator('#main-form .msg-form__send-button').click();
  const dialog = host.locator('.presend');
  await dialog.waitFor();
  assert.equal(await p.evaluate(() => window.fixture.sent.length), 0, 'held');
  assert.match(await dialog.innerText(), /Addressed by name|addressed/i);
  // What holds the send comes first, by name: the placeholder.
  assert.match(await dialog.locator('.blocking li').first().innerText(), /Must fix[\s\S]*placeholder/i);
  // Keep editing is the filled default and has the focus; Tab goes round inside; Escape keeps editing.
  assert.equal(await dialog.locator('button.apply').innerText(), 'Keep editing');
  assert.equal(await dialog.evaluate((d) => d.getRootNode().activeElement?.textContent), 'Keep editing');
  await p.keyboard.press('Tab');
  assert.equal(await dialog.evaluate((d) => d.getRootNode().activeElement?.textContent), 'Show me');
  await p.keyboard.press('Tab');
  assert.equal(await dialog.evaluate((d) => d.getRootNode().activeElement?.textContent), 'Send anyway');
  await p.keyboard.press('Tab');
  assert.equal(await dialog.evaluate((d) => d.getRootNode().activeElement?.textContent), 'Keep editing');
  // It covers neither the draft nor the Send button.
  const [box, editor, send] = await Promise.all([
    dialog.boundingBox(),
    p.locator('#main-form [contenteditable]').boundingBox(),
    p.locator('#main-form .msg-form__send-button').boundingBox(),
  ]);
  const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  assert.ok(!overlaps(box, editor), `the dialog ${JSON.stringify(box)} covers the draft ${JSON.stringify(editor)}`);
  assert.ok(!overlaps(box, send), 'the dialog covers the Send button');
  await p.screenshot({ path: `${SHOTS}extension-presend.png` });
  await p.keyboard.press('Escape');
  await dialog.waitFor({ state: 'detached' });
  assert.equal(await p.evaluate(() => window.fixture.draft(document.querySelector('#main-form [contenteditable]'))), PLACEHOLDER);
  assert.equal(await p.evaluate(() => window.fixture.sent.length), 0);
  // Again, and this time send anyway: exactly one send, with the draft as written.
  await p.locator('#main-form .msg-form__send-button').click();
  await dialog.waitFor();
  await host.locator('.presend button', { hasText: 'Send anyway' }).click();
  await p.waitForFunction(() => window.fixture.sent.length > 0);
  await p.waitForTimeout(200);
  assert.deepEqual(await p.evaluate(() => window.fixture.sent), [{ form: 'main-form', text: PLACEHOLDER }]);
  await p.close();
});

test('a weak draft is held by default, even with nothing that must be fixed; "only must-fix" lets it go', async () => {
  await resetStorage();
  const weak = 'Hi there, I came across your profile and would love to connect. Let me know if you are interested!';
  let { p, host } = await composer(MESSAGING, weak);
  await p.waitForFunction(() => document.querySelector('verbindlich-overlay')?.getAttribute('data-score') !== '');
  assert.ok(Number(await host.getAttribute('data-score')) < 60, 'a weak draft');
  await p.locator('#main-form .msg-form__send-button').click();
  const dialog = host.locator('.presend');
  await dialog.waitFor();
  assert.equal(await p.evaluate(() => window.fixture.sent.length), 0, 'held');
  // One entry per phrase: no span listed twice.
  const rules = await dialog.locator('.blocking li').count();
  assert.ok(rules >= 1, 'it says what makes the draft weak');
  await host.locator('.presend button', { hasText: 'Send anyway' }).click();
  await p.waitForFunction(() => window.fixture.sent.length === 1);
  await p.close();
  // With only must-fix findings holding a send, the same draft goes straight out.
  const { options } = await openOptions();
  await options.locator('[data-path="presend"]').selectOption('errors');
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  await options.close();
  ({ p, host } = await composer(MESSAGING, weak));
  await p.waitForFunction(() => document.querySelector('verbindlich-overlay')?.getAttribute('data-score') !== '');
  await p.locator('#main-form .msg-form__send-button').click();
  await p.waitForFunction(() => window.fixture.sent.length === 1);
  assert.equal(await host.locator('.presend').count(), 0);
  await p.close();
});

test('"Show me" closes the check and selects the words that hold the send', async () => {
  await resetStorage();
  const { p, host } = await composer(MESSAGING, PLACEHOLDER);
  await p.locator('#main-form .msg-form__send-button').click();
  await host.locator('.presend').waitFor();
  await host.locator('.presend button', { hasText: 'Show me' }).click();
  await host.locator('.presend').waitFor({ state: 'detached' });
  assert.equal(await p.evaluate(() => String(document.getSelection())), '[First Name]');
  assert.equal(await p.evaluate(() => document.activeElement?.matches('#main-form [contenteditable]')), true);
  assert.equal(await p.evaluate(() => window.fixture.sent.length), 0);
  await p.close();
});

test('a card silences a false alarm: Ignore for this draft, the phrase for good, or the rule — and each survives a reload', async () => {
  await resetStorage();
  const findingRules = (host) => host.evaluate((h) => [...h.shadowRoot.querySelectorAll('.panel button.item')].map((b) => b.dataset.rule));
  const openCard = async (host, rule) => {
    await host.locator('.badge').click();
    await host.locator(`.panel button.item[data-rule="${rule}"]`).first().click();
    await host.locator('.card').waitFor();
  };
  let { p, host } = await composer();
  await host.locator('.badge').click();
  const before = await findingRules(host);
  assert.ok(before.includes('template/stock-phrase') && before.includes('spam/all-caps'), before.join(', '));
  await host.locator('.badge').click();

  // Ignore: gone from this draft (the engine leaves it out, so it costs no points either).
  const count = Number(await host.getAttribute('data-findings'));
  await openCard(host, 'spam/all-caps');
  await host.locator('.card button', { hasText: 'Ignore' }).click();
  await p.waitForFunction((n) => Number(document.querySelector('verbindlich-overlay').getAttribute('data-findings')) < n, count);
  await host.locator('.badge').click();
  assert.ok(!(await findingRules(host)).includes('spam/all-caps'), 'ignored in this draft');
  await host.locator('.badge').click();

  // Don't flag this phrase again: stored as an accepted phrase.
  await openCard(host, 'template/stock-phrase');
  const accept = host.locator('.card button', { hasText: 'flag' });
  const phrase = (await accept.innerText()).match(/“(.+)”/)[1];
  await accept.click();
  await host.locator('.toast', { hasText: 'no longer flagged' }).waitFor();
  await p.screenshot({ path: `${SHOTS}extension-toast.png` });

  // Turn off this rule: stored as the rule switched off.
  await openCard(host, 'personal/no-reference');
  await host.locator('.card button', { hasText: 'Turn off this rule' }).click();
  await host.locator('.toast', { hasText: 'Rule turned off' }).waitFor();
  const { options } = await openOptions();
  const stored = await options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings.config);
  assert.deepEqual(stored.phrases.en.accept, [phrase]);
  assert.equal(stored.rules['personal/no-reference'].enabled, false);
  // Reversible where the user would look: the options page shows both.
  assert.equal(await options.locator('[data-path="rules.personal/no-reference.enabled"]').isChecked(), false);
  await options.close();
  await p.close();

  // A new page with the same draft: the accepted phrase and the rule stay quiet; what was
  // only ignored for that draft is flagged again.
  ({ p, host } = await composer());
  await host.locator('.badge').click();
  const after = await findingRules(host);
  assert.ok(!after.includes('personal/no-reference'), after.join(', '));
  assert.ok(after.includes('spam/all-caps'), 'Ignore lasted only for its draft');
  const flagged = await host.evaluate((h, words) => [...h.shadowRoot.querySelectorAll('.panel button.item')].some((b) => b.textContent.includes(words)), phrase);
  assert.ok(!flagged, `"${phrase}" is flagged again`);
  await p.close();
});

test('every state, light and dark, English and German: screenshots of the badge, a card, the list and the check', async () => {
  const texts = {
    en: PLACEHOLDER,
    de: 'Hallo [Vorname], ich bin auf Ihr Profil gestoßen und würde mich gerne mal austauschen. Unsere Lösung ist die beste am Markt!!!',
  };
  for (const lang of ['en', 'de']) {
    await resetStorage();
    const { options } = await openOptions();
    await options.evaluate((l) => chrome.storage.sync.set({ settings: { version: 1, config: { ui_lang: l } } }), lang);
    await options.close();
    for (const scheme of ['light', 'dark']) {
      const { p, host } = await composer(MESSAGING, texts[lang]);
      await p.emulateMedia({ colorScheme: scheme });
      const badge = await host.locator('.badge').innerText();
      assert.match(badge, lang === 'de' ? /Schwach|Geht besser/ : /Weak|Could be better/, badge);
      // Not the browser's serif default, in either scheme or language.
      assert.match(await host.locator('.badge').evaluate((b) => getComputedStyle(b).fontFamily), /system-ui/);
      await host.locator('.badge').click();
      await host.locator('.panel .summary').waitFor();
      await p.screenshot({ path: `${SHOTS}state-list-${lang}-${scheme}.png` });
      await host.locator('.panel button.item').first().click();
      await host.locator('.card').waitFor({ state: 'visible' });
      assert.equal(await host.locator('.card').evaluate((c) => getComputedStyle(c).fontFamily.includes('system-ui')), true);
      await p.screenshot({ path: `${SHOTS}state-card-${lang}-${scheme}.png` });
      await p.keyboard.press('Escape');
      await p.locator('#main-form .msg-form__send-button').click();
      await host.locator('.presend').waitFor();
      assert.equal(await host.locator('.presend button.apply').innerText(), lang === 'de' ? 'Weiter bearbeiten' : 'Keep editing');
      await p.screenshot({ path: `${SHOTS}state-presend-${lang}-${scheme}.png` });
      await p.keyboard.press('Escape');
      await p.close();
    }
  }
  await resetStorage();
});

test('Enter that sends is checked too, and a clean draft goes straight through', async () => {
  await resetStorage();
  const { p, host } = await composer(`${MESSAGING}?enter=1`, PLACEHOLDER.replace('\n', ' '));
  await p.keyboard.press('Enter');
  await host.locator('.presend').waitFor();
  assert.equal(await p.evaluate(() => window.fixture.sent.length), 0);
  await p.keyboard.press('Enter'); // on "Keep editing"
  await host.locator('.presend').waitFor({ state: 'detached' });
  assert.equal(await p.evaluate(() => window.fixture.sent.length), 0);
  // Rewritten without the placeholder: no error, no dialog, one send.
  await p.keyboard.press('Control+A');
  await p.keyboard.press('Delete');
  await p.keyboard.type(GOOD);
  await p.waitForFunction((n) => document.querySelector('verbindlich-overlay').getAttribute('data-chars') === String(n), GOOD.length);
  await p.keyboard.press('Enter');
  await p.waitForFunction(() => window.fixture.sent.length === 1);
  assert.equal(await host.locator('.presend').count(), 0);
  await p.close();
});

test('the popup shows the active draft\'s checklist and scores, and a helpful empty state', async () => {
  await resetStorage();
  const popup = await browser.context.newPage();
  await popup.goto(page('popup.html'));
  await popup.locator('body[data-ready="true"]').waitFor();
  assert.match(await popup.locator('#empty').innerText(), /LinkedIn or XING/);
  const { p } = await composer();
  await p.bringToFront();
  await popup.evaluate(() => window.refresh());
  const items = await popup.locator('#checklist li').evaluateAll((lis) => lis.map((li) => [li.dataset.id, li.className]));
  assert.equal(items.length, 6);
  assert.deepEqual(items.find(([id]) => id === 'addressed-by-name'), ['addressed-by-name', 'fail']);
  const score = await popup.locator('#scores').getAttribute('data-score');
  assert.equal(score, await p.locator('verbindlich-overlay').first().getAttribute('data-score'));
  assert.equal(await popup.locator('#scores [data-area]').count(), 5);
  await popup.bringToFront();
  await popup.setViewportSize({ width: 360, height: 560 });
  await popup.screenshot({ path: `${SHOTS}extension-popup.png` });
  await popup.close();
  await p.close();
});

test('the first-run page opened once on install, says what is never done with a text, and tries the engine', async () => {
  const welcome = browser.context.pages().filter((x) => x.url() === page('welcome.html'));
  assert.equal(welcome.length, 1, 'opened once, on install');
  const w = welcome[0];
  await w.locator('body[data-ready="true"]').waitFor();
  assert.match(await w.locator('#never').innerText(), /never sends it anywhere/);
  assert.match(await w.locator('#keys').innerText(), /Alt\+Shift\+V[\s\S]*Alt\+Enter/);
  await w.locator('#try').fill('Hi there, I came across your profile and would love to connect.');
  await w.locator('#result .verdict').waitFor();
  assert.match(await w.locator('#result .verdict').innerText(), /\d+ (Weak|Could be better)/);
  assert.ok(await w.locator('#result li[data-rule="template/stock-phrase"]').count());
  await w.setViewportSize({ width: 900, height: 1100 });
  await w.screenshot({ path: `${SHOTS}extension-welcome.png`, fullPage: true });
  await w.close();
});

test('the popup switches coaching off for this conversation or the whole site, and the toolbar icon counts what to fix', async () => {
  await resetStorage();
  const { p, host } = await composer();
  await p.bringToFront();
  // The toolbar's count: the findings worth fixing (not hints) in the active composer.
  const worth = await host.evaluate((h) => h.getAttribute('data-findings'));
  const { options } = await openOptions();
  await p.bringToFront();
  const badgeText = () =>
    options.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.action.getBadgeText({ tabId: tab.id });
    });
  await p.waitForTimeout(200);
  const shown = Number(await badgeText());
  assert.ok(shown > 0 && shown <= Number(worth), `toolbar ${shown}, findings ${worth}`);

  const popup = await browser.context.newPage();
  await popup.goto(page('popup.html'));
  await p.bringToFront();
  await popup.evaluate(() => window.refresh());
  assert.equal(await popup.locator('#site-switch').isChecked(), true);
  assert.equal(await popup.locator('#conversation-switch').isChecked(), true);
  // This conversation off: its overlay goes, and only the address is kept.
  await popup.locator('#conversation-switch').uncheck();
  await p.waitForFunction(() => document.querySelectorAll('verbindlich-overlay').length === 0);
  const muted = await options.evaluate(async () => (await chrome.storage.local.get('mutedConversations')).mutedConversations);
  assert.deepEqual(muted, ['https://www.linkedin.com/messaging/thread/2-abc/']);
  assert.equal(await badgeText(), '', 'no count where nothing is coached');
  // Another conversation on the same site is still coached.
  const other = await composer('https://www.linkedin.com/messaging/thread/2-def/');
  await other.host.waitFor({ state: 'attached' });
  await other.p.close();
  // Back on: coached again. Until then the popup says it is off here, not "start typing".
  await p.bringToFront();
  await popup.evaluate(() => window.refresh());
  assert.match(await popup.locator('#empty').innerText(), /off for this conversation/);
  await popup.locator('#conversation-switch').check();
  await p.locator('verbindlich-overlay').first().waitFor({ state: 'attached' });
  // The whole site off, from the popup: stored in the settings, as the options page shows it.
  await p.bringToFront();
  await popup.evaluate(() => window.refresh());
  await popup.locator('#site-switch').uncheck();
  await p.waitForFunction(() => document.querySelectorAll('verbindlich-overlay').length === 0);
  const stored = await options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  assert.equal(stored.sites['www.linkedin.com'], false);
  await popup.close();
  await options.close();
  await p.close();
  await resetStorage();
});

test('follow-up reminders: opt in, send a first message, the alarm raises a notification, an answer clears it', async () => {
  await resetStorage();
  const { options } = await openOptions();
  await options.locator('[data-path="reminders"]').check();
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  await options.close();
  const { p } = await composer(MESSAGING, GOOD);
  await p.locator('#main-form .msg-form__send-button').click();
  await p.waitForFunction(() => window.fixture.sent.length === 1);
  const worker = browser.context.serviceWorkers()[0];
  const stored = async () => (await worker.evaluate(() => chrome.storage.local.get('followups'))).followups ?? [];
  await p.waitForFunction(() => true);
  let list = [];
  for (let i = 0; i < 50 && !list.length; i++) {
    list = await stored();
    if (!list.length) await p.waitForTimeout(50);
  }
  assert.equal(list.length, 1);
  const [f] = list;
  assert.deepEqual(Object.keys(f).sort(), ['dueAt', 'id', 'name', 'sentAt', 'url'], 'never the text');
  assert.equal(f.name, 'Anna Schmidt');
  assert.equal(f.url, MESSAGING);
  assert.equal(Math.round((f.dueAt - f.sentAt) / 86400000), 7);
  assert.ok(await worker.evaluate((id) => chrome.alarms.get(`followup:${id}`).then(Boolean), f.id), 'alarm set');
  // Fire it now rather than waiting a week.
  await worker.evaluate((id) => chrome.alarms.create(`followup:${id}`, { when: Date.now() + 10 }), f.id);
  let shown = {};
  for (let i = 0; i < 100 && !shown[`followup:${f.id}`]; i++) {
    shown = await worker.evaluate(() => chrome.notifications.getAll());
    if (!shown[`followup:${f.id}`]) await p.waitForTimeout(50);
  }
  assert.ok(shown[`followup:${f.id}`], 'notification raised');
  // The popup lists it with done and snooze.
  const popup = await browser.context.newPage();
  await popup.goto(page('popup.html'));
  await popup.locator('body[data-ready="true"]').waitFor();
  assert.match(await popup.locator('.followups li').innerText(), /Anna Schmidt/);
  await popup.locator('.followups button[data-action="snooze"]').click();
  let snoozed = f.dueAt;
  for (let i = 0; i < 50 && snoozed === f.dueAt; i++) {
    snoozed = (await stored())[0].dueAt;
    if (snoozed === f.dueAt) await p.waitForTimeout(50);
  }
  const days = (snoozed - Date.now()) / 86400000;
  assert.ok(days > 2.9 && days <= 3, `snoozed to three days from now, got ${days.toFixed(2)}`);
  // Anna answered: the next visit to the thread clears the reminder.
  await p.goto(`${MESSAGING}?replied=1`);
  for (let i = 0; i < 50 && (await stored()).length; i++) await p.waitForTimeout(50);
  assert.deepEqual(await stored(), []);
  // And "Done" in the popup removes one, alarm and all.
  await worker.evaluate(() => chrome.storage.local.set({ followups: [{ id: 'x1', name: 'Jonas Weber', url: 'https://www.linkedin.com/messaging/thread/2-xyz/', sentAt: Date.now(), dueAt: Date.now() + 86400000 }] }));
  await popup.evaluate(() => window.refresh());
  await popup.locator('.followups button[data-action="done"]').click();
  await popup.locator('.followups li').waitFor({ state: 'detached' });
  assert.deepEqual(await stored(), []);
  await popup.close();
  await p.close();
});

test('a site switched off loses its overlays at once, and gets them back', async () => {
  await resetStorage();
  const { p } = await composer();
  assert.equal(await p.locator('verbindlich-overlay').count(), 2);
  const { options } = await openOptions();
  await options.locator('[data-path="sites.www.linkedin.com"]').uncheck();
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  await p.waitForFunction(() => document.querySelectorAll('verbindlich-overlay').length === 0);
  assert.equal(await p.evaluate(() => CSS.highlights?.size ?? 0), 0, 'no underlines anywhere');
  await options.locator('[data-path="sites.www.linkedin.com"]').check();
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  await p.waitForFunction(() => document.querySelectorAll('verbindlich-overlay').length === 2);
  await options.close();
  await p.close();
});

test('settings that outgrow sync are kept locally, and the page says so', async () => {
  await resetStorage();
  const { options } = await openOptions();
  const many = Array.from({ length: 400 }, (_, i) => `a rather long phrase number ${i} to flag`).join('\n');
  await options.locator('[data-path="phrases.en.flag"]').fill(many);
  await options.locator('[data-path="phrases.en.flag"]').press('Tab');
  await options.locator('#local').waitFor();
  const where = await options.evaluate(async () => ({
    sync: (await chrome.storage.sync.get('settings')).settings,
    local: await chrome.storage.local.get(['settings', 'settingsArea']),
  }));
  assert.equal(where.local.settingsArea, 'local');
  assert.equal(where.local.settings.config.phrases.en.flag.length, 400);
  await options.reload();
  await options.locator('body[data-ready="true"]').waitFor();
  assert.equal((await options.locator('[data-path="phrases.en.flag"]').inputValue()).split('\n').length, 400);
  await options.locator('#local').waitFor();
  await options.close();
});

test('export and import round-trip the whole configuration', async () => {
  await resetStorage();
  const { options } = await openOptions();
  await options.locator('[data-path="rules.spam/hype.severity"]').selectOption('error');
  await options.locator('[data-path="presend"]').selectOption('warn');
  await options.locator('[data-path="phrases.de.accept"]').fill('ROSCon\nContoso');
  await options.locator('[data-path="phrases.de.accept"]').press('Tab');
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  const before = await options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  const download = options.waitForEvent('download');
  await options.locator('#export').click();
  const file = await (await download).path();
  await options.locator('#reset').click();
  await options.locator('#confirm-reset-yes').click();
  await options.locator('#status', { hasText: 'back to its default' }).waitFor();
  assert.equal(await options.locator('[data-path="presend"]').inputValue(), 'weak');
  const chooser = options.waitForEvent('filechooser');
  await options.locator('#import').click();
  await (await chooser).setFiles(file);
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  const after = await options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  assert.deepEqual(after, before);
  assert.equal(await options.locator('[data-path="rules.spam/hype.severity"]').inputValue(), 'error');
  await options.close();
});

test('settings stored in the older shape (the bare engine config) are migrated, nothing lost', async () => {
  await resetStorage();
  const { options } = await openOptions();
  await options.evaluate(() =>
    chrome.storage.sync.set({ settings: { rules: { 'ask/vague': { enabled: false } }, followup_days: 10, phrases: { de: { flag: ['Synergie'], template: [], accept: [] } } } }),
  );
  await options.reload();
  await options.locator('body[data-ready="true"]').waitFor();
  assert.equal(await options.locator('#repaired').count(), 0, 'no problem reported');
  assert.equal(await options.locator('[data-path="rules.ask/vague.enabled"]').isChecked(), false);
  assert.equal(await options.locator('[data-path="followup_days"]').inputValue(), '10');
  assert.equal(await options.locator('[data-path="phrases.de.flag"]').inputValue(), 'Synergie');
  // The next save writes the current shape.
  await options.locator('[data-path="presend"]').selectOption('warn');
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  const stored = await options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
  assert.equal(stored.version, 1);
  assert.equal(stored.config.followup_days, 10);
  assert.equal(stored.config.rules['ask/vague'].enabled, false);
  await options.close();
});

test('a send clicked before the report arrives is held until the engine has answered', async () => {
  await resetStorage();
  const { page: p } = await openFixture(browser.context, MESSAGING);
  await p.locator('#main-form [contenteditable]').click();
  await p.keyboard.type('Hi');
  // The user's own click, with the text changed in the same task, just before it: no
  // report for this text can exist yet. (A page's scripted click() is not held at all.)
  await p.evaluate((text) => {
    const send = document.querySelector('#main-form .msg-form__send-button');
    send.addEventListener('mouseup', () => {
      const editor = document.querySelector('#main-form [contenteditable]');
      editor.focus();
      document.execCommand('selectAll');
      document.execCommand('insertText', false, text);
    }, { once: true });
  }, PLACEHOLDER);
  await p.locator('#main-form .msg-form__send-button').click();
  const host = p.locator('verbindlich-overlay').first();
  await host.locator('.presend').waitFor();
  assert.equal(await p.evaluate(() => window.fixture.sent.length), 0, 'held, not sent unchecked');
  await host.locator('.presend button', { hasText: 'Keep editing' }).click();
  assert.equal(await p.evaluate(() => window.fixture.draft(document.querySelector('#main-form [contenteditable]'))), PLACEHOLDER);
  await p.close();
});

test('damaged storage switches nothing off: muted conversations and reminders are read as what they must be', async () => {
  await resetStorage();
  const { options } = await openOptions();
  await options.locator('[data-path="reminders"]').check();
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  const reminder = { id: 'ok1', name: 'Jonas Weber', url: 'https://www.linkedin.com/messaging/thread/2-xyz/', sentAt: Date.now(), dueAt: Date.now() + 86400000 };
  for (const muted of [{ a: 1 }, 42, MESSAGING, [null, 7, MESSAGING.slice(0, 20)]]) {
    await options.evaluate(([m, r]) => chrome.storage.local.set({ mutedConversations: m, followups: [null, 5, 'x', { id: 1 }, r] }), [muted, reminder]);
    const { p, host } = await composer(MESSAGING, WEAK);
    assert.ok(Number(await host.getAttribute('data-findings')) > 0, `coached with mutedConversations = ${JSON.stringify(muted)}`);
    await p.close();
  }
  // The popup lists the one reminder that is whole, and its switch writes back a clean list.
  const { p } = await composer(MESSAGING, WEAK);
  const popup = await browser.context.newPage();
  const errors = [];
  popup.on('pageerror', (e) => errors.push(e.message));
  await popup.goto(page('popup.html'));
  await popup.locator('body[data-ready="true"]').waitFor();
  assert.equal(await popup.locator('.followups li').count(), 1);
  assert.match(await popup.locator('.followups li').innerText(), /Jonas Weber/);
  // And it says what it left out, rather than hide it.
  const notice = await popup.locator('#repaired').innerText();
  assert.match(notice, /2 entries could not be read/, notice);
  assert.match(notice, /4 stored follow-up reminders were damaged/, notice);
  await popup.screenshot({ path: `${SHOTS}extension-popup-repaired.png` });
  assert.deepEqual(errors, []);
  await popup.close();
  await p.close();
  await options.close();
  await resetStorage();
});
