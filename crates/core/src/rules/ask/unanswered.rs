//! `ask/unanswered`: a reply that leaves the other person's question unanswered.

use crate::facts::stem;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};

pub const META: RuleMeta = RuleMeta {
    id: "ask/unanswered",
    name: Bi { en: "Their question unanswered", de: "Ihre Frage unbeantwortet" },
    family: Family::Ask,
    severity: Severity::Warning,
    checkpoint: None,
    // Only replies, and only when the page shows what they wrote.
    kinds: Kinds::REPLY,
    what: Bi {
        en: "Their last message asked something, and the reply shares no word with the question and answers neither yes nor no. Speaks only on replies whose question the page shows.",
        de: "Die letzte Nachricht der Person enthielt eine Frage, und die Antwort nimmt kein Wort der Frage auf und sagt weder ja noch nein. Gilt nur für Antworten, deren Frage die Seite zeigt.",
    },
    why: Bi {
        en: "A question answered is the conversation going on; a question passed over reads as not listening, and whatever you add instead is read as your agenda.",
        de: "Eine beantwortete Frage hält das Gespräch am Laufen; eine übergangene wirkt wie Nicht-Zuhören, und was Sie stattdessen schreiben, liest sich als eigene Agenda.",
    },
    example: Bi {
        en: "Hi Anna, great to hear from you! I'm currently building a hiring platform for small teams.",
        de: "Hallo Anna, schön, von Ihnen zu hören! Ich baue gerade eine Recruiting-Plattform für kleine Teams auf.",
    },
    instead: Bi {
        en: "Hi Anna, great to hear from you! For the take-home reviews we use a shared rubric in a spreadsheet, nothing fancier.",
        de: "Hallo Anna, schön, von Ihnen zu hören! Für die Probeaufgaben nutzen wir ein gemeinsames Bewertungsraster in einer Tabelle, nichts Aufwendigeres.",
    },
    example_context: ExampleContext::ReplyToQuestion,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let Some(theirs) = cx.theirs else { return };
    let Some(question) = &theirs.question else { return };
    // "How are you?" is courtesy, and a question of function words has nothing to match.
    if theirs.topic.is_empty() {
        return;
    }
    let data = cx.lang.data();
    let answered = cx.doc.words.iter().any(|w| {
        let t = cx.doc.word_text(w);
        t.bytes().any(|b| b.is_ascii_digit())
            || theirs.topic.contains(&stem(t))
            || data.answer_words.contains(&crate::text::normalise(t).as_str())
    });
    if answered {
        return;
    }
    out.push(Draft::whole(say!(cx,
        format!("They asked \u{201c}{question}\u{201d} and the reply does not answer it. Answer first, then add what else you want to say."),
        format!("Die Person fragte \u{201e}{question}\u{201c}, und die Antwort geht nicht darauf ein. Antworten Sie zuerst, dann kommt der Rest."),
    )));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn an_answer_shares_the_question_s_words_or_says_yes_or_no() {
        let q = reply_to(Some("Thanks! Which tool do you use for the take-home reviews?"));
        assert_finding_in("ask/unanswered", "Hi Anna, great to hear from you! We are hiring two engineers.", &q);
        assert_clean_in("ask/unanswered", "Hi Anna, for the reviews we use a shared rubric.", &q);
        assert_clean_in(
            "ask/unanswered",
            "Hallo Anna, nein, leider nicht.",
            &reply_to(Some("Kommen Sie auch zur Messe?")),
        );
    }

    #[test]
    fn small_talk_and_no_question_say_nothing() {
        assert_clean_in("ask/unanswered", "Hi Anna, thanks!", &reply_to(Some("How are you?")));
        assert_clean_in("ask/unanswered", "Hi Anna, thanks!", &reply_to(Some("Great to meet you.")));
    }
}
