//! Readability: Flesch Reading Ease for English, Amstad's German adaptation for German,
//! with a syllable count that knows German diphthongs.

use crate::lang::Lang;
use crate::scan::Word16;
use crate::text::{Document, is_latin1, latin1_lower};

/// Below this many words the formulas swing wildly; no score is given.
pub const MIN_WORDS_FOR_SCORE: usize = 12;

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'ü' | 'é' | 'è' | 'à')
}

/// Vowel pairs that are one syllable in German.
const fn de_one_syllable(a: char, b: char) -> bool {
    matches!(
        (a, b),
        ('a', 'a' | 'i' | 'u' | 'y') | ('e', 'e' | 'i' | 'u' | 'y') | ('i', 'e') | ('o', 'o' | 'u') | ('ä', 'u')
    )
}

pub fn syllables(word: &str, lang: Lang) -> usize {
    // Short ASCII words (most of them) are counted by bit masks; Latin-1 words lower-case
    // by arithmetic; Unicode's tables, slow in WASM, only for the rest.
    if let Some(short) = word16(word) {
        masked_syllables(short, word.as_bytes(), lang)
    } else if word.is_ascii() {
        count_syllables(word.bytes().map(|b| char::from(b.to_ascii_lowercase())), lang)
    } else if is_latin1(word) {
        count_syllables(word.chars().map(latin1_lower), lang)
    } else {
        count_syllables(word.chars().flat_map(char::to_lowercase), lang)
    }
}

/// A word of 1 to 16 ASCII bytes in one vector, read from a zero-padded copy (in place,
/// the message may not have sixteen bytes from where the word starts).
fn word16(word: &str) -> Option<Word16> {
    let mut padded = [0u8; 16];
    padded.get_mut(..word.len())?.copy_from_slice(word.as_bytes());
    Word16::read(&padded, 0, word.len())
}

/// The syllables of a word, or `None` when it has no letter (a number, "1:1") and does
/// not count as a word for the formulas.
fn word_syllables(word: &str, lang: Lang) -> Option<usize> {
    word.chars().any(char::is_alphabetic).then(|| syllables(word, lang))
}

/// [`word_syllables`] for the word at `start..end` of `text`: for an ASCII word of up to
/// sixteen bytes, counted over [`Word16`]'s bit masks at once.
fn syllables_at(text: &str, start: usize, end: usize, lang: Lang) -> Option<usize> {
    let bytes = text.as_bytes();
    match Word16::read(bytes, start, end - start) {
        Some(word) => (word.letters() != 0).then(|| masked_syllables(word, &bytes[start..end], lang)),
        None => word_syllables(&text[start..end], lang),
    }
}

/// [`count_syllables`] by bit masks, one bit per letter (a test holds them equal): vowel
/// groups start where a vowel follows a non-vowel; in German, a group's second vowel adds
/// a syllable unless it makes a diphthong with the first, its third if the first two did,
/// and every later one.
fn masked_syllables(word: Word16, bytes: &[u8], lang: Lang) -> usize {
    let (a, e, i, o, u, y) = (word.eq(b'a'), word.eq(b'e'), word.eq(b'i'), word.eq(b'o'), word.eq(b'u'), word.eq(b'y'));
    let v = a | e | i | o | u | y;
    let (was, was2, was3) = (v << 1, v << 2, v << 3);
    let mut count = (v & !was).count_ones() as usize;
    match lang {
        Lang::De => {
            // Bit k: letters k-1 and k make one of the German one-syllable pairs.
            let pair = (a << 1 & (a | i | u | y)) | (e << 1 & (e | i | u | y)) | (i << 1 & e) | (o << 1 & (o | u));
            let diphthong = (v & was & pair) << 1;
            let more = v & was & ((!was2 & !pair) | (was2 & !was3 & diphthong) | (was2 & was3));
            count += more.count_ones() as usize;
        }
        Lang::En if count > 1 => {
            let letter =
                |back: usize| bytes.len().checked_sub(back).map_or(' ', |k| bytes[k].to_ascii_lowercase() as char);
            count -= english_silent_endings([letter(3), letter(2), letter(1)]);
        }
        Lang::En => {}
    }
    count.max(1)
}

/// How many of an English word's vowel groups its last three letters make silent.
fn english_silent_endings([a, b, c]: [char; 3]) -> usize {
    // Silent final e ("make", "time"), but not "-le" ("table") or "-ee".
    let silent_e = c == 'e' && b != 'l' && b != 'e' && !is_vowel(b);
    // "-ed" is silent after most consonants ("asked"), not after t/d ("wanted").
    let silent_ed = b == 'e' && c == 'd' && !matches!(a, 't' | 'd') && !is_vowel(a);
    usize::from(silent_e) + usize::from(silent_ed)
}

/// Syllables in a lower-case word: one per vowel group, with German diphthongs and the
/// English silent endings.
fn count_syllables(letters: impl Iterator<Item = char>, lang: Lang) -> usize {
    // How a finished vowel group of `len` letters, starting with `first` and `second`, counts.
    let close = |len: usize, first: char, second: char| match (lang, len) {
        (_, 0) => 0,
        (Lang::En, _) | (Lang::De, 1) => 1,
        (Lang::De, 2) => {
            if de_one_syllable(first, second) {
                1
            } else {
                2
            }
        }
        // "eue" in "neue", "aue" in "Bauer": a diphthong and a vowel.
        (Lang::De, n) => n - 1,
    };
    let mut count = 0;
    // The current vowel group: its length and its first two letters.
    let (mut len, mut first, mut second) = (0usize, ' ', ' ');
    // The last three letters, for the English endings.
    let mut tail = [' '; 3];
    let mut seen = 0;
    for c in letters {
        seen += 1;
        tail = [tail[1], tail[2], c];
        if is_vowel(c) {
            match len {
                0 => first = c,
                1 => second = c,
                _ => {}
            }
            len += 1;
        } else if len > 0 {
            count += close(len, first, second);
            len = 0;
        }
    }
    count += close(len, first, second);
    if seen == 0 {
        return 0;
    }
    if lang == Lang::En && count > 1 {
        count -= english_silent_endings(tail);
    }
    count.max(1)
}

#[derive(Debug, Clone)]
pub struct Measure {
    pub score: f64,
    pub level: &'static str,
    pub label_en: &'static str,
    pub label_de: &'static str,
}

/// Scores a message; `None` when it is too short for the formulas.
pub fn measure(doc: &Document<'_>, lang: Lang) -> Option<Measure> {
    let (mut n, mut syl) = (0, 0);
    for s in doc.words.iter().filter_map(|w| syllables_at(doc.text, w.span.start, w.span.end, lang)) {
        n += 1;
        syl += s;
    }
    if n < MIN_WORDS_FOR_SCORE {
        return None;
    }
    let sentences = doc.sentences.iter().filter(|s| !s.words.is_empty()).count().max(1) as f64;
    let n = n as f64;
    let asl = n / sentences;
    let asw = syl as f64 / n;
    let score = match lang {
        Lang::En => 206.835 - 1.015 * asl - 84.6 * asw,
        Lang::De => 180.0 - asl - 58.5 * asw,
    };
    let score = (score.clamp(0.0, 100.0) * 10.0).round() / 10.0;
    let (level, label_en, label_de) = level(score);
    Some(Measure { score, level, label_en, label_de })
}

/// Flesch's bands, in plain words.
fn level(score: f64) -> (&'static str, &'static str, &'static str) {
    match score {
        s if s >= 90.0 => ("very-easy", "Very easy to read", "Sehr leicht zu lesen"),
        s if s >= 80.0 => ("easy", "Easy to read", "Leicht zu lesen"),
        s if s >= 70.0 => ("fairly-easy", "Fairly easy to read", "Recht leicht zu lesen"),
        s if s >= 60.0 => ("standard", "Plain, everyday language", "Normale Alltagssprache"),
        s if s >= 50.0 => ("fairly-difficult", "Fairly hard to read", "Etwas schwer zu lesen"),
        s if s >= 30.0 => ("difficult", "Hard to read", "Schwer zu lesen"),
        _ => ("very-difficult", "Very hard to read", "Sehr schwer zu lesen"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// Counted by bit masks in place, a word has the syllables it has on its own.
        #[test]
        fn words_in_place_count_as_on_their_own(word in "([aeiouyAEIOUY]{0,4}[a-zA-Z0-9'_-]{0,3}){0,5}|(Theater|Bäume|neue|Zusammenarbeit|asked|wanted|table)", tail in "[ a-z]{0,16}") {
            let text = format!("{word}{tail}");
            for lang in Lang::ALL {
                proptest::prop_assert_eq!(syllables_at(&text, 0, word.len(), lang), word_syllables(&word, lang), "{:?}", lang);
            }
        }

        #[test]
        fn ascii_words_count_as_every_word_does(word in "([aeiouyAEIOUY]{0,4}[a-zA-Z0-9'_-]{0,3}){0,4}") {
            for lang in Lang::ALL {
                let general = count_syllables(word.chars().map(|c| c.to_ascii_lowercase()), lang);
                proptest::prop_assert_eq!(syllables(&word, lang), general, "{:?}", lang);
            }
        }
    }

    #[test]
    fn german_syllables() {
        for (w, n) in [
            ("Hallo", 2),
            ("Beitrag", 2),
            ("Zusammenarbeit", 5),
            ("neue", 2),
            ("Frage", 2),
            ("Empfehlung", 3),
            ("Theater", 3),
            ("Bäume", 2),
        ] {
            assert_eq!(syllables(w, Lang::De), n, "{w}");
        }
    }

    #[test]
    fn english_syllables() {
        for (w, n) in [
            ("make", 1),
            ("table", 2),
            ("asked", 1),
            ("wanted", 2),
            ("coffee", 2),
            ("conversation", 4),
            ("the", 1),
            ("meeting", 2),
        ] {
            assert_eq!(syllables(w, Lang::En), n, "{w}");
        }
    }

    #[test]
    fn plain_text_scores_higher_than_jargon() {
        let plain = Document::new(
            "I read your post on hiring. It was clear and kind. Can we talk for ten minutes next week? A no is fine too.",
        );
        let dense = Document::new(
            "Considering organisational transformation initiatives, comprehensive stakeholder alignment necessitates multidimensional prioritisation methodologies across heterogeneous international subsidiaries.",
        );
        let a = measure(&plain, Lang::En).unwrap();
        let b = measure(&dense, Lang::En).unwrap();
        assert!(a.score > 70.0 && b.score < 30.0, "{} {}", a.score, b.score);
        let de = Document::new(
            "Ich habe Ihren Beitrag über Recruiting gelesen. Er war klar. Hätten Sie nächste Woche zehn Minuten für mich?",
        );
        assert!(measure(&de, Lang::De).unwrap().score > 50.0);
    }

    #[test]
    fn short_notes_get_no_score() {
        assert!(measure(&Document::new("Hi Anna, kurze Frage?"), Lang::De).is_none());
    }
}
