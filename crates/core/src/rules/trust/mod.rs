//! `trust`: a reason to trust a stranger, and a way to say no.
pub mod no_common_ground;
pub mod no_easy_no;
