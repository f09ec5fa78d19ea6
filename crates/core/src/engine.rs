//! The engine: segment once, match phrases once, derive the shared facts once, then run
//! every enabled rule over them and build the report.

use crate::config::{Config, ConfigError, Problem, Settings};
use crate::context::{Context, MessageKind};
use crate::facts::{Facts, Theirs};
use crate::lang::lexicon::{self, Class};
use crate::lang::{self, Lang};
use crate::mentions;
use crate::phrases;
use crate::report::{Counts, Finding, Limit, LimitSource, Readability, Report, Severity, ThingToMention};
use crate::rules::{Check, Draft, Params, RULES};
use crate::score;
use crate::span::Utf16Map;
use crate::text::{Document, normalise};
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

/// Runs one small analysis, so that what the first one pays for happens now instead of
/// on the first keystroke: the word table and the phrase index are built, and in
/// WebAssembly V8 compiles the code an analysis runs.
pub fn warm() {
    crate::patterns::warm();
    crate::phrases::PhraseSet::builtin();
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
        let informal = lang == Lang::De && facts.informal.len() > facts.formal.len();
        let things = context.recipient.as_ref().map(|r| mentions::things(&doc, lang, r, informal)).unwrap_or_default();

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
        let theirs =
            (kind == MessageKind::Reply).then(|| context.their_last_message()).flatten().map(|t| Theirs::read(t, lang));
        let cx = Check {
            doc: &doc,
            lang,
            ui,
            context,
            surface,
            max_chars,
            ideal_words,
            hits: &hits,
            facts: &facts,
            things: &things,
            kind,
            theirs: theirs.as_ref(),
        };

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
        let spans = drafts.iter().filter_map(|(_, d)| d.span).chain(things.iter().filter_map(|t| t.at));
        let map = Utf16Map::new(text, spans.flat_map(|s| [s.start, s.end]));
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
        let omitted = keep_most_severe(&mut findings, MAX_FINDINGS);
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
            omitted,
            checklist,
            things_to_mention: things
                .into_iter()
                .map(|t| ThingToMention {
                    kind: t.kind,
                    text: t.text,
                    span: t.at.map(|s| map.report_span(s)),
                    example: t.example,
                })
                .collect(),
        })
    }
}

/// The most findings a report lists (see [`Report::omitted`]). A page draws an underline
/// for each; two hundred are more than a message worth sending ever has.
pub const MAX_FINDINGS: usize = 200;

/// Keeps at most `max` findings, in their order: errors first, then warnings, then hints,
/// and within each what is about the whole message before what marks words. Returns how
/// many went.
fn keep_most_severe(findings: &mut Vec<Finding>, max: usize) -> usize {
    if findings.len() <= max {
        return 0;
    }
    let mut keep = vec![false; findings.len()];
    let mut left = max;
    for severity in [Severity::Error, Severity::Warning, Severity::Hint] {
        for whole in [true, false] {
            for (i, f) in findings.iter().enumerate() {
                if left > 0 && f.severity == severity && f.span.is_none() == whole {
                    keep[i] = true;
                    left -= 1;
                }
            }
        }
    }
    let before = findings.len();
    let mut kept = keep.into_iter();
    findings.retain(|_| kept.next().unwrap_or(false));
    before - findings.len()
}
