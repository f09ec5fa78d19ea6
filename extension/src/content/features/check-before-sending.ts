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

/** The warnings the check lists at most, after every must-fix finding. */
const MAX_WARNINGS = 3;

export function init(composer: Composer, signal: AbortSignal, mode: () => PresendMode): void {
  const { place, overlay } = composer;
  /** Set by "Send anyway": lets exactly one send through the check. */
  let bypass = false;

  /**
   * What the check lists: errors, and (unless only errors hold) warnings; the most severe
   * first, and one entry per span — two rules on one placeholder are one thing to fix.
   */
  const blocking = (): Finding[] => {
    const holds = mode() === 'errors' ? ['error'] : ['error', 'warning'];
    const found = (composer.report?.findings ?? []).filter((f) => holds.includes(f.severity));
    // The warnings that cost the most first, and only a few: the checklist below the list
    // says the rest, and a dialog of ten items is read as none.
    const warnings = found.filter((f) => f.severity !== 'error').sort((a, b) => b.cost - a.cost);
    const ordered = [...found.filter((f) => f.severity === 'error'), ...warnings];
    const seen = new Set<string>();
    const once = ordered.filter((f) => {
      if (!f.span) return true;
      const key = `${f.span.start_utf16}:${f.span.end_utf16}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const errors = once.filter((f) => f.severity === 'error');
    return [...errors, ...once.filter((f) => f.severity !== 'error').slice(0, MAX_WARNINGS)];
  };

  /** The engine's verdict decides: an error, a weak band, or anything at all — as the mode says. */
  const shouldHold = (): boolean => {
    const report = composer.report;
    if (!report) return false;
    const errors = report.findings.some((f) => f.severity === 'error');
    switch (mode()) {
      case 'warn':
        return true;
      case 'weak':
        return errors || report.band === 'weak';
      case 'errors':
        return errors;
      default:
        return false;
    }
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
