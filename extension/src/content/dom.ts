// Builds elements from text only: no innerHTML anywhere, so nothing from a message, a
// name or a phrase list can become markup.
type Child = Node | string | null | undefined | false;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

import { t } from '../i18n.js';
import type { Report, Severity } from '../protocol.js';

export { t };

export function intersects(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/**
 * The report's checklist as a list: passed or not, in words. `inline` (the dialog before
 * sending) puts each reason after its label and only where it failed; otherwise (the
 * popup) every reason stands on its own line.
 */
export function checklist(report: Report, inline: boolean, attrs: Record<string, string> = {}): HTMLUListElement {
  return el(
    'ul',
    { class: 'checklist', ...attrs },
    ...report.checklist.map((c) =>
      el(
        'li',
        { class: c.passed ? 'pass' : 'fail', 'data-id': c.id },
        el('span', { class: 'state' }, c.passed ? `✓ ${t('checkPassed')}` : `✗ ${t('checkFailed')}`),
        inline ? ' ' : '',
        el('strong', {}, c.label),
        inline && c.passed ? '' : el('span', { class: 'reason' }, inline ? ` — ${c.reason}` : c.reason),
      ),
    ),
  );
}

/** A severity in the one vocabulary every surface uses ("Must fix", "Worth fixing", "Hint"). */
export function severityLabel(s: Severity): string {
  return t(s === 'error' ? 'severityError' : s === 'warning' ? 'severityWarning' : 'severityHint');
}

/**
 * A listener that runs only for events the user caused. A page's script can dispatch any
 * event at our composer or host; those arrive with `isTrusted` false and are ignored, so
 * the page can neither open a card nor press our buttons nor forge a send.
 */
export function user<E extends Event>(then: (e: E) => unknown): (e: E) => void {
  return (e) => {
    if (e.isTrusted) then(e);
  };
}
