// The Firefox package in Debian's Firefox ESR, installed as a temporary add-on: the worker
// runs as a background script, and the overlay, a card and its Apply, the check before
// sending, the popup and the options page work as in Chromium, on the LinkedIn messaging
// and XING fixtures under their sites' CSPs. Screenshots go to target/screenshots/.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ADDON, SHOTS, driverOf, launchFirefox } from '../support/firefox.mjs';

const MESSAGING = 'https://www.linkedin.com/messaging/thread/2-abc/';
const XING = 'https://www.xing.com/profile/Lena_Hoffmann';
const WEAK = 'Hi there, I came across your profile and would love to connect. Our solution generates THOUSANDS OF LEADS, guaranteed!!!';
const PLACEHOLDER = 'Hi [First Name], I came across your profile and would love to connect.';

let firefox;
let d;
before(async () => {
  mkdirSync(SHOTS, { recursive: true });
  firefox = await launchFirefox();
  d = driverOf(firefox.session);
});
after(async () => {
  assert.deepEqual(await firefox.close(), [], 'requests that were not fixture pages');
});

/** The overlay's state, once it reports on `chars` characters (the tests' channel). */
const settled = (chars) =>
  d.until(
    `const h = document.querySelector('verbindlich-overlay');
     return h && h.dataset.chars === String(arguments[0]) && h.dataset.score !== '' ? { ...h.dataset } : null;`,
    `the overlay on ${chars} characters`,
    chars,
  );
/** Runs `body` with `root`, the overlay's shadow root, and returns what it returns. */
const inOverlay = (body, ...args) => d.run(`const root = document.querySelector('verbindlich-overlay').shadowRoot; ${body}`, ...args);
/** Clicks as the user does (the overlay ignores a script's clicks) what `expression` finds in `root`. */
const clickInOverlay = (expression) => d.clickFound(`const root = document.querySelector('verbindlich-overlay').shadowRoot; return ${expression};`);

test('the manifest asks for the oldest Firefox tested', () => {
  const manifest = JSON.parse(readFileSync(join(ADDON, 'manifest.json'), 'utf8'));
  const tested = Number(firefox.version.split('.')[0]);
  assert.equal(manifest.browser_specific_settings.gecko.strict_min_version, `${tested}.0`, `tested on Firefox ${firefox.version}`);
});

test('LinkedIn messaging: typing brings the badge, the underlines and the findings', async () => {
  await d.go(MESSAGING);
  await d.click('#main-form [contenteditable]');
  await d.type('#main-form [contenteditable]', WEAK);
  const state = await settled(WEAK.length);
  assert.equal(state.surface, 'linkedin-message');
  assert.ok(Number(state.score) < 60, `scored ${state.score}`);
  assert.ok(Number(state.findings) >= 5, `findings: ${state.findings}`);
  // Underlines are boxes in our shadow tree, drawn at the next frame.
  const underlined = await d.until(`const n = document.querySelector('verbindlich-overlay').shadowRoot.querySelectorAll('.mark').length; return n >= 3 ? n : null;`, 'the underlines');
  assert.ok(underlined >= Number(state.marks) && Number(state.marks) >= 3, `underlines: ${underlined}`);
  // The badge sits on the editor's top edge, at its right.
  const [badge, editor] = await d.until(
    `const b = document.querySelector('verbindlich-overlay').shadowRoot.querySelector('.badge').getBoundingClientRect();
     const e = document.querySelector('#main-form [contenteditable]').getBoundingClientRect();
     return b.left > 0 ? [b.toJSON(), e.toJSON()] : null;`,
    'the badge placed',
  );
  assert.ok(Math.abs(badge.bottom - editor.top) < 12 && badge.right <= editor.right + 1 && badge.right > editor.right - 60, JSON.stringify({ badge, editor }));
  await d.screenshot(join(SHOTS, 'firefox-linkedin-message.png'));
});

test('a card and its Apply: the salutation becomes the recipient\'s name, once', async () => {
  await clickInOverlay(`root.querySelector('.badge')`);
  await d.until(`return !!document.querySelector('verbindlich-overlay').shadowRoot.querySelector('.panel button.item[data-rule="personal/generic-salutation"]');`, 'the list');
  await clickInOverlay(`root.querySelector('.panel button.item[data-rule="personal/generic-salutation"]')`);
  const label = await d.until(`return document.querySelector('verbindlich-overlay').shadowRoot.querySelector('.card button.apply')?.textContent;`, 'the card');
  const suggestion = /“(.*)”/.exec(label)?.[1];
  assert.ok(suggestion?.includes('Anna'), label);
  await clickInOverlay(`root.querySelector('.card button.apply')`);
  const text = await d.until(`const t = window.fixture.draft(document.querySelector('#main-form [contenteditable]')); return t.startsWith(arguments[0]) ? t : null;`, 'the applied text', suggestion);
  assert.equal(text.replace(suggestion, 'Hi there'), WEAK, 'nothing else changed');
});

test('the check before sending holds a send on an error, and "Send anyway" sends once', async () => {
  await d.go(`${MESSAGING}?firefox=presend`);
  await d.click('#main-form [contenteditable]');
  await d.type('#main-form [contenteditable]', PLACEHOLDER);
  await settled(PLACEHOLDER.length);
  await d.click('#main-form .msg-form__send-button');
  await d.until(`return !!document.querySelector('verbindlich-overlay').shadowRoot.querySelector('.presend');`, 'the check before sending');
  assert.equal(await d.run('return window.fixture.sent.length;'), 0, 'held');
  assert.match(await inOverlay(`return root.querySelector('.presend').textContent;`), /placeholder/i);
  // Placed at the next frame, off the draft.
  await d.until(`return document.querySelector('verbindlich-overlay').shadowRoot.querySelector('.presend').style.top !== '';`, 'the check placed');
  await d.screenshot(join(SHOTS, 'firefox-presend.png'));
  await clickInOverlay(`[...root.querySelectorAll('.presend button')].find((b) => b.textContent === 'Send anyway')`);
  await d.until('return window.fixture.sent.length === 1;', 'the send');
});

test('XING messenger under a CSP without inline styles: coached, with underlines in the textarea', async () => {
  await d.go(XING);
  await d.click('button[data-qa="profile-primary-action"]');
  await d.until(`return !!document.querySelector('textarea[data-testid="chat-reply-input"]');`, 'the lightbox');
  const text = 'Hallo,\n\nich bin auf Ihr Profil gestoßen und würde mich freuen, mich mit Ihnen zu vernetzen. Unsere Lösung ist die beste am Markt!!!';
  await d.click('textarea[data-testid="chat-reply-input"]');
  await d.type('textarea[data-testid="chat-reply-input"]', text);
  const state = await settled([...text].length);
  assert.equal(state.surface, 'xing-message');
  assert.ok(Number(state.marks) >= 2, `marks: ${state.marks}`);
  await d.screenshot(join(SHOTS, 'firefox-xing.png'));
});

test('the popup and the options page', async () => {
  await d.page('options.html');
  const areas = await d.until(`const s = document.querySelectorAll('#rules section[data-area]'); return s.length ? s.length : null;`, 'the rules');
  assert.equal(areas, 5, 'the five areas');
  const rules = await d.run(`return document.querySelectorAll('#rules [data-rule]').length;`);
  assert.ok(rules >= 39, `rules listed: ${rules}`);
  await d.screenshot(join(SHOTS, 'firefox-options.png'));
  await d.page('popup.html');
  const title = await d.until(`return document.getElementById('followups-title').textContent;`, 'the popup');
  assert.match(title, /follow-up/i);
  assert.ok((await d.run(`return document.getElementById('options').textContent;`)).length > 0);
  await d.screenshot(join(SHOTS, 'firefox-popup.png'));
});
