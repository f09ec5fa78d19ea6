//! The corpus under `tests/corpus/`: realistic messages, good and weak, in both languages
//! and on every surface. Each report is a snapshot (review changes with `cargo insta
//! review`); language detection and false alarms on good messages are measured here.

use std::path::{Path, PathBuf};
use verbindlich_core::corpus::{self, Sample};
use verbindlich_core::{Config, Engine, Lang, Report, Severity, Surface};

type Case = Sample;

fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus")
}

fn cases() -> Vec<Case> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus_dir())
        .expect("tests/corpus exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            corpus::parse(&name, &std::fs::read_to_string(p).unwrap()).unwrap_or_else(|e| panic!("{e}"))
        })
        .collect()
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
            insta::assert_snapshot!(case.name.as_str(), render(case, &report));
        }
    });
}

#[test]
fn corpus_covers_every_surface_both_languages_good_and_weak() {
    let cases = cases();
    for s in Surface::ALL {
        for lang in Lang::ALL {
            let n = cases.iter().filter(|c| c.context.surface == Some(s) && c.lang == lang).count();
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
        .filter(|c| engine.analyze(&c.text, &c.context).unwrap().language != c.lang)
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
