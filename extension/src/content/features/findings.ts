// What the user can do with a finding, from its card or the list: apply its suggestion,
// ignore it in this draft, never flag its words again, turn its rule off, or show where
// it is. Every one runs on the user's own click (the overlay checks `isTrusted`).
import { lang, t } from '../../i18n.js';
import { ask, type Finding } from '../../protocol.js';
import type { Composer } from '../composer.js';
import { EditorText, replace, select } from '../editor.js';
import type { OverlayEvents } from '../overlay.js';

export function actions(composer: Composer): Omit<OverlayEvents, 'returnFocus'> {
  const { editor } = composer.place;

  /** Stores a silencing choice through the worker, which validates it; the page re-analyses on the change. */
  const silence = async (request: { type: 'accept'; phrase: string; lang: 'en' | 'de' } | { type: 'rule-off'; rule: string }, done: string) => {
    editor.focus();
    const reply = await ask(request);
    composer.overlay.toast(reply.ok ? done : t('toastFailed', reply.error));
  };

  return {
    /** Applies a suggestion through the editor's own input path. */
    apply(f: Finding) {
      // Only a replacement reads right in place; an example is for the user to adapt.
      if (!f.span || f.suggestion == null || f.suggestion_kind !== 'replacement') return;
      const current = EditorText.read(editor);
      // The report must still describe this text, or the span would land on other words.
      if (current.text !== composer.shownText().text) return;
      if (replace(editor, current, f.span.start_utf16, f.span.end_utf16, f.suggestion)) {
        composer.userChose();
        composer.overlay.toast(t('toastApplied'));
      }
    },
    ignore(f: Finding, words: string) {
      editor.focus();
      composer.ignore(f, words);
    },
    accept: (_f, phrase) => void silence({ type: 'accept', phrase, lang: composer.report?.language ?? lang() }, t('toastAccepted', phrase)),
    ruleOff: (f) => void silence({ type: 'rule-off', rule: f.rule }, t('toastRuleOff')),
    /** "Show me": the caret on the finding's words. */
    show(f: Finding) {
      const current = EditorText.read(editor);
      if (f.span && current.text === composer.shownText().text) select(editor, current, f.span.start_utf16, f.span.end_utf16);
      else editor.focus();
    },
  };
}
