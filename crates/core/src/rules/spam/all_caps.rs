//! `spam/all-caps`: shouting in capitals.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};
use crate::span::Span;

pub const META: RuleMeta = RuleMeta {
    id: "spam/all-caps",
    name: Bi { en: "Shouting in capitals", de: "Schreien in Großbuchstaben" },
    family: Family::Spam,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "Words in capitals: a run of two or more, or one long word. Short acronyms (SAP, CEO, XING) are fine; accept others in the config.",
        de: "Wörter in Großbuchstaben: zwei oder mehr hintereinander oder ein langes Wort. Kurze Abkürzungen (SAP, CEO, XING) sind in Ordnung; weitere lassen sich freigeben.",
    },
    why: Bi {
        en: "Capitals read as shouting and as advertising.",
        de: "Großbuchstaben wirken wie Schreien und wie Werbung.",
    },
    example: Bi {
        en: "Hi Anna, this is a HUGE OPPORTUNITY for you.",
        de: "Hallo Anna, das ist eine EINMALIGE GELEGENHEIT für Sie.",
    },
    instead: Bi {
        en: "Hi Anna, this could save your SAP team a week.",
        de: "Hallo Anna, das könnte Ihrem SAP-Team eine Woche sparen.",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "min_letters",
        kind: ParamKind::Integer { min: 2, max: 30 },
        default: 6.0,
        doc: Bi {
            en: "Letters from which a single capitalised word counts as shouting.",
            de: "Buchstaben, ab denen ein einzelnes Wort in Großbuchstaben als Schreien gilt.",
        },
        label: Bi { en: "One word in capitals counts from", de: "Ein Wort in Großbuchstaben zählt ab" },
        unit: Unit::Letters,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let min = p.count("min_letters");
    let doc = cx.doc;
    let letters = |w: &crate::text::Word| doc.word_text(w).chars().filter(|c| c.is_alphabetic()).count();
    let mut i = 0;
    while i < doc.words.len() {
        if !doc.words[i].shouted {
            i += 1;
            continue;
        }
        // A run of shouted words in one sentence is one finding.
        let mut j = i + 1;
        while j < doc.words.len() && doc.words[j].shouted && doc.words[j].sentence == doc.words[i].sentence {
            j += 1;
        }
        let run = &doc.words[i..j];
        let longest = run.iter().map(letters).max().unwrap_or(0);
        // "SAP HANA" and "AWS EKS" are acronyms side by side; "CALL ME NOW" is not.
        let long_enough = if run.len() >= 2 { run.len() >= 3 || longest > 4 } else { longest >= min };
        if long_enough {
            let span = Span::new(run[0].span.start, run[run.len() - 1].span.end);
            let said = span.text(doc.text);
            // Lower case reads right in place, but at a sentence's start the first letter
            // stays a capital.
            let mut calm = said.to_lowercase();
            if doc.sentences.iter().any(|s| s.span.start == span.start) {
                let mut chars = calm.chars();
                if let Some(c) = chars.next() {
                    calm = c.to_uppercase().chain(chars).collect();
                }
            }
            out.push(
                Draft::at(
                    span,
                    say!(
                        cx,
                        format!("\u{201c}{said}\u{201d} in capitals reads as shouting."),
                        format!("\u{201e}{said}\u{201c} in Großbuchstaben wirkt wie Schreien."),
                    ),
                )
                .replace_with(calm),
            );
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn acronyms_pass_runs_do_not() {
        assert_clean("spam/all-caps", "Our CEO met the SAP and XING team.");
        assert_clean("spam/all-caps", "We moved to SAP HANA and AWS EKS.");
        let text = "Please CALL ME NOW about it.";
        let f = assert_finding("spam/all-caps", text);
        assert_eq!(marked(text, &f), "CALL ME NOW");
        assert_finding("spam/all-caps", "Das ist WICHTIG.");
    }
}
