// The options page as someone who has never seen a rule id uses it, in the real unpacked
// extension in Chromium: rules under the five scores by their plain names in English and
// German, parameters as labelled numbers with units, the search, the presets, and the
// two actions that lose settings asking first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, extensionSuite } from '../support/extension.mjs';

const browser = extensionSuite();

async function openOptions() {
  const p = await browser.context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(e.message));
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await p.emulateMedia({ colorScheme: 'light' });
  await p.goto(`chrome-extension://${browser.extensionId}/options.html`);
  await p.locator('body[data-ready="true"]').waitFor();
  return { options: p, errors };
}

async function fresh() {
  const { options, errors } = await openOptions();
  await options.evaluate(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.clear(), chrome.alarms.clearAll()]));
  await options.reload();
  await options.locator('body[data-ready="true"]').waitFor();
  return { options, errors };
}

const stored = (options) => options.evaluate(async () => (await chrome.storage.sync.get('settings')).settings);
const visibleRules = (options) =>
  options.locator('.rule').evaluateAll((rows) => rows.filter((r) => r.checkVisibility()).map((r) => r.dataset.rule));
const row = (options, id) => options.locator(`.rule[data-rule="${id}"]`);

/** What every rule row shows, in the page's language. */
const rows = (options) =>
  options.locator('.rule').evaluateAll((els) =>
    els.map((r) => ({
      id: r.dataset.rule,
      area: r.closest('section[data-area]').dataset.area,
      name: r.querySelector('.name').textContent,
      shownId: r.querySelector('.id').textContent,
      what: r.querySelector('.what').textContent,
      params: [...r.querySelectorAll('.param')].map((p) => ({
        label: p.querySelector('label').textContent,
        value: p.querySelector('input').value,
        unit: p.querySelector('.unit').textContent,
      })),
    })),
  );

/** A locale key shown instead of its text means the string is missing. */
async function assertNoRawKeys(options) {
  const text = await options.locator('main').innerText();
  const raw = text.match(/\b(?:unit|area|preset|search|rule|number|confirm|reset|delete|data)[A-Z]\w*/g);
  assert.equal(raw, null, `locale keys shown as text: ${raw}`);
}

test('rules stand under the five scores by plain name, with labelled parameters, in English and German', async () => {
  const { options, errors } = await fresh();
  const headings = await options.locator('#rules section[data-area] > h3').allInnerTexts();
  assert.deepEqual(headings.map((h) => h.toLowerCase()), ['length', 'personal', 'ask', 'value', 'tone']);
  const en = await rows(options);
  assert.ok(en.length >= 37, `${en.length} rules`);
  for (const r of en) {
    assert.ok(r.name && !r.name.includes('/') && r.name !== r.id, `${r.id} is shown as ${JSON.stringify(r.name)}`);
    assert.equal(r.shownId, r.id, 'the id is there, as secondary text');
    for (const p of r.params) assert.ok(p.label && !/_/.test(p.label) && p.unit, `${r.id}: ${JSON.stringify(p)}`);
  }
  // Each family under the score its findings count towards (crates/core/src/report.rs).
  const area = Object.fromEntries(en.map((r) => [r.id, r.area]));
  assert.equal(area['readability/hard-to-read'], 'length');
  assert.equal(area['template/placeholder'], 'personal');
  assert.equal(area['followup/nothing-new'], 'ask');
  assert.equal(area['trust/no-easy-no'], 'value');
  assert.equal(area['spam/hype'], 'tone');
  const near = en.find((r) => r.id === 'length/near-limit');
  assert.equal(near.name, 'Close to the limit');
  assert.deepEqual(near.params, [{ label: 'Counts as close from', value: '85', unit: '%' }]);
  const sentence = en.find((r) => r.id === 'length/long-sentence');
  assert.deepEqual(sentence.params, [{ label: 'Sentences up to', value: '25', unit: 'words' }]);
  // The unit agrees with the number as it is typed.
  const asks = options.locator('[data-path="rules.ask/too-many.params.max_asks"]');
  await asks.fill('1');
  assert.equal(await row(options, 'ask/too-many').locator('.unit').innerText(), 'ask');
  await asks.fill('2');
  assert.equal(await row(options, 'ask/too-many').locator('.unit').innerText(), 'asks');
  await assertNoRawKeys(options);
  await options.evaluate(() => window.scrollTo(0, 0));
  await options.screenshot({ path: `${SHOTS}options-en-light.png` });
  await row(options, 'length/near-limit').screenshot({ path: `${SHOTS}options-rule-en-light.png` });

  await options.locator('[data-path="ui_lang"]').selectOption('de');
  await options.locator('#status', { hasText: 'Gespeichert' }).waitFor();
  const de = await rows(options);
  const deHeadings = await options.locator('#rules section[data-area] > h3').allInnerTexts();
  assert.deepEqual(deHeadings.map((h) => h.toLowerCase()), ['länge', 'persönlich', 'bitte', 'nutzen', 'ton']);
  for (const [i, r] of de.entries()) {
    assert.notEqual(r.name, en[i].name, `${r.id} has no German name`);
    assert.notEqual(r.what, en[i].what, `${r.id} has no German description`);
    for (const [j, p] of r.params.entries()) assert.notEqual(p.label, en[i].params[j].label, `${r.id}: ${p.label}`);
  }
  assert.equal(de.find((r) => r.id === 'length/near-limit').name, 'Nah am Limit');
  assert.deepEqual(de.find((r) => r.id === 'length/long-sentence').params, [{ label: 'Sätze bis', value: '25', unit: 'Wörter' }]);
  await assertNoRawKeys(options);
  await options.evaluate(() => window.scrollTo(0, 0));
  await options.screenshot({ path: `${SHOTS}options-de-light.png` });
  await row(options, 'value/self-focus').screenshot({ path: `${SHOTS}options-rule-de-light.png` });
  assert.deepEqual(errors, []);
  await options.close();
});

test('a parameter out of range is refused in the UI language and in its own units, saving nothing', async () => {
  const { options } = await fresh();
  await options.locator('[data-path="ui_lang"]').selectOption('de');
  await options.locator('#status', { hasText: 'Gespeichert' }).waitFor();
  const before = await stored(options);
  // The share near the limit is edited as a percentage; the engine stores 0.5–1.
  const ratio = options.locator('[data-path="rules.length/near-limit.params.ratio"]');
  await ratio.fill('120');
  await ratio.press('Tab');
  const message = options.locator('.error-text[data-for="rules.length/near-limit.params.ratio"]');
  await message.waitFor();
  assert.equal(await message.innerText(), 'Bitte eine Zahl von 50 bis 100 eingeben.');
  assert.equal(await ratio.getAttribute('aria-invalid'), 'true');
  assert.match(await ratio.getAttribute('aria-describedby'), /ratio-error/);
  assert.match(await options.locator('#status').innerText(), /Nicht gespeichert/);
  assert.deepEqual(await stored(options), before, 'nothing stored');
  await row(options, 'length/near-limit').screenshot({ path: `${SHOTS}options-invalid-de-light.png` });
  await ratio.fill('75');
  await ratio.press('Tab');
  await options.locator('#status', { hasText: 'Gespeichert' }).waitFor();
  assert.equal((await stored(options)).config.rules['length/near-limit'].params.ratio, 0.75);
  assert.equal(await options.locator('.error-text').count(), 0);
  await options.close();
});

test('the search filters rules by name, description and id, and saves nothing', async () => {
  const { options, errors } = await fresh();
  const search = options.locator('#rule-search');
  const all = (await visibleRules(options)).length;
  await search.fill('exclamation');
  assert.deepEqual(await visibleRules(options), ['spam/exclamations'], 'by name');
  assert.equal(await options.locator('#search-count').innerText(), `1 of ${all} rules`);
  // Areas with nothing to show are hidden with their heading.
  assert.deepEqual(
    await options.locator('#rules section[data-area]').evaluateAll((s) => s.filter((x) => x.checkVisibility()).map((x) => x.dataset.area)),
    ['tone'],
  );
  await search.fill('calendly');
  assert.deepEqual(await visibleRules(options), ['spam/link'], 'by description');
  await search.fill('ask/too');
  assert.deepEqual(await visibleRules(options), ['ask/too-many'], 'by id');
  await search.fill('greeting name');
  const greeting = await visibleRules(options);
  assert.ok(greeting.includes('personal/unaddressed') && greeting.length < 5, greeting.join(', '));
  await search.fill('qwertz');
  assert.deepEqual(await visibleRules(options), []);
  assert.equal(await options.locator('#no-match').innerText(), 'No rule matches “qwertz”.');
  await search.fill('');
  assert.equal((await visibleRules(options)).length, all);
  assert.equal(await options.locator('#no-match').isVisible(), false);
  assert.equal(await stored(options), undefined, 'searching is not a setting');

  // In German it searches the German names, umlauts or not.
  await options.locator('[data-path="ui_lang"]').selectOption('de');
  await options.locator('#status', { hasText: 'Gespeichert' }).waitFor();
  await search.fill('grossbuchstaben');
  assert.deepEqual(await visibleRules(options), ['spam/all-caps']);
  await search.fill('Übertreibung');
  assert.ok((await visibleRules(options)).includes('spam/hype'));
  await options.screenshot({ path: `${SHOTS}options-search-de-light.png` });
  assert.deepEqual(errors, []);
  await options.close();
});

test('a preset applies through the engine, survives a reload, and asks before replacing your own mix', async () => {
  const { options, errors } = await fresh();
  const pressed = () => options.locator('[data-preset][aria-pressed="true"]').evaluateAll((b) => b.map((x) => x.dataset.preset));
  assert.deepEqual(await pressed(), ['standard'], 'the defaults are the standard preset');

  await options.locator('[data-preset="strict"]').click();
  await options.locator('#status', { hasText: '“Strict” is on' }).waitFor();
  assert.deepEqual(await pressed(), ['strict']);
  const strict = (await stored(options)).config.rules;
  assert.equal(strict['spam/hype'].severity, 'error');
  assert.equal(strict['length/long-sentence'].params.max_words, 20);
  assert.equal(await options.locator('[data-path="rules.spam/hype.severity"]').inputValue(), 'error');
  assert.equal(await options.locator('[data-path="rules.length/long-sentence.params.max_words"]').inputValue(), '20');
  assert.equal(await options.locator('[data-path="rules.length/near-limit.params.ratio"]').inputValue(), '75');

  await options.reload();
  await options.locator('body[data-ready="true"]').waitFor();
  assert.deepEqual(await pressed(), ['strict'], 'still strict after a reload');
  assert.equal(await options.locator('[data-path="rules.spam/hype.severity"]').inputValue(), 'error');

  // One change by hand makes it the user's own mix.
  const sentence = options.locator('[data-path="rules.length/long-sentence.params.max_words"]');
  await sentence.fill('22');
  await sentence.press('Tab');
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  await options.locator('#preset-custom').waitFor();
  assert.deepEqual(await pressed(), []);
  await options.locator('#presets').screenshot({ path: `${SHOTS}options-presets-custom-en-light.png` });

  // Choosing a preset now would lose that change: asked first; Cancel keeps it.
  await options.locator('[data-preset="gentle"]').click();
  const confirm = options.locator('#preset-replace');
  await confirm.waitFor();
  assert.match(await confirm.innerText(), /Replace your own rule settings with “Gentle”/);
  assert.equal(await options.evaluate(() => document.activeElement.id), 'preset-replace-no', 'Cancel has the focus');
  await options.locator('#presets').screenshot({ path: `${SHOTS}options-preset-confirm-en-light.png` });
  await options.locator('#preset-replace-no').click();
  assert.equal(await confirm.count(), 0);
  assert.equal((await stored(options)).config.rules['length/long-sentence'].params.max_words, 22);

  await options.locator('[data-preset="gentle"]').click();
  await options.locator('#preset-replace-yes').click();
  await options.locator('#status', { hasText: '“Gentle” is on' }).waitFor();
  assert.deepEqual(await pressed(), ['gentle']);
  const gentle = (await stored(options)).config.rules;
  assert.equal(gentle['tone/hedging'].enabled, false);
  assert.equal(await options.locator('[data-path="rules.tone/hedging.enabled"]').isChecked(), false);

  // From one preset to another nothing of the user's is lost, so nothing is asked.
  await options.locator('[data-preset="standard"]').click();
  await options.locator('#status', { hasText: '“Standard” is on' }).waitFor();
  assert.equal(await options.locator('#preset-replace').count(), 0);
  assert.equal((await stored(options)).config.rules, undefined, 'standard is the defaults');
  assert.equal(await options.locator('[data-path="rules.tone/hedging.enabled"]').isChecked(), true);
  await options.locator('#presets').screenshot({ path: `${SHOTS}options-presets-en-light.png` });
  assert.deepEqual(errors, []);
  await options.close();
});

test('reset and delete ask first; Cancel and Esc keep everything', async () => {
  const { options, errors } = await fresh();
  const phrases = options.locator('[data-path="phrases.en.accept"]');
  await phrases.fill('Contoso');
  await phrases.press('Tab');
  await options.locator('#status', { hasText: 'Saved' }).waitFor();
  await options.evaluate(() => chrome.storage.local.set({ followups: { x: { name: 'Anna' } } }));
  const kept = async () => (await stored(options))?.config?.phrases?.en?.accept?.[0] === 'Contoso';

  // Delete: styled apart from export, and asks.
  const del = options.locator('#delete-all');
  const colour = (l) => l.evaluate((b) => getComputedStyle(b).color);
  assert.notEqual(await colour(del), await colour(options.locator('#export')), 'delete does not look like export');
  await del.click();
  const confirm = options.locator('#confirm-delete');
  await confirm.waitFor();
  assert.match(await confirm.innerText(), /cannot be undone/);
  assert.equal(await del.getAttribute('aria-expanded'), 'true');
  assert.equal(await options.evaluate(() => document.activeElement.id), 'confirm-delete-no');
  assert.ok(await kept(), 'asking deletes nothing');
  // The question and its buttons are in view, not under the sticky status line.
  const [yes, line] = await Promise.all([options.locator('#confirm-delete-yes').boundingBox(), options.locator('#status').boundingBox()]);
  assert.ok(yes.y >= 0 && yes.y + yes.height <= line.y, `buttons at ${yes.y}–${yes.y + yes.height}, status line from ${line.y}`);
  await options.screenshot({ path: `${SHOTS}options-delete-confirm-en-light.png` });
  await options.locator('#confirm-delete-no').click();
  assert.equal(await confirm.count(), 0);
  assert.equal(await options.evaluate(() => document.activeElement.id), 'delete-all', 'focus back on the button');
  await del.click();
  await options.keyboard.press('Escape');
  assert.equal(await confirm.count(), 0);
  assert.ok(await kept(), 'Cancel and Esc delete nothing');

  // Reset asks the same way.
  await options.locator('#reset').click();
  await options.locator('#confirm-reset').waitFor();
  assert.match(await options.locator('#confirm-reset').innerText(), /reminders already set stay/);
  await options.locator('#confirm-reset-no').click();
  assert.ok(await kept());

  await del.click();
  await options.locator('#confirm-delete-yes').click();
  await options.locator('#status', { hasText: 'deleted' }).waitFor();
  assert.deepEqual(await options.evaluate(() => chrome.storage.local.get(null)), {});
  assert.equal(await stored(options), undefined);
  assert.equal(await phrases.inputValue(), '', 'the form shows the defaults');

  // The same in German.
  await options.locator('[data-path="ui_lang"]').selectOption('de');
  await options.locator('#status', { hasText: 'Gespeichert' }).waitFor();
  await options.locator('#delete-all').click();
  assert.match(await options.locator('#confirm-delete').innerText(), /nicht rückgängig/);
  assert.equal(await options.locator('#confirm-delete-yes').innerText(), 'Alles löschen');
  await assertNoRawKeys(options);
  await options.screenshot({ path: `${SHOTS}options-delete-confirm-de-light.png` });
  await options.locator('#confirm-delete-no').click();
  assert.deepEqual(errors, []);
  await options.close();
});
