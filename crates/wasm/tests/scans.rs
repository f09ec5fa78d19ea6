#![cfg(target_arch = "wasm32")]
//! The engine's byte scans as WebAssembly runs them — with SIMD, as users get them —
//! against plain readings of the same texts. (The property tests of `scan.rs` run on the
//! machine that builds, with its own vector instructions.)

use unicode_segmentation::UnicodeSegmentation;
use verbindlich_core::span::Utf16Map;
use verbindlich_core::text::{Document, word_indices};
use wasm_bindgen_test::*;

#[wasm_bindgen_test]
#[allow(clippy::assertions_on_constants)] // Constant per build: which build is the question.
fn the_build_uses_simd() {
    // Without it the scans fall back to plain bytes: the same answers, the budgets missed.
    // A RUSTFLAGS variable replaces .cargo/config.toml's flags and would drop it unseen.
    assert!(cfg!(target_feature = "simd128"), "build the WASM crate with -C target-feature=+simd128");
}

const PIECES: &[&str] = &[
    "Hi",
    "Anna",
    "hello",
    "WORLD",
    "Grüße",
    "Straße",
    "über",
    "z.B.",
    "don't",
    "I'm",
    "3,5",
    "1:1",
    "e.g.",
    "a_b",
    "https://calendly.com/ben/15min",
    "(Contoso)",
    "and/or",
    "#tag",
    "x@y.com",
    "👋🏽",
    "Zoe\u{308}",
    "\u{301}",
    "’",
    "—",
    "…",
    ".",
    ",",
    "!",
    "?",
    ":",
    ";",
    "'",
    "\"",
    "aaaaaaaaaaaaaaaaaaaaaaaaa",
    "1234567890",
    " ",
    " ",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u{a0}",
    "\u{3000}",
    "\r\n",
];

/// The same 3,000 texts every run: pieces picked by a fixed-seed xorshift, up to about
/// 300 bytes, so that sixteen-byte blocks, their edges and the tail all occur.
fn texts() -> impl Iterator<Item = String> {
    let mut state = 0x9E37_79B9_7F4A_7C15u64;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..3000).map(move |_| {
        let n = next() % 60;
        (0..n).map(|_| PIECES[(next() % PIECES.len() as u64) as usize]).collect()
    })
}

#[wasm_bindgen_test]
fn words_letter_runs_and_offsets_are_what_plain_readings_find() {
    for text in texts() {
        let theirs: Vec<_> = text.unicode_word_indices().collect();
        assert_eq!(word_indices(&text), theirs, "{text:?}");

        let doc = Document::new(&text);
        let mut runs = Vec::new();
        let mut start = None;
        for (i, c) in doc.norm.char_indices().chain([(doc.norm.len(), ' ')]) {
            match (c.is_alphanumeric(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    runs.push((s as u32, i as u32));
                    start = None;
                }
                _ => {}
            }
        }
        assert_eq!(doc.norm_words, runs, "{text:?}");

        let ends: Vec<usize> = theirs.iter().map(|(i, w)| i + w.len()).collect();
        let map = Utf16Map::new(&text, ends.iter().copied());
        for end in ends {
            assert_eq!(map.get(end), text[..end].encode_utf16().count(), "{text:?}");
        }
    }
}
