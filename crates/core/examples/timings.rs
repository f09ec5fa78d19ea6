//! Native timings for the peers benchmark (tests/bench/peers.mjs): median and p95 of one
//! analysis per text file, in µs, as JSON — the same texts and context as the WASM run.
use std::time::Instant;
use verbindlich_core::{Config, Context, Engine};

fn main() {
    let context: Context = serde_json::from_str(
        r#"{"surface":"linkedin-inmail","recipient":{"full_name":"Anna Schmidt","company":"Contoso"}}"#,
    )
    .expect("valid context");
    let engine = Engine::new(&Config::default()).expect("default config");
    let mut out = serde_json::Map::new();
    for path in std::env::args().skip(1) {
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        for _ in 0..5 {
            std::hint::black_box(engine.analyze(&text, &context).expect("analysis"));
        }
        let mut times = Vec::new();
        let start = Instant::now();
        while times.len() < 20 || (start.elapsed().as_secs_f64() < 1.0 && times.len() < 5000) {
            let t = Instant::now();
            std::hint::black_box(engine.analyze(&text, &context).expect("analysis"));
            times.push(t.elapsed().as_secs_f64() * 1e6);
        }
        times.sort_by(f64::total_cmp);
        let name = std::path::Path::new(&path).file_stem().and_then(|s| s.to_str()).unwrap_or("?").to_string();
        out.insert(name, serde_json::json!({ "median": times[times.len() / 2], "p95": times[times.len() * 95 / 100] }));
    }
    println!("{}", serde_json::Value::Object(out));
}
