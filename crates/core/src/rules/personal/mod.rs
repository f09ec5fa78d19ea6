//! `personal`: written to this person, not to a list.
pub mod generic_salutation;
pub mod no_reference;
pub mod unaddressed;
pub mod wrong_name;

use crate::lang::Lang;
use crate::rules::Check;

/// A greeting for the recipient in the message's register: "Guten Tag Anna Schmidt" when a
/// German message says Sie, "Hallo Anna" or "Hi Anna" otherwise.
pub fn greeting_for(cx: &Check<'_>, first: &str) -> String {
    let full = cx.context.recipient.as_ref().and_then(|r| r.full()).unwrap_or(first);
    if cx.lang == Lang::De && cx.facts.formal.len() > cx.facts.informal.len() {
        format!("Guten Tag {full}")
    } else {
        format!("{} {first}", cx.lang.pick("Hi", "Hallo"))
    }
}
