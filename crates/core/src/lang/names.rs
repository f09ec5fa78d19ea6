//! Words that say what a name is rather than which one: legal forms, "University",
//! "Konferenz", "Greater … Area", and the job words every headline has ("Senior", "Head",
//! "Engineering"). A longer name is known by its other words ("Nordwind" of "Nordwind
//! Logistik GmbH"), and a role by its topic ("Robotics"), so these never count alone. Both languages, normalised like the
//! message (umlauts folded, lower case), sorted.

use super::Lang;

const GENERIC: &[&str] = &[
    "ag",
    "akademie",
    "and",
    "area",
    "association",
    "bank",
    "bay",
    "berater",
    "beraterin",
    "bv",
    "chief",
    "city",
    "club",
    "co",
    "college",
    "community",
    "company",
    "conference",
    "consultant",
    "consulting",
    "corp",
    "corporation",
    "der",
    "des",
    "developer",
    "die",
    "director",
    "e.v",
    "eg",
    "engineer",
    "engineering",
    "entwickler",
    "entwicklerin",
    "ev",
    "fachhochschule",
    "foundation",
    "founder",
    "fur",
    "gbr",
    "geschaftsfuhrer",
    "geschaftsfuhrerin",
    "gesellschaft",
    "gmbh",
    "greater",
    "group",
    "gruppe",
    "gymnasium",
    "head",
    "hochschule",
    "holding",
    "inc",
    "institut",
    "institute",
    "international",
    "junior",
    "kg",
    "kgaa",
    "konferenz",
    "lead",
    "leiter",
    "leiterin",
    "limited",
    "llc",
    "los",
    "ltd",
    "management",
    "manager",
    "marketing",
    "meetup",
    "metropolitan",
    "network",
    "netzwerk",
    "new",
    "of",
    "officer",
    "ohg",
    "partner",
    "plc",
    "recruiter",
    "recruiting",
    "region",
    "saint",
    "sales",
    "san",
    "school",
    "schule",
    "se",
    "senior",
    "services",
    "software",
    "solutions",
    "specialist",
    "st",
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
