//! `readability/hard-to-read`: the reading-ease score is below the threshold.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "readability/hard-to-read",
    name: Bi { en: "Hard to read", de: "Schwer zu lesen" },
    family: Family::Readability,
    severity: Severity::Hint,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "Flesch Reading Ease (English) or Amstad's German version of it is below the threshold. Short notes are not scored: the formulas need some text.",
        de: "Der Lesbarkeitsindex (Flesch für Englisch, Amstad für Deutsch) liegt unter der Schwelle. Kurze Notizen werden nicht bewertet: Die Formeln brauchen etwas Text.",
    },
    why: Bi {
        en: "Long words and long sentences slow a reader down; a message read on a phone between meetings must be easy.",
        de: "Lange Wörter und lange Sätze bremsen; eine Nachricht, die zwischen zwei Terminen auf dem Handy gelesen wird, muss leicht sein.",
    },
    example: Bi {
        en: "Hi Anna, considering your organisation's comprehensive transformation initiatives, I believe a collaborative evaluation of multidimensional recruitment methodologies and their organisational implications could generate considerable mutual value. Would a conversation regarding potential collaboration opportunities be conceivable?",
        de: "Hallo Anna, angesichts der umfassenden Transformationsinitiativen Ihrer Organisation halte ich eine gemeinschaftliche Evaluierung mehrdimensionaler Personalgewinnungsmethodiken einschließlich ihrer organisationsstrukturellen Implikationen für außerordentlich gewinnbringend. Wäre ein diesbezüglicher Austausch hinsichtlich potenzieller Kooperationsmöglichkeiten denkbar?",
    },
    instead: Bi {
        en: "Hi Anna, you are changing how Contoso hires, and so are we. I think we could learn from each other. Would you have 15 minutes next week to compare notes on take-home tasks? A short no is fine too.",
        de: "Hallo Anna, Sie stellen gerade das Recruiting bei Contoso um, wir auch. Ich glaube, wir können voneinander lernen. Hätten Sie nächste Woche 15 Minuten, um sich über Probeaufgaben auszutauschen? Ein Nein ist auch in Ordnung.",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[
        ParamSpec {
            name: "min_score",
            kind: ParamKind::Number { min: 0.0, max: 100.0 },
            default: 30.0,
            doc: Bi {
                en: "Scores below this are flagged (0 hardest, 100 easiest).",
                de: "Werte darunter werden gemeldet (0 am schwersten, 100 am leichtesten).",
            },
            label: Bi { en: "Lowest reading ease allowed", de: "Niedrigste zulässige Lesbarkeit" },
            unit: Unit::Points,
        },
        ParamSpec {
            name: "min_words",
            kind: ParamKind::Integer { min: 12, max: 500 },
            default: 30.0,
            doc: Bi { en: "Shorter messages are not scored.", de: "Kürzere Nachrichten werden nicht bewertet." },
            label: Bi { en: "Scored from", de: "Mindestlänge für die Bewertung" },
            unit: Unit::Words,
        },
    ],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    if cx.words() < p.count("min_words") {
        return;
    }
    let Some(m) = &cx.facts.readability else { return };
    if m.score >= p.get("min_score") {
        return;
    }
    let score = m.score.round() as i64;
    out.push(Draft::whole(say!(
        cx,
        format!("Reading ease {score}/100: {}. Use shorter sentences and everyday words.", m.label_en.to_lowercase()),
        format!("Lesbarkeit {score}/100: {}. Kürzere Sätze und Alltagswörter helfen.", m.label_de.to_lowercase()),
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn short_notes_are_never_scored() {
        assert_clean("readability/hard-to-read", "Hallo Anna, Personalgewinnungsmethodikevaluierung?");
    }
}
