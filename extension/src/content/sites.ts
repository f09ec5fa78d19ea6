// Where the composers are on each site, as data. When a site changes its markup, the fix
// is a selector added here: each list is tried in order, the first that matches wins.
//
// Every selector was seen on the live sites by someone who published it; the tag after
// it names the source (listed below) and when. A selector marked GUESS was seen nowhere:
// it is ours, kept because nothing seen covers that spot.
//
// Sources (public repositories, or a public file known only by its code-search index id):
//   [blaze]   Blaze212/skool-automations, pipeline-tracker/test-divs/*.txt — LinkedIn DOM
//             copied from the live site (thread page and overlay bubbles), 2026-05
//   [pilot]   Alejopdp/sales-pilot-frontend, render-send-message-button.js — DevTools copies
//             of a bubble, Spanish UI, 2023-02
//   [munch]   outreach script (code index 35980983644) — the "New message" bubble, 2022
//   [ember18] code index 24938381095 — Ember markup, about 2018
//   [sdui]    code index 61074037563 — pasted profile menu and invite dialog, 2025
//   [bot]     code index 44383515341 — invite note step, 2025
//   [cc]      thefrederiksen/cc-linkedin, docs/surveys/*-2026-09-10.txt — live surveys, 2026-09
//   [net]     dsmorgan/netkeeper, docs/linkedin-messaging-shapes.md and
//             tests/messaging_pages.py — captured shapes, class names stripped, 2026-10
//   [feed]    code index 57034402663 — "LinkedIn feed DOM anchors (captured live 2026-06-24)"
//   [scout]   code index 53330253292 — DevTools captures, 2026-04-22
//   [shadow]  code index 59096668290, 52705677377 — scripts reading #interop-outlet, 2025-26
//   [jobs]    code index 71374273675 — job page notes, 2026
//   [readers] code index 59789836551, 60133446833 — 2026 profile readers; and
//             GopiMaganti-code/LNAutomation, src/allActions4.spec.js
//   [real]    code index 56858759935 — "Real DOM" comments, 2025-26
//   [inmail]  code index 31255470799 (extension), 7907946204, 16443183282 (about 2019),
//             58216496642 — InMail selectors used by scripts
//   [salesnav] code index 46945551998, 24103844407; 23738987321 (2025) — Sales Navigator
//   [xing]    code index 67359775781, 67429701967 — a recruiter extension's XING selectors
//   [xingpro] code index 7855384798, 43149713431 — XING profile readers
//   [xingold] code index 46121267649 — XING messages page, 2016 or earlier
import type { SurfaceId } from '../protocol.js';
import { insideOverlay } from './exposure.js';

/**
 * Where a value is read: an element's text, or one of its attributes; `pattern`'s first
 * group picks the value out of it ("Remove Anna Schmidt" → "Anna Schmidt").
 */
export type Reading = string | { sel: string; attr?: string; pattern?: RegExp };

/** How a thread shows its messages: which are theirs, which the user's own. */
export interface MessageList {
  /** Every message, oldest first. */
  item: string[];
  /** Matches an item the other person sent. */
  theirs: string;
  /** Matches an item the user sent. An item that is neither stops the reading: unknown. */
  own: string;
  /** The message's text inside an item. */
  body: string[];
  /**
   * The sender's name an item shows, for pages whose items carry no marker of their side:
   * the recipient's name makes it theirs, the user's own makes it the user's.
   */
  sender: Reading[];
  /** When an own message was sent: `title="Sent at …"`. */
  sentAt: Reading[];
}

export interface ComposerKind {
  surface: SurfaceId;
  /** The field the user writes in: always a textarea or a `[contenteditable]` element. */
  editor: string[];
  /** The nearest ancestor that holds this composer's header, counter and Send button. */
  scope: string[];
  /** The recipient's full name inside the scope, in order of trust. */
  recipient: Reading[];
  /** The page's person (a profile behind the dialog) is the recipient when the scope names nobody. */
  pageRecipient: boolean;
  /** Their headline inside the scope. */
  headline: Reading[];
  /** A visible "12/300" counter whose second number is the limit. */
  counter: string[];
  /** The Send button: the badge never covers it, and the check before sending watches it. */
  send: string[];
  /** A checked "Press Enter to send" option: then Enter sends, too. */
  enterSends: string[];
  /** The subject line, where the composer has one. */
  subject: string[];
  /** The thread's messages, where the composer sits under them. */
  messages: MessageList | null;
  /** Set on the fallback: a field we could not place, coached as a plain message. */
  guessed?: boolean;
}

/** What the page itself says about the person (a profile's top card). */
export interface PagePerson {
  recipient: Reading[];
  headline: Reading[];
  location: Reading[];
  company: Reading[];
  /** Text naming mutual connections. */
  mutual: string[];
  /**
   * Where the page says in a sentence what the user and the person share ("You both
   * studied at …"); the sentences themselves are read in context.ts.
   */
  shared: string[];
  /** Their recent posts or activity: one element per post, its text the post's. */
  posts: string[];
}

export interface Site {
  host: string;
  /** Elements whose open shadow roots hold composers (LinkedIn renders modals there). */
  shadowHosts: string[];
  /** Paths of same-origin frames that hold composers; other frames are left alone. */
  frames: string[];
  /** Checked in order: the more specific kinds come first. */
  composers: ComposerKind[];
  /** Page-wide places for the recipient, when the composer's own scope names nobody. */
  page: PagePerson;
  /** The signed-in user's own name: never taken for the recipient. */
  self: Reading[];
  /** What an editable field we cannot place is coached as. */
  fallback: SurfaceId;
}

// ---------------------------------------------------------------------------------------
// LinkedIn

/** The conversation's messages, full page and bubbles alike. */
const LINKEDIN_MESSAGES: MessageList = {
  item: [
    'div.msg-s-event-listitem', // [blaze] 2026-05, [pilot] 2023; [cc] probe 2026-09
    'div[data-event-urn][data-view-name="message-list-item"]', // [blaze], [net] 2026-10
  ],
  // Theirs carry --other [blaze] [pilot]; own ones no marker class at all [blaze] 2026-05.
  theirs: '.msg-s-event-listitem--other',
  own: '.msg-s-event-listitem:not(.msg-s-event-listitem--other)',
  body: [
    '.msg-s-event-listitem__body', // p.msg-s-event-listitem__body [blaze] 2026-05
    'p', // class-stripped items [net] 2026-10: the body is the item's paragraphs
  ],
  sender: [
    '.msg-s-message-group__name', // span.msg-s-message-group__name [blaze]: theirs and own alike
    'a[href*="/in/"]', // the sender's profile link, class-stripped [net] 2026-10
  ],
  sentAt: [
    // span.msg-s-event-with-indicator__sending-indicator[title^="Sent at"] [blaze] 2026-05
    { sel: '.msg-s-event-with-indicator__sending-indicator[title]', attr: 'title', pattern: /^(?:Sent at|Gesendet am|Enviado el)?\s*(.+)$/ },
  ],
};

/** The person in a conversation: the pill of a new one, the header, the profile card. */
const LINKEDIN_CONVERSATION_RECIPIENT: Reading[] = [
  // "New message": the person is only in the recipient pill [munch] 2022, [shadow] 2025-26
  '.msg-connections-typeahead__added-recipients .artdeco-pill__text',
  // the same pill in class-stripped captures: button[aria-label="Remove <name>"] [net] 2026-10
  { sel: 'button[aria-label^="Remove "]', attr: 'aria-label', pattern: /^Remove (.+)$/ },
  // bubble header h2.msg-overlay-bubble-header__title > a[href^="/in/"] > span [blaze] [pilot] [net];
  // the link only: the h2's own text is "New message" in a new conversation [munch] [cc] [net]
  '.msg-overlay-bubble-header__title a[href*="/in/"]',
  // the same header with its classes stripped: h2 > a[href="/in/<profile id>/"] [net] 2026-10
  'h2 a[href*="/in/"]',
  // thread page: h2.msg-entity-lockup__entity-title in the title bar [blaze] 2026-05
  'h2.msg-entity-lockup__entity-title',
  // the profile card in the thread [blaze] [pilot] [munch]
  '.msg-s-profile-card .artdeco-entity-lockup__title',
  // the sender's name on their messages; own messages carry the user's name [blaze]
  '.msg-s-event-listitem--other .msg-s-message-group__name',
];

const LINKEDIN_CONVERSATION_HEADLINE: Reading[] = [
  // the card's subtitle keeps the whole headline in div[title] [blaze] [pilot] [munch]
  { sel: '.msg-s-profile-card .artdeco-entity-lockup__subtitle div[title]', attr: 'title' },
  '.msg-s-profile-card .artdeco-entity-lockup__subtitle',
  // thread title bar: presence text ("Status is offline") then the headline [blaze] 2026-05;
  // the presence part is visually hidden, and dropped when read
  'dd.msg-entity-lockup__entity-info',
];

const LINKEDIN_SEND = [
  'button.msg-form__send-button', // [blaze] [pilot] [munch] [cc] [real], [ember18] about 2018
  'form[id^="msg-form-"] button[type="submit"]', // the form's only submit button [net] 2026-10
];

// "Press Enter to Send" is a radio in the group "Choose a send option", rendered only while
// the menu behind "Open send options" is open [cc] docs/phase-3-survey-2.md 2026-09. The
// markup of the radio was not captured: these two readings of it are GUESSES.
const LINKEDIN_ENTER_SENDS = ['input[type="radio"][value="enter"]:checked', '[role="radio"][aria-checked="true"][data-send-mode="enter"]'];

const LINKEDIN_PAGE: PagePerson = {
  recipient: [
    // 2026 profile: no h1, the name an h2 in the top card [cc] profile-other 2026-09, [readers]
    '[componentkey^="ProfileVerificationTriggerRef-"] h2', // [readers] 2026
    'div[id^="com.linkedin.sdui.profile.card."][id$="Topcard"] h2', // [cc] 2026-09, [readers]
    '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"] h2', // [readers]
    '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"] h1', // [scout] 2026-04
    'main h1.text-heading-xlarge', // 2021-24 Ember profile, many scrapers
    'main section h1', // 2021-24 and [scout] 2026-04
    // the profile's one Connect control names them [sdui] 2025, [feed] 2026-06, [real]
    { sel: '[aria-label^="Invite "][aria-label$=" to connect"]', attr: 'aria-label', pattern: /^Invite (.+) to connect$/ },
  ],
  // 2026: the first <p> after the degree lines; read by position in code (see composer.ts)
  headline: ['main .text-body-medium.break-words'], // 2021-24 Ember profile
  location: ['main span.text-body-small.inline.t-black--light.break-words'], // 2021-24 Ember profile
  company: [
    'div[id$="Topcard"] [role="button"] p > span', // company/school button [cc] 2026-09
    'ul.pv-text-details__right-panel li', // 2021-24 Ember profile
  ],
  // The mutual-connections link, a[href*="facetConnectionOf"], as scripts click it (code
  // search, undated); that its text reads "A, B and 3 other mutual connections" is a GUESS.
  mutual: ['main a[href*="facetConnectionOf"]'],
  // GUESS, from no capture: the profile's "Highlights" state what two people share in one
  // sentence each, and the Activity section links each post to /feed/update/urn:li:activity:….
  shared: ['main section p', 'main section li', 'main section span[aria-hidden="true"]'],
  posts: ['main section a[href*="/feed/update/urn:li:activity"]'],
};

const LINKEDIN_TOPCARD = [
  'div[id^="com.linkedin.sdui.profile.card."][id$="Topcard"]', // [cc] 2026-09, [readers]
  '[componentkey^="com.linkedin.sdui.profile.card.ref"][componentkey$="Topcard"]', // [scout] [readers]
];

const LINKEDIN_CONVERSATION_SCOPE = [
  '.msg-overlay-conversation-bubble', // div.msg-convo-wrapper.msg-overlay-conversation-bubble [pilot] [munch]
  '[data-view-name="message-overlay-conversation-bubble-item"]', // bubble root [net] 2026-10
  '.msg-convo-wrapper', // div.msg-convo-wrapper.msg-thread.msg-thread--pillar [blaze] [cc]
  '.scaffold-layout__detail', // thread pane [blaze] [cc]
  'form.msg-form', // [blaze] [pilot] [munch] [cc]
  'form[id^="msg-form-"]', // form#msg-form-ember<n> [blaze]; #msg-form-<n> [net]
];

export const LINKEDIN: Site = {
  host: 'www.linkedin.com',
  shadowHosts: [
    '#interop-outlet', // open shadow root with bubbles and modals [feed] 2026-06, [shadow]
    '[data-testid="interop-shadowdom"]', // the same host [feed], [jobs] 2026
    'div.theme--light', // "renders inside a shadow root on DIV.theme--light" (code index 69828014559, 2026)
  ],
  // the messaging drawer "lives in iframe: iframe[src*="/preload/"]" [scout] 2026-04
  frames: ['/preload/'],
  page: LINKEDIN_PAGE,
  self: [
    // the sender's name on the user's own messages [blaze] 2026-05
    '.msg-s-event-listitem:not(.msg-s-event-listitem--other) .msg-s-message-group__name',
    // the "Me" photo in the nav [cc] probe 2026-09; that its alt holds the name is a GUESS
    { sel: 'img.global-nav__me-photo', attr: 'alt', pattern: /^(?:Photo of |Foto von |Foto de )?(.+)$/ },
  ],
  fallback: 'linkedin-message',
  composers: [
    {
      // "Add a note" to an invitation: a textarea in the send-invite dialog.
      surface: 'linkedin-connect',
      editor: [
        'textarea#custom-message', // [bot] 2025, [cc] 2026-09, [feed] 2026-06, [real]
        'textarea.connect-button-send-invite__custom-message', // [bot], [cc], [real]
        '.send-invite textarea[name="message"]', // [feed] 2026-06
        'textarea.send-invite__custom-message', // about 2019 scrapers
      ],
      scope: [
        '.send-invite', // div.artdeco-modal.send-invite[role=dialog] [sdui] [cc] [feed]
        '[data-test-modal-id="send-invite-modal"]', // overlay [sdui] [cc]
        '[role="dialog"][aria-labelledby="send-invite-modal"]', // [feed] 2026-06
      ],
      // The first step names them in <strong> [sdui] 2025; the note step names nobody [cc]
      // 2026-09, so the profile behind the dialog is read (page) when this finds none.
      recipient: ['.send-invite p strong'],
      pageRecipient: true,
      headline: [],
      counter: [
        'span.t-14.t-black--light.flex-1.text-align-right', // "0/300" [cc] 2026-09; "0/200" [feed] [scout]
      ],
      send: [
        'button[aria-label="Send invitation"]', // [bot] [cc] [feed] [scout] [real]
        '.artdeco-modal__actionbar button.artdeco-button--primary', // [sdui] [cc]
      ],
      enterSends: [],
      subject: [],
      messages: null,
    },
    {
      // Sales Navigator's compose form: subject and body in form[id*="compose-form"].
      surface: 'linkedin-inmail',
      editor: [
        'textarea.compose-form__message-field', // [salesnav]
        'textarea._message-field_jrrmou', // [salesnav] 2025 (CSS-module class)
        'form[id*="compose-form"] textarea[name="message"]', // [salesnav] 2025
        'textarea[id*="compose-form-text"]', // [salesnav] 2025
      ],
      scope: [
        'form[id*="compose-form"]', // [salesnav] 2025
        '.message-overlay__conversation', // [salesnav]
        '#artdeco-hoverable-outlet__message-overlay', // [salesnav]
        '#message-overlay', // [salesnav]
      ],
      recipient: ['span[data-anonymize="person-name"]'], // [salesnav]
      pageRecipient: false,
      headline: [],
      counter: [],
      send: [
        'button[data-sales-action]', // [salesnav] 2025
        'button._primary_ps32ck', // [salesnav] 2025
        'button.artdeco-button--primary', // in the overlay [salesnav]
      ],
      enterSends: [],
      subject: [
        'input.compose-form__subject-field', // [salesnav]
        'input._subject-field_jrrmou', // [salesnav] 2025
        'input[id*="compose-form-subject"]', // [salesnav] 2025
      ],
      messages: null,
    },
    {
      // InMail on linkedin.com: the ordinary composer plus a subject line [inmail].
      surface: 'linkedin-inmail',
      editor: [
        'div.msg-inmail-compose-form-v2 .msg-form__contenteditable[contenteditable="true"]', // [inmail]
        // In a bubble the subject line sits in the form [inmail]; :has() is ours.
        'form.msg-form:has(.msg-form__subject-line input) .msg-form__contenteditable[contenteditable="true"]',
        'form.msg-form:has(input[name="subject"]) .msg-form__contenteditable[contenteditable="true"]', // [inmail]
      ],
      scope: ['div.msg-inmail-compose-form-v2', ...LINKEDIN_CONVERSATION_SCOPE], // [inmail]
      recipient: LINKEDIN_CONVERSATION_RECIPIENT,
      pageRecipient: false,
      headline: LINKEDIN_CONVERSATION_HEADLINE,
      counter: [],
      send: LINKEDIN_SEND,
      enterSends: LINKEDIN_ENTER_SENDS,
      subject: [
        'input.msg-inmail-compose-form__subject-input', // [inmail]
        '.msg-form__subject-line input', // [inmail], about 2019
        'input[placeholder="Subject (optional)"]', // [inmail]
        'input[name="subject"]', // [inmail]
        'input.msg-form__subject', // [inmail] about 2019
      ],
      messages: LINKEDIN_MESSAGES,
    },
    {
      // Messaging: the full page and every overlay bubble, several at once.
      surface: 'linkedin-message',
      editor: [
        // div.msg-form__contenteditable[contenteditable=true][role=textbox] [blaze] [pilot] [munch] [cc] [scout] [real]
        '.msg-form__contenteditable[contenteditable="true"]',
        // the same box in class-stripped captures: form#msg-form-<n> > div[role=textbox] [net] 2026-10
        'form[id^="msg-form-"] div[contenteditable="true"][role="textbox"]',
      ],
      scope: LINKEDIN_CONVERSATION_SCOPE,
      recipient: LINKEDIN_CONVERSATION_RECIPIENT,
      pageRecipient: false,
      headline: LINKEDIN_CONVERSATION_HEADLINE,
      counter: [], // no counter in any capture
      send: LINKEDIN_SEND,
      enterSends: LINKEDIN_ENTER_SENDS,
      subject: [],
      messages: LINKEDIN_MESSAGES,
    },
  ],
};

/** The 2026 top card, where the page fallback reads headline and location by position. */
export function linkedinTopCard(root: ParentNode): Element | null {
  for (const sel of LINKEDIN_TOPCARD) {
    const card = root.querySelector(sel);
    if (card) return card;
  }
  return null;
}

// ---------------------------------------------------------------------------------------
// XING. No messenger markup was captured, only the selectors a script uses there: the chat
// opens from a profile in a lightbox [xing]. There is no xing-contact kind: none of its
// selectors was ever seen, and the fallback coaches that form as a message if it appears.

export const XING: Site = {
  host: 'www.xing.com',
  shadowHosts: [],
  frames: [],
  page: {
    recipient: [
      'h1[data-xds="Hero"]', // the profile's name [xingpro]
      '#content [data-xds="Hero"]', // [xingpro]
    ],
    headline: [],
    location: [],
    company: [],
    mutual: [],
    shared: [],
    posts: [],
  },
  self: [],
  fallback: 'xing-message',
  composers: [
    {
      surface: 'xing-message',
      editor: [
        'textarea[data-testid="chat-reply-input"]', // [xing]
        'textarea[data-qa="message-composer-textarea"]', // [xing]
        'textarea[data-element="message-composer-textarea"]', // [xing]
        'textarea[placeholder*="Antwort eingeben"]', // [xing]
        'textarea[aria-label*="Nachricht"]', // [xing]
        'textarea[placeholder*="Nachricht"]', // [xing]
        'textarea#msg-text', // [xingold] 2016 or earlier
        // textarea[data-xds="InputBar"] [xing] is also the job-search box: left to the fallback.
      ],
      scope: [
        // the lightbox, closed by svg[data-testid="close-lightbox-icon"] [xing]; :has() is ours
        'div:has(svg[data-testid="close-lightbox-icon"])',
        'form', // GUESS
        '[role="dialog"]', // GUESS
      ],
      recipient: [], // nothing seen in the chat; the profile behind it names them (page)
      pageRecipient: true,
      headline: [],
      counter: [],
      send: ['button[type="submit"]'], // GUESS; Send buttons are also found by their label
      enterSends: [],
      subject: [],
      messages: null, // no message markup seen
    },
  ],
};

export const SITES: Site[] = [LINKEDIN, XING];

export function siteFor(hostname: string): Site | undefined {
  return SITES.find((s) => s.host === hostname);
}

/** The kind of composer `editor` is, or undefined when it is not one of ours. */
export function kindOf(site: Site, editor: Element): ComposerKind | undefined {
  return site.composers.find((k) => k.editor.some((sel) => editor.matches(sel)));
}

/** Every selector of every kind, for one query per root. */
export function editorSelector(site: Site): string {
  return site.composers.flatMap((k) => k.editor).join(', ');
}

// ---------------------------------------------------------------------------------------
// The fallback: when the site changes and no kind matches, an editable field that sits in
// a form or dialog with a Send button is still coached, as a plain message on that site.

/** Send in the languages LinkedIn and XING are used in. */
const SEND_LABEL = /^(send|send now|senden|jetzt senden|nachricht senden|enviar|envoyer|invia|verzenden|wyślij)$/i;
/** Submit buttons that are not a message's Send: posts, comments, searches, settings. */
const NOT_SEND = /^(post|posten|comment|kommentieren|kommentar|comentar|publicar|publish|veröffentlichen|search|suchen|buscar|save|speichern|guardar|apply|bewerben|reply|antworten|responder|next|weiter|siguiente|done|fertig)\b/i;

/** A button's label as a user reads it: its text, or its aria-label. */
function label(b: Element): string {
  return ((b as HTMLElement).innerText || b.textContent || '').replace(/\s+/g, ' ').trim() || (b.getAttribute('aria-label') ?? '').trim();
}

/** True when `b` reads as a Send button. */
export function isSendButton(b: Element): boolean {
  const text = label(b);
  if (SEND_LABEL.test(text) || SEND_LABEL.test((b.getAttribute('aria-label') ?? '').trim())) return true;
  const submit = (b instanceof HTMLButtonElement || b instanceof HTMLInputElement) && b.type === 'submit';
  return submit && text !== '' && !NOT_SEND.test(text);
}

const BUTTONS = 'button, [role="button"], input[type="submit"]';
const CONTAINER = 'form, [role="dialog"], dialog';

/** The Send buttons in `scope`, by what they say. */
export function sendButtons(scope: ParentNode): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(BUTTONS)].filter(isSendButton);
}

/** The form or dialog around `editor` that has a Send button, if the field is one to coach. */
export function fallbackScope(editor: Element): Element | null {
  if (!(editor instanceof HTMLElement) || insideOverlay(editor)) return null;
  if (editor instanceof HTMLTextAreaElement) {
    if (editor.readOnly || editor.disabled) return null;
  } else if (!editor.isContentEditable || editor.parentElement?.isContentEditable) {
    return null; // only the editing host, not a paragraph inside it
  }
  if (editor.getClientRects().length === 0) return null; // hidden (e.g. a captcha's textarea)
  for (let c = editor.closest(CONTAINER); c; c = c.parentElement?.closest(CONTAINER) ?? null) {
    if (sendButtons(c).length) return c;
  }
  return null;
}

/** The kind a fallback field gets: the site's plain message, reading nothing it cannot trust. */
export function fallbackKind(site: Site): ComposerKind {
  return {
    surface: site.fallback,
    editor: [],
    scope: [CONTAINER],
    recipient: [],
    pageRecipient: false,
    headline: [],
    counter: [],
    send: [],
    enterSends: [],
    subject: [],
    messages: null,
    guessed: true,
  };
}
