//! Instructions the pattern pass takes on an InMail (a profiling aid):
//! `valgrind --tool=callgrind target/release/examples/patterns_cost [de]`.
fn main() {
    let de = std::env::args().nth(1).as_deref() == Some("de");
    let (text, lang) = if de {
        (include_str!("../../../tests/bench/texts/inmail-de.txt"), verbindlich_core::Lang::De)
    } else {
        (include_str!("../../../tests/bench/texts/inmail-en.txt"), verbindlich_core::Lang::En)
    };
    let doc = verbindlich_core::text::Document::new(text);
    verbindlich_core::warm();
    for _ in 0..1000 {
        let mut hits = verbindlich_core::hits::Hits::new();
        verbindlich_core::patterns::find(&doc, lang, &mut hits);
        std::hint::black_box(hits);
    }
}
