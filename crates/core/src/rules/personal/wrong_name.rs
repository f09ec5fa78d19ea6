//! `personal/wrong-name`: the greeting names someone other than the recipient.

use crate::facts::find_mention;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};

pub const META: RuleMeta = RuleMeta {
    id: "personal/wrong-name",
    name: Bi { en: "Wrong name", de: "Falscher Name" },
    family: Family::Personal,
    severity: Severity::Error,
    checkpoint: Some(Checkpoint::AddressedByName),
    kinds: Kinds::ALL,
    what: Bi {
        en: "The greeting names someone else than the person the page says you are writing to. Every kind of message: a reply to the wrong name is as fatal as a first message.",
        de: "Die Anrede nennt jemand anderen als die Person, an die Sie laut Seite schreiben. Bei jeder Art Nachricht: eine Antwort mit falschem Namen ist so fatal wie eine erste Nachricht.",
    },
    why: Bi {
        en: "A wrong name is the surest sign of a copied message, and the one mistake a recipient never overlooks.",
        de: "Ein falscher Name verrät eine kopierte Nachricht am sichersten – und diesen Fehler übersieht niemand.",
    },
    example: Bi {
        en: "Hi Tom, I enjoyed your talk on hiring. Could we talk next week?",
        de: "Hallo Tom, Ihr Vortrag über Recruiting hat mir gefallen. Hätten Sie nächste Woche Zeit?",
    },
    instead: Bi {
        en: "Hi Anna, I enjoyed your talk on hiring. Could we talk next week?",
        de: "Hallo Frau Schmidt, Ihr Vortrag über Recruiting hat mir gefallen. Hätten Sie nächste Woche Zeit?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let doc = cx.doc;
    let (Some(opening), Some(w)) = (doc.opening(), cx.facts.greeted) else { return };
    let recipient = cx.context.recipient.as_ref();
    let Some(first) = recipient.and_then(|r| r.first()) else { return };
    let last = recipient.and_then(|r| r.last());
    let in_opening = |name: &str| find_mention(doc, name).is_some_and(|s| opening.span.contains(s));
    if in_opening(first) || last.is_some_and(in_opening) {
        return;
    }
    let full = recipient.and_then(|r| r.full()).unwrap_or(first);
    let wrong = w.text(doc.text);
    // After "Herr"/"Frau"/"Mr" the last name belongs there.
    let before = doc.text[..w.start].trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    let titled =
        matches!(before.to_lowercase().trim_end_matches('.'), "herr" | "frau" | "mr" | "mrs" | "ms" | "dr" | "prof");
    let right = if titled { last.unwrap_or(first) } else { first };
    out.push(
        Draft::at(
            w,
            say!(
                cx,
                format!("The greeting says \u{201c}{wrong}\u{201d}, but you are writing to {full}."),
                format!("Die Anrede lautet \u{201e}{wrong}\u{201c}, aber Sie schreiben an {full}."),
            ),
        )
        .replace_with(right),
    );
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn wrong_name_is_marked_and_replaced() {
        let text = "Sehr geehrte Frau Meier, eine kurze Frage?";
        let f = assert_finding("personal/wrong-name", text);
        assert_eq!(marked(text, &f), "Meier");
        assert_eq!(f.suggestion.as_deref(), Some("Schmidt"));
        let f = assert_finding("personal/wrong-name", "Hi Tom, quick question?");
        assert_eq!(f.suggestion.as_deref(), Some("Anna"));
    }

    #[test]
    fn a_template_field_is_no_wrong_name() {
        assert_clean("personal/wrong-name", "Hi [First Name], quick question?");
        assert_clean("personal/wrong-name", "Hallo {Vorname}, kurze Frage?");
    }

    #[test]
    fn the_right_name_or_no_name_from_the_page_is_clean() {
        assert_clean("personal/wrong-name", "Hi Anna, quick question?");
        assert_clean("personal/wrong-name", "Sehr geehrte Frau Schmidt, eine kurze Frage?");
        assert_clean_in("personal/wrong-name", "Hi Jonas, quick question?", &crate::Context::default());
    }
}
