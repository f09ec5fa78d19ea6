//! How well the score separates messages with known verdicts: the measure behind
//! `verbindlich eval`, which a team runs on its own sent messages to tune its config.
//!
//! A sample is one message with the verdict of whoever published or sent it: `good`,
//! `bad`, `received-spam` (quoted by the person who got it as spam) or `template` (a
//! fill-in kit with no verdict of its own, reported but not ranked). The ranking is
//! measured on first messages only — a reply or a follow-up is a different judgement —
//! and without the good messages that still hold unfilled placeholders: those are
//! templates praised as templates, and the engine is right to call them unfinished.

use crate::context::{Context, MessageKind, Recipient, Thread};
use crate::engine::{AnalyzeError, Engine};
use crate::lang::Lang;
use crate::surface::Surface;
use serde::{Deserialize, Serialize};

/// One message with its verdict, as in a file of samples (extra fields are ignored, so a
/// file can carry its sources and reasons).
#[derive(Debug, Clone, Deserialize)]
pub struct Sample {
    #[serde(default)]
    pub id: Option<String>,
    pub text: String,
    #[serde(default)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub surface: Option<Surface>,
    pub source_label: Verdict,
    /// The addressee's full name, when known.
    #[serde(default)]
    pub recipient: Option<String>,
    /// Not the opening message of its thread.
    #[serde(default)]
    pub is_followup: bool,
    /// Where it was published: the unit a fit leaves out to measure itself (see
    /// [`crate::fit`]).
    #[serde(default)]
    pub source: Option<String>,
    /// First message, reply or follow-up; from `is_followup` when absent.
    #[serde(default)]
    pub kind: Option<MessageKind>,
    /// The message a reply answers, or the earlier one a follow-up follows.
    #[serde(default)]
    pub reply_to: Option<String>,
}

impl Sample {
    pub fn kind(&self) -> MessageKind {
        self.kind.unwrap_or(if self.is_followup { MessageKind::Followup } else { MessageKind::First })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    Good,
    Bad,
    ReceivedSpam,
    Template,
}

impl Verdict {
    pub const ALL: [Verdict; 4] = [Verdict::Good, Verdict::Bad, Verdict::ReceivedSpam, Verdict::Template];

    pub fn id(self) -> &'static str {
        match self {
            Verdict::Good => "good",
            Verdict::Bad => "bad",
            Verdict::ReceivedSpam => "received-spam",
            Verdict::Template => "template",
        }
    }

    pub fn is_bad(self) -> bool {
        matches!(self, Verdict::Bad | Verdict::ReceivedSpam)
    }
}

/// One sample as the engine scored it.
#[derive(Debug, Clone, Serialize)]
pub struct Scored {
    pub id: String,
    /// What the baselines count (see [`word_count`]).
    pub words: usize,
    pub capitals: usize,
    pub verdict: Verdict,
    pub followup: bool,
    pub score: u8,
    /// Unfilled placeholders were found.
    pub placeholders: bool,
    /// The rules that found something, in report order.
    pub rules: Vec<&'static str>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Mean {
    pub verdict: Verdict,
    pub first: Option<f64>,
    pub first_n: usize,
    pub followup: Option<f64>,
    pub followup_n: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct Evaluation {
    /// The score at which the line between good and bad is drawn.
    pub line: u8,
    /// The chance that a good first message outscores a bad one (ties count half);
    /// `None` when either side is empty.
    pub auc: Option<f64>,
    pub good_n: usize,
    pub bad_n: usize,
    /// The same ranking by two counts that need no engine: the number of words and the
    /// number of capitalised words. A score that does not beat them has learned nothing.
    pub auc_words: Option<f64>,
    pub auc_capitals: Option<f64>,
    pub means: Vec<Mean>,
    /// Good first messages without placeholders that score below the line.
    pub good_below: Vec<Scored>,
    /// Bad or spam first messages that score at or above it.
    pub bad_above: Vec<Scored>,
    pub samples: Vec<Scored>,
}

/// The context a sample implies: its surface and language, its recipient, and a
/// follow-up's kind (the earlier message itself is not in the file).
pub fn context_of(s: &Sample) -> Context {
    let kind = s.kind();
    let thread = match kind {
        MessageKind::First => None,
        MessageKind::Reply => {
            Some(Thread { kind: Some(kind), their_last_message: s.reply_to.clone(), ..Thread::default() })
        }
        MessageKind::Followup => {
            Some(Thread { kind: Some(kind), first_message: s.reply_to.clone(), ..Thread::default() })
        }
    };
    Context {
        surface: s.surface,
        lang: s.lang,
        recipient: s.recipient.as_ref().map(|n| Recipient { full_name: Some(n.clone()), ..Recipient::default() }),
        thread,
        ..Context::default()
    }
}

/// Scores every sample and measures the ranking. An empty message is an error naming it.
pub fn evaluate(engine: &Engine, samples: &[Sample], line: u8) -> Result<Evaluation, (String, AnalyzeError)> {
    let mut scored = Vec::with_capacity(samples.len());
    for (i, s) in samples.iter().enumerate() {
        let id = s.id.clone().unwrap_or_else(|| format!("#{}", i + 1));
        let report = engine.analyze(&s.text, &context_of(s)).map_err(|e| (id.clone(), e))?;
        scored.push(Scored {
            id,
            words: word_count(&s.text),
            capitals: capitalised_words(&s.text),
            verdict: s.source_label,
            followup: s.kind() != MessageKind::First,
            score: report.score,
            placeholders: report.findings.iter().any(|f| f.rule == "template/placeholder"),
            rules: report.findings.iter().map(|f| f.rule).collect(),
        });
    }
    let ranked_good: Vec<&Scored> =
        scored.iter().filter(|s| !s.followup && s.verdict == Verdict::Good && !s.placeholders).collect();
    let ranked_bad: Vec<&Scored> = scored.iter().filter(|s| !s.followup && s.verdict.is_bad()).collect();
    let ranked = |f: &dyn Fn(&Scored) -> f64| {
        let good: Vec<f64> = ranked_good.iter().map(|s| f(s)).collect();
        let bad: Vec<f64> = ranked_bad.iter().map(|s| f(s)).collect();
        auc(&good, &bad)
    };
    let auc = ranked(&|s| s.score as f64);
    let auc_words = ranked(&|s| s.words as f64);
    let auc_capitals = ranked(&|s| s.capitals as f64);
    let mean = |it: &mut dyn Iterator<Item = u8>| {
        let (sum, n) = it.fold((0u32, 0usize), |(s, n), v| (s + v as u32, n + 1));
        (n > 0).then(|| sum as f64 / n as f64).map(|m| (m, n))
    };
    let means = Verdict::ALL
        .iter()
        .map(|&v| {
            let first = mean(&mut scored.iter().filter(|s| s.verdict == v && !s.followup).map(|s| s.score));
            let followup = mean(&mut scored.iter().filter(|s| s.verdict == v && s.followup).map(|s| s.score));
            Mean {
                verdict: v,
                first: first.map(|m| m.0),
                first_n: first.map_or(0, |m| m.1),
                followup: followup.map(|m| m.0),
                followup_n: followup.map_or(0, |m| m.1),
            }
        })
        .collect();
    let good_below = ranked_good.iter().filter(|s| s.score < line).map(|s| (*s).clone()).collect();
    let bad_above = ranked_bad.iter().filter(|s| s.score >= line).map(|s| (*s).clone()).collect();
    Ok(Evaluation {
        line,
        auc,
        good_n: ranked_good.len(),
        bad_n: ranked_bad.len(),
        auc_words,
        auc_capitals,
        means,
        good_below,
        bad_above,
        samples: scored,
    })
}

/// The words of a text as the baselines count them: runs between spaces, with the
/// punctuation around them dropped.
fn baseline_words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).filter(|w| !w.is_empty())
}

/// The first baseline: how many words a message has.
pub fn word_count(text: &str) -> usize {
    baseline_words(text).count()
}

/// The second baseline: how many of its words start with a capital — names, companies,
/// events, and in German every noun.
pub fn capitalised_words(text: &str) -> usize {
    baseline_words(text).filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count()
}

/// The chance that a `better` outscores a `worse` (ties count half).
pub fn auc(better: &[f64], worse: &[f64]) -> Option<f64> {
    if better.is_empty() || worse.is_empty() {
        return None;
    }
    let mut wins = 0.0;
    for g in better {
        for b in worse {
            wins += if g > b {
                1.0
            } else if g == b {
                0.5
            } else {
                0.0
            };
        }
    }
    Some(wins / (better.len() * worse.len()) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample(text: &str, verdict: Verdict) -> Sample {
        Sample {
            id: None,
            text: text.into(),
            lang: Some(Lang::En),
            surface: Some(Surface::LinkedinMessage),
            source_label: verdict,
            recipient: Some("Anna Schmidt".into()),
            is_followup: false,
            source: None,
            kind: None,
            reply_to: None,
        }
    }

    #[test]
    fn a_perfect_ranking_is_one_and_a_reversed_one_is_zero() {
        let good = "Hi Anna, your talk on hiring at Contoso made me rethink our take-home reviews. Would you have 15 minutes next week to tell me how you grade them? A short no is fine too.";
        let bad = "Hi [Name]! We have an AMAZING opportunity for you!!! Guaranteed income, book a call: https://calendly.com/x";
        let engine = Engine::default();
        let e = evaluate(&engine, &[sample(good, Verdict::Good), sample(bad, Verdict::Bad)], 70).unwrap();
        assert_eq!(e.auc, Some(1.0));
        assert!(e.good_below.is_empty() && e.bad_above.is_empty());
        let e = evaluate(&engine, &[sample(bad, Verdict::Good), sample(good, Verdict::Bad)], 70).unwrap();
        // The "good" one holds placeholders and is left out of the ranking.
        assert_eq!(e.good_n, 0);
        assert_eq!(e.auc, None);
        let e = evaluate(&engine, &[sample(good, Verdict::Bad), sample(good, Verdict::Good)], 70).unwrap();
        assert_eq!(e.auc, Some(0.5), "ties count half");
    }

    #[test]
    fn templates_and_followups_are_not_ranked() {
        let mut f = sample("Hi Anna, just bumping this.", Verdict::Bad);
        f.is_followup = true;
        let t = sample("Hi Anna, happy to connect.", Verdict::Template);
        let e = evaluate(&Engine::default(), &[f, t], 70).unwrap();
        assert_eq!((e.good_n, e.bad_n), (0, 0));
        assert_eq!(e.means.iter().find(|m| m.verdict == Verdict::Bad).unwrap().followup_n, 1);
    }

    #[test]
    fn baselines_count_words_and_capitals() {
        assert_eq!(word_count("Hi Anna, great talk at RustConf — thanks!"), 7);
        assert_eq!(capitalised_words("Hi Anna, great talk at RustConf — thanks!"), 3);
    }

    #[test]
    fn an_empty_message_is_named() {
        let err = evaluate(&Engine::default(), &[sample("  ", Verdict::Good)], 70).unwrap_err();
        assert_eq!(err.0, "#1");
    }
}
