// The shipped build, as the page sees it: a page script in the main world looks for the
// analysis and for signs of the extension while the user types a weak message, and finds
// neither — no element named for us, no readable shadow root, no attribute with the score
// or the findings, no text of a finding anywhere it can reach, no highlight ranges, no
// stylesheet of ours. Only what drawing needs is there: a host element and its closed root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SHIPPED, launchWithExtension, openFixture } from '../support/extension.mjs';

const WEAK = 'Hi there,\n\nI came across your profile and would love to connect. Our solution generates THOUSANDS OF LEADS, guaranteed!!!';

test('a page script can read neither the score nor the findings, nor tell the extension is there', async () => {
  const { context, close } = await launchWithExtension({ extension: SHIPPED });
  try {
    const { page, errors } = await openFixture(context, 'https://www.linkedin.com/messaging/thread/2-abc/');
    // What the page's own script sees before we draw anything.
    const snapshot = () =>
      page.evaluate(() => {
        const all = [...document.querySelectorAll('*')];
        return {
          tags: [...new Set(all.map((e) => e.localName))],
          attributes: all.flatMap((e) => [...e.attributes].map((a) => `${a.name}=${a.value}`)),
          openRoots: all.filter((e) => e.shadowRoot).map((e) => e.localName),
          text: document.documentElement.innerText,
          // Which words a highlight covers is readable from the page: there must be none.
          highlights: typeof CSS.highlights === 'undefined' ? [] : [...CSS.highlights].map(([name, h]) => [name, [...h].map((r) => r.toString())]),
          sheets: document.adoptedStyleSheets.flatMap((s) => [...s.cssRules].map((r) => r.cssText)).join('\n'),
          globals: Object.keys(window).filter((k) => /verbindlich/i.test(k)),
        };
      });
    const before = await snapshot();
    await page.locator('#main-form [contenteditable]').click();
    await page.keyboard.type(WEAK);
    // Drawn by now (the tests' build reports within a few frames), though nothing says so.
    await page.waitForTimeout(1500);
    const after = await snapshot();

    const added = (a, b) => b.filter((x) => !a.includes(x));
    const everything = JSON.stringify(after);
    assert.doesNotMatch(everything, /verbindlich/i, 'no name of ours');
    assert.deepEqual(added(before.tags, after.tags), [], 'the host is a plain element');
    assert.deepEqual(added(before.openRoots, after.openRoots), [], 'its shadow root is closed');
    assert.deepEqual(added(before.attributes, after.attributes).filter((a) => a.startsWith('data-')), [], 'no data-* of ours');
    // What the overlay shows (score, band, findings) is in the closed tree only.
    for (const shown of ['Weak', 'Must fix', 'Worth fixing', 'Hint', 'noticed', '/8000']) {
      assert.ok(!after.text.includes(shown), `the page's text shows “${shown}”`);
    }
    assert.deepEqual(after.highlights, [], 'no highlight ranges');
    assert.equal(after.sheets, before.sheets, 'no stylesheet of ours in the document');
    assert.deepEqual(after.globals, []);
    assert.deepEqual(errors, []);
    await page.close();
  } finally {
    assert.deepEqual(await close(), []);
  }
});

test('the shipped content script has no test channel; the test build has one', () => {
  const root = new URL('../../dist/', import.meta.url).pathname;
  const shipped = readFileSync(join(root, 'extension/content.js'), 'utf8');
  const tested = readFileSync(join(root, 'extension-test/content.js'), 'utf8');
  assert.ok(!shipped.includes('verbindlich-overlay') && !shipped.includes('data-${'), 'no host name, no state attributes');
  assert.ok(shipped.includes('"closed"'));
  assert.ok(tested.includes('verbindlich-overlay'));
});
