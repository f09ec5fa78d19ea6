// The check before sending: what holds the message first, then the checklist; "Keep
// editing" (filled and focused, the safe choice), "Show me" (the caret on the first of
// them) and "Send anyway". Each button works once; the draft is never touched.
import type { Finding, Report } from '../protocol.js';
import { checklist, el, severityLabel, t } from './dom.js';

export interface PresendAnswers {
  edit(): void;
  send(): void;
  /** Only offered when a finding that holds the send has words to show. */
  show(first: Finding): void;
}

/** The dialog, and the button to focus when it opens. `answer` is called at most once. */
export function presendDialog(report: Report, blocking: Finding[], answers: PresendAnswers): { dialog: HTMLElement; focus: HTMLButtonElement } {
  const edit = el('button', { class: 'apply', type: 'button' }, t('presendEdit'));
  const send = el('button', { class: 'close', type: 'button' }, t('presendSend'));
  const first = blocking.find((f) => f.span);
  const show = first ? el('button', { class: 'close', type: 'button' }, t('presendShow')) : null;
  const dialog = el(
    'div',
    { class: 'presend', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': 'vb-presend-title' },
    el('h2', { id: 'vb-presend-title' }, t('presendTitle')),
    blocking.length ? el('p', { class: 'why' }, t('presendLead')) : '',
    blocking.length
      ? el('ul', { class: 'blocking' }, ...blocking.map((f) =>
          el('li', { 'data-rule': f.rule }, el('span', { class: `severity ${f.severity}` }, severityLabel(f.severity)), ' ', f.message)))
      : '',
    checklist(report, true),
    el('div', { class: 'actions' }, edit, show, send),
  );
  let answered = false;
  const once = (then: () => void) => (e?: Event) => {
    // Only the user answers: a page's synthetic click on "Send anyway" does nothing.
    if (answered || (e && !e.isTrusted)) return;
    answered = true;
    dialog.remove();
    then();
  };
  edit.addEventListener('click', once(answers.edit));
  send.addEventListener('click', once(answers.send));
  if (show && first) show.addEventListener('click', once(() => answers.show(first)));
  const buttons = [edit, show, send].filter((b): b is HTMLButtonElement => b !== null);
  dialog.addEventListener('keydown', (e) => {
    if (!e.isTrusted) return;
    if (e.key === 'Tab') {
      // Focus stays in the dialog while it is open.
      e.preventDefault();
      const at = buttons.indexOf((dialog.getRootNode() as ShadowRoot).activeElement as HTMLButtonElement);
      buttons[(at + (e.shiftKey ? buttons.length - 1 : 1)) % buttons.length].focus();
    } else if (e.key === 'Escape') {
      e.stopPropagation();
      once(answers.edit)();
    }
  });
  return { dialog, focus: edit };
}
