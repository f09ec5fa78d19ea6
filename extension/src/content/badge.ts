// The badge on the composer's top edge: the score, its band, the length against the
// limit and the words, in words as well as colour. Built from the report; no state.
import { bandLabel, tn } from '../i18n.js';
import type { Report } from '../protocol.js';
import { el, t } from './dom.js';

const BANDS = ['ready', 'could-be-better', 'weak'] as const;

export function fillBadge(badge: HTMLElement, report: Report, guessed: boolean): void {
  const { score, counts, limit } = report;
  // The engine's band, shown: weak is red, could be better amber, ready green.
  badge.dataset.level = report.band === 'weak' ? 'low' : report.band === 'could-be-better' ? 'mid' : 'high';
  const over = report.checklist.some((c) => c.id === 'within-limit' && !c.passed);
  // The engine found the page's field cut the note: at the limit, not over it.
  const cut = report.findings.some((f) => f.rule === 'length/cut-off');
  const note = cut ? ` ${t('badgeCutOff')}` : over ? ` ${t('badgeOverLimit')}` : '';
  const chars = limit.max_chars != null ? `${counts.chars}/${limit.max_chars}` : tn('badgeChars', counts.chars);
  const band = bandLabel(report.band);
  badge.replaceChildren(
    el('span', { class: 'score' }, String(score)),
    // Every band's label in one grid cell, only this one shown: the badge is as wide for
    // "Weak" as for "Ready to send", so its box tells a page's hit-testing nothing of the
    // judgement (the lengths it does follow — characters, words — are the page's own).
    el(
      'span',
      { class: 'band' },
      ...BANDS.map((b) => el('span', b === report.band ? {} : { class: 'other', 'aria-hidden': 'true' }, bandLabel(b))),
    ),
    el('span', { class: 'sep' }, '·'),
    el('span', { class: over ? 'chars over' : 'chars' }, chars, note),
    el('span', { class: 'sep' }, '·'),
    el('span', { class: 'words' }, tn('badgeWords', counts.words)),
    // A pasted document: the engine listed the most severe findings and counted the rest.
    ...(report.omitted > 0 ? [el('span', { class: 'sep' }, '·'), el('span', { class: 'omitted' }, tn('badgeOmitted', report.omitted))] : []),
    ...(guessed ? [el('span', { class: 'sep' }, '·'), el('span', { class: 'guessed' }, t('badgeGuessed'))] : []),
  );
  const label =
    t('badgeLabel', score, band, chars, tn('badgeWords', counts.words), tn('findingsCount', report.findings.length)) +
    (guessed ? ` ${t('badgeGuessedLabel')}` : '');
  badge.setAttribute('aria-label', label);
  badge.title = label;
}

/** The engine could not answer: the badge says so. */
export function failBadge(badge: HTMLElement, error: string): void {
  badge.replaceChildren(el('span', { class: 'score' }, '!'));
  badge.setAttribute('aria-label', t('engineUnavailable', error));
  badge.title = t('engineUnavailable', error);
}
