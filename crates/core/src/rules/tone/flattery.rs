//! `tone/flattery`: flattery in place of a real reference.

use crate::lang::List;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta, flag_phrases};

pub const META: RuleMeta = RuleMeta {
    id: "tone/flattery",
    name: Bi { en: "Empty flattery", de: "Leere Schmeichelei" },
    family: Family::Tone,
    severity: Severity::Hint,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "Empty flattery: \"huge fan\", \"your impressive profile\", \"you are amazing\".",
        de: "Leere Schmeichelei: „großer Fan“, „beeindruckendes Profil“, „Sie sind großartig“.",
    },
    why: Bi {
        en: "Authenticity builds trust; flattery without a concrete detail sounds like a template. Name what impressed you instead.",
        de: "Echtheit schafft Vertrauen; Lob ohne konkretes Detail klingt nach Vorlage. Nennen Sie lieber, was Sie beeindruckt hat.",
    },
    example: Bi {
        en: "Hi Anna, I am a huge fan of your impressive profile.",
        de: "Hallo Anna, ich bin ein großer Fan, Sie haben ein beeindruckendes Profil.",
    },
    instead: Bi {
        en: "Hi Anna, your point about pair reviews changed how I hire.",
        de: "Hallo Anna, Ihr Punkt zu gemeinsamen Reviews hat meine Art einzustellen verändert.",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    flag_phrases(
        cx,
        cx.hits.of(List::Flattery),
        |s| {
            say!(
                cx,
                format!("\u{201c}{s}\u{201d} is flattery. Name the concrete thing that impressed you."),
                format!("\u{201e}{s}\u{201c} ist Schmeichelei. Nennen Sie, was Sie konkret beeindruckt hat."),
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
        assert_finding("tone/flattery", "Ich bin ein riesiger Fan.");
        assert_clean("tone/flattery", "Ihr Vortrag zu Reviews war hilfreich.");
    }
}
