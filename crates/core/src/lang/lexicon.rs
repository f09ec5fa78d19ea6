//! One hash lookup per word instead of a search per list: every word list of every
//! language is folded into one table from lower-case word to what it is in each language.

use super::Lang;
use crate::hash::{Sketch, WordMap};
use std::sync::OnceLock;

pub const STOP: u8 = 1;
pub const SELF: u8 = 2;
pub const YOU: u8 = 4;
/// Addresses the reader only when capitalised mid-sentence (German "Sie", "Ihr").
pub const YOU_CAPITALISED: u8 = 8;
pub const INFORMAL: u8 = 16;
pub const NOT_NAME: u8 = 32;
/// Stands between a greeting and a name ("Frau", "Dr").
pub const TITLE: u8 = 64;
/// "your", "dein", "Ihr": may introduce something of the recipient's.
pub const POSSESSIVE: u8 = 128;

/// What a word is, per language (index with `Lang as usize`).
pub type Class = [u8; 2];

const TITLES: &[&str] = &["dr", "frau", "herr", "miss", "mr", "mrs", "ms", "prof"];

#[derive(Default)]
struct Table {
    /// By the word's bytes: looking a word up then needs no UTF-8 check of the lower-cased copy.
    classes: WordMap<&'static [u8], Class>,
    sketch: Sketch,
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table::default();
        for lang in Lang::ALL {
            let d = lang.data();
            let lists: [(&[&str], u8); 8] = [
                (d.stopwords, STOP),
                (d.self_words, SELF),
                (d.you_words, YOU),
                (d.you_words_capitalised, YOU_CAPITALISED),
                (d.informal_words, INFORMAL),
                (d.not_names, NOT_NAME),
                (TITLES, TITLE),
                (d.possessives, POSSESSIVE),
            ];
            for (list, flag) in lists {
                for w in list {
                    t.classes.entry(w.as_bytes()).or_default()[lang as usize] |= flag;
                    t.sketch.insert(w.as_bytes());
                }
            }
        }
        t
    })
}

/// At least the longest word in any list (a test keeps it so); longer words are in none.
const MAX_LEN: usize = 16;

/// Classifies one word, lower-casing it without allocating.
pub fn classify(word: &str) -> Class {
    if word.len() > MAX_LEN {
        return [0; 2];
    }
    let table = table();
    let mut buf = [0u8; MAX_LEN * 2];
    let lower: &[u8] = if word.is_ascii() {
        let b = word.as_bytes();
        if b.is_empty()
            || !table.sketch.may_hold(b.len(), b[0].to_ascii_lowercase(), b[b.len() - 1].to_ascii_lowercase())
        {
            return [0; 2];
        }
        for (lower, b) in buf.iter_mut().zip(b) {
            *lower = b.to_ascii_lowercase();
        }
        &buf[..b.len()]
    } else {
        let mut n = 0;
        // "I’m" typed on a phone is "i'm" in the table.
        for c in word.chars().flat_map(char::to_lowercase).map(|c| if c == '\u{2019}' { '\'' } else { c }) {
            if n + c.len_utf8() > buf.len() {
                return [0; 2];
            }
            n += c.encode_utf8(&mut buf[n..]).len();
        }
        &buf[..n]
    };
    table.classes.get(lower).copied().unwrap_or([0; 2])
}

impl Lang {
    /// This language's flags of a [`Class`].
    pub fn of(self, c: Class) -> u8 {
        c[self as usize]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_listed_word_fits_and_is_found() {
        for w in table().classes.keys() {
            let w = std::str::from_utf8(w).unwrap();
            assert!(w.len() <= MAX_LEN, "{w} is longer than MAX_LEN");
            assert_ne!(classify(w), [0; 2]);
        }
        assert_eq!(Lang::De.of(classify("IHNEN")) & YOU_CAPITALISED, YOU_CAPITALISED);
        assert_eq!(Lang::De.of(classify("Für")) & STOP, STOP);
        assert_eq!(Lang::En.of(classify("Für")), 0);
        assert_eq!(Lang::En.of(classify("I’m")) & SELF, SELF);
    }
}
