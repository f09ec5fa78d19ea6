//! `spam/link`: a link or booking page in a first message.

use crate::lang::List;
use crate::report::{Family, Severity};
use crate::rules::{Bi, Check, Draft, ExampleContext, Kinds, Params, RuleMeta};
use crate::span::Span;

pub const META: RuleMeta = RuleMeta {
    id: "spam/link",
    name: Bi { en: "Link in a first message", de: "Link in der ersten Nachricht" },
    family: Family::Spam,
    severity: Severity::Warning,
    checkpoint: None,
    kinds: Kinds::FIRST,
    what: Bi {
        en: "A web link or a calendar-booking link (Calendly and the like) in a first message.",
        de: "Ein Weblink oder Buchungslink (Calendly und ähnliche) in einer ersten Nachricht.",
    },
    why: Bi {
        en: "From a stranger, a link looks like a pitch or worse, and a booking link hands the work to the recipient before they have agreed to anything.",
        de: "Von Fremden wirkt ein Link wie Werbung oder Schlimmeres, und ein Buchungslink schiebt die Arbeit der Person zu, bevor sie zugestimmt hat.",
    },
    example: Bi {
        en: "Hi Anna, book a slot here: https://calendly.com/ben/15min",
        de: "Hallo Anna, hier können Sie einen Termin buchen: https://calendly.com/ben/15min",
    },
    instead: Bi {
        en: "Hi Anna, would Tuesday or Thursday afternoon suit you for 15 minutes?",
        de: "Hallo Anna, passt Ihnen Dienstag oder Donnerstag Nachmittag für 15 Minuten?",
    },
    example_context: ExampleContext::FirstMessage,
    params: &[],
};

/// Web addresses (`http://`, `https://`, `www.`) in the lower-cased text. An address
/// starts a word, so only the document's word starts are compared — a regex here cost
/// more than every other rule together.
pub(crate) fn urls(cx: &Check<'_>) -> Vec<Span> {
    let norm = cx.doc.norm.as_str();
    let bytes = norm.as_bytes();
    let starts = cx.doc.words_from(*b"hw").filter(|&i| match bytes[i] {
        b'h' => bytes[i..].starts_with(b"http://") || bytes[i..].starts_with(b"https://"),
        b'w' => bytes[i..].starts_with(b"www."),
        _ => false,
    });
    let mut found = Vec::new();
    let mut covered = 0;
    for start in starts {
        // "https://www.…" is one address, not two.
        if start < covered {
            continue;
        }
        let len = norm[start..].find([' ', '<', '>', '"']).unwrap_or(norm.len() - start);
        covered = start + len;
        let body = norm[start..covered].trim_end_matches(['.', ',', ')', '!', '?', ';', ':']);
        if body.len() > 7 {
            found.push(cx.doc.span_from_norm(start, start + body.len()));
        }
    }
    found
}

pub fn check(cx: &Check<'_>, _: &Params<'_>, out: &mut Vec<Draft>) {
    if cx.context.is_followup() {
        return;
    }
    let mut spans = urls(cx);
    // "Book a slot: https://…" is one finding, at the link.
    let with_url = cx.doc.sentences_holding(&spans);
    for s in cx.hits.of(List::CalendarLink) {
        let beside_url = cx.doc.sentence_at(s.start).is_some_and(|i| with_url[i]);
        let inside_url = spans.iter().any(|u| u.start < s.end && s.start < u.end);
        if !beside_url && !inside_url {
            spans.push(*s);
        }
    }
    spans.sort();
    for s in spans {
        out.push(Draft::at(
            s,
            say!(cx,
                "A link in a first message looks like a pitch. Offer two times instead, or send it once they reply.",
                "Ein Link in der ersten Nachricht wirkt wie Werbung. Schlagen Sie lieber zwei Termine vor oder schicken Sie ihn nach der Antwort.",
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::testing::*;

    #[test]
    fn trailing_punctuation_is_not_part_of_the_link() {
        let text = "See www.example.com/post.";
        let f = assert_finding("spam/link", text);
        assert_eq!(marked(text, &f), "www.example.com/post");
    }

    #[test]
    fn links_are_fine_in_a_followup() {
        let c = context_for(crate::rules::ExampleContext::FollowUp);
        assert_clean_in("spam/link", "Here is the article I promised: https://example.com/a", &c);
    }
}
