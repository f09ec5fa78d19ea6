//! `ask/missing`: the message never asks for anything.

use crate::lang::List;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "ask/missing",
    name: Bi { en: "No ask", de: "Keine Bitte" },
    family: Family::Ask,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::OneClearAsk),
    kinds: Kinds::COLD,
    what: Bi {
        en: "There is no question and no request in the message (\"how are you?\" does not count).",
        de: "Die Nachricht enthält keine Frage und keine Bitte („Wie geht es Ihnen?“ zählt nicht).",
    },
    why: Bi {
        en: "When the recipient cannot tell what you want or how they could help, the easiest reply is none.",
        de: "Wer nicht erkennt, was Sie möchten oder wie er helfen kann, antwortet am einfachsten gar nicht.",
    },
    example: Bi {
        en: "Hi Anna, I read your post on pair reviews at Contoso. I am building a hiring process myself.",
        de: "Hallo Anna, ich habe Ihren Beitrag über gemeinsame Reviews bei Contoso gelesen. Ich baue selbst gerade einen Einstellungsprozess auf.",
    },
    instead: Bi {
        en: "Hi Anna, I read your post on pair reviews at Contoso. Could you spare 15 minutes next week to tell me how you pick the tasks?",
        de: "Hallo Anna, ich habe Ihren Beitrag über gemeinsame Reviews bei Contoso gelesen. Hätten Sie nächste Woche 15 Minuten, um mir zu erzählen, wie Sie die Aufgaben auswählen?",
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
    // A vague ask is still an ask: `ask/vague` says what is wrong with it. On an
    // invitation's note the ask is the invitation itself.
    if cx.invitation() || !cx.facts.asks.is_empty() || cx.hits.any(List::VagueAsk) || cx.words() < p.count("min_words")
    {
        return;
    }
    let ask = cx.example_ask();
    out.push(
        Draft::whole(say!(
            cx,
            format!("There is no ask. End with one concrete question, e.g. \u{201c}{ask}\u{201d}"),
            format!("Es fehlt eine Bitte. Schließen Sie mit einer konkreten Frage, z. B. \u{201e}{ask}\u{201c}"),
        ))
        .suggest(ask),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn small_talk_question_is_not_an_ask() {
        assert_finding("ask/missing", "Hi Anna, how are you? I read your post about hiring at Contoso.");
        assert_clean("ask/missing", "Hi Anna, I read your post about hiring. Let me know if a call next week works.");
        assert_clean("ask/missing", "Hallo Anna, was halten Sie von Probeaufgaben im Recruiting?");
    }
}
