//! Replays every input in tests/fuzz/regressions/ through the fuzzing harness: each crash the
//! fuzzer ever found stays fixed. The seeds there double as a smoke test of the harness.
mod harness;

#[test]
fn every_input_the_fuzzer_kept_still_passes() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fuzz/regressions");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).expect("tests/fuzz/regressions exists") {
        let path = entry.expect("readable entry").path();
        let data = std::fs::read(&path).expect("readable input");
        harness::check(&data);
        n += 1;
    }
    assert!(n > 0, "no inputs in {dir}");
}
