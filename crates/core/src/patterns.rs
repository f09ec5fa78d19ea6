//! Phrases with structure: optional words, word slots, inflections and numbers, which a
//! fixed phrase list cannot spell out ("I help <who> to <do what>", "we've helped 200+
//! companies", "bin über Ihr Profil gestoßen" in its forms).
//!
//! Each language lists its patterns beside its phrase lists ([`crate::lang::LangData`]),
//! as regular expressions over the normalised text (lower case, diacritics folded, "ß"
//! as "ss", whitespace collapsed). A match lands in the same [`List`] as a phrase would,
//! so the rules need not know how it was found. `\b` is an ASCII word boundary (the
//! normalised text's letters are ASCII but for scripts no pattern names).
//!
//! The matcher is `regex-lite`: the full `regex` crate would have added more to the
//! WebAssembly module than the whole engine weighs gzipped, and its cold start took
//! longer than a keystroke. regex-lite has no DFA and scans a whole text slowly, so no
//! pattern scans the whole text: each is read for the words a match can begin with (its
//! *triggers*, derived by [`triggers`]), and runs anchored only where the message has
//! one of them — which, for most patterns and most messages, is nowhere. A test holds
//! every pattern to having triggers.

use crate::lang::{Lang, List};
use crate::phrases::Hits;
use crate::text::Document;
use regex_lite::Regex;
use std::sync::OnceLock;

/// A word a match can begin with.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Trigger {
    /// The whole word.
    Word(String),
    /// Any word that starts with this ("gedanke" for "gedanke[n]?").
    Prefix(String),
    /// Any word that starts with a digit (`\d`).
    Digit,
}

struct Pattern {
    list: List,
    /// The pattern as written, alternative by alternative.
    source: &'static str,
    /// The pattern anchored at the start of the text it is run on, compiled the first
    /// time a message gets this far: most patterns never run on most messages, and
    /// compiling all of them would be most of the engine's cold start.
    re: OnceLock<Option<Regex>>,
    triggers: Vec<Trigger>,
    /// The words the match's second word can be, when the pattern says.
    second: Option<Vec<Trigger>>,
    /// What the message's words must hold for a match to be possible at all: one word
    /// beginning with any of each set's strings ([`word_starts`], [`required_groups`]).
    needs: Vec<Vec<String>>,
    /// Characters of the pattern before its first word ("#" in "#1"): the window starts
    /// that many bytes before the trigger.
    lead: usize,
}

struct Compiled {
    each: Vec<Pattern>,
    /// Pattern indices by the whole word a match can begin with.
    by_word: rustc_hash::FxHashMap<Box<[u8]>, Vec<usize>>,
    /// (prefix, pattern) for triggers that are word beginnings.
    by_prefix: Vec<(String, usize)>,
    /// Patterns that can begin with a number.
    by_digit: Vec<usize>,
}

/// A pattern as written in a language file, made into the regex it stands for.
fn expand(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// The characters of a pattern that are syntax — neither escaped nor inside a class —
/// each with its index and the group depth before it.
fn syntax(p: &str) -> impl Iterator<Item = (usize, char, usize)> + '_ {
    let (mut depth, mut class, mut escaped) = (0usize, false, false);
    p.char_indices().filter_map(move |(i, c)| {
        let before = depth;
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            ']' if class => class = false,
            _ if class => {}
            '[' => class = true,
            '(' => {
                depth += 1;
                return Some((i, c, before));
            }
            ')' => {
                depth = depth.saturating_sub(1);
                return Some((i, c, before));
            }
            _ => return Some((i, c, before)),
        }
        None
    })
}

/// Splits at the `|` outside any group or class.
fn top_level_alternatives(pattern: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut from = 0;
    for (i, _, _) in syntax(pattern).filter(|&(_, c, depth)| c == '|' && depth == 0) {
        parts.push(&pattern[from..i]);
        from = i + 1;
    }
    parts.push(&pattern[from..]);
    parts
}

/// The index just past the `)` that closes the group opening at `open`.
fn group_end(p: &str, open: usize) -> Option<usize> {
    syntax(&p[open..]).find(|&(_, c, depth)| c == ')' && depth == 1).map(|(i, _, _)| open + i + 1)
}

/// What a pattern's second word can be: when its first element — a word, or a group
/// that is not optional — is followed by a space and something [`triggers`] can read.
fn second_words(p: &str) -> Option<Vec<Trigger>> {
    let p = p.strip_prefix(r"\b").unwrap_or(p);
    let end = if p.starts_with("(?:") {
        let e = group_end(p, 0)?;
        // Each alternative a single word, or the second word is no longer second.
        if top_level_alternatives(&p[3..e - 1]).iter().any(|a| !a.bytes().all(|b| b.is_ascii_lowercase())) {
            return None;
        }
        e
    } else {
        p.find(|c: char| !c.is_ascii_lowercase())?
    };
    let rest = p[end..].strip_prefix(' ')?;
    triggers(rest).filter(|(_, lead)| *lead == 0).map(|(t, _)| t)
}

fn matches(t: &Trigger, word: &[u8]) -> bool {
    match t {
        Trigger::Word(w) => word == w.as_bytes(),
        Trigger::Prefix(w) => word.starts_with(w.as_bytes()),
        Trigger::Digit => word.first().is_some_and(u8::is_ascii_digit),
    }
}

/// The words a match of `p` (no top-level `|`) can begin with, and how many bytes of
/// literal punctuation come before that word; `None` when they cannot be read off.
fn triggers(p: &str) -> Option<(Vec<Trigger>, usize)> {
    let p = p.strip_prefix(r"\b").unwrap_or(p);
    if p.starts_with(r"\d") {
        return Some((vec![Trigger::Digit], 0));
    }
    if p.starts_with("(?:") {
        let end = group_end(p, 0)?;
        let inner = &p[3..end - 1];
        let mut out = Vec::new();
        for alt in top_level_alternatives(inner) {
            let (t, lead) = triggers(alt)?;
            if lead != 0 {
                return None;
            }
            out.extend(t);
        }
        let after = &p[end..];
        // An optional group: the match may as well begin with what follows it.
        if let Some(rest) = after.strip_prefix('?').or_else(|| after.strip_prefix('*')) {
            let rest = rest.strip_prefix(' ').unwrap_or(rest);
            let (t, lead) = triggers(rest)?;
            if lead != 0 {
                return None;
            }
            out.extend(t);
        } else if after.starts_with('{') || after.starts_with('+') {
            return None;
        }
        return Some((out, 0));
    }
    // Literal punctuation before the first word ("#1").
    let lead = p.find(|c: char| c.is_ascii_alphanumeric()).filter(|&i| p[..i].chars().all(|c| "#@".contains(c)))?;
    let word = &p[lead..];
    let len = word.find(|c: char| !(c.is_ascii_alphanumeric() || c == '\'')).unwrap_or(word.len());
    if len == 0 {
        return None;
    }
    let next = word[len..].chars().next();
    let trigger = match next {
        // The word ends where the pattern's next word or the pattern does.
        None | Some(' ') | Some(')') => Trigger::Word(word[..len].to_string()),
        Some('\\') if word[len..].starts_with(r"\b") || word[len..].starts_with(r"\?") => {
            Trigger::Word(word[..len].to_string())
        }
        // A group that goes on with a space or an apostrophe ends the word: "i(?:'d| would)".
        Some('(')
            if {
                let g = &word[len..];
                group_end(g, 0).is_some_and(|e| {
                    top_level_alternatives(g.get(3..e - 1).unwrap_or("")).iter().all(|a| a.starts_with([' ', '\'']))
                })
            } =>
        {
            Trigger::Word(word[..len].to_string())
        }
        // A quantifier makes the last letter optional.
        Some('?') | Some('*') | Some('{') => Trigger::Prefix(word[..len - 1].to_string()),
        _ => Trigger::Prefix(word[..len].to_string()),
    };
    // The text's words end at an apostrophe, as "we" in "we've": so does a trigger.
    let trigger = match trigger {
        Trigger::Word(s) | Trigger::Prefix(s) if s.contains('\'') => {
            Trigger::Word(s[..s.find('\'').unwrap_or(s.len())].to_string())
        }
        t => t,
    };
    match &trigger {
        Trigger::Prefix(s) | Trigger::Word(s) if s.is_empty() => None,
        _ => Some((vec![trigger], lead)),
    }
}

/// Beginnings of words every match contains: the literal letters outside any group,
/// class or quantifier that start a word in the pattern (after a space, `\b` or a group
/// that ends in a space), cut at a hyphen, an apostrophe or a sign. Found among the
/// message's words by binary search, they cost nothing like a substring search; none
/// when the pattern has a top-level alternation.
fn word_starts(pattern: &str) -> Vec<String> {
    let bytes = pattern.as_bytes();
    let (mut depth, mut class) = (0usize, false);
    let mut out: Vec<String> = Vec::new();
    // The word being read, if it started a word; whether the next letter would.
    let mut word: Option<String> = None;
    let mut boundary = true;
    let mut i = 0;
    let end_word = |word: &mut Option<String>, out: &mut Vec<String>| {
        if let Some(w) = word.take()
            && w.len() >= 2
        {
            out.push(w);
        }
    };
    while i < bytes.len() {
        let b = bytes[i];
        if class {
            if b == b'\\' {
                i += 1;
            } else if b == b']' {
                class = false;
            }
            i += 1;
            continue;
        }
        match b {
            b'\\' => {
                end_word(&mut word, &mut out);
                boundary = bytes.get(i + 1) == Some(&b'b');
                // A sign every match holds: "+" in "\d+\+ clients".
                if depth == 0 && bytes.get(i + 1) == Some(&b'+') && !matches!(bytes.get(i + 2), Some(b'?' | b'*')) {
                    out.push("+".into());
                }
                i += 1;
            }
            b'%' if depth == 0 => {
                end_word(&mut word, &mut out);
                if !matches!(bytes.get(i + 1), Some(b'?' | b'*')) {
                    out.push("%".into());
                }
                boundary = false;
            }
            b'[' => {
                word = None;
                // "[- ]figures": the text's words split at spaces and hyphens alike.
                let close = pattern[i..].find(']').map_or(i, |k| i + k);
                boundary = depth == 0 && close > i + 1 && pattern[i + 1..close].bytes().all(|c| b" -'".contains(&c));
                class = true;
            }
            b'(' => {
                end_word(&mut word, &mut out);
                depth += 1;
            }
            b')' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    // A group that ends in a space ends a word, whatever its quantifier.
                    boundary = i > 0 && bytes[i - 1] == b' ';
                }
            }
            b'|' if depth == 0 => return Vec::new(),
            _ if depth > 0 => {}
            b'?' | b'*' | b'{' => {
                // The letter before a quantifier is optional: the word ends before it.
                if let Some(w) = word.as_mut() {
                    w.pop();
                }
                // After a group, its own ending decides (see `)` above).
                if word.is_some() {
                    boundary = false;
                }
                end_word(&mut word, &mut out);
                if b == b'{' {
                    while i < bytes.len() && bytes[i] != b'}' {
                        i += 1;
                    }
                }
            }
            b' ' => {
                end_word(&mut word, &mut out);
                boundary = true;
            }
            _ if b.is_ascii_lowercase() || b.is_ascii_digit() => match word.as_mut() {
                Some(w) => w.push(b as char),
                None if boundary => {
                    word = Some((b as char).to_string());
                    boundary = false;
                }
                None => {}
            },
            _ => {
                end_word(&mut word, &mut out);
                boundary = false;
            }
        }
        i += 1;
    }
    end_word(&mut word, &mut out);
    out.sort_by_key(|w| std::cmp::Reverse(w.len()));
    out
}

/// The groups outside any other that a match must pass through, that start a word and
/// whose alternatives are plain words ("(?:month|week|day)"): every match holds a word
/// that begins with one of each group's first words.
fn required_groups(pattern: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut i = 0;
    while let Some(at) = pattern[i..].find("(?:").map(|k| i + k) {
        // Only groups at depth 0: count the parentheses before.
        let depth = pattern[..at].matches('(').count() as isize - pattern[..at].matches(')').count() as isize;
        let Some(end) = group_end(pattern, at) else { break };
        let after = pattern[end..].chars().next();
        let alts = top_level_alternatives(&pattern[at + 3..end - 1]);
        let plain = alts
            .iter()
            .all(|a| !a.trim().is_empty() && a.bytes().all(|b| b.is_ascii_lowercase() || b" '-".contains(&b)));
        let starts_word = starts_word(&pattern[..at]);
        if depth == 0 && plain && starts_word && !matches!(after, Some('?' | '*' | '{')) {
            // Each alternative's first word, up to a hyphen or an apostrophe.
            let firsts = alts.iter().map(|a| {
                let a = a.trim_start();
                a[..a.find([' ', '-', '\'']).unwrap_or(a.len())].to_string()
            });
            out.push(firsts.collect());
        }
        i = end;
    }
    out
}

/// Whether what follows `before` starts a word: after a space, `\b` or nothing, or after
/// a group ending in a space that itself comes where a word starts ("(?:[a-z]+ )?").
fn starts_word(before: &str) -> bool {
    if before.is_empty() || before.ends_with(' ') || before.ends_with(r"\b") {
        return true;
    }
    let group = before.trim_end_matches(['?', '*']);
    let group = if group.ends_with('}') { &group[..group.rfind('{').unwrap_or(group.len())] } else { group };
    if !group.ends_with(" )") {
        return false;
    }
    // Find where that group opens.
    let mut depth = 0;
    for (i, c) in group.char_indices().rev() {
        match c {
            ')' => depth += 1,
            '(' => {
                depth -= 1;
                if depth == 0 {
                    return starts_word(&group[..i]);
                }
            }
            _ => {}
        }
    }
    false
}

impl Pattern {
    fn regex(&self) -> Option<&Regex> {
        self.re.get_or_init(|| Regex::new(&format!("^(?:{})", expand(self.source))).ok()).as_ref()
    }
}

fn compile(lang: Lang) -> Compiled {
    let mut each = Vec::new();
    for (list, patterns) in lang.data().patterns {
        for p in *patterns {
            for alt in top_level_alternatives(p) {
                // The language files are tested to compile and to have triggers
                // (`patterns_compile…`); a bad one in a release build is skipped rather
                // than taking the engine down.
                let Some((triggers, lead)) = triggers(alt) else { continue };
                each.push(Pattern {
                    list: *list,
                    source: alt,
                    re: OnceLock::new(),
                    triggers,
                    second: second_words(alt),
                    needs: word_starts(alt).into_iter().map(|w| vec![w]).chain(required_groups(alt)).collect(),
                    lead,
                });
            }
        }
    }
    let mut by_word: rustc_hash::FxHashMap<Box<[u8]>, Vec<usize>> = Default::default();
    let (mut by_prefix, mut by_digit) = (Vec::new(), Vec::new());
    for (i, p) in each.iter().enumerate() {
        for t in &p.triggers {
            match t {
                Trigger::Word(w) => by_word.entry(w.as_bytes().into()).or_default().push(i),
                Trigger::Prefix(w) => by_prefix.push((w.clone(), i)),
                Trigger::Digit => by_digit.push(i),
            }
        }
    }
    Compiled { each, by_word, by_prefix, by_digit }
}

fn compiled(lang: Lang) -> &'static Compiled {
    static DE: OnceLock<Compiled> = OnceLock::new();
    static EN: OnceLock<Compiled> = OnceLock::new();
    match lang {
        Lang::De => DE.get_or_init(|| compile(Lang::De)),
        Lang::En => EN.get_or_init(|| compile(Lang::En)),
    }
}

/// The longest match a pattern is given room for, in bytes.
const WINDOW: usize = 160;

/// Adds every pattern match in `doc` to `hits`, under its list.
pub fn find(doc: &Document<'_>, lang: Lang, hits: &mut Hits) {
    let c = compiled(lang);
    let hay = doc.norm.as_str();
    let bytes = hay.as_bytes();
    let words = &doc.norm_words;
    // (pattern, the index of a word it can begin with), found word by word: the
    // normalised text's words, which the document has already found.
    let mut tries: Vec<(usize, usize)> = Vec::new();
    // Which two-letter word beginnings the message has, as bits: a pattern that needs a
    // word beginning with "meet" is not tried where no word begins with "me".
    let mut begins = [0u64; 64];
    let pair = |w: &[u8]| ((w[0] as usize) << 6 ^ w.get(1).copied().unwrap_or(0) as usize) & 4095;
    for (wi, &(i, j)) in words.iter().enumerate() {
        let (i, j) = (i as usize, j as usize);
        // Bytes, not str: slicing a str checks character boundaries, every time.
        let word = &bytes[i..j];
        let b = pair(word);
        begins[b >> 6] |= 1 << (b & 63);
        if let Some(ps) = c.by_word.get(word) {
            tries.extend(ps.iter().map(|&p| (p, wi)));
        }
        for (prefix, p) in &c.by_prefix {
            if prefix.as_bytes()[0] == bytes[i] && word.starts_with(prefix.as_bytes()) {
                tries.push((*p, wi));
            }
        }
        if bytes[i].is_ascii_digit() {
            tries.extend(c.by_digit.iter().map(|&p| (p, wi)));
        }
    }
    // A pattern tried twice at one place (two of its triggers fit one word) finds the
    // same span twice, which `Hits` keeps once.
    let mut verdicts: Vec<Option<bool>> = vec![None; c.each.len()];
    for (k, wi) in tries {
        let p = &c.each[k];
        let possible = *verdicts[k].get_or_insert_with(|| {
            p.needs.iter().all(|set| {
                set.iter().any(|w| {
                    let b = pair(w.as_bytes());
                    w.starts_with(['+', '%']) || begins[b >> 6] & (1 << (b & 63)) != 0
                })
            })
        });
        if !possible {
            continue;
        }
        let at = words[wi].0 as usize;
        let Some(from) = at.checked_sub(p.lead).filter(|&f| hay.is_char_boundary(f)) else { continue };
        let mut to = (from + WINDOW).min(hay.len());
        while !hay.is_char_boundary(to) {
            to -= 1;
        }
        // The words in reach of this match: what the pattern needs must be among them.
        let reach = words[wi..].iter().take_while(|&&(s, _)| (s as usize) < to);
        let word_at = |&(s, e): &(u32, u32)| &bytes[s as usize..e as usize];
        if let Some(second) = &p.second {
            let next = words
                .get(wi + 1)
                .filter(|&&(s, _)| s as usize == words[wi].1 as usize + 1 && bytes[s as usize - 1] == b' ');
            if !next.is_some_and(|n| second.iter().any(|t| matches(t, word_at(n)))) {
                continue;
            }
        }
        let window = &hay[from..to];
        let possible = p.needs.iter().all(|set| {
            set.iter().any(|w| match w.as_str() {
                "+" | "%" => window.as_bytes().contains(&w.as_bytes()[0]),
                _ => reach.clone().any(|x| word_at(x).starts_with(w.as_bytes())),
            })
        });
        if !possible {
            continue;
        }
        if let Some(m) = p.regex().and_then(|re| re.find(window))
            && m.end() > 0
        {
            hits.add(p.list, doc.span_from_norm(from, from + m.end()));
        }
    }
}

/// Reads both languages' patterns for their triggers now rather than on the first
/// keystroke; each regex compiles when a message first reaches it.
pub fn warm() {
    for lang in Lang::ALL {
        compiled(lang);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_compile_have_triggers_and_are_in_normal_form() {
        for lang in Lang::ALL {
            let mut n = 0;
            for (list, patterns) in lang.data().patterns {
                for p in *patterns {
                    for alt in top_level_alternatives(p) {
                        n += 1;
                        assert!(Regex::new(&expand(alt)).is_ok(), "{lang:?} {list:?}: {alt:?} does not compile");
                        assert!(triggers(alt).is_some(), "{lang:?} {list:?}: {alt:?}: no word a match begins with");
                    }
                    assert!(
                        !p.contains(|c: char| c.is_uppercase()),
                        "{lang:?} {list:?}: {p:?}: the text is lower case"
                    );
                    assert!(!p.contains(['ä', 'ö', 'ü', 'ß']), "{lang:?} {list:?}: {p:?}: write umlauts as a, o, u");
                    assert!(!p.contains('’'), "{lang:?} {list:?}: {p:?}: apostrophes are normalised to '");
                    assert!(
                        !p.contains("(?:^"),
                        "{lang:?} {list:?}: {p:?}: a pattern cannot start at the text's start"
                    );
                }
            }
            assert_eq!(compiled(lang).each.len(), n);
        }
    }

    #[test]
    fn triggers_are_the_words_a_match_begins_with() {
        let w = |s: &str| Trigger::Word(s.into());
        assert_eq!(triggers(r"\bproven (?:[a-z-]+ ){0,2}system\b"), Some((vec![w("proven")], 0)));
        assert_eq!(triggers(r"\b(?:i|we) help(?:ed)? x"), Some((vec![w("i"), w("we")], 0)));
        assert_eq!(
            triggers(r"\b(?:i )?(?:just )?(?:reviewed|viewed) your"),
            Some((vec![w("i"), w("just"), w("reviewed"), w("viewed")], 0))
        );
        assert_eq!(triggers(r"\bgedanke[n]? zu"), Some((vec![Trigger::Prefix("gedanke".into())], 0)));
        assert_eq!(triggers(r"\bcolou?r"), Some((vec![Trigger::Prefix("colo".into())], 0)));
        assert_eq!(triggers(r"\bworld'?s best"), Some((vec![Trigger::Prefix("world".into())], 0)));
        assert_eq!(triggers(r"\b(?:i'd|would) like"), Some((vec![w("i"), w("would")], 0)));
        assert_eq!(triggers(r"\b\d+ ?% more"), Some((vec![Trigger::Digit], 0)));
        assert_eq!(triggers(r"#1\b"), Some((vec![w("1")], 1)));
        assert_eq!(triggers(r"\b(?:interested)\?+"), Some((vec![w("interested")], 0)));
        assert_eq!(triggers(r"[a-z]+ help"), None);
        assert_eq!(second_words(r"\bi (?:think|believe) you"), Some(vec![w("think"), w("believe")]));
        assert_eq!(second_words(r"\b(?:came|come) (?:across|upon) your"), Some(vec![w("across"), w("upon")]));
        assert_eq!(second_words(r"\b(?:i|we) help"), Some(vec![w("help")]));
        assert_eq!(second_words(r"\byour (?:[a-z]+ )?profile"), None);
        assert_eq!(triggers(r"\bi(?:'d| would) like"), Some((vec![w("i")], 0)));
        assert_eq!(triggers(r"\bthank(?:s| you)"), Some((vec![Trigger::Prefix("thank".into())], 0)));
        assert_eq!(top_level_alternatives(r"#1\b|\bnumber (?:one|1)\b"), [r"#1\b", r"\bnumber (?:one|1)\b"]);
        assert_eq!(
            top_level_alternatives(r"a[|(]b\|c|d"),
            [r"a[|(]b\|c", "d"],
            "escaped and class characters are not syntax"
        );
        assert_eq!(group_end(r"(?:a\)[)]b)c", 0), Some(11));
    }

    #[test]
    fn word_starts_are_what_every_match_must_hold() {
        assert_eq!(word_starts(r"\bi help(?:ed)? (?:[a-z]+ ){0,3}founders\b"), ["founders", "help"]);
        assert_eq!(word_starts(r"\bcolou?r scheme"), ["scheme", "colo"]);
        assert_eq!(word_starts(r"\b\d[\d.,]*\+ (?:[a-z-]+ )?leads"), ["leads", "+"]);
        assert_eq!(word_starts(r"\b\d+ ?% more"), ["more", "%"]);
        assert_eq!(word_starts(r"\b\d[\d.,]*\+? leads"), ["leads"]);
        assert_eq!(word_starts(r"\b(?:\d+|six)[- ]figures?\b"), ["figure"]);
        assert_eq!(word_starts(r"\bxing-profil gestolpert"), ["gestolpert", "xing"]);
        assert_eq!(word_starts(r"\bwe(?:'ve| have) helped"), ["helped", "we"]);
        assert!(word_starts(r"[a-z]+profil").is_empty(), "a word begun by a class is no word start");
        assert!(word_starts(r"#1\b|\bnumber one\b").is_empty(), "a top-level alternation has no single needle");
    }

    #[test]
    fn required_groups_are_the_plain_groups_a_match_passes() {
        assert_eq!(
            required_groups(r"\b\d+ (?:[a-z-]+ )?(?:meetings|leads) (?:per|a) (?:month|week)\b"),
            [vec!["meetings", "leads"], vec!["per", "a"], vec!["month", "week"]],
        );
        assert!(required_groups(r"\bx(?:[a-z]+ )?(?:meetings|leads)").is_empty(), "x(?:…) starts no word");
        assert_eq!(required_groups(r"\bi (?:wanted|thought i would) to"), [vec!["wanted", "thought"]]);
        assert_eq!(required_groups(r"\b(?:money-back|early bird) deal"), [vec!["money", "early"]]);
        assert!(required_groups(r"\b(?:i )?(?:just )?viewed").is_empty(), "optional groups are not required");
        assert_eq!(required_groups(r"\bsave (?:hours|days)"), [vec!["hours", "days"]]);
    }

    /// The windowed search finds what a plain scan of the whole text finds.
    #[test]
    fn windows_find_what_a_whole_scan_finds() {
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
        for text in &texts {
            let doc = Document::new(text);
            for lang in Lang::ALL {
                let mut windowed = Hits::new();
                find(&doc, lang, &mut windowed);
                for p in &compiled(lang).each {
                    let whole = Regex::new(&expand(p.source)).unwrap();
                    for m in whole.find_iter(&doc.norm) {
                        let span = doc.span_from_norm(m.start(), m.end());
                        assert!(
                            windowed.of(p.list).iter().any(|s| s.start <= span.start && s.end >= span.end),
                            "{lang:?}: {:?} found {:?} by scanning, not in its window",
                            whole.as_str(),
                            m.as_str()
                        );
                    }
                }
            }
        }
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
