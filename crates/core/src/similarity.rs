//! How alike two notes are, without keeping either: a b-bit MinHash sketch of the note's
//! word triples.
//!
//! Each of [`LEN`] hash functions picks the word triple of the note with the smallest
//! hash, and the sketch keeps the lowest eight bits of that hash. Two notes agree on a
//! function's byte with the probability that they share its smallest triple (their
//! Jaccard similarity over triples), plus the 1 in 256 of a chance collision, which
//! [`similarity`] takes back out. Eight bits of a triple's hash say nothing about which
//! triple it was — thousands share each value — so a sketch cannot be read back into text.
//!
//! The recipient's own name is read as one placeholder word, so a note that differs only
//! in the name it greets is the same note; a note written for its reader (another first
//! sentence, their company, their work) shares few triples with the template it came from.

use crate::text::{Document, normalise};

/// Bytes in a sketch: the error of an estimate is about `sqrt(J(1-J)/LEN)`, 0.035 at 0.8.
pub const LEN: usize = 128;

#[derive(Clone, PartialEq, Eq)]
pub struct Sketch(pub [u8; LEN]);

impl std::fmt::Debug for Sketch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl serde::Serialize for Sketch {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_hex())
    }
}

impl<'de> serde::Deserialize<'de> for Sketch {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let hex = String::deserialize(d)?;
        Sketch::from_hex(&hex).map_err(serde::de::Error::custom)
    }
}

impl Sketch {
    /// As stored: `2 × LEN` lower-case hex digits.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }

    pub fn from_hex(hex: &str) -> Result<Sketch, String> {
        let bytes = hex.as_bytes();
        if bytes.len() != 2 * LEN || !bytes.iter().all(u8::is_ascii_hexdigit) {
            return Err(format!(
                "a similarity sketch is {} hex digits, got {:?}",
                2 * LEN,
                hex.get(..16).unwrap_or(hex)
            ));
        }
        let mut out = [0u8; LEN];
        for (i, pair) in bytes.chunks(2).enumerate() {
            let digit = |b: u8| (b as char).to_digit(16).unwrap_or(0) as u8;
            out[i] = digit(pair[0]) << 4 | digit(pair[1]);
        }
        Ok(Sketch(out))
    }
}

/// FNV-1a, then a finaliser: the same on every platform and in every version, since
/// sketches are stored and compared across them.
fn hash(bytes: impl Iterator<Item = u8>) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        h = (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
    }
    mix(h)
}

/// splitmix64's finaliser.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// The sketch of a note to the person called `names` (their full name, their first name).
pub fn sketch(doc: &Document<'_>, names: &[&str]) -> Sketch {
    keyed(doc, names, 0)
}

/// The key a sketch is made with: 16 hex digits, or none (0). A key made for one
/// installation (the extension's, kept beside its history) makes its sketches comparable
/// only with one another: whoever holds a stored sketch cannot test a guessed text
/// against it without the key.
pub fn key_of(hex: Option<&str>) -> u64 {
    hex.filter(|h| h.len() == 16).and_then(|h| u64::from_str_radix(h, 16).ok()).unwrap_or(0)
}

/// [`sketch`], its hash functions seeded with `key`.
pub fn keyed(doc: &Document<'_>, names: &[&str], key: u64) -> Sketch {
    let names: Vec<String> = names
        .iter()
        .flat_map(|n| normalise(n).split(' ').map(str::to_owned).collect::<Vec<_>>())
        .filter(|w| !w.is_empty())
        .collect();
    let words: Vec<&str> = doc
        .norm_words
        .iter()
        .map(|&(s, e)| &doc.norm[s as usize..e as usize])
        .map(|w| if names.iter().any(|n| n == w) { "\u{0}name" } else { w })
        .collect();
    // Each word's hash once; a triple's hash mixes its three.
    let word_hashes: Vec<u64> = words.iter().map(|w| hash(w.bytes())).collect();
    let triples: Vec<u64> = if word_hashes.len() < 3 {
        vec![word_hashes.iter().fold(0, |h, &w| mix(h ^ w))]
    } else {
        word_hashes.windows(3).map(|t| mix(t[0] ^ t[1].rotate_left(21) ^ t[2].rotate_left(42))).collect()
    };
    let mut out = [0u8; LEN];
    for (i, byte) in out.iter_mut().enumerate() {
        let seed = mix((i as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ key);
        let min = triples.iter().map(|&t| mix(t ^ seed)).min().unwrap_or(0);
        *byte = min as u8;
    }
    Sketch(out)
}

/// The estimated Jaccard similarity of the notes behind two sketches, 0 to 1.
pub fn similarity(a: &Sketch, b: &Sketch) -> f64 {
    let agree = a.0.iter().zip(&b.0).filter(|(x, y)| x == y).count() as f64 / LEN as f64;
    let chance = 1.0 / 256.0;
    ((agree - chance) / (1.0 - chance)).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_keyed_sketch_matches_only_under_its_key() {
        let (anna, jonas) = (template("Anna"), template("Jonas"));
        let (doc, again) = (Document::new(&anna), Document::new(&jonas));
        let (k1, k2) = (key_of(Some("0123456789abcdef")), key_of(Some("fedcba9876543210")));
        assert!(similarity(&keyed(&doc, &["Anna"], k1), &keyed(&again, &["Jonas"], k1)) > 0.9);
        assert!(similarity(&keyed(&doc, &["Anna"], k1), &keyed(&doc, &["Anna"], k2)) < 0.1, "a guess without the key");
        assert!(similarity(&keyed(&doc, &["Anna"], k1), &sketch(&doc, &["Anna"])) < 0.1);
        assert_eq!(key_of(Some("nope")), 0);
    }

    fn of(text: &str, name: &str) -> Sketch {
        sketch(&Document::new(text), &[name])
    }

    const TEMPLATE: &str = "Hi {name}, I help engineering teams cut their hiring time in half with structured take-home \
        reviews. We have worked with more than forty companies across Europe this year, and most of them saw results \
        within a month. Would you be open to a short call next week to see whether this could work for your team too? \
        Best, Ben";

    fn template(name: &str) -> String {
        TEMPLATE.replace("{name}", name)
    }

    #[test]
    fn the_same_note_to_another_name_is_the_same() {
        let a = of(&template("Jonas"), "Jonas Berg");
        let b = of(&template("Mia"), "Mia Braun");
        assert!(similarity(&a, &b) > 0.95, "{}", similarity(&a, &b));
        assert_eq!(similarity(&a, &a), 1.0);
    }

    #[test]
    fn a_personalised_note_is_not_nearly_the_same() {
        let sent = of(&template("Jonas"), "Jonas Berg");
        // Another name, another company, another first sentence: the rest of the template stays.
        let personal = TEMPLATE
            .replace("{name}", "Anna")
            .replace(
                "I help engineering teams cut their hiring time in half with structured take-home reviews.",
                "your ROSCon talk on fleet tests at Contoso made me rethink how we review robot code.",
            )
            .replace("for your team too", "for Contoso's robotics team");
        let s = similarity(&sent, &of(&personal, "Anna Schmidt"));
        assert!(s < 0.7, "{s}");
        let other = "Hallo Anna, danke für Ihren Vortrag über Flottentests. Darf ich Ihnen eine Frage dazu stellen?";
        assert!(similarity(&sent, &of(other, "Anna Schmidt")) < 0.1);
    }

    #[test]
    fn a_sketch_reads_back_as_written_and_nothing_else() {
        let s = of(&template("Jonas"), "Jonas Berg");
        assert_eq!(Sketch::from_hex(&s.to_hex()).unwrap(), s);
        assert_eq!(s.to_hex().len(), 256);
        assert!(Sketch::from_hex("abc").unwrap_err().contains("256 hex digits"));
        assert!(Sketch::from_hex(&"zz".repeat(128)).is_err());
    }

    #[test]
    fn sketches_are_the_same_on_every_platform() {
        // Stored sketches outlive builds: a change to the hashing must be a new format.
        let s = of("Hi Anna, could we talk next week?", "Anna Schmidt");
        assert_eq!(&s.to_hex()[..32], "9c1fb05da4425d42c7035c1a1a5bf4fe");
    }
}
