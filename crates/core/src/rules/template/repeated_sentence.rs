//! `template/repeated-sentence`: the same sentence twice, a sign of copy and paste.

use crate::hash::WordMap;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "template/repeated-sentence",
    name: Bi { en: "Sentence said twice", de: "Doppelter Satz" },
    family: Family::Template,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::NothingGeneric),
    kinds: Kinds::ALL,
    what: Bi { en: "A sentence appears twice in the message.", de: "Ein Satz kommt in der Nachricht zweimal vor." },
    why: Bi {
        en: "A repeated sentence is what copy and paste leaves behind; the reader sees a template that was stitched together.",
        de: "Ein doppelter Satz ist ein Überbleibsel von Kopieren und Einfügen; man sieht, dass die Nachricht zusammengestückelt ist.",
    },
    example: Bi {
        en: "Hi Anna,\nI liked your talk on hiring at Contoso. Could we talk next week? I liked your talk on hiring at Contoso.",
        de: "Hallo Anna,\nIhr Vortrag über Recruiting bei Contoso hat mir gefallen. Hätten Sie nächste Woche Zeit? Ihr Vortrag über Recruiting bei Contoso hat mir gefallen.",
    },
    instead: Bi {
        en: "Hi Anna, I liked your talk on hiring at Contoso. Could we talk next week?",
        de: "Hallo Anna, Ihr Vortrag über Recruiting bei Contoso hat mir gefallen. Hätten Sie nächste Woche Zeit?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "min_words",
        kind: ParamKind::Integer { min: 2, max: 50 },
        default: 5.0,
        doc: Bi {
            en: "Shorter sentences (\"Thanks!\") may repeat.",
            de: "Kürzere Sätze („Danke!“) dürfen sich wiederholen.",
        },
        label: Bi { en: "Sentences checked from", de: "Mindestlänge geprüfter Sätze" },
        unit: Unit::Words,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let min = p.count("min_words");
    // Copy and paste repeats a sentence verbatim, so the text itself is the key.
    let mut seen: WordMap<&str, usize> = WordMap::default();
    for s in cx.doc.sentences.iter().filter(|s| s.words.len() >= min) {
        let count = seen.entry(s.span.text(cx.doc.text)).or_insert(0);
        *count += 1;
        if *count == 2 {
            // The copy goes with the space or the line break before it, so removing it
            // leaves no double space and no empty paragraph.
            let text = cx.doc.text;
            let before = text[..s.span.start].trim_end().len();
            let span = if before > 0 {
                crate::span::Span::new(before, s.span.end)
            } else {
                crate::span::Span::new(
                    s.span.start,
                    s.span.end + (text[s.span.end..].len() - text[s.span.end..].trim_start().len()),
                )
            };
            out.push(
                Draft::at(
                    span,
                    say!(
                        cx,
                        "This sentence already appears above. Remove the copy.",
                        "Dieser Satz steht schon weiter oben. Entfernen Sie die Kopie.",
                    ),
                )
                .replace_with(""),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn removing_the_copy_leaves_well_formed_spacing() {
        for (text, after) in [
            (
                "Hi Anna. Thanks for your talk on fleet tests. Thanks for your talk on fleet tests. Bye.",
                "Hi Anna. Thanks for your talk on fleet tests. Bye.",
            ),
            (
                "Hi Anna,\n\nThanks for your talk on fleet tests.\n\nThanks for your talk on fleet tests.\n\nBen",
                "Hi Anna,\n\nThanks for your talk on fleet tests.\n\nBen",
            ),
        ] {
            let f = assert_finding("template/repeated-sentence", text);
            let span = f.span.unwrap();
            let fixed = format!("{}{}{}", &text[..span.start], f.suggestion.as_deref().unwrap(), &text[span.end..]);
            assert_eq!(fixed, after);
        }
    }

    #[test]
    fn short_repeats_are_fine() {
        assert_clean("template/repeated-sentence", "Thanks! Great talk. Thanks!");
    }
}
