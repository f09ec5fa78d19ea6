// A page that tries to steer or read the coach with events of its own: a script in the
// page's main world dispatches mouse moves over every word of the draft, Alt+Enter and a
// click on Send. Every listener that acts ignores untrusted events, so nothing opens,
// nothing is held and nothing is recorded as the user's — the host element's existence is
// all the page learns (docs/architecture.md, "What a page can learn").
//
// What the page can observe (is its event's default prevented, did its own send go out,
// where is the focus) is checked on the shipped build. Whether a card or the list opened
// is read from the tests' build, whose overlay has an open root: the same listeners, but
// a state the test can read without guessing from hit tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EXTENSION, SHIPPED, launchWithExtension } from '../support/extension.mjs';

const MESSAGING = 'https://www.linkedin.com/messaging/thread/2-abc/';
// A placeholder is a must-fix finding: a trusted click on Send would be held for it.
const DRAFT = 'Hi [Name], I came across your profile and would love to connect. Our solution generates THOUSANDS OF LEADS!!!';

async function typed(context) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(MESSAGING);
  await page.locator('#main-form [contenteditable]').click();
  // The user's pointer rests away from the draft, so only the page's events move over it.
  await page.mouse.move(5, 5);
  await page.keyboard.type(DRAFT);
  return { page, errors };
}

/** The centre of each word of the draft, as a page script finds them. */
const wordsOf = (page) =>
  page.evaluate(() => {
    const editor = document.querySelector('#main-form [contenteditable]');
    const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
    const out = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const m of node.data.matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, m.index);
        range.setEnd(node, m.index + m[0].length);
        const r = range.getBoundingClientRect();
        out.push({ word: m[0], x: r.left + r.width / 2, y: r.top + r.height / 2 });
      }
    }
    return out;
  });

const altEnter = (page) =>
  page.evaluate(() => {
    const editor = document.querySelector('#main-form [contenteditable]');
    const e = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', altKey: true, bubbles: true, cancelable: true, composed: true });
    editor.dispatchEvent(e);
    return e.defaultPrevented;
  });

test('the page: its Alt+Enter is not taken, its click on Send is neither held nor ours', async () => {
  const { context, close } = await launchWithExtension({ extension: SHIPPED });
  try {
    const { page, errors } = await typed(context);
    await page.waitForTimeout(1500);
    assert.equal(await altEnter(page), false, 'a synthetic Alt+Enter is not taken');
    // The user's next keystrokes still go to the draft, not into a list.
    await page.keyboard.type(' Thanks');
    assert.match(await page.locator('#main-form [contenteditable]').innerText(), /Thanks$/);
    await page.waitForTimeout(1000);
    const clicked = await page.evaluate(() => {
      const send = document.querySelector('#main-form button[type="submit"]');
      const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      send.dispatchEvent(e);
      return e.defaultPrevented;
    });
    assert.equal(clicked, false, 'a synthetic click on Send is not held');
    await page.waitForTimeout(300);
    assert.equal(await page.evaluate(() => window.fixture.sent.length), 1, 'the page sent its own message');
    assert.ok(await page.evaluate(() => document.activeElement === document.body || !!document.activeElement?.closest('#main-form')), 'focus stayed on the page');
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    assert.deepEqual(await close(), []);
  }
});

test('the overlay: a synthetic hover over every word opens no card, the user\'s does', async () => {
  const { context, close } = await launchWithExtension({ extension: EXTENSION });
  try {
    const { page, errors } = await typed(context);
    await page.waitForFunction((n) => document.querySelector('verbindlich-overlay')?.getAttribute('data-chars') === String(n), DRAFT.length);
    const state = () =>
      page.evaluate(() => {
        const root = document.querySelector('verbindlich-overlay').shadowRoot;
        return { card: !root.querySelector('.card').hidden, list: !root.querySelector('.panel').hidden };
      });
    const words = await wordsOf(page);
    assert.ok(words.length > 10);
    const opened = [];
    for (const w of words) {
      await page.evaluate(({ x, y }) => {
        const editor = document.querySelector('#main-form [contenteditable]');
        editor.dispatchEvent(new MouseEvent('mousemove', { clientX: x, clientY: y, bubbles: true, composed: true }));
      }, w);
      await page.waitForTimeout(150);
      if ((await state()).card) opened.push(w.word);
    }
    assert.deepEqual(opened, [], 'no card opened for a synthetic hover');
    assert.equal(await altEnter(page), false);
    assert.deepEqual(await state(), { card: false, list: false }, 'no list opened for a synthetic Alt+Enter');
    // The user's own pointer on the placeholder opens its card: the overlay is alive.
    const name = words.find((w) => w.word.startsWith('[Name]'));
    await page.mouse.move(name.x, name.y);
    await page.waitForFunction(() => !document.querySelector('verbindlich-overlay').shadowRoot.querySelector('.card').hidden);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    assert.deepEqual(await close(), []);
  }
});

test('text the page put in is not recorded as the user’s send, even on the user’s click', async () => {
  const { context, close } = await launchWithExtension({ extension: SHIPPED });
  try {
    const [worker] = context.serviceWorkers();
    // Reminders on and the check off: a first message the user sends starts a follow-up.
    await worker.evaluate(() => chrome.storage.sync.set({ settings: { version: 1, reminders: true, presend: 'off' } }));
    const followups = () => worker.evaluate(async () => ((await chrome.storage.local.get('followups')).followups ?? []).length);
    const page = await context.newPage();
    await page.goto(MESSAGING);
    await page.locator('#main-form [contenteditable]').click();
    await page.keyboard.type('Hi Anna, your talk on fleet tests was great. Could I ask you one question next week?');
    await page.waitForTimeout(800);
    // The page rewrites the draft behind the user's back, with an input event of its own.
    await page.evaluate(() => {
      const box = document.querySelector('#main-form [contenteditable]');
      box.innerHTML = '<p>Buy our leads now: https://example.com/offer</p>';
      box.dispatchEvent(new InputEvent('input', { bubbles: true }));
    });
    await page.waitForTimeout(500);
    await page.locator('#main-form .msg-form__send-button').click(); // the user's own click
    await page.waitForFunction(() => window.fixture.sent.length === 1);
    await page.waitForTimeout(500);
    assert.equal(await followups(), 0, 'not the user’s text: no follow-up started');
    // The user's own text, sent by the user, in another conversation: recorded.
    await page.goto('https://www.linkedin.com/messaging/thread/2-def/');
    await page.locator('#main-form [contenteditable]').click();
    await page.keyboard.type('Hi Anna, one more question about your fleet tests: could we talk next week?');
    await page.waitForTimeout(800);
    await page.locator('#main-form .msg-form__send-button').click();
    await page.waitForFunction(() => window.fixture.sent.length === 1);
    for (let i = 0; i < 40 && (await followups()) === 0; i++) await page.waitForTimeout(100);
    assert.equal(await followups(), 1, 'the user’s own send starts its follow-up');
    await page.close();
  } finally {
    assert.deepEqual(await close(), []);
  }
});
