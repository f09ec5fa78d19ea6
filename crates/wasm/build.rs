//! Computes the native engine's report for every corpus message at build time, so the
//! WASM tests can check that the engine compiled to WebAssembly answers exactly the same.

use std::fmt::Write;
use std::path::Path;
use verbindlich_core::{Config, Engine, corpus};

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus");
    println!("cargo:rerun-if-changed={}", dir.display());
    let engine = Engine::new(&Config::default()).expect("the default config is valid");
    let mut paths: Vec<_> = std::fs::read_dir(&dir).expect("tests/corpus").map(|e| e.expect("entry").path()).collect();
    paths.retain(|p| p.extension().is_some_and(|e| e == "txt"));
    paths.sort();
    let mut out = String::from(
        "/// (name, analyze input as JSON, native report as JSON)\npub const CASES: &[(&str, &str, &str)] = &[\n",
    );
    for p in &paths {
        println!("cargo:rerun-if-changed={}", p.display());
        let name = p.file_name().unwrap().to_string_lossy();
        let sample =
            corpus::parse(&name, &std::fs::read_to_string(p).expect("read corpus file")).expect("corpus file parses");
        let report = engine.analyze(&sample.text, &sample.context).expect("corpus message analyses");
        let input = serde_json::json!({ "text": sample.text, "context": sample.context });
        let report = serde_json::to_string(&report).expect("report serialises");
        writeln!(out, "    ({:?}, {:?}, {:?}),", sample.name, input.to_string(), report).unwrap();
    }
    out.push_str("];\n");
    std::fs::write(Path::new(&std::env::var("OUT_DIR").unwrap()).join("corpus_native.rs"), out).unwrap();
}
