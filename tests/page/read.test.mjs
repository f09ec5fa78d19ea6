// The page reader on every fixture page, in Node: who the message is for, what the page
// says about them, the limit, a cut note, and where the conversation stands. One test per
// adapter and page, and the pages a redesign breaks (the fallback).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { open, place, reader } from './load.mjs';

const { LINKEDIN, XING, readPage } = reader;
const THREAD_EDITOR = '#main-form .msg-form__contenteditable';

/** Clicks as the page's own script expects (the fixtures open dialogs on click). */
const click = (root, selector) => root.querySelector(selector).dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));

test('LinkedIn thread page: the person in the title bar, the user never', async () => {
  await open('linkedin-thread.html', 'https://www.linkedin.com/messaging/thread/2-abc/');
  const c = readPage(place(THREAD_EDITOR, LINKEDIN));
  assert.equal(c.surface, 'linkedin-message');
  assert.equal(c.recipient.full_name, 'Anna Schmidt');
  assert.match(c.recipient.headline ?? '', /\S/);
  assert.doesNotMatch(c.recipient.headline, /^status/i, 'presence text is not a headline');
  assert.equal(c.sender?.full_name, 'Ben Fischer');
  assert.equal(c.thread?.kind, 'first');
});

test('LinkedIn thread page: her newest message makes a reply, his unanswered one a follow-up', async () => {
  await open('linkedin-thread.html', 'https://www.linkedin.com/messaging/thread/2-abc/?thread=reply');
  let c = readPage(place(THREAD_EDITOR, LINKEDIN));
  assert.equal(c.thread.kind, 'reply');
  assert.match(c.thread.their_last_message, /Tuesday works/);
  await open('linkedin-thread.html', 'https://www.linkedin.com/messaging/thread/2-abc/?thread=followup');
  c = readPage(place(THREAD_EDITOR, LINKEDIN));
  assert.equal(c.thread.kind, 'followup');
  assert.ok(c.thread.first_message);
  assert.equal(c.thread.days_since_last_sent, 9);
});

test('LinkedIn profile: the note step names nobody, so the profile does', async () => {
  const doc = await open('linkedin-profile.html', 'https://www.linkedin.com/in/anna-schmidt/?modal=light&plan=free');
  click(doc, '#more');
  click(doc, '#connect');
  click(doc, '#add-note');
  const c = readPage(place('#custom-message', LINKEDIN));
  assert.equal(c.surface, 'linkedin-connect');
  assert.equal(c.max_chars, 200, 'the free account counter');
  assert.equal(c.cut_at, undefined);
  const r = c.recipient;
  assert.equal(r.full_name, 'Anna Schmidt');
  assert.equal(r.headline, 'Head of Robotics at Contoso');
  assert.equal(r.location, 'Munich, Bavaria, Germany');
  assert.equal(r.company, 'Contoso');
  assert.deepEqual(r.mutual_connections, ['Jonas Weber', 'Mia Braun']);
  assert.equal(r.mutual_count, 5);
  assert.deepEqual(r.shared, [{ kind: 'school', name: 'Technische Universität München' }]);
  assert.equal(r.posts.length, 1);
  assert.equal(c.sender?.full_name, 'Ben Fischer');
});

test('LinkedIn profile of a creator: topics are not a location, the school is not the company', async () => {
  const doc = await open('linkedin-profile.html', 'https://www.linkedin.com/in/anna-schmidt/?modal=light&creator=1');
  click(doc, '#more');
  click(doc, '#connect');
  click(doc, '#add-note');
  const facts = reader.readPage(place('#custom-message', LINKEDIN)).recipient;
  assert.equal(facts.headline, 'Technology Leader | Fractional CTO | Key Account Manager – Nordlicht QA');
  assert.equal(facts.location, 'Munich, Bavaria, Germany');
  assert.equal(facts.company, 'Contoso');
  assert.equal(facts.school, 'Hochschule München');
  assert.deepEqual(facts.topics, ['recruiting', 'employerbranding']);
});

test('a field that enforces its limit and is full reports the note as cut there', async () => {
  const doc = await open('linkedin-profile.html', 'https://www.linkedin.com/in/anna-schmidt/?modal=light&maxlength=200');
  click(doc, '#more');
  click(doc, '#connect');
  click(doc, '#add-note');
  const p = place('#custom-message', LINKEDIN);
  p.editor.value = 'x'.repeat(120);
  assert.equal(readPage(p).cut_at, undefined, 'room left: nothing cut');
  // What typing past the limit leaves: the first 200 characters (a script's value is not cut).
  p.editor.value = 'Hi Anna, '.repeat(30).slice(0, 200);
  const c = readPage(p);
  assert.equal(c.max_chars, 200);
  assert.equal(c.cut_at, 200);
});

test('LinkedIn bubble without class names: the header link, and sides by sender', async () => {
  await open('linkedin-bubble-plain.html', 'https://www.linkedin.com/feed/');
  const editor = 'form[id^="msg-form-"] [role="textbox"]';
  let c = readPage(place(editor, LINKEDIN));
  assert.equal(c.recipient?.full_name, 'Anna Schmidt');
  assert.equal(c.thread?.kind, 'followup', 'his message is the newest');
  assert.match(c.thread.first_message, /thanks for connecting/);
  await open('linkedin-bubble-plain.html', 'https://www.linkedin.com/feed/?variant=reply');
  c = readPage(place(editor, LINKEDIN));
  assert.equal(c.thread?.kind, 'reply');
  assert.match(c.thread.their_last_message, /Which tool/);
  assert.doesNotMatch(c.thread.their_last_message, /Anna Schmidt/, 'the sender link is not the message');
  await open('linkedin-bubble-plain.html', 'https://www.linkedin.com/feed/?variant=new');
  c = readPage(place(editor, LINKEDIN));
  assert.equal(c.recipient?.full_name, 'Anna Schmidt', 'the chip of a new conversation');
  assert.equal(c.thread?.kind, 'first');
});

test('XING profile: the chat in the lightbox is for the profile’s person', async () => {
  const doc = await open('xing-profile.html', 'https://www.xing.com/profile/Lena_Hoffmann');
  click(doc, '#write');
  const c = readPage(place('textarea[data-testid="chat-reply-input"]', XING));
  assert.equal(c.surface, 'xing-message');
  assert.equal(c.recipient?.full_name, 'Lena Hoffmann');
});

test('XING chat page: the chat’s heading names her, the top bar’s user never', async () => {
  await open('xing-chat.html', 'https://www.xing.com/chats/2f7c9a');
  let c = readPage(place('textarea[data-testid="chat-reply-input"]', XING));
  assert.equal(c.recipient?.full_name, 'Sabine Schmidt');
  await open('xing-chat.html', 'https://www.xing.com/chats/2f7c9a?variant=reply');
  c = readPage(place('textarea[data-testid="chat-reply-input"]', XING));
  assert.equal(c.recipient?.full_name, 'Sabine Schmidt');
});

test('a name in a profile’s address, and never an id', () => {
  const { addressName } = reader;
  assert.equal(addressName(new URL('https://www.xing.com/profile/Sabine_Schmidt'), null), 'Sabine Schmidt');
  assert.equal(addressName(new URL('https://www.linkedin.com/in/anna-berg-4a1b2c/'), null), 'Anna Berg');
  assert.equal(addressName(new URL('https://www.linkedin.com/in/ACoAAB1234567890/'), null), null);
  assert.equal(addressName(new URL('https://www.xing.com/chats/2f7c9a'), null), null);
  assert.equal(addressName(new URL('https://www.xing.com/profile/Max_Berger'), 'Max Berger'), null);
});

test('headings no one is called are not names', () => {
  const { nameShaped } = reader;
  for (const v of ['Neue Nachricht', 'New message', 'Chats', 'Add a note to your invitation', 'Ihre Nachrichten', 'Max']) assert.equal(nameShaped(v, null), false, v);
  for (const v of ['Sabine Schmidt', 'Dr. Jan von Berg', 'Zoë Müller-Lüdenscheidt', 'Anna Maria da Silva']) assert.equal(nameShaped(v, null), true, v);
});

test('LinkedIn InMail: the pill names her, the subject line is read', async () => {
  const doc = await open('linkedin-inmail.html', 'https://www.linkedin.com/messaging/compose/');
  doc.querySelector('input[name="subject"]').value = 'Take-home reviews';
  const c = readPage(place('.msg-form__contenteditable', LINKEDIN));
  assert.equal(c.surface, 'linkedin-inmail');
  assert.equal(c.recipient?.full_name, 'Anna Schmidt');
  assert.equal(c.recipient?.headline, 'Head of Robotics at Contoso');
  assert.equal(c.subject, 'Take-home reviews');
  assert.equal(c.thread?.kind, 'first');
});

test('Sales Navigator: the lead in the compose header', async () => {
  await open('linkedin-sales-compose.html', 'https://www.linkedin.com/sales/lead/ACwAAB12345,NAME_SEARCH,x1/');
  const c = readPage(place('textarea[name="message"]', LINKEDIN));
  assert.equal(c.surface, 'linkedin-inmail');
  assert.equal(c.recipient?.full_name, 'Jonas Weber');
});

test('a redesign the adapter does not know: the fallback still reads the chat as a person would', async () => {
  const doc = await open('linkedin-thread.html', 'https://www.linkedin.com/messaging/thread/2-abc/?hash=1');
  const editor = doc.querySelector('#main-form [contenteditable="true"]');
  assert.equal(reader.kindOf(LINKEDIN, editor), undefined, 'no selector of the adapter matches');
  // happy-dom lays nothing out; the fallback asks for a visible field.
  editor.getClientRects = () => [{ width: 300, height: 40 }];
  const p = place('#main-form [contenteditable="true"]', LINKEDIN);
  assert.ok(p.fixedScope, 'the form with its Send button');
  const c = readPage(p);
  assert.equal(c.surface, 'linkedin-message');
  assert.equal(c.recipient?.full_name, 'Anna Schmidt', 'the heading nearest the composer');
  assert.notEqual(c.recipient?.full_name, 'Ben Fischer');
});
