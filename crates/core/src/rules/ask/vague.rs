//! `ask/vague`: an ask that asks for nothing in particular.

use crate::lang::List;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};
use crate::surface::Surface;

pub const META: RuleMeta = RuleMeta {
    id: "ask/vague",
    name: Bi { en: "Vague ask", de: "Vage Bitte" },
    family: Family::Ask,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::OneClearAsk),
    kinds: Kinds::COLD,
    what: Bi {
        en: "Vague asks such as \"pick your brain\", \"let's connect\", \"touch base\" or \"explore synergies\", unless the same sentence goes on to name the topic.",
        de: "Vage Bitten wie „gerne mal austauschen“, „lass uns vernetzen“, „Synergien ausloten“ oder „bei Gelegenheit“.",
    },
    why: Bi {
        en: "A vague ask makes the recipient do the work of guessing what you want; say what, how long, and when.",
        de: "Eine vage Bitte lässt die Person raten, was Sie wollen; sagen Sie, worum es geht, wie lange und wann.",
    },
    example: Bi {
        en: "Hi Anna, I read your post on hiring at Contoso. I'd love to pick your brain sometime.",
        de: "Hallo Anna, ich habe Ihren Beitrag über Recruiting bei Contoso gelesen. Wir könnten uns gerne mal austauschen.",
    },
    instead: Bi {
        en: "Hi Anna, I read your post on hiring at Contoso. Could I ask you two questions about pair reviews in a 15-minute call next week?",
        de: "Hallo Anna, ich habe Ihren Beitrag über Recruiting bei Contoso gelesen. Darf ich Ihnen in einem 15-minütigen Telefonat nächste Woche zwei Fragen zu gemeinsamen Reviews stellen?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let suggestion = cx.example_ask();
    // An invitation's note asks to connect by being sent: saying so there is no vague ask.
    let invitation = matches!(cx.surface, Surface::LinkedinConnect | Surface::XingContact);
    for s in cx.hits.of(List::VagueAsk) {
        let said = s.text(cx.doc.text);
        if invitation && is_about_connecting(said) {
            continue;
        }
        // "pick your brain about working as a senior dev with KatChat": what follows in
        // the same sentence names the topic, and the phrase is only how it is put.
        let topic_follows = cx.doc.sentence_at(s.start).is_some_and(|i| {
            let sentence = cx.doc.sentences[i].span;
            cx.facts.specifics.iter().any(|x| x.start >= s.end && sentence.contains(*x))
        });
        if topic_follows {
            continue;
        }
        out.push(
            Draft::at(
                *s,
                say!(
                    cx,
                    format!("\u{201c}{said}\u{201d} is vague. Ask for something concrete: a topic, a length, a time."),
                    format!("\u{201e}{said}\u{201c} ist vage. Bitten Sie um etwas Konkretes: Thema, Dauer, Zeitpunkt."),
                ),
            )
            .suggest(suggestion),
        );
    }
}

pub(crate) fn is_about_connecting(said: &str) -> bool {
    let said = said.to_lowercase();
    ["connect", "network", "vernetz"].iter().any(|w| said.contains(w))
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn the_example_speaks_as_the_draft_does_whatever_the_interface() {
        let mut c = ctx();
        c.ui_lang = Some(crate::Lang::En);
        let du = assert_finding_in(
            "ask/vague",
            "Hallo Anna, dein Vortrag war super. Wir sollten uns mal austauschen, melde dich gerne!",
            &c,
        );
        assert_eq!(du.suggestion.as_deref(), Some("Hättest du nächste Woche 15 Minuten für …?"));
        assert!(du.message.contains("is vague"), "the message stays in the interface's language");
        let sie = assert_finding_in("ask/vague", "Hallo Anna, Ihr Vortrag war super. Melden Sie sich gerne!", &c);
        assert_eq!(sie.suggestion.as_deref(), Some("Hätten Sie nächste Woche 15 Minuten für …?"));
    }

    #[test]
    fn marks_the_phrase() {
        let text = "Hallo Anna, lassen Sie uns vernetzen!";
        let f = assert_finding("ask/vague", text);
        assert_eq!(marked(text, &f), "lassen Sie uns vernetzen");
        assert_clean("ask/vague", "Hallo Anna, hätten Sie Dienstag 15 Minuten für zwei Fragen?");
    }

    #[test]
    fn a_vague_phrase_with_its_topic_named_is_not_vague() {
        assert_clean("ask/vague", "Hi Anna, could I pick your brain about the take-home reviews at RustConf?");
        assert_finding("ask/vague", "Hi Anna, could I pick your brain sometime?");
    }

    #[test]
    fn an_invitation_may_ask_to_connect() {
        let connect = context_for(crate::rules::ExampleContext::ConnectNote);
        let text = "Hi Anna, your talk on pair reviews at RustConf changed how we work. Would love to connect.";
        assert_clean_in("ask/vague", text, &connect);
        assert_finding("ask/vague", text);
        assert_finding_in("ask/vague", "Hi Anna, your talk was great. Let's hop on a quick call!", &connect);
    }
}
