// The real unpacked extension (dist/extension) in Debian's Chromium, on fixture pages served
// at LinkedIn's and XING's real addresses with their strict CSPs. The fixtures rebuild the
// sites' structures from markup others captured on the live sites (each says which). What
// a user sees: the badge and underlines react to typing, cards explain and apply, the user's
// text is theirs, and nothing leaves the machine. Screenshots go to target/screenshots/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHOTS, extensionSuite, launchWithExtension, openFixture } from '../support/extension.mjs';

const MESSAGING = 'https://www.linkedin.com/messaging/thread/2-abc/';
const PROFILE = 'https://www.linkedin.com/in/anna-schmidt/';
const INMAIL = 'https://www.linkedin.com/messaging/compose/';
const SALES = 'https://www.linkedin.com/sales/lead/ACwAAB12345,NAME_SEARCH,x1/';
const DRAWER = 'https://www.linkedin.com/jobs/view/4000000001/';
const XING = 'https://www.xing.com/profile/Lena_Hoffmann';
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
  // Underlines drawn in our shadow tree, under the words themselves, at the next frame.
  await page.waitForFunction((h) => h.shadowRoot.querySelectorAll('.mark').length >= Number(h.getAttribute('data-marks')), await host.elementHandle());
  const marks = await host.locator('.mark').evaluateAll((ms) => ms.map((m) => m.getBoundingClientRect().toJSON()));
  const field = await editor.boundingBox();
  assert.ok(Number(attrs['data-marks']) >= 5 && marks.length >= Number(attrs['data-marks']), `${marks.length} marks for ${attrs['data-marks']}`);
  for (const m of marks) assert.ok(m.x >= field.x - 1 && m.x + m.width <= field.x + field.width + 1 && m.height > 0, JSON.stringify(m));
  // The badge says it in words, not only in colour.
  const badge = await host.locator('.badge').innerText();
  assert.match(badge, new RegExp(`${attrs['data-score']}[\\s\\S]*Weak[\\s\\S]*${WEAK.length}/8000[\\s\\S]*19 words`));
  // In the system's UI font, as the page around it is: never the browser's serif default.
  const font = await host.locator('.badge').evaluate((b) => getComputedStyle(b).fontFamily);
  assert.match(font, /system-ui/);
  assert.doesNotMatch(font, /^(serif|"?Times)/i);
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

test('never in the way: a card, the list and a note keep clear of the Send button, the line being typed and their words', async () => {
  const { page } = await openFixture(browser.context, MESSAGING);
  const editor = page.locator('#main-form [contenteditable]');
  await editor.click();
  // Long enough to wrap onto several lines, so a card has lines to cover.
  const text = `${WEAK} I would love to connect about pair reviews, and I came across your profile again while reading about your team.`;
  await page.keyboard.type(text);
  const host = await overlayFor(page);
  await settled(host, text.length);
  const overlaps = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  const send = await page.locator('#main-form .msg-form__send-button').boundingBox();
  // The caret into the first "would love to connect" opens its card.
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('#main-form p')].find((x) => x.textContent.includes('would love'));
    const node = p.firstChild;
    const r = document.createRange();
    r.setStart(node, node.data.indexOf('would love to connect') + 3);
    r.collapse(true);
    document.getSelection().removeAllRanges();
    document.getSelection().addRange(r);
  });
  await page.keyboard.press('ArrowRight');
  const card = host.locator('.card');
  await card.waitFor({ state: 'visible' });
  await page.waitForTimeout(100); // placed at the next frame
  const [cardBox, caret, span] = await Promise.all([
    card.boundingBox(),
    page.evaluate(() => {
      const r = document.getSelection().getRangeAt(0).getClientRects()[0];
      const e = document.querySelector('#main-form [contenteditable]').getBoundingClientRect();
      return { x: e.left, y: r.top, width: e.width, height: r.height };
    }),
    page.evaluate(() => {
      const p = [...document.querySelectorAll('#main-form p')].find((x) => x.textContent.includes('would love'));
      const node = p.firstChild;
      const r = document.createRange();
      const at = node.data.indexOf('would love to connect');
      r.setStart(node, at);
      r.setEnd(node, at + 'would love to connect'.length);
      return [...r.getClientRects()].map((b) => ({ x: b.left, y: b.top, width: b.width, height: b.height }));
    }),
  ]);
  assert.ok(!overlaps(cardBox, send), `the card ${JSON.stringify(cardBox)} covers Send ${JSON.stringify(send)}`);
  assert.ok(!overlaps(cardBox, caret), `the card covers the line being typed ${JSON.stringify(caret)}`);
  for (const s of span) assert.ok(!overlaps(cardBox, s), 'the card covers the words it is about');
  await page.screenshot({ path: `${SHOTS}extension-card-placed.png` });
  // The list, opened from the badge, keeps clear of Send too.
  await host.locator('.badge').click();
  const panel = await host.locator('.panel').boundingBox();
  assert.ok(!overlaps(panel, send), `the list ${JSON.stringify(panel)} covers Send`);
  // In a short window it shrinks to fit rather than run off the screen.
  await page.setViewportSize({ width: 1280, height: 520 });
  await page.waitForTimeout(150);
  const small = await host.locator('.panel').boundingBox();
  assert.ok(small.y >= 0 && small.y + small.height <= 520, `the list ${JSON.stringify(small)} leaves a 520 px window`);
  await page.keyboard.press('Escape');
  await page.close();
});

test('two composers at once: each has one overlay and its own recipient', async () => {
  const { page } = await openFixture(browser.context, MESSAGING);
  const first = 'Hi Anna, could we talk for 15 minutes next week about your robotics talk?';
  const second = 'Hi Anna, could we talk for 15 minutes next week about your logistics talk?';
  await page.locator('#main-form [contenteditable]').click();
  await page.keyboard.type(first);
  await page.locator('#bubble-jonas [contenteditable]').click();
  await page.keyboard.type(second);
  const hosts = page.locator('verbindlich-overlay');
  assert.equal(await hosts.count(), 2);
  const main = await settled(hosts.nth(0), first.length);
  const bubble = await settled(hosts.nth(1), second.length);
  assert.equal(main['data-surface'], 'linkedin-message');
  assert.equal(bubble['data-surface'], 'linkedin-message');
  // The bubble is a conversation with Jonas: "Hi Anna" there is the wrong name.
  assert.ok(!(await panelRules(hosts.nth(0))).includes('personal/wrong-name'));
  assert.ok((await panelRules(hosts.nth(1))).includes('personal/wrong-name'));
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
  await page.locator('#bubble-jonas [contenteditable]').click();
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

/**
 * What the content script sent the engine, seen from the worker: a listener on every port
 * the pages open (test-side only; the product keeps nothing). Install before opening a page.
 */
async function spyContexts(context = browser.context) {
  const [worker] = context.serviceWorkers();
  await worker.evaluate(() => {
    if (self.seen) return void (self.seen.length = 0);
    self.seen = [];
    chrome.runtime.onConnect.addListener((port) =>
      port.onMessage.addListener((m) => m?.type === 'analyze' && self.seen.push({ text: m.text, context: m.context })),
    );
  });
  /** The context sent with the newest analysis of exactly `text`. */
  return async (text) => {
    for (let i = 0; i < 100; i++) {
      const hit = await worker.evaluate((t) => self.seen.findLast((s) => s.text === t)?.context ?? null, text);
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 30));
    }
    throw new Error(`no analysis of ${JSON.stringify(text)} reached the worker`);
  };
}

/** Empties the focused editor and types `text`; returns the overlay's attributes once settled. */
async function retype(page, host, text) {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(text);
  return settled(host, text.length);
}

for (const [lang, draft, naming, example] of [
  [
    'English',
    'Hi Anna, I am looking for advice on hiring for a small team. Could I ask you one question about it next week?',
    'Hi Anna, Jonas Weber said you know robot fleets best. Could I ask you one question about hiring for them next week?',
    'Jonas Weber suggested I get in touch with you.',
  ],
  [
    'German',
    'Hallo Anna, ich suche Rat zur Einstellung für ein kleines Team. Darf ich Ihnen nächste Woche eine Frage dazu stellen?',
    'Hallo Anna, Jonas Weber meinte, Sie kennen sich mit Reviews für Roboterflotten am besten aus. Darf ich Ihnen nächste Woche eine Frage stellen?',
    'Jonas Weber hat mir empfohlen, mich bei Ihnen zu melden.',
  ],
]) {
  test(`the profile's facts are things to mention, marked once the ${lang} draft names them`, async () => {
    const { page, errors } = await openFixture(browser.context, PROFILE);
    await page.locator('#more').click();
    await page.locator('#connect').click();
    await page.locator('#add-note').click();
    const note = page.locator('#custom-message');
    await note.click();
    await page.keyboard.type(draft);
    const host = page.locator('verbindlich-overlay');
    await settled(host, draft.length);
    assert.ok((await panelRules(host)).includes('personal/no-reference'), 'nothing about Anna yet');
    await host.locator('.badge').click();
    const before = await host.locator('.panel .things button.thing').evaluateAll((items) => items.map((i) => [i.textContent, i.classList.contains('said')]));
    const shown = before.map(([text]) => text).join(' | ');
    for (const fact of ['Head of Robotics', 'Contoso', 'Munich', 'Jonas Weber', 'Mia Braun', '5 in common', 'Technische Universität München', 'Why pair reviews beat solo reviews for robot fleets']) {
      assert.ok(shown.includes(fact), `${fact} in ${shown}`);
    }
    assert.ok(before.every(([, said]) => !said), `nothing mentioned yet: ${shown}`);
    await host.locator('.panel .things').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}extension-things-to-mention-${lang.toLowerCase()}.png` });
    // A click shows a sentence that mentions the contact, in the draft's language; the
    // editor stays as the user wrote it.
    await host.locator('.panel .things button.thing', { hasText: 'Jonas Weber' }).click();
    assert.equal(await host.locator('.panel .things .example .sentence').innerText(), example);
    assert.equal(await note.inputValue(), draft);
    await page.keyboard.press('Escape');
    await note.click();
    await retype(page, host, naming);
    assert.ok(!(await panelRules(host)).includes('personal/no-reference'), 'naming a shared contact is about Anna');
    await host.locator('.badge').click();
    const after = await host.locator('.panel .things button.thing').evaluateAll((items) => items.map((i) => [i.textContent, i.classList.contains('said')]));
    const said = after.filter(([, s]) => s).map(([text]) => text).join(' | ');
    assert.match(said, /Jonas Weber/);
    assert.match(said, /robot fleets/, 'the post, by its topic');
    assert.doesNotMatch(said, /Mia Braun|Contoso|Munich/);
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('the thread is context: no messages is a first message, their newest a reply, the user\'s own unanswered one a follow-up', async () => {
  const contextOf = await spyContexts();
  const text = 'Thanks Anna, that helps. Could we talk on Tuesday at 10?';
  const seen = {};
  for (const thread of ['first', 'reply', 'followup']) {
    const { page } = await openFixture(browser.context, `${MESSAGING}?thread=${thread}`);
    await page.locator('#main-form [contenteditable]').click();
    await page.keyboard.type(`${text} ${thread}`);
    await settled(await overlayFor(page), text.length + thread.length + 1);
    seen[thread] = await contextOf(`${text} ${thread}`);
    await page.close();
  }
  assert.deepEqual(seen.first.thread, { kind: 'first' });
  assert.equal(seen.reply.thread.kind, 'reply');
  assert.equal(seen.reply.thread.their_last_message, 'Sure, Tuesday works! We pick them by battery age.');
  assert.equal(seen.reply.thread.first_message, undefined);
  assert.equal(seen.followup.thread.kind, 'followup');
  assert.match(seen.followup.thread.first_message, /^Hi Anna, I enjoyed your ROSCon talk/);
  assert.ok(Math.abs(seen.followup.thread.days_since_last_sent - 9) <= 1, `days: ${seen.followup.thread.days_since_last_sent}`);
  // The recipient from the title bar, the headline without its presence text, and the
  // user's own name (on their own messages) kept apart from both.
  for (const c of Object.values(seen)) {
    assert.equal(c.surface, 'linkedin-message');
    assert.equal(c.recipient.full_name, 'Anna Schmidt');
    assert.equal(c.recipient.headline, 'Head of Robotics at Contoso');
    assert.equal(c.sender.full_name, 'Ben Fischer');
  }
});

test('follow-up reminders read the thread the same way: a nudge starts none, a first message one, their answer clears it', async () => {
  const worker = browser.context.serviceWorkers()[0];
  await worker.evaluate(() =>
    Promise.all([chrome.storage.local.remove('followups'), chrome.storage.sync.set({ settings: { version: 1, reminders: true, presend: 'off' } })]),
  );
  const stored = async () => (await worker.evaluate(() => chrome.storage.local.get('followups'))).followups ?? [];
  const send = async (url, text) => {
    const { page } = await openFixture(browser.context, url);
    await page.locator('#main-form [contenteditable]').click();
    await page.keyboard.type(text);
    await settled(await overlayFor(page), text.length);
    await page.locator('#main-form .msg-form__send-button').click();
    await page.waitForFunction(() => window.fixture.sent.length === 1);
    return page;
  };
  // A nudge under the user's own unanswered message is a follow-up, not a first message.
  const nudge = await send('https://www.linkedin.com/messaging/thread/2-def/?thread=followup', 'Hi Anna, just checking you saw my question above?');
  const first = await send(MESSAGING, 'Hi Anna, I enjoyed your ROSCon talk. Could we talk for 15 minutes next week?');
  let list = [];
  for (let i = 0; i < 100 && !list.length; i++) {
    list = await stored();
    if (!list.length) await first.waitForTimeout(30);
  }
  assert.deepEqual(list.map((f) => f.url), [MESSAGING], 'one reminder, for the first message only');
  assert.equal(list[0].name, 'Anna Schmidt');
  // Anna answered: her message is the newest in the thread, and the reminder goes.
  await first.goto(`${MESSAGING}?thread=reply`);
  for (let i = 0; i < 100 && (await stored()).length; i++) await first.waitForTimeout(30);
  assert.deepEqual(await stored(), []);
  await nudge.close();
  await first.close();
  await worker.evaluate(() => Promise.all([chrome.storage.sync.clear(), chrome.storage.local.remove('followups')]));
});

test('a "New message" bubble in #interop-outlet\'s shadow root: the recipient from the pill, and greeting them scores higher', async () => {
  const contextOf = await spyContexts();
  const { page, errors } = await openFixture(browser.context, PROFILE);
  await page.locator('#message').click();
  const editor = page.locator('#bubble-anna [contenteditable]');
  await editor.click();
  const body = ', I enjoyed your ROSCon talk on fleet tests. Could we talk for 15 minutes next week about how you pick the robots? Happy to share our results.';
  await page.keyboard.type(`Hi Anna${body}`);
  const host = await overlayFor(page);
  const right = await settled(host, `Hi Anna${body}`.length);
  assert.equal(right['data-surface'], 'linkedin-message');
  assert.equal(await page.evaluate(() => !!document.getElementById('interop-outlet').shadowRoot.querySelector('verbindlich-overlay')), true);
  const context = await contextOf(`Hi Anna${body}`);
  assert.equal(context.recipient.full_name, 'Anna Schmidt', 'the pill, not the header\'s "New message"');
  assert.equal(context.recipient.headline, 'Head of Robotics at Contoso');
  assert.deepEqual(context.thread, { kind: 'first' });
  const wrong = await retype(page, host, `Hi Jonas${body}`);
  assert.ok(Number(right['data-score']) > Number(wrong['data-score']), `Anna ${right['data-score']} vs Jonas ${wrong['data-score']}`);
  await page.screenshot({ path: `${SHOTS}extension-linkedin-new-message.png` });
  assert.deepEqual(errors, []);
  await page.close();
});

for (const [name, query, limit] of [
  ['a Premium account, in #interop-outlet\'s shadow root', '', 300],
  ['a free account', '?plan=free', 200],
  ['the light DOM', '?modal=light', 300],
]) {
  test(`invitation note on a 2026 profile, ${name}: the page's ${limit}, the name from the top card's h2`, async () => {
    const contextOf = await spyContexts();
    const { page, errors } = await openFixture(browser.context, `${PROFILE}${query}`);
    await page.locator('#more').click();
    await page.locator('#connect').click();
    await page.locator('#add-note').click(); // pierces the shadow root
    const note = page.locator('#custom-message');
    await note.waitFor();
    await note.click();
    const body = ', your ROSCon talk on fleet tests was great. Could I ask you one question about it next week?';
    await page.keyboard.type(`Hi Anna${body}`);
    const host = page.locator('verbindlich-overlay');
    assert.equal(await host.count(), 1);
    const right = await settled(host, `Hi Anna${body}`.length);
    assert.equal(right['data-surface'], 'linkedin-connect');
    assert.match(await host.locator('.badge').innerText(), new RegExp(`${`Hi Anna${body}`.length}/${limit}\\b`));
    const context = await contextOf(`Hi Anna${body}`);
    assert.equal(context.max_chars, limit, 'read from the counter: the textarea has no maxlength');
    assert.deepEqual(context.recipient, {
      full_name: 'Anna Schmidt',
      headline: 'Head of Robotics at Contoso',
      company: 'Contoso',
      location: 'Munich, Bavaria, Germany',
      school: null,
      topics: [],
      mutual_connections: ['Jonas Weber', 'Mia Braun'],
      mutual_count: 5,
      shared: [{ kind: 'school', name: 'Technische Universität München' }],
      posts: ['Why pair reviews beat solo reviews for robot fleets'],
    });
    const inShadow = await page.evaluate(() => !!document.getElementById('interop-outlet').shadowRoot?.querySelector('verbindlich-overlay'));
    assert.equal(inShadow, !query.includes('modal=light'));
    // The badge never covers the Send button.
    const badge = await host.locator('.badge').boundingBox();
    const send = await page.locator('[aria-label="Send invitation"]').boundingBox();
    const overlap = badge.x < send.x + send.width && send.x < badge.x + badge.width && badge.y < send.y + send.height && send.y < badge.y + badge.height;
    assert.ok(!overlap, 'badge clear of Send');
    assert.equal(await note.inputValue(), `Hi Anna${body}`);
    if (!query) await page.screenshot({ path: `${SHOTS}extension-linkedin-connect.png` });
    // Greeting the page's person scores higher than greeting someone else.
    const wrong = await retype(page, host, `Hi Jonas${body}`);
    assert.ok(Number(right['data-score']) > Number(wrong['data-score']), `Anna ${right['data-score']} vs Jonas ${wrong['data-score']}`);
    // Over the page's limit, the badge says so.
    const long = `Hi Anna${body} `.repeat(Math.ceil((limit + 10) / (body.length + 8))).trim();
    await page.locator('#custom-message').fill('');
    await note.click();
    await page.keyboard.insertText(long);
    await settled(host, long.length);
    assert.match(await host.locator('.badge').innerText(), new RegExp(`${long.length}/${limit}[\\s\\S]*over the limit`));
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('InMail on linkedin.com: the InMail surface, and the subject line goes to the engine with the body', async () => {
  const contextOf = await spyContexts();
  const { page } = await openFixture(browser.context, INMAIL);
  await page.locator('.msg-inmail-compose-form-v2 input[name="subject"]').fill('Quick question');
  await page.locator('.msg-inmail-compose-form-v2 [contenteditable]').click();
  const text = 'Hi Anna, I would love to hear how your team runs fleet tests. Could we talk next week?';
  await page.keyboard.type(text);
  const host = await overlayFor(page);
  const attrs = await settled(host, text.length);
  assert.equal(attrs['data-surface'], 'linkedin-inmail');
  assert.equal(await page.locator('verbindlich-overlay').count(), 1, 'the subject line is not a composer');
  const context = await contextOf(text);
  assert.equal(context.subject, 'Quick question');
  assert.equal(context.recipient.full_name, 'Anna Schmidt');
  assert.equal(context.max_chars, null, 'no counter on the page: the engine\'s InMail limit');
  assert.match(await host.locator('.badge').innerText(), new RegExp(`${text.length}/\\d{4}`));
  // Typing in the subject asks again, with the new subject.
  await page.locator('.msg-inmail-compose-form-v2 input[name="subject"]').press('End');
  await page.keyboard.type(' about fleet tests');
  let subject = null;
  for (let i = 0; i < 100 && subject !== 'Quick question about fleet tests'; i++) {
    subject = (await contextOf(text)).subject;
    if (subject !== 'Quick question about fleet tests') await page.waitForTimeout(30);
  }
  assert.equal(subject, 'Quick question about fleet tests', 'the subject was analysed again');
  await page.screenshot({ path: `${SHOTS}extension-linkedin-inmail.png` });
  await page.close();
});

test('Sales Navigator compose: recognised as InMail, with its recipient and subject', async () => {
  const contextOf = await spyContexts();
  const { page } = await openFixture(browser.context, SALES);
  await page.locator('input[id^="compose-form-subject"]').fill('Fleet tests at Nordwind');
  await page.locator('textarea[name="message"]').click();
  const text = 'Hi Jonas, I saw your post on fleet tests at Nordwind. Could we compare notes for 15 minutes next week?';
  await page.keyboard.type(text);
  const host = await overlayFor(page);
  const attrs = await settled(host, text.length);
  assert.equal(attrs['data-surface'], 'linkedin-inmail');
  assert.equal(await page.locator('verbindlich-overlay').count(), 1);
  const context = await contextOf(text);
  assert.equal(context.recipient.full_name, 'Jonas Weber');
  assert.equal(context.subject, 'Fleet tests at Nordwind');
  await page.close();
});

test('LinkedIn in German: "Nachricht schreiben…", "Senden", "Neue Nachricht" — coached the same', async () => {
  const contextOf = await spyContexts();
  const { page, errors } = await openFixture(browser.context, `${MESSAGING}?lang=de&thread=reply`);
  await page.evaluate(() => window.fixture.openBubble('Mia Braun', 'bubble-mia', { pill: true }));
  await page.locator('#main-form [contenteditable]').click();
  const text = 'Hallo Anna, danke für die schnelle Antwort! Passt Dienstag um 10 Uhr?';
  await page.keyboard.type(text);
  const host = await overlayFor(page);
  assert.equal((await settled(host, text.length))['data-surface'], 'linkedin-message');
  const context = await contextOf(text);
  assert.equal(context.recipient.full_name, 'Anna Schmidt');
  assert.equal(context.recipient.headline, 'Head of Robotics at Contoso', 'without "Status: offline"');
  assert.equal(context.thread.kind, 'reply');
  // The "Neue Nachricht" bubble: the person from the pill.
  await page.locator('#bubble-mia [contenteditable]').click();
  const second = 'Hallo Mia, wir haben uns auf der LogiMAT kurz gesprochen. Hätten Sie nächste Woche 15 Minuten?';
  await page.keyboard.type(second);
  await settled(page.locator('verbindlich-overlay').nth(2), second.length);
  assert.equal((await contextOf(second)).recipient.full_name, 'Mia Braun');
  // The check before sending holds "Senden" too (the bubbles closed: they sit over it).
  await page.evaluate(() => ['bubble-mia', 'bubble-jonas'].forEach((id) => window.fixture.closeBubble(id)));
  await page.locator('#main-form [contenteditable]').click();
  await retype(page, host, 'Hallo [Vorname], ich bin auf Ihr Profil gestoßen.');
  await page.locator('#main-form button[type="submit"]').click();
  await host.locator('.presend').waitFor();
  assert.equal(await page.evaluate(() => window.fixture.sent.length), 0, 'held');
  assert.deepEqual(errors, []);
  await page.close();
});

test('every class renamed: the overlay still comes, and where no adapter fits the badge says it could not tell', async () => {
  const { page, errors } = await openFixture(browser.context, `${MESSAGING}?hash=1`);
  assert.equal(await page.locator('.msg-form__contenteditable').count(), 0, 'no class name is left');
  await page.locator('#main-form [contenteditable]').click();
  const text = 'Hi Anna, could we talk for 15 minutes next week about fleet tests?';
  await page.keyboard.type(text);
  const host = await overlayFor(page);
  const attrs = await settled(host, text.length);
  assert.equal(attrs['data-surface'], 'linkedin-message');
  assert.equal(attrs['data-guessed'], 'true');
  assert.match(await host.locator('.badge').innerText(), /unknown composer/);
  assert.match(await host.locator('.badge').getAttribute('aria-label'), /could not tell which composer/);
  // The bubble keeps the attributes seen in class-stripped captures: still recognised.
  await page.locator('#bubble-jonas [contenteditable]').click();
  await page.keyboard.type('Hi Jonas, thanks!');
  const bubble = await settled(page.locator('verbindlich-overlay').nth(1), 17);
  assert.equal(bubble['data-guessed'], undefined);
  // The check before sending still holds a placeholder at the renamed Send button.
  await page.locator('#main-form [contenteditable]').click();
  await retype(page, host, 'Hi [First Name], I came across your profile and would love to connect.');
  await page.locator('#main-form button[type="submit"]').click();
  await host.locator('.presend').waitFor();
  assert.equal(await page.evaluate(() => window.fixture.sent.length), 0, 'held');
  await page.screenshot({ path: `${SHOTS}extension-linkedin-fallback.png` });
  assert.deepEqual(errors, []);
  await page.close();
});

test('the messaging drawer in a same-origin /preload/ frame is coached; other frames are left alone', async () => {
  const { page, errors } = await openFixture(browser.context, DRAWER);
  const drawer = page.frameLocator('iframe[data-testid="interop-iframe"]');
  await drawer.locator('#bubble-mia [contenteditable]').click();
  const text = 'Hi Mia, thanks for the intro to Anna!';
  await page.keyboard.type(text);
  const host = drawer.locator('verbindlich-overlay');
  await host.waitFor({ state: 'attached' });
  const frame = page.frames().find((f) => f.url().includes('/preload/'));
  await frame.waitForFunction((n) => document.querySelector('verbindlich-overlay')?.getAttribute('data-chars') === String(n), text.length);
  assert.equal(await host.getAttribute('data-surface'), 'linkedin-message');
  const embed = page.frames().find((f) => f.url().includes('/embed/'));
  await embed.locator('textarea').click();
  await embed.locator('textarea').press('End');
  await page.keyboard.type(' Thanks for sharing.');
  await page.waitForTimeout(300); // past the content script's next look, were it running there
  assert.equal(await embed.locator('verbindlich-overlay').count(), 0);
  assert.equal(await page.locator('verbindlich-overlay').count(), 0, 'none in the top page');
  await page.screenshot({ path: `${SHOTS}extension-linkedin-drawer.png` });
  assert.deepEqual(errors, []);
  await page.close();
});

test('XING messenger in its lightbox, under a CSP without inline styles: coached, and a mirror underlines the textarea', async () => {
  const de = await launchWithExtension({ locale: 'de-DE' });
  try {
    const contextOf = await spyContexts(de.context);
    const { page, errors } = await openFixture(de.context, XING);
    await page.locator('button[data-qa="profile-primary-action"]').click();
    const box = page.locator('textarea[data-testid="chat-reply-input"]');
    await box.click();
    const text = 'Hallo,\n\nich bin auf Ihr Profil gestoßen und würde mich freuen, mich mit Ihnen zu vernetzen. Unsere Lösung ist die beste am Markt!!!';
    await page.keyboard.type(text);
    const host = await overlayFor(page);
    const attrs = await settled(host, [...text].length);
    assert.equal(attrs['data-surface'], 'xing-message');
    assert.equal(attrs['data-guessed'], undefined);
    assert.ok(Number(attrs['data-marks']) >= 2, `marks: ${attrs['data-marks']}`);
    assert.equal((await contextOf(text)).recipient.full_name, 'Lena Hoffmann', 'the profile behind the lightbox');
    // The underlines are drawn boxes in our shadow root, positioned inside the textarea, at the next frame.
    await page.waitForFunction((h) => h.shadowRoot.querySelectorAll('.mark').length >= Number(h.getAttribute('data-marks')), await host.elementHandle());
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
    // The "Senden" button (no type, no known class) is found by its label: the check holds it.
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Hallo [Vorname], ich bin auf Ihr Profil gestoßen.');
    await settled(host, 'Hallo [Vorname], ich bin auf Ihr Profil gestoßen.'.length);
    await page.locator('.chat-send').click();
    await host.locator('.presend').waitFor();
    assert.equal(await page.evaluate(() => window.fixture.sent.length), 0, 'held');
    assert.deepEqual(errors, []);
    // The composer as another script marks it: data-qa="message-composer-textarea".
    const qa = await openFixture(de.context, `${XING}?variant=qa`);
    await qa.page.locator('button[data-qa="profile-primary-action"]').click();
    await qa.page.locator('textarea[data-qa="message-composer-textarea"]').click();
    await qa.page.keyboard.type('Hallo Lena, danke fürs Bestätigen!');
    assert.equal((await settled(await overlayFor(qa.page), 34))['data-surface'], 'xing-message');
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
  const { page } = await openFixture(browser.context, `${MESSAGING}?theme=dark`);
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
  assert.equal(bg, 'rgb(31, 35, 40)', 'dark badge on a dark page');
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
  await page.locator('#bubble-47 [contenteditable]').click();
  await page.keyboard.type('Hi Person, thanks!');
  await page.waitForFunction(() => document.querySelector('#bubble-47 [contenteditable]').textContent === 'Hi Person, thanks!');
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
  await page.locator('#bubble-evil [contenteditable]').click();
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

test('the page read right: XING chat and a class-less LinkedIn bubble catch the wrong name; a full field says the note was cut', async () => {
  // XING's own chat page: the name only in the chat's heading, the user's in the top bar.
  let { page, errors } = await openFixture(browser.context, 'https://www.xing.com/chats/2f7c9a');
  const field = page.locator('textarea[data-testid="chat-reply-input"]');
  await field.click();
  const body = ', danke für das Gespräch auf der LogiMAT. Darf ich Ihnen nächste Woche eine Frage zu Ihrem Lager stellen?';
  await page.keyboard.type(`Hallo Zoltan${body}`);
  let host = page.locator('verbindlich-overlay');
  await settled(host, `Hallo Zoltan${body}`.length);
  assert.ok((await panelRules(host)).includes('personal/wrong-name'), 'Zoltan is not Sabine');
  await field.click();
  await retype(page, host, `Hallo Frau Schmidt${body}`);
  assert.ok(!(await panelRules(host)).includes('personal/wrong-name'));
  assert.deepEqual(errors, []);
  await page.close();

  // The bubble as captured with its class names stripped.
  ({ page, errors } = await openFixture(browser.context, 'https://www.linkedin.com/mynetwork/?variant=reply'));
  await page.locator('[role="textbox"]').click();
  const reply = 'Hi Zoltan, we use a shared rubric in a spreadsheet, nothing fancy. Happy to send you the template.';
  await page.keyboard.type(reply);
  host = page.locator('verbindlich-overlay');
  await settled(host, reply.length);
  assert.ok((await panelRules(host)).includes('personal/wrong-name'), 'Zoltan is not Anna');
  assert.deepEqual(errors, []);
  await page.close();

  // A note field that enforces 200 characters itself: typing on past it is cut silently.
  ({ page, errors } = await openFixture(browser.context, `${PROFILE}?modal=light&maxlength=200`));
  await page.locator('#more').click();
  await page.locator('#connect').click();
  await page.locator('#add-note').click();
  const note = page.locator('#custom-message');
  await note.click();
  const long = 'Hi Anna, your ROSCon talk on fleet tests was great, and the part about battery age stuck with me. I am building a test rig for a fleet of forty robots. Could I ask you one question about it next week? No pressure at all.';
  await page.keyboard.type(long);
  assert.equal((await note.inputValue()).length, 200, 'the page kept 200 characters');
  host = page.locator('verbindlich-overlay');
  await settled(host, 200);
  assert.ok((await panelRules(host)).includes('length/cut-off'));
  assert.match(await host.locator('.badge').innerText(), /200\/200 cut off by the page/);
  await page.screenshot({ path: `${SHOTS}extension-cut-note.png` });
  // A note written to fit exactly is not a cut one.
  await note.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.type(long.slice(0, 199) + '?');
  await settled(host, 200);
  assert.ok(!(await panelRules(host)).includes('length/cut-off'), 'exactly 200, typed to fit');
  assert.deepEqual(errors, []);
  await page.close();
});

/** WCAG contrast of two "rgb(r, g, b)" colours. */
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

test('underlines follow the page’s theme, not the system’s: 3:1 or more in all four combinations', async () => {
  for (const system of ['light', 'dark']) {
    for (const theme of ['light', 'dark']) {
      const { page } = await openFixture(browser.context, `${MESSAGING}${theme === 'dark' ? '?theme=dark' : ''}`);
      await page.emulateMedia({ colorScheme: system });
      await page.locator('#main-form [contenteditable]').click();
      await page.keyboard.type('Hi there, I just wanted to maybe ask about [Topic] sometime. Synergies!');
      const host = await overlayFor(page);
      await settled(host, 71);
      await page.waitForFunction((h) => h.shadowRoot.querySelectorAll('.mark').length >= 3, await host.elementHandle());
      const background = await page.locator('#main-form [contenteditable]').evaluate((e) => getComputedStyle(e).backgroundColor);
      const lines = await host.locator('.mark').evaluateAll((ms) => ms.map((m) => [m.className, getComputedStyle(m).borderBottomColor]));
      for (const [kind, colour] of lines) {
        const c = contrast(colour, background);
        assert.ok(c >= 3, `${kind} underline ${colour} on ${background}: ${c.toFixed(2)}:1 (system ${system}, page ${theme})`);
      }
      const severities = new Set(lines.map(([k]) => k.split(' ')[1]));
      assert.ok(severities.size >= 2, [...severities].join());
      if (system !== theme) await page.screenshot({ path: `${SHOTS}extension-theme-system-${system}-page-${theme}.png` });
      await page.close();
    }
  }
});

