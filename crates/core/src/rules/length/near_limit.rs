//! `length/near-limit`: the message is close to the platform's limit.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "length/near-limit",
    name: Bi { en: "Close to the limit", de: "Nah am Limit" },
    family: Family::Length,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "The message uses most of the characters the surface allows.",
        de: "Die Nachricht schöpft das Zeichenlimit der Oberfläche fast aus.",
    },
    why: Bi {
        en: "A note that fills its box looks crammed; the best connection notes use a fraction of it.",
        de: "Eine Notiz, die das Feld ausfüllt, wirkt vollgestopft; die besten Kontaktnotizen brauchen nur einen Teil davon.",
    },
    example: Bi {
        en: "Hi Anna, I enjoyed your talk on hiring at Contoso last week, especially the part about take-home tasks and how your team reviews them in pairs. I am building a hiring process for a team of eight and would love to hear what you learned the hard way. Would you have 15 minutes?",
        de: "Hallo Anna, Ihr Vortrag über Recruiting bei Contoso letzte Woche hat mir sehr gefallen, besonders der Teil über Probeaufgaben und wie Ihr Team sie zu zweit bewertet. Ich baue gerade einen Einstellungsprozess für ein Team auf und würde gern hören, was Sie gelernt haben. Zeit?",
    },
    instead: Bi {
        en: "Hi Anna, I enjoyed your talk on hiring at Contoso. Would you have 15 minutes next week to tell me how you review take-home tasks?",
        de: "Hallo Anna, Ihr Vortrag über Recruiting bei Contoso hat mir gefallen. Hätten Sie nächste Woche 15 Minuten für eine Frage zu Probeaufgaben?",
    },
    example_context: ExampleContext::ConnectNote,
    params: &[ParamSpec {
        name: "ratio",
        kind: ParamKind::Number { min: 0.5, max: 1.0 },
        default: 0.85,
        doc: Bi {
            en: "Share of the limit from which the message counts as near it.",
            de: "Anteil am Limit, ab dem die Nachricht als knapp gilt.",
        },
        label: Bi { en: "Counts as close from", de: "Gilt als knapp ab" },
        unit: Unit::Share,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let Some(max) = cx.max_chars else { return };
    let count = cx.doc.chars_utf16;
    if count > max || (count as f64) < p.get("ratio") * max as f64 {
        return;
    }
    let left = max - count;
    out.push(Draft::whole(say!(
        cx,
        format!("{count} of {max} characters used; only {left} left. Shorter notes get read."),
        format!("{count} von {max} Zeichen belegt, nur noch {left} frei. Kürzere Notizen werden gelesen."),
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn fires_between_ratio_and_limit_only() {
        let mut c = ctx();
        c.max_chars = Some(20);
        assert_finding_in("length/near-limit", "Hallo Anna, wie ge?", &c);
        assert_clean_in("length/near-limit", "Hallo Anna", &c);
        assert_clean_in("length/near-limit", "Hallo Anna, wie geht es dir heute?", &c);
    }
}
