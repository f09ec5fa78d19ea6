//! `length/long-sentence`: a sentence with more words than a reader holds at once.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "length/long-sentence",
    name: Bi { en: "Long sentence", de: "Langer Satz" },
    family: Family::Length,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "A sentence is longer than the configured number of words.",
        de: "Ein Satz ist länger als die eingestellte Wortzahl.",
    },
    why: Bi {
        en: "Precise messages are made of short sentences; a long one hides the ask and makes the reader work.",
        de: "Präzise Nachrichten bestehen aus kurzen Sätzen; ein langer versteckt die Bitte und macht Arbeit.",
    },
    example: Bi {
        en: "Hi Anna, I am writing because I have been following the work that your team at Contoso has been doing on hiring for quite a while now and I think that there might be a lot that we could learn from each other if we found the time to talk.",
        de: "Hallo Anna, ich schreibe Ihnen, weil ich die Arbeit, die Ihr Team bei Contoso im Bereich Recruiting schon seit einer ganzen Weile macht, verfolge und ich denke, dass wir viel voneinander lernen könnten, wenn wir die Zeit für ein Gespräch fänden.",
    },
    instead: Bi {
        en: "Hi Anna, I have followed your team's hiring work at Contoso for a while. I think we could learn from each other. Could we talk for 15 minutes?",
        de: "Hallo Anna, ich verfolge die Recruiting-Arbeit Ihres Teams bei Contoso schon länger. Ich glaube, wir könnten voneinander lernen. Hätten Sie 15 Minuten?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "max_words",
        kind: ParamKind::Integer { min: 8, max: 120 },
        default: 25.0,
        doc: Bi { en: "Most words a sentence may have.", de: "Höchstzahl an Wörtern pro Satz." },
        label: Bi { en: "Sentences up to", de: "Sätze bis" },
        unit: Unit::Words,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let max = p.count("max_words");
    for s in &cx.doc.sentences {
        let n = s.words.len();
        if n > max {
            out.push(Draft::at(
                s.span,
                say!(
                    cx,
                    format!("This sentence has {n} words (more than {max}). Split it in two."),
                    format!("Dieser Satz hat {n} Wörter (mehr als {max}). Teilen Sie ihn in zwei."),
                ),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn underlines_the_long_sentence_only() {
        let long = "This sentence just keeps going and going with many more words than anyone would want to read in one single breath on a busy Monday morning at work.";
        let text = format!("Hi Anna. {long} Short one.");
        let f = assert_finding("length/long-sentence", &text);
        assert_eq!(marked(&text, &f), long);
    }
}
