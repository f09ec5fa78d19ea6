//! `ask`: one clear, specific request the recipient can say yes or no to.
pub mod missing;
pub mod too_many;
pub mod unanswered;
pub mod unspecific;
pub mod vague;
