//! `template/placeholder`: a template field that was never filled in.

use crate::report::Checkpoint;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};
use crate::span::Span;

pub const META: RuleMeta = RuleMeta {
    id: "template/placeholder",
    name: Bi { en: "Placeholder left in", de: "Platzhalter nicht ausgefüllt" },
    family: Family::Template,
    severity: Severity::Error,
    checkpoint: Some(Checkpoint::NothingGeneric),
    kinds: Kinds::ALL,
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

/// A letter that can start a placeholder's label.
fn label_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || matches!(c, 'Ä' | 'Ö' | 'Ü' | 'ä' | 'ö' | 'ü')
}

/// The length of the placeholder starting at `s`, if one does: `[Label]`, `{label}`,
/// `{{ label }}`, `<Label>`, `%LABEL%` or `XXX`. Written out rather than as a regex, which
/// would add a regex compiler to the WASM module for five shapes.
pub(crate) fn placeholder_at(s: &str) -> Option<usize> {
    let mut chars = s.char_indices();
    let (_, open) = chars.next()?;
    let inner = |from: usize, close: char, max: usize, ok: &dyn Fn(char) -> bool| -> Option<usize> {
        let rest = &s[from..];
        let first = rest.chars().next()?;
        if !label_start(first) {
            return None;
        }
        for (n, (i, c)) in rest.char_indices().enumerate() {
            if c == close {
                return (n >= 1).then_some(from + i);
            }
            if n > max || !ok(c) {
                return None;
            }
        }
        None
    };
    match open {
        '[' => inner(1, ']', 40, &|c| !matches!(c, '[' | ']' | '\n')).map(|e| e + 1),
        '{' => {
            let double = s[1..].starts_with('{');
            let from = 1 + usize::from(double);
            let from = from + s[from..].len() - s[from..].trim_start_matches(' ').len();
            let end = inner(from, '}', 38, &|c| !matches!(c, '{' | '}' | '\n'))?;
            Some(end + if double && s[end + 1..].starts_with('}') { 2 } else { 1 })
        }
        '<' => inner(1, '>', 31, &|c| c.is_alphabetic() || matches!(c, ' ' | '_' | '-')).map(|e| e + 1),
        '%' => {
            let end = inner(1, '%', 30, &|c| c.is_ascii_alphabetic() || c == '_')?;
            (end >= 3).then_some(end + 1)
        }
        'X' => {
            let n = s.bytes().take_while(|&b| b == b'X').count();
            (n >= 3).then_some(n)
        }
        _ => None,
    }
}

/// What a placeholder stands for, from its label.
fn fill<'a>(label: &str, cx: &'a Check<'_>) -> Option<&'a str> {
    let r = cx.context.recipient.as_ref()?;
    let l = label.to_lowercase();
    if l.contains("company") || l.contains("firma") || l.contains("unternehmen") {
        r.company()
    } else if l.contains("first") || l.contains("vorname") {
        r.first()
    } else if l.contains("name") {
        r.full().or(r.first())
    } else {
        None
    }
}

/// The bytes a placeholder can start with, looked for sixteen bytes at a time.
const OPENS: &[u8; 5] = b"[{<%X";

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    let text = cx.doc.text;
    let mut at = 0;
    // Bytes, not chars: every opening mark is ASCII, and no multi-byte character holds one.
    loop {
        let start = crate::scan::find_any(text.as_bytes(), at, *OPENS);
        if start == text.len() {
            break;
        }
        let Some(len) = placeholder_at(&text[start..]) else {
            at = start + 1;
            continue;
        };
        let end = start + len;
        at = end;
        // "XXX" only counts as a whole word, not inside "XXXL" or "MAXXX".
        if text[start..].starts_with('X')
            && (crate::text::word_char_before(text, start) || crate::text::word_char_at(text, end))
        {
            continue;
        }
        let ph = &text[start..end];
        let mut d = Draft::at(
            Span::new(start, end),
            say!(
                cx,
                format!("Unfilled placeholder {ph}. Replace it before sending."),
                format!("Nicht ausgefüllter Platzhalter {ph}. Vor dem Senden ersetzen."),
            ),
        );
        if let Some(v) = fill(ph, cx) {
            d = d.replace_with(v);
        }
        // "Hi [First Name]," greets nobody: the checklist's "addressed by name" fails too.
        let greets = cx
            .facts
            .greeting
            .is_some_and(|g| g.end <= start && text[g.end..start].chars().all(|c| c.is_whitespace() || c == ','));
        if greets {
            d = d.also_fails(Checkpoint::AddressedByName);
        }
        out.push(d);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn a_placeholder_in_the_greeting_addresses_nobody() {
        let r = report(
            "Hi [First Name], I liked your talk on pair reviews. Could we talk for 15 minutes next week?",
            &ctx(),
        );
        let addressed = r.checklist.iter().find(|c| c.id == "addressed-by-name").unwrap();
        assert!(!addressed.passed, "{addressed:?}");
        let r = report("Hi Anna, I liked your talk at [Event]. Could we talk for 15 minutes next week?", &ctx());
        assert!(r.checklist.iter().find(|c| c.id == "addressed-by-name").unwrap().passed);
    }

    #[test]
    fn fills_from_the_page_context() {
        let text = "Hi {{first_name}}, love what [Company] does.";
        let f = assert_finding("template/placeholder", text);
        assert_eq!(marked(text, &f), "{{first_name}}");
        assert_eq!(f.suggestion.as_deref(), Some("Anna"));
    }

    #[test]
    fn every_shape_is_found_whole() {
        for (text, ph) in [
            ("Hallo [Vorname],", "[Vorname]"),
            ("Hi {firstName}!", "{firstName}"),
            ("Hi {{ first_name }}.", "{{ first_name }}"),
            ("bei <Firma GmbH> arbeiten", "<Firma GmbH>"),
            ("Dear %NAME%,", "%NAME%"),
            ("Hi XXXX,", "XXXX"),
        ] {
            let f = assert_finding("template/placeholder", text);
            assert_eq!(marked(text, &f), ph, "{text}");
        }
    }

    #[test]
    fn ordinary_brackets_and_words_are_fine() {
        assert_clean("template/placeholder", "Hi Anna, see [1] and the XXXL shirt :) 3 < 4 > 2, 50% or 60%, {} [ ]");
        assert_finding("template/placeholder", "Hi XXX, quick question");
    }
}
