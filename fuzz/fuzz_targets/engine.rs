//! Coverage-guided fuzzing of the whole engine: text, context JSON and config JSON from one
//! input. `./build.sh fuzz SECONDS` runs it; a crash it finds goes into
//! tests/fuzz/regressions/, which `cargo test` replays through the same harness.
#![no_main]

#[path = "../../crates/core/tests/harness/mod.rs"]
mod harness;

libfuzzer_sys::fuzz_target!(|data: &[u8]| harness::check(data));
