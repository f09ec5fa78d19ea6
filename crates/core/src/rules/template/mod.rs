//! `template`: signs of a mass message.
pub mod display_name;
pub mod generic_subject;
pub mod mass_send;
pub mod own_phrase;
pub mod placeholder;
pub mod repeated_sentence;
pub mod stock_phrase;
