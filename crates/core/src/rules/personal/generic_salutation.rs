//! `personal/generic-salutation`: a greeting that could go to anyone.

use crate::lang::List;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::personal::greeting_for;
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};

pub const META: RuleMeta = RuleMeta {
    id: "personal/generic-salutation",
    name: Bi { en: "Greeting for anyone", de: "Allgemeine Anrede" },
    family: Family::Personal,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::AddressedByName),
    kinds: Kinds::ALL,
    what: Bi {
        en: "A stock salutation such as \"Dear Sir or Madam\", \"Hi there\" or \"To whom it may concern\". Every kind of message: in a reply it is as telling as in a first one.",
        de: "Eine Standardanrede wie „Sehr geehrte Damen und Herren“, „Hallo zusammen“ oder „Liebe Netzwerkpartner“. Bei jeder Art Nachricht: in einer Antwort verrät sie ebenso viel wie in der ersten.",
    },
    why: Bi {
        en: "Everyone recognises a mass message by its first words; on a platform that shows the name, not using it says the note went to many.",
        de: "Massenanfragen erkennt jeder an den ersten Worten; wo die Plattform den Namen zeigt, verrät eine Sammelanrede den Serienbrief.",
    },
    example: Bi {
        en: "Hi there, I enjoyed your talk on hiring. Could we talk next week?",
        de: "Sehr geehrte Damen und Herren, Ihr Vortrag hat mir gefallen. Hätten Sie nächste Woche Zeit?",
    },
    instead: Bi {
        en: "Hi Anna, I enjoyed your talk on hiring. Could we talk next week?",
        de: "Sehr geehrte Frau Schmidt, Ihr Vortrag hat mir gefallen. Hätten Sie nächste Woche Zeit?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let name = cx.context.recipient.as_ref().and_then(|r| r.first());
    for s in cx.hits.of(List::GenericSalutation) {
        let said = s.text(cx.doc.text);
        let mut d = Draft::at(
            *s,
            say!(
                cx,
                format!("\u{201c}{said}\u{201d} could be sent to anyone. Greet the person by name."),
                format!("\u{201e}{said}\u{201c} passt auf jeden. Sprechen Sie die Person mit Namen an."),
            ),
        );
        if let Some(n) = name {
            d = d.replace_with(greeting_for(cx, n));
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn a_salutation_dressed_up_in_other_letters_is_still_one() {
        assert_finding(
            "personal/generic-salutation",
            "\u{1D407}\u{1D422} there, I enjoyed your talk on hiring. Could we talk next week?",
        );
        assert_finding("ask/vague", "Hi Anna, I enjoyed your talk on hiring and would\u{FEFF} love to connect.");
    }

    #[test]
    fn catches_both_languages_and_suggests_the_name() {
        let text = "Hallo zusammen, kurze Frage?";
        let f = assert_finding("personal/generic-salutation", text);
        assert_eq!(marked(text, &f), "Hallo zusammen");
        assert_eq!(f.suggestion.as_deref(), Some("Hallo Anna"));
        assert_finding("personal/generic-salutation", "To whom it may concern: hello.");
        // A Sie message keeps its register.
        let f = assert_finding("personal/generic-salutation", "Sehr geehrte Damen und Herren, hätten Sie Zeit?");
        assert_eq!(f.suggestion.as_deref(), Some("Guten Tag Anna Schmidt"));
        assert_clean("personal/generic-salutation", "Hallo Anna, kurze Frage?");
    }
}
