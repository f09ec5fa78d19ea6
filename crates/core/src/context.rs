//! What the page tells the engine about a message. Every field is optional.

use crate::lang::Lang;
use crate::surface::Surface;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct Context {
    pub surface: Option<Surface>,
    /// The limit the page states (maxlength, a visible counter); wins over the surface.
    pub max_chars: Option<usize>,
    /// The page's field took no more text past this many characters (a `maxlength` the
    /// text fills): whatever the user typed after that point is not in the message.
    pub cut_at: Option<usize>,
    /// Language for messages and reasons; the message's language when absent.
    pub ui_lang: Option<Lang>,
    /// The message's language when the caller knows it; detected when absent.
    pub lang: Option<Lang>,
    /// The subject line, where the composer has one (InMail, Sales Navigator).
    pub subject: Option<String>,
    pub recipient: Option<Recipient>,
    pub sender: Option<Sender>,
    /// What the page shows of the conversation the draft belongs to.
    pub thread: Option<Thread>,
    /// First messages the user sent before, as the mass-send warning keeps them (opt-in):
    /// a similarity sketch and an age each, never a text.
    #[ts(optional = nullable)]
    pub sent: Vec<SentNote>,
    /// The key the `sent` sketches were made with (16 hex digits; see
    /// [`crate::similarity::key_of`]): the draft is sketched with it to compare.
    pub sent_key: Option<String>,
}

/// A first message sent before: what `template/mass-send` compares a draft with.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
pub struct SentNote {
    /// Its similarity sketch (256 hex digits, see [`crate::similarity`]).
    #[ts(as = "String")]
    pub sketch: crate::similarity::Sketch,
    /// Whole days since it was sent.
    pub days_ago: u32,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct Recipient {
    pub full_name: Option<String>,
    pub first_name: Option<String>,
    pub headline: Option<String>,
    pub company: Option<String>,
    pub location: Option<String>,
    /// Where they studied, as their profile shows it (what the user shares is in `shared`).
    pub school: Option<String>,
    /// What their profile says they talk about ("Talks about #hiring, #rust"), without the `#`.
    #[ts(optional = nullable)]
    pub topics: Vec<String>,
    #[ts(optional = nullable)]
    pub mutual_connections: Vec<String>,
    /// How many contacts the user shares with them, when the page counts them.
    pub mutual_count: Option<u32>,
    /// What the page says the user and the recipient have in common.
    #[ts(optional = nullable)]
    pub shared: Vec<Shared>,
    /// Their recent posts or activity as the page shows them: a title or first line each.
    #[ts(optional = nullable)]
    pub posts: Vec<String>,
}

/// Something the user and the recipient share, as the page names it.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, TS)]
#[serde(deny_unknown_fields)]
pub struct Shared {
    pub kind: SharedKind,
    /// "TU München", "Contoso", "ROSCon 2026", "Rust Berlin".
    pub name: String,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize, PartialEq, Eq, TS)]
#[serde(rename_all = "lowercase")]
pub enum SharedKind {
    /// Both studied there.
    School,
    /// Both worked there.
    Employer,
    /// Both took part in it, or are connected through it.
    Event,
    /// Both are members.
    Group,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct Sender {
    pub full_name: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct Thread {
    /// What the draft is; read from the texts below when absent.
    pub kind: Option<MessageKind>,
    /// The user's own earlier message that is still unanswered, when this draft follows it up.
    pub first_message: Option<String>,
    /// The other person's newest message, when this draft answers it.
    pub their_last_message: Option<String>,
    pub days_since_last_sent: Option<u32>,
}

/// The three kinds of message, told apart by what the page shows of the thread: the cold
/// first message gets every rule, a reply answers someone who wrote (the cold-outreach
/// rules stay quiet), a follow-up nudges the user's own unanswered message.
#[derive(Debug, Clone, Copy, Default, Serialize, Deserialize, PartialEq, Eq, TS)]
#[serde(rename_all = "lowercase")]
pub enum MessageKind {
    #[default]
    First,
    Reply,
    Followup,
}

impl MessageKind {
    pub fn id(self) -> &'static str {
        match self {
            MessageKind::First => "first",
            MessageKind::Reply => "reply",
            MessageKind::Followup => "followup",
        }
    }
}

impl Recipient {
    /// The full name, if it reads as a name (see [`as_name`]).
    pub fn full(&self) -> Option<&str> {
        as_name(self.full_name.as_deref())
    }

    /// The first name: given, or the first word of the full name.
    pub fn first(&self) -> Option<&str> {
        as_name(self.first_name.as_deref()).or_else(|| self.full().and_then(|f| f.split_whitespace().next()))
    }

    /// The company: given, or read from a headline such as "Head of Robotics at Contoso",
    /// "Teamleiterin bei Nordwind GmbH" or "CTO @ Acme | Speaker", which is how profile
    /// pages show it when they show no company field.
    pub fn company(&self) -> Option<&str> {
        non_empty(self.company.as_deref()).or_else(|| company_in_headline(non_empty(self.headline.as_deref())?))
    }

    /// Their role: the headline's first part without the company it names ("Head of
    /// Robotics" of "Head of Robotics at Contoso | Speaker"). See [`Recipient::roles`].
    pub fn role(&self) -> Option<&str> {
        self.roles().next()
    }

    /// Every role the headline names, in its order: the parts between its separators
    /// ("Technology Leader | Fractional CTO | Speaker"), each without the company it
    /// names ("at Contoso", "– Nordlicht QA").
    pub fn roles(&self) -> impl Iterator<Item = &str> {
        let headline = non_empty(self.headline.as_deref()).unwrap_or("");
        headline.split(['|', '·', '•']).filter_map(|part| {
            let end = company_marker(part)
                .map(|(at, _)| at)
                .or_else(|| company_after_dash(part).map(|(at, _)| at))
                .unwrap_or(part.len());
            let role = non_empty(Some(&part[..end]))?;
            non_empty(Some(&role[..role.find(',').unwrap_or(role.len())]))
        })
    }

    /// The names they go by on the page: full, then first.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.full().into_iter().chain(as_name(self.first_name.as_deref()))
    }

    /// The last name: the last word of the full name when it has more than one.
    pub fn last(&self) -> Option<&str> {
        let full = self.full()?;
        let mut parts = full.split_whitespace();
        let first = parts.next();
        let last = parts.next_back();
        last.filter(|l| Some(*l) != first)
    }
}

impl Context {
    pub fn surface(&self) -> Surface {
        self.surface.unwrap_or_default()
    }

    /// The kind the page stated, or else the one its thread texts imply.
    pub fn kind(&self) -> MessageKind {
        let Some(t) = &self.thread else { return MessageKind::First };
        t.kind.unwrap_or(if non_empty(t.their_last_message.as_deref()).is_some() {
            MessageKind::Reply
        } else if non_empty(t.first_message.as_deref()).is_some() {
            MessageKind::Followup
        } else {
            MessageKind::First
        })
    }

    pub fn is_followup(&self) -> bool {
        self.kind() == MessageKind::Followup
    }

    pub fn is_reply(&self) -> bool {
        self.kind() == MessageKind::Reply
    }

    /// The user's earlier message a follow-up follows up, if the page showed it.
    pub fn first_message(&self) -> Option<&str> {
        non_empty(self.thread.as_ref()?.first_message.as_deref())
    }

    /// The other person's message a reply answers, if the page showed it.
    pub fn their_last_message(&self) -> Option<&str> {
        non_empty(self.thread.as_ref()?.their_last_message.as_deref())
    }
}

/// Where a headline names its company: the last " at ", " bei ", " @ ", and its length.
fn company_marker(headline: &str) -> Option<(usize, usize)> {
    const MARKERS: [&str; 4] = [" at ", " bei ", " @ ", " chez "];
    MARKERS.iter().filter_map(|m| headline.rfind(m).map(|i| (i, m.len()))).max_by_key(|&(i, _)| i)
}

/// "Key Account Manager – Nordlicht QA": a company after a dash, when what follows reads
/// as a company's name — at most four words, one of them an acronym, a word with a capital
/// inside or a legal form ("QA", "McKinsey", "GmbH") — and not a field of work such as
/// "Engineer – Machine Learning" or "Berater – Digitale Transformation".
fn company_after_dash(part: &str) -> Option<(usize, usize)> {
    const DASHES: [&str; 3] = [" \u{2013} ", " \u{2014} ", " - "];
    const FORMS: [&str; 12] = ["gmbh", "ag", "se", "kg", "inc", "inc.", "ltd", "ltd.", "llc", "plc", "co.", "corp"];
    let (at, len) = DASHES.iter().filter_map(|d| part.find(d).map(|i| (i, d.len()))).min_by_key(|&(i, _)| i)?;
    let rest = part[at + len..].trim();
    let words: Vec<&str> = rest.split_whitespace().collect();
    let named = |w: &&str| {
        let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
        let acronym = (2..=5).contains(&letters.len()) && letters.iter().all(|c| c.is_uppercase());
        let inner = letters.iter().skip(1).any(|c| c.is_uppercase()) && letters.iter().any(|c| c.is_lowercase());
        acronym || inner || FORMS.contains(&w.to_lowercase().as_str())
    };
    ((1..=4).contains(&words.len()) && words.iter().any(named)).then_some((at, len))
}

fn company_in_headline(headline: &str) -> Option<&str> {
    let (at, len) = company_marker(headline).or_else(|| {
        // A dash in any part: the first part that has one names the company.
        let mut offset = 0;
        for part in headline.split_inclusive(['|', '·', '•']) {
            if let Some((at, len)) = company_after_dash(part) {
                return Some((offset + at, len));
            }
            offset += part.len();
        }
        None
    })?;
    let rest = &headline[at + len..];
    // "… at Contoso | Speaker · Author": the company ends where the next headline part begins.
    let end = rest.find(['|', '·', ',', '•', '/', '(']).unwrap_or(rest.len());
    non_empty(Some(&rest[..end]))
}

fn non_empty(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

/// A name from the page, accepted only as a name: letters and their marks, spaces,
/// hyphens, apostrophes and dots, at most 100 characters. A page can put anything in the
/// element a name is read from — markup ("‹img"), an emoji, a zero-width or direction
/// character — and whatever the engine accepts as a name it writes into suggestions.
fn as_name(s: Option<&str>) -> Option<&str> {
    let name = non_empty(s)?;
    let ok = name.chars().count() <= 100
        && name.chars().any(char::is_alphabetic)
        && name.chars().all(|c| {
            c.is_alphabetic() || c == ' ' || "-'.\u{2019}".contains(c) || ('\u{300}'..='\u{36f}').contains(&c)
        });
    ok.then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_headline(h: &str) -> Recipient {
        Recipient { headline: Some(h.into()), ..Recipient::default() }
    }

    #[test]
    fn a_name_is_accepted_only_as_a_name() {
        let named = |n: &str| Recipient { full_name: Some(n.into()), ..Recipient::default() };
        for ok in ["Anna Schmidt", "Zoë O'Brien-Müller", "Dr. Anna Schmidt", "José\u{301} Núñez", "Łukasz Żółw"]
        {
            assert_eq!(named(ok).full(), Some(ok), "{ok:?}");
        }
        for bad in [
            "\u{2039}img src=x",
            "<b>Anna</b>",
            "\u{1f680}Mark",
            "Anna\u{200B}",
            "\u{202E}annA",
            "Anna{{x}}",
            "42",
            " ",
        ] {
            let r = named(bad);
            assert_eq!((r.full(), r.first(), r.last()), (None, None, None), "{bad:?}");
        }
    }

    #[test]
    fn company_comes_from_the_headline_when_not_given() {
        assert_eq!(with_headline("Head of Robotics at Contoso").company(), Some("Contoso"));
        assert_eq!(with_headline("Teamleiterin Logistik bei Nordwind GmbH").company(), Some("Nordwind GmbH"));
        assert_eq!(with_headline("CTO @ Acme | Speaker · Author").company(), Some("Acme"));
        assert_eq!(with_headline("Engineer at Foo, ex-Bar").company(), Some("Foo"));
        assert_eq!(with_headline("Freelance designer").company(), None);
        let given = Recipient { company: Some("Initech".into()), ..with_headline("CEO at Contoso") };
        assert_eq!(given.company(), Some("Initech"));
    }

    #[test]
    fn the_role_is_the_headline_before_its_company() {
        assert_eq!(with_headline("Head of Robotics at Contoso | Speaker").role(), Some("Head of Robotics"));
        assert_eq!(with_headline("Teamleiterin Logistik bei Nordwind GmbH").role(), Some("Teamleiterin Logistik"));
        assert_eq!(with_headline("Freelance designer · Author").role(), Some("Freelance designer"));
        assert_eq!(with_headline("  ").role(), None);
    }
}
