//! Phrase matching in one pass over the words. A phrase can only start where a word
//! starts, so every phrase is filed under its head — the first few letters of its first
//! word — and each word of the message looks up its own head once: one hash probe per
//! word, then a byte comparison for the few phrases filed there.
//!
//! An Aho–Corasick automaton did the same work in one pass too, but compiling its ~10,000
//! states was most of the engine's start-up in WebAssembly (20–30 ms of a 30 ms budget),
//! and it matched slower than this index, which builds in a fraction of a millisecond.

use crate::hash::{Sketch, WordMap};
use crate::lang::{Lang, List};
use crate::span::Span;
use crate::text::{Document, normalise, word_char_at, word_char_before};
use std::borrow::Cow;
use std::sync::OnceLock;

/// What a phrase is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    List(List),
    /// A phrase the user asked to have flagged.
    Own,
}

struct Phrase {
    /// Normalised like the message.
    body: Cow<'static, str>,
    tag: Tag,
    /// The phrase ended in `*`: the last word may continue.
    prefix: bool,
}

/// A compiled set of phrases.
pub struct PhraseSet {
    phrases: Vec<Phrase>,
    /// The phrases, by head.
    by_head: WordMap<Cow<'static, str>, Bucket>,
    /// The heads in `by_head`, for a quick "no" before the hash lookup.
    heads: Sketch,
    /// How many bytes of a word make its head: at most 8, and no more than the shortest
    /// one-word prefix phrase ("minute*"), whose matches ("minutes") start with it but go
    /// on past it.
    head_len: usize,
    /// Some phrase starts with a symbol rather than a letter or digit (only the user's
    /// own can), so symbols must be looked up too.
    symbols: bool,
}

/// The phrases that start with one head (as indices into [`PhraseSet::phrases`]): a dozen
/// or more for "i", "ich" or "your", so those that go on with a second word are filed
/// again under its head, and a word only compares the phrases its next word can start.
#[derive(Default)]
struct Bucket {
    /// One-word phrases, and those whose first word is not followed by a space and a word.
    here: Vec<u32>,
    /// The rest, by the head of their second word.
    next: WordMap<Cow<'static, str>, Vec<u32>>,
}

/// The first `len` bytes of `word`, carried on to the end of the character they stop in:
/// never empty for a word, and the same for every word that starts with the same `len`
/// bytes.
fn head(word: &str, len: usize) -> &str {
    let mut end = len.min(word.len());
    while !word.is_char_boundary(end) {
        end += 1;
    }
    &word[..end]
}

/// A phrase without its trailing `*`, and whether it had one.
fn split_prefix(phrase: &str) -> (&str, bool) {
    match phrase.strip_suffix('*') {
        Some(body) => (body, true),
        None => (phrase, false),
    }
}

/// The word after the one ending at `end`, when one space stands between them.
fn second_word(s: &str, end: usize) -> Option<&str> {
    let rest = s[end..].strip_prefix(' ')?;
    let len = word_end(rest, 0);
    (len > 0).then(|| &rest[..len])
}

/// Where the run of letters and digits starting at `at` ends.
#[inline]
fn word_end(s: &str, at: usize) -> usize {
    let bytes = s.as_bytes();
    let mut i = at;
    while i < bytes.len() && crate::text::is_ascii_alnum(bytes[i]) {
        i += 1;
    }
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            if !bytes[i].is_ascii_alphanumeric() {
                break;
            }
            i += 1;
        } else {
            match s[i..].chars().next() {
                Some(c) if c.is_alphanumeric() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// Matches found in one message, by list.
#[derive(Debug, Clone)]
pub struct Hits {
    lists: Vec<Vec<Span>>,
    pub own: Vec<Span>,
}

impl Default for Hits {
    fn default() -> Self {
        Hits::new()
    }
}

impl Hits {
    pub fn new() -> Self {
        Hits { lists: vec![Vec::new(); List::COUNT], own: Vec::new() }
    }

    pub fn of(&self, list: List) -> &[Span] {
        &self.lists[list as usize]
    }

    pub fn any(&self, list: List) -> bool {
        !self.lists[list as usize].is_empty()
    }

    fn push(&mut self, tag: Tag, span: Span) {
        match tag {
            Tag::List(l) => self.lists[l as usize].push(span),
            Tag::Own => self.own.push(span),
        }
    }

    /// Sorts each list and drops matches that lie inside a longer match of the same list,
    /// so "i hope this message finds you well" is one finding, not three.
    fn tidy(&mut self) {
        for v in self.lists.iter_mut().chain(std::iter::once(&mut self.own)) {
            if v.len() < 2 {
                continue;
            }
            v.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
            let mut kept: Vec<Span> = Vec::with_capacity(v.len());
            for s in v.drain(..) {
                if kept.last().is_none_or(|k| !k.contains(s)) {
                    kept.push(s);
                }
            }
            *v = kept;
        }
    }
}

impl PhraseSet {
    pub fn new<'p>(phrases: impl IntoIterator<Item = (Tag, &'p str)>) -> Self {
        PhraseSet::index(phrases.into_iter().map(|(tag, phrase)| {
            let (body, prefix) = split_prefix(phrase);
            Phrase { body: Cow::Owned(normalise(body)), tag, prefix }
        }))
    }

    /// The built-in lists of both languages. Messages mix languages ("Hi Anna, kurze
    /// Frage…") and detection can be wrong on a five-word note, so both always apply.
    pub fn builtin() -> &'static PhraseSet {
        static SET: OnceLock<PhraseSet> = OnceLock::new();
        SET.get_or_init(|| {
            let all = Lang::ALL.iter().flat_map(|l| {
                l.data().phrases.iter().flat_map(|(list, ps)| ps.iter().map(move |p| (Tag::List(*list), *p)))
            });
            PhraseSet::index(all.map(|(tag, phrase)| {
                let (body, prefix) = split_prefix(phrase);
                // Lists are written lower-case and trimmed, so an ASCII phrase is already
                // normalised (a test holds them to it) and is used as it stands: start-up
                // in WebAssembly is spent on allocations like these.
                let body = if body.is_ascii() { Cow::Borrowed(body) } else { Cow::Owned(normalise(body)) };
                Phrase { body, tag, prefix }
            }))
        })
    }

    fn index(phrases: impl Iterator<Item = Phrase>) -> Self {
        let list: Vec<Phrase> = phrases.filter(|p| !p.body.is_empty()).collect();
        let head_len = list
            .iter()
            .filter(|p| p.prefix && word_end(&p.body, 0) == p.body.len())
            .map(|p| p.body.len())
            .fold(8, usize::min);
        let mut by_head: WordMap<Cow<'static, str>, Bucket> = WordMap::default();
        let mut symbols = false;
        let mut heads = Sketch::default();
        for (i, p) in list.iter().enumerate() {
            let body = &*p.body;
            // The head and the second word's head, as byte ranges of the body.
            let (key, second) = match word_end(body, 0) {
                // "#opentowork", "€€€": filed under their first character.
                0 => {
                    symbols = true;
                    (0..body.chars().next().map_or(1, char::len_utf8), None)
                }
                first => {
                    // "best regard*": the second word is where the phrase may continue, so
                    // "regards" in a message has a longer head than "regard"; such phrases
                    // stay with the first word's.
                    let second = second_word(body, first)
                        .filter(|w| !(p.prefix && first + 1 + w.len() == body.len()))
                        .map(|w| first + 1..first + 1 + head(w, head_len).len());
                    (0..head(&body[..first], head_len).len(), second)
                }
            };
            heads.insert(body[key.clone()].as_bytes());
            // Keys borrow from a static phrase when they can.
            let slice = |r: std::ops::Range<usize>| -> Cow<'static, str> {
                match &p.body {
                    Cow::Borrowed(b) => Cow::Borrowed(&b[r]),
                    Cow::Owned(o) => Cow::Owned(o[r].to_owned()),
                }
            };
            let bucket = match by_head.get_mut(&body[key.clone()]) {
                Some(b) => b,
                None => by_head.entry(slice(key)).or_default(),
            };
            match second {
                Some(second) => match bucket.next.get_mut(&body[second.clone()]) {
                    Some(v) => v.push(i as u32),
                    None => bucket.next.entry(slice(second)).or_default().push(i as u32),
                },
                None => bucket.here.push(i as u32),
            }
        }
        PhraseSet { phrases: list, by_head, heads, head_len, symbols }
    }

    /// Adds this set's matches in `doc` to `hits`.
    pub fn find(&self, doc: &Document<'_>, hits: &mut Hits) {
        if self.phrases.is_empty() {
            return;
        }
        let norm = doc.norm.as_str();
        let mut at = 0;
        let bytes = norm.as_bytes();
        while at < bytes.len() {
            // Spaces and ASCII punctuation, most of what lies between words.
            if bytes[at] < 0x80 && !crate::text::is_ascii_alnum(bytes[at]) && !self.symbols {
                at += 1;
                continue;
            }
            let end = word_end(norm, at);
            if end > at {
                self.match_at(doc, at, end, head(&norm[at..end], self.head_len), hits);
                at = end;
                continue;
            }
            // Not a letter or digit: step over this one character.
            let next = at + norm[at..].chars().next().map_or(1, char::len_utf8);
            if self.symbols && !word_char_before(norm, at) {
                self.match_at(doc, at, next, &norm[at..next], hits);
            }
            at = next;
        }
    }

    /// Adds the phrases filed under `key` that occur at `at`, where a word (or, for
    /// `key` a symbol, a symbol) ending at `end` starts.
    fn match_at(&self, doc: &Document<'_>, at: usize, end: usize, key: &str, hits: &mut Hits) {
        let k = key.as_bytes();
        if !self.heads.may_hold(k.len(), k[0], k[k.len() - 1]) {
            return;
        }
        let Some(bucket) = self.by_head.get(key) else { return };
        self.match_each(doc, at, &bucket.here, hits);
        if !bucket.next.is_empty()
            && let Some(second) = second_word(&doc.norm, end)
            && let Some(found) = bucket.next.get(head(second, self.head_len))
        {
            self.match_each(doc, at, found, hits);
        }
    }

    fn match_each(&self, doc: &Document<'_>, at: usize, found: &[u32], hits: &mut Hits) {
        let norm = doc.norm.as_str();
        for &i in found {
            let p = &self.phrases[i as usize];
            if !norm[at..].starts_with(&*p.body) {
                continue;
            }
            let mut end = at + p.body.len();
            if p.prefix {
                // Extend over the rest of the word so the span covers all of it.
                end = word_end(norm, end);
            } else if word_char_at(norm, end) {
                continue;
            }
            hits.push(p.tag, doc.span_from_norm(at, end));
        }
    }
}

/// Runs the built-in lists and, when given, the user's own phrases over `doc`.
pub fn match_all(doc: &Document<'_>, own: Option<&PhraseSet>) -> Hits {
    let mut hits = Hits::new();
    PhraseSet::builtin().find(doc, &mut hits);
    if let Some(own) = own {
        own.find(doc, &mut hits);
    }
    hits.tidy();
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, list: List) -> Vec<String> {
        let doc = Document::new(text);
        let hits = match_all(&doc, None);
        hits.of(list).iter().map(|s| s.text(text).to_string()).collect()
    }

    #[test]
    fn whole_words_only() {
        assert_eq!(texts("Let’s connect!", List::VagueAsk), ["Let’s connect"]);
        assert!(texts("Let’s connectivity", List::VagueAsk).is_empty());
        assert!(texts("I guaranteed nothing", List::Hype).contains(&"guaranteed".to_string()));
    }

    #[test]
    fn prefix_phrases_cover_the_whole_word() {
        assert_eq!(texts("Das ist garantiert gut", List::Hype), ["garantiert"]);
    }

    #[test]
    fn longer_match_swallows_the_nested_one() {
        let t = "Ich bin auf Ihr Profil gestoßen und wollte fragen.";
        assert_eq!(texts(t, List::StockPhrase), ["Ich bin auf Ihr Profil gestoßen"]);
    }

    #[test]
    fn own_phrases_are_tagged_own() {
        let set = PhraseSet::new([(Tag::Own, "Synergie*")]);
        let doc = Document::new("Viele Synergieeffekte!");
        let hits = match_all(&doc, Some(&set));
        assert_eq!(hits.own.len(), 1);
        assert_eq!(hits.own[0].text(doc.text), "Synergieeffekte");
    }

    #[test]
    fn short_prefix_phrases_and_symbols_match_too() {
        let set = PhraseSet::new([(Tag::Own, "ab*"), (Tag::Own, "#opentowork"), (Tag::Own, "€€€")]);
        let doc = Document::new("Abgemacht! Ich bin #OpenToWork, €€€ garantiert, x#opentowork nicht.");
        let hits = match_all(&doc, Some(&set));
        let found: Vec<&str> = hits.own.iter().map(|s| s.text(doc.text)).collect();
        assert_eq!(found, ["Abgemacht", "#OpenToWork", "€€€"]);
        // A head shorter than a word's first character: 日 is three bytes.
        let doc = Document::new("Hallo 日本, abc");
        assert_eq!(match_all(&doc, Some(&set)).own.len(), 1);
    }

    #[test]
    fn a_prefix_second_word_may_continue() {
        let set = PhraseSet::new([(Tag::Own, "best regard*"), (Tag::Own, "Kind regards from")]);
        let doc = Document::new("Best regards, Ben. Kind regards from Köln.");
        let hits = match_all(&doc, Some(&set));
        let found: Vec<&str> = hits.own.iter().map(|s| s.text(doc.text)).collect();
        assert_eq!(found, ["Best regards", "Kind regards from"]);
    }
}
