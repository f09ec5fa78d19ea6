//! Phrases with structure: optional words, word slots, inflections and numbers, which a
//! fixed phrase list cannot spell out ("I help <who> to <do what>", "we've helped 200+
//! companies", "bin über Ihr Profil gestoßen" in its forms).
//!
//! Each language lists its patterns beside its phrase lists ([`crate::lang::LangData`]).
//! A pattern is a sequence of words of the normalised text (lower case, diacritics
//! folded, "ß" as "ss"), written with a small syntax of its own:
//!
//! | syntax | matches |
//! | --- | --- |
//! | `profile` | that word |
//! | `i'd`, `money-back` | the words either side of the sign ("i" "d"), as the text splits them |
//! | `kostenlos*` | a word beginning with "kostenlos" |
//! | `_` | any word |
//! | `\d` | a number: "7", "200", "1,000", "2.5"; in "15min" the "15", leaving "min" |
//! | `(a b\|c)` | one of the alternatives, each a sequence |
//! | `[a b\|c]` | one of them, or nothing |
//! | `x{1,3}` | `x` one to three times (after any of the above) |
//! | `\?` `\%` `\+` `\#` | that sign between the words before and after it ("200+", "#1", "Interested?") |
//!
//! Between two words of a match the text may have spaces, hyphens, apostrophes, quotes
//! and commas, but no sentence end: a match never runs from one sentence into the next.
//! A match lands in the same [`List`] as a phrase would, so the rules need not know how
//! it was found.
//!
//! The patterns work on words rather than characters because every one of them is about
//! words, and the document has found the words already: trying a pattern is a few word
//! comparisons, and a pattern is only tried where the message has a word its matches can
//! begin with (its *triggers*, read off the pattern), which for most patterns and most
//! messages is nowhere. A regex engine did the same job before, at several times the cost
//! in WebAssembly and a slower start (docs/performance.md).

use crate::hits::Hits;
use crate::lang::{Lang, List};
use crate::text::Document;
use std::sync::OnceLock;

/// One element of a pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Node {
    Word(&'static str),
    Prefix(&'static str),
    Any,
    Number,
    /// A sign in the gap before the next word (or after the last).
    Mark(u8),
    /// One of several sequences.
    Alt(Vec<Vec<Node>>),
    /// One of several words or word beginnings: the common case of [`Node::Alt`], which
    /// takes one look at the word rather than one per alternative.
    OneOf(Vec<Node>),
    Repeat(Box<Node>, u8, u8),
}

/// A word a match can begin with, or one that it needs.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Trigger {
    Word(&'static str),
    Prefix(&'static str),
    Number,
    /// A sign anywhere in the message (only as a need).
    Mark(u8),
}

/// Reads a pattern; the error names what is wrong and where.
fn parse(src: &'static str) -> Result<Vec<Node>, String> {
    let mut p = Parser { src, at: 0 };
    let seq = p.sequence()?;
    match p.peek() {
        None => Ok(seq),
        Some(c) => Err(format!("unexpected {c:?} at byte {} of {src:?}", p.at)),
    }
}

struct Parser {
    src: &'static str,
    at: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.src[self.at..].chars().next()
    }

    fn err(&self, what: &str) -> String {
        format!("{what} at byte {} of {:?}", self.at, self.src)
    }

    /// Elements up to the end, a `|` or a closing bracket.
    fn sequence(&mut self) -> Result<Vec<Node>, String> {
        let mut seq = Vec::new();
        loop {
            match self.peek() {
                None | Some('|' | ')' | ']') => return Ok(seq),
                Some(' ') => self.at += 1,
                Some(_) => {
                    let atoms = self.atom()?;
                    let atoms = self.quantified(atoms)?;
                    seq.extend(atoms);
                }
            }
        }
    }

    fn alternatives(&mut self, close: char) -> Result<Vec<Vec<Node>>, String> {
        let mut alts = vec![self.sequence()?];
        while self.peek() == Some('|') {
            self.at += 1;
            alts.push(self.sequence()?);
        }
        if self.peek() != Some(close) {
            return Err(self.err(&format!("expected {close:?}")));
        }
        self.at += 1;
        if alts.iter().any(Vec::is_empty) {
            return Err(self.err("an empty alternative (write the group in [ ] to make it optional)"));
        }
        Ok(alts)
    }

    /// One element, or the words of a literal such as `money-back`.
    fn atom(&mut self) -> Result<Vec<Node>, String> {
        let c = self.peek().unwrap_or(' ');
        self.at += c.len_utf8();
        Ok(match c {
            '(' => vec![one_of(self.alternatives(')')?)],
            '[' => vec![Node::Repeat(Box::new(one_of(self.alternatives(']')?)), 0, 1)],
            '_' => vec![Node::Any],
            '\\' => {
                let e = self.peek().ok_or_else(|| self.err("a pattern cannot end in \\"))?;
                self.at += e.len_utf8();
                match e {
                    'd' => vec![Node::Number],
                    '?' | '%' | '+' | '#' => vec![Node::Mark(e as u8)],
                    _ => return Err(self.err(&format!("unknown escape \\{e}"))),
                }
            }
            c if c.is_ascii_lowercase() || c.is_ascii_digit() => {
                let from = self.at - 1;
                let rest = &self.src[from..];
                let len = rest
                    .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || "'-".contains(c)))
                    .unwrap_or(rest.len());
                self.at = from + len;
                let prefix = self.peek() == Some('*');
                if prefix {
                    self.at += 1;
                }
                let words: Vec<&'static str> = rest[..len].split(['\'', '-']).filter(|w| !w.is_empty()).collect();
                let last = words.len() - 1;
                words
                    .into_iter()
                    .enumerate()
                    .map(|(i, w)| if prefix && i == last { Node::Prefix(w) } else { Node::Word(w) })
                    .collect()
            }
            c => return Err(self.err(&format!("unexpected {c:?} (the text is lower case, umlauts as a, o, u)"))),
        })
    }

    /// Applies a `{m,n}` that follows, to the last element read.
    fn quantified(&mut self, mut atoms: Vec<Node>) -> Result<Vec<Node>, String> {
        if self.peek() != Some('{') {
            return Ok(atoms);
        }
        let close = self.src[self.at..].find('}').ok_or_else(|| self.err("unclosed {"))? + self.at;
        let body = &self.src[self.at + 1..close];
        let (min, max) = body.split_once(',').unwrap_or((body, body));
        let (Ok(min), Ok(max)) = (min.trim().parse::<u8>(), max.trim().parse::<u8>()) else {
            return Err(self.err(&format!("{{{body}}} is not {{min,max}}")));
        };
        if min > max || max == 0 {
            return Err(self.err(&format!("{{{body}}} matches nothing")));
        }
        self.at = close + 1;
        let last = atoms.pop().ok_or_else(|| self.err("nothing to repeat"))?;
        atoms.push(Node::Repeat(Box::new(last), min, max));
        Ok(atoms)
    }
}

/// The group of `alts`, as [`Node::OneOf`] when each is one word.
fn one_of(alts: Vec<Vec<Node>>) -> Node {
    if alts.iter().all(|a| matches!(a[..], [Node::Word(_) | Node::Prefix(_)])) {
        Node::OneOf(alts.into_iter().flatten().collect())
    } else {
        Node::Alt(alts)
    }
}

/// Whether `node` can match without taking a word.
fn can_be_empty(node: &Node) -> bool {
    match node {
        Node::Word(_) | Node::Prefix(_) | Node::OneOf(_) | Node::Any | Node::Number => false,
        Node::Mark(_) => true,
        Node::Alt(alts) => alts.iter().any(|a| a.iter().all(can_be_empty)),
        Node::Repeat(n, min, _) => *min == 0 || can_be_empty(n),
    }
}

/// The words a match of `seq` can begin with; `None` when it can begin with any word.
fn triggers(seq: &[Node]) -> Option<Vec<Trigger>> {
    let mut out = Vec::new();
    for node in seq {
        match node {
            Node::Word(w) => out.push(Trigger::Word(w)),
            Node::Prefix(w) => out.push(Trigger::Prefix(w)),
            Node::Number => out.push(Trigger::Number),
            Node::Any => return None,
            Node::Mark(_) => {}
            Node::Alt(alts) => {
                for a in alts {
                    out.extend(triggers(a)?);
                }
            }
            Node::OneOf(words) => {
                for w in words {
                    out.extend(triggers(std::slice::from_ref(w))?);
                }
            }
            Node::Repeat(n, _, _) => out.extend(triggers(std::slice::from_ref(n))?),
        }
        if !can_be_empty(node) {
            return Some(out);
        }
    }
    // A pattern that can match nothing at all would match everywhere.
    None
}

/// Where a match stands: the next word is `words[w]`, or its part from byte `rest` on
/// when a number took the word's first digits ("15" of "15min").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct At {
    w: usize,
    rest: u32,
    /// Where the match starts and ends so far; `start` is unset until it takes a word
    /// or a sign.
    start: Option<u32>,
    end: u32,
    /// Whether it has taken a word: from then on, it may only go on to a word that the
    /// gap joins to the last.
    began: bool,
}

/// What is left to match after the element at hand: a stack, so that matching needs
/// no allocation.
struct Then<'a> {
    todo: Todo<'a>,
    next: Option<&'a Then<'a>>,
}

#[derive(Clone, Copy)]
enum Todo<'a> {
    Seq(&'a [Node]),
    /// `node` at least `min` and at most `max` more times.
    Repeat(&'a Node, u8, u8),
}

struct Text<'a> {
    bytes: &'a [u8],
    words: &'a [(u32, u32)],
}

impl Text<'_> {
    /// The bytes between word `w - 1` and word `w`: where signs stand.
    fn gap(&self, w: usize) -> (usize, usize) {
        let from = if w == 0 { 0 } else { self.words[w - 1].1 as usize };
        let to = self.words.get(w).map_or(self.bytes.len(), |&(s, _)| s as usize);
        (from, to)
    }

    /// Whether a match may go on from word `w - 1` to word `w`.
    fn joins(&self, w: usize) -> bool {
        let (from, to) = self.gap(w);
        !self.bytes[from..to].iter().any(|b| b".!?;:\n()".contains(b))
    }

    /// Whether word `w` goes on with the number before it: digits after digits, with
    /// one "." or "," between.
    fn continues_number(&self, w: usize) -> bool {
        let (f, t) = self.gap(w);
        w > 0
            && t == f + 1
            && b".,".contains(&self.bytes[f])
            && self.word(w - 1).iter().all(u8::is_ascii_digit)
            && self.word(w).iter().all(u8::is_ascii_digit)
    }

    /// The word (or the rest of it) that `at` would take next, and where it begins.
    fn next_word(&self, at: &At) -> Option<(&[u8], u32)> {
        let &(s, e) = self.words.get(at.w)?;
        if at.rest > 0 {
            return Some((&self.bytes[at.rest as usize..e as usize], at.rest));
        }
        // Between two words of a match, only a gap that joins them.
        if at.began && !self.joins(at.w) {
            return None;
        }
        Some((&self.bytes[s as usize..e as usize], s))
    }

    /// `next`, having taken the bytes `from..to` after `at`.
    fn take(at: &At, from: u32, to: u32, next: At) -> At {
        At { start: Some(at.start.unwrap_or(from)), end: to, began: true, ..next }
    }

    /// Where the match can stand after `node` taken from `at`, for the nodes that take
    /// one word or one sign: at most one place.
    fn single(&self, node: &Node, at: &At) -> Option<At> {
        match node {
            Node::Word(_) | Node::Prefix(_) | Node::OneOf(_) | Node::Any => {
                let (word, from) = self.next_word(at)?;
                let fits = |node: &Node| match node {
                    Node::Word(w) => word == w.as_bytes(),
                    Node::Prefix(w) => word.starts_with(w.as_bytes()),
                    _ => false,
                };
                let fits = match node {
                    Node::OneOf(words) => words.iter().any(fits),
                    Node::Any => true,
                    _ => fits(node),
                };
                fits.then(|| Self::take(at, from, self.words[at.w].1, At { w: at.w + 1, rest: 0, ..*at }))
            }
            Node::Number => {
                let (word, from) = self.next_word(at)?;
                // "1,000" and "2.5" are one number over two words, and "000" is none.
                if !word.first().is_some_and(u8::is_ascii_digit) || (at.rest == 0 && self.continues_number(at.w)) {
                    return None;
                }
                let mut w = at.w;
                while w + 1 < self.words.len() && self.continues_number(w + 1) {
                    w += 1;
                }
                let (s, e) = (self.words[w].0 as usize, self.words[w].1 as usize);
                let s = if w == at.w { from as usize } else { s };
                let digits = self.bytes[s..e].iter().take_while(|b| b.is_ascii_digit()).count();
                // What follows the digits in the same word ("min" of "15min") is the
                // next thing to match.
                let next = if s + digits < e {
                    At { w, rest: (s + digits) as u32, ..*at }
                } else {
                    At { w: w + 1, rest: 0, ..*at }
                };
                Some(Self::take(at, from, (s + digits) as u32, next))
            }
            Node::Mark(sign) => {
                if at.rest > 0 {
                    return None;
                }
                let (from, to) = self.gap(at.w);
                let gap = &self.bytes[from..to];
                if at.began {
                    // After a word, the sign that follows it, repeated or not ("??").
                    let i = from + gap.iter().position(|b| b == sign)?;
                    let run = self.bytes[i..to].iter().take_while(|b| *b == sign).count();
                    Some(At { end: (i + run) as u32, ..*at })
                } else {
                    // Before the first word, the one right in front of it ("#1").
                    let i = (from + gap.iter().rposition(|b| b == sign)?) as u32;
                    Some(At { start: Some(at.start.map_or(i, |s| s.min(i))), end: i, ..*at })
                }
            }
            Node::Alt(_) | Node::Repeat(..) => None,
        }
    }

    /// Tries `node` from `at`, then what `then` holds, keeping the longest whole match
    /// in `best`: a backtracking search, which for patterns of a dozen elements over a
    /// sentence's words stays small.
    fn node(&self, node: &Node, at: At, then: Option<&Then<'_>>, best: &mut Option<(u32, u32)>) {
        match node {
            Node::Alt(alts) => {
                for alt in alts {
                    self.go(Some(&Then { todo: Todo::Seq(alt), next: then }), at, best);
                }
            }
            Node::Repeat(inner, min, max) => {
                self.go(Some(&Then { todo: Todo::Repeat(inner, *min, *max), next: then }), at, best);
            }
            _ => {
                if let Some(next) = self.single(node, &at) {
                    self.go(then, next, best);
                }
            }
        }
    }

    fn go(&self, then: Option<&Then<'_>>, at: At, best: &mut Option<(u32, u32)>) {
        let Some(then) = then else {
            // A match ends where a word does, not inside one.
            if at.rest == 0
                && let Some(start) = at.start
                && best.is_none_or(|(_, end)| at.end > end)
            {
                *best = Some((start, at.end));
            }
            return;
        };
        match then.todo {
            Todo::Seq([]) => self.go(then.next, at, best),
            Todo::Seq([first, rest @ ..]) => {
                self.node(first, at, Some(&Then { todo: Todo::Seq(rest), next: then.next }), best)
            }
            Todo::Repeat(inner, min, max) => {
                if min == 0 {
                    self.go(then.next, at, best);
                }
                if max > 0 {
                    let again = Then { todo: Todo::Repeat(inner, min.saturating_sub(1), max - 1), next: then.next };
                    self.node(inner, at, Some(&again), best);
                }
            }
        }
    }

    fn word(&self, w: usize) -> &[u8] {
        let (s, e) = self.words[w];
        &self.bytes[s as usize..e as usize]
    }

    /// The longest match of `seq` that begins with word `w`, as a range of bytes.
    fn longest(&self, seq: &[Node], w: usize) -> Option<(usize, usize)> {
        let at = At { w, rest: 0, start: None, end: self.words[w].0, began: false };
        let mut best = None;
        self.go(Some(&Then { todo: Todo::Seq(seq), next: None }), at, &mut best);
        best.map(|(s, e)| (s as usize, e as usize))
    }
}

/// The words every match of `seq` holds, as sets of which one must be in the message
/// ("profile"; one of "fit", "match", "candidate"): the top-level elements that must
/// take a word, at most 64 of them.
fn needs(seq: &[Node]) -> Vec<Vec<Trigger>> {
    let need = |node: &Node| match node {
        Node::Word(w) => Some(vec![Trigger::Word(w)]),
        Node::Prefix(w) => Some(vec![Trigger::Prefix(w)]),
        Node::Number => Some(vec![Trigger::Number]),
        Node::Mark(sign) => Some(vec![Trigger::Mark(*sign)]),
        Node::OneOf(words) => triggers(words).map(|_| {
            words
                .iter()
                .filter_map(|w| match w {
                    Node::Word(w) => Some(Trigger::Word(w)),
                    Node::Prefix(w) => Some(Trigger::Prefix(w)),
                    _ => None,
                })
                .collect()
        }),
        _ => None,
    };
    seq.iter()
        .filter_map(|node| match node {
            Node::Repeat(inner, min, _) if *min > 0 => need(inner),
            _ => need(node),
        })
        // A set with a short word in it ("to", "a", "my") is met by nearly every message:
        // checking it would cost more than it saves.
        .filter(|set| !set.iter().any(|t| matches!(t, Trigger::Word(w) if w.len() <= 3)))
        .take(64)
        .collect()
}

struct Pattern {
    list: List,
    /// As written: what a failing test names.
    #[cfg_attr(not(test), allow(dead_code))]
    source: &'static str,
    seq: Vec<Node>,
    /// One bit for each of its [`needs`].
    needs: u64,
}

/// What a word of the message tells about a pattern.
#[derive(Clone, Copy)]
enum Role {
    /// A match can begin with it.
    Begins(usize),
    /// It is one of the pattern's needs, the one with this bit.
    Meets(usize, u64),
}

struct Compiled {
    each: Vec<Pattern>,
    /// Roles by the whole word.
    by_word: rustc_hash::FxHashMap<&'static [u8], Vec<Role>>,
    /// Roles of words by their beginning, sorted.
    by_prefix: Vec<(&'static str, Role)>,
    /// Roles of any number.
    by_number: Vec<Role>,
    /// Roles of signs anywhere in the message.
    by_mark: Vec<(u8, Role)>,
}

fn compile(lang: Lang) -> Compiled {
    let mut c = Compiled {
        each: Vec::new(),
        by_word: Default::default(),
        by_prefix: Vec::new(),
        by_number: Vec::new(),
        by_mark: Vec::new(),
    };
    for (list, patterns) in lang.data().patterns {
        for &source in *patterns {
            // The language files are tested to parse and to have triggers
            // (`every_pattern_parses…`); a bad one in a release build is skipped rather
            // than taking the engine down.
            let Ok(seq) = parse(source) else { continue };
            let Some(triggers) = triggers(&seq) else { continue };
            let i = c.each.len();
            let needs = needs(&seq);
            let roles = triggers.into_iter().map(|t| (t, Role::Begins(i))).chain(
                needs
                    .iter()
                    .enumerate()
                    .flat_map(|(k, set)| set.iter().map(move |t| (t.clone(), Role::Meets(i, 1 << k)))),
            );
            for (t, role) in roles {
                match t {
                    Trigger::Word(w) => c.by_word.entry(w.as_bytes()).or_default().push(role),
                    Trigger::Prefix(w) => c.by_prefix.push((w, role)),
                    Trigger::Number => c.by_number.push(role),
                    Trigger::Mark(sign) => c.by_mark.push((sign, role)),
                }
            }
            let needs = if needs.len() == 64 { u64::MAX } else { (1u64 << needs.len()) - 1 };
            c.each.push(Pattern { list: *list, source, seq, needs });
        }
    }
    c.by_prefix.sort_by_key(|&(p, _)| p);
    c
}

fn compiled(lang: Lang) -> &'static Compiled {
    static DE: OnceLock<Compiled> = OnceLock::new();
    static EN: OnceLock<Compiled> = OnceLock::new();
    match lang {
        Lang::De => DE.get_or_init(|| compile(Lang::De)),
        Lang::En => EN.get_or_init(|| compile(Lang::En)),
    }
}

/// The (pattern, word) pairs worth trying: each word with the patterns it can begin,
/// where the message holds the words those patterns need.
fn tries(c: &Compiled, text: &Text<'_>) -> Vec<(usize, usize)> {
    let mut tries = Vec::new();
    let mut met = vec![0u64; c.each.len()];
    let mut play = |role: &Role, w: usize| match *role {
        // Two triggers of one pattern can fit one word; a pair tried twice only costs
        // time, since `Hits::tidy` drops the same match found twice.
        Role::Begins(p) if tries.last() != Some(&(p, w)) => tries.push((p, w)),
        Role::Begins(_) => {}
        Role::Meets(p, bit) => met[p] |= bit,
    };
    for (sign, role) in &c.by_mark {
        if text.bytes.contains(sign) {
            play(role, 0);
        }
    }
    for w in 0..text.words.len() {
        let word = text.word(w);
        if let Some(roles) = c.by_word.get(word) {
            roles.iter().for_each(|r| play(r, w));
        }
        // "min" of "15min" is matched as a word of its own (see `Node::Number`).
        let digits = word.iter().take_while(|b| b.is_ascii_digit()).count();
        if digits > 0
            && digits < word.len()
            && let Some(roles) = c.by_word.get(&word[digits..])
        {
            roles.iter().filter(|r| matches!(r, Role::Meets(..))).for_each(|r| play(r, w));
        }
        // Only the prefixes with the word's first letter (`by_prefix` is sorted).
        let from = c.by_prefix.partition_point(|(p, _)| p.as_bytes()[0] < word[0]);
        for (prefix, role) in c.by_prefix[from..].iter().take_while(|(p, _)| p.as_bytes()[0] == word[0]) {
            if word.starts_with(prefix.as_bytes()) {
                play(role, w);
            }
        }
        if word[0].is_ascii_digit() {
            c.by_number.iter().for_each(|r| play(r, w));
        }
    }
    tries.retain(|&(p, _)| met[p] == c.each[p].needs);
    tries
}

/// Adds every pattern match in `doc` to `hits`, under its list.
pub fn find(doc: &Document<'_>, lang: Lang, hits: &mut Hits) {
    let c = compiled(lang);
    let text = Text { bytes: doc.norm.as_bytes(), words: &doc.norm_words };
    for (p, w) in tries(c, &text) {
        if let Some((s, e)) = text.longest(&c.each[p].seq, w) {
            hits.add(c.each[p].list, doc.span_from_norm(s, e));
        }
    }
}

/// Reads both languages' patterns now rather than on the first keystroke.
pub fn warm() {
    for lang in Lang::ALL {
        compiled(lang);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_parses_and_has_triggers() {
        for lang in Lang::ALL {
            let mut n = 0;
            for (list, patterns) in lang.data().patterns {
                for p in *patterns {
                    n += 1;
                    let seq = parse(p).unwrap_or_else(|e| panic!("{lang:?} {list:?}: {e}"));
                    assert!(triggers(&seq).is_some(), "{lang:?} {list:?}: {p:?} can begin with any word");
                }
            }
            assert_eq!(compiled(lang).each.len(), n);
        }
    }

    #[test]
    fn bad_patterns_say_what_is_wrong() {
        for (p, says) in [
            ("your (profile", "expected ')'"),
            ("your [profile|]", "empty alternative"),
            ("Ihr profil", "lower case"),
            ("über", "umlauts"),
            ("_{3,1} x", "matches nothing"),
            ("x \\w", "unknown escape"),
            ("a) b", "unexpected ')'"),
        ] {
            let e = parse(p).unwrap_err();
            assert!(e.contains(says), "{p:?}: {e:?} does not say {says:?}");
        }
        assert_eq!(triggers(&parse("_ profile").unwrap()), None);
        assert_eq!(triggers(&parse("[very] _").unwrap()), None);
    }

    #[test]
    fn triggers_are_the_words_a_match_begins_with() {
        let t = |p: &'static str| triggers(&parse(p).unwrap()).unwrap();
        assert_eq!(t("proven _{0,2} system"), [Trigger::Word("proven")]);
        assert_eq!(t("(i|we) help"), [Trigger::Word("i"), Trigger::Word("we")]);
        assert_eq!(
            t("[i] [just] (reviewed|viewed) your"),
            [Trigger::Word("i"), Trigger::Word("just"), Trigger::Word("reviewed"), Trigger::Word("viewed")]
        );
        assert_eq!(t("kostenlos* check"), [Trigger::Prefix("kostenlos")]);
        assert_eq!(t("\\d \\% more"), [Trigger::Number]);
        assert_eq!(t("\\# 1"), [Trigger::Word("1")]);
        assert_eq!(t("i'd like"), [Trigger::Word("i")]);
    }

    /// The matches of one pattern in `text`, as the text's own words.
    fn matches(pattern: &'static str, text: &str) -> Vec<String> {
        let doc = Document::new(text);
        let seq = parse(pattern).unwrap();
        let t = Text { bytes: doc.norm.as_bytes(), words: &doc.norm_words };
        (0..doc.norm_words.len())
            .filter_map(|w| t.longest(&seq, w))
            .map(|(s, e)| doc.span_from_norm(s, e).text(text).to_string())
            .collect()
    }

    #[test]
    fn words_slots_and_options() {
        assert_eq!(
            matches("came across your _{0,2} profile", "I came across your LinkedIn profile."),
            ["came across your LinkedIn profile"]
        );
        assert!(matches("came across your _{0,2} profile", "came across your very nice new profile").is_empty());
        assert_eq!(
            matches("[i] [just] viewed your", "I just viewed your page"),
            ["I just viewed your", "just viewed your", "viewed your"]
        );
        assert_eq!(matches("(i'd|i would) love", "I'd love to. I would love to."), ["I'd love", "I would love"]);
        assert_eq!(matches("money-back", "a money back deal, a money-back deal"), ["money back", "money-back"]);
        assert_eq!(matches("passive* income", "Passives Income"), ["Passives Income"]);
        assert_eq!(
            matches("i (read|listened to) the _{1,4} on", "I read the long piece on pricing"),
            ["I read the long piece on"]
        );
    }

    #[test]
    fn a_match_stays_in_its_sentence() {
        assert!(matches("profile caught my eye", "Nice profile. Caught my eye, it did.").is_empty());
        assert_eq!(matches("hoffe es geht ihnen gut", "Ich hoffe, es geht Ihnen gut!"), ["hoffe, es geht Ihnen gut"]);
    }

    #[test]
    fn numbers_and_signs() {
        let n = "\\d \\+ _{0,2} (companies|meetings)";
        assert_eq!(
            matches(n, "We helped 1,000+ SaaS companies and 30 + meetings"),
            ["1,000+ SaaS companies", "30 + meetings"]
        );
        assert!(matches(n, "We helped 200 companies").is_empty(), "the sign is part of the pattern");
        assert_eq!(matches("\\d \\% more", "40% more, 2.5 % more"), ["40% more", "2.5 % more"]);
        assert_eq!(
            matches("free [\\d (min|minute)] audit", "a free 15min audit, a free 15-minute audit"),
            ["free 15min audit", "free 15-minute audit"]
        );
        assert!(matches("\\d h pro woche", "2024h pro woche").len() == 1);
        assert!(matches("\\d (h|std)", "10hx").is_empty(), "a match ends where a word does");
        assert_eq!(matches("\\# 1", "the #1 tool (#1 in the world)"), ["#1", "#1"]);
        assert_eq!(matches("(interested|keen) \\?", "Thanks. Interested?? Keen."), ["Interested??"]);
    }

    /// The index of triggers finds what trying every pattern at every word finds.
    #[test]
    fn triggers_find_what_trying_everywhere_finds() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus");
        let mut texts: Vec<String> =
            std::fs::read_dir(dir).unwrap().map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap()).collect();
        texts.extend(
            [
                "I help SaaS founders like you grow to 7 figures. We've helped 200+ companies book 30+ meetings per month. Interested?",
                "Ich bin gestern über dein XING-Profil gestolpert. Wir haben schon über 250 Unternehmen geholfen, mit Geld-zurück-Garantie!",
                "#1 hedge fund in the world. I just looked at your LinkedIn profile and think you'd be a great fit.",
                "Save 10+ hours a week, 40% more leads, 12+ meetings per month; we've worked with 300 brands. You engaged with my post on pricing.",
                "Wir sparen 5-10h pro Woche, 40% Zeitersparnis, über 250 Unternehmen, kostenloser 15-Min Check. Ich helfe Freelancern, mehr zu verdienen.",
            ]
            .map(String::from),
        );
        let mut seen = 0;
        for text in &texts {
            let doc = Document::new(text);
            let t = Text { bytes: doc.norm.as_bytes(), words: &doc.norm_words };
            for lang in Lang::ALL {
                let c = compiled(lang);
                let indexed = tries(c, &t);
                for (p, pattern) in c.each.iter().enumerate() {
                    for w in 0..doc.norm_words.len() {
                        if t.longest(&pattern.seq, w).is_some() {
                            seen += 1;
                            assert!(
                                indexed.contains(&(p, w)),
                                "{lang:?}: {:?} matches at {:?} but is not tried there",
                                pattern.source,
                                t.word(w)
                            );
                        }
                    }
                }
            }
        }
        assert!(seen > 50, "only {seen} matches: the texts no longer exercise the patterns");
    }

    fn found(lang: Lang, text: &str, list: List) -> Vec<String> {
        let doc = Document::new(text);
        let mut hits = Hits::new();
        find(&doc, lang, &mut hits);
        hits.of(list).iter().map(|s| s.text(text).to_string()).collect()
    }

    #[test]
    fn spans_are_the_original_text() {
        assert_eq!(
            found(Lang::De, "Ich bin über Ihr   Profil gestoßen.", List::StockPhrase),
            ["bin über Ihr   Profil gestoßen"]
        );
        assert_eq!(found(Lang::En, "Thanks. Interested?", List::VagueAsk), ["Interested?"]);
    }
}

#[cfg(test)]
mod timing {
    use super::*;

    #[test]
    #[ignore = "a profiling aid: cargo test --release -p verbindlich-core pattern_time -- --ignored --nocapture"]
    fn pattern_time() {
        for (lang, file) in [(Lang::En, "inmail-en.txt"), (Lang::De, "inmail-de.txt")] {
            let text =
                std::fs::read_to_string(format!("{}/../../tests/bench/texts/{file}", env!("CARGO_MANIFEST_DIR")))
                    .unwrap();
            let doc = Document::new(&text);
            warm();
            let t = Text { bytes: doc.norm.as_bytes(), words: &doc.norm_words };
            println!("{file}: {} words, {} tries", doc.norm_words.len(), tries(compiled(lang), &t).len());
            let t = std::time::Instant::now();
            for _ in 0..1000 {
                let mut hits = Hits::new();
                find(&doc, lang, &mut hits);
                std::hint::black_box(hits);
            }
            println!("{file}: {:.1} µs per message", t.elapsed().as_secs_f64() * 1e3);
        }
    }
}
