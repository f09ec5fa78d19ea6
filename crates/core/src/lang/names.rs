//! Words that say what a name is rather than which one: legal forms, "University",
//! "Konferenz". A longer name is known by its other words ("Nordwind" of "Nordwind Logistik
//! GmbH"), so these never count as a mention alone. Both languages, normalised like the
//! message (umlauts folded, lower case), sorted.

use super::Lang;

const GENERIC: &[&str] = &[
    "ag",
    "akademie",
    "and",
    "association",
    "bank",
    "bv",
    "club",
    "co",
    "college",
    "community",
    "company",
    "conference",
    "consulting",
    "corp",
    "corporation",
    "der",
    "des",
    "die",
    "e.v",
    "eg",
    "ev",
    "fachhochschule",
    "foundation",
    "fur",
    "gbr",
    "gesellschaft",
    "gmbh",
    "group",
    "gruppe",
    "gymnasium",
    "hochschule",
    "holding",
    "inc",
    "institut",
    "institute",
    "international",
    "kg",
    "kgaa",
    "konferenz",
    "limited",
    "llc",
    "ltd",
    "meetup",
    "network",
    "netzwerk",
    "of",
    "ohg",
    "plc",
    "school",
    "schule",
    "se",
    "services",
    "solutions",
    "stiftung",
    "summit",
    "technical",
    "technische",
    "the",
    "universitat",
    "university",
    "verein",
    "von",
];

/// Whether a normalised word only says what kind of name it is part of.
pub fn is_generic(word: &str) -> bool {
    GENERIC.binary_search(&word).is_ok()
}

#[cfg(test)]
#[test]
fn generic_words_are_sorted_and_normal() {
    assert!(GENERIC.is_sorted(), "keep GENERIC sorted: it is searched by halves");
    assert!(GENERIC.iter().all(|w| crate::text::normalise(w) == *w));
}

/// Whether a normalised word is a function word of either language ("about", "über").
pub fn is_function_word(word: &str) -> bool {
    Lang::ALL.iter().any(|l| l.data().stopwords.binary_search(&word).is_ok())
}
