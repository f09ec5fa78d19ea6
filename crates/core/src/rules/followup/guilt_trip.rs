//! `followup/guilt-trip`: guilt-tripping in a follow-up.

use crate::lang::List;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta, flag_phrases};

pub const META: RuleMeta = RuleMeta {
    id: "followup/guilt-trip",
    name: Bi { en: "Nagging follow-up", de: "Drängelndes Nachfassen" },
    family: Family::Followup,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::FOLLOWUP,
    what: Bi {
        en: "Follow-ups that only nudge or reproach: \"just bumping this\", \"did you see my message?\", \"I haven't heard back\".",
        de: "Nachfassen, das nur drängelt oder vorwirft: „nur zur Erinnerung“, „haben Sie meine Nachricht gesehen?“, „leider keine Antwort“.",
    },
    why: Bi {
        en: "A friendly follow-up after about a week works; a reproach or an empty bump makes silence the comfortable answer.",
        de: "Ein freundliches Nachfassen nach etwa einer Woche wirkt; ein Vorwurf oder ein leerer Stupser macht Schweigen bequem.",
    },
    example: Bi {
        en: "Hi Anna, just bumping this. Did you see my message?",
        de: "Hallo Anna, nur zur Erinnerung: Haben Sie meine Nachricht gesehen?",
    },
    instead: Bi {
        en: "Hi Anna, since my last message I found the study on take-home tasks I mentioned. Would it still help you?",
        de: "Hallo Anna, seit meiner letzten Nachricht habe ich die Studie zu Probeaufgaben gefunden. Wäre sie für Sie hilfreich?",
    },
    example_context: ExampleContext::FollowUp,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    flag_phrases(
        cx,
        cx.hits.of(List::GuiltTrip),
        |s| {
            say!(
                cx,
                format!("\u{201c}{s}\u{201d} reads as a reproach. Add something new instead."),
                format!("\u{201e}{s}\u{201c} klingt nach Vorwurf. Bringen Sie lieber etwas Neues."),
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
        let followup = context_for(crate::rules::ExampleContext::FollowUp);
        assert_finding_in("followup/guilt-trip", "Just following up on this.", &followup);
        assert_clean_in("followup/guilt-trip", "Here is the study I mentioned.", &followup);
    }

    #[test]
    fn only_in_followups() {
        assert_clean("followup/guilt-trip", "Just following up on this.");
    }
}
