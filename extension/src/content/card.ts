// A finding's card: what is wrong, why, and what to do — Apply for a replacement that
// reads right in place, an example shown as an example, and the three ways to silence it.
import type { Finding } from '../protocol.js';
import { el, severityLabel, t, user } from './dom.js';

export interface CardActions {
  apply(): void;
  ignore(): void;
  close(): void;
  accept(phrase: string): void;
  ruleOff(): void;
}

/** Fills `card` for `f`; `words` is the text its span covers (empty without a span). */
export function fillCard(card: HTMLElement, f: Finding, words: string, actions: CardActions): void {
  const button = (cls: string, label: string, then: () => void) => {
    const b = el('button', { class: cls, type: 'button' }, label);
    b.addEventListener('click', user(then));
    return b;
  };
  const apply =
    f.suggestion != null && f.span && f.suggestion_kind === 'replacement'
      ? button('apply', f.suggestion === '' ? t('cardRemove') : t('cardApply', f.suggestion), actions.apply)
      : null;
  // An example is shown as one: the user adapts it, nothing applies it.
  const example = f.suggestion && !apply ? el('p', { class: 'suggestion' }, el('strong', {}, `${t('cardSuggestion')}: `), f.suggestion) : '';
  // The words as the accepted phrases would hold them; a whole paragraph is no phrase, and
  // a placeholder ("[Vorname]") is to be filled, never accepted.
  const phrase = words.length > 0 && words.length <= 80 && !/[[\]{}<>]/.test(words);
  const accept = phrase ? button('quiet', t('cardAccept', words), () => actions.accept(words)) : null;
  card.setAttribute('data-rule', f.rule);
  card.setAttribute('aria-label', f.message);
  card.replaceChildren(
    el('span', { class: `severity ${f.severity}` }, severityLabel(f.severity)),
    f.cost > 0 ? el('span', { class: 'cost' }, t('findingCost', f.cost)) : '',
    el('p', { class: 'message' }, f.message),
    el('p', { class: 'why' }, f.why),
    example,
    el('div', { class: 'actions' }, apply, button('close', t('cardIgnore'), actions.ignore), button('close', t('cardClose'), actions.close)),
    el('div', { class: 'actions silence' }, accept, button('quiet', t('cardRuleOff'), actions.ruleOff)),
  );
}
