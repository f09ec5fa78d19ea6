//! `tone/hedging`: hedging that weakens the ask.

use crate::lang::List;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta, flag_phrases};

pub const META: RuleMeta = RuleMeta {
    id: "tone/hedging",
    name: Bi { en: "Hedging words", de: "Weichmacher" },
    family: Family::Tone,
    severity: Severity::Hint,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "Hedges such as \"just wanted to\", \"I was wondering if maybe\", \"kind of\", \"I guess\".",
        de: "Weichmacher wie „wollte nur mal“, „eventuell vielleicht“, „irgendwie“, „quasi“.",
    },
    why: Bi {
        en: "Clear and direct wins: hedges make the ask sound unsure, and an unsure ask is easy to put off.",
        de: "Klar und direkt gewinnt: Weichmacher lassen die Bitte unsicher klingen, und eine unsichere Bitte schiebt man leicht auf.",
    },
    example: Bi {
        en: "Hi Anna, I just wanted to ask if you could maybe talk next week.",
        de: "Hallo Anna, ich wollte nur mal fragen, ob Sie irgendwie nächste Woche Zeit hätten.",
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
        cx.hits.of(List::Hedge),
        |s| {
            say!(
                cx,
                format!("\u{201c}{s}\u{201d} weakens your ask. Say it directly."),
                format!("\u{201e}{s}\u{201c} schwächt Ihre Bitte. Sagen Sie es direkt."),
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
        assert_finding("tone/hedging", "I was wondering if maybe we could talk.");
        assert_clean("tone/hedging", "Could we talk on Tuesday?");
    }
}
