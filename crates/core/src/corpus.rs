//! The corpus file format: a small header of context, a line `---`, then the message
//! exactly as typed. Used by the snapshot tests, the WASM-equals-native check and
//! anyone who wants to keep realistic messages with their context.
//!
//! ```text
//! lang: de
//! surface: linkedin-connect
//! recipient: Anna Schmidt
//! company: Contoso
//! max_chars: 300
//! mutual: Jonas Berg
//! first_message: Hallo Anna, … (one line; makes this a follow-up)
//! ---
//! Hallo Anna,
//! …
//! ```

use crate::context::{Context, Recipient, Thread};
use crate::{Lang, Surface};

#[derive(Debug, Clone)]
pub struct Sample {
    pub name: String,
    /// The language the message is written in (what detection should say).
    pub lang: Lang,
    /// Written the way the advice says (`-good-` in the file name), or not (`-weak-`).
    pub good: bool,
    pub context: Context,
    pub text: String,
}

/// Parses one corpus file; the error names the file and what is wrong.
pub fn parse(name: &str, raw: &str) -> Result<Sample, String> {
    let raw = raw.replace("\r\n", "\n");
    let (head, text) = raw.split_once("\n---\n").ok_or_else(|| format!("{name}: no `---` line after the header"))?;
    let mut context = Context::default();
    let mut recipient = Recipient::default();
    let mut lang = None;
    for line in head.lines().filter(|l| !l.trim().is_empty()) {
        let (k, v) = line.split_once(':').ok_or_else(|| format!("{name}: header line {line:?} is not `key: value`"))?;
        let v = v.trim().to_string();
        match k.trim() {
            "lang" => lang = Some(Lang::parse(&v).ok_or_else(|| format!("{name}: lang {v:?} is not de or en"))?),
            "surface" => {
                context.surface = Some(Surface::from_id(&v).ok_or_else(|| format!("{name}: unknown surface {v:?}"))?)
            }
            "recipient" => recipient.full_name = Some(v),
            "company" => recipient.company = Some(v),
            "mutual" => recipient.mutual_connections.push(v),
            "max_chars" => context.max_chars = Some(v.parse().map_err(|_| format!("{name}: max_chars {v:?}"))?),
            "first_message" => {
                context.thread =
                    Some(Thread { first_message: Some(v), days_since_last_sent: Some(7), ..Thread::default() })
            }
            other => return Err(format!("{name}: unknown header key {other:?}")),
        }
    }
    if recipient != Recipient::default() {
        context.recipient = Some(recipient);
    }
    let good = name.contains("-good-");
    if !good && !name.contains("-weak-") {
        return Err(format!("{name}: the file name must say -good- or -weak-"));
    }
    let lang = lang.ok_or_else(|| format!("{name}: no lang in the header"))?;
    Ok(Sample { name: name.trim_end_matches(".txt").to_string(), lang, good, context, text: text.to_string() })
}
