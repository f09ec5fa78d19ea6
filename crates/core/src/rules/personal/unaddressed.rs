//! `personal/unaddressed`: the greeting does not name the recipient.

use crate::facts::find_mention;
use crate::lang::List;
use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::personal::greeting_for;
use crate::rules::template::placeholder::placeholder_at;
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};

pub const META: RuleMeta = RuleMeta {
    id: "personal/unaddressed",
    name: Bi { en: "No name in the greeting", de: "Anrede ohne Namen" },
    family: Family::Personal,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::AddressedByName),
    kinds: Kinds::COLD,
    what: Bi {
        en: "The opening does not greet the recipient by name: no greeting, or a greeting without a name.",
        de: "Die Anrede nennt die Person nicht beim Namen: keine Anrede, oder eine Anrede ohne Namen.",
    },
    why: Bi {
        en: "A name in the first line shows the message was written for one person, not for a list.",
        de: "Ein Name in der ersten Zeile zeigt, dass die Nachricht für eine Person geschrieben ist, nicht für eine Liste.",
    },
    example: Bi {
        en: "Hello, I enjoyed your talk on hiring. Could we talk next week?",
        de: "Guten Tag, Ihr Vortrag über Recruiting hat mir gefallen. Hätten Sie nächste Woche Zeit?",
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
    let Some(opening) = doc.opening() else { return };
    // A stock salutation is `personal/generic-salutation`'s finding and a placeholder
    // `template/placeholder`'s; one finding for one mistake is enough.
    let opening_text = opening.span.text(doc.text);
    let placeholder = opening_text.char_indices().any(|(i, _)| placeholder_at(&opening_text[i..]).is_some());
    if placeholder || cx.hits.of(List::GenericSalutation).iter().any(|h| opening.span.contains(*h)) {
        return;
    }
    let recipient = cx.context.recipient.as_ref();
    let first = recipient.and_then(|r| r.first());
    let last = recipient.and_then(|r| r.last());

    let Some(first) = first else {
        // No name from the page: a greeting followed by a name is all we can ask for.
        if cx.facts.greeted.is_some() {
            return;
        }
        match cx.facts.greeting {
            Some(g) => out.push(Draft::at(
                g,
                say!(
                    cx,
                    "The greeting names nobody. Add the recipient's name.",
                    "Die Anrede nennt niemanden. Ergänzen Sie den Namen der Person.",
                ),
            )),
            None => out.push(Draft::whole(say!(
                cx,
                "No greeting. Open with the recipient's name.",
                "Keine Anrede. Beginnen Sie mit dem Namen der Person.",
            ))),
        }
        return;
    };

    // The first mention in the message is in the opening if any is.
    let in_opening = |name: &str| find_mention(doc, name).is_some_and(|s| opening.span.contains(s));
    let named = in_opening(first) || last.is_some_and(in_opening);
    if named {
        return;
    }
    // A greeting with someone else's name is `personal/wrong-name`'s finding.
    if cx.facts.greeted.is_some() {
        return;
    }
    match cx.facts.greeting {
        Some(g) => {
            let greeting = g.text(doc.text);
            out.push(
                Draft::at(
                    g,
                    say!(
                        cx,
                        format!("The greeting does not name {first}."),
                        format!("Die Anrede nennt {first} nicht beim Namen."),
                    ),
                )
                .replace_with(format!("{greeting} {first}")),
            );
        }
        None => {
            let s = format!("{},", greeting_for(cx, first));
            out.push(
                Draft::whole(say!(
                    cx,
                    format!("No greeting. Open with \u{201c}{s}\u{201d}"),
                    format!("Keine Anrede. Beginnen Sie mit \u{201e}{s}\u{201c}"),
                ))
                .suggest(s),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn right_first_or_last_name_is_clean() {
        assert_clean("personal/unaddressed", "Hi Anna, quick question about hiring?");
        assert_clean("personal/unaddressed", "Sehr geehrte Frau Schmidt, eine kurze Frage?");
        assert_clean("personal/unaddressed", "Anna – kurze Frage zu Ihrem Vortrag?");
    }

    #[test]
    fn a_wrong_name_is_left_to_wrong_name() {
        assert_clean("personal/unaddressed", "Hi Tom, quick question?");
    }

    #[test]
    fn greeting_without_name_or_no_greeting() {
        let f = assert_finding("personal/unaddressed", "Hallo, kurze Frage zu Ihrem Vortrag?");
        assert_eq!(f.suggestion.as_deref(), Some("Hallo Anna"));
        assert_finding("personal/unaddressed", "Quick question about your talk?");
        // A percent sign is not a placeholder.
        assert_finding("personal/wrong-name", "Hi Tom, we grew 50% last year.");
        assert_finding("personal/unaddressed", "Guten Tag, Ihr Vortrag über Recruiting hat mir gefallen.");
    }

    #[test]
    fn without_a_recipient_any_name_will_do() {
        let c = crate::Context::default();
        assert_clean_in("personal/unaddressed", "Hi Jonas, quick question?", &c);
        assert_finding_in("personal/unaddressed", "Hi, quick question?", &c);
    }
}
