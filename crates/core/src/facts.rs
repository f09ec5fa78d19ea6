//! What several rules need to know about a message, derived once per message from its
//! words and phrase matches: its asks, its greeting and whom it greets, who it talks
//! about, how it addresses the reader, what of theirs it names, how easily it reads.
//! Rules read these; none of them is a judgement yet.

use crate::hits::Hits;
use crate::lang::lexicon::{self, Class};
use crate::lang::{Lang, List};
use crate::readability;
use crate::span::Span;
use crate::text::Document;

/// Facts several rules need, derived once per message.
#[derive(Debug, Default)]
pub struct Facts {
    /// Sentences that ask for something: a real question or a call to action.
    pub asks: Vec<usize>,
    /// The greeting phrase at the start ("Hi", "Sehr geehrte").
    pub greeting: Option<Span>,
    /// The word the greeting addresses ("Anna" in "Hi Anna,"), if any.
    pub greeted: Option<Span>,
    /// Words by which the writer refers to themself.
    pub self_refs: Vec<Span>,
    /// Words that address the reader.
    pub you_refs: Vec<Span>,
    /// German: formal (Sie) and informal (du) address.
    pub formal: Vec<Span>,
    pub informal: Vec<Span>,
    /// "your talk", "Ihr ROSCon-Vortrag", "eurer Umstellung": something of the
    /// recipient's, named.
    pub references: Vec<Span>,
    /// Reading ease, when the message is long enough to measure.
    pub readability: Option<readability::Measure>,
}

impl Facts {
    pub fn new(doc: &Document<'_>, lang: Lang, classes: &[Class], hits: &Hits) -> Facts {
        let mut f = Facts::default();
        let small_talk = doc.sentences_holding(hits.of(List::SmallTalk));
        let cta = doc.sentences_holding(hits.of(List::CallToAction));
        for (i, s) in doc.sentences.iter().enumerate() {
            if cta[i] || (s.question && !small_talk[i]) {
                f.asks.push(i);
            }
        }

        for (w, class) in doc.words.iter().zip(classes) {
            let flags = lang.of(*class);
            // Most words are none of these.
            if flags & (lexicon::SELF | lexicon::YOU | lexicon::YOU_CAPITALISED | lexicon::INFORMAL) == 0 {
                continue;
            }
            if flags & lexicon::SELF != 0 {
                f.self_refs.push(w.span);
            }
            // German "Sie" and "Ihr" address the reader only when capitalised inside a
            // sentence; at its start they may as well be "they" or "her". "Ihnen"
            // capitalised is the reader wherever it stands.
            let sentence_start = doc.sentences.get(w.sentence).is_some_and(|s| s.span.start == w.span.start);
            let formal = w.capitalised
                && flags & lexicon::YOU_CAPITALISED != 0
                && (!sentence_start || doc.word_text(w).eq_ignore_ascii_case("ihnen"));
            if formal || flags & lexicon::YOU != 0 {
                f.you_refs.push(w.span);
            }
            if lang == Lang::De {
                if formal {
                    f.formal.push(w.span);
                } else if flags & lexicon::INFORMAL != 0 {
                    f.informal.push(w.span);
                }
            }
        }

        f.references = possessive_references(doc, lang, classes);
        f.readability = readability::measure(doc, lang);
        if let Some(opening) = doc.opening() {
            let early = doc.sentence_words(opening).get(2).map_or(opening.span.end, |w| w.span.start);
            f.greeting =
                hits.of(List::Greeting).iter().find(|g| opening.span.contains(**g) && g.start <= early).copied();
            let after = f.greeting.map_or(opening.span.start, |g| g.end);
            let candidates = opening.words.clone().filter(|&i| doc.words[i].span.start >= after);
            for i in candidates.take(3) {
                let (w, class) = (&doc.words[i], classes[i]);
                if class.iter().any(|f| f & lexicon::TITLE != 0) {
                    continue;
                }
                // "Guten Tag, Ihr Vortrag …": a pronoun after the greeting is no name.
                let pronoun = lexicon::SELF | lexicon::YOU | lexicon::YOU_CAPITALISED | lexicon::POSSESSIVE;
                let not_name = class.iter().any(|f| f & (lexicon::NOT_NAME | pronoun) != 0);
                // A lone capital ("Hi X,") stands in for a name; it is not one.
                let letters = doc.word_text(w).chars().filter(|c| c.is_alphabetic()).count();
                if f.greeting.is_some() && w.capitalised && !not_name && letters > 1 {
                    f.greeted = Some(w.span);
                }
                break;
            }
        }
        f
    }
}

/// A possessive that addresses the reader, followed within four words of the same
/// sentence by a word that is (or, for German compounds, ends in) a reference noun.
fn possessive_references(doc: &Document<'_>, lang: Lang, classes: &[Class]) -> Vec<Span> {
    let nouns = lang.data().reference_nouns;
    let mut found = Vec::new();
    for (i, (w, c)) in doc.words.iter().zip(classes).enumerate() {
        // German "ihr" is "her" or "their" unless capitalised.
        if lang.of(*c) & lexicon::POSSESSIVE == 0 || (lang == Lang::De && doc.word_text(w).starts_with('i')) {
            continue;
        }
        let next = doc.words[i + 1..].iter().take(4).take_while(|n| n.sentence == w.sentence);
        for n in next {
            let word = doc.word_text(n);
            if nouns.iter().any(|noun| lang.names_noun(word, noun)) {
                found.push(Span::new(w.span.start, n.span.end));
                break;
            }
        }
    }
    found
}

/// Where `name` (a recipient's name, a company) is mentioned as whole words, if anywhere.
/// Only called with the few names the page supplies.
pub fn find_mention(doc: &Document<'_>, name: &str) -> Option<Span> {
    let needle = crate::text::normalise(name);
    let hay = doc.norm.as_str();
    let first = *needle.as_bytes().first()?;
    let bytes = hay.as_bytes();
    let whole = |s: usize| {
        bytes[s] == first && hay[s..].starts_with(&needle) && !crate::text::word_char_at(hay, s + needle.len())
    };
    let found = if needle.starts_with(char::is_alphanumeric) {
        // A name that starts with a letter starts a word: only those are compared.
        doc.words_from([first]).find(|&s| whole(s))
    } else {
        // The first byte of a UTF-8 character never occurs inside another, so every
        // candidate starts on a character boundary.
        (0..bytes.len()).find(|&s| bytes[s] == first && !crate::text::word_char_before(hay, s) && whole(s))
    };
    found.map(|s| doc.span_from_norm(s, s + needle.len()))
}
