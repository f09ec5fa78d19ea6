//! `value`: what the recipient gets out of answering.
pub mod no_benefit;
pub mod pitch;
pub mod pitch_in_reply;
pub mod self_focus;
