//! `followup/nothing-new`: a follow-up that only repeats the first message.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};
use crate::text::Document;
use std::collections::HashSet;

pub const META: RuleMeta = RuleMeta {
    id: "followup/nothing-new",
    name: Bi { en: "Nothing new in the follow-up", de: "Nichts Neues im Nachfassen" },
    family: Family::Followup,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::FOLLOWUP,
    what: Bi {
        en: "A follow-up adds fewer new words of substance than configured: it repeats the first message or only nudges.",
        de: "Ein Nachfassen bringt weniger neue Inhaltswörter als eingestellt: Es wiederholt die erste Nachricht oder stupst nur an.",
    },
    why: Bi {
        en: "The follow-up that gets answered brings something new: a finding, an article, a narrower ask.",
        de: "Beantwortet wird das Nachfassen, das etwas Neues bringt: ein Ergebnis, einen Artikel, eine engere Bitte.",
    },
    example: Bi {
        en: "Hi Anna, I enjoyed your talk on hiring at Contoso. Would you have 15 minutes next week?",
        de: "Hallo Anna, Ihr Vortrag bei Contoso hat mir gefallen. Hätten Sie nächste Woche 15 Minuten?",
    },
    instead: Bi {
        en: "Hi Anna, following up on my message: I wrote up how we run take-home reviews and would value your view on one open question. Would 15 minutes on Thursday work?",
        de: "Hallo Anna, anknüpfend an meine Nachricht: Ich habe aufgeschrieben, wie wir Probeaufgaben bewerten, und hätte gern Ihre Einschätzung zu einer offenen Frage. Passt Donnerstag?",
    },
    example_context: ExampleContext::FollowUp,
    params: &[ParamSpec {
        name: "min_new_words",
        kind: ParamKind::Integer { min: 1, max: 100 },
        default: 6.0,
        doc: Bi {
            en: "New words of four letters or more a follow-up should bring.",
            de: "Neue Wörter ab vier Buchstaben, die ein Nachfassen bringen sollte.",
        },
        label: Bi { en: "New in a follow-up, at least", de: "Mindestens neu im Nachfassen" },
        unit: Unit::Words,
    }],
};

/// Words of four letters or more, lower-cased: a rough but language-neutral measure of
/// substance that ignores greetings and function words.
fn content_words(doc: &Document<'_>) -> HashSet<String> {
    doc.words.iter().map(|w| doc.word_text(w)).filter(|t| t.chars().count() >= 4).map(str::to_lowercase).collect()
}

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let Some(first) =
        cx.context.thread.as_ref().and_then(|t| t.first_message.as_deref()).filter(|t| !t.trim().is_empty())
    else {
        return;
    };
    let before = content_words(&Document::new(first));
    let new = content_words(cx.doc).into_iter().filter(|w| !before.contains(w)).count();
    if new >= p.count("min_new_words") {
        return;
    }
    out.push(Draft::whole(say!(cx,
        "This follow-up brings nothing new. Add a finding, a link they would value, or a smaller ask.",
        "Dieses Nachfassen bringt nichts Neues. Ergänzen Sie ein Ergebnis, einen passenden Hinweis oder eine kleinere Bitte.",
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn only_in_followups() {
        assert_clean("followup/nothing-new", "Hi Anna, quick one?");
    }
}
