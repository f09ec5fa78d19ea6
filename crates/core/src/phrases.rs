//! Phrase matching in one pass over the words. A phrase can only start where a word
//! starts, so every phrase is filed under its head — the first few letters of its first
//! word — and each word of the message looks up its own head once: one probe per word,
//! then a byte comparison for the few phrases filed there.
//!
//! The built-in lists are indexed once, the first time an engine needs them, from the
//! lists in `lang/`. They were once written out as static data to spare that start-up
//! work, but the index's keys are hashes, which do not compress: the written-out index
//! weighed 15 KB of the WebAssembly module gzipped, more than the size budget could spare
//! (docs/performance.md). A user's own phrases are indexed the same way when their config
//! is loaded.

use crate::hash::Sketch;
use crate::hits::Hits;
use crate::lang::List;
use crate::span::Span;
use crate::text::{Document, alnum_end as word_end, normalise, word_char_at, word_char_before};

/// What a phrase is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    List(List),
    /// A phrase the user asked to have flagged.
    Own,
}

#[derive(Clone)]
struct Phrase {
    /// The key of its second word's head, or 0 when it is filed under its head alone (a
    /// one-word phrase, or one whose first word is not followed by a space and a word).
    second: u64,
    /// Normalised like the message.
    body: String,
    tag: Tag,
    /// The phrase ended in `*`: the last word may continue.
    prefix: bool,
}

/// The phrases of one head. A dozen or more share "i", "ich" or "your", so those with a
/// second word are sorted by its head, and a word only compares those its next word can
/// start.
#[derive(Clone)]
struct Slot {
    /// 0 for an empty slot.
    head: u64,
    /// The phrases filed under the head alone.
    alone: Vec<Phrase>,
    /// The others, sorted by [`Phrase::second`].
    paired: Vec<Phrase>,
    /// A bit for each of the phrases' second words, by the top six bits of its key: a
    /// next word whose bit is clear continues none of them, and most words' is.
    seconds: u64,
}

/// How many bytes of a word make its head in the built-in index: no shorter than the
/// shortest one-word prefix phrase of the lists ("free*"), which a test holds them to, so
/// that one short phrase cannot shorten every head.
const BUILT_IN_HEAD: usize = 4;

/// The bit of a second word's key in [`Slot::seconds`].
#[inline(always)]
fn second_bit(key: u64) -> u64 {
    1 << (key >> 58)
}

const EMPTY: Slot = Slot { head: 0, alone: Vec::new(), paired: Vec::new(), seconds: 0 };

/// A compiled set of phrases.
pub struct PhraseSet {
    /// Open addressing by head key; a power of two long, at most half full.
    slots: Vec<Slot>,
    /// The heads in `slots`, for a quick "no" before the hash lookup.
    heads: Sketch,
    /// How many bytes of a word make its head: at most 8, and no more than the shortest
    /// one-word prefix phrase ("minute*"), whose matches ("minutes") start with it but go
    /// on past it.
    head_len: usize,
    /// Some phrase starts with a symbol rather than a letter or digit (only the user's
    /// own can), so symbols must be looked up too.
    symbols: bool,
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

/// A word's head as the index looks it up: its length, first and last byte (for the
/// sketch) and its key.
#[derive(Clone, Copy)]
struct Head {
    len: usize,
    first: u8,
    last: u8,
    key: u64,
}

const K: u64 = 0x9E37_79B9_7F4A_7C15;

/// [`key`]'s first round: the head's length and its first 8 bytes, little-endian and
/// zero-padded.
#[inline(always)]
fn first_round(len: usize, word: u64) -> u64 {
    ((len as u64).wrapping_mul(K).rotate_left(26) ^ word).wrapping_mul(K)
}

/// [`key`] of a head of at most 8 bytes, given as a little-endian, zero-padded word.
#[inline(always)]
fn key_of_word(len: usize, word: u64) -> u64 {
    first_round(len, word) | 1
}

/// A head's key: a hash, never 0. Two heads may share one; matching compares the
/// phrase itself, so that only costs a comparison.
#[inline]
fn key(head: &[u8]) -> u64 {
    // Little-endian, zero-padded: a byte loop, where a copy into an array would call
    // memcpy in WebAssembly.
    let word = |chunk: &[u8]| chunk.iter().enumerate().fold(0u64, |w, (i, &b)| w | u64::from(b) << (8 * i));
    let (first, rest) = head.split_at(head.len().min(8));
    let mut h = first_round(head.len(), word(first));
    // Only a head that ends inside a character is longer.
    for chunk in rest.chunks(8) {
        h = (h.rotate_left(26) ^ word(chunk)).wrapping_mul(K);
    }
    h | 1
}

/// A phrase without its trailing `*`, and whether it had one.
fn split_prefix(phrase: &str) -> (&str, bool) {
    match phrase.strip_suffix('*') {
        Some(body) => (body, true),
        None => (phrase, false),
    }
}

fn push(hits: &mut Hits, tag: Tag, span: Span) {
    match tag {
        Tag::List(l) => hits.add(l, span),
        Tag::Own => hits.own.push(span),
    }
}

/// The word after the one ending at `end`, when one space stands between them.
fn second_word(s: &str, end: usize) -> Option<&str> {
    let rest = s[end..].strip_prefix(' ')?;
    let len = word_end(rest, 0);
    (len > 0).then(|| &rest[..len])
}

impl PhraseSet {
    pub fn new<'p>(phrases: impl IntoIterator<Item = (Tag, &'p str)>) -> Self {
        PhraseSet::index(phrases.into_iter(), false)
    }

    /// The built-in lists of both languages. Messages mix languages ("Hi Anna, kurze
    /// Frage…") and detection can be wrong on a five-word note, so both always apply.
    pub fn builtin() -> &'static PhraseSet {
        static BUILT: std::sync::OnceLock<PhraseSet> = std::sync::OnceLock::new();
        BUILT.get_or_init(PhraseSet::index_builtin)
    }

    /// The built-in lists of both languages, indexed.
    fn index_builtin() -> PhraseSet {
        let all = crate::lang::Lang::ALL.iter().flat_map(|l| {
            l.data().phrases.iter().flat_map(|(list, ps)| ps.iter().map(move |p| (Tag::List(*list), *p)))
        });
        PhraseSet::index(all, true)
    }

    /// Indexes `phrases`. `built_in`: an ASCII phrase is already in normal form (the
    /// built-in lists are written lower-case and trimmed, and a test holds them to it), and
    /// heads are [`BUILT_IN_HEAD`] bytes long.
    fn index<'p>(phrases: impl Iterator<Item = (Tag, &'p str)>, built_in: bool) -> Self {
        let mut list: Vec<(u64, Phrase)> = Vec::new();
        for (tag, phrase) in phrases {
            let (body, prefix) = split_prefix(phrase);
            let body = if built_in && body.is_ascii() { body.to_owned() } else { normalise(body) };
            if !body.is_empty() {
                list.push((0, Phrase { second: 0, body, tag, prefix }));
            }
        }
        let head_len = list
            .iter()
            .filter(|(_, p)| p.prefix && word_end(&p.body, 0) == p.body.len())
            .map(|(_, p)| p.body.len())
            .fold(if built_in { BUILT_IN_HEAD } else { 8 }, usize::min);
        let mut symbols = false;
        let mut heads = Sketch::default();
        for (key_of_head, p) in &mut list {
            let body = &*p.body;
            let first = word_end(body, 0);
            let head = if first == 0 {
                // "#opentowork", "€€€": filed under their first character.
                symbols = true;
                &body[..body.chars().next().map_or(1, char::len_utf8)]
            } else {
                // "best regard*": the second word is where the phrase may continue, so
                // "regards" in a message has a longer head than "regard"; such phrases
                // stay with the first word's.
                let second = second_word(body, first).filter(|w| !(p.prefix && first + 1 + w.len() == body.len()));
                p.second = second.map_or(0, |w| key(head(w, head_len).as_bytes()));
                head(&body[..first], head_len)
            };
            *key_of_head = key(head.as_bytes());
            heads.insert(head.as_bytes());
        }
        // Stable: phrases of one head and second word stay in the order of their lists.
        list.sort_by_key(|(head, p)| (*head, p.second));

        let runs = list.chunk_by(|a, b| a.0 == b.0);
        // None for no phrases, which `find` tells by it.
        let len = if list.is_empty() { 0 } else { (runs.clone().count() * 2).next_power_of_two() };
        let mut slots = vec![EMPTY; len];
        let mask = slots.len().saturating_sub(1);
        for run in runs {
            let head = run[0].0;
            let alone = run.iter().take_while(|(_, p)| p.second == 0).count();
            let mut i = slot_of(head, mask);
            while slots[i].head != 0 {
                i = (i + 1) & mask;
            }
            let phrases = |run: &[(u64, Phrase)]| run.iter().map(|(_, p)| p.clone()).collect();
            slots[i] = Slot {
                head,
                alone: phrases(&run[..alone]),
                paired: phrases(&run[alone..]),
                seconds: run[alone..].iter().fold(0, |bits, (_, p)| bits | second_bit(p.second)),
            };
        }
        PhraseSet { slots, heads, head_len, symbols }
    }

    fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }

    fn slot(&self, head: u64) -> Option<&Slot> {
        let mask = self.slots.len() - 1;
        let mut i = slot_of(head, mask);
        loop {
            let s = &self.slots[i];
            if s.head == head {
                return Some(s);
            }
            if s.head == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Adds this set's matches in `doc` to `hits`.
    pub fn find(&self, doc: &Document<'_>, hits: &mut Hits) {
        if self.is_empty() {
            return;
        }
        let norm = doc.norm.as_str();
        let words = &doc.norm_words;
        // Each word's head is read once: as a head, then as the word after the one before.
        let mut this = words.first().map(|&(at, end)| self.head_of(norm, at as usize, end as usize));
        for (k, &(at, end)) in words.iter().enumerate() {
            let (at, end) = (at as usize, end as usize);
            let next = words.get(k + 1).map(|&(s, e)| (s as usize, self.head_of(norm, s as usize, e as usize)));
            let head = std::mem::replace(&mut this, next.map(|(_, h)| h));
            let Some(Head { len, first, last, key }) = head else { break };
            if !self.heads.may_hold(len, first, last) {
                continue;
            }
            let Some(slot) = self.slot(key) else { continue };
            // The next word, when one space stands between: the next run of the document's.
            let second = next.filter(|&(s, _)| s == end + 1 && norm.as_bytes()[end] == b' ').map(|(_, h)| h.key);
            self.match_slot(doc, at, slot, second, hits);
        }
        if self.symbols {
            // A symbol not stuck to a word: "#opentowork", but not the one in "x#y".
            let bytes = norm.as_bytes();
            let mut at = 0;
            while at < bytes.len() {
                let len = norm[at..].chars().next().map_or(1, char::len_utf8);
                let symbol = !norm[at..].starts_with(|c: char| c.is_alphanumeric() || c == ' ');
                if symbol && !word_char_before(norm, at) {
                    self.match_at(doc, at, at + len, &norm[at..at + len], hits);
                }
                at += len;
            }
        }
    }

    /// Adds the phrases filed under `head` that occur at `at`, where a symbol ending at
    /// `end` starts.
    fn match_at(&self, doc: &Document<'_>, at: usize, end: usize, head_text: &str, hits: &mut Hits) {
        let h = head_text.as_bytes();
        if !self.heads.may_hold(h.len(), h[0], h[h.len() - 1]) {
            return;
        }
        if let Some(slot) = self.slot(key(h)) {
            let second = second_word(&doc.norm, end).map(|w| key(head(w, self.head_len).as_bytes()));
            self.match_slot(doc, at, slot, second, hits);
        }
    }

    /// The head of the word `norm[at..end]`. A head of ASCII is read in one load where it
    /// can be, and its key made in one round: [`key`]'s first, for heads of up to 8 bytes.
    #[inline]
    fn head_of(&self, norm: &str, at: usize, end: usize) -> Head {
        let bytes = norm.as_bytes();
        let len = (end - at).min(self.head_len);
        if let Some(chunk) = bytes.get(at..at + 8) {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            let word = word & (u64::MAX >> (64 - 8 * len));
            if word & 0x8080_8080_8080_8080 == 0 {
                let (first, last) = (word as u8, (word >> (8 * (len - 1))) as u8);
                return Head { len, first, last, key: key_of_word(len, word) };
            }
        }
        let h = head(&norm[at..end], self.head_len).as_bytes();
        Head { len: h.len(), first: h[0], last: h[h.len() - 1], key: key(h) }
    }

    /// Adds the phrases of `slot` that occur at `at`, where a word starts whose next word
    /// (after one space) has the head key `second`.
    fn match_slot(&self, doc: &Document<'_>, at: usize, slot: &Slot, second: Option<u64>, hits: &mut Hits) {
        self.match_each(doc, at, &slot.alone, hits);
        if let Some(k) = second
            && slot.seconds & second_bit(k) != 0
        {
            let run = &*slot.paired;
            let from = run.partition_point(|p| p.second < k);
            let to = from + run[from..].iter().take_while(|p| p.second == k).count();
            self.match_each(doc, at, &run[from..to], hits);
        }
    }

    fn match_each(&self, doc: &Document<'_>, at: usize, found: &[Phrase], hits: &mut Hits) {
        let norm = doc.norm.as_str();
        for p in found {
            let body = &*p.body;
            if !starts_with(&norm.as_bytes()[at..], body.as_bytes()) {
                continue;
            }
            let mut end = at + body.len();
            if p.prefix {
                // Extend over the rest of the word so the span covers all of it.
                end = word_end(norm, end);
            } else if word_char_at(norm, end) {
                continue;
            }
            push(hits, p.tag, doc.span_from_norm(at, end));
        }
    }
}

/// `hay.starts_with(needle)`, eight bytes at a time. Phrases are short, and in WebAssembly
/// the slice comparison is a call to a byte-by-byte `memcmp`.
#[inline]
fn starts_with(hay: &[u8], needle: &[u8]) -> bool {
    let Some(hay) = hay.get(..needle.len()) else { return false };
    let (mut a, mut b) = (hay.chunks_exact(8), needle.chunks_exact(8));
    let word = |c: &[u8]| u64::from_le_bytes(c.try_into().unwrap_or_default());
    a.by_ref().zip(b.by_ref()).all(|(x, y)| word(x) == word(y))
        && a.remainder().iter().zip(b.remainder()).all(|(x, y)| x == y)
}

/// Where a head's probe starts: the key's top bits, which its multiply mixed best.
#[inline]
fn slot_of(head: u64, mask: usize) -> usize {
    (head >> 40) as usize & mask
}

/// Runs the built-in lists and, when given, the user's own phrases over `doc`.
pub fn match_all(doc: &Document<'_>, lang: crate::lang::Lang, own: Option<&PhraseSet>) -> Hits {
    let mut hits = Hits::new();
    PhraseSet::builtin().find(doc, &mut hits);
    crate::patterns::find(doc, lang, &mut hits);
    if let Some(own) = own {
        own.find(doc, &mut hits);
    }
    hits.tidy();
    hits
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// A head read in one load is the head: its length, ends and key.
        #[test]
        fn heads_read_at_once_are_heads(text in "[a-zA-ZäöüßÄ'.,:/ -]{0,40}|(I hope this message finds you well|ich hoffe, es geht Ihnen gut)") {
            let doc = Document::new(&text);
            for set in [PhraseSet::builtin(), &PhraseSet::new([(Tag::Own, "abc*"), (Tag::Own, "über alles")])] {
                for &(at, end) in &doc.norm_words {
                    let fast = set.head_of(&doc.norm, at as usize, end as usize);
                    let h = head(&doc.norm[at as usize..end as usize], set.head_len).as_bytes();
                    proptest::prop_assert_eq!((fast.len, fast.first, fast.last, fast.key), (h.len(), h[0], h[h.len() - 1], key(h)));
                }
            }
        }
    }

    #[test]
    fn built_in_prefix_words_are_no_shorter_than_a_head() {
        for lang in crate::lang::Lang::ALL {
            for (list, phrases) in lang.data().phrases {
                for p in phrases.iter().filter(|p| p.ends_with('*') && !p.contains(' ')) {
                    assert!(
                        p.len() > BUILT_IN_HEAD,
                        "{lang:?} {list:?}: {p:?} is shorter than a head ({BUILT_IN_HEAD} bytes); a word that \
                         short would shorten every head of the index, so write more of it"
                    );
                }
            }
        }
    }

    /// What the index is a fast way of finding: each phrase compared at every place a
    /// word (or, for a phrase that begins with a symbol, a symbol) starts, whole words
    /// only, a `*` running on to the end of its word.
    fn plain_matches(phrases: &[(Tag, String, bool)], doc: &Document<'_>) -> Vec<(Tag, Span)> {
        let norm = doc.norm.as_str();
        let mut found = Vec::new();
        for (tag, body, prefix) in phrases {
            let starts: Vec<usize> = if word_end(body, 0) == 0 {
                norm.char_indices().map(|(i, _)| i).filter(|&i| !word_char_before(norm, i)).collect()
            } else {
                doc.norm_words.iter().map(|&(at, _)| at as usize).collect()
            };
            for at in starts {
                if !norm[at..].starts_with(body.as_str()) {
                    continue;
                }
                let end = at + body.len();
                let end = if *prefix { word_end(norm, end) } else { end };
                if *prefix || !word_char_at(norm, end) {
                    found.push((*tag, doc.span_from_norm(at, end)));
                }
            }
        }
        found
    }

    fn sorted(mut v: Vec<Span>) -> Vec<(usize, usize)> {
        v.sort_by_key(|s| (s.start, s.end));
        v.dedup();
        v.into_iter().map(|s| (s.start, s.end)).collect()
    }

    /// Messages made of the built-in phrases' own words, cut and mixed with others, in
    /// any case and with any spacing and punctuation between: where phrases start, almost
    /// start, run into the next word or are split by a line break.
    fn phrase_soup() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        let mut words: Vec<String> = crate::lang::Lang::ALL
            .iter()
            .flat_map(|l| l.data().phrases.iter().flat_map(|(_, ps)| ps.iter()))
            .flat_map(|p| p.trim_end_matches('*').split(' ').map(str::to_string).collect::<Vec<_>>())
            .collect();
        words.sort();
        words.dedup();
        words.extend(
            ["Anna", "x", "ly", "s", "ed", "#opentowork", "€€€", "Straße", "ÄRGER", "1", "15"].map(String::from),
        );
        let word = prop::sample::select(words);
        let gap = prop::sample::select(vec![" ", " ", " ", "  ", ", ", ". ", "\n", "-", "", "!", " (", "’"]);
        let upper = any::<bool>();
        prop::collection::vec((word, gap, upper), 1..40).prop_map(|parts| {
            parts
                .into_iter()
                .map(|(w, g, up)| if up { format!("{}{g}", w.to_uppercase()) } else { format!("{w}{g}") })
                .collect()
        })
    }

    #[test]
    fn the_plain_search_finds_what_it_should() {
        let all: Vec<(Tag, String, bool)> =
            vec![(Tag::Own, "hope this message finds you".into(), false), (Tag::Own, "garantier".into(), true)];
        let doc = Document::new("I HOPE this message finds you well. Garantiert! hope this message finds youth");
        let found: Vec<&str> = plain_matches(&all, &doc).iter().map(|(_, s)| s.text(doc.text)).collect();
        assert_eq!(found, ["HOPE this message finds you", "Garantiert"]);
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(512))]
        /// The index finds exactly what comparing every phrase everywhere finds.
        #[test]
        fn the_index_finds_what_a_plain_search_finds(text in phrase_soup()) {
            let all: Vec<(Tag, String, bool)> = crate::lang::Lang::ALL
                .iter()
                .flat_map(|l| l.data().phrases.iter().flat_map(|(list, ps)| ps.iter().map(move |p| (Tag::List(*list), *p))))
                .map(|(tag, p)| {
                    let (body, prefix) = split_prefix(p);
                    (tag, normalise(body), prefix)
                })
                .collect();
            let doc = Document::new(&text);
            let mut hits = Hits::new();
            PhraseSet::builtin().find(&doc, &mut hits);
            let plain = plain_matches(&all, &doc);
            let lists: std::collections::BTreeSet<List> =
                all.iter().filter_map(|(t, _, _)| if let Tag::List(l) = t { Some(*l) } else { None }).collect();
            for list in lists {
                let expected: Vec<Span> = plain.iter().filter(|(t, _)| *t == Tag::List(list)).map(|(_, s)| *s).collect();
                proptest::prop_assert_eq!(sorted(hits.of(list).to_vec()), sorted(expected), "{:?} in {:?}", list, text);
            }
        }
    }

    fn texts(text: &str, list: List) -> Vec<String> {
        let doc = Document::new(text);
        let hits = match_all(&doc, crate::lang::Lang::En, None);
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
        let hits = match_all(&doc, crate::lang::Lang::En, Some(&set));
        assert_eq!(hits.own.len(), 1);
        assert_eq!(hits.own[0].text(doc.text), "Synergieeffekte");
    }

    #[test]
    fn short_prefix_phrases_and_symbols_match_too() {
        let set = PhraseSet::new([(Tag::Own, "ab*"), (Tag::Own, "#opentowork"), (Tag::Own, "€€€")]);
        let doc = Document::new("Abgemacht! Ich bin #OpenToWork, €€€ garantiert, x#opentowork nicht.");
        let hits = match_all(&doc, crate::lang::Lang::En, Some(&set));
        let found: Vec<&str> = hits.own.iter().map(|s| s.text(doc.text)).collect();
        assert_eq!(found, ["Abgemacht", "#OpenToWork", "€€€"]);
        // A head shorter than a word's first character: 日 is three bytes.
        let doc = Document::new("Hallo 日本, abc");
        assert_eq!(match_all(&doc, crate::lang::Lang::En, Some(&set)).own.len(), 1);
    }

    #[test]
    fn a_prefix_second_word_may_continue() {
        let set = PhraseSet::new([(Tag::Own, "best regard*"), (Tag::Own, "Kind regards from")]);
        let doc = Document::new("Best regards, Ben. Kind regards from Köln.");
        let hits = match_all(&doc, crate::lang::Lang::En, Some(&set));
        let found: Vec<&str> = hits.own.iter().map(|s| s.text(doc.text)).collect();
        assert_eq!(found, ["Best regards", "Kind regards from"]);
    }
}
