// What the worker hears of a conversation: that the other person answered (their
// follow-up is not needed) and that a message left (a first one may start a follow-up,
// and the opt-in history reads it once). The only place the content script tells the
// worker about a conversation; reading the page never does.
import { ask } from '../../protocol.js';
import { type Composer, conversation } from '../composer.js';

export function init(composer: Composer, signal: AbortSignal): void {
  composer.on('reply', ({ recipient }) => void ask({ type: 'replied', url: conversation(), name: recipient }), signal);
  composer.on(
    'send',
    ({ text, first, recipient, report }) =>
      void ask({
        type: 'sent',
        url: conversation(),
        name: recipient,
        first,
        text,
        surface: composer.place.kind.surface,
        report: report ? { band: report.band, checklist: report.checklist } : null,
      }),
    signal,
  );
}
