//! `ask/too-many`: several asks compete for one answer.

use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "ask/too-many",
    name: Bi { en: "Too many asks", de: "Zu viele Bitten" },
    family: Family::Ask,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::OneClearAsk),
    kinds: Kinds::COLD,
    what: Bi {
        en: "The message makes more asks than the configured maximum.",
        de: "Die Nachricht enthält mehr Bitten als das eingestellte Maximum.",
    },
    why: Bi {
        en: "Each extra question is one more thing to answer; a busy person postpones the whole message.",
        de: "Jede weitere Frage ist eine Aufgabe mehr; wer beschäftigt ist, schiebt dann die ganze Nachricht auf.",
    },
    example: Bi {
        en: "Hi Anna, I read your post on hiring at Contoso. Could we talk next week? Could you also review my CV? And can you introduce me to your CTO?",
        de: "Hallo Anna, ich habe Ihren Beitrag über Recruiting bei Contoso gelesen. Hätten Sie nächste Woche Zeit? Könnten Sie auch meinen Lebenslauf ansehen? Und können Sie mich Ihrem CTO vorstellen?",
    },
    instead: Bi {
        en: "Hi Anna, I read your post on hiring at Contoso. Could we talk for 15 minutes next week about pair reviews?",
        de: "Hallo Anna, ich habe Ihren Beitrag über Recruiting bei Contoso gelesen. Hätten Sie nächste Woche 15 Minuten für eine Frage zu gemeinsamen Reviews?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "max_asks",
        kind: ParamKind::Integer { min: 1, max: 10 },
        default: 2.0,
        doc: Bi { en: "Most asks one message may make.", de: "Höchstzahl an Bitten in einer Nachricht." },
        label: Bi { en: "Most in one message", de: "Höchstens in einer Nachricht" },
        unit: Unit::Asks,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let max = p.count("max_asks");
    let asks = &cx.facts.asks;
    if asks.len() <= max {
        return;
    }
    let n = asks.len();
    for &i in &asks[max..] {
        out.push(Draft::at(
            cx.doc.sentences[i].span,
            say!(
                cx,
                format!("{n} asks in one message. Keep the one that matters most and save the rest for later."),
                format!("{n} Bitten in einer Nachricht. Behalten Sie die wichtigste, der Rest hat Zeit."),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn two_asks_are_fine() {
        assert_clean("ask/too-many", "Hi Anna, could we talk Tuesday? Or would Thursday suit you better?");
    }
}
