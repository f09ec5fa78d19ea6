//! The fuzzing harness, shared by the fuzz target (fuzz/) and the regression test that
//! replays every input the fuzzer ever crashed on.
//!
//! One input holds up to three parts separated by NUL bytes: the message, the context JSON
//! and the config JSON. Whatever they are, the engine must not panic, every span it
//! reports (findings, things to mention) must select text on character boundaries, with
//! UTF-16 offsets that agree, and
//! its fast word segmentation must find exactly the words of UAX #29.

use unicode_segmentation::UnicodeSegmentation;
use verbindlich_core::{Config, Context, Engine};

pub fn check(data: &[u8]) {
    let mut parts = data.splitn(3, |&b| b == 0);
    let text = String::from_utf8_lossy(parts.next().unwrap_or_default());
    let context: Context = std::str::from_utf8(parts.next().unwrap_or_default())
        .ok()
        .and_then(|json| serde_json::from_str(json).ok())
        .unwrap_or_default();
    assert!(
        verbindlich_core::text::word_indices(&text).into_iter().eq(text.unicode_word_indices()),
        "words differ from UAX #29"
    );
    let config_json = String::from_utf8_lossy(parts.next().unwrap_or(b"{}"));
    // The extension's path for stored config: repair, then build leniently.
    let (config, _problems) = Config::repair(&config_json);
    let (engine, _) = Engine::lenient(&config);
    let Ok(report) = engine.analyze(&text, &context) else { return };
    let units: Vec<u16> = text.encode_utf16().collect();
    // The findings' spans and those of the things to mention (where the draft names them).
    let findings = report.findings.iter().filter_map(|f| Some((f.rule, f.span.as_ref()?)));
    let things = report.things_to_mention.iter().filter_map(|t| Some(("things_to_mention", t.span.as_ref()?)));
    for (what, s) in findings.chain(things) {
        assert!(s.start <= s.end && s.end <= text.len(), "{what}: span {}..{} outside the text", s.start, s.end);
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{what}: span not on char boundaries");
        assert!(s.end_utf16 <= units.len(), "{what}: UTF-16 span outside the text");
        let by_utf16 = String::from_utf16(&units[s.start_utf16..s.end_utf16]).expect("whole characters");
        assert_eq!(by_utf16, &text[s.start..s.end], "{what}: UTF-16 and byte spans disagree");
    }
    assert!(report.score <= 100);
}
