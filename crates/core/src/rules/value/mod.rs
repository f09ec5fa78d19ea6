//! `value`: what the recipient gets out of answering.
pub mod no_benefit;
pub mod pitch;
pub mod self_focus;
