//! `length/cut-off`: the page's field stopped taking text, so the note ends where the
//! field did, not where the user meant it to.
//!
//! A field with a `maxlength` drops every keystroke past it without a word: the user
//! typed on, the field kept the first 200 characters, and the note that leaves ends
//! mid-sentence. The page reports the field's limit as `cut_at` when the text fills it
//! (context.rs); over the limit cannot happen there, so `length/over-limit` never speaks.

use crate::report::{Checkpoint, Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};
use crate::span::Span;

pub const META: RuleMeta = RuleMeta {
    id: "length/cut-off",
    name: Bi { en: "Cut off by the page", de: "Von der Seite abgeschnitten" },
    family: Family::Length,
    severity: Severity::Error,
    checkpoint: Some(Checkpoint::WithinLimit),
    kinds: Kinds::ALL,
    what: Bi {
        en: "The page's field is full: it stopped taking text at its limit, so what was typed after that is not in the message.",
        de: "Das Feld der Seite ist voll: Es hat am Limit keine Zeichen mehr angenommen, was danach getippt wurde, fehlt in der Nachricht.",
    },
    why: Bi {
        en: "The field drops the rest without saying so; the note would leave ending mid-sentence, and the part that was cut is usually the ask.",
        de: "Das Feld verwirft den Rest, ohne es zu sagen; die Notiz ginge mitten im Satz zu Ende, und abgeschnitten ist meist gerade die Bitte.",
    },
    example: Bi {
        en: "Hi Anna, I enjoyed your talk on hiring at Contoso and the part about take-home reviews. I am building a team of eight and would love",
        de: "Hallo Anna, Ihr Vortrag über Recruiting bei Contoso hat mir gefallen, vor allem der Teil über Probeaufgaben. Ich baue ein Team a",
    },
    instead: Bi {
        en: "Hi Anna, I enjoyed your talk on hiring at Contoso. I'm building a team of eight: may I connect?",
        de: "Hallo Anna, Ihr Vortrag über Recruiting bei Contoso hat mir gefallen. Ich baue ein Team auf: Darf ich mich vernetzen?",
    },
    example_context: ExampleContext::CutNote,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let Some(limit) = cx.context.cut_at.filter(|&n| n > 0) else { return };
    if cx.doc.chars_utf16 < limit || cx.doc.text.trim().is_empty() {
        return;
    }
    // Underline where it stops: the sentence the field cut, or the last word when the
    // cut happened to fall after a full stop.
    let text = cx.doc.text;
    let trimmed = text.trim_end();
    let start = match trimmed.chars().last() {
        Some('.' | '!' | '?' | '…') => trimmed.rfind(char::is_whitespace).map_or(0, |i| i + 1),
        _ => cx.doc.sentences.last().map_or(0, |s| s.span.start),
    };
    out.push(Draft::at(
        Span::new(start, trimmed.len().max(start)),
        say!(
            cx,
            format!("The page stopped your note at {limit} characters: what you typed after that is not in it. Shorten it so it ends where you mean it to."),
            format!("Die Seite hat Ihre Notiz bei {limit} Zeichen abgeschnitten: Was danach kam, fehlt. Kürzen Sie sie, damit sie dort endet, wo Sie es möchten."),
        ),
    ));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn a_full_field_is_cut_and_the_unfinished_sentence_is_marked() {
        let mut c = ctx();
        c.cut_at = Some(40);
        let text = "Hi Anna, loved your talk. Would you hav";
        let text = format!("{text}{}", "e".repeat(40 - text.len()));
        let f = assert_finding_in("length/cut-off", &text, &c);
        assert!(marked(&text, &f).starts_with("Would you hav"));
        assert!(f.message.contains("40 characters"));
    }

    #[test]
    fn a_field_with_room_left_or_no_limit_is_not_cut() {
        let mut c = ctx();
        assert_clean_in("length/cut-off", "Hi Anna, loved your talk.", &c);
        c.cut_at = Some(200);
        assert_clean_in("length/cut-off", "Hi Anna, loved your talk.", &c);
    }
}
