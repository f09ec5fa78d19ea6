//! `length/too-short`: too few words to say who you are and what you want.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "length/too-short",
    name: Bi { en: "Too short", de: "Zu kurz" },
    family: Family::Length,
    severity: Severity::Hint,
    checkpoint: None,
    kinds: Kinds::FIRST,
    what: Bi {
        en: "The message has fewer words than it takes to give a reason and an ask.",
        de: "Die Nachricht hat weniger Wörter, als ein Anlass und eine Bitte brauchen.",
    },
    why: Bi {
        en: "Short is good, but \"Hi!\" gives the recipient nothing to answer; one sentence of context and one ask is the minimum.",
        de: "Kurz ist gut, aber auf „Hallo!“ kann niemand antworten; ein Satz Anlass und eine Bitte sind das Minimum.",
    },
    example: Bi { en: "Hi Anna!", de: "Hallo Anna!" },
    instead: Bi {
        en: "Hi Anna, I liked your post on pair reviews. Could I ask you one question about them?",
        de: "Hallo Anna, Ihr Beitrag über gemeinsame Reviews hat mir gefallen. Darf ich Ihnen eine Frage dazu stellen?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "min_words",
        kind: ParamKind::Integer { min: 1, max: 60 },
        default: 8.0,
        doc: Bi { en: "Fewest words a message should have.", de: "Mindestzahl an Wörtern." },
        label: Bi { en: "Messages at least", de: "Nachrichten mindestens" },
        unit: Unit::Words,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let min = p.count("min_words");
    if cx.words() >= min {
        return;
    }
    let n = cx.words();
    out.push(Draft::whole(say!(
        cx,
        match n {
            1 => "Only one word. Add why you are writing and what you would like.".to_string(),
            n => format!("Only {n} words. Add why you are writing and what you would like."),
        },
        match n {
            1 => "Nur ein Wort. Ergänzen Sie, warum Sie schreiben und was Sie sich wünschen.".to_string(),
            n => format!("Nur {n} Wörter. Ergänzen Sie, warum Sie schreiben und was Sie sich wünschen."),
        },
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn one_word_is_one_word() {
        let f = assert_finding("length/too-short", "Hi");
        assert!(f.message.starts_with("Only one word."), "{}", f.message);
    }

    #[test]
    fn counts_words_not_characters() {
        assert_finding("length/too-short", "Hallo 👋");
        assert_clean("length/too-short", "Hi Anna, could we talk about hiring next week?");
    }
}
