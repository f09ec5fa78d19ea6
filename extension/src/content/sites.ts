// Where the composers are on each site, as data. When a site changes its markup, the fix
// is a selector added here: each list is tried in order, the first that matches wins.
import type { SurfaceId } from '../protocol.js';

export interface ComposerKind {
  surface: SurfaceId;
  /** The field the user writes in: always a textarea or a `[contenteditable]` element. */
  editor: string[];
  /** The nearest ancestor that holds this composer's header, counter and Send button. */
  scope: string[];
  /** The recipient's full name: inside the scope first, then anywhere in `page`. */
  recipient: string[];
  /** Their headline or company, where the page shows it. */
  headline: string[];
  /** A visible "12/300" counter whose second number is the limit. */
  counter: string[];
  /** The Send button: the badge never covers it, and the check before sending watches it. */
  send: string[];
  /** A checked "Press Enter to send" toggle in the scope: then Enter sends, too. */
  enterSends: string[];
  /** The user's own earlier messages in the thread; none means this is a first message. */
  own: string[];
  /** Matches when the newest message in the thread is the other person's: they answered. */
  theirsLast: string[];
}

export interface Site {
  host: string;
  /** Elements whose open shadow roots hold composers (LinkedIn renders modals there). */
  shadowHosts: string[];
  /** Checked in order: the more specific kinds come first. */
  composers: ComposerKind[];
  /** Page-wide places for the recipient, when the composer's own scope names nobody. */
  page: { recipient: string[]; headline: string[] };
}

const LINKEDIN_PAGE = {
  recipient: ['main h1.text-heading-xlarge', '.pv-top-card h1', 'main section h1'],
  headline: ['main .text-body-medium.break-words', '.pv-top-card .text-body-medium'],
};

export const SITES: Site[] = [
  {
    host: 'www.linkedin.com',
    shadowHosts: ['#interop-outlet'],
    page: LINKEDIN_PAGE,
    composers: [
      {
        // "Add a note" to a connection request: a textarea in a modal.
        surface: 'linkedin-connect',
        editor: ['.send-invite textarea#custom-message', 'textarea#custom-message', '.send-invite textarea[name="message"]'],
        scope: ['.send-invite', '.artdeco-modal', '[role="dialog"]'],
        recipient: ['.send-invite__recipient-name', '[data-test-modal-recipient-name]'],
        headline: [],
        counter: ['.custom-message-counter', '.artdeco-text-input__char-count', '[aria-live] .t-14'],
        send: ['button[aria-label^="Send"]', 'button[aria-label^="Senden"]', '.artdeco-modal__actionbar button.artdeco-button--primary'],
        enterSends: [],
        own: [],
        theirsLast: [],
      },
      {
        // InMail on linkedin.com and in Sales Navigator: subject line plus body.
        surface: 'linkedin-inmail',
        editor: [
          '.msg-form--inmail .msg-form__contenteditable[contenteditable="true"]',
          'form.compose-form textarea[name="message"]',
          '.inmail-compose textarea',
        ],
        scope: ['.msg-form--inmail', 'form.compose-form', '.inmail-compose'],
        recipient: ['.msg-compose__recipient-name', '.compose-form__recipient-name', '.artdeco-pill__text', '.artdeco-entity-lockup__title'],
        headline: ['.artdeco-entity-lockup__subtitle', '.compose-form__recipient-headline'],
        counter: ['.msg-form__character-count', '.compose-form__char-count'],
        send: ['button.msg-form__send-button', 'button[type="submit"]', 'button[data-control-name="send"]'],
        enterSends: [],
        own: [],
        theirsLast: [],
      },
      {
        // Messaging: the full page and every overlay bubble, several at once.
        surface: 'linkedin-message',
        editor: ['.msg-form__contenteditable[contenteditable="true"]', 'div[role="textbox"][contenteditable="true"][aria-label*="message" i]'],
        scope: ['.msg-overlay-conversation-bubble', '.msg-convo-wrapper', '.msg-thread', '.msg-form'],
        recipient: [
          '.msg-overlay-bubble-header__title',
          '.msg-entity-lockup__entity-title',
          '.msg-thread__link-to-profile',
          '.msg-s-message-group__name',
        ],
        headline: ['.msg-entity-lockup__entity-info', '.msg-overlay-bubble-header__subtitle'],
        counter: ['.msg-form__character-count'],
        send: ['button.msg-form__send-button', 'button.msg-form__send-btn', 'button[type="submit"]'],
        enterSends: ['input.msg-form__enter-to-send:checked', '[data-enter-to-send="true"]'],
        own: ['.msg-s-event-listitem--self', '.msg-s-message-group--self'],
        theirsLast: ['.msg-s-message-list > .msg-s-event-listitem--other:last-child'],
      },
    ],
  },
  {
    host: 'www.xing.com',
    shadowHosts: [],
    page: { recipient: ['[data-testid="profile-name"]', 'main h1'], headline: ['[data-testid="profile-headline"]'] },
    composers: [
      {
        // Contact request with a message. Modelled from XING's help pages; no fixture yet.
        surface: 'xing-contact',
        editor: ['[data-testid="contact-request-message"] textarea', 'textarea[name="contactRequestMessage"]'],
        scope: ['[role="dialog"]', '[data-testid="contact-request"]', 'form'],
        recipient: ['[data-testid="contact-request-recipient"]'],
        headline: [],
        counter: ['[data-testid="char-counter"]'],
        send: ['button[type="submit"]'],
        enterSends: [],
        own: [],
        theirsLast: [],
      },
      {
        surface: 'xing-message',
        editor: [
          'textarea[data-testid="chat-message-input"]',
          'textarea[data-qa="messenger-input"]',
          '[data-testid="messenger-composer"] textarea',
          'textarea[name="message"]',
        ],
        scope: ['[data-testid="chat-window"]', '[data-testid="messenger-chat"]', 'main'],
        recipient: ['[data-testid="chat-header-name"]', '[data-qa="chat-header-name"]', 'header h2'],
        headline: ['[data-testid="chat-header-occupation"]'],
        counter: ['[data-testid="char-counter"]'],
        send: ['button[data-testid="send-button"]', 'button[type="submit"]'],
        enterSends: [],
        own: ['[data-testid="message-own"]', '.message--own'],
        theirsLast: ['.messages > [data-testid="message-other"]:last-child'],
      },
    ],
  },
];

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
