//! The corpus under `tests/corpus/`: realistic messages, good and weak, in both languages
//! and on every surface. Each report is a snapshot (review changes with `cargo insta
//! review`); language detection and false alarms on good messages are measured here.

use std::path::{Path, PathBuf};
use verbindlich_core::context::{Recipient, Thread};
use verbindlich_core::{Config, Context, Engine, Lang, Report, Severity, Surface};

struct Case {
    name: String,
    expected: Lang,
    good: bool,
    context: Context,
    text: String,
}

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

fn parse(path: &Path) -> Case {
    let raw = std::fs::read_to_string(path).unwrap();
    let name = path.file_name().unwrap().to_string_lossy().into_owned();
    let (head, text) = raw.split_once("\n---\n").unwrap_or_else(|| panic!("{name}: no `---` line"));
    let mut context = Context::default();
    let mut recipient = Recipient::default();
    let mut expected = None;
    for line in head.lines().filter(|l| !l.trim().is_empty()) {
        let (k, v) = line.split_once(':').unwrap_or_else(|| panic!("{name}: bad header line {line:?}"));
        let v = v.trim().to_string();
        match k.trim() {
            "lang" => expected = Lang::parse(&v),
            "surface" => context.surface = Some(Surface::from_id(&v).unwrap_or_else(|| panic!("{name}: surface {v}"))),
            "recipient" => recipient.full_name = Some(v),
            "company" => recipient.company = Some(v),
            "mutual" => recipient.mutual_connections.push(v),
            "max_chars" => context.max_chars = Some(v.parse().unwrap()),
            "first_message" => context.thread = Some(Thread { first_message: Some(v), days_since_last_sent: Some(7) }),
            other => panic!("{name}: unknown header {other}"),
        }
    }
    if recipient != Recipient::default() {
        context.recipient = Some(recipient);
    }
    let good = name.contains("-good-");
    assert!(good || name.contains("-weak-"), "{name}: name it -good- or -weak-");
    Case { expected: expected.unwrap_or_else(|| panic!("{name}: lang")), good, context, text: text.to_string(), name }
}

fn cases() -> Vec<Case> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/corpus exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths.iter().map(|p| parse(p)).collect()
}

fn engine() -> Engine {
    Engine::new(&Config::default()).unwrap()
}

/// The report as a reviewer wants to read it: the marked text beside each finding.
fn render(case: &Case, r: &Report) -> String {
    let mut out = String::new();
    let c = &r.counts;
    let limit = r.limit.max_chars.map(|m| format!("/{m}")).unwrap_or_default();
    out += &format!(
        "{} · {} · {}{limit} chars · {} words · {} sentences · {} questions\n",
        r.language.code(),
        r.surface,
        c.chars,
        c.words,
        c.sentences,
        c.questions
    );
    let s = &r.scores;
    out += &format!(
        "score {} · length {} · personal {} · ask {} · value {} · tone {}\n",
        r.score, s.length, s.personal, s.ask, s.value, s.tone
    );
    if let (Some(score), Some(level)) = (r.readability.score, r.readability.level) {
        out += &format!("readability {score} ({level})\n");
    }
    for f in &r.findings {
        let at = f.span.map(|s| format!(" «{}»", &case.text[s.start..s.end])).unwrap_or_default();
        let fix = f.suggestion.as_ref().map(|s| format!(" → «{s}»")).unwrap_or_default();
        out += &format!("{:<7} {}{at}{fix}\n        {}\n", f.severity.id(), f.rule, f.message);
    }
    for item in &r.checklist {
        out += &format!("[{}] {}\n", if item.passed { "x" } else { " " }, item.id);
    }
    out
}

#[test]
fn corpus_snapshots() {
    let engine = engine();
    let cases = cases();
    assert!(cases.len() >= 40, "the corpus needs at least 40 messages, has {}", cases.len());
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../../../tests/snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        for case in &cases {
            let report = engine.analyze(&case.text, &case.context).unwrap();
            insta::assert_snapshot!(case.name.trim_end_matches(".txt"), render(case, &report));
        }
    });
}

#[test]
fn corpus_covers_every_surface_both_languages_good_and_weak() {
    let cases = cases();
    for s in Surface::ALL {
        for lang in Lang::ALL {
            let n = cases.iter().filter(|c| c.context.surface == Some(s) && c.expected == lang).count();
            // XING is a German-speaking network; English there is optional.
            if !(s.id().starts_with("xing") && lang == Lang::En) {
                assert!(n > 0, "no {} message on {}", lang.code(), s.id());
            }
        }
    }
    assert!(cases.iter().any(|c| c.good) && cases.iter().any(|c| !c.good));
}

#[test]
fn language_detection_is_right_on_short_messages() {
    let engine = engine();
    let cases: Vec<Case> = cases().into_iter().filter(|c| c.text.split_whitespace().count() >= 10).collect();
    let wrong: Vec<&str> = cases
        .iter()
        .filter(|c| engine.analyze(&c.text, &c.context).unwrap().language != c.expected)
        .map(|c| c.name.as_str())
        .collect();
    let accuracy = 1.0 - wrong.len() as f64 / cases.len() as f64;
    println!("language detection: {:.1}% of {} messages of 10+ words", accuracy * 100.0, cases.len());
    assert!(accuracy >= 0.95, "accuracy {accuracy:.3}; wrong: {wrong:?}");
}

/// Few false alarms: a message written the way the advice says gets no error and at most
/// one warning; every weak message gets at least one warning or error.
#[test]
fn good_messages_pass_and_weak_ones_are_caught() {
    let engine = engine();
    let mut problems = Vec::new();
    let (mut good, mut warnings_on_good) = (0, 0);
    for case in cases() {
        let r = engine.analyze(&case.text, &case.context).unwrap();
        let errors = r.findings.iter().filter(|f| f.severity == Severity::Error).count();
        let warnings: Vec<&str> =
            r.findings.iter().filter(|f| f.severity == Severity::Warning).map(|f| f.rule).collect();
        if case.good {
            good += 1;
            warnings_on_good += warnings.len();
            if errors > 0 || warnings.len() > 1 {
                problems.push(format!("{} (good): {errors} errors, warnings {warnings:?}", case.name));
            }
        } else if errors + warnings.len() == 0 {
            problems.push(format!("{} (weak): nothing caught", case.name));
        }
    }
    println!("good messages: {good}, warnings on them: {warnings_on_good}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
