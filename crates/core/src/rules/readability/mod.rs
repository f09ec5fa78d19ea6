//! `readability`: how easy the message is to read, by the classic formulas.
pub mod hard_to_read;
