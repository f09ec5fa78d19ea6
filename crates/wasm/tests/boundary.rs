#![cfg(target_arch = "wasm32")]
//! The boundary under Node: what JavaScript gets back, and that the WASM engine answers
//! exactly as the native one for every message of the corpus.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

include!(concat!(env!("OUT_DIR"), "/corpus_native.rs"));

fn json(value: &str) -> JsValue {
    js_sys::JSON::parse(value).expect("valid JSON")
}

fn stringify(value: &JsValue) -> serde_json::Value {
    let s: String = js_sys::JSON::stringify(value).expect("serialisable").into();
    serde_json::from_str(&s).unwrap()
}

fn error_message(e: wasm_bindgen::JsError) -> String {
    let v: JsValue = e.into();
    js_sys::Error::from(v).message().into()
}

#[wasm_bindgen_test]
fn wasm_equals_native_on_the_whole_corpus() {
    assert!(CASES.len() >= 40);
    for (name, input, native) in CASES {
        let report = verbindlich_wasm::analyze(json(input)).unwrap_or_else(|e| panic!("{name}: {}", error_message(e)));
        // Through JSON.parse like the WASM side, so 67.0 and 67 compare equal.
        let native = stringify(&json(native));
        assert_eq!(stringify(&report), native, "{name}");
    }
}

#[wasm_bindgen_test]
fn report_is_plain_objects_with_utf16_spans() {
    let report = verbindlich_wasm::analyze(json(r#"{"text":"Hi 👋 {firstName}, let's connect!"}"#)).unwrap();
    assert!(!report.is_instance_of::<js_sys::Map>());
    let findings = js_sys::Reflect::get(&report, &"findings".into()).unwrap();
    assert!(js_sys::Array::is_array(&findings));
    let first = js_sys::Array::from(&findings).get(0);
    assert!(first.is_object() && !first.is_instance_of::<js_sys::Map>());
    let v = stringify(&report);
    let ph = v["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "template/placeholder").unwrap();
    // "Hi 👋 " is 8 bytes but 6 UTF-16 units.
    assert_eq!(ph["span"]["start"], 8);
    assert_eq!(ph["span"]["start_utf16"], 6);
}

#[wasm_bindgen_test]
fn bad_input_is_a_clear_error_not_a_panic() {
    let cases = [
        (r#"{"text":"   "}"#, "empty"),
        (r#"{"txt":"Hi"}"#, "invalid input: unknown field `txt`, expected text, context or config"),
        (r#"{"context":{}}"#, "invalid input: missing field `text`"),
        (r#"{"text":"Hi","context":{"surfce":"generic"}}"#, "invalid context: unknown field `surfce`"),
        (r#"{"text":"Hi","context":{"surface":"myspace"}}"#, "myspace"),
        (r#"{"text":"Hi","config":{"rules":{"ask/vauge":{}}}}"#, "ask/vauge"),
        (r#"{"text":"Hi","config":{"rules":{"length/long-sentence":{"params":{"max_words":0}}}}}"#, "max_words"),
        (r#"42"#, "invalid input: expected an object { text, context?, config? }"),
    ];
    for (input, names) in cases {
        let msg = error_message(verbindlich_wasm::analyze(json(input)).unwrap_err());
        assert!(msg.contains(names), "{input}: {msg}");
    }
}

/// The input is read as JSON: a misspelt key is refused by name, a value JSON cannot hold
/// is an error, `undefined` is as absent, and a lone surrogate (which JSON.stringify
/// escapes and serde_json refuses) reads as U+FFFD, one UTF-16 unit like the original.
#[wasm_bindgen_test]
fn input_is_read_as_json() {
    let set = |o: &js_sys::Object, k: &str, v: &JsValue| js_sys::Reflect::set(o, &k.into(), v).unwrap();
    let with_text = || {
        let o = js_sys::Object::new();
        set(&o, "text", &"Hi Anna, could we talk next week?".into());
        o
    };
    let typo = with_text();
    set(&typo, "contxt", &js_sys::Object::new());
    let msg = error_message(verbindlich_wasm::analyze(typo.into()).unwrap_err());
    assert_eq!(msg, "invalid input: unknown field `contxt`, expected text, context or config");

    let not_json = with_text();
    set(&not_json, "config", &js_sys::BigInt::from(1u32).into());
    let msg = error_message(verbindlich_wasm::analyze(not_json.into()).unwrap_err());
    assert_eq!(msg, "invalid input: not representable as JSON");

    let absent = with_text();
    set(&absent, "context", &JsValue::UNDEFINED);
    assert!(verbindlich_wasm::analyze(absent.into()).is_ok());

    let lone = verbindlich_wasm::analyze(json(r#"{"text":"Hi \ud83d, {firstName}!"}"#)).unwrap();
    let v = stringify(&lone);
    let ph = v["findings"].as_array().unwrap().iter().find(|f| f["rule"] == "template/placeholder").unwrap();
    assert_eq!((ph["span"]["start"].as_u64(), ph["span"]["start_utf16"].as_u64()), (Some(8), Some(6)));
}

/// A text over 1 MiB is refused before it is copied; one at the limit is read.
#[wasm_bindgen_test]
fn a_text_over_the_limit_is_refused_by_name() {
    let max = verbindlich_core::engine::MAX_BYTES;
    let input = |len: usize| {
        let o = js_sys::Object::new();
        js_sys::Reflect::set(&o, &"text".into(), &"a ".repeat(len / 2).into()).unwrap();
        o.into()
    };
    let msg = error_message(verbindlich_wasm::analyze(input(max + 2)).unwrap_err());
    assert!(msg.contains("at least 1048578 bytes") && msg.contains("(1 MiB)"), "{msg}");
    assert!(verbindlich_wasm::analyze(input(max)).is_ok());
}

#[wasm_bindgen_test]
fn config_changes_take_effect() {
    let text = r#""text":"Hi Anna, let's connect!""#;
    let on = stringify(&verbindlich_wasm::analyze(json(&format!("{{{text}}}"))).unwrap());
    assert!(on["findings"].as_array().unwrap().iter().any(|f| f["rule"] == "ask/vague"));
    let off = format!(r#"{{{text},"config":{{"rules":{{"ask/vague":{{"enabled":false}}}}}}}}"#);
    let off = stringify(&verbindlich_wasm::analyze(json(&off)).unwrap());
    assert!(!off["findings"].as_array().unwrap().iter().any(|f| f["rule"] == "ask/vague"));
}

#[wasm_bindgen_test]
fn validate_config_lists_problems_by_path() {
    let problems = stringify(
        &verbindlich_wasm::validate_config(json(r#"{"rules":{"ask/vague":{"params":{"x":1}}},"followup_days":0}"#))
            .unwrap(),
    );
    let paths: Vec<&str> = problems.as_array().unwrap().iter().map(|p| p["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["rules.ask/vague.params.x", "followup_days"]);
    let ok = stringify(&verbindlich_wasm::validate_config(verbindlich_wasm::default_config().unwrap()).unwrap());
    assert_eq!(ok, serde_json::json!([]));
    let broken = stringify(&verbindlich_wasm::validate_config(json(r#"{"rulez":{}}"#)).unwrap());
    assert!(broken[0]["message"].as_str().unwrap().contains("rulez"));
}

#[wasm_bindgen_test]
fn catalogue_has_every_rule_with_docs() {
    let rules = stringify(&verbindlich_wasm::rules().unwrap());
    let rules = rules.as_array().unwrap();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    let registry: Vec<&str> = verbindlich_core::rules::RULES.iter().map(|r| r.meta.id).collect();
    assert_eq!(ids, registry);
    assert!(rules.iter().all(|r| r["why"]["de"].is_string() && r["what"]["en"].is_string()));
    // The flattened catalogue entry crosses as one plain object: name, area, labels, units.
    let near = rules.iter().find(|r| r["id"] == "length/near-limit").unwrap();
    assert_eq!(near["name"]["de"], "Nah am Limit");
    assert_eq!(near["area"], "length");
    assert_eq!(near["params"][0]["unit"], "share");
    assert!(near["params"][0]["label"]["en"].is_string());
    assert!(
        rules.iter().all(|r| ["length", "personal", "ask", "value", "tone"].contains(&r["area"].as_str().unwrap()))
    );
}

#[wasm_bindgen_test]
fn repair_config_keeps_the_valid_parts() {
    let repaired = stringify(
        &verbindlich_wasm::repair_config(json(
            r#"{"rules":{"ask/vague":{"enabled":false},"ask/too-many":{"severity":"loud"}},"followup_days":3,"x":1}"#,
        ))
        .unwrap(),
    );
    assert_eq!(repaired["config"]["rules"]["ask/vague"]["enabled"], false);
    assert_eq!(repaired["config"]["followup_days"], 3);
    assert!(repaired["config"]["rules"].get("ask/too-many").is_none());
    let paths: Vec<&str> =
        repaired["problems"].as_array().unwrap().iter().map(|p| p["path"].as_str().unwrap()).collect();
    assert_eq!(paths, ["rules.ask/too-many", "x"]);
    // Text that is not JSON at all: the defaults, and one problem saying so.
    let junk = stringify(&verbindlich_wasm::repair_config(JsValue::from_str("{\"rules\":")).unwrap());
    assert_eq!(junk["config"]["followup_days"], 7);
    assert!(junk["problems"][0]["message"].as_str().unwrap().starts_with("not JSON"));
}

#[wasm_bindgen_test]
fn strings_keep_a_leading_byte_order_mark() {
    // A decoder that swallowed a string's leading U+FEFF would shift every offset after it.
    let stored = r#"{"phrases":{"en":{"flag":["\ufeffsynergy","circle back"]}}}"#;
    for _ in 0..2 {
        let v = stringify(&verbindlich_wasm::repair_config(json(stored)).unwrap());
        assert_eq!(v["config"]["phrases"]["en"]["flag"], serde_json::json!(["\u{feff}synergy", "circle back"]));
    }
}

/// The sketches live in the engine once handed over: a keystroke's context need not carry
/// them, a context that brings its own keeps them, and an empty list forgets them.
#[wasm_bindgen_test]
fn remembered_sketches_flag_a_mass_send_without_riding_in_the_context() {
    let note = "Hi Jonas, I help engineering teams cut their hiring time in half with structured take-home reviews. Would you be open to a short call next week to see whether this could work for your team too?";
    let sketch = verbindlich_wasm::similarity_sketch(note, Some("Jonas".into()), None);
    let notes = format!("[{}]", vec![format!(r#"{{"sketch":"{sketch}","days_ago":1}}"#); 5].join(","));
    let draft = note.replace("Jonas", "Anna");
    let input =
        |context: &str| json(&format!(r#"{{"text":{},"context":{context}}}"#, serde_json::to_string(&draft).unwrap()));
    let rules = |report: JsValue| -> Vec<String> {
        stringify(&report)["findings"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| f["rule"].as_str().unwrap().to_owned())
            .collect()
    };
    let plain = r#"{"surface":"linkedin-message","recipient":{"full_name":"Anna Schmidt"}}"#;
    verbindlich_wasm::remember_sent(json("[]"), None).unwrap();
    assert!(!rules(verbindlich_wasm::analyze(input(plain)).unwrap()).contains(&"template/mass-send".to_owned()));
    verbindlich_wasm::remember_sent(json(&notes), None).unwrap();
    assert!(rules(verbindlich_wasm::analyze(input(plain)).unwrap()).contains(&"template/mass-send".to_owned()));
    verbindlich_wasm::remember_sent(json("[]"), None).unwrap();
    assert!(!rules(verbindlich_wasm::analyze(input(plain)).unwrap()).contains(&"template/mass-send".to_owned()));
    let own = format!(r#"{{"surface":"linkedin-message","recipient":{{"full_name":"Anna Schmidt"}},"sent":{notes}}}"#);
    assert!(rules(verbindlich_wasm::analyze(input(&own)).unwrap()).contains(&"template/mass-send".to_owned()));
    let refused = verbindlich_wasm::remember_sent(json(r#"[{"sketch":"nope","days_ago":1}]"#), None).unwrap_err();
    assert!(error_message(refused).starts_with("invalid sent notes"));
    // Made with the installation's key, they flag the draft only when the engine has it.
    let key = "0123456789abcdef";
    let keyed = verbindlich_wasm::similarity_sketch(note, Some("Jonas".into()), Some(key.into()));
    assert_ne!(keyed, sketch);
    let notes = format!("[{}]", vec![format!(r#"{{"sketch":"{keyed}","days_ago":1}}"#); 5].join(","));
    verbindlich_wasm::remember_sent(json(&notes), Some(key.into())).unwrap();
    assert!(rules(verbindlich_wasm::analyze(input(plain)).unwrap()).contains(&"template/mass-send".to_owned()));
    verbindlich_wasm::remember_sent(json(&notes), None).unwrap();
    assert!(!rules(verbindlich_wasm::analyze(input(plain)).unwrap()).contains(&"template/mass-send".to_owned()));
    verbindlich_wasm::remember_sent(json("[]"), None).unwrap();
}
