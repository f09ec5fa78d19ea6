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
    /// The pattern anchored at the start of the text it is run on.
    re: Regex,
    triggers: Vec<Trigger>,
    /// The words the match's second word can be, when the pattern says.
    second: Option<Vec<Trigger>>,
    /// Runs of letters every match contains: where the window lacks one, the pattern is
    /// not run there.
    needles: Vec<String>,
    /// Sets of words of which every match contains one ([`required_groups`]).
    one_of: Vec<Vec<String>>,
    /// Characters of the pattern before its first word ("#" in "#1"): the window starts
    /// that many bytes before the trigger.
    lead: usize,
}

struct Compiled {
    each: Vec<Pattern>,
    /// Pattern indices by the whole word a match can begin with.
    by_word: rustc_hash::FxHashMap<String, Vec<usize>>,
    /// (prefix, pattern) for triggers that are word beginnings.
    by_prefix: Vec<(String, usize)>,
    /// Patterns that can begin with a number.
    by_digit: Vec<usize>,
}

/// A pattern as written in a language file, made into the regex it stands for.
fn expand(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

/// Splits at the `|` outside any group or class.
fn top_level_alternatives(pattern: &str) -> Vec<&str> {
    let (mut depth, mut class, mut escaped) = (0usize, false, false);
    let mut parts = Vec::new();
    let mut from = 0;
    for (i, c) in pattern.char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            ']' if class => class = false,
            _ if class => {}
            '[' => class = true,
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            '|' if depth == 0 => {
                parts.push(&pattern[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&pattern[from..]);
    parts
}

/// The index just past the `)` that closes the group opening at `open`.
fn group_end(p: &str, open: usize) -> Option<usize> {
    let (mut depth, mut class, mut escaped) = (0usize, false, false);
    for (i, c) in p[open..].char_indices() {
        match c {
            _ if escaped => escaped = false,
            '\\' => escaped = true,
            ']' if class => class = false,
            _ if class => {}
            '[' => class = true,
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return Some(open + i + 1);
                }
            }
            _ => {}
        }
    }
    None
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

fn matches(t: &Trigger, word: &str) -> bool {
    match t {
        Trigger::Word(w) => word == w,
        Trigger::Prefix(w) => word.starts_with(w.as_str()),
        Trigger::Digit => word.starts_with(|c: char| c.is_ascii_digit()),
    }
}

/// The words a match of `p` (no top-level `|`) can begin with, and how many bytes of
/// literal punctuation come before that word; `None` when they cannot be read off.
fn triggers(p: &str) -> Option<(Vec<Trigger>, usize)> {
    let p = p.strip_prefix(r"\b").unwrap_or(p);
    if let Some(rest) = p.strip_prefix(r"\d") {
        let _ = rest;
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

/// The runs of literal letters outside any group, class or quantifier, which every match
/// must therefore contain, longest first; none when the pattern has a top-level
/// alternation.
fn needles(pattern: &str) -> Vec<String> {
    let bytes = pattern.as_bytes();
    let (mut depth, mut class) = (0usize, false);
    let mut runs: Vec<String> = Vec::new();
    let mut run = String::new();
    let mut i = 0;
    // A run of three letters or more, or any run with a sign in it ("+", "%").
    let end_run = |run: &mut String, runs: &mut Vec<String>| {
        if run.trim().len() >= 3 || run.contains(['+', '%', '#']) {
            runs.push(run.trim().to_string());
        }
        run.clear();
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
            // An escaped sign is that sign; any other escape (\b, \d) ends the run.
            b'\\' if depth == 0 && matches!(bytes.get(i + 1), Some(b'+' | b'?' | b'.')) => {
                i += 1;
                run.push(bytes[i] as char);
            }
            b'\\' => {
                end_run(&mut run, &mut runs);
                i += 1;
            }
            b'[' => {
                end_run(&mut run, &mut runs);
                class = true;
            }
            b'(' => {
                end_run(&mut run, &mut runs);
                depth += 1;
            }
            b')' => depth = depth.saturating_sub(1),
            b'|' if depth == 0 => return Vec::new(),
            b'?' | b'*' | b'{' => {
                // The letter before a quantifier is optional: it leaves the run.
                if depth == 0 {
                    run.pop();
                    end_run(&mut run, &mut runs);
                }
                if b == b'{' {
                    while i < bytes.len() && bytes[i] != b'}' {
                        i += 1;
                    }
                }
            }
            b'+' | b'.' | b'^' | b'$' => end_run(&mut run, &mut runs),
            _ if depth == 0 && (b.is_ascii_lowercase() || b"' -%#".contains(&b)) => run.push(b as char),
            _ => end_run(&mut run, &mut runs),
        }
        i += 1;
    }
    end_run(&mut run, &mut runs);
    runs.sort_by_key(|r| std::cmp::Reverse(r.len()));
    runs
}

/// The groups outside any other that a match must pass through and whose alternatives
/// are plain words ("(?:month|week|day)"): every match contains one of each group's words.
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
        if depth == 0 && plain && !matches!(after, Some('?' | '*' | '{')) {
            out.push(alts.iter().map(|a| a.trim().to_string()).collect());
        }
        i = end;
    }
    out
}

fn compile(lang: Lang) -> Compiled {
    let mut each = Vec::new();
    for (list, patterns) in lang.data().patterns {
        for p in *patterns {
            for alt in top_level_alternatives(p) {
                // The language files are tested to compile and to have triggers
                // (`patterns_compile…`); a bad one in a release build is skipped rather
                // than taking the engine down.
                let (Some((triggers, lead)), Ok(re)) = (triggers(alt), Regex::new(&format!("^(?:{})", expand(alt))))
                else {
                    continue;
                };
                each.push(Pattern {
                    list: *list,
                    re,
                    triggers,
                    second: second_words(alt),
                    needles: needles(alt),
                    one_of: required_groups(alt),
                    lead,
                });
            }
        }
    }
    let mut by_word: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
    let (mut by_prefix, mut by_digit) = (Vec::new(), Vec::new());
    for (i, p) in each.iter().enumerate() {
        for t in &p.triggers {
            match t {
                Trigger::Word(w) => by_word.entry(w.clone()).or_default().push(i),
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
    // (pattern, where a word it can begin with starts), found word by word.
    let mut tries: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if !bytes[i].is_ascii_alphanumeric() || (i > 0 && bytes[i - 1].is_ascii_alphanumeric()) {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < bytes.len() && bytes[j].is_ascii_alphanumeric() {
            j += 1;
        }
        let word = &hay[i..j];
        if let Some(ps) = c.by_word.get(word) {
            tries.extend(ps.iter().map(|&p| (p, i)));
        }
        for (prefix, p) in &c.by_prefix {
            if word.starts_with(prefix.as_str()) {
                tries.push((*p, i));
            }
        }
        if bytes[i].is_ascii_digit() {
            tries.extend(c.by_digit.iter().map(|&p| (p, i)));
        }
        i = j;
    }
    tries.sort_unstable();
    tries.dedup();
    for (k, at) in tries {
        let p = &c.each[k];
        let Some(from) = at.checked_sub(p.lead).filter(|&f| hay.is_char_boundary(f)) else { continue };
        let mut to = (from + WINDOW).min(hay.len());
        while !hay.is_char_boundary(to) {
            to -= 1;
        }
        if let Some(second) = &p.second {
            let end = at + bytes[at..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            let next = hay.get(end + 1..).filter(|_| bytes.get(end) == Some(&b' ')).unwrap_or("");
            let next = &next[..next.bytes().take_while(|b| b.is_ascii_alphanumeric()).count()];
            if !second.iter().any(|t| matches(t, next)) {
                continue;
            }
        }
        let window = &hay[from..to];
        // A call into the matcher costs far more than a look for a few letters.
        if p.needles.iter().any(|n| !window.contains(n.as_str()))
            || p.one_of.iter().any(|set| !set.iter().any(|w| window.contains(w.as_str())))
        {
            continue;
        }
        if let Some(m) = p.re.find(window)
            && m.end() > 0
        {
            hits.add(p.list, doc.span_from_norm(from, from + m.end()));
        }
    }
}

/// Compiles both languages' patterns now rather than on the first keystroke.
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
    }

    #[test]
    fn needles_are_what_every_match_must_contain() {
        assert_eq!(needles(r"\bi help(?:ed)? (?:[a-z]+ ){0,3}founders\b"), ["founders", "i help"]);
        assert_eq!(needles(r"\bcolou?r scheme"), ["r scheme", "colo"]);
        assert_eq!(needles(r"\b\d[\d.,]*\+ (?:[a-z-]+ )?leads"), ["leads", "+"]);
        assert_eq!(needles(r"\b\d+ ?% (?:more|less)"), ["%"]);
        assert_eq!(needles(r"\b\d[\d.,]*\+? (?:[a-z-]+ )?leads"), ["leads"]);
        assert!(needles(r"#1\b|\bnumber one\b").is_empty(), "a top-level alternation has no single needle");
    }

    #[test]
    fn required_groups_are_the_plain_groups_a_match_passes() {
        assert_eq!(
            required_groups(r"\b\d+ (?:[a-z-]+ )?(?:meetings|leads) (?:per|a) (?:month|week)\b"),
            [vec!["meetings", "leads"], vec!["per", "a"], vec!["month", "week"]]
        );
        assert!(required_groups(r"\b(?:i )?(?:just )?viewed").is_empty(), "optional groups are not required");
        assert_eq!(required_groups(r"\bsave (?:you )?(?:hours|days)"), [vec!["hours", "days"]]);
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
                    let whole = Regex::new(&p.re.as_str()[4..p.re.as_str().len() - 1]).unwrap();
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
