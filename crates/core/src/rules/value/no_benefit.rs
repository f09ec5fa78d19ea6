//! `value/no-benefit`: the message asks but offers nothing in return.

use crate::lang::List;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "value/no-benefit",
    name: Bi { en: "Nothing in it for them", de: "Kein Nutzen für die Person" },
    family: Family::Value,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::ValueForRecipient),
    kinds: Kinds::FIRST,
    what: Bi {
        en: "The message asks for the recipient's time but says nothing about what is in it for them or for both sides.",
        de: "Die Nachricht bittet um Zeit, sagt aber nicht, was die Person oder beide Seiten davon haben.",
    },
    why: Bi {
        en: "People answer when they see a benefit: something you can share, save them or do for them in return.",
        de: "Menschen antworten, wenn sie einen Nutzen sehen: etwas, das Sie teilen, ersparen oder im Gegenzug anbieten.",
    },
    example: Bi {
        en: "Hi Anna, I read your post on pair reviews at Contoso. I am building a hiring process and need advice. Could we talk for 15 minutes next week?",
        de: "Hallo Anna, ich habe Ihren Beitrag über gemeinsame Reviews bei Contoso gelesen. Ich baue einen Einstellungsprozess auf und brauche Rat. Hätten Sie nächste Woche 15 Minuten?",
    },
    instead: Bi {
        en: "Hi Anna, I read your post on pair reviews at Contoso. I am building a hiring process and am happy to share our interview data in return. Could we talk for 15 minutes next week?",
        de: "Hallo Anna, ich habe Ihren Beitrag über gemeinsame Reviews bei Contoso gelesen. Ich baue einen Einstellungsprozess auf und teile gerne im Gegenzug unsere Interviewdaten. Hätten Sie nächste Woche 15 Minuten?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "min_words",
        kind: ParamKind::Integer { min: 1, max: 200 },
        default: 20.0,
        doc: Bi { en: "Shorter messages are not checked.", de: "Kürzere Nachrichten werden nicht geprüft." },
        label: Bi { en: "Checked from", de: "Mindestlänge für die Prüfung" },
        unit: Unit::Words,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    // An invitation asks for no one's time.
    if cx.facts.asks.is_empty() || cx.invitation() || cx.words() < p.count("min_words") || cx.hits.any(List::Benefit) {
        return;
    }
    out.push(Draft::whole(say!(cx,
        "You ask for their time but offer nothing. Say what they get: something you can share, an introduction, a result.",
        "Sie bitten um Zeit, bieten aber nichts an. Sagen Sie, was die Person davon hat: etwas zum Teilen, einen Kontakt, ein Ergebnis.",
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn mutual_benefit_counts() {
        assert_clean(
            "value/no-benefit",
            "Hi Anna, I read your post on pair reviews at Contoso and I think we could learn from each other here. Could we talk for 15 minutes next week?",
        );
        assert_clean("value/no-benefit", "Hallo Anna, könnten wir reden?");
    }
}
