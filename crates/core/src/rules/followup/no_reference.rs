//! `followup/no-reference`: a follow-up that does not point back to the first message.

use crate::lang::List;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};

pub const META: RuleMeta = RuleMeta {
    id: "followup/no-reference",
    name: Bi { en: "First message not mentioned", de: "Kein Bezug zur ersten Nachricht" },
    family: Family::Followup,
    severity: Severity::Hint,
    checkpoint: None,
    kinds: Kinds::FOLLOWUP,
    what: Bi {
        en: "In a follow-up (the page shows an earlier message of yours), nothing refers back to it (\"my message last week\", \"as mentioned\").",
        de: "In einem Nachfassen (die Seite zeigt eine frühere Nachricht von Ihnen) verweist nichts darauf („meine Nachricht von letzter Woche“, „wie erwähnt“).",
    },
    why: Bi {
        en: "A follow-up should remind the reader of your ask without making them scroll; one clause that points back is enough.",
        de: "Ein Nachfassen soll an Ihre Bitte erinnern, ohne dass man scrollen muss; ein Halbsatz, der zurückverweist, genügt.",
    },
    example: Bi {
        en: "Hi Anna, I found a study on take-home tasks you might like. Would 15 minutes next week still work?",
        de: "Hallo Anna, ich habe eine Studie zu Probeaufgaben gefunden, die Sie interessieren könnte. Hätten Sie nächste Woche 15 Minuten?",
    },
    instead: Bi {
        en: "Hi Anna, following up on my message last week: I found a study on take-home tasks you might like. Would 15 minutes still work?",
        de: "Hallo Anna, anknüpfend an meine Nachricht von letzter Woche: Ich habe eine Studie zu Probeaufgaben gefunden. Hätten Sie 15 Minuten?",
    },
    example_context: ExampleContext::FollowUp,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    if !cx.context.is_followup() || cx.hits.any(List::FollowupReference) || cx.hits.any(List::GuiltTrip) {
        return;
    }
    out.push(Draft::whole(say!(cx,
        "This follows up an earlier message: point back to it in a few words (\u{201c}Following up on my question last week: …\u{201d}).",
        "Das ist ein Nachfassen: Verweisen Sie kurz auf die erste Nachricht (\u{201e}Anknüpfend an meine Frage von letzter Woche: …\u{201c}).",
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn only_in_followups() {
        assert_clean("followup/no-reference", "Hi Anna, I found a study you might like.");
    }
}
