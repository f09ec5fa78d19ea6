//! Things the message could mention: what the page shows about the recipient (their role,
//! company, location, mutual contacts, a school or employer they share with the user, a
//! recent post, the event or group that connects them), each with where the draft already
//! mentions it.
//!
//! A mention is a name as a reader would recognise it, inflected as German and English
//! inflect names: "Contoso", "Contosos Team", "Contoso's team", "bei Jonas Bergs Vortrag",
//! or the distinctive word of a longer name ("Nordwind" for "Nordwind Logistik GmbH"). A
//! post or a role is mentioned by one of its topic words, in any form that shares the
//! word's stem ("your take on reviewing" for a post on "pair reviews"). The page reads the
//! facts when the composer is analysed; nothing of them is kept.

use crate::context::{Recipient, SharedKind};
use crate::lang::{Lang, names};
use crate::span::Span;
use crate::text::{Document, normalise};
use serde::Serialize;
use ts_rs::TS;

/// What a thing to mention is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum MentionKind {
    /// Their role, from the headline without the company.
    Role,
    Company,
    Location,
    /// Where they studied.
    Studied,
    /// What they talk about, by their profile's own topics.
    Topic,
    /// A contact the user and the recipient share, by name.
    Mutual,
    /// How many contacts they share, when the page counts them.
    MutualCount,
    School,
    Employer,
    Event,
    Group,
    /// A recent post or activity of theirs, by its first words.
    Post,
}

impl MentionKind {
    /// Whether mentioning it says what the user and the recipient have in common.
    pub fn is_common_ground(self) -> bool {
        matches!(
            self,
            MentionKind::Mutual
                | MentionKind::MutualCount
                | MentionKind::School
                | MentionKind::Employer
                | MentionKind::Event
                | MentionKind::Group
        )
    }
}

/// One thing the draft could mention, and where it does (byte offsets of the message).
#[derive(Debug, Clone, PartialEq)]
pub struct Thing {
    pub kind: MentionKind,
    /// As the page shows it; for a count, the number.
    pub text: String,
    pub at: Option<Span>,
    /// A sentence that mentions it, in the message's language and address.
    pub example: String,
}

/// Posts and contacts beyond these few add nothing the first ones do not.
const MAX_POSTS: usize = 2;
const MAX_MUTUAL: usize = 3;
const MAX_ROLES: usize = 2;
const MAX_TOPICS: usize = 3;

/// The things the page shows about `recipient`, each found in `doc` or not. `informal`:
/// the draft says du, so the examples do too.
pub fn things(doc: &Document<'_>, lang: Lang, recipient: &Recipient, informal: bool) -> Vec<Thing> {
    let mut out = Vec::new();
    let mut push = |kind: MentionKind, text: &str, at: Option<Span>| {
        let text = text.trim();
        if !text.is_empty() && !out.iter().any(|t: &Thing| t.kind == kind && t.text == text) {
            out.push(Thing { kind, text: text.to_owned(), at, example: example(kind, text, lang, informal) });
        }
    };
    // Their own name is no mention of anything else: "Herr Wolf" names not "Wolf
    // Engineering", "Hi Anna" not a shared contact Anna Berg.
    let own: Vec<String> = recipient.names().map(normalise).collect();
    let own: Vec<&str> = own.iter().flat_map(|n| words_of(n)).collect();
    let find_name = |name: &str, what: Name| find_name(doc, name, what, &own);
    let company = recipient.company();
    for role in recipient.roles().take(MAX_ROLES) {
        push(MentionKind::Role, role, find_topic(doc, role, 1).or_else(|| find_words(doc, role)));
    }
    if let Some(company) = company {
        push(MentionKind::Company, company, find_name(company, Name::Organisation));
    }
    if let Some(location) = recipient.location.as_deref() {
        push(MentionKind::Location, location, find_name(location, Name::Place));
    }
    if let Some(school) = recipient.school.as_deref() {
        push(MentionKind::Studied, school, find_name(school, Name::Organisation));
    }
    for topic in recipient.topics.iter().take(MAX_TOPICS) {
        push(MentionKind::Topic, topic, find_topic(doc, topic, 1).or_else(|| find_words(doc, topic)));
    }
    let mut mutual_at = None;
    for name in recipient.mutual_connections.iter().take(MAX_MUTUAL) {
        let at = find_name(name, Name::Person);
        mutual_at = mutual_at.or(at);
        push(MentionKind::Mutual, name, at);
    }
    if let Some(n) = recipient.mutual_count.filter(|&n| n > 0) {
        push(MentionKind::MutualCount, &n.to_string(), mutual_at);
    }
    for shared in &recipient.shared {
        let kind = match shared.kind {
            SharedKind::School => MentionKind::School,
            SharedKind::Employer => MentionKind::Employer,
            SharedKind::Event => MentionKind::Event,
            SharedKind::Group => MentionKind::Group,
        };
        push(kind, &shared.name, find_name(&shared.name, Name::Organisation));
    }
    for post in recipient.posts.iter().take(MAX_POSTS) {
        let post = first_words(post, 12);
        push(MentionKind::Post, &post, find_topic(doc, &post, 2));
    }
    out
}

/// The first `n` words of `text`, with an ellipsis when there were more.
fn first_words(text: &str, n: usize) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.len() <= n { words.join(" ") } else { format!("{} …", words[..n].join(" ")) }
}

#[derive(Clone, Copy, PartialEq)]
enum Name {
    Person,
    Organisation,
    Place,
}

/// The endings a name takes in a sentence: German genitive and plural-like forms
/// ("Contosos", "Bergs"), adjectives of places ("Berliner"), English possessives.
const ENDINGS: &[&str] = &["", "s", "'s", "'", "es", "n", "en", "er", "ern", "e", "ns"];

/// Whether `word` is `key` or `key` with one of [`ENDINGS`].
fn inflects(word: &str, key: &str) -> bool {
    word.strip_prefix(key).is_some_and(|rest| ENDINGS.contains(&rest))
}

/// The message's normalised words, with their byte ranges in `doc.norm`.
fn norm_words<'d>(doc: &'d Document<'_>) -> impl Iterator<Item = (usize, usize, &'d str)> + 'd {
    doc.norm_words.iter().map(|&(s, e)| (s as usize, e as usize, &doc.norm[s as usize..e as usize]))
}

/// The words of a normalised name, split where the message's words split: "mercedes-benz"
/// and "o'neill" are two words each, as they are in a message.
fn words_of(norm: &str) -> Vec<&str> {
    norm.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect()
}

/// Where the draft names `name`: all of it, its last word inflected; or, failing that, the
/// one word by which such a name is known on its own — a person's first or last name, the
/// first distinctive word of an organisation or a place (names lead with what sets them
/// apart: "Nordwind Logistik GmbH", "Stanford University"), unless it is one of `own`,
/// the recipient's own name.
fn find_name(doc: &Document<'_>, name: &str, what: Name, own: &[&str]) -> Option<Span> {
    let norm = normalise(name);
    let parts = words_of(&norm);
    let (&last, rest) = parts.split_last()?;
    let words: Vec<(usize, usize, &str)> = norm_words(doc).collect();
    // The whole name, word by word.
    for i in 0..words.len().saturating_sub(rest.len()) {
        let run = &words[i..=i + rest.len()];
        if run[..rest.len()].iter().zip(rest).all(|(w, p)| w.2 == *p) && inflects(run[rest.len()].2, last) {
            return Some(doc.span_from_norm(run[0].0, run[rest.len()].1));
        }
    }
    let alone: Vec<&str> = match what {
        Name::Person => [parts.first(), parts.last()].into_iter().flatten().copied().filter(|w| w.len() >= 3).collect(),
        Name::Organisation | Name::Place => {
            let known_by = |w: &&str| w.chars().count() >= 4 && !names::is_generic(w) && !names::is_function_word(w);
            parts.iter().copied().find(known_by).into_iter().collect()
        }
    };
    let alone: Vec<&str> = alone.into_iter().filter(|w| !own.contains(w)).collect();
    if parts.len() == 1 && what != Name::Person {
        return None; // the whole name was that word
    }
    words.iter().find(|(_, _, w)| alone.iter().any(|k| inflects(w, k))).map(|&(s, e, _)| doc.span_from_norm(s, e))
}

/// Where the draft uses a topic word of `text` (a post, a role) in any form sharing its
/// stem: a word of five letters or more that is neither a function word nor generic. A
/// post, which has many, counts as mentioned by two of its topics ("your post on robot
/// fleets"), since one word in common ("hiring", "share") is often chance; a role by one.
fn find_topic(doc: &Document<'_>, text: &str, needed: usize) -> Option<Span> {
    let norm = normalise(text);
    let stems: Vec<&str> = words_of(&norm)
        .into_iter()
        .filter(|w| w.chars().count() >= 5 && !names::is_function_word(w) && !names::is_generic(w))
        .map(|w| {
            // "reviews" → "revie", "robotics" → "robot": long enough to mean the word,
            // short enough to meet its other forms ("reviewing", "Robotik").
            let mut end = (w.len() - 3).max(5).min(w.len());
            while !w.is_char_boundary(end) {
                end += 1;
            }
            &w[..end]
        })
        .fold(Vec::new(), |mut all, stem| {
            // A few words: a list, where sorting would add its code to the module.
            if !all.contains(&stem) {
                all.push(stem);
            }
            all
        });
    let mut first = None;
    let mut met = Vec::new();
    for (s, e, w) in norm_words(doc) {
        if names::is_function_word(w) {
            continue;
        }
        for stem in stems.iter().filter(|stem| w.starts_with(**stem)) {
            first.get_or_insert((s, e));
            if !met.contains(stem) {
                met.push(*stem);
            }
        }
    }
    (met.len() >= needed.min(stems.len()).max(1)).then_some(first).flatten().map(|(s, e)| doc.span_from_norm(s, e))
}

/// The whole of `text`, its words in a row: a role of job words only ("Co-founder", "VP
/// Engineering") is named by saying it, where one of its words alone means nothing.
fn find_words(doc: &Document<'_>, text: &str) -> Option<Span> {
    let norm = normalise(text);
    let wanted = words_of(&norm);
    let words: Vec<(usize, usize, &str)> = norm_words(doc).collect();
    if wanted.is_empty() || words.len() < wanted.len() {
        return None;
    }
    words.windows(wanted.len()).find(|w| w.iter().zip(&wanted).all(|(a, b)| inflects(a.2, b))).map(|w| {
        let (start, end) = (w[0].0, w[w.len() - 1].1);
        doc.span_from_norm(start, end)
    })
}

/// A sentence that mentions the thing, to show or copy.
fn example(kind: MentionKind, text: &str, lang: Lang, du: bool) -> String {
    use MentionKind::*;
    match lang {
        Lang::En => match kind {
            Role => format!("As {text}, you probably know this question well: …"),
            Company => format!("I saw what your team at {text} is working on, and …"),
            Location => format!("Since you are in {text} too, …"),
            Studied => format!("I saw you studied at {text}, and …"),
            Topic => format!("I follow what you write about {text}, and …"),
            Mutual => format!("{text} suggested I get in touch with you."),
            MutualCount => format!("We have {text} contacts in common, so …"),
            School => format!("I saw that we both studied at {text}."),
            Employer => format!("I saw that we both worked at {text}."),
            Event => format!("I saw that we were both at {text}."),
            Group => format!("We are both in {text}, and …"),
            Post => format!("I read your post “{text}” and …"),
        },
        Lang::De => {
            // Only the sentences that speak to the reader differ between Sie and du.
            let you = |sie: String, informal: String| if du { informal } else { sie };
            match kind {
                Role => you(
                    format!("Als {text} kennen Sie diese Frage sicher gut: …"),
                    format!("Als {text} kennst du diese Frage sicher gut: …"),
                ),
                Company => you(
                    format!("Ich habe gesehen, woran Ihr Team bei {text} gerade arbeitet, und …"),
                    format!("Ich habe gesehen, woran dein Team bei {text} gerade arbeitet, und …"),
                ),
                Location => you(format!("Da Sie auch in {text} sind, …"), format!("Da du auch in {text} bist, …")),
                Studied => you(
                    format!("Ich habe gesehen, dass Sie an der {text} studiert haben, und …"),
                    format!("Ich habe gesehen, dass du an der {text} studiert hast, und …"),
                ),
                Topic => you(
                    format!("Ich verfolge, was Sie über {text} schreiben, und …"),
                    format!("Ich verfolge, was du über {text} schreibst, und …"),
                ),
                Mutual => you(
                    format!("{text} hat mir empfohlen, mich bei Ihnen zu melden."),
                    format!("{text} hat mir empfohlen, mich bei dir zu melden."),
                ),
                MutualCount => format!("Wir haben {text} gemeinsame Kontakte, daher …"),
                School => format!("Ich habe gesehen, dass wir beide an der {text} studiert haben."),
                Employer => format!("Ich habe gesehen, dass wir beide bei {text} gearbeitet haben."),
                Event => format!("Ich habe gesehen, dass wir beide bei {text} waren."),
                Group => format!("Wir sind beide in der Gruppe {text}, und …"),
                Post => you(
                    format!("Ich habe Ihren Beitrag „{text}“ gelesen und …"),
                    format!("Ich habe deinen Beitrag „{text}“ gelesen und …"),
                ),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::context::Shared;

    fn found(text: &str, name: &str, what: Name) -> Option<String> {
        let doc = Document::new(text);
        find_name(&doc, name, what, &["anna", "schmidt"]).map(|s| s.text(text).to_owned())
    }

    #[test]
    fn names_are_found_inflected() {
        assert_eq!(found("Ich kenne Contosos Team gut.", "Contoso", Name::Organisation).as_deref(), Some("Contosos"));
        assert_eq!(found("I like Contoso’s take on it.", "Contoso", Name::Organisation).as_deref(), Some("Contoso"));
        assert_eq!(
            found("Bei Jonas Bergs Vortrag war ich auch.", "Jonas Berg", Name::Person).as_deref(),
            Some("Jonas Bergs")
        );
        assert_eq!(found("Die Berliner Szene ist klein.", "Berlin", Name::Place).as_deref(), Some("Berliner"));
        // A person by first or last name, an organisation by its distinctive word.
        assert_eq!(found("Jonas meinte, ich solle mich melden.", "Jonas Berg", Name::Person).as_deref(), Some("Jonas"));
        assert_eq!(
            found("Wie läuft es bei Nordwind?", "Nordwind Logistik GmbH", Name::Organisation).as_deref(),
            Some("Nordwind")
        );
        assert_eq!(
            found("Ich war an der TU München.", "Technische Universität München", Name::Organisation).as_deref(),
            Some("München")
        );
    }

    #[test]
    fn other_words_are_not_names() {
        assert_eq!(found("I visited the contour lines.", "Contoso", Name::Organisation), None);
        assert_eq!(found("Our logistics team is new.", "Nordwind Logistik GmbH", Name::Organisation), None);
        assert_eq!(found("The university was large.", "Stanford University", Name::Organisation), None);
        assert_eq!(found("Jo said hi.", "Jo Li", Name::Person), None);
        // The recipient's own name is theirs, not the contact's or the company's.
        assert_eq!(found("Hi Anna, how are you?", "Anna Berg", Name::Person), None);
        assert_eq!(found("Dear Ms Schmidt, how are you?", "Schmidt Consulting", Name::Organisation), None);
    }

    #[test]
    fn topics_are_found_by_stem() {
        let post = "Why pair reviews beat solo reviews for robot fleets";
        let doc = Document::new("I liked your take on reviewing code for robots.");
        assert_eq!(find_topic(&doc, post, 2).map(|s| s.text(doc.text)), Some("reviewing"));
        // One topic in common is chance for a post; enough for a role.
        let doc = Document::new("I liked your take on reviewing code in pairs.");
        assert_eq!(find_topic(&doc, post, 2), None);
        let doc = Document::new("Wie sieht die Robotik bei euch aus?");
        assert_eq!(find_topic(&doc, "Head of Robotics", 1).map(|s| s.text(doc.text)), Some("Robotik"));
        let doc = Document::new("I help engineering teams hire faster.");
        assert_eq!(find_topic(&doc, "VP Engineering", 1), None, "a job word is no topic");
        let doc = Document::new("Could we talk about hiring next week?");
        assert_eq!(find_topic(&doc, post, 2), None);
    }

    #[test]
    fn every_fact_of_the_page_is_a_thing_to_mention() {
        let recipient = Recipient {
            full_name: Some("Anna Schmidt".into()),
            headline: Some("Head of Robotics at Contoso".into()),
            location: Some("Berlin".into()),
            mutual_connections: vec!["Jonas Berg".into()],
            mutual_count: Some(12),
            shared: vec![Shared { kind: SharedKind::School, name: "TU München".into() }],
            posts: vec!["Why pair reviews beat solo reviews".into()],
            ..Recipient::default()
        };
        let text = "Hi Anna, Jonas Berg said you know pair reviews of robot code at Contoso best. Could we talk?";
        let doc = Document::new(text);
        let things = things(&doc, Lang::En, &recipient, false);
        let seen: Vec<(MentionKind, &str, Option<&str>)> =
            things.iter().map(|t| (t.kind, t.text.as_str(), t.at.map(|s| s.text(text)))).collect();
        assert_eq!(
            seen,
            [
                (MentionKind::Role, "Head of Robotics", Some("robot")),
                (MentionKind::Company, "Contoso", Some("Contoso")),
                (MentionKind::Location, "Berlin", None),
                (MentionKind::Mutual, "Jonas Berg", Some("Jonas Berg")),
                (MentionKind::MutualCount, "12", Some("Jonas Berg")),
                (MentionKind::School, "TU München", None),
                (MentionKind::Post, "Why pair reviews beat solo reviews", Some("reviews")),
            ]
        );
        assert_eq!(things[5].example, "I saw that we both studied at TU München.");
        let de = super::things(&Document::new("Hallo Anna, wie geht es dir?"), Lang::De, &recipient, true);
        assert_eq!(de[3].example, "Jonas Berg hat mir empfohlen, mich bei dir zu melden.");
    }

    #[test]
    fn a_headline_of_several_parts_offers_each_role_and_the_company_after_a_dash() {
        let recipient = |headline: &str| Recipient { headline: Some(headline.into()), ..Recipient::default() };
        let of = |headline: &str, text: &str| -> Vec<(MentionKind, String, bool)> {
            things(&Document::new(text), Lang::En, &recipient(headline), false)
                .into_iter()
                .map(|t| (t.kind, t.text, t.at.is_some()))
                .collect()
        };
        assert_eq!(
            of(
                "Technology Leader | Fractional CTO | Speaker",
                "Hi Tom, how do you split your week as a fractional CTO?"
            ),
            [
                (MentionKind::Role, "Technology Leader".into(), false),
                (MentionKind::Role, "Fractional CTO".into(), true)
            ]
        );
        assert_eq!(
            of("Key Account Manager – Nordlicht QA", "Hi Tom, how does Nordlicht QA pick its accounts?"),
            [
                (MentionKind::Role, "Key Account Manager".into(), true),
                (MentionKind::Company, "Nordlicht QA".into(), true)
            ]
        );
        assert_eq!(
            of("Co-founder at Acme", "As a fellow co-founder, I wondered how you hired.")[0],
            (MentionKind::Role, "Co-founder".into(), true)
        );
        assert_eq!(recipient("Engineer – building robots").company(), None, "a dash before a phrase names no company");
        assert_eq!(recipient("Software Engineer – Machine Learning").company(), None, "nor before a field of work");
        assert_eq!(recipient("Berater – Nordwind Logistik GmbH").company(), Some("Nordwind Logistik GmbH"));
    }
}
