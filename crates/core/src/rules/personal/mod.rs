//! `personal`: written to this person, not to a list.
pub mod generic_salutation;
pub mod no_reference;
pub mod unaddressed;
