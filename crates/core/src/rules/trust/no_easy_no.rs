//! `trust/no-easy-no`: the ask leaves no easy way to decline.

use crate::lang::List;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "trust/no-easy-no",
    name: Bi { en: "No easy no", de: "Kein leichtes Nein" },
    family: Family::Trust,
    severity: Severity::Hint,
    checkpoint: Some(Checkpoint::EasyNo),
    kinds: Kinds::COLD,
    what: Bi {
        en: "The message asks for something but does not say that a no is fine (\"no worries if not\", \"a short no is fine too\").",
        de: "Die Nachricht bittet um etwas, sagt aber nicht, dass ein Nein in Ordnung ist („kein Problem, wenn nicht“, „ein kurzes Nein ist auch in Ordnung“).",
    },
    why: Bi {
        en: "A no is an answer you can live with; silence is not. Saying so out loud makes any reply easier than ignoring you.",
        de: "Mit einem Nein kann man leben, mit Schweigen nicht. Wer das offen sagt, macht jede Antwort leichter als das Ignorieren.",
    },
    example: Bi {
        en: "Hi Anna, could we talk for 15 minutes next week?",
        de: "Hallo Anna, hätten Sie nächste Woche 15 Minuten?",
    },
    instead: Bi {
        en: "Hi Anna, could we talk for 15 minutes next week? No worries if not.",
        de: "Hallo Anna, hätten Sie nächste Woche 15 Minuten? Ein kurzes Nein ist auch völlig in Ordnung.",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "min_words",
        kind: ParamKind::Integer { min: 1, max: 200 },
        default: 6.0,
        doc: Bi { en: "Shorter messages are not checked.", de: "Kürzere Nachrichten werden nicht geprüft." },
        label: Bi { en: "Checked from", de: "Mindestlänge für die Prüfung" },
        unit: Unit::Words,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    // Declining an invitation is one click: its note needs no easy no.
    if cx.facts.asks.is_empty() || cx.invitation() || cx.words() < p.count("min_words") || cx.hits.any(List::EasyNo) {
        return;
    }
    let line = cx.lang.pick(
        "No worries if not – a short no helps me too.",
        "Falls es nicht passt, ist ein kurzes Nein völlig in Ordnung.",
    );
    out.push(
        Draft::whole(say!(
            cx,
            format!("Offer an easy no, e.g. \u{201c}{line}\u{201d}"),
            format!("Machen Sie ein Nein leicht, z. B. \u{201e}{line}\u{201c}"),
        ))
        .suggest(line),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn no_ask_no_finding() {
        assert_clean("trust/no-easy-no", "Hi Anna, thank you for the talk at the meetup yesterday.");
        assert_clean(
            "trust/no-easy-no",
            "Hallo Anna, hätten Sie nächste Woche Zeit? Falls es nicht passt, kein Problem.",
        );
    }
}
