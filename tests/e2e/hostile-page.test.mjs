// The shipped build against a page that tries to steer or read the coach with events of its
// own: a script in the page's main world dispatches mouse moves over every word of the
// draft, Alt+Enter and a click on Send. Every listener that acts ignores untrusted events,
// so nothing opens, nothing is held, and what the page can hit-test of the overlay stays
// exactly as it was — the host element's existence is all it learns (docs/architecture.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SHIPPED, launchWithExtension } from '../support/extension.mjs';

// A placeholder is a must-fix finding: a trusted click on Send would be held for it.
const DRAFT = 'Hi [Name], I came across your profile and would love to connect. Our solution generates THOUSANDS OF LEADS!!!';

/** Which points of a grid over the viewport the page's hit test gives to an element it did
 * not make (it notes its own when its document has loaded, before any extension runs). */
const probe = () => {
  const out = [];
  const known = window.__pageElements;
  for (let y = 2; y < innerHeight; y += 12) {
    for (let x = 2; x < innerWidth; x += 12) {
      const e = document.elementFromPoint(x, y);
      if (e && !known.has(e)) out.push(`${x},${y}:${e.localName}`);
    }
  }
  return out;
};

test('synthetic pointer, key and click events open nothing, hold nothing and tell nothing', async () => {
  const { context, close } = await launchWithExtension({ extension: SHIPPED });
  try {
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.addInitScript(() => {
      document.addEventListener('DOMContentLoaded', () => {
        window.__pageElements = new Set(document.querySelectorAll('*'));
      });
    });
    await page.goto('https://www.linkedin.com/messaging/thread/2-abc/');
    await page.locator('#main-form [contenteditable]').click();
    await page.keyboard.type(DRAFT);
    await page.waitForTimeout(1500);
    // The host and its badge are drawn; take the page's own view of them as the baseline.
    const baseline = await page.evaluate(probe);
    assert.ok(baseline.length > 0, 'the badge is there to be hit');

    // Hover every word, as a page that wants the flagged ones would.
    const hovered = await page.evaluate(async (probeSource) => {
      const probeFn = new Function(`return (${probeSource})()`);
      const editor = document.querySelector('#main-form [contenteditable]');
      const walker = document.createTreeWalker(editor, NodeFilter.SHOW_TEXT);
      const changes = [];
      const before = JSON.stringify(probeFn());
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const r = range.getBoundingClientRect();
          const at = { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2, bubbles: true, composed: true };
          editor.dispatchEvent(new MouseEvent('mousemove', at));
          await new Promise((done) => setTimeout(done, 250));
          const now = JSON.stringify(probeFn());
          if (now !== before) changes.push(m[0]);
        }
      }
      return changes;
    }, probe.toString());
    assert.deepEqual(hovered, [], 'no card opened for a synthetic hover');

    const keyed = await page.evaluate(() => {
      const editor = document.querySelector('#main-form [contenteditable]');
      const e = new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', altKey: true, bubbles: true, cancelable: true, composed: true });
      editor.dispatchEvent(e);
      return e.defaultPrevented;
    });
    assert.equal(keyed, false, 'a synthetic Alt+Enter is not taken');
    await page.waitForTimeout(300);
    assert.deepEqual(await page.evaluate(probe), baseline, 'no list opened for it');
    // The user's next keystrokes still go to the draft.
    await page.keyboard.type(' Thanks');
    assert.match(await page.locator('#main-form [contenteditable]').innerText(), /Thanks$/);

    const clicked = await page.evaluate(() => {
      const send = document.querySelector('#main-form button[type="submit"]');
      const e = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
      send.dispatchEvent(e);
      return e.defaultPrevented;
    });
    assert.equal(clicked, false, 'a synthetic click on Send is not held');
    await page.waitForTimeout(300);
    // The page's own handler sent it, and nothing of ours took the focus to ask first.
    assert.equal(await page.evaluate(() => window.fixture.sent.length), 1, 'the page sent its own message');
    assert.ok(await page.evaluate(() => window.__pageElements.has(document.activeElement) || document.activeElement === document.body), 'focus stayed on the page');
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    assert.deepEqual(await close(), []);
  }
});
