//! `trust/no-common-ground`: no mutual contact or earlier interaction is mentioned.

use crate::lang::List;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, ParamKind, ParamSpec, Params, RuleMeta, find_mention};

pub const META: RuleMeta = RuleMeta {
    id: "trust/no-common-ground",
    family: Family::Trust,
    severity: Severity::Hint,
    checkpoint: None,
    what: Bi {
        en: "A first message mentions no shared contact, no place you met and no earlier interaction (a comment on their post, an event).",
        de: "Eine erste Nachricht nennt keinen gemeinsamen Kontakt, keinen Ort der Begegnung und keine frühere Interaktion (Kommentar, Veranstaltung).",
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
        en: "Hi Anna, we met at the hiring meetup in Berlin and I commented on your post on pair reviews. Could we talk for 15 minutes next week?",
        de: "Hallo Anna, wir haben uns beim Recruiting-Meetup in Berlin kennengelernt. Hätten Sie nächste Woche 15 Minuten?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[ParamSpec {
        name: "min_words",
        kind: ParamKind::Integer { min: 1, max: 200 },
        default: 12.0,
        doc: Bi { en: "Shorter messages are not checked.", de: "Kürzere Nachrichten werden nicht geprüft." },
    }],
};

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    if cx.context.is_followup() || cx.words() < p.count("min_words") || cx.hits.any(List::CommonGround) {
        return;
    }
    let mutual = cx.context.recipient.as_ref().map(|r| r.mutual_connections.as_slice()).unwrap_or_default();
    if mutual.iter().any(|m| find_mention(cx.doc, m).is_some()) {
        return;
    }
    let hint = match mutual.first() {
        Some(m) => cx.say(format!("No common ground yet. You share {m} as a contact: mention them."), format!("Noch keine Gemeinsamkeit. {m} ist ein gemeinsamer Kontakt: Erwähnen Sie ihn oder sie.")),
        None => cx.say(
            "No common ground yet. Mention a shared contact, an event, or a post of theirs you commented on.",
            "Noch keine Gemeinsamkeit. Erwähnen Sie einen gemeinsamen Kontakt, eine Veranstaltung oder einen kommentierten Beitrag.",
        ),
    };
    out.push(Draft::whole(hint));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn names_the_mutual_connection_from_the_page() {
        let mut c = ctx();
        c.recipient.as_mut().unwrap().mutual_connections = vec!["Jonas Berg".into()];
        let f = assert_finding_in(
            "trust/no-common-ground",
            "Hi Anna, I read your post on pair reviews. Could we talk for 15 minutes?",
            &c,
        );
        assert!(f.message.contains("Jonas Berg"));
        assert_clean_in(
            "trust/no-common-ground",
            "Hi Anna, Jonas Berg said you know pair reviews best. Could we talk for 15 minutes?",
            &c,
        );
    }
}
