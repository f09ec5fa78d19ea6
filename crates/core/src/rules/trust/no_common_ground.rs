//! `trust/no-common-ground`: the page shows mutual connections, and the message uses none.

use crate::facts::find_mention;
use crate::lang::List;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};

pub const META: RuleMeta = RuleMeta {
    id: "trust/no-common-ground",
    name: Bi { en: "Shared contacts left out", de: "Gemeinsame Kontakte nicht erwähnt" },
    family: Family::Trust,
    severity: Severity::Hint,
    checkpoint: None,
    kinds: Kinds::FIRST,
    what: Bi {
        en: "The page shows mutual connections, but the first message mentions none of them, nor a place you met or an earlier exchange.",
        de: "Die Seite zeigt gemeinsame Kontakte, aber die erste Nachricht erwähnt keinen davon, auch keinen Ort der Begegnung oder früheren Austausch.",
    },
    why: Bi {
        en: "People hesitate to answer strangers. A shared contact or an earlier exchange gives you a head start of trust.",
        de: "Menschen zögern, Fremden zu antworten. Ein gemeinsamer Kontakt oder ein früherer Austausch verschafft einen Vertrauensvorschuss.",
    },
    example: Bi {
        en: "Hi Anna, I read your post on pair reviews. Could we talk for 15 minutes next week?",
        de: "Hallo Anna, ich habe Ihren Beitrag über gemeinsame Reviews gelesen. Hätten Sie nächste Woche 15 Minuten?",
    },
    instead: Bi {
        en: "Hi Anna, Jonas Berg suggested I ask you about your post on pair reviews. Could we talk for 15 minutes next week?",
        de: "Hallo Anna, Jonas Berg hat mir Ihren Beitrag über gemeinsame Reviews empfohlen. Hätten Sie nächste Woche 15 Minuten?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "min_words",
        kind: ParamKind::Integer { min: 1, max: 200 },
        default: 12.0,
        doc: Bi { en: "Shorter messages are not checked.", de: "Kürzere Nachrichten werden nicht geprüft." },
        label: Bi { en: "Checked from", de: "Mindestlänge für die Prüfung" },
        unit: Unit::Words,
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    // Without names from the page this would fire on nearly every good cold message;
    // with them, the hint is concrete: here is someone you both know.
    let mutual = cx.context.recipient.as_ref().map(|r| r.mutual_connections.as_slice()).unwrap_or_default();
    let Some(first) = mutual.iter().find(|m| !m.trim().is_empty()) else { return };
    if cx.context.is_followup() || cx.words() < p.count("min_words") || cx.hits.any(List::CommonGround) {
        return;
    }
    if mutual.iter().any(|m| find_mention(cx.doc, m).is_some()) {
        return;
    }
    out.push(Draft::whole(say!(
        cx,
        format!("You share {first} as a contact. Mentioning them gives the recipient a reason to trust you."),
        format!("{first} ist ein gemeinsamer Kontakt. Wer ihn oder sie erwähnt, schafft Vertrauen."),
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn names_the_mutual_connection_from_the_page() {
        let text = "Hi Anna, I read your post on pair reviews. Could we talk for 15 minutes?";
        let f = assert_finding("trust/no-common-ground", text);
        assert!(f.message.contains("Jonas Berg"));
        assert_clean(
            "trust/no-common-ground",
            "Hi Anna, Jonas Berg said you know pair reviews best. Could we talk for 15 minutes?",
        );
    }

    #[test]
    fn silent_without_mutual_connections() {
        let mut c = ctx();
        c.recipient.as_mut().unwrap().mutual_connections.clear();
        assert_clean_in(
            "trust/no-common-ground",
            "Hi Anna, I read your post on pair reviews. Could we talk for 15 minutes?",
            &c,
        );
    }
}
