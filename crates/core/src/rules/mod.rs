//! The rules, registered in one place ([`RULES`]) with stable ids `family/name`.
//!
//! Every rule is one file: a [`RuleMeta`] that is its documentation (a plain name, what it
//! checks, why, an example and what to write instead, in both languages, and its options
//! with their labels and units), a `check` function, and its tests. The catalogue
//! ([`catalogue`]), the default config and the options page are generated from the
//! metadata; `tests::registry_*` keep them in step.

use crate::context::{Context, MessageKind};
pub use crate::facts::Facts;
use crate::hits::Hits;
pub use crate::lang::Bi;
use crate::lang::Lang;
use crate::report::Checkpoint;
use crate::report::{Area, Family, Severity};
use crate::span::Span;
use crate::surface::Surface;
use crate::text::Document;
use serde::Serialize;
use ts_rs::TS;

/// The message in the UI language: `say!(cx, format!(..), format!(..))`. Only the one
/// shown is built — each is a `format!`, and formatting both cost an InMail's report
/// several microseconds in WebAssembly.
macro_rules! say {
    ($cx:expr, $en:expr, $de:expr $(,)?) => {
        match $cx.ui {
            $crate::lang::Lang::En => String::from($en),
            $crate::lang::Lang::De => String::from($de),
        }
    };
}

pub mod ask;
pub mod followup;
pub mod length;
pub mod personal;
pub mod readability;
pub mod spam;
pub mod template;
pub mod tone;
pub mod trust;
pub mod value;

#[derive(Debug, Clone, Copy, Serialize, PartialEq, TS)]
#[serde(tag = "type", rename_all = "lowercase")]
pub enum ParamKind {
    /// A whole number in `min..=max`.
    Integer { min: i64, max: i64 },
    /// A number in `min..=max`.
    Number { min: f64, max: f64 },
}

/// What a parameter's number counts. The options page writes it after the number, in the
/// UI language ("25 words", "85 %"), so its label can read as the start of a sentence.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "kebab-case")]
pub enum Unit {
    Words,
    Letters,
    Asks,
    ExclamationMarks,
    /// Words about the sender: I, me, my; ich, mich, mein.
    SelfReferences,
    /// A share of a whole, configured from 0 to 1 and shown as a percentage.
    Share,
    /// Points on a 0–100 scale (reading ease).
    Points,
    /// How many of one thing there may be for each one of another ("2 to 1").
    Ratio,
    /// Recipients of a message.
    People,
    Days,
}

#[derive(Debug, Clone, Copy, Serialize, TS)]
pub struct ParamSpec {
    /// The key in the config: `rules.<id>.params.<name>`.
    pub name: &'static str,
    #[serde(flatten)]
    pub kind: ParamKind,
    pub default: f64,
    /// What the number means, in a sentence.
    pub doc: Bi,
    /// What the options page writes before the number: with the number and its unit it
    /// reads as a phrase ("Sentences up to" 25 words).
    pub label: Bi,
    pub unit: Unit,
}

impl ParamSpec {
    /// Checks a configured value; the error names what is wrong.
    pub fn validate(&self, v: f64) -> Result<(), String> {
        match self.kind {
            ParamKind::Integer { min, max } => {
                if v.fract() != 0.0 || !v.is_finite() {
                    Err(format!("must be a whole number, got {v}"))
                } else if v < min as f64 || v > max as f64 {
                    Err(format!("must be between {min} and {max}, got {v}"))
                } else {
                    Ok(())
                }
            }
            ParamKind::Number { min, max } => {
                if !v.is_finite() || v < min || v > max {
                    Err(format!("must be between {min} and {max}, got {v}"))
                } else {
                    Ok(())
                }
            }
        }
    }
}

/// Which context an example needs: a first message, or a follow-up to one.
#[derive(Debug, Clone, Copy, Serialize, PartialEq, Eq, TS)]
#[serde(rename_all = "kebab-case")]
pub enum ExampleContext {
    /// `linkedin-message` to Anna Schmidt of Contoso (mutual contact: Jonas Berg), no earlier message.
    FirstMessage,
    /// `linkedin-connect` to Anna Schmidt.
    ConnectNote,
    /// `linkedin-inmail` to Anna Schmidt; an example in brackets at its start,
    /// `[Subject: …] body`, sets the subject line.
    Inmail,
    /// A LinkedIn message following up on [`EXAMPLE_FIRST_MESSAGE`].
    FollowUp,
    /// A first LinkedIn message, after [`EXAMPLE_SENT_NOTE`] went to five other people
    /// in the last week.
    MassSend,
    /// A LinkedIn reply to [`EXAMPLE_COURTESY`]: Anna accepted and said thanks.
    ReplyToCourtesy,
    /// A LinkedIn reply to [`EXAMPLE_QUESTION`].
    ReplyToQuestion,
    /// `linkedin-connect` to Anna Schmidt in a field that takes at most
    /// [`EXAMPLE_FIELD_LIMIT`] characters and cut the note there.
    CutNote,
}

/// The `maxlength` of the field in `CutNote` examples.
pub const EXAMPLE_FIELD_LIMIT: usize = 120;

/// What Anna wrote after accepting the invitation, for `ReplyToCourtesy` examples.
pub const EXAMPLE_COURTESY: Bi =
    Bi { en: "Thanks for the invitation, happy to connect!", de: "Danke für die Anfrage, gerne vernetzt!" };

/// What Anna asked, for `ReplyToQuestion` examples.
pub const EXAMPLE_QUESTION: Bi = Bi {
    en: "Thanks for reaching out! Which tool do you use for the take-home reviews?",
    de: "Danke für Ihre Nachricht! Welches Tool nutzen Sie für die Probeaufgaben?",
};

/// The note `MassSend` examples were sent before, to other people, in the example's language.
pub const EXAMPLE_SENT_NOTE: Bi = Bi {
    en: "Hi Anna, I help engineering teams cut their hiring time in half with structured take-home reviews. Would you be open to a short call next week to see whether this could work for your team too?",
    de: "Hallo Anna, ich helfe Entwicklungsteams, ihre Einstellungszeit mit strukturierten Probeaufgaben zu halbieren. Hätten Sie nächste Woche Zeit für ein kurzes Gespräch, ob das auch für Ihr Team passt?",
};

/// The first message that `FollowUp` examples follow up, in the example's language.
pub const EXAMPLE_FIRST_MESSAGE: Bi = Bi {
    en: "Hi Anna, I enjoyed your talk on hiring at Contoso. Would you have 15 minutes next week to tell me how you run take-home reviews?",
    de: "Hallo Anna, Ihr Vortrag über Recruiting bei Contoso hat mir gefallen. Hätten Sie nächste Woche 15 Minuten, um mir zu erzählen, wie Sie Probeaufgaben bewerten?",
};

/// The kinds of message a rule judges. Most advice holds for every message; some is
/// only for a cold first message (a reason to write, an easy no), some only for a
/// follow-up. A reply answers someone who wrote first, and the cold-outreach rules
/// stay quiet on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Kinds {
    pub first: bool,
    pub reply: bool,
    pub followup: bool,
}

impl Kinds {
    pub const ALL: Kinds = Kinds { first: true, reply: true, followup: true };
    /// Messages the user starts: the first one and its follow-ups.
    pub const COLD: Kinds = Kinds { first: true, reply: false, followup: true };
    pub const FIRST: Kinds = Kinds { first: true, reply: false, followup: false };
    pub const FOLLOWUP: Kinds = Kinds { first: false, reply: false, followup: true };
    pub const REPLY: Kinds = Kinds { first: false, reply: true, followup: false };

    pub fn has(self, kind: MessageKind) -> bool {
        match kind {
            MessageKind::First => self.first,
            MessageKind::Reply => self.reply,
            MessageKind::Followup => self.followup,
        }
    }

    pub fn ids(self) -> Vec<&'static str> {
        [MessageKind::First, MessageKind::Reply, MessageKind::Followup]
            .into_iter()
            .filter(|&k| self.has(k))
            .map(MessageKind::id)
            .collect()
    }
}

impl Serialize for Kinds {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.ids().serialize(s)
    }
}

/// A rule's documentation: the catalogue entry users read.
#[derive(Debug, Serialize, TS)]
#[ts(rename = "RuleDoc")]
pub struct RuleMeta {
    pub id: &'static str,
    /// What the rule is called where users pick it (the options page, the catalogue): a
    /// few plain words for what it flags, never its id.
    pub name: Bi,
    pub family: Family,
    pub severity: Severity,
    /// The checklist entry this rule's findings fail, if any.
    pub checkpoint: Option<Checkpoint>,
    /// The kinds of message it judges; it stays quiet on the others.
    #[ts(as = "Vec<MessageKind>")]
    pub kinds: Kinds,
    pub what: Bi,
    pub why: Bi,
    /// A message that gets this finding.
    pub example: Bi,
    /// The same message written so it does not.
    pub instead: Bi,
    pub example_context: ExampleContext,
    pub params: &'static [ParamSpec],
}

/// A rule as the catalogue shows it: its metadata and the area whose score its findings
/// count towards, which follows from its family (see [`Family::area`]).
#[derive(Debug, Serialize, TS)]
#[ts(rename = "RuleMeta")]
pub struct CatalogueEntry {
    #[serde(flatten)]
    pub meta: &'static RuleMeta,
    pub area: Area,
}

/// Every rule's catalogue entry, in catalogue order: what `verbindlich rules` and the WASM
/// `rules()` give.
pub fn catalogue() -> Vec<CatalogueEntry> {
    RULES.iter().map(|r| CatalogueEntry { meta: r.meta, area: r.meta.family.area() }).collect()
}

/// Resolved parameter values of one rule, in the order of its [`ParamSpec`]s.
#[derive(Debug, Clone, Copy)]
pub struct Params<'a> {
    specs: &'static [ParamSpec],
    values: &'a [f64],
}

impl<'a> Params<'a> {
    pub fn new(specs: &'static [ParamSpec], values: &'a [f64]) -> Self {
        Params { specs, values }
    }

    pub fn get(&self, name: &str) -> f64 {
        // A rule asking for a parameter it did not declare trips this in the debug-build
        // tests (`registry_examples_are_true` runs every rule); 0 keeps release builds
        // panic-free.
        let at = self.specs.iter().position(|s| s.name == name);
        debug_assert!(at.is_some(), "undeclared parameter {name}");
        at.and_then(|i| self.values.get(i).copied()).unwrap_or(0.0)
    }

    pub fn count(&self, name: &str) -> usize {
        self.get(name).max(0.0) as usize
    }
}

/// Everything a rule can read about the message.
pub struct Check<'a> {
    pub doc: &'a Document<'a>,
    pub lang: Lang,
    pub ui: Lang,
    pub context: &'a Context,
    pub surface: Surface,
    /// The hard limit in characters, from the page, the config or the surface.
    pub max_chars: Option<usize>,
    /// The ideal maximum number of words, from the config or the surface.
    pub ideal_words: usize,
    pub hits: &'a Hits,
    pub facts: &'a Facts,
    /// What the page shows about the recipient, and where the draft mentions it.
    pub things: &'a [crate::mentions::Thing],
    pub kind: MessageKind,
    /// The other person's message, read, when this is a reply and the page shows it.
    pub theirs: Option<&'a crate::facts::Theirs>,
}

impl Check<'_> {
    pub fn words(&self) -> usize {
        self.doc.words.len()
    }

    /// The note of an invitation to connect: sending it is the ask, so what it needs is a
    /// reason to connect, not a meeting request, a benefit on offer or an easy no.
    pub fn invitation(&self) -> bool {
        matches!(self.surface, Surface::LinkedinConnect | Surface::XingContact)
    }

    /// The draft says du more than Sie: its examples must, too.
    pub fn du(&self) -> bool {
        self.lang == Lang::De && self.facts.informal.len() > self.facts.formal.len()
    }

    /// A concrete ask to show as an example: in the draft's language and address, whatever
    /// the interface's language (the message around it stays in that).
    pub fn example_ask(&self) -> &'static str {
        match (self.lang, self.du()) {
            (Lang::En, _) => "Would you have 15 minutes next week to talk about …?",
            (Lang::De, false) => "Hätten Sie nächste Woche 15 Minuten für …?",
            (Lang::De, true) => "Hättest du nächste Woche 15 Minuten für …?",
        }
    }
}

/// A finding as a rule reports it; the engine adds id, family, severity and why.
#[derive(Debug, Clone)]
pub struct Draft {
    pub span: Option<Span>,
    pub message: String,
    pub suggestion: Option<String>,
    pub suggestion_kind: Option<SuggestionKind>,
    /// A second checklist entry this finding fails besides its rule's: a placeholder in
    /// the greeting leaves the message addressed to nobody.
    pub also_fails: Option<Checkpoint>,
}

impl Draft {
    pub fn at(span: Span, message: String) -> Self {
        Draft { span: Some(span), message, suggestion: None, suggestion_kind: None, also_fails: None }
    }

    pub fn whole(message: String) -> Self {
        Draft { span: None, message, suggestion: None, suggestion_kind: None, also_fails: None }
    }

    /// An example of what to write instead: shown, never applied.
    pub fn suggest(mut self, s: impl Into<String>) -> Self {
        self.suggestion = Some(s.into());
        self.suggestion_kind = Some(SuggestionKind::Example);
        self
    }

    /// Text that replaces the span and reads correctly in place — same case at a
    /// sentence start, its punctuation, nothing left to fill in — so the UI may apply it
    /// on a click. Empty removes the span.
    pub fn replace_with(mut self, s: impl Into<String>) -> Self {
        debug_assert!(self.span.is_some(), "a replacement needs a span to replace");
        self.suggestion = Some(s.into());
        self.suggestion_kind = Some(SuggestionKind::Replacement);
        self
    }

    pub fn also_fails(mut self, c: Checkpoint) -> Self {
        self.also_fails = Some(c);
        self
    }
}

pub use crate::report::SuggestionKind;

pub type CheckFn = fn(&Check<'_>, &Params<'_>, &mut Vec<Draft>);

pub struct Rule {
    pub meta: &'static RuleMeta,
    pub check: CheckFn,
}

macro_rules! rules {
    ($($family:ident :: $name:ident),* $(,)?) => {
        /// Every rule, in catalogue order.
        pub static RULES: &[Rule] = &[
            $(Rule { meta: &$family::$name::META, check: $family::$name::check },)*
        ];
    };
}

rules![
    length::over_limit,
    length::near_limit,
    length::cut_off,
    length::too_long,
    length::too_short,
    length::long_sentence,
    length::long_paragraph,
    length::wall_of_text,
    personal::unaddressed,
    personal::wrong_name,
    personal::generic_salutation,
    personal::no_reference,
    ask::missing,
    ask::vague,
    ask::unspecific,
    ask::too_many,
    ask::unanswered,
    value::no_benefit,
    value::self_focus,
    value::pitch,
    value::pitch_in_reply,
    template::placeholder,
    template::generic_subject,
    template::stock_phrase,
    template::repeated_sentence,
    template::own_phrase,
    template::mass_send,
    template::display_name,
    spam::hype,
    spam::urgency,
    spam::link,
    spam::all_caps,
    spam::exclamations,
    tone::mixed_address,
    tone::apologetic,
    tone::hedging,
    tone::pushy,
    tone::flattery,
    trust::no_common_ground,
    trust::no_easy_no,
    followup::guilt_trip,
    followup::no_reference,
    followup::nothing_new,
    readability::hard_to_read,
];

pub fn find(id: &str) -> Option<(usize, &'static Rule)> {
    RULES.iter().enumerate().find(|(_, r)| r.meta.id == id)
}

/// One finding for each of `spans` (a phrase list's hits) — the shape most phrase rules take.
pub fn flag_phrases(cx: &Check<'_>, spans: &[Span], message: impl Fn(&str) -> String, out: &mut Vec<Draft>) {
    for s in spans {
        out.push(Draft::at(*s, message(s.text(cx.doc.text))));
    }
}

#[cfg(test)]
pub mod testing;

#[cfg(test)]
mod tests;
