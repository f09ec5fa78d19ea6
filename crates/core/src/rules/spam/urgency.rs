//! `spam/urgency`: manufactured time pressure.

use crate::lang::List;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta, flag_phrases};

pub const META: RuleMeta = RuleMeta {
    id: "spam/urgency",
    name: Bi { en: "Made-up time pressure", de: "Künstlicher Zeitdruck" },
    family: Family::Spam,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "Urgency: \"act now\", \"limited time\", \"last chance\", \"ASAP\", \"only a few spots left\".",
        de: "Druck: „nur heute“, „letzte Chance“, „sofort“, „dringend“, „nur noch wenige Plätze“.",
    },
    why: Bi {
        en: "Pressure from a stranger reads as a sales trick; respect the recipient's time and pace.",
        de: "Druck von Fremden wirkt wie ein Verkaufstrick; respektieren Sie Zeit und Tempo der Person.",
    },
    example: Bi {
        en: "Hi Anna, only a few spots left, so reply ASAP!",
        de: "Hallo Anna, nur noch wenige Plätze frei, melden Sie sich sofort!",
    },
    instead: Bi {
        en: "Hi Anna, there are ten places in the workshop on 12 May. Would one suit you?",
        de: "Hallo Anna, im Workshop am 12. Mai gibt es zehn Plätze. Wäre einer für Sie interessant?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    flag_phrases(
        cx,
        cx.hits.of(List::Urgency),
        |s| {
            say!(
                cx,
                format!("\u{201c}{s}\u{201d} puts pressure on a stranger. Give facts and let them decide."),
                format!("\u{201e}{s}\u{201c} setzt Fremde unter Druck. Nennen Sie Fakten und lassen Sie entscheiden."),
            )
        },
        out,
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn flags_pressure() {
        assert_finding("spam/urgency", "Das ist dringend.");
        assert_clean("spam/urgency", "Whenever suits you.");
    }
}
