//! `template/display-name`: the greeting copies the recipient's display name as a bulk
//! tool would — with an emoji, a credential, or first and last name.

use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};
use crate::span::Span;

pub const META: RuleMeta = RuleMeta {
    id: "template/display-name",
    name: Bi { en: "Display name pasted into the greeting", de: "Anzeigename in der Anrede" },
    family: Family::Template,
    severity: Severity::Warning,
    checkpoint: Some(Checkpoint::NothingGeneric),
    kinds: Kinds::ALL,
    what: Bi {
        en: "The greeting carries what only a profile's display name has: an emoji (\"Hi 🚀Mark\"), a credential (\"Hi John, MBA\") or the full name (\"Hi John Smith\").",
        de: "Die Anrede enthält, was nur ein Anzeigename hat: ein Emoji („Hallo 🚀Mark“), einen Titel wie „MBA“ oder Vor- und Nachnamen („Hallo Anna Schmidt“).",
    },
    why: Bi {
        en: "Nobody greets a person with their emoji or their degree: a greeting that does is a merge field filled from a list, and the recipient sees the bulk send at once.",
        de: "Niemand grüßt mit Emoji oder Abschluss: So eine Anrede ist ein Serienbrieffeld aus einer Liste, und die Person erkennt den Massenversand sofort.",
    },
    example: Bi {
        en: "Hi Anna Schmidt, I read your post on pair reviews at Contoso. Could we talk for 15 minutes next week?",
        de: "Hallo Anna Schmidt, ich habe Ihren Beitrag über gemeinsame Reviews bei Contoso gelesen. Hätten Sie nächste Woche 15 Minuten?",
    },
    instead: Bi {
        en: "Hi Anna, I read your post on pair reviews at Contoso. Could we talk for 15 minutes next week?",
        de: "Hallo Frau Schmidt, ich habe Ihren Beitrag über gemeinsame Reviews bei Contoso gelesen. Hätten Sie nächste Woche 15 Minuten?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

/// A pictograph or symbol: what a display name decorates itself with. ASCII signs are not
/// ("[Name]" is `template/placeholder`'s), nor letters of any script.
fn decoration(c: char) -> bool {
    !c.is_ascii() && !c.is_alphanumeric() && !c.is_whitespace() && !"\u{2019}\u{2013}\u{2014}\u{2026}\u{a0}".contains(c)
}

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let (Some(greeting), Some(opening)) = (cx.facts.greeting, cx.doc.opening()) else { return };
    let text = cx.doc.text;
    // The addressed part: from the greeting to the first comma, "!", ":" or line end.
    let rest = &text[greeting.end..opening.span.end];
    let addressed = Span::new(greeting.end, greeting.end + rest.find([',', '!', ':', '\n', '?']).unwrap_or(rest.len()));
    // "Hi [First Name]" is a field left unfilled: `template/placeholder` says so.
    if addressed.text(text).contains(['[', '{', '<', '(']) {
        return;
    }
    let emoji = addressed.text(text).chars().any(decoration);
    // The addressed words, and the first after it: "Hi John, MBA" puts the credential there.
    let words = cx.doc.sentence_words(opening);
    let inside = words.iter().filter(|w| addressed.contains(w.span));
    let next = words.iter().find(|w| w.span.start >= addressed.end);
    let credentials = cx.lang.data().credentials;
    let credential = inside
        .clone()
        .chain(next)
        .any(|w| w.capitalised && credentials.contains(&crate::text::normalise(cx.doc.word_text(w)).as_str()));
    // "Hi John Smith": the greeted name and one more capitalised word, no title before
    // them (the greeted word is the first after any title), unless the page's first
    // name has two words.
    let two_word_first = cx.context.recipient.as_ref().and_then(|r| r.first()).is_some_and(|f| f.contains(' '));
    let greeted = cx.facts.greeted;
    let full_name = greeted.is_some_and(|g| {
        let mut it = inside.clone();
        it.next().is_some_and(|w| w.span == g) && matches!((it.next(), it.next()), (Some(w), None) if w.capitalised)
    }) && !two_word_first;
    if !(emoji || credential || full_name) {
        return;
    }
    let mut d = Draft::at(
        addressed,
        say!(
            cx,
            "This greeting reads like a display name pasted from a list. Greet them as a person would: by first name.",
            "Diese Anrede wirkt wie ein aus einer Liste eingefügter Anzeigename. Grüßen Sie wie ein Mensch: mit dem Namen allein.",
        ),
    );
    if let Some(g) = greeted.filter(|_| full_name && !emoji && !credential) {
        d = d.replace_with(format!(" {}", g.text(text)));
    }
    out.push(d);
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn emoji_credential_and_full_name_are_flagged() {
        let none = crate::Context::default();
        assert_finding_in("template/display-name", "Hi \u{1f680}Mark, quick question about your talk?", &none);
        assert_finding_in("template/display-name", "Hi John Smith, MBA, quick question about your talk?", &none);
        assert_finding_in("template/display-name", "Hi John, MBA, quick question about your talk?", &none);
        let f = assert_finding_in("template/display-name", "Hallo Anna Schmidt, kurze Frage zu Ihrem Vortrag?", &none);
        assert_eq!(f.suggestion.as_deref(), Some(" Anna"));
    }

    #[test]
    fn a_plain_greeting_is_clean() {
        assert_clean("template/display-name", "Hi Anna, quick question about your talk?");
        assert_clean("template/display-name", "Sehr geehrte Frau Schmidt, eine kurze Frage?");
        assert_clean("template/display-name", "Hallo Frau Dr. Schmidt, eine kurze Frage?");
        assert_clean_in("template/display-name", "Hi [First Name], quick question?", &crate::Context::default());
    }
}
