//! `spam/hype`: income promises and miracle claims.

use crate::lang::List;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta, flag_phrases};

pub const META: RuleMeta = RuleMeta {
    id: "spam/hype",
    name: Bi { en: "Hype and big promises", de: "Übertreibungen und große Versprechen" },
    family: Family::Spam,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::NothingGeneric),
    kinds: Kinds::ALL,
    what: Bi {
        en: "Hype: \"guaranteed\", \"six-figure income\", \"thousands of leads\", \"fully booked\", \"game-changer\".",
        de: "Übertreibungen: „garantiert“, „sechsstelliges Einkommen“, „Tausende von Leads“, „ausgebucht“, „revolutionär“.",
    },
    why: Bi {
        en: "Inboxes are full of promised leads and overnight riches; one such word and your message is filed with them.",
        de: "Postfächer sind voll von versprochenen Leads und schnellem Reichtum; ein solches Wort, und Ihre Nachricht landet bei ihnen.",
    },
    example: Bi {
        en: "Hi Anna, my method guarantees thousands of leads. Could we talk?",
        de: "Hallo Anna, mit meiner Methode sind Sie garantiert ausgebucht. Hätten Sie Zeit?",
    },
    instead: Bi {
        en: "Hi Anna, we doubled reply rates for a team like yours. Could I show you how in 15 minutes?",
        de: "Hallo Anna, wir haben die Antwortquote eines ähnlichen Teams verdoppelt. Darf ich Ihnen in 15 Minuten zeigen, wie?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    flag_phrases(
        cx,
        cx.hits.of(List::Hype),
        |s| {
            say!(
                cx,
                format!("\u{201c}{s}\u{201d} sounds like spam. Say what you did, with a number you can back up."),
                format!(
                    "\u{201e}{s}\u{201c} klingt nach Spam. Nennen Sie, was Sie erreicht haben, mit einer belegbaren Zahl."
                )
            )
        },
        out,
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn both_languages() {
        assert_finding("spam/hype", "Passives Einkommen ab sofort!");
        assert_finding("spam/hype", "A six-figure income awaits.");
        assert_clean("spam/hype", "We met at the hiring meetup.");
    }
}
