//! Spans: where in the message a finding points.
//!
//! Rust works in UTF-8 bytes, the DOM in UTF-16 code units. A [`Span`] is always a
//! byte range inside the analysed text, end-exclusive, with both ends on `char`
//! boundaries and `start <= end`. [`Utf16Map`] turns byte offsets into UTF-16 offsets in
//! one sweep, so a report with many findings on a 100 KB paste stays linear.

use crate::scan;
use serde::Serialize;
use ts_rs::TS;

/// An end-exclusive byte range of the analysed text. Invariant: `start <= end`, both on
/// `char` boundaries of the text it was made from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Self { start, end }
    }

    pub fn len(self) -> usize {
        self.end - self.start
    }

    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    pub fn text(self, text: &str) -> &str {
        &text[self.start..self.end]
    }

    pub fn contains(self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

/// End-exclusive; byte offsets for Rust callers, UTF-16 offsets for the DOM.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[ts(rename = "Span")]
pub struct ReportSpan {
    pub start: usize,
    pub end: usize,
    pub start_utf16: usize,
    pub end_utf16: usize,
}

/// Converts byte offsets of one text into UTF-16 offsets.
pub struct Utf16Map {
    /// Sorted, deduplicated `(byte, utf16)` pairs for the offsets that were asked for.
    pairs: Vec<(usize, usize)>,
}

impl Utf16Map {
    /// Builds the map for `offsets` (any order) in a single pass over `text`, which counts
    /// units sixteen bytes at a time.
    pub fn new(text: &str, offsets: impl IntoIterator<Item = usize>) -> Self {
        let mut wanted: Vec<usize> = offsets.into_iter().collect();
        wanted.sort_unstable();
        wanted.dedup();
        let mut pairs = Vec::with_capacity(wanted.len());
        if text.is_ascii() {
            pairs.extend(wanted.iter().map(|&b| (b, b)));
            return Self { pairs };
        }
        // Offsets are never past the end or inside a character. Should one be, it is not a
        // panic: past the end counts as the end, inside a character as after it.
        let bytes = text.as_bytes();
        let (mut at, mut units) = (0, 0);
        for &w in &wanted {
            let to = w.min(bytes.len()).max(at);
            units += scan::utf16_len(&bytes[at..to]);
            at = to;
            pairs.push((w, units));
        }
        Self { pairs }
    }

    /// The UTF-16 offset of a byte offset that was given to [`Utf16Map::new`].
    pub fn get(&self, byte: usize) -> usize {
        match self.pairs.binary_search_by_key(&byte, |p| p.0) {
            Ok(i) => self.pairs[i].1,
            // Not asked for: a programming error, but never a panic on user input.
            Err(_) => byte,
        }
    }

    pub fn report_span(&self, span: Span) -> ReportSpan {
        ReportSpan {
            start: span.start,
            end: span.end,
            start_utf16: self.get(span.start),
            end_utf16: self.get(span.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16_slice(text: &str, s: ReportSpan) -> String {
        let units: Vec<u16> = text.encode_utf16().collect();
        String::from_utf16(&units[s.start_utf16..s.end_utf16]).unwrap()
    }

    #[test]
    fn emoji_umlauts_and_combining_marks_map_to_the_same_text() {
        let text = "Hi 👋🏽 Jürgen, cafe\u{301} über 🇩🇪 ok";
        for word in ["Jürgen", "cafe\u{301}", "über", "🇩🇪", "ok", "👋🏽"] {
            let start = text.find(word).unwrap();
            let span = Span::new(start, start + word.len());
            let map = Utf16Map::new(text, [span.start, span.end]);
            assert_eq!(utf16_slice(text, map.report_span(span)), word);
        }
    }

    #[test]
    fn ascii_is_identity_and_end_of_text_is_mapped() {
        let map = Utf16Map::new("abc", [0, 3]);
        assert_eq!(map.get(3), 3);
        let map = Utf16Map::new("äb", [0, 3]);
        assert_eq!(map.get(3), 2);
    }
}
