//! `value/pitch-in-reply`: a sales pitch or a booking link as the answer to someone who
//! just accepted an invitation or wrote a short courtesy.

use crate::lang::List;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};

pub const META: RuleMeta = RuleMeta {
    id: "value/pitch-in-reply",
    name: Bi { en: "Pitch right after they accepted", de: "Verkauf direkt nach der Annahme" },
    family: Family::Value,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::ValueForRecipient),
    // Only replies: on a first message `value/pitch` and `spam/link` say it.
    kinds: Kinds::REPLY,
    what: Bi {
        en: "A reply to someone who just accepted your invitation or only said thanks holds a sales pitch, hype or a booking link. Speaks only on replies, and stays quiet when they asked what you offer.",
        de: "Eine Antwort an jemanden, der gerade Ihre Anfrage angenommen oder sich nur bedankt hat, enthält Verkaufssprache, Versprechen oder einen Buchungslink. Gilt nur für Antworten, und nicht, wenn die Person nach Ihrem Angebot gefragt hat.",
    },
    why: Bi {
        en: "Accepting an invitation is not asking to be sold to. The pitch right after \"thanks for connecting\" is the message people complain about most, and it ends the conversation before it starts.",
        de: "Wer eine Anfrage annimmt, bittet nicht um ein Angebot. Der Verkauf direkt nach „Danke fürs Vernetzen“ ist die meistbeklagte Nachricht – und beendet das Gespräch, bevor es beginnt.",
    },
    example: Bi {
        en: "Thanks for connecting, Anna! I help teams like yours cut hiring time in half. Book a free call here: https://calendly.com/max",
        de: "Danke fürs Vernetzen, Anna! Ich helfe Teams wie Ihrem, die Einstellungszeit zu halbieren. Buchen Sie hier ein kostenloses Gespräch: https://calendly.com/max",
    },
    instead: Bi {
        en: "Thanks for connecting, Anna! Your talk on take-home reviews stuck with me. How did your team decide how long a task may take?",
        de: "Danke fürs Vernetzen, Anna! Ihr Vortrag über Probeaufgaben ist mir im Kopf geblieben. Wie hat Ihr Team entschieden, wie lange eine Aufgabe dauern darf?",
    },
    example_context: ExampleContext::ReplyToCourtesy,
    params: &[],
};

/// Their message was a courtesy (see [`crate::facts::Theirs`]); when the page shows none,
/// the reply says they just accepted ("thanks for connecting").
fn answers_a_courtesy(cx: &Check<'_>) -> bool {
    match cx.theirs {
        Some(theirs) => theirs.courtesy,
        None => cx.lang.data().thanks_for_connecting.iter().any(|p| cx.doc.norm.contains(p)),
    }
}

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    if !answers_a_courtesy(cx) {
        return;
    }
    let pitch = [List::Pitch, List::Hype, List::CalendarLink]
        .into_iter()
        .flat_map(|l| cx.hits.of(l).iter().copied())
        .chain(crate::rules::spam::link::urls(cx))
        .min_by_key(|s| s.start);
    let Some(at) = pitch else { return };
    out.push(Draft::at(
        at,
        say!(cx,
            "They only accepted or said thanks, and the answer is a pitch. Ask about them first; offer this once they ask.",
            "Die Person hat nur angenommen oder gedankt, und die Antwort ist ein Angebot. Fragen Sie erst nach ihr; bieten Sie das an, wenn sie fragt.",
        ),
    ));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn a_pitch_after_a_thank_you_is_flagged() {
        let pitch = "Hi Anna, I help professionals like you land their dream job in 90 days. Book a free call here: https://calendly.com/max";
        assert_finding_in("value/pitch-in-reply", pitch, &reply_to(Some("Thanks for the invite!")));
    }

    #[test]
    fn a_link_they_asked_for_is_not_a_pitch() {
        let link = "Sure, here it is: https://calendly.com/max";
        assert_clean_in("value/pitch-in-reply", link, &reply_to(Some("Send me your calendar, I will pick a time.")));
    }

    #[test]
    fn a_pitch_they_asked_for_is_not() {
        let pitch = "Hi Anna, I help teams cut hiring time in half. Book a free call here: https://calendly.com/max";
        assert_clean_in(
            "value/pitch-in-reply",
            pitch,
            &reply_to(Some("Thanks! What exactly do you offer, and how do I book you?")),
        );
    }

    #[test]
    fn without_their_text_the_draft_says_it() {
        let pitch =
            "Danke fürs Vernetzen, Anna! Buchen Sie hier ein kostenloses Erstgespräch: https://calendly.com/max";
        assert_finding_in("value/pitch-in-reply", pitch, &reply_to(None));
        assert_clean_in(
            "value/pitch-in-reply",
            "Hallo Anna, hier der Link zum Vortrag: https://example.org/talk",
            &reply_to(None),
        );
    }
}
