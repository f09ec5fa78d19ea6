//! Instructions the pattern pass takes on the English InMail (a profiling aid):
//! `valgrind --tool=callgrind target/release/examples/patterns_cost`.
fn main() {
    let text = include_str!("../../../tests/bench/texts/inmail-en.txt");
    let doc = verbindlich_core::text::Document::new(text);
    verbindlich_core::warm();
    for _ in 0..1000 {
        let mut hits = verbindlich_core::phrases::Hits::new();
        verbindlich_core::patterns::find(&doc, verbindlich_core::Lang::En, &mut hits);
        std::hint::black_box(hits);
    }
}
