//! Languages: which one a message is written in, and the phrase lists the rules match.
//!
//! The lists are data, one file per language ([`en`], [`de`]); the rules only name a
//! [`List`]. Phrases are written lower-case and are normalised like the message (see
//! [`crate::text::normalise`]); a trailing `*` lets the last word continue
//! (`garantier*` matches "garantiert" and "garantierte").
//!
//! The phrase lists are indexed when an engine first needs them (see [`crate::phrases`]).
//! A one-word prefix phrase needs at least four letters before its `*`.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub mod de;
pub mod en;
pub mod lexicon;
pub mod names;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord, TS)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    De,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::De, Lang::En];

    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
        }
    }

    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "de" => Some(Lang::De),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn data(self) -> &'static LangData {
        match self {
            Lang::De => &de::DATA,
            Lang::En => &en::DATA,
        }
    }

    /// Whether `word` names `noun` (a lower-case reference noun): in German a compound
    /// ends in its noun ("ROSCon-Vortrag", "Forschungsbeitrag"); in English the word is it.
    pub fn names_noun(self, word: &str, noun: &str) -> bool {
        use crate::text::{is_latin1, latin1_lower};
        match self {
            Lang::De if is_latin1(word) => {
                // Compared from the end, lower-cased as read: no string per word.
                let mut letters = word.chars().rev().map(latin1_lower);
                noun.chars().rev().all(|n| letters.next() == Some(n))
            }
            Lang::De => word.to_lowercase().ends_with(noun),
            Lang::En => word.eq_ignore_ascii_case(noun),
        }
    }

    /// Picks the string for this language.
    pub fn pick<T>(self, en: T, de: T) -> T {
        match self {
            Lang::De => de,
            Lang::En => en,
        }
    }
}

/// The phrase lists rules look for. Each language fills the ones it has words for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum List {
    /// Words that open a greeting ("hi", "hallo", "sehr geehrte").
    Greeting,
    /// Greetings that address nobody in particular.
    GenericSalutation,
    /// Sentences every mass message contains.
    StockPhrase,
    /// Asks that ask for nothing in particular.
    VagueAsk,
    /// Phrases that make a request.
    CallToAction,
    /// Questions that are politeness, not asks ("how are you?").
    SmallTalk,
    /// What makes an ask concrete: a duration, a day, a format.
    AskDetail,
    /// What the recipient gets out of it.
    Benefit,
    /// Selling in a first message.
    Pitch,
    /// Income promises and other hype.
    Hype,
    /// Manufactured urgency.
    Urgency,
    /// Links to booking pages.
    CalendarLink,
    /// Apologising for writing at all.
    Apology,
    /// Hedging that weakens the ask.
    Hedge,
    /// Pressure on the recipient.
    Pushy,
    /// Flattery in place of a concrete reference.
    Flattery,
    /// References to something of the recipient's: a post, a talk, their team.
    Reference,
    /// Common ground: a mutual contact, a place met, an interaction.
    CommonGround,
    /// Offering an easy way to say no.
    EasyNo,
    /// Guilt-tripping in a follow-up.
    GuiltTrip,
    /// A follow-up pointing back to the first message.
    FollowupReference,
}

impl List {
    pub const COUNT: usize = List::FollowupReference as usize + 1;
}

/// Everything one language contributes.
pub struct LangData {
    /// Frequent function words, sorted, used to tell the languages apart.
    pub stopwords: &'static [&'static str],
    /// Words by which the writer talks about themself (sorted, lower-case).
    pub self_words: &'static [&'static str],
    /// Words that address the reader whatever their case (sorted, lower-case).
    pub you_words: &'static [&'static str],
    /// Words that address the reader only when capitalised mid-sentence: German "Sie",
    /// "Ihr" (lower-case they are "they" and "her").
    pub you_words_capitalised: &'static [&'static str],
    /// Informal address forms (German du), for the mixed-address check.
    pub informal_words: &'static [&'static str],
    /// Words that never count as a name after a greeting ("Hi there", "Hallo zusammen").
    pub not_names: &'static [&'static str],
    /// Possessives that address the reader ("your", "dein", "Ihr" when capitalised).
    pub possessives: &'static [&'static str],
    /// Nouns for things of the recipient's that a message can refer to ("your talk",
    /// "Ihr ROSCon-Vortrag"); matched as the end of a word, so German compounds count.
    pub reference_nouns: &'static [&'static str],
    /// Nouns every mass message puts after "your" ("your experience", "Ihr Profil"): a
    /// reference to one of them says nothing specific (see [`crate::facts::specifics`]).
    pub vague_nouns: &'static [&'static str],
    /// Words written like names that name nothing particular to one message (the
    /// platforms, job-title acronyms), lower-case.
    pub generic_names: &'static [&'static str],
    /// How a reply thanks someone for accepting an invitation (normalised; found anywhere).
    pub thanks_for_connecting: &'static [&'static str],
    /// Words that answer a question by themselves: yes, no, sure (normalised).
    pub answer_words: &'static [&'static str],
    /// How a closing line starts ("best regards", "viele grusse"), normalised: what
    /// follows it is the signature.
    pub closings: &'static [&'static str],
    /// Question words that ask about a topic ("how", "welche"): an ask with one asks
    /// something the recipient can answer.
    pub topic_words: &'static [&'static str],
    /// Degrees and certificates that follow a name on a profile (normalised).
    pub credentials: &'static [&'static str],
    pub phrases: &'static [(List, &'static [&'static str])],
    /// Subject lines that say nothing about this message (normalised, no punctuation).
    pub generic_subjects: &'static [&'static str],
    /// Phrases with structure: word sequences with slots and options (see [`crate::patterns`]).
    pub patterns: &'static [(List, &'static [&'static str])],
}

/// Language detection from function words, which carry the signal even in a
/// ten-word note; umlauts and ß break ties towards German. `classes` are the words'
/// [`lexicon::classify`] results.
pub fn detect(doc: &crate::text::Document<'_>, classes: &[lexicon::Class]) -> Lang {
    let mut de = 0i32;
    let mut en = 0i32;
    // The first 400 words decide; a 100 KB paste does not need more.
    for c in classes.iter().take(400) {
        if Lang::De.of(*c) & lexicon::STOP != 0 {
            de += 2;
        }
        if Lang::En.of(*c) & lexicon::STOP != 0 {
            en += 2;
        }
    }
    // And each of them with an umlaut or ß. All seven start with the byte 0xC3, which a
    // message in English rarely holds: find those (sixteen bytes at a time), not every
    // word's letters.
    let words = &doc.words[..doc.words.len().min(400)];
    let end = words.last().map_or(0, |w| w.span.end);
    let bytes = &doc.text.as_bytes()[..end];
    let mut counted = usize::MAX;
    let lead_bytes = std::iter::successors(Some(crate::scan::find_any(bytes, 0, [0xC3])), |&i| {
        Some(crate::scan::find_any(bytes, i + 1, [0xC3]))
    });
    for i in lead_bytes.take_while(|&i| i + 1 < bytes.len()) {
        if matches!(bytes[i + 1], 0xA4 | 0xB6 | 0xBC | 0x9F | 0x84 | 0x96 | 0x9C) {
            let k = words.partition_point(|w| w.span.end <= i);
            if k != counted && words.get(k).is_some_and(|w| w.span.start <= i) {
                de += 1;
                counted = k;
            }
        }
    }
    // A tie with umlauts in the text is German; any other tie is English.
    if de > en || (de == en && doc.text.contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß'])) {
        Lang::De
    } else {
        Lang::En
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Document, normalise};

    #[test]
    fn word_lists_are_sorted_and_lower_case() {
        for lang in Lang::ALL {
            let d = lang.data();
            for list in [
                d.stopwords,
                d.self_words,
                d.you_words,
                d.you_words_capitalised,
                d.informal_words,
                d.not_names,
                d.possessives,
                d.reference_nouns,
            ] {
                assert!(list.windows(2).all(|w| w[0] < w[1]), "{lang:?}: {:?} is not sorted", list);
                assert!(list.iter().all(|w| w.to_lowercase() == *w));
            }
        }
    }

    #[test]
    fn phrases_are_lower_case_and_trimmed() {
        for lang in Lang::ALL {
            for (list, phrases) in lang.data().phrases {
                for p in *phrases {
                    assert_eq!(p.to_lowercase(), *p, "{lang:?} {list:?}: write {p:?} in lower case");
                    assert_eq!(p.trim(), *p);
                    let body = p.trim_end_matches('*');
                    assert!(!normalise(body).is_empty());
                    // The phrase index uses ASCII phrases as they stand, unnormalised.
                    if body.is_ascii() {
                        assert_eq!(normalise(body), body, "{lang:?} {list:?}: {p:?} is not in normal form");
                    }
                    assert!(!p.contains('ß'), "{lang:?} {list:?}: write ß as ss in {p:?}, as the text is matched");
                }
            }
        }
    }

    #[test]
    fn detects_short_messages() {
        let detect = |t: &str| {
            let d = Document::new(t);
            let c: Vec<_> = d.words.iter().map(|w| lexicon::classify(d.word_text(w))).collect();
            detect(&d, &c)
        };
        assert_eq!(detect("Hi Anna, would you have 15 minutes next week?"), Lang::En);
        assert_eq!(detect("Hallo Anna, hätten Sie nächste Woche 15 Minuten?"), Lang::De);
        assert_eq!(detect("Moin Jan, kurze Frage zu deinem Post über Rust."), Lang::De);
    }
}

/// A string in both languages of the product.
#[derive(Debug, Clone, Copy, Serialize, TS)]
#[ts(rename = "Bilingual")]
pub struct Bi {
    pub en: &'static str,
    pub de: &'static str,
}

impl Bi {
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.de)
    }
}
