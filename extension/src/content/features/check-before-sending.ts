// The check before sending: a click on this composer's Send button, or Enter where the
// page sends on Enter, is held while the report has what the user chose to be stopped by
// (errors, or in "warn" mode warnings too), and the overlay shows the checklist with
// "Send anyway" and "Edit". Listening on the window in the capture phase, it sees the
// send before the site's own handlers do.
import type { Finding } from '../../protocol.js';
import type { PresendMode } from '../../settings.js';
import type { Composer } from '../composer.js';
import { findIn, scopeOf, sendButton } from '../read/index.js';
import { isSendButton } from '../sites.js';

export function init(composer: Composer, signal: AbortSignal, mode: () => PresendMode): void {
  const { place, overlay } = composer;
  /** Set by "Send anyway": lets exactly one send through the check. */
  let bypass = false;

  const blocking = (): Finding[] => {
    const holds = mode() === 'warn' ? ['error', 'warning'] : ['error'];
    const found = (composer.report?.findings ?? []).filter((f) => holds.includes(f.severity));
    return [...found.filter((f) => f.severity === 'error'), ...found.filter((f) => f.severity !== 'error')];
  };

  /** The engine's verdict decides: any error (or anything at all in "warn" mode) holds. */
  const shouldHold = (): boolean => {
    const report = composer.report;
    if (!report) return false;
    return mode() === 'warn' || (mode() === 'errors' && report.findings.some((f) => f.severity === 'error'));
  };

  const check = (e: Event, sendAgain: () => void): void => {
    if (bypass || mode() === 'off') return composer.sent();
    const fresh = composer.fresh();
    if (fresh && !shouldHold()) return composer.sent();
    // Held: the site never sees this event, the draft stays as it is. A report still on
    // its way (or for older text) is waited for before deciding.
    e.preventDefault();
    e.stopImmediatePropagation();
    const send = () => {
      bypass = true;
      try {
        sendAgain(); // our listener sees `bypass` while the click is dispatched
      } finally {
        bypass = false;
      }
    };
    void (fresh ? Promise.resolve() : composer.analyze()).then(() => {
      if (signal.aborted) return;
      if (!shouldHold() || !composer.report) return send();
      overlay.presend(composer.report, blocking(), { send, edit: () => place.editor.focus() });
    });
  };

  window.addEventListener(
    'click',
    (e) => {
      // A page's own click() on Send is neither held nor recorded as the user's send; our
      // "Send anyway" clicks with `bypass` set and passes.
      if (!e.isTrusted && !bypass) return;
      // Without a scope we cannot tell this composer's Send from another's: leave it alone.
      const scope = scopeOf(place);
      if (!scope) return;
      const button = e
        .composedPath()
        .find(
          (n): n is HTMLElement =>
            n instanceof HTMLElement &&
            scope.contains(n) &&
            (place.kind.send.some((s) => n.matches(s)) || (n.matches('button, [role="button"], input[type="submit"]') && isSendButton(n))),
        );
      if (!button) return;
      // "Send anyway" clicks the button the page shows then (it may have re-rendered).
      check(e, () => (button.isConnected ? button : sendButton(place))?.click());
    },
    { signal, capture: true },
  );

  window.addEventListener(
    'keydown',
    (e) => {
      if (!e.isTrusted) return;
      if (e.key !== 'Enter' || e.shiftKey || e.altKey || e.ctrlKey || e.metaKey || e.isComposing) return;
      if (e.composedPath()[0] !== place.editor || !findIn(place, place.kind.enterSends).length) return;
      check(e, () => sendButton(place)?.click());
    },
    { signal, capture: true },
  );
}
