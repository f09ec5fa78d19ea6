// The list of findings, opened from the badge: the score explained (band, how it is made,
// the cap that holds it down), then every finding with what it costs.
import { bandLabel } from '../i18n.js';
import type { Report } from '../protocol.js';
import { el, severityLabel, t } from './dom.js';

export function fillList(panel: HTMLElement, report: Report | null, pick: (index: number) => void): void {
  const items = (report?.findings ?? []).map((f, i) => {
    const item = el('button', { class: 'item', type: 'button', 'data-rule': f.rule },
      el('span', { class: `severity ${f.severity}` }, severityLabel(f.severity)), ' ', f.message,
      f.cost > 0 ? el('span', { class: 'cost' }, t('findingCost', f.cost)) : '');
    item.addEventListener('click', () => pick(i));
    return el('li', {}, item);
  });
  const summary = report
    ? el('div', { class: 'summary' },
        el('p', {}, el('strong', { class: 'score' }, String(report.score)), ' ', el('span', { class: 'band' }, bandLabel(report.band))),
        el('p', { class: 'how' }, t('scoreExplained')),
        report.breakdown.cap ? el('p', { class: 'cap' }, t('scoreCap', report.breakdown.cap.score, report.breakdown.cap.reason)) : '')
    : '';
  panel.replaceChildren(
    el('h2', {}, t('panelTitle')),
    summary,
    items.length ? el('ul', {}, ...items) : el('p', { class: 'empty' }, t('panelEmpty')),
    el('p', { class: 'keys' }, t('panelKeys')),
  );
}
