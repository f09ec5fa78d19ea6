//! `tone`: honest, respectful, at eye level.
pub mod apologetic;
pub mod flattery;
pub mod hedging;
pub mod mixed_address;
pub mod pushy;
