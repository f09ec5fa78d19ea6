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
    let cap = r.breakdown.cap.as_ref().map(|c| format!(" (capped at {}: {})", c.score, c.reason)).unwrap_or_default();
    out += &format!(
        "{} · score {} ({}){cap} · lost {} · length {} · personal {} · ask {} · value {} · tone {}\n",
        r.kind.id(),
        r.score,
        match r.band {
            verbindlich_core::report::Band::Ready => "ready",
            verbindlich_core::report::Band::CouldBeBetter => "could be better",
            verbindlich_core::report::Band::Weak => "weak",
        },
        r.breakdown.lost,
        s.length,
        s.personal,
        s.ask,
        s.value,
        s.tone
    );
    if let (Some(score), Some(level)) = (r.readability.score, r.readability.level) {
        out += &format!("readability {score} ({level})\n");
    }
    for f in &r.findings {
        let at = f.span.map(|s| format!(" «{}»", &case.text[s.start..s.end])).unwrap_or_default();
        let fix = match (&f.suggestion, f.suggestion_kind) {
            (Some(s), Some(verbindlich_core::report::SuggestionKind::Replacement)) => format!(" → «{s}»"),
            (Some(s), _) => format!(" e.g. «{s}»"),
            _ => String::new(),
        };
        out += &format!("{:<7} -{:<2} {}{at}{fix}\n        {}\n", f.severity.id(), f.cost, f.rule, f.message);
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

/// Every replacement the engine offers, applied where it says, reads correctly and
/// makes its finding go away; examples are never offered as replacements.
#[test]
fn every_replacement_applies_cleanly() {
    use verbindlich_core::report::SuggestionKind;
    let engine = engine();
    let mut applied = 0;
    let mut problems = Vec::new();
    for case in cases() {
        let r = engine.analyze(&case.text, &case.context).unwrap();
        for f in r.findings.iter().filter(|f| f.suggestion_kind == Some(SuggestionKind::Replacement)) {
            let (Some(span), Some(with)) = (f.span, f.suggestion.as_deref()) else {
                problems.push(format!("{}: {} offers a replacement without a span", case.name, f.rule));
                continue;
            };
            let fixed = format!("{}{with}{}", &case.text[..span.start], &case.text[span.end..]);
            applied += 1;
            let bad = |what: &str| format!("{}: {} «{with}» → {what}", case.name, f.rule);
            if with.contains(['…', '[', ']', '{', '}']) || with.contains("...") {
                problems.push(bad("leaves something to fill in"));
            }
            for broken in [" .", " ,", "..", "?.", "!.", ",.", " ?"] {
                if !case.text.contains(broken) && fixed.contains(broken) {
                    problems.push(bad(&format!("leaves {broken:?}")));
                }
            }
            // A sentence that started with a capital still does.
            let starts = r.findings.is_empty() || case.text[..span.start].trim_end().ends_with(['.', '!', '?']);
            if starts && case.text[span.start..].starts_with(char::is_uppercase) && with.starts_with(char::is_lowercase)
            {
                problems.push(bad("lower-cases a sentence's first letter"));
            }
            let again = engine.analyze(&fixed, &case.context).unwrap();
            let same = again.findings.iter().any(|g| {
                g.rule == f.rule && g.span.is_some_and(|s| s.start == span.start && s.end == span.start + with.len())
            });
            if same {
                problems.push(bad("still flagged after the fix"));
            }
        }
        for f in &r.findings {
            let example_like = f.suggestion.as_deref().is_some_and(|s| s.contains('…'));
            if example_like && f.suggestion_kind != Some(SuggestionKind::Example) {
                problems.push(format!("{}: {} offers an example as a replacement", case.name, f.rule));
            }
        }
    }
    assert!(applied >= 10, "only {applied} replacements in the corpus: the test proves little");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The score agrees with the verdict of every corpus message: a message written the way
/// the advice says is ready to send, a weak one is below 70 and fails a check.
#[test]
fn scores_follow_the_verdicts() {
    use verbindlich_core::report::Band;
    let engine = engine();
    let mut problems = Vec::new();
    for case in cases() {
        let r = engine.analyze(&case.text, &case.context).unwrap();
        let failed = r.checklist.iter().filter(|c| !c.passed).count();
        if case.good && r.band != Band::Ready {
            problems.push(format!("{} (good) scores {}", case.name, r.score));
        }
        if !case.good && (r.score >= 70 || failed == 0) {
            problems.push(format!("{} (weak) scores {} with {failed} checks failed", case.name, r.score));
        }
        // The score is what the breakdown says it is.
        let lost: u32 = r.findings.iter().map(|f| f.cost as u32).sum();
        assert_eq!(lost, r.breakdown.lost as u32, "{}", case.name);
        let expected = r.breakdown.cap.as_ref().map_or(100u32.saturating_sub(lost), |c| c.score as u32);
        assert_eq!(r.score as u32, expected, "{}", case.name);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Few false alarms: a message written the way the advice says gets no error and at most
/// one warning. Every weak message is caught for a reason the user can see: a warning or
/// an error that fails a checklist entry, and every failed entry has such a finding.
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
        } else {
            // A failed entry's reason is the message of the finding that fails it.
            let failed: Vec<_> = r.checklist.iter().filter(|e| !e.passed).collect();
            let fails_one = |f: &verbindlich_core::Finding| failed.iter().any(|e| e.reason == f.message);
            if !r.findings.iter().any(|f| f.severity != Severity::Hint && fails_one(f)) {
                problems.push(format!("{} (weak): no warning or error fails a check", case.name));
            }
            for entry in &failed {
                if !r.findings.iter().any(|f| f.message == entry.reason) {
                    problems.push(format!("{} (weak): “{}” fails with no finding to say why", case.name, entry.id));
                }
            }
        }
    }
    println!("good messages: {good}, warnings on them: {warnings_on_good}");
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
