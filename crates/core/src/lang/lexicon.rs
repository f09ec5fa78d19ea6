//! One hash lookup per word instead of a search per list: every word list of every
//! language is folded into one table from lower-case word to what it is in each language.

use super::Lang;
use crate::scan::Word16;
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

/// Every listed word with its language and flag.
fn entries() -> impl Iterator<Item = (&'static str, Lang, u8)> {
    Lang::ALL.into_iter().flat_map(|lang| {
        let d = lang.data();
        let lists: [(&'static [&'static str], u8); 8] = [
            (d.stopwords, STOP),
            (d.self_words, SELF),
            (d.you_words, YOU),
            (d.you_words_capitalised, YOU_CAPITALISED),
            (d.informal_words, INFORMAL),
            (d.not_names, NOT_NAME),
            (TITLES, TITLE),
            (d.possessives, POSSESSIVE),
        ];
        lists.into_iter().flat_map(move |(list, flag)| list.iter().map(move |w| (*w, lang, flag)))
    })
}

/// A lower-case word of at most [`MAX_LEN`] bytes, packed into two numbers (little-endian,
/// zero-padded): a key that is the word itself, compared in two instructions.
type Key = (u64, u64);

fn key(lower: &[u8]) -> Key {
    let mut padded = [0u8; MAX_LEN];
    let n = lower.len().min(MAX_LEN);
    padded[..n].copy_from_slice(&lower[..n]);
    packed(&padded)
}

/// The key of a word written into a zeroed buffer: two loads.
fn packed(padded: &[u8; MAX_LEN]) -> Key {
    let (lo, hi) = padded.split_at(8);
    (u64::from_le_bytes(lo.try_into().unwrap_or_default()), u64::from_le_bytes(hi.try_into().unwrap_or_default()))
}

/// Open addressing by [`Key`], a power of two long and at most half full; an empty slot's
/// key is `(0, 0)`, which no word has. About 24 KB, so a probe costs about what a sketch
/// test in front of it would.
struct Table {
    slots: Vec<(Key, Class)>,
}

impl Table {
    fn slot(&self, key: Key) -> usize {
        let mix = (key.0 ^ key.1.rotate_left(29)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (mix >> 40) as usize & (self.slots.len() - 1)
    }

    fn get(&self, key: Key) -> Class {
        let mask = self.slots.len() - 1;
        let mut i = self.slot(key);
        loop {
            let (k, class) = self.slots[i];
            if k == key {
                return class;
            }
            if k == (0, 0) {
                return [0; 2];
            }
            i = (i + 1) & mask;
        }
    }
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let size = (entries().count() * 2).next_power_of_two();
        let mut t = Table { slots: vec![((0, 0), [0; 2]); size] };
        for (word, lang, flag) in entries() {
            let key = key(word.as_bytes());
            let mut i = t.slot(key);
            while t.slots[i].0 != (0, 0) && t.slots[i].0 != key {
                i = (i + 1) & (size - 1);
            }
            t.slots[i].0 = key;
            t.slots[i].1[lang as usize] |= flag;
        }
        t
    })
}

/// At least the longest word in any list (a test keeps it so); longer words are in none.
const MAX_LEN: usize = 16;

/// Classifies one word, lower-casing it without allocating.
pub fn classify(word: &str) -> Class {
    let b = word.as_bytes();
    if b.is_empty() || b.len() > MAX_LEN {
        return [0; 2];
    }
    let table = table();
    // ASCII and Latin-1 letters ("für", "MÖCHTE"), lower-cased byte by byte: a Latin-1
    // capital's lower case is 32 code points on, in the same two-byte row.
    let mut lower = [0u8; MAX_LEN];
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            c @ 0..0x80 => lower[i] = c.to_ascii_lowercase(),
            0xC3 if i + 1 < b.len() => {
                let d = b[i + 1];
                lower[i] = 0xC3;
                lower[i + 1] = if (0x80..=0x9E).contains(&d) && d != 0x97 { d + 0x20 } else { d };
                i += 1;
            }
            _ => break,
        }
        i += 1;
    }
    if i == b.len() {
        return table.get(packed(&lower));
    }
    lower_case_lookup(table, word)
}

/// [`classify`] for the word at `start..end` of `text`, reading the sixteen bytes from its
/// start at once when it can (see [`Word16`]).
#[inline]
pub fn classify_in(text: &str, start: usize, end: usize) -> Class {
    match Word16::read(text.as_bytes(), start, end - start) {
        Some(word) => table().get(word.key()),
        None => classify(&text[start..end]),
    }
}

/// [`classify`] by Unicode's lower case, for every word.
fn lower_case_lookup(table: &Table, word: &str) -> Class {
    let mut buf = [0u8; MAX_LEN * 2];
    let mut n = 0;
    // "I’m" typed on a phone is "i'm" in the table.
    for c in word.chars().flat_map(char::to_lowercase).map(|c| if c == '\u{2019}' { '\'' } else { c }) {
        if n + c.len_utf8() > MAX_LEN {
            return [0; 2];
        }
        n += c.encode_utf8(&mut buf[n..]).len();
    }
    table.get(key(&buf[..n]))
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

    proptest::proptest! {
        /// Lower-casing ASCII and Latin-1 byte by byte finds what Unicode's lower case does.
        #[test]
        fn latin1_lower_case_is_unicode_lower_case(word in "[a-zA-ZÀ-ÿ'’]{1,10}|(Ü|Ä|Ö|FÜR|Über|MÖCHTE|WÜRDE|Hätte|IHNEN|Für)") {
            proptest::prop_assert_eq!(classify(&word), lower_case_lookup(table(), &word));
        }

        /// Read in place from a text, a word is classified as it is on its own.
        #[test]
        fn words_in_place_classify_as_on_their_own(word in "[a-zA-Z'À-ÿ]{1,18}|(YOU|Your|Ihnen|I'm|Sie|DU|dein)", tail in "[ a-z]{0,20}") {
            let text = format!("{word}{tail}");
            proptest::prop_assert_eq!(classify_in(&text, 0, word.len()), classify(&word));
        }
    }

    #[test]
    fn every_listed_word_fits_and_is_found() {
        for (w, lang, flag) in entries() {
            assert!(w.len() <= MAX_LEN, "{w} is longer than MAX_LEN");
            assert_eq!(lang.of(classify(w)) & flag, flag, "{w}");
        }
        assert_eq!(Lang::De.of(classify("IHNEN")) & YOU_CAPITALISED, YOU_CAPITALISED);
        assert_eq!(Lang::De.of(classify("Für")) & STOP, STOP);
        assert_eq!(Lang::En.of(classify("Für")), 0);
        assert_eq!(Lang::En.of(classify("I’m")) & SELF, SELF);
    }
}
