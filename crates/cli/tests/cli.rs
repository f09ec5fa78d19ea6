//! The command line as a user meets it: exit codes, one-line errors, the JSON contract.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_verbindlich"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    // The command may refuse its arguments and exit before reading: a broken pipe here
    // is part of that, not a failure.
    let _ = child.stdin.take().unwrap().write_all(stdin);
    child.wait_with_output().unwrap()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Bad input exits 2 with exactly one line naming the problem.
#[track_caller]
fn assert_bad_input(o: &Output, names: &str) {
    assert_eq!(o.status.code(), Some(2), "stderr: {}", stderr(o));
    let err = stderr(o);
    assert_eq!(err.trim_end().lines().count(), 1, "one line expected: {err}");
    assert!(err.contains(names), "{err:?} should name {names:?}");
    assert!(o.stdout.is_empty());
}

const GOOD_EN: &str = "Hi Anna,\n\nI enjoyed your talk on pair reviews at Contoso and have since tried it with my team. Happy to share what we learned in return. Could we talk for 15 minutes next week about how you pick the tasks? No worries if not.\n\nBen";

#[test]
fn clean_message_exits_0_and_error_exits_1() {
    let o = run(
        &["check", "-", "--surface", "linkedin-message", "--recipient", "Anna Schmidt", "--company", "Contoso"],
        GOOD_EN.as_bytes(),
    );
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stdout));
    let o = run(&["check", "--surface", "linkedin-connect", "--max-chars", "100"], GOOD_EN.as_bytes());
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("length/over-limit"));
}

#[test]
fn json_is_one_report_with_the_contract_fields() {
    let text = "Hi {firstName}, 👋 let's connect!";
    let o = run(&["check", "--format", "json", "--recipient", "Anna Schmidt"], text.as_bytes());
    assert_eq!(o.status.code(), Some(1), "placeholder is an error");
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).expect("stdout is one JSON document");
    for key in ["language", "counts", "limit", "readability", "score", "scores", "findings", "checklist"] {
        assert!(r.get(key).is_some(), "missing {key}");
    }
    for key in ["chars", "words", "sentences", "questions"] {
        assert!(r["counts"][key].is_u64(), "counts.{key}");
    }
    for key in ["length", "personal", "ask", "value", "tone"] {
        assert!(r["scores"][key].as_u64().is_some_and(|v| v <= 100), "scores.{key}");
    }
    assert!(r["limit"].get("max_chars").is_some() && r["limit"].get("source").is_some());
    let findings = r["findings"].as_array().unwrap();
    let vague = findings.iter().find(|f| f["rule"] == "ask/vague").expect("ask/vague reported");
    assert_eq!(vague["family"], "ask");
    assert_eq!(vague["severity"], "warning");
    assert!(vague["message"].is_string() && vague["why"].is_string());
    let span = &vague["span"];
    // Byte and UTF-16 offsets select the same text (the emoji is 4 bytes, 2 units).
    let (s, e) = (span["start"].as_u64().unwrap() as usize, span["end"].as_u64().unwrap() as usize);
    assert_eq!(&text[s..e], "let's connect");
    let units: Vec<u16> = text.encode_utf16().collect();
    let (s16, e16) = (span["start_utf16"].as_u64().unwrap() as usize, span["end_utf16"].as_u64().unwrap() as usize);
    assert_eq!(String::from_utf16(&units[s16..e16]).unwrap(), "let's connect");
    assert_eq!(r["checklist"].as_array().unwrap().len(), 6);
}

#[test]
fn missing_file_is_named() {
    assert_bad_input(&run(&["check", "/no/such/message.txt"], b""), "/no/such/message.txt");
}

#[test]
fn invalid_utf8_is_named() {
    assert_bad_input(&run(&["check", "-"], b"Hallo \xff Anna"), "not valid UTF-8");
}

#[test]
fn empty_message_is_refused() {
    assert_bad_input(&run(&["check"], b"  \n "), "empty");
}

#[test]
fn unknown_surface_and_language_are_named() {
    assert_bad_input(&run(&["check", "--surface", "myspace"], b"Hi"), "unknown surface `myspace`");
    assert_bad_input(&run(&["check", "--lang", "fr"], b"Hi"), "unknown language `fr`");
}

#[test]
fn bad_config_names_the_rule_and_parameter() {
    let dir = std::env::temp_dir().join(format!("verbindlich-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let cfg = dir.join("bad.json");
    std::fs::write(&cfg, r#"{"rules":{"ask/vague":{"params":{"x":1}},"spam/hyp":{}}}"#).unwrap();
    let o = run(&["check", "--config", cfg.to_str().unwrap()], b"Hi Anna");
    assert_bad_input(&o, "rules.ask/vague.params.x");
    assert!(stderr(&o).contains("spam/hyp"));
    std::fs::write(&cfg, "{not json").unwrap();
    assert_bad_input(&run(&["check", "--config", cfg.to_str().unwrap()], b"Hi Anna"), "bad.json");
    std::fs::write(&cfg, r#"{"rules":{"ask/vague":{"enabled":false}}}"#).unwrap();
    let o = run(&["check", "--config", cfg.to_str().unwrap(), "--format", "json"], b"Hi Anna, let's connect");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert!(!r["findings"].as_array().unwrap().iter().any(|f| f["rule"] == "ask/vague"), "a disabled rule stays quiet");
}

#[test]
fn language_override_wins() {
    let o = run(&["check", "--lang", "de", "--format", "json"], b"Hi Anna, could we talk next week?");
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(r["language"], "de");
}

#[test]
fn rules_catalogue_lists_every_rule() {
    let o = run(&["rules", "--format", "json"], b"");
    assert_eq!(o.status.code(), Some(0));
    let rules: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let rules = rules.as_array().unwrap();
    // Exactly the registry, each id once.
    let ids: std::collections::BTreeSet<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let registry: std::collections::BTreeSet<&str> = verbindlich_core::rules::RULES.iter().map(|r| r.meta.id).collect();
    assert_eq!(ids, registry);
    assert_eq!(rules.len(), registry.len(), "an id listed twice");
    let ls = rules.iter().find(|r| r["id"] == "length/long-sentence").unwrap();
    assert_eq!(ls["params"][0]["name"], "max_words");
    assert_eq!(ls["params"][0]["type"], "integer");
    assert!(ls["why"]["de"].is_string());
    assert_eq!(ls["name"]["en"], "Long sentence");
    assert_eq!(ls["area"], "length");
    assert_eq!(ls["params"][0]["unit"], "words");
    let text = run(&["rules"], b"");
    assert!(String::from_utf8_lossy(&text.stdout).contains("ask/vague"));
}

/// The score of `text` as `verbindlich check --format json` gives it, with `args`.
fn score(text: &str, args: &[&str]) -> u64 {
    let mut all = vec!["check", "-", "--format", "json"];
    all.extend_from_slice(args);
    let o = run(&all, text.as_bytes());
    let r: serde_json::Value = serde_json::from_slice(&o.stdout).expect("one JSON report");
    r["score"].as_u64().expect("a score")
}

#[test]
fn replies_are_coached_and_empty_notes_are_weak() {
    let dir = std::env::temp_dir().join(format!("verbindlich-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let theirs = dir.join("theirs.txt");
    std::fs::write(&theirs, "Thanks for the invite, happy to connect!").unwrap();
    let reply =
        ["--surface", "linkedin-message", "--reply-to", theirs.to_str().unwrap(), "--recipient", "Sabine Schmidt"];
    let wrong_name = score("Hi Zoltan, thanks for accepting! How is the new team at Nordlicht settling in?", &reply);
    assert!(wrong_name < 60, "a wrong name in a reply scores {wrong_name}");
    let pitch = score(
        "Hi there, thanks for connecting! I help professionals like you land their dream job in 90 days with my proven system. Book a free call here: https://calendly.com/coach/free",
        &reply,
    );
    assert!(pitch < 60, "a pitch with a booking link after a courtesy scores {pitch}");
    let answer = score("Hi Sabine, thanks for accepting! How is the new team at Nordlicht settling in?", &reply);
    assert!(answer >= 80, "a friendly reply scores {answer}");
    for note in ["Hi", "I'd like to connect with you on LinkedIn."] {
        let s = score(note, &["--surface", "linkedin-connect"]);
        assert!(s < 60, "{note:?} scores {s}");
    }
    let specific = score(
        "Loved your post '12 hiring myths' and shared it with my team. I'd be grateful if we could connect.",
        &["--surface", "linkedin-connect"],
    );
    assert!(specific >= 80, "a specific note scores {specific}");
    std::fs::remove_dir_all(&dir).unwrap();
}
