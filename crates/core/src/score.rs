//! Scores and the checklist, both derived from the findings — never judged a second way.

use crate::lang::Lang;
use crate::report::{Area, ChecklistEntry, Finding, Scores, Severity};
use crate::rules::Bi;
use serde::Serialize;

/// The pre-send checklist (DESIGN §2). Each rule names the entry its findings fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Checkpoint {
    AddressedByName,
    WithinLimit,
    OneClearAsk,
    ValueForRecipient,
    NothingGeneric,
    EasyNo,
}

impl Checkpoint {
    pub const ALL: [Checkpoint; 6] = [
        Checkpoint::AddressedByName,
        Checkpoint::WithinLimit,
        Checkpoint::OneClearAsk,
        Checkpoint::ValueForRecipient,
        Checkpoint::NothingGeneric,
        Checkpoint::EasyNo,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Checkpoint::AddressedByName => "addressed-by-name",
            Checkpoint::WithinLimit => "within-limit",
            Checkpoint::OneClearAsk => "one-clear-ask",
            Checkpoint::ValueForRecipient => "value-for-recipient",
            Checkpoint::NothingGeneric => "nothing-generic",
            Checkpoint::EasyNo => "easy-no",
        }
    }

    pub fn label(self) -> Bi {
        match self {
            Checkpoint::AddressedByName => Bi { en: "Addressed by name", de: "Mit Namen angesprochen" },
            Checkpoint::WithinLimit => Bi { en: "Within the limit", de: "Innerhalb des Limits" },
            Checkpoint::OneClearAsk => Bi { en: "One clear ask", de: "Eine klare Bitte" },
            Checkpoint::ValueForRecipient => Bi { en: "Value for the recipient", de: "Nutzen für die Person" },
            Checkpoint::NothingGeneric => Bi { en: "Nothing generic", de: "Nichts Allgemeines" },
            Checkpoint::EasyNo => Bi { en: "An easy no", de: "Ein leichtes Nein" },
        }
    }

    fn passed(self) -> Bi {
        match self {
            Checkpoint::AddressedByName => {
                Bi { en: "The greeting names the recipient.", de: "Die Anrede nennt die Person beim Namen." }
            }
            Checkpoint::WithinLimit => Bi { en: "The message fits the limit.", de: "Die Nachricht passt ins Limit." },
            Checkpoint::OneClearAsk => Bi { en: "There is one clear ask.", de: "Es gibt eine klare Bitte." },
            Checkpoint::ValueForRecipient => {
                Bi { en: "The recipient can see what is in it for them.", de: "Die Person sieht, was sie davon hat." }
            }
            Checkpoint::NothingGeneric => {
                Bi { en: "No template phrases or placeholders.", de: "Keine Floskeln oder Platzhalter." }
            }
            Checkpoint::EasyNo => Bi { en: "Saying no stays easy.", de: "Ein Nein bleibt leicht." },
        }
    }
}

/// What one finding costs the score of its area.
fn penalty(s: Severity) -> u32 {
    match s {
        Severity::Error => 45,
        Severity::Warning => 20,
        Severity::Hint => 7,
    }
}

/// Each area starts at 100 and loses a penalty per finding. The overall score is their
/// mean with the weakest area counted three times — a message is only as good as its
/// worst part — and a message with an error cannot score above 49: it should not be sent
/// as it is.
pub fn scores(findings: &[Finding]) -> (u8, Scores) {
    let mut lost = [0u32; 5];
    for f in findings {
        let i = match f.family.area() {
            Area::Length => 0,
            Area::Personal => 1,
            Area::Ask => 2,
            Area::Value => 3,
            Area::Tone => 4,
        };
        lost[i] += penalty(f.severity);
    }
    let s = lost.map(|l| 100u32.saturating_sub(l) as u8);
    let weakest = s.iter().copied().min().unwrap_or(100) as u32;
    let mean = (s.iter().map(|&v| v as u32).sum::<u32>() + 2 * weakest) / 7;
    let overall = if findings.iter().any(|f| f.severity == Severity::Error) { mean.min(49) } else { mean };
    (overall as u8, Scores { length: s[0], personal: s[1], ask: s[2], value: s[3], tone: s[4] })
}

/// The checklist; `checkpoints[i]` is the entry `findings[i]` fails, from its rule.
pub fn checklist(findings: &[Finding], checkpoints: &[Option<Checkpoint>], ui: Lang) -> Vec<ChecklistEntry> {
    Checkpoint::ALL
        .iter()
        .map(|&c| {
            let failing = findings.iter().zip(checkpoints).find(|(_, p)| **p == Some(c)).map(|(f, _)| f);
            ChecklistEntry {
                id: c.id(),
                label: c.label().get(ui),
                passed: failing.is_none(),
                reason: match failing {
                    Some(f) => f.message.clone(),
                    None => c.passed().get(ui).to_string(),
                },
            }
        })
        .collect()
}
