//! Phrase matching in one pass: every phrase of every list (and the user's own) goes into
//! one Aho–Corasick automaton that runs once over the normalised message. Per-phrase
//! regexes would cost a pass each; this costs one.

use crate::lang::{Lang, List};
use crate::span::Span;
use crate::text::{Document, normalise, word_char_at, word_char_before};
use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// What a phrase is evidence of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tag {
    List(List),
    /// A phrase the user asked to have flagged.
    Own,
}

#[derive(Debug, Clone, Copy)]
struct Pattern {
    tag: Tag,
    /// The phrase ended in `*`: the last word may continue.
    prefix: bool,
}

/// A compiled set of phrases.
pub struct PhraseSet {
    automaton: Option<AhoCorasick>,
    patterns: Vec<Pattern>,
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
        let mut needles = Vec::new();
        let mut patterns = Vec::new();
        for (tag, phrase) in phrases {
            let (body, prefix) = match phrase.strip_suffix('*') {
                Some(b) => (b, true),
                None => (phrase, false),
            };
            let body = normalise(body);
            if body.is_empty() {
                continue;
            }
            needles.push(body);
            patterns.push(Pattern { tag, prefix });
        }
        let automaton = if needles.is_empty() {
            None
        } else {
            // Patterns come from our lists or from validated config; building cannot fail
            // for them, and if it ever did, matching nothing is the safe degradation.
            AhoCorasick::new(&needles).ok()
        };
        PhraseSet { automaton, patterns }
    }

    /// The built-in lists of both languages. Messages mix languages ("Hi Anna, kurze
    /// Frage…") and detection can be wrong on a five-word note, so both always apply.
    pub fn builtin() -> &'static PhraseSet {
        static SET: OnceLock<PhraseSet> = OnceLock::new();
        SET.get_or_init(|| {
            PhraseSet::new(Lang::ALL.iter().flat_map(|l| {
                l.data().phrases.iter().flat_map(|(list, ps)| ps.iter().map(move |p| (Tag::List(*list), *p)))
            }))
        })
    }

    /// Adds this set's matches in `doc` to `hits`.
    pub fn find(&self, doc: &Document<'_>, hits: &mut Hits) {
        let Some(ac) = &self.automaton else { return };
        let hay = doc.norm.as_bytes();
        for m in ac.find_overlapping_iter(&doc.norm) {
            let p = self.patterns[m.pattern().as_usize()];
            let (s, mut e) = (m.start(), m.end());
            if s > 0 && word_char_before(&doc.norm, s) {
                continue;
            }
            if p.prefix {
                // Extend over the rest of the word so the span covers all of it.
                while e < hay.len() {
                    let c = doc.norm[e..].chars().next().unwrap_or(' ');
                    if !c.is_alphanumeric() {
                        break;
                    }
                    e += c.len_utf8();
                }
            } else if e < hay.len() && word_char_at(&doc.norm, e) {
                continue;
            }
            hits.push(p.tag, doc.span_from_norm(s, e));
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
}
