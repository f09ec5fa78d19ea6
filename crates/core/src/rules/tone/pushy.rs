//! `tone/pushy`: pressure and demands on the recipient.

use crate::lang::List;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta, flag_phrases};

pub const META: RuleMeta = RuleMeta {
    id: "tone/pushy",
    name: Bi { en: "Pressure and demands", de: "Druck und Forderungen" },
    family: Family::Tone,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "Demands and pressure: \"you need to\", \"I expect\", \"call me today\", \"why haven't you answered\".",
        de: "Forderungen und Druck: „Sie müssen“, „ich erwarte“, „rufen Sie mich heute an“, „warum antworten Sie nicht“.",
    },
    why: Bi {
        en: "The recipient owes you nothing; pressure turns a possible yes into a certain no.",
        de: "Die Person schuldet Ihnen nichts; Druck macht aus einem möglichen Ja ein sicheres Nein.",
    },
    example: Bi {
        en: "Hi Anna, you need to see this, call me today.",
        de: "Hallo Anna, Sie müssen sich das ansehen, ich erwarte Ihren Rückruf.",
    },
    instead: Bi {
        en: "Hi Anna, this might interest you. Would a call next week suit you?",
        de: "Hallo Anna, das könnte Sie interessieren. Passt Ihnen ein Telefonat nächste Woche?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    flag_phrases(
        cx,
        cx.hits.of(List::Pushy),
        |s| {
            say!(
                cx,
                format!("\u{201c}{s}\u{201d} puts pressure on the recipient. Ask, do not demand."),
                format!("\u{201e}{s}\u{201c} setzt die Person unter Druck. Bitten statt fordern."),
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
        assert_finding("tone/pushy", "Why haven't you answered?");
        assert_clean("tone/pushy", "Would Tuesday work?");
    }
}
