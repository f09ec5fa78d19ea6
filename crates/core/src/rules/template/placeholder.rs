//! `template/placeholder`: a template field that was never filled in.

use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Params, RuleMeta};
use crate::score::Checkpoint;
use crate::span::Span;
use regex::Regex;
use std::sync::OnceLock;

pub const META: RuleMeta = RuleMeta {
    id: "template/placeholder",
    family: Family::Template,
    severity: Severity::Error,
    checkpoint: Some(Checkpoint::NothingGeneric),
    what: Bi {
        en: "Unfilled placeholders: [Name], {firstName}, {{company}}, <Company>, %NAME%, XXX.",
        de: "Nicht ausgefüllte Platzhalter: [Name], {Vorname}, {{Firma}}, <Unternehmen>, %NAME%, XXX.",
    },
    why: Bi {
        en: "Nothing says \"mass message\" louder than a template field; it ends the conversation before it starts.",
        de: "Nichts verrät einen Serienbrief deutlicher als ein Platzhalter; das Gespräch ist vorbei, bevor es beginnt.",
    },
    example: Bi {
        en: "Hi {firstName}, I saw your work at [Company]. Could we talk?",
        de: "Hallo [Vorname], ich habe Ihre Arbeit bei <Firma> gesehen. Hätten Sie Zeit?",
    },
    instead: Bi {
        en: "Hi Anna, I saw your work at Contoso. Could we talk?",
        de: "Hallo Anna, ich habe Ihre Arbeit bei Contoso gesehen. Hätten Sie Zeit?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

fn pattern() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(concat!(
            r"\[[A-Za-zÄÖÜäöü_][^\[\]\n]{0,39}\]",
            r"|\{\{? *[A-Za-zÄÖÜäöü_][^{}\n]{0,38}\}\}?",
            r"|<[A-Za-zÄÖÜäöü_][A-Za-zÄÖÜäöü _\-]{0,30}>",
            r"|%[A-Za-z_]{2,30}%",
            r"|XXX+",
        ))
        .expect("placeholder pattern is valid")
    })
}

/// What a placeholder stands for, from its label.
fn fill<'a>(label: &str, cx: &'a Check<'_>) -> Option<&'a str> {
    let r = cx.context.recipient.as_ref()?;
    let l = label.to_lowercase();
    if l.contains("company") || l.contains("firma") || l.contains("unternehmen") {
        r.company.as_deref()
    } else if l.contains("first") || l.contains("vorname") {
        r.first()
    } else if l.contains("name") {
        r.full_name.as_deref().or(r.first())
    } else {
        None
    }
}

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let text = cx.doc.text;
    for m in pattern().find_iter(text) {
        // "XXX" only counts as a whole word, not inside "XXXL" or "MAXXX".
        if m.as_str().starts_with('X') {
            let before = text[..m.start()].chars().next_back().is_some_and(char::is_alphanumeric);
            let after = text[m.end()..].chars().next().is_some_and(char::is_alphanumeric);
            if before || after {
                continue;
            }
        }
        let ph = m.as_str();
        let mut d = Draft::at(
            Span::new(m.start(), m.end()),
            cx.say(
                format!("Unfilled placeholder {ph}. Replace it before sending."),
                format!("Nicht ausgefüllter Platzhalter {ph}. Vor dem Senden ersetzen."),
            ),
        );
        if let Some(v) = fill(ph, cx) {
            d = d.suggest(v);
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn fills_from_the_page_context() {
        let text = "Hi {{first_name}}, love what [Company] does.";
        let f = assert_finding("template/placeholder", text);
        assert_eq!(marked(text, &f), "{{first_name}}");
        assert_eq!(f.suggestion.as_deref(), Some("Anna"));
    }

    #[test]
    fn ordinary_brackets_and_words_are_fine() {
        assert_clean("template/placeholder", "Hi Anna, see [1] and the XXXL shirt :) 3 < 4 > 2");
        assert_finding("template/placeholder", "Hi XXX, quick question");
    }
}
