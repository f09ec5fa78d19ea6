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
//! One [`RegexSet`] pass tells which patterns match at all; only those run again to find
//! where. Both are compiled once per language, on first use ([`crate::warm`] does it).

use crate::lang::{Lang, List};
use crate::phrases::Hits;
use crate::text::Document;
use regex::{Regex, RegexSet};
use std::sync::OnceLock;

struct Compiled {
    set: RegexSet,
    each: Vec<(List, Regex)>,
}

/// A pattern as written in a language file, made into the regex it stands for.
fn expand(pattern: &str) -> String {
    pattern.replace(r"\b", r"(?-u:\b)")
}

fn compile(lang: Lang) -> Compiled {
    let mut sources = Vec::new();
    let mut each = Vec::new();
    for (list, patterns) in lang.data().patterns {
        for p in *patterns {
            let source = expand(p);
            // The language files are tested to compile (`patterns_compile`); a bad one in
            // a release build is skipped rather than taking the engine down.
            if let Ok(re) = Regex::new(&source) {
                each.push((*list, re));
                sources.push(source);
            }
        }
    }
    let set = RegexSet::new(&sources).unwrap_or_else(|_| RegexSet::empty());
    Compiled { set, each }
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
    let c = compiled(lang);
    let hay = doc.norm.as_str();
    for i in c.set.matches(hay).iter() {
        let (list, re) = &c.each[i];
        for caps in re.captures_iter(hay) {
            let Some(m) = caps.get(1).or_else(|| caps.get(0)) else { continue };
            if m.start() < m.end() {
                hits.add(*list, doc.span_from_norm(m.start(), m.end()));
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
