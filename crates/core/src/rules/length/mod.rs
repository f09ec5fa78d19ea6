//! `length`: short enough to be read by someone who owes you nothing.
pub mod cut_off;
pub mod long_paragraph;
pub mod long_sentence;
pub mod near_limit;
pub mod over_limit;
pub mod too_long;
pub mod too_short;
pub mod wall_of_text;
