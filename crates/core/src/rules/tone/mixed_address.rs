//! `tone/mixed-address`: German Sie and du mixed in one message.

use crate::lang::Lang;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};

pub const META: RuleMeta = RuleMeta {
    id: "tone/mixed-address",
    name: Bi { en: "Sie and du mixed", de: "Sie und du gemischt" },
    family: Family::Tone,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::ALL,
    what: Bi {
        en: "In a German message, the formal Sie and the informal du are both used for the recipient.",
        de: "In einer deutschen Nachricht wird die Person sowohl gesiezt als auch geduzt.",
    },
    why: Bi {
        en: "Switching between Sie and du looks careless, or like two templates pasted together; pick one and keep it.",
        de: "Der Wechsel zwischen Sie und du wirkt nachlässig oder wie zwei zusammenkopierte Vorlagen; entscheiden Sie sich für eine Form.",
    },
    example: Bi {
        en: "Hallo Anna, Ihr Vortrag hat mir gefallen. Hast du nächste Woche Zeit?",
        de: "Hallo Anna, Ihr Vortrag hat mir gefallen. Hast du nächste Woche Zeit?",
    },
    instead: Bi {
        en: "Hallo Anna, Ihr Vortrag hat mir gefallen. Haben Sie nächste Woche Zeit?",
        de: "Hallo Anna, dein Vortrag hat mir gefallen. Hast du nächste Woche Zeit?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

/// The other form of the simple pronouns; verbs must be changed by hand.
fn switch(word: &str, to_formal: bool) -> Option<&'static str> {
    let w = word.to_lowercase();
    Some(match (w.as_str(), to_formal) {
        ("du", true) => "Sie",
        ("dich", true) => "Sie",
        ("dir", true) => "Ihnen",
        ("dein", true) => "Ihr",
        ("deine", true) => "Ihre",
        ("deinen", true) => "Ihren",
        ("deinem", true) => "Ihrem",
        ("deiner", true) => "Ihrer",
        ("ihnen", false) => "dir",
        ("ihr", false) => "dein",
        ("ihre", false) => "deine",
        ("ihren", false) => "deinen",
        ("ihrem", false) => "deinem",
        ("ihrer", false) => "deiner",
        _ => return None,
    })
}

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let (formal, informal) = (&cx.facts.formal, &cx.facts.informal);
    if cx.lang != Lang::De || formal.is_empty() || informal.is_empty() {
        return;
    }
    // The majority is what the writer meant; the minority is the slip.
    let to_formal = formal.len() >= informal.len();
    let (slips, meant) = if to_formal { (informal, "Sie") } else { (formal, "du") };
    for s in slips {
        let word = s.text(cx.doc.text);
        let mut d = Draft::at(
            *s,
            say!(
                cx,
                format!(
                    "\u{201c}{word}\u{201d} switches address; the rest of the message says \u{201c}{meant}\u{201d}."
                ),
                format!(
                    "\u{201e}{word}\u{201c} wechselt die Anrede; der Rest der Nachricht sagt \u{201e}{meant}\u{201c}."
                ),
            ),
        );
        if let Some(r) = switch(word, to_formal) {
            d = d.suggest(r);
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn minority_form_is_marked() {
        let text = "Hallo Anna, hast du Zeit? Ich kann dir etwas zeigen. Schick mir deine Fragen, ich freue mich, Ihnen zu helfen.";
        let f = assert_finding("tone/mixed-address", text);
        assert_eq!(marked(text, &f), "Ihnen");
        assert_eq!(f.suggestion.as_deref(), Some("dir"));
    }

    #[test]
    fn sentence_initial_sie_is_not_evidence() {
        assert_clean("tone/mixed-address", "Hallo Anna, hast du Zeit? Sie kommen auch mit.");
        assert_clean("tone/mixed-address", "Hi Anna, do you have time? Ihr team is great.");
    }
}
