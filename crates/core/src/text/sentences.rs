//! Sentences: split here rather than by UAX #29, which breaks after "Dr. Müller" and
//! "z. B. Sie", and at a line break, which in a chat message ends a thought.

use super::*;

/// Length of the sentence-ending mark at the start of `b` (`.`, `!`, `?`, `…`), or 0.
pub(super) fn terminal_len(b: &[u8]) -> usize {
    match b.first() {
        Some(b'.' | b'!' | b'?') => 1,
        Some(0xE2) if b.starts_with("…".as_bytes()) => 3,
        _ => 0,
    }
}

/// Length of a closing quote or bracket at the start of `b`, or 0.
pub(super) fn closing_len(b: &[u8]) -> usize {
    match b.first() {
        Some(b'"' | b'\'' | b')') => 1,
        Some(0xC2) if b.starts_with("»".as_bytes()) => 2,
        Some(0xE2) if ["“", "”", "’"].iter().any(|q| b.starts_with(q.as_bytes())) => 3,
        _ => 0,
    }
}

/// Abbreviations after which a full stop does not end a sentence (normalised, without the
/// final dot). Kept here because they are about segmentation, not advice.
pub(super) const ABBREVIATIONS: &[&str] = &[
    "bzw", "ca", "d.h", "dipl", "dr", "e.g", "etc", "evtl", "ggf", "i.e", "ing", "inkl", "jr", "mr", "mrs", "ms", "nr",
    "prof", "s", "sr", "st", "u.a", "usw", "vgl", "vs", "z.b", "z.t",
];

/// The sentences of `text`, trimmed. Only a handful of bytes matter here (line breaks and
/// terminal punctuation), so this walks bytes.
pub(super) fn sentence_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut start: Option<usize> = None;
    let mut sentences: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        // Inside a sentence, plain ASCII other than a line break or a terminal mark
        // changes nothing: skip it sixteen bytes at a time.
        if start.is_some() && class(b) & SENTENCE == 0 {
            i = scan::next_sentence_mark(bytes, i + 1);
            continue;
        }
        if b == b'\n' {
            if let Some(s) = start.take() {
                sentences.push(Span::new(s, i));
            }
            i += 1;
            continue;
        }
        if b >= 0x80 {
            // Whole characters only: a continuation byte must never start a span.
            let c = text[i..].chars().next().unwrap_or(' ');
            if start.is_none() && !c.is_whitespace() {
                start = Some(i);
            }
            if c != '…' {
                i += c.len_utf8();
                continue;
            }
        } else if start.is_none() && !b.is_ascii_whitespace() {
            start = Some(i);
        }
        let terminal = terminal_len(&bytes[i..]);
        if terminal == 0 {
            i += 1;
            continue;
        }
        // Take the whole run of terminal punctuation and closing quotes.
        let mut end = i + terminal;
        loop {
            let more = terminal_len(&bytes[end..]).max(closing_len(&bytes[end..]));
            if more == 0 {
                break;
            }
            end += more;
        }
        let at_break = end >= n
            || bytes[end].is_ascii_whitespace()
            || (bytes[end] >= 0x80 && text[end..].starts_with(char::is_whitespace));
        if at_break
            && !(b == b'.' && dot_continues(text, start.unwrap_or(0), i))
            && let Some(s) = start.take()
        {
            sentences.push(Span::new(s, end));
        }
        i = end;
    }
    if let Some(s) = start {
        sentences.push(Span::new(s, text.len()));
    }
    for s in &mut sentences {
        let t = text[s.start..s.end].trim_end();
        s.end = s.start + t.len();
    }
    sentences.retain(|s| !s.is_empty());

    sentences
}

/// Whether the full stop at `dot` belongs to an abbreviation or an ordinal ("3. Mai").
pub(super) fn dot_continues(text: &str, sentence_start: usize, dot: usize) -> bool {
    let before = &text[sentence_start..dot];
    let token = before.rsplit(char::is_whitespace).next().unwrap_or("");
    if token.is_empty() {
        return false;
    }
    if token.len() <= 2 && token.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    // A single letter before a full stop is an initial or half of "z. B.", "d. h.",
    // "u. a." written with a space — not the end of a sentence.
    if token.chars().count() == 1 && token.chars().all(char::is_alphabetic) {
        return true;
    }
    // Every abbreviation is short; most words before a full stop are not.
    if token.len() > 6 {
        return false;
    }
    if token.is_ascii() {
        // Normalised on the stack, as `normalise` would (lower case, the backtick an
        // apostrophe): there is one of these per full stop.
        let mut buf = [0u8; 6];
        for (b, &c) in buf.iter_mut().zip(token.as_bytes()) {
            *b = if c == b'`' { b'\'' } else { c.to_ascii_lowercase() };
        }
        let lower = std::str::from_utf8(&buf[..token.len()]).unwrap_or_default();
        return ABBREVIATIONS.binary_search(&lower.trim_start_matches(['(', '"', '\''])).is_ok();
    }
    let lower = normalise(token);
    let lower = lower.trim_start_matches(['(', '"', '\'']);
    ABBREVIATIONS.binary_search(&lower).is_ok()
}
