// The build that ships (dist/extension), tested for what it does — not only for what it
// hides. Its overlay is a plain <div> with a closed shadow root and no attributes, so no
// page script (and no ordinary test) can look inside; the DevTools protocol can:
// `DOM.getDocument` with `pierce: true` returns closed shadow roots too, and
// `DOM.getBoxModel` says where a node is drawn, so the test clicks it as a user does
// (Playwright's mouse: trusted events). The core path: the badge, the underlines, a
// card's Apply, and the check before sending.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { SHIPPED, SHOTS, launchWithExtension, openFixture } from '../support/extension.mjs';

const MESSAGING = 'https://www.linkedin.com/messaging/thread/2-abc/';
const EDITOR = '#main-form [contenteditable]';
const WEAK = 'Hi there,\n\nI came across your profile and would love to connect. Our solution generates THOUSANDS OF LEADS, guaranteed!!!';

let browser;
before(async () => {
  browser = await launchWithExtension({ extension: SHIPPED });
});
after(async () => {
  const leaks = await browser.close();
  assert.deepEqual(leaks, [], 'no network request from a page or the extension');
});

const attr = (node, name) => {
  const a = node.attributes ?? [];
  for (let i = 0; i < a.length; i += 2) if (a[i] === name) return a[i + 1];
  return null;
};
const classes = (node) => (attr(node, 'class') ?? '').split(/\s+/);
function* walk(node) {
  yield node;
  for (const child of [...(node.children ?? []), ...(node.shadowRoots ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) yield* walk(child);
}
const textOf = (node) => [...walk(node)].filter((n) => n.nodeType === 3).map((n) => n.nodeValue).join('');

/** The page's DOM through the DevTools protocol, closed shadow roots included. */
async function inspector(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  /** The closed shadow roots that hold a badge: ours. */
  const overlays = async () => {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1, pierce: true });
    return [...walk(root)].filter((n) => n.shadowRootType === 'closed' && [...walk(n)].some((m) => classes(m).includes('badge')));
  };
  const until = async (find, what) => {
    for (let i = 0; i < 200; i++) {
      const found = await find();
      if (found) return found;
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`never saw ${what}`);
  };
  /** The centre of a node as drawn. */
  const centre = async (node) => {
    const { model } = await cdp.send('DOM.getBoxModel', { backendNodeId: node.backendNodeId });
    const q = model.border;
    return { x: (q[0] + q[2] + q[4] + q[6]) / 4, y: (q[1] + q[3] + q[5] + q[7]) / 4 };
  };
  return { overlays, until, centre };
}

test('the shipped overlay: badge and underlines, a card that applies, and the check before sending', async () => {
  const { page, errors } = await openFixture(browser.context, MESSAGING);
  await page.bringToFront(); // the welcome page opened on install is in front of it
  const dom = await inspector(page);
  // Nothing of the overlay is in the page's reach: no custom element, no attribute.
  await page.locator(EDITOR).click();
  await page.keyboard.type(WEAK);
  const [root] = await dom.until(async () => {
    const found = await dom.overlays();
    const badge = found[0] && [...walk(found[0])].find((n) => classes(n).includes('badge'));
    return badge && /\d/.test(textOf(badge)) && /\b\d+ words\b/.test(textOf(badge)) && textOf(badge).includes(`${WEAK.length}/`) ? found : null;
  }, 'a badge with a score');
  assert.equal(await page.locator('verbindlich-overlay').count(), 0, 'the shipped host has no name to find');
  const badge = [...walk(root)].find((n) => classes(n).includes('badge'));
  const score = Number(/^\d+/.exec(textOf(badge))[0]);
  assert.ok(score < 60, `a weak note scores low: ${textOf(badge)}`);
  assert.match(textOf(badge), /Weak/);
  // The underlines: boxes in the closed tree, one or more per finding with words.
  const marks = await dom.until(async () => {
    const [r] = await dom.overlays();
    const found = [...walk(r)].filter((n) => classes(n).includes('mark'));
    return found.length >= 3 ? found : null;
  }, 'the underlines');
  assert.ok(marks.some((m) => classes(m).includes('warning')));
  await page.screenshot({ path: `${SHOTS}shipped-linkedin-message.png` });

  // Hovering the underline of "Hi there" opens its card; Apply puts her name in, once.
  const editorBox = await page.locator(EDITOR).boundingBox();
  let card = null;
  for (const m of marks.slice(0, 10)) {
    const at = await dom.centre(m).catch(() => null);
    if (!at || at.y > editorBox.y + 30) continue; // the greeting is on the first line
    await page.mouse.move(at.x, at.y);
    card = await dom
      .until(async () => {
        const [r] = await dom.overlays();
        const c = [...walk(r)].find((n) => classes(n).includes('card') && attr(n, 'hidden') === null && attr(n, 'data-rule') === 'personal/generic-salutation');
        return c ?? null;
      }, 'the salutation card')
      .catch(() => null);
    if (card) break;
  }
  assert.ok(card, 'a card for the salutation');
  const apply = [...walk(card)].find((n) => classes(n).includes('apply'));
  assert.match(textOf(apply), /Anna/);
  const at = await dom.centre(apply);
  await page.mouse.move(at.x, at.y);
  await page.mouse.click(at.x, at.y);
  await page.waitForFunction((sel) => window.fixture.draft(document.querySelector(sel)).startsWith('Hi Anna'), EDITOR);
  const text = await page.evaluate((sel) => window.fixture.draft(document.querySelector(sel)), EDITOR);
  assert.equal(text.replace(/^Hi Anna/, 'Hi there'), WEAK, 'only the salutation changed');

  // A template field left in is an error: Send is held, "Send anyway" sends once.
  await page.locator(EDITOR).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Best, [Your Name]');
  await dom.until(async () => {
    const [r] = await dom.overlays();
    return [...walk(r)].some((n) => classes(n).includes('mark') && classes(n).includes('error')) || null;
  }, 'the error underlined');
  await page.locator('#main-form .msg-form__send-button').click();
  const dialog = await dom.until(async () => {
    const [r] = await dom.overlays();
    return [...walk(r)].find((n) => classes(n).includes('presend')) ?? null;
  }, 'the check before sending');
  assert.equal(await page.evaluate(() => window.fixture.sent.length), 0, 'held');
  // Placed at the next frame: read where it is drawn after that.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const [placed] = await dom.overlays();
  const anyway = [...walk(placed)].find((n) => n.nodeName === 'BUTTON' && /Send anyway/.test(textOf(n)));
  assert.ok(anyway, textOf(dialog));
  await page.screenshot({ path: `${SHOTS}shipped-presend.png` });
  const a = await dom.centre(anyway);
  await page.mouse.click(a.x, a.y);
  await page.waitForFunction(() => window.fixture.sent.length === 1);
  await new Promise((r) => setTimeout(r, 300));
  assert.equal(await page.evaluate(() => window.fixture.sent.length), 1, 'sent exactly once');
  assert.deepEqual(errors, []);
  await page.close();
});
