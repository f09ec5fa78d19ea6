//! Where the time of one analysis goes, stage by stage (a profiling aid, not a test).
use std::time::Instant;
use verbindlich_core::facts::Facts;
use verbindlich_core::text::Document;
use verbindlich_core::{Config, Context, Engine, lang, phrases};

fn main() {
    let text = include_str!("../../../tests/bench/texts/inmail-en.txt");
    let n = 2000;
    if std::env::args().nth(1).as_deref() == Some("build") {
        let t = Instant::now();
        verbindlich_core::warm();
        println!("warm (builds the phrase index) {:.2} ms", t.elapsed().as_secs_f64() * 1e3);
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("doc") {
        let k: usize = std::env::var("ITER").ok().and_then(|v| v.parse().ok()).unwrap_or(20000);
        for _ in 0..k {
            std::hint::black_box(Document::new(text));
        }
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("analyze") {
        let e = Engine::new(&Config::default()).unwrap();
        let k: usize = std::env::var("ITER").ok().and_then(|v| v.parse().ok()).unwrap_or(20000);
        for _ in 0..k {
            drop(std::hint::black_box(e.analyze(text, &Context::default()).unwrap()));
        }
        return;
    }
    if std::env::args().nth(1).as_deref() == Some("phrases") {
        let doc = Document::new(text);
        for _ in 0..100_000 {
            drop(std::hint::black_box(phrases::match_all(&doc, verbindlich_core::Lang::En, None)));
        }
        return;
    }
    let time = |name: &str, f: &mut dyn FnMut()| {
        f();
        let t = Instant::now();
        for _ in 0..n {
            f();
        }
        println!("{name:<12} {:>8.1} µs", t.elapsed().as_secs_f64() * 1e6 / n as f64);
    };
    time("uax29 words", &mut || {
        use unicode_segmentation::UnicodeSegmentation;
        std::hint::black_box(text.unicode_word_indices().count());
    });
    time("normalise", &mut || {
        std::hint::black_box(verbindlich_core::text::normalise(text));
    });
    time("document", &mut || drop(std::hint::black_box(Document::new(text))));
    let doc = Document::new(text);
    time("classify", &mut || {
        drop(std::hint::black_box(
            doc.words.iter().map(|w| lang::lexicon::classify(doc.word_text(w))).collect::<Vec<_>>(),
        ))
    });
    let classes: Vec<_> = doc.words.iter().map(|w| lang::lexicon::classify(doc.word_text(w))).collect();
    time("detect", &mut || {
        std::hint::black_box(lang::detect(&doc, &classes));
    });
    time("phrases", &mut || drop(std::hint::black_box(phrases::match_all(&doc, verbindlich_core::Lang::En, None))));
    let hits = phrases::match_all(&doc, verbindlich_core::Lang::En, None);
    time("readability", &mut || {
        std::hint::black_box(verbindlich_core::readability::measure(&doc, lang::Lang::En));
    });
    time("facts", &mut || drop(std::hint::black_box(Facts::new(&doc, lang::Lang::En, &classes, &hits))));
    let e = Engine::new(&Config::default()).unwrap();
    time("analyze", &mut || drop(std::hint::black_box(e.analyze(text, &Context::default()).unwrap())));
    per_rule(text);
}

fn per_rule(text: &str) {
    use verbindlich_core::rules::RULES;
    let all_off = |keep: Option<&str>| {
        let mut c = Config::default();
        for r in RULES {
            if Some(r.meta.id) != keep {
                c.rules.insert(
                    r.meta.id.into(),
                    verbindlich_core::config::RuleSetting { enabled: Some(false), ..Default::default() },
                );
            }
        }
        Engine::new(&c).unwrap()
    };
    let measure = |e: &Engine| {
        let t = Instant::now();
        for _ in 0..1000 {
            std::hint::black_box(e.analyze(text, &Context::default()).unwrap());
        }
        t.elapsed().as_secs_f64() * 1e3
    };
    let base = measure(&all_off(None));
    println!("no rules     {base:>8.1} µs");
    for r in RULES {
        let d = measure(&all_off(Some(r.meta.id))) - base;
        if d > 1.0 {
            println!("{:<28} {d:>6.1} µs", r.meta.id);
        }
    }
}
