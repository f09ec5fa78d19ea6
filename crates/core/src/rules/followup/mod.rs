//! `followup`: a second message that earns its place.
pub mod guilt_trip;
pub mod no_reference;
pub mod nothing_new;
