//! Property tests: whatever a user types or pastes, the engine answers without panicking,
//! and every span it reports selects the same text in UTF-8 and in UTF-16.

use proptest::prelude::*;
use verbindlich_core::context::{Recipient, Thread};
use verbindlich_core::{AnalyzeError, Config, Context, Engine, Surface};

/// Pieces that exercise the tricky parts: phrases from the lists, names, emoji with
/// modifiers and flags, umlauts, combining marks, placeholders, links, odd whitespace.
const PIECES: &[&str] = &[
    "Hi",
    "Hallo",
    "Anna",
    "Frau",
    "Dr.",
    "z.B.",
    "Sehr geehrte Damen und Herren",
    "let's connect",
    "lass uns vernetzen",
    "Ich bin auf Ihr Profil gestoßen",
    "I came across your profile",
    "Sie",
    "du",
    "Ihnen",
    "dein",
    "?",
    "!",
    "!!!",
    ".",
    ",",
    "…",
    "\n",
    "\n\n",
    " ",
    "  ",
    "\t",
    "\u{a0}",
    "\u{2009}",
    "👋🏽",
    "🇩🇪",
    "👩‍💻",
    "e\u{301}",
    "Cafe\u{301}",
    "ß",
    "ẞ",
    "İ",
    "Ünal",
    "[Name]",
    "{firstName}",
    "{{company}}",
    "<Firma>",
    "XXX",
    "https://calendly.com/x",
    "www.a.de",
    "GARANTIERT",
    "THOUSANDS OF LEADS",
    "15 minutes next week",
    "15 Minuten nächste Woche",
    "no worries if not",
    "ein kurzes Nein",
    "’",
    "„",
    "“",
    "—",
    "\u{200b}",
    "\u{feff}",
    "\r\n",
    "garantier",
    "Syn",
    "don't",
    "3.5",
    "3,5",
    "a_b",
    "_",
    "x:y",
    "'",
    "/",
    "@",
    "#",
    "1:1",
    "e.g.",
    "\u{3000}",
    "\u{345}",
    "日本",
    "Grüße",
    "über's",
    "Straße.",
    "Müller:in",
    "3ä",
    "é'",
    "×",
    "÷",
    "ÿ1",
    "Ä.",
    "·",
    "\u{ad}",
    "ü\u{308}",
];

/// JSON shaped like a config, mostly wrong: the keys and rule ids a config has, mixed
/// with others, at any depth, holding values of any type. Random strings would almost
/// never parse as JSON and never reach the config's own checks.
fn config_json() -> impl Strategy<Value = String> {
    let mut keys: Vec<String> = [
        "rules",
        "phrases",
        "followup_days",
        "ui_lang",
        "surfaces",
        "enabled",
        "severity",
        "params",
        "en",
        "de",
        "flag",
        "template",
        "accept",
        "max_chars",
        "ideal_words",
        "max_asks",
        "min_words",
        "ratio",
        "linkedin-connect",
        "x",
    ]
    .map(String::from)
    .to_vec();
    keys.extend(verbindlich_core::rules::RULES.iter().map(|r| r.meta.id.to_string()));
    let key = prop::sample::select(keys);
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::Bool),
        (-1000i64..1000).prop_map(|n| serde_json::json!(n)),
        (-2.0f64..400.0).prop_map(|n| serde_json::json!(n)),
        prop::sample::select(vec!["error", "warning", "hint", "loud", "de", "en", "auto", "", "hi *"])
            .prop_map(|s| serde_json::json!(s)),
    ];
    let value = leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::Array),
            prop::collection::btree_map(key.clone(), inner, 0..5)
                .prop_map(|m| serde_json::Value::Object(m.into_iter().collect())),
        ]
    });
    value.prop_map(|v| v.to_string())
}

fn message() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "\\PC{0,200}",
        prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat()),
    ]
}

fn context() -> impl Strategy<Value = Context> {
    (
        prop::option::of(prop::sample::select(Surface::ALL.to_vec())),
        prop::option::of(0usize..400),
        prop::option::of(prop::sample::select(vec!["Anna Schmidt", "Ünal", "", " ", "Jean-Luc Picard", "👋"])),
        prop::option::of(message()),
    )
        .prop_map(|(surface, max_chars, name, first)| Context {
            surface,
            max_chars,
            recipient: name.map(|n| Recipient { full_name: Some(n.to_string()), ..Recipient::default() }),
            thread: first.map(|f| Thread { first_message: Some(f), ..Thread::default() }),
            ..Context::default()
        })
}

fn engine() -> &'static Engine {
    static E: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    E.get_or_init(|| Engine::new(&Config::default()).unwrap())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn never_panics_and_spans_are_sound(text in message(), ctx in context()) {
        match engine().analyze(&text, &ctx) {
            Err(AnalyzeError::EmptyMessage) => prop_assert!(text.trim().is_empty()),
            Err(e) => prop_assert!(false, "unexpected error {e}"),
            Ok(report) => {
                prop_assert!(!text.trim().is_empty());
                prop_assert!(report.score <= 100);
                prop_assert_eq!(report.checklist.len(), 6);
                let units: Vec<u16> = text.encode_utf16().collect();
                prop_assert_eq!(report.counts.chars, units.len());
                for f in &report.findings {
                    let Some(s) = f.span else { continue };
                    prop_assert!(s.start <= s.end && s.end <= text.len(), "{} {:?}", f.rule, s);
                    prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{} {:?}", f.rule, s);
                    prop_assert!(s.start_utf16 <= s.end_utf16 && s.end_utf16 <= units.len());
                    let by_utf16 = String::from_utf16(&units[s.start_utf16..s.end_utf16]).unwrap();
                    prop_assert_eq!(&by_utf16, &text[s.start..s.end], "rule {}", f.rule);
                }
            }
        }
    }

    /// The sparse map from the normalised text back to the message agrees, byte for byte,
    /// with a map written out for every byte (the engine's first, simplest version).
    #[test]
    fn normalised_text_maps_back_byte_for_byte(text in message()) {
        let doc = verbindlich_core::text::Document::new(&text);
        let (norm, map) = dense_norm_map(&text);
        prop_assert_eq!(&doc.norm, &norm);
        for n in (0..=norm.len()).filter(|&n| norm.is_char_boundary(n)) {
            prop_assert_eq!(doc.text_at(n), map[n] as usize, "norm byte {}", n);
            let e = map[norm.len()] as usize;
            let s = map[n] as usize;
            let end = s + text[s..e.max(s)].trim_end().len();
            prop_assert_eq!(doc.span_from_norm(n, norm.len()), verbindlich_core::span::Span::new(s, end));
        }
    }

    /// The runs of letters and digits the phrase index, names and links start from.
    #[test]
    fn normalised_word_runs_are_every_run_of_letters_and_digits(text in message()) {
        let doc = verbindlich_core::text::Document::new(&text);
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
        prop_assert_eq!(&doc.norm_words, &runs);
    }

    /// Language detection finds umlauts by their first byte; reading every word's letters
    /// gives the same answer.
    #[test]
    fn detection_counts_umlauts_as_a_letter_by_letter_reading_does(text in message()) {
        use verbindlich_core::lang::{self, Lang, lexicon};
        let doc = verbindlich_core::text::Document::new(&text);
        let classes: Vec<_> = doc.words.iter().map(|w| lexicon::classify(doc.word_text(w))).collect();
        let (mut de, mut en) = (0, 0);
        for (w, c) in doc.words.iter().zip(&classes).take(400) {
            de += 2 * i32::from(Lang::De.of(*c) & lexicon::STOP != 0);
            en += 2 * i32::from(Lang::En.of(*c) & lexicon::STOP != 0);
            de += i32::from(doc.word_text(w).contains(['ä', 'ö', 'ü', 'ß', 'Ä', 'Ö', 'Ü']));
        }
        let tie_german = de == en && text.contains(['ä', 'ö', 'ü', 'Ä', 'Ö', 'Ü', 'ß']);
        let expected = if de > en || tie_german { Lang::De } else { Lang::En };
        prop_assert_eq!(lang::detect(&doc, &classes), expected);
    }

    #[test]
    fn words_are_exactly_those_of_uax29(text in message()) {
        use unicode_segmentation::UnicodeSegmentation;
        let ours = verbindlich_core::text::word_indices(&text);
        let theirs: Vec<_> = text.unicode_word_indices().collect();
        prop_assert_eq!(ours, theirs);
    }

    #[test]
    fn any_config_json_never_panics(json in config_json()) {
        let _ = Config::from_json(&json).map(|c| Engine::new(&c));
    }

    #[test]
    fn unknown_rule_ids_are_refused_by_name(id in "[a-z]{1,8}/[a-z-]{1,12}") {
        prop_assume!(verbindlich_core::rules::find(&id).is_none());
        let config = Config::from_json(&format!(r#"{{"rules":{{"{id}":{{"enabled":false}}}}}}"#)).unwrap();
        let err = Engine::new(&config).err().expect("an unknown rule id is refused");
        prop_assert!(err.to_string().contains(&format!("rules.{id}: unknown rule `{id}`")), "{}", err);
    }

    #[test]
    fn out_of_range_params_are_refused_with_the_path(value in -1.0e6f64..1.0e6) {
        let json = format!(r#"{{"rules":{{"ask/too-many":{{"params":{{"max_asks":{value}}}}}}}}}"#);
        let config = Config::from_json(&json).unwrap();
        match Engine::new(&config) {
            Ok(_) => prop_assert!(value.fract() == 0.0 && (1.0..=10.0).contains(&value)),
            Err(e) => prop_assert!(e.to_string().contains("rules.ask/too-many.params.max_asks")),
        }
    }

    /// Whatever is stored, repair leaves a config the engine accepts, and a damaged rule
    /// never takes a healthy neighbour with it.
    #[test]
    fn repair_always_leaves_a_valid_config(
        severity in prop::sample::select(vec!["\"error\"", "\"warning\"", "\"loud\"", "3", "null"]),
        max in -5.0f64..20.0,
        days in -3i64..200,
        junk in "x_[a-z]{0,8}",
    ) {
        let json = format!(
            r#"{{"rules":{{"ask/vague":{{"enabled":false}},"ask/too-many":{{"severity":{severity},"params":{{"max_asks":{max}}}}}}},"followup_days":{days},"{junk}":1}}"#
        );
        let (config, _problems) = Config::repair(&json);
        prop_assert!(Engine::new(&config).is_ok());
        prop_assert_eq!(config.rules.get("ask/vague").and_then(|r| r.enabled), Some(false));
    }

    #[test]
    fn repair_never_panics(json in config_json()) {
        let (config, _) = Config::repair(&json);
        prop_assert!(Engine::new(&config).is_ok());
    }

    #[test]
    fn text_that_is_not_json_is_refused_and_repaired_to_the_defaults(junk in "\\PC{0,80}") {
        prop_assume!(serde_json::from_str::<serde_json::Value>(&junk).is_err());
        prop_assert!(Config::from_json(&junk).is_err());
        let (config, problems) = Config::repair(&junk);
        prop_assert!(!problems.is_empty(), "junk repaired without a word");
        prop_assert!(Engine::new(&config).is_ok());
    }
}

/// The normalised text and, for each of its bytes and one past its end, the byte of
/// `text` it came from: the first version of `Document::new`, kept as the reference.
fn dense_norm_map(text: &str) -> (String, Vec<u32>) {
    let mut norm = String::new();
    let mut map: Vec<u32> = Vec::new();
    let mut pending_space: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            pending_space.get_or_insert(i);
            continue;
        }
        if let Some(at) = pending_space.take()
            && !norm.is_empty()
        {
            norm.push(' ');
            map.push(at as u32);
        }
        norm.push_str(&verbindlich_core::text::normalise(&c.to_string()));
        map.resize(norm.len(), i as u32);
    }
    map.push(pending_space.unwrap_or(text.len()) as u32);
    (norm, map)
}
