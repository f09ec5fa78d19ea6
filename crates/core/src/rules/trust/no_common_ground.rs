//! `trust/no-common-ground`: the page shows what the user and the recipient share — mutual
//! contacts, a school, an employer, an event or group — and the message uses none of it.

use crate::lang::List;
use crate::mentions::MentionKind;
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
        en: "The page shows what you share with the recipient — mutual connections, a school, an employer, an event or a group — but the first message mentions none of it, nor a place you met or an earlier exchange.",
        de: "Die Seite zeigt, was Sie mit der Person verbindet – gemeinsame Kontakte, eine Hochschule, einen Arbeitgeber, eine Veranstaltung oder Gruppe –, aber die erste Nachricht erwähnt nichts davon, auch keinen Ort der Begegnung oder früheren Austausch.",
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
    // Without facts from the page this would fire on nearly every good cold message;
    // with them, the hint is concrete: here is what you share.
    let common: Vec<_> = cx.things.iter().filter(|t| t.kind.is_common_ground()).collect();
    let Some(first) = common.iter().find(|t| t.kind != MentionKind::MutualCount) else { return };
    if cx.context.is_followup() || cx.words() < p.count("min_words") || cx.hits.any(List::CommonGround) {
        return;
    }
    if common.iter().any(|t| t.at.is_some()) {
        return;
    }
    let name = &first.text;
    out.push(Draft::whole(match first.kind {
        MentionKind::School => say!(
            cx,
            format!("You both studied at {name}. Saying so gives the recipient a reason to trust you."),
            format!("Sie haben beide an der {name} studiert. Wer das erwähnt, schafft Vertrauen."),
        ),
        MentionKind::Employer => say!(
            cx,
            format!("You both worked at {name}. Saying so gives the recipient a reason to trust you."),
            format!("Sie haben beide bei {name} gearbeitet. Wer das erwähnt, schafft Vertrauen."),
        ),
        MentionKind::Event => say!(
            cx,
            format!("You were both at {name}. Saying so gives the recipient a reason to trust you."),
            format!("Sie waren beide bei {name}. Wer das erwähnt, schafft Vertrauen."),
        ),
        MentionKind::Group => say!(
            cx,
            format!("You are both in {name}. Saying so gives the recipient a reason to trust you."),
            format!("Sie sind beide in {name}. Wer das erwähnt, schafft Vertrauen."),
        ),
        _ => say!(
            cx,
            format!("You share {name} as a contact. Mentioning them gives the recipient a reason to trust you."),
            format!("{name} ist ein gemeinsamer Kontakt. Wer ihn oder sie erwähnt, schafft Vertrauen."),
        ),
    }));
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
    fn a_shared_school_is_common_ground_too() {
        let mut c = ctx();
        let r = c.recipient.as_mut().unwrap();
        r.mutual_connections.clear();
        r.shared =
            vec![crate::context::Shared { kind: crate::context::SharedKind::School, name: "TU München".into() }];
        let text =
            "Hallo Anna, ich habe Ihren Beitrag über gemeinsame Reviews gelesen. Hätten Sie nächste Woche 15 Minuten?";
        let f = assert_finding_in("trust/no-common-ground", text, &c);
        assert!(f.message.contains("TU München"), "{}", f.message);
        assert_clean_in(
            "trust/no-common-ground",
            "Hallo Anna, wir haben beide an der TU München studiert. Hätten Sie nächste Woche 15 Minuten für eine Frage?",
            &c,
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
