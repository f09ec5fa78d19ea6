//! `spam`: hype and pitch markers that put a message in the ignore pile.
pub mod all_caps;
pub mod exclamations;
pub mod hype;
pub mod link;
pub mod urgency;
