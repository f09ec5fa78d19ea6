//! The text model: one pass over the message builds everything the rules read —
//! a normalised copy for phrase matching, words, sentences, paragraphs and questions.
//!
//! Words come from Unicode word segmentation (UAX #29). Sentences are split here rather
//! than by UAX #29, because UAX #29 breaks after "Dr. Müller" and "z. B. Sie", which are
//! everywhere in German business mail, and because a line break in a chat message ends a
//! thought ("Hallo Anna," on its own line is the greeting, not the start of a sentence).

use crate::scan;
use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

mod classes;
mod normalise;
mod sentences;
mod words;

use classes::*;
pub use normalise::*;
use sentences::*;
pub use words::*;

#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub span: Span,
    /// The first letter is upper case ("Sie", "Anna").
    pub capitalised: bool,
    /// Every letter is upper case and there are at least two ("SAP", "NOW").
    pub shouted: bool,
    /// Index into [`Document::sentences`].
    pub sentence: usize,
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Span,
    /// Indices into [`Document::words`].
    pub words: std::ops::Range<usize>,
    pub question: bool,
}

#[derive(Debug, Clone)]
pub struct Paragraph {
    pub span: Span,
    /// Indices into [`Document::sentences`].
    pub sentences: std::ops::Range<usize>,
}

/// A message, segmented once.
#[derive(Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    /// Lower-cased, diacritics and combining marks removed, typographic quotes and dashes
    /// folded, `ß` as `ss`, every run of whitespace as one space. Phrase lists are
    /// normalised the same way.
    pub norm: String,
    /// Where each byte of `norm` came from in `text`, sparsely: norm byte `n` came from text
    /// byte `t + (n - p)` for the last `(p, t)` with `p <= n`. Norm and text run in step
    /// through nearly all of a message (ASCII, single spaces), so a point is needed only
    /// where they part: at collapsed whitespace and folded characters.
    norm_map: Vec<(u32, u32)>,
    /// Where the text ends, trailing whitespace excluded: the end of a match that ends `norm`.
    norm_end: u32,
    /// The runs of letters and digits in `norm`, as byte ranges: where a phrase, a name or
    /// a link can start. Found once here for every rule that searches `norm`.
    pub norm_words: Vec<(u32, u32)>,
    /// The first byte of each of [`Document::norm_words`], side by side: a rule that looks
    /// for words by their first letter (links, names) finds them with [`Document::words_from`],
    /// sixteen at a time.
    norm_firsts: Vec<u8>,
    pub words: Vec<Word>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
    /// Length in UTF-16 units: what `maxlength` and the sites' counters count.
    pub chars_utf16: usize,
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str) -> Self {
        let (norm, norm_map, norm_end, chars_utf16) = normalise_text(text);
        let norm_words = alnum_runs(&norm);
        let norm_firsts = norm_words.iter().map(|&(s, _)| norm.as_bytes()[s as usize]).collect();
        let mut doc = Document {
            text,
            norm,
            norm_map,
            norm_end,
            norm_words,
            norm_firsts,
            words: Vec::new(),
            sentences: Vec::new(),
            paragraphs: Vec::new(),
            chars_utf16,
        };
        doc.segment();
        doc
    }

    /// Where in [`Document::norm`] the words that start with one of the bytes `firsts`
    /// start, in order.
    pub fn words_from<const N: usize>(&self, firsts: [u8; N]) -> impl Iterator<Item = usize> + '_ {
        let mut k = 0;
        std::iter::from_fn(move || {
            k = scan::find_any(&self.norm_firsts, k, firsts);
            let &(start, _) = self.norm_words.get(k)?;
            k += 1;
            Some(start as usize)
        })
    }

    /// The byte of `text` that byte `n` of `norm` came from; for `n` at or past the end of
    /// `norm`, where the text ends (trailing whitespace excluded).
    pub fn text_at(&self, n: usize) -> usize {
        if n >= self.norm.len() {
            return self.norm_end as usize;
        }
        let k = self.norm_map.partition_point(|&(p, _)| p as usize <= n);
        let (p, t) = self.norm_map[k - 1];
        t as usize + (n - p as usize)
    }

    /// Maps a byte range of [`Document::norm`] back to the message text.
    pub fn span_from_norm(&self, start: usize, end: usize) -> Span {
        let s = self.text_at(start);
        // The end is where the character after the match came from; for a match that
        // ends the text, the end of the text (trailing whitespace excluded).
        let e = self.text_at(end).max(s);
        // Trim whitespace the collapsed space may have pulled in.
        let trimmed = self.text[s..e].trim_end();
        Span::new(s, s + trimmed.len())
    }

    fn segment(&mut self) {
        let text = self.text;
        // Sentences first, then words are assigned to them.
        let sentences = sentence_spans(text);
        let words = words_in(text, &sentences);
        let mut out = Vec::with_capacity(sentences.len());
        let mut wi = 0;
        for (k, span) in sentences.iter().enumerate() {
            let first = wi;
            while wi < words.len() && words[wi].sentence == k {
                wi += 1;
            }
            let body = text[span.start..span.end].trim_end_matches(['"', '\'', ')', '»', '“', '”', '’']);
            out.push(Sentence { span: *span, words: first..wi, question: body.ends_with('?') });
        }

        // Paragraphs: separated by a line break. In a chat composer one Enter is how people
        // start a new paragraph; a blank line is the exception.
        let mut paragraphs = Vec::new();
        let mut p_first = 0;
        for k in 0..out.len() {
            let ends_paragraph = match out.get(k + 1) {
                None => true,
                Some(next) => text[out[k].span.end..next.span.start].contains('\n'),
            };
            if ends_paragraph {
                paragraphs.push(Paragraph {
                    span: Span::new(out[p_first].span.start, out[k].span.end),
                    sentences: p_first..k + 1,
                });
                p_first = k + 1;
            }
        }
        self.words = words;
        self.sentences = out;
        self.paragraphs = paragraphs;
    }

    /// The sentence that contains byte `at`, if any (binary search).
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        self.sentences.get(i).filter(|s| s.span.start <= at).map(|_| i)
    }

    /// For each sentence, whether one of `spans` lies inside it. Linear in both.
    pub fn sentences_holding(&self, spans: &[Span]) -> Vec<bool> {
        let mut marks = vec![false; self.sentences.len()];
        for s in spans {
            if let Some(i) = self.sentence_at(s.start).filter(|&i| self.sentences[i].span.contains(*s)) {
                marks[i] = true;
            }
        }
        marks
    }

    pub fn word_text(&self, w: &Word) -> &'t str {
        w.span.text(self.text)
    }

    pub fn sentence_words(&self, s: &Sentence) -> &[Word] {
        &self.words[s.words.clone()]
    }

    /// The opening of the message: its first line, which is where a greeting lives.
    pub fn opening(&self) -> Option<&Sentence> {
        self.sentences.first()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_folds_are_folds() {
        for (k, &(bytes, n)) in latin1_folds().iter().enumerate() {
            let mut out = String::new();
            fold(char::from_u32(0xC0 + k as u32).unwrap(), &mut out);
            assert_eq!(out.as_bytes(), &bytes[..n]);
        }
    }

    #[test]
    fn latin1_lower_case_is_unicode_lower_case() {
        for c in (0..=0xFF).filter_map(char::from_u32) {
            assert_eq!(c.to_lowercase().collect::<Vec<_>>(), [latin1_lower(c)], "{c:?}");
            assert!(is_latin1(c.encode_utf8(&mut [0; 4])));
        }
        assert!(!is_latin1("Łódź") && !is_latin1("İ") && is_latin1("Grüße, Æsop"));
    }

    #[test]
    fn what_a_display_hides_is_folded_away() {
        assert_eq!(normalise("would\u{FEFF} lo\u{200B}ve to con\u{AD}nect"), "would love to connect");
        assert_eq!(normalise("\u{1D407}\u{1D422} there"), "hi there", "mathematical bold");
        assert_eq!(normalise("\u{1D5DB}\u{1D5F6}"), "hi", "sans-serif bold");
        assert_eq!(normalise("\u{FF28}\u{FF49}\u{FF01}"), "hi!", "fullwidth");
        assert_eq!(normalise("\u{1D7CF}\u{1D7CE}\u{1D7CE}%"), "100%", "bold digits");
        assert_eq!(normalise("\u{202E}hello\u{202C}"), "hello", "direction overrides");
        // The document maps the folded text back onto the message.
        let d = Document::new("Hi \u{1D42D}\u{1D421}\u{1D41E}\u{1D42B}\u{1D41E}, let\u{200B}'s connect");
        assert_eq!(d.norm, "hi there, let's connect");
        let at = d.norm.find("let's").unwrap();
        assert_eq!(d.span_from_norm(at, at + "let's connect".len()).text(d.text), "let\u{200B}'s connect");
    }

    #[test]
    fn abbreviations_are_sorted_for_binary_search() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn sentences_respect_german_abbreviations_and_lines() {
        let d = Document::new("Hallo Frau Dr. Weber,\nich habe z.B. am 3. Mai Ihren Vortrag gesehen. Hätten Sie Zeit?");
        let s: Vec<&str> = d.sentences.iter().map(|s| s.span.text(d.text)).collect();
        assert_eq!(s, ["Hallo Frau Dr. Weber,", "ich habe z.B. am 3. Mai Ihren Vortrag gesehen.", "Hätten Sie Zeit?"]);
        assert!(d.sentences[2].question);
        assert!(!d.sentences[1].question);
    }

    #[test]
    fn abbreviations_are_found_however_they_are_written() {
        for token in
            ["Dr", "dR", "(z.B", "`dr", "\"usw", "'Ca", "USW", "ggf", "Mrs", "word", "(\"vgl", "Müll", "É", "12"]
        {
            let text = format!("{token}.");
            // The reference: the whole token normalised, as for any phrase.
            let lower = normalise(token);
            let listed = ABBREVIATIONS.binary_search(&lower.trim_start_matches(['(', '"', '\''])).is_ok();
            let expected = listed
                || (token.len() <= 2 && token.bytes().all(|b| b.is_ascii_digit()))
                || (token.chars().count() == 1 && token.chars().all(char::is_alphabetic));
            assert_eq!(dot_continues(&text, 0, token.len()), expected, "{token}");
        }
    }

    #[test]
    fn abbreviations_with_spaces_do_not_end_sentences() {
        let d = Document::new("Ich nutze z. B. Rust, d. h. Sie auch. Danke!");
        assert_eq!(d.sentences.len(), 2, "{:?}", d.sentences.iter().map(|s| s.span.text(d.text)).collect::<Vec<_>>());
    }

    #[test]
    fn paragraphs_split_on_line_breaks() {
        let d = Document::new("Hi Anna,\n\nOne. Two.\nThanks,\nBen");
        assert_eq!(d.paragraphs.len(), 4);
        assert_eq!(d.paragraphs[1].span.text(d.text), "One. Two.");
    }

    #[test]
    fn normalised_matches_map_back_to_the_original() {
        let d = Document::new("Ich  bin auf Ihr Profil  GESTOSSEN – und Grüße!");
        let needle = normalise("ihr profil gestoßen");
        let at = d.norm.find(&needle).unwrap();
        let span = d.span_from_norm(at, at + needle.len());
        assert_eq!(span.text(d.text), "Ihr Profil  GESTOSSEN");
        let needle = normalise("grüße");
        let at = d.norm.find(&needle).unwrap();
        assert_eq!(d.span_from_norm(at, at + needle.len()).text(d.text), "Grüße");
    }

    #[test]
    fn words_are_those_of_uax29() {
        let texts = [
            "Hi Anna, don't worry: z.B. 3,5 or 3.5 or e.g. U.S.A. — a_b (and/or) #tag @you x@y.com!",
            "Grüße aus Köln,\nich hätte 15 Min. Zeit. Ça va? 👋🏽 Zoë\u{301}s co-founder's 1:1 ½",
            "\u{301}abc \u{200d}😀 a\u{ad}b 'quoted' \"q\" https://calendly.com/ben/15min?x=1&y=2",
            "a\u{3000} \u{345} x\u{3000}\u{2003} \u{10efc}y",
        ];
        for t in texts {
            let ours = word_indices(t);
            let theirs: Vec<_> = t.unicode_word_indices().collect();
            assert_eq!(ours, theirs, "{t}");
        }
    }

    #[test]
    fn words_know_their_sentence_and_case() {
        let d = Document::new("Hi ANNA. Wie geht's?");
        assert_eq!(d.words.len(), 4);
        assert!(d.words[1].shouted);
        assert_eq!(d.words[2].sentence, 1);
        assert!(d.words[2].capitalised);
    }
}
