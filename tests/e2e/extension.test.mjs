// The real unpacked extension (dist/extension) in Debian's Chromium, on fixture pages served
// at LinkedIn's and XING's real addresses with their strict CSPs. What a user sees: the
// badge and underlines react to typing, cards explain and apply, the user's text is theirs,
// and nothing leaves the machine. Screenshots go to target/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, extensionSuite, launchWithExtension, openFixture } from '../support/extension.mjs';

const MESSAGING = 'https://www.linkedin.com/messaging/thread/2-abc/';
const PROFILE = 'https://www.linkedin.com/in/anna-schmidt/';
const INMAIL = 'https://www.linkedin.com/messaging/compose/';
const SALES = 'https://www.linkedin.com/sales/inbox/compose/';
const XING = 'https://www.xing.com/chats/lena-hoffmann';
const WEAK = 'Hi there,\n\nI came across your profile and would love to connect. Our solution generates THOUSANDS OF LEADS, guaranteed!!!';
const GOOD =
  'Hi Anna,\n\nI enjoyed your talk on pair reviews at Contoso. Could we talk for 15 minutes next week about how you pick the tasks? Happy to share our results in return. No worries if not.\n\nBen';

const browser = extensionSuite();

/** The overlay host of the composer `editor` (a locator), found by position in the page. */
async function overlayFor(page, n = 0) {
  const hosts = page.locator('verbindlich-overlay');
  await hosts.nth(n).waitFor({ state: 'attached' });
  return hosts.nth(n);
}

/** Waits until the overlay reports on exactly `chars` characters, and returns its attributes. */
async function settled(host, chars) {
  await host.page().waitForFunction(
    ([h, c]) => h.getAttribute('data-chars') === String(c) && h.getAttribute('data-score') !== '',
    [await host.elementHandle(), chars],
  );
  return host.evaluate((h) => Object.fromEntries([...h.attributes].map((a) => [a.name, a.value])));
}

async function panelRules(host) {
  const page = host.page();
  await host.locator('.badge').click();
  const rules = await host.locator('.panel button.item').evaluateAll((items) => items.map((i) => i.dataset.rule));
  await page.keyboard.press('Escape');
  return rules;
}

const editorText = (page, selector) => page.evaluate((sel) => window.fixture.draft(document.querySelector(sel)), selector);

test('typing in LinkedIn messaging updates the badge, the underlines and the card', async () => {
  const { page, errors } = await openFixture(browser.context, MESSAGING);
  const editor = page.locator('#main-form [contenteditable]');
  await editor.click();
  await page.keyboard.type(WEAK);
  const host = await overlayFor(page);
  const attrs = await settled(host, WEAK.length);
  assert.equal(attrs['data-surface'], 'linkedin-message');
  assert.ok(Number(attrs['data-score']) < 60, `weak message scored ${attrs['data-score']}`);
  assert.ok(Number(attrs['data-findings']) >= 5, `findings: ${attrs['data-findings']}`);
  // Underlines through the Custom Highlight API, painted by the browser under the text.
  const underlined = await page.evaluate(() =>
    ['error', 'warning', 'hint'].reduce((n, s) => n + (CSS.highlights.get(`verbindlich-${s}`)?.size ?? 0), 0),
  );
  assert.equal(underlined, Number(attrs['data-marks']));
  assert.ok(underlined >= 5);
  // The badge says it in words, not only in colour.
  const badge = await host.locator('.badge').innerText();
  assert.match(badge, new RegExp(`${attrs['data-score']}[\\s\\S]*${WEAK.length}/8000[\\s\\S]*19 words`));
  assert.ok(
    (await panelRules(host)).includes('personal/generic-salutation'),
    'the recipient is Anna, the message says "Hi there"',
  );

  // Hovering an underlined phrase opens its card.
  const box = await page.evaluate(() => {
    const p = [...document.querySelectorAll('#main-form p')].find((x) => x.textContent.includes('would love'));
    const node = p.firstChild;
    const r = document.createRange();
    const at = node.data.indexOf('would love to connect');
    r.setStart(node, at);
    r.setEnd(node, at + 5);
    const b = r.getBoundingClientRect();
    return { x: b.left + b.width / 2, y: b.top + b.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  const card = host.locator('.card');
  await card.waitFor({ state: 'visible' });
  assert.ok((await card.innerText()).length > 20);
  await page.screenshot({ path: `${SHOTS}extension-linkedin-message.png` });

  // Made good, it scores high and the underlines go.
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(GOOD);
  const good = await settled(host, GOOD.length);
  assert.ok(Number(good['data-score']) >= 80, `good message scored ${good['data-score']}`);
  assert.equal(await editorText(page, '#main-form [contenteditable]'), GOOD, 'typing never changes the text');
  assert.deepEqual(errors, []);
  assert.deepEqual(await page.evaluate(() => window.fixture.violations), []);
  await page.close();
});

test('two composers at once: each has one overlay and its own recipient', async () => {
  const { page } = await openFixture(browser.context, MESSAGING);
  const first = 'Hi Anna, could we talk for 15 minutes next week about your robotics talk?';
  const second = 'Hi Anna, could we talk for 15 minutes next week about your logistics talk?';
  await page.locator('#main-form [contenteditable]').click();
  await page.keyboard.type(first);
  await page.locator('#bubble-jonas-form [contenteditable]').click();
  await page.keyboard.type(second);
  const hosts = page.locator('verbindlich-overlay');
  assert.equal(await hosts.count(), 2);
  const main = await settled(hosts.nth(0), first.length);
  const bubble = await settled(hosts.nth(1), second.length);
  assert.equal(main['data-surface'], 'linkedin-message');
  assert.equal(bubble['data-surface'], 'linkedin-message');
  // The bubble is a conversation with Jonas: "Hi Anna" there is the wrong name.
  assert.ok(!(await panelRules(hosts.nth(0))).includes('personal/unaddressed'));
  assert.ok((await panelRules(hosts.nth(1))).includes('personal/unaddressed'));
  await page.close();
});

test('a composer removed and re-added 50 times leaves one overlay and no growth', async () => {
  const { page } = await openFixture(browser.context, MESSAGING);
  const cdp = await page.context().newCDPSession(page);
  const counters = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return cdp.send('Memory.getDOMCounters');
  };
  const cycle = async (n) => {
    for (let i = 0; i < n; i++) {
      await page.evaluate(() => {
        window.fixture.closeBubble('bubble-jonas');
        window.fixture.openBubble('Jonas Weber', 'bubble-jonas');
      });
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    }
  };
  const looked = () => page.waitForTimeout(250); // the content script looks every 100 ms
  await cycle(10);
  await looked();
  const before = await counters();
  await cycle(50);
  await looked();
  const after = await counters();
  assert.equal(await page.locator('verbindlich-overlay').count(), 2, 'one overlay per composer');
  assert.ok(after.jsEventListeners <= before.jsEventListeners, `listeners ${before.jsEventListeners} → ${after.jsEventListeners}`);
  assert.ok(after.nodes <= before.nodes + 50, `nodes ${before.nodes} → ${after.nodes}`);
  // The re-added composer still works.
  await page.locator('#bubble-jonas-form [contenteditable]').click();
  await page.keyboard.type('Hi Jonas, thanks for connecting.');
  await settled(page.locator('verbindlich-overlay').nth(1), 32);
  await page.close();
});

test('applying a suggestion changes the text once, and the page hears it', async () => {
  const { page } = await openFixture(browser.context, MESSAGING);
  await page.locator('#main-form [contenteditable]').click();
  await page.keyboard.type(WEAK);
  const host = await overlayFor(page);
  await settled(host, WEAK.length);
  // The salutation's card offers the recipient's name.
  await host.locator('.badge').click();
  await host.locator('.panel button.item[data-rule="personal/generic-salutation"]').click();
  const apply = host.locator('.card button.apply');
  const label = await apply.innerText();
  const suggestion = /“(.*)”/.exec(label)?.[1];
  assert.ok(suggestion?.includes('Anna'), label);
  const inputsBefore = await page.evaluate(() => window.fixture.inputs.length);
  await apply.click();
  const text = await page.waitForFunction(
    (before) => window.fixture.inputs.length > before && window.fixture.inputs.at(-1).text,
    inputsBefore,
  );
  const after = await text.jsonValue();
  assert.ok(after.startsWith(`${suggestion},`), after);
  assert.equal(after.split(suggestion).length, 2, 'the suggestion appears once');
  assert.equal(after.replace(suggestion, 'Hi there'), WEAK, 'nothing else changed');
  assert.equal(await page.evaluate(() => window.fixture.inputs.length), inputsBefore + 1, 'one input event');
  await settled(host, after.length);
  // Undo is the browser's own: one Ctrl+Z restores the original.
  await page.locator('#main-form [contenteditable]').focus();
  await page.keyboard.press('Control+Z');
  await page.waitForFunction((w) => window.fixture.draft(document.querySelector('#main-form [contenteditable]')) === w, WEAK);
  await page.close();
});

for (const [name, url] of [
  ['the shadow root of #interop-outlet', PROFILE],
  ['the light DOM on older pages', `${PROFILE}?modal=light`],
]) {
  test(`connection note in ${name}: limit from the page, overlay beside the modal`, async () => {
    const { page, errors } = await openFixture(browser.context, url);
    await page.locator('#connect').click();
    await page.locator('#add-note').click(); // pierces the shadow root
    const note = page.locator('#custom-message');
    await note.waitFor();
    await note.click();
    const text = 'Hi Anna, your ROSCon talk on fleet tests was great. Could I ask you one question about it next week?';
    await page.keyboard.type(text);
    const host = page.locator('verbindlich-overlay');
    assert.equal(await host.count(), 1);
    const attrs = await settled(host, text.length);
    assert.equal(attrs['data-surface'], 'linkedin-connect');
    assert.match(await host.locator('.badge').innerText(), new RegExp(`${text.length}/300`));
    const inShadow = await page.evaluate(() => !!document.getElementById('interop-outlet').shadowRoot?.querySelector('verbindlich-overlay'));
    assert.equal(inShadow, !url.includes('modal=light'));
    // The badge never covers the Send button.
    const badge = await host.locator('.badge').boundingBox();
    const send = await page.locator('[aria-label="Send invitation"]').boundingBox();
    const overlap = badge.x < send.x + send.width && send.x < badge.x + badge.width && badge.y < send.y + send.height && send.y < badge.y + badge.height;
    assert.ok(!overlap, 'badge clear of Send');
    assert.equal(await note.inputValue(), text);
    if (!url.includes('modal=light')) await page.screenshot({ path: `${SHOTS}extension-linkedin-connect.png` });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('InMail and Sales Navigator: the InMail surface and the limit the page shows', async () => {
  for (const [url, selector, limit] of [
    [INMAIL, '.msg-form--inmail [contenteditable]', 1900],
    [SALES, 'textarea[name="message"]', 1900],
  ]) {
    const { page } = await openFixture(browser.context, url);
    await page.locator(selector).click();
    const text = 'Hello, I would love to pick your brain about scaling logistics teams. Let me know when suits you.';
    await page.keyboard.type(text);
    const host = await overlayFor(page);
    const attrs = await settled(host, text.length);
    assert.equal(attrs['data-surface'], 'linkedin-inmail', url);
    assert.match(await host.locator('.badge').innerText(), new RegExp(`/${limit}`));
    assert.equal(await page.locator('verbindlich-overlay').count(), 1, 'the subject line is not a composer');
    await page.close();
  }
});

test('XING messenger under a CSP without inline styles: a mirror underlines the textarea', async () => {
  const de = await launchWithExtension({ locale: 'de-DE' });
  try {
    const { page, errors } = await openFixture(de.context, XING);
    const box = page.locator('form textarea');
    await box.click();
    const text = 'Hallo,\n\nich bin auf Ihr Profil gestoßen und würde mich freuen, mich mit Ihnen zu vernetzen. Unsere Lösung ist die beste am Markt!!!';
    await page.keyboard.type(text);
    const host = await overlayFor(page);
    const attrs = await settled(host, [...text].length);
    assert.equal(attrs['data-surface'], 'xing-message');
    assert.ok(Number(attrs['data-marks']) >= 2, `marks: ${attrs['data-marks']}`);
    // The underlines are drawn boxes in our shadow root, positioned inside the textarea.
    const marks = await host.locator('.mark').evaluateAll((ms) => ms.map((m) => m.getBoundingClientRect().toJSON()));
    const area = await box.boundingBox();
    assert.ok(marks.length >= 2);
    for (const m of marks) assert.ok(m.x >= area.x && m.x + m.width <= area.x + area.width + 1 && m.height > 0, JSON.stringify(m));
    // The first underline ("Hallo") starts where the textarea's text starts: border + padding.
    const inset = await box.evaluate((t) => {
      const cs = getComputedStyle(t);
      return parseFloat(cs.borderLeftWidth) + parseFloat(cs.paddingLeft);
    });
    const first = marks.reduce((a, b) => (b.y < a.y || (b.y === a.y && b.x < a.x) ? b : a));
    assert.ok(Math.abs(first.x - (area.x + inset)) <= 1.5, `first underline at ${first.x}, text starts at ${area.x + inset}`);
    // Lines wrap where the textarea wraps them: no underline runs past its text's right edge.
    for (const m of marks) assert.ok(m.x + m.width <= area.x + area.width - inset + 1, `underline past the text edge: ${JSON.stringify(m)}`);
    // Styled through constructable stylesheets: the page's CSP blocked nothing of ours.
    const position = await host.locator('.badge').evaluate((b) => getComputedStyle(b).position);
    assert.equal(position, 'fixed');
    assert.deepEqual(await page.evaluate(() => window.fixture.violations), []);
    // German UI: the badge and the findings speak German.
    assert.match(await host.locator('.badge').innerText(), /Wörter/);
    assert.equal(await box.inputValue(), text, 'typing never changes the text');
    await page.screenshot({ path: `${SHOTS}extension-xing-message.png` });
    assert.deepEqual(errors, []);
    // The older messenger's textarea is found by its fallback selector.
    const legacy = await openFixture(de.context, `${XING}?variant=legacy`);
    await legacy.page.locator('textarea[data-qa="messenger-input"]').click();
    await legacy.page.keyboard.type('Hallo Lena, danke fürs Bestätigen!');
    assert.equal((await settled(await overlayFor(legacy.page), 34))['data-surface'], 'xing-message');
    assert.deepEqual(de.unexpected, []);
  } finally {
    assert.deepEqual(await de.close(), [], 'requests in the network log');
  }
});

test('a stopped service worker loses no keystroke', async () => {
  const { page } = await openFixture(browser.context, MESSAGING);
  await page.locator('#main-form [contenteditable]').click();
  await page.keyboard.type('Hi Anna, ');
  const host = await overlayFor(page);
  await settled(host, 9);
  const workerStart = () => browser.context.serviceWorkers()[0].evaluate(() => performance.timeOrigin);
  const before = await workerStart();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers'); // as the browser does to an idle worker
  await page.keyboard.type('could we talk next week?');
  const attrs = await settled(host, 33);
  assert.notEqual(attrs['data-score'], '');
  assert.equal(attrs['data-error'], undefined);
  assert.notEqual(await workerStart(), before, 'a new worker answered');
  await page.close();
});

test('keyboard only: Alt+Enter opens the findings, a card applies, Escape returns to the message', async () => {
  const { page } = await openFixture(browser.context, MESSAGING);
  const editor = page.locator('#main-form [contenteditable]');
  await editor.click();
  await page.keyboard.type(WEAK);
  const host = await overlayFor(page);
  await settled(host, WEAK.length);
  // The caret sits in "Hi there": Alt+Enter opens the list at that finding.
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('ArrowRight');
  // Moving the caret into a finding opens its card (typing never does).
  await host.locator('.card[data-rule="personal/generic-salutation"]').waitFor({ state: 'visible' });
  await page.keyboard.press('Alt+Enter');
  const focused = () => host.evaluate((h) => h.shadowRoot.activeElement?.dataset.rule ?? null);
  await host.locator('.panel').waitFor({ state: 'visible' });
  assert.equal(await focused(), 'personal/generic-salutation');
  // Its card opens with Enter, and Enter on the card's first button applies the suggestion.
  await page.keyboard.press('Enter');
  await host.locator('.card').waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.fixture.draft(document.querySelector('#main-form [contenteditable]')).startsWith('Hi Anna'));
  // Escape from the list puts the caret back in the message.
  await settled(host, WEAK.length - 'there'.length + 'Anna'.length);
  await editor.focus();
  await page.keyboard.press('Alt+Enter');
  await host.locator('.panel').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await host.locator('.panel').waitFor({ state: 'hidden' });
  assert.equal(await editor.evaluate((e) => document.activeElement === e), true);
  await page.close();
});

test('the badge follows the composer through scrolling, resizing and dark mode', async () => {
  const { page } = await openFixture(browser.context, MESSAGING);
  await page.emulateMedia({ colorScheme: 'dark' });
  const editor = page.locator('#main-form [contenteditable]');
  await editor.click();
  await page.keyboard.type(WEAK);
  const host = await overlayFor(page);
  await settled(host, WEAK.length);
  const gap = async () => {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const b = await host.locator('.badge').boundingBox();
    const e = await editor.boundingBox();
    return { dx: Math.round(e.x + e.width - (b.x + b.width)), dy: Math.round(e.y - (b.y + b.height)) };
  };
  const start = await gap();
  await page.setViewportSize({ width: 900, height: 360 });
  const y0 = (await editor.boundingBox()).y;
  await page.mouse.move(640, 200);
  await page.mouse.wheel(0, 200);
  await page.waitForFunction((y) => document.querySelector('#main-form [contenteditable]').getBoundingClientRect().y < y - 40, y0);
  assert.deepEqual(await gap(), start, 'same place relative to the editor after resize and scroll');
  const bg = await host.locator('.badge').evaluate((b) => getComputedStyle(b).backgroundColor);
  assert.equal(bg, 'rgb(31, 35, 40)', 'dark badge in dark mode');
  await page.screenshot({ path: `${SHOTS}extension-dark.png` });
  await page.close();
});

test('a hostile page: removes, moves and restyles our overlay, hosts 50 composers — the overlay recovers, the editor works', async () => {
  const { page, errors } = await openFixture(browser.context, MESSAGING);
  const editor = page.locator('#main-form [contenteditable]');
  await editor.click();
  await page.keyboard.type('Hi there, would love to connect.');
  const hosts = page.locator('verbindlich-overlay');
  await settled(hosts.first(), 32);
  // Removed: back within a moment, and still reporting.
  await page.evaluate(() => document.querySelectorAll('verbindlich-overlay').forEach((h) => h.remove()));
  await page.waitForFunction(() => document.querySelectorAll('verbindlich-overlay').length === 2);
  // Moved into a hidden corner: back home.
  await page.evaluate(() => {
    const jail = document.createElement('div');
    jail.id = 'jail';
    document.body.prepend(jail);
    jail.append(...document.querySelectorAll('verbindlich-overlay'));
  });
  await page.waitForFunction(() => document.getElementById('jail').children.length === 0);
  // Restyled with !important: the badge stays visible and in place.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'verbindlich-overlay, verbindlich-overlay * { display: none !important; opacity: 0 !important; transform: scale(0) !important; } * { font-family: serif !important; }';
    document.head.append(style);
  });
  await page.keyboard.type(' Could we talk?');
  const attrs = await settled(hosts.first(), 47);
  assert.notEqual(attrs['data-score'], '');
  const badge = await hosts.first().locator('.badge').boundingBox();
  assert.ok(badge && badge.width > 20 && badge.height > 10, `badge visible: ${JSON.stringify(badge)}`);
  // Fifty composers at once: one overlay each, and typing in the last still works.
  await page.evaluate(() => {
    for (let i = 0; i < 48; i++) window.fixture.openBubble(`Person ${i}`, `bubble-${i}`);
  });
  await page.waitForFunction(() => document.querySelectorAll('verbindlich-overlay').length === 50);
  await page.locator('#bubble-47-form [contenteditable]').click();
  await page.keyboard.type('Hi Person, thanks!');
  await page.waitForFunction(() => document.querySelector('#bubble-47-form [contenteditable]').textContent === 'Hi Person, thanks!');
  assert.equal(await editorText(page, '#main-form [contenteditable]'), 'Hi there, would love to connect. Could we talk?');
  assert.deepEqual(errors, []);
  await page.close();
});

test('markup in a message, a name or a phrase is shown as text, never run', async () => {
  // A custom phrase with markup in it: findings quote it back.
  const phrase = '<b onmouseover="window.pwned=3">synergy</b>';
  const worker = browser.context.serviceWorkers()[0];
  await worker.evaluate((p) => chrome.storage.sync.set({ settings: { version: 1, config: { phrases: { en: { flag: [p] } } } } }), phrase);
  const { page } = await openFixture(browser.context, MESSAGING);
  const evil = '<img src=x onerror="window.pwned=1">';
  await page.evaluate((name) => window.fixture.openBubble(name, 'bubble-evil'), evil);
  await page.locator('#bubble-evil-form [contenteditable]').click();
  const text = `Hi ${evil}</style><a href="javascript:window.pwned=2">x</a>, I came across your profile!!! ${phrase}`;
  await page.keyboard.type(text);
  const host = page.locator('verbindlich-overlay').nth(2);
  await settled(host, text.length);
  await host.locator('.badge').click();
  const panel = await host.locator('.panel').innerText();
  await host.locator('.panel button.item[data-rule="template/own-phrase"]').click();
  const card = await host.locator('.card').innerText();
  assert.ok(panel.includes(phrase) || card.includes(phrase), `the phrase is quoted as text: ${panel}`);
  const injected = await host.evaluate((h) => h.shadowRoot.querySelectorAll('img, a, script, style').length);
  assert.equal(injected, 0, 'no element from the text in our overlay');
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  // The popup names the recipient as the page does: as text.
  await page.keyboard.press('Escape');
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html`);
  await page.bringToFront();
  await popup.evaluate(() => window.refresh());
  assert.equal(await popup.locator('#draft h2').innerText(), `Message to ${evil}`);
  assert.equal(await popup.locator('#draft img').count(), 0);
  assert.equal(await popup.evaluate(() => window.pwned), undefined);
  await popup.close();
  await page.close();
  await worker.evaluate(() => chrome.storage.sync.clear());
});

test('pages without a composer get no overlay', async () => {
  const { page } = await openFixture(browser.context, 'https://www.linkedin.com/feed/');
  await page.evaluate(() => window.fixture.grow(500));
  await page.waitForTimeout(400); // past the content script's next look (every 100 ms)
  assert.equal(await page.locator('verbindlich-overlay').count(), 0);
  await page.close();
});
