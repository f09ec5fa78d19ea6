//! Readability: Flesch Reading Ease for English, Amstad's German adaptation for German,
//! with a syllable count that knows German diphthongs.

use crate::lang::Lang;
use crate::text::Document;

/// Below this many words the formulas swing wildly; no score is given.
pub const MIN_WORDS_FOR_SCORE: usize = 12;

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ä' | 'ö' | 'ü' | 'é' | 'è' | 'à')
}

/// Vowel pairs that are one syllable in German.
fn de_one_syllable(a: char, b: char) -> bool {
    matches!(
        (a, b),
        ('a', 'a' | 'i' | 'u' | 'y') | ('e', 'e' | 'i' | 'u' | 'y') | ('i', 'e') | ('o', 'o' | 'u') | ('ä', 'u')
    )
}

pub fn syllables(word: &str, lang: Lang) -> usize {
    // ASCII words (most of them) skip Unicode lower-casing, which is slow in WASM, and
    // get a loop of their own over bytes.
    if word.is_ascii() {
        count_syllables(word.bytes().map(|b| b.to_ascii_lowercase()), lang)
    } else {
        count_syllables(word.chars().flat_map(char::to_lowercase), lang)
    }
}

/// A lower-case letter as the syllable count reads it: an ASCII byte or any character.
trait Letter: Copy {
    fn is_vowel(self) -> bool;
    fn char(self) -> char;
}

impl Letter for u8 {
    fn is_vowel(self) -> bool {
        // One test of a bit in a mask of a, e, i, o, u, y.
        const MASK: u32 = 1 << 0 | 1 << 4 | 1 << 8 | 1 << 14 | 1 << 20 | 1 << 24;
        self.wrapping_sub(b'a') < 26 && MASK & 1 << (self - b'a') != 0
    }
    fn char(self) -> char {
        self as char
    }
}

impl Letter for char {
    fn is_vowel(self) -> bool {
        is_vowel(self)
    }
    fn char(self) -> char {
        self
    }
}

/// Syllables in a lower-case word: one per vowel group, with German diphthongs and the
/// English silent endings.
fn count_syllables<L: Letter>(letters: impl Iterator<Item = L>, lang: Lang) -> usize {
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
    for l in letters {
        seen += 1;
        let c = l.char();
        tail = [tail[1], tail[2], c];
        if l.is_vowel() {
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
        let [a, b, c] = tail;
        // Silent final e ("make", "time"), but not "-le" ("table") or "-ee".
        if c == 'e' && b != 'l' && b != 'e' && !is_vowel(b) {
            count -= 1;
        }
        // "-ed" is silent after most consonants ("asked"), not after t/d ("wanted").
        if b == 'e' && c == 'd' && !matches!(a, 't' | 'd') && !is_vowel(a) {
            count -= 1;
        }
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
    let words = doc.words.iter().map(|w| doc.word_text(w)).filter(|w| {
        if w.is_ascii() { w.bytes().any(|b| b.is_ascii_alphabetic()) } else { w.chars().any(char::is_alphabetic) }
    });
    let (mut n, mut syl) = (0, 0);
    for w in words {
        n += 1;
        syl += syllables(w, lang);
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
