//! `template/mass-send`: the user sent nearly this note to several other people lately.

use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, ParamKind, ParamSpec, Params, RuleMeta, Unit};
use crate::similarity::{key_of, keyed, similarity};

pub const META: RuleMeta = RuleMeta {
    id: "template/mass-send",
    name: Bi { en: "Same note sent to many", de: "Gleiche Notiz an viele" },
    family: Family::Template,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::NothingGeneric),
    kinds: Kinds::FIRST,
    what: Bi {
        en: "You sent nearly the same first message to several other people in the last weeks (only when the mass-send warning is on: it keeps a similarity sketch of each first message, never its text).",
        de: "Sie haben fast dieselbe erste Nachricht in den letzten Wochen an mehrere andere Personen geschickt (nur wenn die Warnung vor Massennachrichten an ist: sie behält von jeder ersten Nachricht eine Ähnlichkeitsskizze, nie den Text).",
    },
    why: Bi {
        en: "A note sent to many reads like it: recipients notice, and mass requests are what networks limit and people ignore. One sentence written for this person changes that.",
        de: "Eine Nachricht an viele liest sich auch so: Empfänger merken es, und Massenanfragen sind, was Netzwerke begrenzen und Menschen ignorieren. Ein Satz, der nur dieser Person gilt, ändert das.",
    },
    example: EXAMPLE,
    instead: Bi {
        en: "Hi Anna, your post on take-home reviews at Contoso matched what we saw: reviews in pairs halved our hiring time. Would you be open to a short call next week to compare notes?",
        de: "Hallo Anna, Ihr Beitrag über Probeaufgaben bei Contoso deckt sich mit unserer Erfahrung: Reviews zu zweit haben unsere Einstellungszeit halbiert. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch?",
    },
    example_context: ExampleContext::MassSend,
    params: &[
        ParamSpec {
            name: "min_recipients",
            kind: ParamKind::Integer { min: 1, max: 100 },
            default: 3.0,
            doc: Bi {
                en: "How many other people must have had nearly this note before it is flagged.",
                de: "Wie viele andere Personen fast diese Nachricht schon bekommen haben müssen, bevor sie markiert wird.",
            },
            label: Bi { en: "Flagged once sent to", de: "Markiert ab" },
            unit: Unit::People,
        },
        ParamSpec {
            name: "similarity",
            kind: ParamKind::Number { min: 0.5, max: 1.0 },
            default: 0.8,
            doc: Bi {
                en: "How much of the wording two notes must share to count as nearly the same.",
                de: "Wie viel vom Wortlaut zwei Nachrichten teilen müssen, um als fast gleich zu gelten.",
            },
            label: Bi { en: "Nearly the same from", de: "Fast gleich ab" },
            unit: Unit::Share,
        },
        ParamSpec {
            name: "window_days",
            kind: ParamKind::Integer { min: 1, max: 90 },
            default: 30.0,
            doc: Bi { en: "How far back sent notes count.", de: "Wie weit zurück gesendete Nachrichten zählen." },
            label: Bi { en: "Notes sent in the last", de: "Nachrichten der letzten" },
            unit: Unit::Days,
        },
    ],
};

/// Sent before, with other names, to five people (see `ExampleContext::MassSend`).
const EXAMPLE: Bi = crate::rules::EXAMPLE_SENT_NOTE;

pub fn check(cx: &Check<'_>, p: &Params<'_>, out: &mut Vec<Draft>) {
    let window = p.count("window_days") as u32;
    let recent: Vec<_> = cx.context.sent.iter().filter(|s| s.days_ago <= window).collect();
    if recent.len() < p.count("min_recipients") {
        return;
    }
    let names: Vec<&str> = cx.context.recipient.iter().flat_map(|r| r.names()).collect();
    let draft = keyed(cx.doc, &names, key_of(cx.context.sent_key.as_deref()));
    let alike = recent.iter().filter(|s| similarity(&draft, &s.sketch) >= p.get("similarity")).count();
    if alike < p.count("min_recipients") {
        return;
    }
    out.push(Draft::whole(say!(
        cx,
        format!(
            "You sent nearly this note to {alike} people in the last {window} days. Write a sentence that only this person could get."
        ),
        format!(
            "Fast diese Nachricht ging in den letzten {window} Tagen an {alike} Personen. Schreiben Sie einen Satz, den nur diese Person bekommen kann."
        ),
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    const NOTE: &str = "Hi Anna, I help engineering teams cut their hiring time in half with structured take-home reviews. Would you be open to a short call next week to see whether this could work for your team too?";

    #[test]
    fn the_same_note_to_a_fourth_person_is_flagged() {
        let mut c = ctx();
        c.sent = sent_to_others(NOTE, 3);
        let f = assert_finding_in("template/mass-send", NOTE, &c);
        assert!(f.message.contains("to 3 people in the last 30 days"), "{}", f.message);
        // Two before are not yet many; notes sent long ago do not count.
        c.sent = sent_to_others(NOTE, 2);
        assert_clean_in("template/mass-send", NOTE, &c);
        c.sent = sent_to_others(NOTE, 5).into_iter().map(|mut s| (s.days_ago += 40, s).1).collect();
        assert_clean_in("template/mass-send", NOTE, &c);
    }

    #[test]
    fn a_note_written_for_this_person_is_not() {
        let mut c = ctx();
        c.sent = sent_to_others(NOTE, 9);
        let personal = "Hi Anna, your post on take-home reviews at Contoso matched what we saw in our team. Would you be open to a short call next week to see whether this could work for your team too?";
        assert_clean_in("template/mass-send", personal, &c);
    }

    #[test]
    fn german_notes_the_same() {
        let note = "Hallo Anna, ich helfe Entwicklungsteams, ihre Einstellungszeit mit strukturierten Probeaufgaben zu halbieren. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch, ob das auch für Ihr Team passt?";
        let mut c = ctx();
        c.sent = sent_to_others(note, 4);
        let f = assert_finding_in("template/mass-send", note, &c);
        assert!(f.message.contains("an 4 Personen"), "{}", f.message);
    }
}
