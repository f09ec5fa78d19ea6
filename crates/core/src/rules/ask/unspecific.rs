//! `ask/unspecific`: there is an ask, but no topic, length or time in it.

use crate::lang::List;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};

pub const META: RuleMeta = RuleMeta {
    id: "ask/unspecific",
    name: Bi { en: "Ask without time or length", de: "Bitte ohne Zeit und Umfang" },
    family: Family::Ask,
    severity: Severity::Hint,
    checkpoint: None,
    kinds: Kinds::COLD,
    what: Bi {
        en: "The ask says neither how long, nor when, nor in what form (\"15 minutes\", \"next week\", \"a call\", \"one question\"), names nothing and asks about no topic (\"how your team…\"). Quiet on an invitation's note, whose ask is to connect.",
        de: "Die Bitte sagt weder wie lange noch wann noch in welcher Form („15 Minuten“, „nächste Woche“, „ein Telefonat“, „eine Frage“), nennt nichts und fragt nach keinem Thema („wie Ihr Team …“). Schweigt bei der Notiz einer Kontaktanfrage, deren Bitte die Vernetzung ist.",
    },
    why: Bi {
        en: "A specific ask is easy to say yes to: the recipient knows exactly what they are agreeing to.",
        de: "Zu einer konkreten Bitte sagt man leicht Ja: Die Person weiß genau, worauf sie sich einlässt.",
    },
    example: Bi {
        en: "Hi Anna, I read your post on hiring at Contoso. Would you be open to talking?",
        de: "Hallo Anna, ich habe Ihren Beitrag über Recruiting bei Contoso gelesen. Wären Sie offen für ein Gespräch?",
    },
    instead: Bi {
        en: "Hi Anna, I read your post on hiring at Contoso. Would you be open to a 15-minute call next week?",
        de: "Hallo Anna, ich habe Ihren Beitrag über Recruiting bei Contoso gelesen. Wären Sie offen für ein Telefonat von 15 Minuten nächste Woche?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let asks = &cx.facts.asks;
    // A vague ask already has its own finding.
    // An invitation asks to connect, which needs no length or time.
    if asks.is_empty() || cx.hits.any(List::VagueAsk) || cx.invitation() {
        return;
    }
    let sentences = &cx.doc.sentences;
    let detailed = cx.doc.sentences_holding(cx.hits.of(List::AskDetail));
    let topics = cx.lang.data().topic_words;
    // An ask is concrete with a length or a time, a named thing, or a question about a
    // topic ("how your team rolled them out"): each gives the recipient something to answer.
    let specific = asks.iter().any(|&i| {
        let s = &sentences[i];
        detailed[i]
            || s.span.text(cx.doc.text).contains(|c: char| c.is_ascii_digit())
            || cx.facts.specifics.iter().any(|x| s.span.contains(*x))
            || cx
                .doc
                .sentence_words(s)
                .iter()
                .any(|w| topics.contains(&crate::text::normalise(cx.doc.word_text(w)).as_str()))
    });
    if specific {
        return;
    }
    out.push(Draft::at(
        sentences[asks[0]].span,
        say!(cx,
            "Make the ask concrete: how long, when, and about what (\u{201c}15 minutes next week on X\u{201d}).",
            "Machen Sie die Bitte konkret: wie lange, wann und worüber (\u{201e}15 Minuten nächste Woche zu X\u{201c}).",
        ),
    ));
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn a_number_or_a_day_makes_it_specific() {
        assert_clean("ask/unspecific", "Hi Anna, could we talk for 20 min?");
        assert_clean("ask/unspecific", "Hallo Anna, passt Ihnen Donnerstag?");
        assert_finding("ask/unspecific", "Hallo Anna, könnten wir reden?");
    }
}
