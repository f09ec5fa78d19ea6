//! Fitting the cost table to messages with verdicts, and measuring the fit on messages it
//! has not seen: the measure behind `verbindlich fit` and `./build.sh eval`.
//!
//! The score is 100 minus the costs of the findings, then capped (see [`crate::score`]).
//! With the engine's findings fixed, that is a small model with one number per rule, and
//! this module fits those numbers to what people who published messages said of them:
//! a good first message should outscore a bad one, a coach's rewrite its original, a good
//! reply a bad one. The fit minimises a pairwise logistic loss over those pairs, pulled
//! towards the hand-set costs (`score::COSTS`, the prior: the advice's own weighting) so
//! that a rule seen on few messages keeps about the cost the advice gives it.
//!
//! A figure measured on the messages a model was fitted to says how well it learned them,
//! not how well it judges the next one. So the fit is measured leaving out one source at a
//! time — every message one publisher published — fitting on the rest and scoring the
//! left-out messages with that fit; the figures are computed over those held-out scores,
//! beside two baselines that need no engine at all (the number of words, the number of
//! capitalised words). A score that does not beat counting has learned nothing worth
//! shipping.

use crate::context::MessageKind;
use crate::engine::Engine;
use crate::eval::{Sample, Verdict, auc, capitalised_words, context_of, word_count};
use crate::lang::Lang;
use crate::rules::RULES;
use crate::score;
use crate::surface::Surface;
use serde::{Deserialize, Serialize};

/// A coach's rewrite of a message: the `after` must outscore the `before`.
#[derive(Debug, Clone, Deserialize)]
pub struct Rewrite {
    #[serde(default)]
    pub id: Option<String>,
    pub before: String,
    pub after: String,
    #[serde(default)]
    pub lang: Option<Lang>,
    #[serde(default)]
    pub surface: Option<Surface>,
    #[serde(default)]
    pub source: Option<String>,
    #[serde(default)]
    pub recipient: Option<String>,
}

/// One entry of a file of labelled messages: a message with its verdict, or a rewrite.
#[derive(Debug, Clone, Deserialize)]
#[serde(untagged)]
pub enum Entry {
    Rewrite(Rewrite),
    Sample(Sample),
}

/// Which comparisons a message takes part in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// A good first message without unfilled placeholders.
    GoodFirst,
    /// A bad or spam first message.
    BadFirst,
    /// A good reply or follow-up.
    GoodLater,
    /// A bad or spam reply or follow-up.
    BadLater,
    /// One side of a rewrite.
    Rewritten,
    /// A template, or a good message that still holds placeholders: reported, not ranked.
    Unranked,
}

/// A message as the fit sees it: which rules found something and how often, the cap its
/// findings set, and what the baselines count.
#[derive(Debug, Clone, Serialize)]
pub struct Observed {
    pub id: String,
    pub source: String,
    pub role: Role,
    pub kind: MessageKind,
    /// `(index in RULES, multiplier)`: a rule's first finding counts once, each further
    /// one half, at most twice in all (as [`score::charge`] charges them).
    pub rules: Vec<(usize, f64)>,
    /// The lowest cap the findings set, or 100.
    pub cap: u8,
    /// The score the shipped costs give.
    pub score: u8,
    pub words: usize,
    pub capitals: usize,
}

/// `better` should outscore `worse` (indices into the observed messages).
#[derive(Debug, Clone, Copy)]
pub struct Pair {
    pub better: usize,
    pub worse: usize,
    pub group: Group,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Group {
    First,
    Later,
    Rewrite,
}

/// Who published a source: a web address's host, a repository's owner and name. Two
/// pages of one blog are one source: leaving out only one of them would let the other
/// teach the fit its author's style.
pub fn publisher(source: &str) -> String {
    let s = source.trim();
    if let Some(rest) = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://")) {
        let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
        return host.strip_prefix("www.").unwrap_or(host).to_lowercase();
    }
    // "github owner/repo path/to/file.md"
    s.split_whitespace().take(2).collect::<Vec<_>>().join(" ")
}

/// Runs the engine over every entry once and records what the fit needs. Errors name the
/// entry.
pub fn observe(engine: &Engine, entries: &[Entry]) -> Result<(Vec<Observed>, Vec<Pair>), String> {
    let mut seen = Vec::new();
    let mut pairs = Vec::new();

    // The index of the observed message, and whether it still holds placeholders.
    let mut one = |s: &Sample, id: String, role: Role| -> Result<(usize, bool), String> {
        let report = engine.analyze(&s.text, &context_of(s)).map_err(|e| format!("{id}: {e}"))?;
        let mut rules: Vec<(usize, f64)> = Vec::new();
        for f in &report.findings {
            let Some((i, _)) = crate::rules::find(f.rule) else { continue };
            match rules.iter_mut().find(|(r, _)| *r == i) {
                Some((_, m)) => *m = (*m + 0.5).min(2.0),
                None => rules.push((i, 1.0)),
            }
        }
        let cap = score::caps(&report.findings, &report.checklist, Lang::En).into_iter().map(|(c, _)| c).min();
        let unfinished = report.findings.iter().any(|f| f.rule == "template/placeholder");
        let role = match role {
            Role::GoodFirst if unfinished => Role::Unranked,
            r => r,
        };
        seen.push(Observed {
            source: s.source.as_deref().map_or_else(|| id.clone(), publisher),
            id,
            role,
            kind: s.kind(),
            rules,
            cap: cap.unwrap_or(100),
            score: report.score,
            words: word_count(&s.text),
            capitals: capitalised_words(&s.text),
        });
        Ok((seen.len() - 1, unfinished))
    };
    for (n, e) in entries.iter().enumerate() {
        match e {
            Entry::Sample(s) => {
                let id = s.id.clone().unwrap_or_else(|| format!("#{}", n + 1));
                let first = s.kind() == MessageKind::First;
                let role = match (s.source_label, first) {
                    (Verdict::Good, true) => Role::GoodFirst,
                    (Verdict::Good, false) => Role::GoodLater,
                    (v, true) if v.is_bad() => Role::BadFirst,
                    (v, false) if v.is_bad() => Role::BadLater,
                    _ => Role::Unranked,
                };
                one(s, id, role)?;
            }
            Entry::Rewrite(r) => {
                let id = r.id.clone().unwrap_or_else(|| format!("#{}", n + 1));
                let side = |text: &str| Sample {
                    id: None,
                    text: text.to_string(),
                    lang: r.lang,
                    surface: r.surface,
                    source_label: Verdict::Template,
                    recipient: r.recipient.clone(),
                    is_followup: false,
                    source: r.source.clone(),
                    kind: None,
                    reply_to: None,
                };
                let (worse, _) = one(&side(&r.before), format!("{id} before"), Role::Rewritten)?;
                let (better, unfinished) = one(&side(&r.after), format!("{id} after"), Role::Rewritten)?;
                // A rewrite that still holds "[Company]" is a template praised as one, as
                // with the good first messages: the engine is right to call it unfinished.
                if !unfinished {
                    pairs.push(Pair { better, worse, group: Group::Rewrite });
                }
            }
        }
    }
    for (g, o) in seen.iter().enumerate() {
        for (b, p) in seen.iter().enumerate() {
            let group = match (o.role, p.role) {
                (Role::GoodFirst, Role::BadFirst) => Group::First,
                (Role::GoodLater, Role::BadLater) if o.kind == p.kind => Group::Later,
                _ => continue,
            };
            pairs.push(Pair { better: g, worse: b, group });
        }
    }
    Ok((seen, pairs))
}

/// A cost table as numbers indexed like [`RULES`] (a rule it does not name costs 0).
fn indexed(table: &[(&str, u8)]) -> Vec<f64> {
    RULES.iter().map(|r| table.iter().find(|(id, _)| *id == r.meta.id).map_or(0.0, |&(_, c)| c as f64)).collect()
}

/// A message's score under `costs`, as the engine computes it (before rounding).
pub fn score_with(o: &Observed, costs: &[f64]) -> f64 {
    let lost: f64 = o.rules.iter().map(|&(r, m)| costs[r] * m).sum();
    (100.0 - lost).clamp(0.0, o.cap as f64)
}

/// How the fit is made: its settings are part of what cross-validation measures.
#[derive(Debug, Clone, Copy)]
pub struct Settings {
    /// Score points over which a pair's loss goes from "clearly right" to "clearly wrong".
    pub temperature: f64,
    /// How strongly the costs are held to the prior, per rule.
    pub prior_weight: f64,
    /// The largest cost a rule may take.
    pub max_cost: f64,
    pub steps: usize,
    /// How much the line at 70 weighs beside the ranking.
    pub line_weight: f64,
}

/// Where "could be better" meets "weak" on the way down from ready: the line the
/// published verdicts are held to.
const LINE: f64 = 70.0;

impl Default for Settings {
    fn default() -> Self {
        Settings { temperature: 8.0, prior_weight: 1.0, max_cost: 45.0, steps: 400, line_weight: 1.0 }
    }
}

/// Fits costs to the pairs `keep` admits, starting from and pulled towards `prior`.
/// Deterministic: the same messages give the same costs.
pub fn fit(
    seen: &[Observed],
    pairs: &[Pair],
    prior: &[f64],
    settings: Settings,
    keep: impl Fn(&Pair) -> bool,
) -> Vec<f64> {
    let pairs: Vec<&Pair> = pairs.iter().filter(|p| keep(p)).collect();
    let mut admitted = vec![false; seen.len()];
    for p in &pairs {
        admitted[p.better] = true;
        admitted[p.worse] = true;
    }
    let line_n =
        seen.iter().zip(&admitted).filter(|(o, a)| **a && matches!(o.role, Role::GoodFirst | Role::BadFirst)).count();
    let line_weight = if line_n == 0 { 0.0 } else { settings.line_weight / line_n as f64 };
    // Each kind of comparison weighs the same in all, however many pairs it makes: the
    // few rewrites say as much as the many first-message pairs.
    let groups = [Group::First, Group::Later, Group::Rewrite];
    let counts = groups.map(|g| pairs.iter().filter(|p| p.group == g).count());
    let weight = |g: Group| {
        let n = counts[groups.iter().position(|&x| x == g).unwrap_or(0)];
        if n == 0 { 0.0 } else { 1.0 / n as f64 }
    };
    let mut c: Vec<f64> = prior.to_vec();
    // Adam: the costs sit on very different scales of evidence.
    let (b1, b2, lr, eps) = (0.9, 0.999, 0.5, 1e-8);
    let mut m = vec![0.0; c.len()];
    let mut v = vec![0.0; c.len()];
    let t = settings.temperature;
    let mut grad = vec![0.0; c.len()];
    let mut slope = vec![0.0; seen.len()];
    for step in 1..=settings.steps {
        grad.iter_mut().for_each(|g| *g = 0.0);
        slope.iter_mut().for_each(|s| *s = 0.0);
        for p in &pairs {
            let (sb, sw) = (score_with(&seen[p.better], &c), score_with(&seen[p.worse], &c));
            // d softplus((sw - sb) / t) / d sb
            let s = 1.0 / (1.0 + (-(sw - sb) / t).exp()) / t * weight(p.group);
            slope[p.better] -= s;
            slope[p.worse] += s;
        }
        // The line: a good first message should reach 70 and a bad one stay under it, so
        // that the band a message lands in means what it says, not only its rank.
        for (i, o) in seen.iter().enumerate() {
            let sign = match o.role {
                Role::GoodFirst => 1.0,
                Role::BadFirst => -1.0,
                _ => continue,
            };
            if !admitted[i] {
                continue;
            }
            let x = score_with(o, &c);
            let margin = sign * (x - LINE) / t;
            slope[i] -= sign / (1.0 + margin.exp()) / t * line_weight;
        }
        for (o, &s) in seen.iter().zip(&slope) {
            if s == 0.0 {
                continue;
            }
            let lost: f64 = o.rules.iter().map(|&(r, m)| c[r] * m).sum();
            let raw = 100.0 - lost;
            if raw <= 0.0 || raw >= o.cap as f64 {
                continue;
            }
            // d score / d cost = -multiplier
            for &(r, mult) in &o.rules {
                grad[r] -= s * mult;
            }
        }
        for r in 0..c.len() {
            let g = grad[r] + 2.0 * settings.prior_weight * (c[r] - prior[r]) / 100.0;
            m[r] = b1 * m[r] + (1.0 - b1) * g;
            v[r] = b2 * v[r] + (1.0 - b2) * g * g;
            let mh = m[r] / (1.0 - b1.powi(step as i32));
            let vh = v[r] / (1.0 - b2.powi(step as i32));
            // A rule that is on costs something: at least a point.
            c[r] = (c[r] - lr * mh / (vh.sqrt() + eps)).clamp(1.0, settings.max_cost);
        }
    }
    c.iter().map(|x| x.round()).collect()
}

/// Figures over one set of scores.
#[derive(Debug, Clone, Serialize)]
pub struct Figures {
    /// Good first messages over bad ones.
    pub auc_first: Option<f64>,
    /// The same, ranked by word count and by capitalised words.
    pub auc_words: Option<f64>,
    pub auc_capitals: Option<f64>,
    /// Good replies and follow-ups over bad ones of the same kind.
    pub auc_later: Option<f64>,
    pub good_first: usize,
    pub bad_first: usize,
    /// Good first messages below 70.
    pub good_below: usize,
    /// Bad first messages at 70 or above.
    pub bad_above: usize,
    /// Rewrites whose after strictly outscores its before, of all.
    pub rewrites_right: usize,
    pub rewrites: usize,
}

/// The figures for `scores` (one per observed message).
pub fn figures(seen: &[Observed], pairs: &[Pair], scores: &[f64]) -> Figures {
    let of = |role: Role, f: &dyn Fn(usize) -> f64| -> Vec<f64> {
        seen.iter().enumerate().filter(|(_, o)| o.role == role).map(|(i, _)| f(i)).collect()
    };
    let s = |i: usize| scores[i];
    let w = |i: usize| seen[i].words as f64;
    let c = |i: usize| seen[i].capitals as f64;
    let later: Vec<&Pair> = pairs.iter().filter(|p| p.group == Group::Later).collect();
    let rewrites: Vec<&Pair> = pairs.iter().filter(|p| p.group == Group::Rewrite).collect();
    Figures {
        auc_first: auc(&of(Role::GoodFirst, &s), &of(Role::BadFirst, &s)),
        auc_words: auc(&of(Role::GoodFirst, &w), &of(Role::BadFirst, &w)),
        auc_capitals: auc(&of(Role::GoodFirst, &c), &of(Role::BadFirst, &c)),
        auc_later: (!later.is_empty()).then(|| {
            let right: f64 = later
                .iter()
                .map(|p| match scores[p.better].partial_cmp(&scores[p.worse]) {
                    Some(std::cmp::Ordering::Greater) => 1.0,
                    Some(std::cmp::Ordering::Equal) => 0.5,
                    _ => 0.0,
                })
                .sum();
            right / later.len() as f64
        }),
        good_first: of(Role::GoodFirst, &s).len(),
        bad_first: of(Role::BadFirst, &s).len(),
        good_below: of(Role::GoodFirst, &s).iter().filter(|&&x| x < 70.0).count(),
        bad_above: of(Role::BadFirst, &s).iter().filter(|&&x| x >= 70.0).count(),
        rewrites_right: rewrites.iter().filter(|p| scores[p.better] > scores[p.worse]).count(),
        rewrites: rewrites.len(),
    }
}

/// What `verbindlich fit` reports.
#[derive(Debug, Clone, Serialize)]
pub struct Outcome {
    /// Each message scored by a fit that never saw its source.
    pub held_out: Figures,
    /// The shipped costs on the same messages. They may have been set with some of these
    /// messages in view: a check that the fit's costs are the ones shipped, not a result.
    pub shipped: Figures,
    pub sources: usize,
    /// The costs fitted on every message, beside the shipped ones: `(rule, fitted, shipped)`.
    pub costs: Vec<(&'static str, u8, u8)>,
    pub scores: Vec<(String, u8)>,
}

/// Leave-one-source-out: for each source, fit on the others and score its messages.
pub fn cross_validate(seen: &[Observed], pairs: &[Pair], settings: Settings) -> Outcome {
    let prior = indexed(score::PRIOR);
    let shipped_table = indexed(score::COSTS);
    let mut sources: Vec<&str> = Vec::new();
    for p in pairs {
        for i in [p.better, p.worse] {
            if !sources.contains(&seen[i].source.as_str()) {
                sources.push(&seen[i].source);
            }
        }
    }
    let mut held = vec![f64::NAN; seen.len()];
    for s in &sources {
        let out = |i: usize| seen[i].source == *s;
        let costs = fit(seen, pairs, &prior, settings, |p| !out(p.better) && !out(p.worse));
        for (i, o) in seen.iter().enumerate() {
            if o.source == *s {
                held[i] = score_with(o, &costs).round();
            }
        }
    }
    let all = fit(seen, pairs, &prior, settings, |_| true);
    let shipped: Vec<f64> = seen.iter().map(|o| o.score as f64).collect();
    Outcome {
        held_out: figures(seen, pairs, &held),
        shipped: figures(seen, pairs, &shipped),
        sources: sources.len(),
        costs: RULES
            .iter()
            .zip(all.iter().zip(&shipped_table))
            .map(|(r, (&a, &s))| (r.meta.id, a as u8, s as u8))
            .collect(),
        scores: seen.iter().zip(&held).filter(|(_, h)| !h.is_nan()).map(|(o, &h)| (o.id.clone(), h as u8)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn observed(source: &str, role: Role, rules: Vec<(usize, f64)>) -> Observed {
        Observed {
            id: format!("{source}-{role:?}"),
            source: source.into(),
            role,
            kind: MessageKind::First,
            rules,
            cap: 100,
            score: 0,
            words: 10,
            capitals: 1,
        }
    }

    #[test]
    fn the_fit_raises_a_cost_that_separates_and_keeps_one_that_does_not() {
        // Rule 0 fires on every bad message only; rule 1 on good and bad alike.
        let mut seen = Vec::new();
        for s in 0..6 {
            seen.push(observed(&format!("s{s}"), Role::GoodFirst, vec![(1, 1.0)]));
            seen.push(observed(&format!("s{s}"), Role::BadFirst, vec![(0, 1.0), (1, 1.0)]));
        }
        let mut pairs = Vec::new();
        for g in (0..seen.len()).step_by(2) {
            for b in (1..seen.len()).step_by(2) {
                pairs.push(Pair { better: g, worse: b, group: Group::First });
            }
        }
        let mut prior = vec![0.0; RULES.len()];
        prior[0] = 2.0;
        prior[1] = 10.0;
        let c = fit(&seen, &pairs, &prior, Settings::default(), |_| true);
        assert!(c[0] >= 5.0, "the separating rule gains: {}", c[0]);
        assert!((c[1] - 10.0).abs() <= 2.0, "the other stays near its prior: {}", c[1]);
        let out = cross_validate(&seen, &pairs, Settings::default());
        assert_eq!(out.sources, 6);
        assert_eq!(out.held_out.auc_first, Some(1.0));
    }
}
