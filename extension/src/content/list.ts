// The list of findings, opened from the badge: the score explained (band, how it is made,
// the cap that holds it down), then every finding with what it costs.
import { bandLabel } from '../i18n.js';
import type { Report, ThingToMention } from '../protocol.js';
import { el, severityLabel, t, user } from './dom.js';

export function fillList(panel: HTMLElement, report: Report | null, pick: (index: number) => void): void {
  const items = (report?.findings ?? []).map((f, i) => {
    const item = el('button', { class: 'item', type: 'button', 'data-rule': f.rule },
      el('span', { class: `severity ${f.severity}` }, severityLabel(f.severity)), ' ', f.message,
      f.cost > 0 ? el('span', { class: 'cost' }, t('findingCost', f.cost)) : '');
    item.addEventListener('click', user(() => pick(i)));
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
    report ? thingsToMention(report) : '',
    el('p', { class: 'keys' }, t('panelKeys')),
  );
}

const KIND_KEY: Record<ThingToMention['kind'], string> = {
  role: 'mentionRole',
  company: 'mentionCompany',
  location: 'mentionLocation',
  studied: 'mentionStudied',
  topic: 'mentionTopic',
  mutual: 'mentionMutual',
  'mutual-count': 'mentionMutualCount',
  school: 'mentionSchool',
  employer: 'mentionEmployer',
  event: 'mentionEvent',
  group: 'mentionGroup',
  post: 'mentionPost',
};

/**
 * What the page shows about the recipient, each marked where the draft already mentions
 * it. A click shows a sentence that mentions it and copies that sentence; the editor is
 * the user's, and nothing is written into it.
 */
function thingsToMention(report: Report): HTMLElement | '' {
  const things = report.things_to_mention;
  if (!things.length) return '';
  const example = el('p', { class: 'example', 'aria-live': 'polite' });
  const items = things.map((thing) => {
    const said = thing.span !== null;
    const what = thing.kind === 'mutual-count' ? t('mentionMutualCountText', thing.text) : thing.text;
    const item = el('button', { class: said ? 'item thing said' : 'item thing', type: 'button' },
      el('span', { class: 'state' }, said ? `✓ ${t('mentionDone')}` : '○'), ' ',
      el('span', { class: 'kind' }, t(KIND_KEY[thing.kind])), ' ', what);
    item.addEventListener('click', user(() => {
      example.replaceChildren(el('span', { class: 'sentence' }, thing.example));
      navigator.clipboard?.writeText(thing.example).then(
        () => example.append(' ', el('span', { class: 'copied' }, t('mentionCopied'))),
        () => {},
      );
    }));
    return el('li', {}, item);
  });
  return el('section', { class: 'things' }, el('h3', {}, t('mentionTitle')), el('ul', {}, ...items), example);
}
