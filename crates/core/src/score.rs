//! Scores and the checklist, both derived from the findings — never judged a second way.

use crate::lang::Lang;
pub use crate::report::Checkpoint;
use crate::report::{Area, Band, Breakdown, Cap, ChecklistEntry, Finding, Scores, Severity};

/// What each rule's finding costs the overall score, in points, at the rule's default
/// severity: what `verbindlich fit` makes of [`PRIOR`] on every labelled message we have
/// (docs/scoring.md: which messages, how the fit works, and what it scores on publishers
/// it never saw). Run the fit again after changing a rule or adding messages; it lists the
/// rules whose fitted cost differs from this table. A user who makes a rule stricter or
/// milder moves its cost with it (see [`cost_of`]).
pub const COSTS: &[(&str, u8)] = &[
    ("length/over-limit", 39),
    ("length/cut-off", 39),
    ("length/near-limit", 4),
    ("length/too-long", 9),
    ("length/too-short", 14),
    ("length/long-sentence", 3),
    ("length/long-paragraph", 4),
    ("length/wall-of-text", 5),
    ("personal/unaddressed", 14),
    ("personal/wrong-name", 30),
    ("personal/generic-salutation", 18),
    ("personal/no-reference", 24),
    ("ask/missing", 15),
    ("ask/vague", 14),
    ("ask/unspecific", 4),
    ("ask/too-many", 8),
    ("ask/unanswered", 12),
    ("value/no-benefit", 5),
    ("value/self-focus", 9),
    ("value/pitch", 16),
    ("value/pitch-in-reply", 30),
    ("template/placeholder", 35),
    ("template/generic-subject", 8),
    ("template/stock-phrase", 14),
    ("template/repeated-sentence", 10),
    ("template/own-phrase", 10),
    ("template/mass-send", 20),
    ("template/display-name", 18),
    ("spam/hype", 17),
    ("spam/urgency", 12),
    ("spam/link", 10),
    ("spam/all-caps", 10),
    ("spam/exclamations", 5),
    ("tone/mixed-address", 10),
    ("tone/apologetic", 5),
    ("tone/hedging", 3),
    ("tone/pushy", 12),
    ("tone/flattery", 6),
    ("trust/no-common-ground", 4),
    ("trust/no-easy-no", 4),
    ("followup/guilt-trip", 14),
    ("followup/no-reference", 8),
    ("followup/nothing-new", 14),
    ("readability/hard-to-read", 6),
];

/// The costs the advice gives each rule, set by hand from it and from the published
/// reply-rate research: the fit's starting point and its prior, so that a rule seen on few
/// labelled messages keeps about this weight. The largest go to what a recipient sees
/// first and what most often gets a message ignored: a template field left in, a wrong
/// name, a pitch after "thanks for connecting", nothing specific. Style advice (a long
/// sentence, a hedge) costs little: it makes a good message better, it does not make a
/// bad one.
pub const PRIOR: &[(&str, u8)] = &[
    ("length/over-limit", 40),
    ("length/cut-off", 40),
    ("length/near-limit", 4),
    // Reply rates fall slowly past 125 words and fast past 500 (Boomerang, 40 M emails).
    ("length/too-long", 10),
    // A few words cost about a third of the answers that 50-125 words get (same study).
    ("length/too-short", 14),
    ("length/long-sentence", 4),
    ("length/long-paragraph", 4),
    ("length/wall-of-text", 6),
    ("personal/unaddressed", 12),
    ("personal/wrong-name", 30),
    ("personal/generic-salutation", 18),
    // The advice's first point: without a reason that is about them, nobody answers.
    ("personal/no-reference", 22),
    ("ask/missing", 14),
    ("ask/vague", 14),
    ("ask/unspecific", 5),
    ("ask/too-many", 8),
    // A question passed over reads as not listening.
    ("ask/unanswered", 12),
    ("value/no-benefit", 6),
    ("value/self-focus", 10),
    ("value/pitch", 16),
    // The message recipients complain about most: the pitch right after "thanks for connecting".
    ("value/pitch-in-reply", 30),
    ("template/placeholder", 35),
    ("template/generic-subject", 8),
    ("template/stock-phrase", 14),
    ("template/repeated-sentence", 10),
    ("template/own-phrase", 10),
    ("template/mass-send", 20),
    // A merge field filled from a list: as telling as a stock phrase, and seen at once.
    ("template/display-name", 18),
    ("spam/hype", 18),
    ("spam/urgency", 12),
    ("spam/link", 10),
    ("spam/all-caps", 10),
    ("spam/exclamations", 5),
    ("tone/mixed-address", 10),
    ("tone/apologetic", 5),
    ("tone/hedging", 3),
    ("tone/pushy", 12),
    ("tone/flattery", 6),
    ("trust/no-common-ground", 4),
    ("trust/no-easy-no", 4),
    ("followup/guilt-trip", 14),
    ("followup/no-reference", 8),
    ("followup/nothing-new", 14),
    // College-level text gets about a third fewer answers than plain text (Boomerang).
    ("readability/hard-to-read", 6),
];

/// The bands, from the top: a score at or above the first number is in that band.
pub const READY: u8 = 80;
pub const COULD_BE_BETTER: u8 = 60;

/// Caps by how many checklist entries fail: a message can only be as ready as its
/// checklist says. `(failed, at most)`.
pub const CHECKLIST_CAPS: [(usize, u8); 3] = [(2, 74), (3, 59), (4, 44)];
/// An error means "do not send it like this".
pub const ERROR_CAP: u8 = 59;
/// Too short to carry a reason and an ask.
pub const TOO_SHORT_CAP: u8 = 69;
/// An area whose checklist entry fails is shown as weak.
pub const AREA_FAILED_CAP: u8 = 55;

fn base_cost(rule: &str) -> u8 {
    COSTS.iter().find(|(id, _)| *id == rule).map_or(0, |&(_, c)| c)
}

fn severity_weight(s: Severity) -> u32 {
    match s {
        Severity::Hint => 1,
        Severity::Warning => 2,
        Severity::Error => 3,
    }
}

/// A rule's cost at the severity the user set: scaled by how far that is from the rule's
/// own default (a warning made an error costs half again as much, made a hint half).
pub fn cost_of(rule: &str, default: Severity, set: Severity) -> u8 {
    let c = base_cost(rule) as u32 * severity_weight(set) / severity_weight(default);
    c.min(100) as u8
}

pub fn band(score: u8) -> Band {
    if score >= READY {
        Band::Ready
    } else if score >= COULD_BE_BETTER {
        Band::CouldBeBetter
    } else {
        Band::Weak
    }
}

/// Sets each finding's cost: the first finding of a rule costs its full cost, each
/// further one half of it, and a rule never costs more than twice its cost — five
/// exclamation marks are one habit, not five.
pub fn charge(findings: &mut [Finding], full: &[u8]) {
    let mut spent: Vec<(&'static str, u32)> = Vec::new();
    for (f, &c) in findings.iter_mut().zip(full) {
        let c = c as u32;
        let at = match spent.iter().position(|(r, _)| *r == f.rule) {
            Some(i) => i,
            None => {
                spent.push((f.rule, 0));
                spent.len() - 1
            }
        };
        let so_far = spent[at].1;
        let this = if so_far == 0 { c } else { (c / 2).min((2 * c).saturating_sub(so_far)) };
        spent[at].1 += this;
        f.cost = this as u8;
    }
}

/// The overall score, its band and breakdown, and the five area scores, from the
/// findings' costs and the checklist.
///
/// Overall: 100 minus the costs, then capped — by an error, by the number of checklist
/// entries that fail, and for a message too short to carry a reason and an ask. Each
/// area: 100 minus twice the costs of its findings (an area holds a fifth of the
/// advice, so its own findings weigh more in it), and at most 55 when a checklist entry
/// beside it fails, so an area never reads as fine next to a failed check.
pub fn scores(findings: &[Finding], checklist: &[ChecklistEntry], ui: Lang) -> (u8, Breakdown, Scores) {
    let lost: u32 = findings.iter().map(|f| f.cost as u32).sum();
    let raw = 100u32.saturating_sub(lost) as u8;
    let caps = caps(findings, checklist, ui);
    let cap = caps.into_iter().filter(|(c, _)| *c < raw).min_by_key(|(c, _)| *c);
    let overall = cap.as_ref().map_or(raw, |(c, _)| *c);

    let mut area = [0u32; 5];
    for f in findings {
        let i = Area::ALL.iter().position(|&a| a == f.family.area()).unwrap_or(0);
        area[i] += f.cost as u32;
    }
    let area_failed = Area::ALL.map(|a| checklist.iter().any(|c| !c.passed && !c.advisory && c.area == a.id()));
    let s: Vec<u8> = area
        .iter()
        .zip(area_failed)
        .map(|(&l, failed)| {
            let v = 100u32.saturating_sub(2 * l) as u8;
            if failed { v.min(AREA_FAILED_CAP) } else { v }
        })
        .collect();
    (
        overall,
        Breakdown { lost: lost.min(u16::MAX as u32) as u16, cap: cap.map(|(score, reason)| Cap { score, reason }) },
        Scores { length: s[0], personal: s[1], ask: s[2], value: s[3], tone: s[4] },
    )
}

/// Every cap the findings and the checklist set, each with its reason: an error, the
/// number of failed checks, a message too short to carry a reason and an ask. The score
/// is the lowest of them when that is below 100 minus the costs. The fit
/// (`crate::fit`) reads them too: a cap does not move with the costs.
pub fn caps(findings: &[Finding], checklist: &[ChecklistEntry], ui: Lang) -> Vec<(u8, String)> {
    let failed = checklist.iter().filter(|c| !c.passed && !c.advisory).count();
    let mut caps: Vec<(u8, String)> = Vec::new();
    if findings.iter().any(|f| f.severity == Severity::Error) {
        caps.push((
            ERROR_CAP,
            ui.pick("Something must be fixed before sending", "Etwas muss vor dem Senden behoben werden").to_string(),
        ));
    }
    if let Some(&(_, at_most)) = CHECKLIST_CAPS.iter().rev().find(|(n, _)| failed >= *n) {
        caps.push((
            at_most,
            match ui {
                Lang::En => format!("{failed} of {} checks fail", checklist.len()),
                Lang::De => format!("{failed} von {} Prüfpunkten nicht erfüllt", checklist.len()),
            },
        ));
    }
    if findings.iter().any(|f| f.rule == "length/too-short") {
        caps.push((
            TOO_SHORT_CAP,
            ui.pick("Too short to give a reason and an ask", "Zu kurz für einen Anlass und eine Bitte").to_string(),
        ));
    }
    caps
}

/// The checklist: the entries some enabled rule can fail on this kind of message, each
/// failed by the first finding that names it. `checkpoints[i]` are the entries
/// `findings[i]` fails.
pub fn checklist(
    findings: &[Finding],
    checkpoints: &[[Option<Checkpoint>; 2]],
    shown: &[Checkpoint],
    ui: Lang,
) -> Vec<ChecklistEntry> {
    shown
        .iter()
        .map(|&c| {
            let mut failing = findings.iter().zip(checkpoints).filter(|(_, p)| p.contains(&Some(c))).map(|(f, _)| f);
            let first = failing.next();
            let advisory =
                first.is_some_and(|f| f.severity == Severity::Hint) && failing.all(|f| f.severity == Severity::Hint);
            let failing = first;
            ChecklistEntry {
                id: c.id(),
                area: c.area().id(),
                label: c.label().get(ui),
                passed: failing.is_none(),
                advisory,
                reason: match failing {
                    Some(f) => f.message.clone(),
                    None => c.passed().get(ui).to_string(),
                },
            }
        })
        .collect()
}
