//! `personal/no-reference`: nothing in the message is specific — not about this recipient,
//! not about anything in particular.

use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "personal/no-reference",
    name: Bi { en: "Nothing about the recipient", de: "Kein Bezug zur Person" },
    family: Family::Personal,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::NothingGeneric),
    kinds: Kinds::FIRST,
    what: Bi {
        en: "The message says nothing specific, however long it is: no name or named thing (a company, an event, a product), no number, no quoted title, no shared history, no piece of the recipient's work.",
        de: "Die Nachricht sagt nichts Konkretes, wie lang sie auch ist: keinen Namen und nichts Benanntes (Unternehmen, Veranstaltung, Produkt), keine Zahl, keinen zitierten Titel, nichts Gemeinsames, nichts aus der Arbeit der Person.",
    },
    why: Bi {
        en: "Relevance decides whether a message is answered. One concrete detail from their profile or work shows why you are writing to them and not to a list.",
        de: "Relevanz entscheidet, ob eine Nachricht beantwortet wird. Ein konkretes Detail aus Profil oder Arbeit zeigt, warum Sie gerade diese Person anschreiben.",
    },
    example: Bi {
        en: "Hi Anna, I work in recruiting and am always interested in new ideas. Could we talk for 15 minutes next week?",
        de: "Hallo Anna, ich arbeite im Recruiting und bin immer an neuen Ideen interessiert. Hätten Sie nächste Woche 15 Minuten?",
    },
    instead: Bi {
        en: "Hi Anna, I read your post on pair reviews at Contoso. Could we talk for 15 minutes next week?",
        de: "Hallo Anna, ich habe Ihren Beitrag über gemeinsame Reviews bei Contoso gelesen. Hätten Sie nächste Woche 15 Minuten?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "min_words",
        kind: ParamKind::Integer { min: 1, max: 200 },
        default: 1.0,
        doc: Bi { en: "Shorter messages are not checked.", de: "Kürzere Nachrichten werden nicht geprüft." },
        label: Bi { en: "Checked from", de: "Mindestlänge für die Prüfung" },
        unit: Unit::Words,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    if cx.words() < p.count("min_words") || cx.context.is_followup() {
        return;
    }
    // What real people write when they mean this person: a named thing, a number, a
    // title, shared history (see `Facts::specifics`), or anything the page shows of them.
    if !cx.facts.specifics.is_empty() || cx.things.iter().any(|t| t.at.is_some()) {
        return;
    }
    out.push(Draft::whole(say!(cx,
        "Nothing here is about this person. Mention their work, a post, their company or a shared contact.",
        "Nichts hier betrifft gerade diese Person. Erwähnen Sie ihre Arbeit, einen Beitrag, ihr Unternehmen oder einen gemeinsamen Kontakt.",
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn company_from_the_page_counts() {
        assert_clean("personal/no-reference", "Hi Anna, I hear hiring at Contoso works well. Could we talk next week?");
    }

    #[test]
    fn a_post_from_the_page_counts_by_its_topic() {
        let mut c = ctx();
        c.recipient.as_mut().unwrap().posts = vec!["Warum Robotik-Teams langsamer einstellen sollten".into()];
        assert_clean_in(
            "personal/no-reference",
            "Hallo Anna, wie sollten Robotik-Teams heute einstellen? Hätten Sie nächste Woche Zeit?",
            &c,
        );
    }

    #[test]
    fn mutual_connection_counts() {
        let mut c = ctx();
        c.recipient.as_mut().unwrap().mutual_connections = vec!["Jonas Berg".into()];
        assert_clean_in(
            "personal/no-reference",
            "Hallo Anna, Jonas Berg meinte, ich solle mich melden. Hätten Sie nächste Woche Zeit?",
            &c,
        );
        assert_finding_in(
            "personal/no-reference",
            "Hallo Anna, ich bin Recruiterin und suche neue Ideen. Hätten Sie nächste Woche Zeit?",
            &c,
        );
    }
}
