//! The engine: segment once, match phrases once, derive the shared facts once, then run
//! every enabled rule over them and build the report.

use crate::config::{Config, ConfigError, Problem, Settings};
use crate::context::Context;
use crate::lang::lexicon::{self, Class};
use crate::lang::{self, Lang, List};
use crate::phrases::{self, Hits};
use crate::readability;
use crate::report::{Counts, Finding, Limit, LimitSource, Readability, Report};
use crate::rules::{Check, Draft, Params, RULES};
use crate::score;
use crate::span::{Span, Utf16Map};
use crate::text::{Document, is_latin1, latin1_lower, normalise};
use std::fmt;

/// The largest message analysed: far beyond any platform limit, small enough that a
/// stray paste cannot stall a keystroke.
pub const MAX_BYTES: usize = 1 << 20;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnalyzeError {
    EmptyMessage,
    TooLarge { bytes: usize },
}

impl fmt::Display for AnalyzeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnalyzeError::EmptyMessage => write!(f, "the message is empty: there is nothing to check"),
            AnalyzeError::TooLarge { bytes } => {
                write!(f, "the message is {bytes} bytes; Verbindlich reads at most {MAX_BYTES} bytes (1 MiB)")
            }
        }
    }
}

impl std::error::Error for AnalyzeError {}

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
            let hit = match lang {
                // German compounds end in the noun: "ROSCon-Vortrag", "Forschungsbeitrag".
                Lang::De if is_latin1(word) => nouns.iter().any(|noun| {
                    // Compared from the end, lower-cased as read: no string per word.
                    let mut letters = word.chars().rev().map(latin1_lower);
                    noun.chars().rev().all(|n| letters.next() == Some(n))
                }),
                Lang::De => {
                    let lower = word.to_lowercase();
                    nouns.iter().any(|noun| lower.ends_with(noun))
                }
                Lang::En => nouns.iter().any(|noun| word.eq_ignore_ascii_case(noun)),
            };
            if hit {
                found.push(Span::new(w.span.start, n.span.end));
                break;
            }
        }
    }
    found
}

/// Runs one small analysis, so that what the first one pays for happens now instead of
/// on the first keystroke: the word table is built, and in WebAssembly V8 compiles the
/// code an analysis runs (the phrase index is static data and needs no building).
pub fn warm() {
    crate::patterns::warm();
    let context = Context { lang: Some(Lang::En), ..Context::default() };
    let _ = Engine::default().analyze("Hi {name}, see https://example.com – danke!", &context);
}

/// A config compiled for analysis. Build it once and reuse it for every keystroke.
pub struct Engine {
    settings: Settings,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::lenient(&Config::default()).0
    }
}

impl Engine {
    /// Compiles `config`, refusing it when anything in it is wrong.
    pub fn new(config: &Config) -> Result<Engine, ConfigError> {
        let (settings, problems) = Settings::resolve(config);
        if problems.is_empty() { Ok(Engine { settings }) } else { Err(ConfigError(problems)) }
    }

    /// Compiles `config`, falling back to defaults for each part that is wrong.
    pub fn lenient(config: &Config) -> (Engine, Vec<Problem>) {
        let (settings, problems) = Settings::resolve(config);
        (Engine { settings }, problems)
    }

    pub fn analyze(&self, text: &str, context: &Context) -> Result<Report, AnalyzeError> {
        if text.len() > MAX_BYTES {
            return Err(AnalyzeError::TooLarge { bytes: text.len() });
        }
        if text.trim().is_empty() {
            return Err(AnalyzeError::EmptyMessage);
        }
        let doc = Document::new(text);
        let classes: Vec<Class> =
            doc.words.iter().map(|w| lexicon::classify_in(text, w.span.start, w.span.end)).collect();
        let lang = context.lang.unwrap_or_else(|| lang::detect(&doc, &classes));
        let ui = context.ui_lang.or(self.settings.ui_lang).unwrap_or(lang);
        let hits = phrases::match_all(&doc, lang, self.settings.own.get(&lang));
        let facts = Facts::new(&doc, lang, &classes, &hits);

        let surface = context.surface();
        let over = self.settings.surfaces.get(&surface);
        let (max_chars, source) =
            match (context.max_chars.filter(|&n| n > 0), over.and_then(|o| o.max_chars), surface.hard_limit()) {
                (Some(n), _, _) => (Some(n), Some(LimitSource::Page)),
                (None, Some(n), _) => (Some(n), Some(LimitSource::Config)),
                (None, None, Some(n)) => (Some(n), Some(LimitSource::Surface)),
                _ => (None, None),
            };
        let ideal_words = over.and_then(|o| o.ideal_words).unwrap_or_else(|| surface.ideal_words());
        let kind = context.kind();
        let cx =
            Check { doc: &doc, lang, ui, context, surface, max_chars, ideal_words, hits: &hits, facts: &facts, kind };

        let accept = self.settings.accept.get(&lang);
        let mut drafts: Vec<(usize, Draft)> = Vec::new();
        let mut out = Vec::new();
        for (i, rule) in RULES.iter().enumerate() {
            let state = &self.settings.rules[i];
            if !state.enabled || !rule.meta.kinds.has(kind) {
                continue;
            }
            (rule.check)(&cx, &Params::new(rule.meta.params, &state.params), &mut out);
            drafts.extend(out.drain(..).map(|d| (i, d)));
        }
        if let Some(accept) = accept {
            drafts.retain(|(_, d)| d.span.is_none_or(|s| !accept.contains(&normalise(s.text(text)))));
        }
        drafts.sort_by_key(|(i, d)| (d.span.is_none(), d.span.map(|s| s.start), *i));

        let checkpoints: Vec<_> = drafts.iter().map(|(i, d)| [RULES[*i].meta.checkpoint, d.also_fails]).collect();
        let map = Utf16Map::new(text, drafts.iter().filter_map(|(_, d)| d.span).flat_map(|s| [s.start, s.end]));
        let rule_of: Vec<usize> = drafts.iter().map(|(i, _)| *i).collect();
        let mut findings: Vec<Finding> = drafts
            .into_iter()
            .map(|(i, d)| {
                let meta = RULES[i].meta;
                Finding {
                    rule: meta.id,
                    family: meta.family,
                    severity: self.settings.rules[i].severity,
                    message: d.message,
                    why: meta.why.get(ui),
                    span: d.span.map(|s| map.report_span(s)),
                    suggestion: d.suggestion,
                    suggestion_kind: d.suggestion_kind,
                    cost: 0,
                }
            })
            .collect();
        let costs: Vec<u8> = findings
            .iter()
            .zip(&rule_of)
            .map(|(f, &i)| score::cost_of(f.rule, RULES[i].meta.severity, f.severity))
            .collect();
        score::charge(&mut findings, &costs);

        let readability = match &facts.readability {
            Some(m) => {
                Readability { score: Some(m.score), level: Some(m.level), label: Some(ui.pick(m.label_en, m.label_de)) }
            }
            None => Readability { score: None, level: None, label: None },
        };
        // The entries some enabled rule for this kind of message can fail.
        let shown: Vec<_> = score::Checkpoint::ALL
            .into_iter()
            .filter(|&c| {
                RULES
                    .iter()
                    .zip(&self.settings.rules)
                    .any(|(r, s)| s.enabled && r.meta.kinds.has(kind) && r.meta.checkpoint == Some(c))
            })
            .collect();
        let checklist = score::checklist(&findings, &checkpoints, &shown, ui);
        let (overall, breakdown, scores) = score::scores(&findings, &checklist, ui);
        Ok(Report {
            language: lang,
            ui_lang: ui,
            surface: surface.id(),
            kind,
            counts: Counts {
                chars: doc.chars_utf16,
                words: doc.words.len(),
                sentences: doc.sentences.len(),
                questions: doc.sentences.iter().filter(|s| s.question).count(),
            },
            limit: Limit { max_chars, source },
            readability,
            score: overall,
            band: score::band(overall),
            breakdown,
            scores,
            findings,
            checklist,
        })
    }
}
