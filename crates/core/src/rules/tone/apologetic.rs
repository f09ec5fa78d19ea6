//! `tone/apologetic`: apologising for writing at all.

use crate::lang::List;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta, flag_phrases};

pub const META: RuleMeta = RuleMeta {
    id: "tone/apologetic",
    name: Bi { en: "Apologising for writing", de: "Entschuldigung fürs Schreiben" },
    family: Family::Tone,
    severity: Severity::Hint,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "Apologising for writing: \"sorry to bother you\", \"I know you are busy\", \"apologies for reaching out\".",
        de: "Entschuldigungen fürs Schreiben: „Entschuldigen Sie die Störung“, „ich möchte Sie nicht stören“, „ich weiß, Sie sind beschäftigt“.",
    },
    why: Bi {
        en: "A message worth sending needs no apology; opening with one makes it sound unimportant.",
        de: "Eine Nachricht, die es wert ist, braucht keine Entschuldigung; mit einer zu beginnen lässt sie unwichtig wirken.",
    },
    example: Bi {
        en: "Hi Anna, sorry to bother you, but could we talk for 15 minutes next week?",
        de: "Hallo Anna, entschuldigen Sie die Störung, aber hätten Sie nächste Woche 15 Minuten?",
    },
    instead: Bi {
        en: "Hi Anna, could we talk for 15 minutes next week?",
        de: "Hallo Anna, hätten Sie nächste Woche 15 Minuten?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    flag_phrases(
        cx,
        cx.hits.of(List::Apology),
        |s| {
            say!(
                cx,
                format!("\u{201c}{s}\u{201d} apologises for writing. Go straight to why you are writing."),
                format!("\u{201e}{s}\u{201c} entschuldigt sich fürs Schreiben. Kommen Sie direkt zum Anlass."),
            )
        },
        out,
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn flags_the_phrase_and_not_plain_text() {
        assert_finding("tone/apologetic", "I know you are busy, so here is one question.");
        assert_clean("tone/apologetic", "Here is one question.");
    }
}
