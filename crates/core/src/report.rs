//! What the engine reports: the closed set of types every caller (CLI, WASM, extension)
//! sees. Field names are the contract with the extension and the playground.

use crate::lang::{Bi, Lang};
use crate::span::ReportSpan;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Hint,
    Warning,
    Error,
}

impl Severity {
    pub fn id(self) -> &'static str {
        match self {
            Severity::Hint => "hint",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// The ten families of advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Family {
    Length,
    Personal,
    Ask,
    Value,
    Template,
    Spam,
    Tone,
    Trust,
    Followup,
    Readability,
}

impl Family {
    pub const ALL: [Family; 10] = [
        Family::Length,
        Family::Personal,
        Family::Ask,
        Family::Value,
        Family::Template,
        Family::Spam,
        Family::Tone,
        Family::Trust,
        Family::Followup,
        Family::Readability,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Family::Length => "length",
            Family::Personal => "personal",
            Family::Ask => "ask",
            Family::Value => "value",
            Family::Template => "template",
            Family::Spam => "spam",
            Family::Tone => "tone",
            Family::Trust => "trust",
            Family::Followup => "followup",
            Family::Readability => "readability",
        }
    }

    /// Which of the five scores a user sees this family's findings under.
    pub fn area(self) -> Area {
        match self {
            Family::Length | Family::Readability => Area::Length,
            Family::Personal | Family::Template => Area::Personal,
            Family::Ask | Family::Followup => Area::Ask,
            Family::Value | Family::Trust => Area::Value,
            Family::Tone | Family::Spam => Area::Tone,
        }
    }
}

/// The five scores.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum Area {
    Length,
    Personal,
    Ask,
    Value,
    Tone,
}

impl Area {
    pub const ALL: [Area; 5] = [Area::Length, Area::Personal, Area::Ask, Area::Value, Area::Tone];

    pub fn id(self) -> &'static str {
        match self {
            Area::Length => "length",
            Area::Personal => "personal",
            Area::Ask => "ask",
            Area::Value => "value",
            Area::Tone => "tone",
        }
    }
}

/// What a finding's suggestion is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum SuggestionKind {
    /// Replaces the span and reads correctly in place: the UI may apply it on a click.
    Replacement,
    /// Shows what to write; only the user can fit it in.
    Example,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
pub struct Finding {
    pub rule: &'static str,
    pub family: Family,
    pub severity: Severity,
    pub message: String,
    pub why: &'static str,
    pub span: Option<ReportSpan>,
    pub suggestion: Option<String>,
    /// `replacement` or `example` when there is a suggestion.
    pub suggestion_kind: Option<SuggestionKind>,
    /// Points this finding took off the overall score (see [`crate::score`]).
    pub cost: u8,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
pub struct Counts {
    pub chars: usize,
    pub words: usize,
    pub sentences: usize,
    pub questions: usize,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "kebab-case")]
pub enum LimitSource {
    /// The page stated it (maxlength, a visible counter).
    Page,
    /// The user's config overrides the surface.
    Config,
    /// The surface's documented constant.
    Surface,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
pub struct Limit {
    pub max_chars: Option<usize>,
    pub source: Option<LimitSource>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
pub struct Readability {
    /// Flesch Reading Ease (English) or Amstad (German); `null` below the word count at
    /// which the formulas say anything.
    pub score: Option<f64>,
    /// `very-easy` … `very-difficult`.
    pub level: Option<&'static str>,
    /// The level in plain words, in the UI language.
    pub label: Option<&'static str>,
}

#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
pub struct Scores {
    pub length: u8,
    pub personal: u8,
    pub ask: u8,
    pub value: u8,
    pub tone: u8,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
pub struct ChecklistEntry {
    #[ts(as = "Checkpoint")]
    pub id: &'static str,
    /// The area whose score this entry feeds.
    #[ts(as = "Area")]
    pub area: &'static str,
    pub label: &'static str,
    pub passed: bool,
    /// Failed only by hints: shown unchecked, as advice, but not counted among the failed
    /// checks that cap the score. A good message often skips the easy no; a bad one is
    /// caught by what it does, not by the polish it lacks.
    pub advisory: bool,
    /// Why it failed (the first finding's message) or what passing means.
    pub reason: String,
}

/// How ready a message is to send, in words.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Band {
    /// 80–100: send it.
    Ready,
    /// 60–79: it works, and one or two changes would make it better.
    CouldBeBetter,
    /// 0–59: fix what the checklist says before sending.
    Weak,
}

/// Why the score is what it is: 100 minus what the findings cost, unless a cap holds
/// it lower.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
pub struct Breakdown {
    /// The findings' costs added up (each finding's `cost`).
    pub lost: u16,
    /// The cap that held the score below `100 - lost`, if any.
    pub cap: Option<Cap>,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
pub struct Cap {
    pub score: u8,
    /// Why, in the UI language ("Three checks fail: at most 59").
    pub reason: String,
}

#[derive(Debug, Clone, Serialize, PartialEq, TS)]
pub struct Report {
    pub language: Lang,
    pub ui_lang: Lang,
    #[ts(as = "crate::surface::Surface")]
    pub surface: &'static str,
    /// What the draft is: `first`, `reply` or `followup`.
    pub kind: crate::context::MessageKind,
    pub counts: Counts,
    pub limit: Limit,
    pub readability: Readability,
    pub score: u8,
    pub band: Band,
    pub breakdown: Breakdown,
    pub scores: Scores,
    pub findings: Vec<Finding>,
    /// How many findings were left out of `findings`: a very long message (a pasted
    /// document) finds more than anyone reads or a page can underline, so a report lists at
    /// most [`crate::engine::MAX_FINDINGS`], the most severe first. The score, the areas and
    /// the checklist count them all.
    pub omitted: usize,
    pub checklist: Vec<ChecklistEntry>,
    /// What the page shows about the recipient that the message could mention, each with
    /// where the draft already does (see [`crate::mentions`]). Empty without a recipient.
    pub things_to_mention: Vec<ThingToMention>,
}

/// Something the message could mention, and whether it does.
#[derive(Debug, Clone, Serialize, PartialEq, TS)]
pub struct ThingToMention {
    pub kind: crate::mentions::MentionKind,
    /// As the page shows it; for `mutual-count`, the number.
    pub text: String,
    /// Where the draft mentions it; `null` when it does not.
    pub span: Option<ReportSpan>,
    /// A sentence that mentions it, in the message's language and address: to show or to
    /// copy, never written into the editor.
    pub example: String,
}

impl Report {
    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }
}

/// The pre-send checklist. Each rule names the entry its findings fail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
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

    /// The area score this entry sits beside.
    pub fn area(self) -> Area {
        match self {
            Checkpoint::AddressedByName | Checkpoint::NothingGeneric => Area::Personal,
            Checkpoint::WithinLimit => Area::Length,
            Checkpoint::OneClearAsk => Area::Ask,
            Checkpoint::ValueForRecipient | Checkpoint::EasyNo => Area::Value,
        }
    }

    pub(crate) fn passed(self) -> Bi {
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
