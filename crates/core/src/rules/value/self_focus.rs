//! `value/self-focus`: the message is about the writer, not the reader.

use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "value/self-focus",
    name: Bi { en: "Mostly about yourself", de: "Vor allem über sich selbst" },
    family: Family::Value,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::ValueForRecipient),
    kinds: Kinds::COLD,
    what: Bi {
        en: "Words about yourself (I, me, my) outnumber words about the reader (you, your) by more than the configured ratio.",
        de: "Wörter über Sie selbst (ich, mich, mein) überwiegen Wörter über die Person (Sie, Ihnen, du, dein) stärker als eingestellt.",
    },
    why: Bi {
        en: "A message that is all about the sender reads as a request for a favour; turning it towards the reader makes it about them.",
        de: "Eine Nachricht, die nur vom Absender handelt, wirkt wie eine Bitte um einen Gefallen; richten Sie sie auf die Person aus.",
    },
    example: Bi {
        en: "Hi Anna, I am a recruiter and I have built my own process. I think my approach works and I would like to show you my results. Could we talk?",
        de: "Hallo Anna, ich bin Recruiterin und ich habe meinen eigenen Prozess gebaut. Ich glaube, mein Ansatz funktioniert und ich möchte meine Ergebnisse zeigen. Hätten Sie Zeit?",
    },
    instead: Bi {
        en: "Hi Anna, your post on pair reviews matches what I see in my own hiring. Would you like to see the results? Could we talk?",
        de: "Hallo Anna, Ihr Beitrag über gemeinsame Reviews deckt sich mit meinen Erfahrungen. Möchten Sie die Ergebnisse sehen? Hätten Sie Zeit?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[
        ParamSpec {
            name: "max_ratio",
            kind: ParamKind::Number { min: 1.0, max: 10.0 },
            default: 2.0,
            doc: Bi {
                en: "Most self-references per reader-reference.",
                de: "Höchstens so viele Ich-Wörter je Sie-/Du-Wort.",
            },
            label: Bi { en: "I-words per you-word, at most", de: "Ich-Wörter je Sie- oder Du-Wort, höchstens" },
            unit: Unit::Ratio,
        },
        ParamSpec {
            name: "min_self",
            kind: ParamKind::Integer { min: 1, max: 50 },
            default: 4.0,
            doc: Bi { en: "Fewer self-references are never flagged.", de: "Weniger Ich-Wörter werden nie gemeldet." },
            label: Bi { en: "Checked from", de: "Mindestzahl für die Prüfung" },
            unit: Unit::SelfReferences,
        },
    ],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let me = cx.facts.self_refs.len();
    let you = cx.facts.you_refs.len();
    if me < p.count("min_self") || (me as f64) <= p.get("max_ratio") * you.max(1) as f64 {
        return;
    }
    out.push(Draft::whole(say!(
        cx,
        format!("{me} words about you, {you} about the reader. Turn a sentence or two towards them."),
        format!("{me} Ich-Wörter, {you} über die Person. Richten Sie ein, zwei Sätze auf sie aus."),
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn lower_case_sie_is_they_not_you() {
        // "sie" here is "they": only one reader-reference ("Ihnen").
        assert_finding(
            "value/self-focus",
            "Hallo Anna, ich habe mit meinem Team gesprochen, sie mögen mich. Ich zeige Ihnen mein Projekt, ich freue mich.",
        );
    }
}
