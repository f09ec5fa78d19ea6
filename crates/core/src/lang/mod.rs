//! Languages: which one a message is written in, and the phrase lists the rules match.
//!
//! The lists are data, one file per language ([`en`], [`de`]); the rules only name a
//! [`List`]. Phrases are written lower-case and are normalised like the message (see
//! [`crate::text::normalise`]); a trailing `*` lets the last word continue
//! (`garantier*` matches "garantiert" and "garantierte").

use serde::{Deserialize, Serialize};

pub mod de;
pub mod en;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
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
    /// Reasons for writing to this person in particular.
    WhyYou,
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
    pub phrases: &'static [(List, &'static [&'static str])],
}

/// Language detection from function words, which carry the signal even in a
/// ten-word note; umlauts and ß break ties towards German.
pub fn detect(doc: &crate::text::Document<'_>) -> Lang {
    let mut de = 0i32;
    let mut en = 0i32;
    let mut buf = String::new();
    // The first 400 words decide; a 100 KB paste does not need more.
    for w in doc.words.iter().take(400) {
        buf.clear();
        buf.extend(doc.word_text(w).chars().flat_map(char::to_lowercase));
        if de::DATA.stopwords.binary_search(&buf.as_str()).is_ok() {
            de += 2;
        }
        if en::DATA.stopwords.binary_search(&buf.as_str()).is_ok() {
            en += 2;
        }
        if buf.contains(['ä', 'ö', 'ü', 'ß']) {
            de += 1;
        }
    }
    // A tie with umlauts in the text is German; any other tie is English.
    if de > en || (de == en && doc.norm.contains(['ä', 'ö', 'ü'])) { Lang::De } else { Lang::En }
}

/// Case-insensitive membership in a sorted lower-case word list, without allocating for
/// ASCII words.
pub fn contains_word(list: &[&str], word: &str, buf: &mut String) -> bool {
    buf.clear();
    buf.extend(word.chars().flat_map(char::to_lowercase));
    list.binary_search(&buf.as_str()).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::{Document, normalise};

    #[test]
    fn word_lists_are_sorted_and_lower_case() {
        for lang in Lang::ALL {
            let d = lang.data();
            for list in [d.stopwords, d.self_words, d.you_words, d.you_words_capitalised, d.informal_words, d.not_names]
            {
                assert!(list.windows(2).all(|w| w[0] < w[1]), "{lang:?}: {:?} is not sorted", list);
                assert!(list.iter().all(|w| w.to_lowercase() == *w));
            }
        }
    }

    #[test]
    fn phrases_are_already_normalised() {
        for lang in Lang::ALL {
            for (list, phrases) in lang.data().phrases {
                for p in *phrases {
                    assert_eq!(normalise(p), *p, "{lang:?} {list:?}: write {p:?} normalised");
                    assert!(!p.is_empty());
                }
            }
        }
    }

    #[test]
    fn detects_short_messages() {
        assert_eq!(detect(&Document::new("Hi Anna, would you have 15 minutes next week?")), Lang::En);
        assert_eq!(detect(&Document::new("Hallo Anna, hätten Sie nächste Woche 15 Minuten?")), Lang::De);
        assert_eq!(detect(&Document::new("Moin Jan, kurze Frage zu deinem Post über Rust.")), Lang::De);
    }
}
