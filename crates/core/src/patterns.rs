//! Phrases with structure: optional words, word slots, inflections and numbers, which a
//! fixed phrase list cannot spell out ("I help <who> to <do what>", "we've helped 200+
//! companies", "bin über Ihr Profil gestoßen" in its forms).
//!
//! Each language lists its patterns beside its phrase lists ([`crate::lang::LangData`]),
//! as regular expressions over the normalised text (lower case, diacritics folded, "ß"
//! as "ss", whitespace collapsed). A match lands in the same [`List`] as a phrase would,
//! so the rules need not know how it was found. `\b` is an ASCII word boundary (the
//! normalised text's letters are ASCII but for scripts no pattern names), and a pattern
//! with a capture group reports only the group: `(?:^|[.!?] )(interested\?)` finds the
//! one-word question without the full stop before it.
//!
//! The matcher is `regex-lite`: the full `regex` crate would have added more to the
//! WebAssembly module than the whole engine weighs gzipped. regex-lite has no DFA, so a
//! pattern runs only where it can match: each pattern's *needle*, a run of letters every
//! match must contain (derived from the pattern by [`needle`]), is looked for first, and
//! most patterns stop there. Patterns are compiled once per language, on first use
//! ([`crate::warm`] does it).

use crate::lang::{Lang, List};
use crate::phrases::Hits;
use crate::text::Document;
use regex_lite::Regex;
use std::sync::OnceLock;

struct Pattern {
    list: List,
    re: Regex,
    needle: Option<String>,
}

struct Compiled {
    each: Vec<Pattern>,
}

/// The longest run of literal letters outside any group, class or quantifier, which every
/// match must therefore contain; `None` when the pattern has a top-level alternation or no
/// such run of three letters or more.
fn needle(pattern: &str) -> Option<String> {
    let bytes = pattern.as_bytes();
    let (mut depth, mut class) = (0usize, false);
    let mut runs: Vec<String> = Vec::new();
    let mut run = String::new();
    let mut i = 0;
    let end_run = |run: &mut String, runs: &mut Vec<String>| {
        if run.trim().len() >= 3 {
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
            b'|' if depth == 0 => return None,
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
            _ if depth == 0 && (b.is_ascii_lowercase() || b == b' ' || b == b'\'' || b == b'-') => run.push(b as char),
            _ => end_run(&mut run, &mut runs),
        }
        i += 1;
    }
    end_run(&mut run, &mut runs);
    runs.into_iter().max_by_key(|r| r.len())
}

/// A pattern as written in a language file, made into the regex it stands for.
fn expand(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

fn compile(lang: Lang) -> Compiled {
    let mut each = Vec::new();
    for (list, patterns) in lang.data().patterns {
        for p in *patterns {
            // The language files are tested to compile (`patterns_compile`); a bad one in
            // a release build is skipped rather than taking the engine down.
            if let Ok(re) = Regex::new(&expand(p)) {
                each.push(Pattern { list: *list, re, needle: needle(p) });
            }
        }
    }
    Compiled { each }
}

fn compiled(lang: Lang) -> &'static Compiled {
    static DE: OnceLock<Compiled> = OnceLock::new();
    static EN: OnceLock<Compiled> = OnceLock::new();
    match lang {
        Lang::De => DE.get_or_init(|| compile(Lang::De)),
        Lang::En => EN.get_or_init(|| compile(Lang::En)),
    }
}

/// Adds every pattern match in `doc` to `hits`, under its list.
pub fn find(doc: &Document<'_>, lang: Lang, hits: &mut Hits) {
    let hay = doc.norm.as_str();
    for p in &compiled(lang).each {
        if p.needle.as_ref().is_some_and(|n| !hay.contains(n.as_str())) {
            continue;
        }
        for caps in p.re.captures_iter(hay) {
            let Some(m) = caps.get(1).or_else(|| caps.get(0)) else { continue };
            if m.start() < m.end() {
                hits.add(p.list, doc.span_from_norm(m.start(), m.end()));
            }
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
    fn patterns_compile_and_are_in_normal_form() {
        for lang in Lang::ALL {
            for (list, patterns) in lang.data().patterns {
                for p in *patterns {
                    assert!(Regex::new(&expand(p)).is_ok(), "{lang:?} {list:?}: {p:?} does not compile");
                    assert!(
                        !p.contains(|c: char| c.is_uppercase()),
                        "{lang:?} {list:?}: {p:?}: the text is lower case"
                    );
                    assert!(!p.contains(['ä', 'ö', 'ü', 'ß']), "{lang:?} {list:?}: {p:?}: write umlauts as a, o, u");
                    assert!(!p.contains('’'), "{lang:?} {list:?}: {p:?}: apostrophes are normalised to '");
                }
            }
            assert_eq!(compiled(lang).each.len(), lang.data().patterns.iter().map(|(_, p)| p.len()).sum::<usize>());
        }
    }

    #[test]
    fn needles_are_what_every_match_must_contain() {
        assert_eq!(needle(r"\bi help(?:ed)? (?:[a-z]+ ){0,3}founders\b").as_deref(), Some("founders"));
        assert_eq!(needle(r"\bhope (?:this|my) (?:e-?mail|message) finds you\b").as_deref(), Some("finds you"));
        assert_eq!(needle(r"\bcolou?r scheme").as_deref(), Some("r scheme"));
        assert_eq!(needle(r"#1\b|\bnumber one\b"), None, "a top-level alternation has no single needle");
        assert_eq!(needle(r"(?:^|[.!?] )((?:intrigued|interested)\?+)"), None);
        assert_eq!(needle(r"\b\d+ ?% (?:more|less)\b"), None);
        // Every pattern that matches somewhere in the corpus holds its needle there.
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/corpus");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = crate::text::normalise(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
            for lang in Lang::ALL {
                for p in &compiled(lang).each {
                    for m in p.re.find_iter(&text) {
                        if let Some(n) = &p.needle {
                            assert!(
                                m.as_str().contains(n.as_str()),
                                "{:?} matched {:?} without {n:?}",
                                p.re,
                                m.as_str()
                            );
                        }
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
