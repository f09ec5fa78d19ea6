//! `value/pitch`: selling in a message that should start a conversation.

use crate::lang::List;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta, flag_phrases};

pub const META: RuleMeta = RuleMeta {
    id: "value/pitch",
    name: Bi { en: "Sales pitch", de: "Verkaufssprache" },
    family: Family::Value,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::ValueForRecipient),
    kinds: Kinds::COLD,
    what: Bi {
        en: "Sales language: \"our solution\", \"book a demo\", \"special offer\", \"we help companies like yours\".",
        de: "Verkaufssprache: „unsere Lösung“, „Demo vereinbaren“, „Sonderangebot“, „wir helfen Unternehmen wie Ihrem“.",
    },
    why: Bi {
        en: "A request that is after your own advantage from the first line puts people off; build the relationship before you sell.",
        de: "Eine Anfrage, die ab der ersten Zeile den eigenen Vorteil sucht, schreckt ab; erst die Beziehung, dann das Angebot.",
    },
    example: Bi {
        en: "Hi Anna, our solution cuts hiring time in half. Can we book a demo next week?",
        de: "Hallo Anna, unsere Lösung halbiert die Einstellungszeit. Können wir nächste Woche eine Demo vereinbaren?",
    },
    instead: Bi {
        en: "Hi Anna, your post said hiring takes you ten weeks. Could I ask you two questions about where the time goes?",
        de: "Hallo Anna, Sie schrieben, eine Einstellung dauert bei Ihnen zehn Wochen. Darf ich Ihnen zwei Fragen stellen, wo die Zeit bleibt?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    flag_phrases(
        cx,
        cx.hits.of(List::Pitch),
        |s| {
            say!(
                cx,
                format!("\u{201c}{s}\u{201d} is a sales pitch. Start a conversation first."),
                format!("\u{201e}{s}\u{201c} ist Verkaufssprache. Beginnen Sie erst ein Gespräch."),
            )
        },
        out,
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn flags_each_pitch_phrase() {
        let text = "Hallo Anna, unser Produkt ist im Sonderangebot.";
        let f = assert_finding("value/pitch", text);
        assert_eq!(marked(text, &f), "unser Produkt");
    }
}
