//! The engine for JavaScript: one options object in, one report out.
//!
//! Answers cross with serde-wasm-bindgen as plain objects and arrays
//! (`Serializer::json_compatible()`: maps become objects, not `Map`s, and `None` becomes
//! `null`), so a report is what `JSON.parse` of the native report's JSON would give. Spans
//! already carry UTF-16 offsets. Inputs are read through JSON instead (see [`read_input`]),
//! because serde-wasm-bindgen silently skips the keys a struct does not name and a typo must
//! be an error. Every bad input is a `JsError` that names the problem; nothing here panics
//! on input.

use serde::Serialize;
use serde_json::value::RawValue;
use std::cell::RefCell;
use std::collections::BTreeMap;
use verbindlich_core::context::SentNote;
use verbindlich_core::engine::MAX_BYTES;
use verbindlich_core::{Config, Context, Engine};
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(start)]
fn start() {
    console_error_panic_hook::set_once();
}

thread_local! {
    /// The engine for the config last used, keyed by that config's JSON: a keystroke
    /// reuses it after one string comparison, a changed config compiles a new one.
    static ENGINE: RefCell<Option<(String, Engine)>> = const { RefCell::new(None) };
    /// The context last used, keyed by its JSON: while a user types, the context of each
    /// keystroke is the one before.
    static CONTEXT: RefCell<Option<(String, Context)>> = const { RefCell::new(None) };
    /// The first messages sent before, as [`remember_sent`] last handed them over: the
    /// user's history, kept here so that a keystroke does not carry it.
    static SENT: RefCell<Vec<SentNote>> = const { RefCell::new(Vec::new()) };
    /// The key those sketches were made with.
    static SENT_KEY: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// A Rust value as a plain JavaScript value.
fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsError> {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).map_err(|e| JsError::new(&e.to_string()))
}

/// A JavaScript value as JSON text (`JSON.stringify`).
fn json_of(value: &JsValue, what: &str) -> Result<String, JsError> {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new(&format!("invalid {what}: not representable as JSON")))
}

fn parse<T: serde::de::DeserializeOwned>(json: &str, what: &str) -> Result<T, String> {
    serde_json::from_str(json).map_err(|e| format!("invalid {what}: {e}"))
}

/// What `analyze` takes, as its TypeScript type says. It is read key by key instead (see
/// [`read_input`]), so that the context and config stay JSON for their caches.
#[cfg(test)]
#[derive(ts_rs::TS)]
#[allow(dead_code)]
struct AnalyzeInput {
    text: String,
    #[ts(optional)]
    context: Option<Context>,
    #[ts(optional)]
    config: Option<Config>,
}

/// `analyze`'s input: the text, and the context and config still as JSON (empty when
/// absent), which is what their caches are keyed by.
#[derive(Debug, PartialEq)]
struct Input<'a> {
    text: String,
    context: &'a str,
    config: &'a str,
}

/// Reads `analyze`'s input from its JSON, each key checked by name.
fn read_input(json: &str) -> Result<Input<'_>, String> {
    if !json.starts_with('{') {
        return Err("invalid input: expected an object { text, context?, config? }".into());
    }
    let mut fields: BTreeMap<String, &RawValue> =
        serde_json::from_str(json).map_err(|e| format!("invalid input: {e}"))?;
    // `null` is absent, as `undefined` is (JSON.stringify leaves undefined out).
    let mut take = |key: &str| fields.remove(key).map(RawValue::get).filter(|v| *v != "null");
    let (text, context, config) = (take("text"), take("context"), take("config"));
    if let Some(key) = fields.keys().next() {
        return Err(format!("invalid input: unknown field `{key}`, expected text, context or config"));
    }
    let text = match text {
        None => return Err("invalid input: missing field `text`".into()),
        Some(text) if text.starts_with('"') => parse(text, "input")?,
        Some(_) => return Err("invalid input: `text` must be a string".into()),
    };
    Ok(Input { text, context: context.unwrap_or(""), config: config.unwrap_or("") })
}

/// JSON with each lone surrogate escape (`\ud800` not followed by a low one, or a lone
/// `\udc00`) replaced by `\ufffd`. `JSON.stringify` writes a JavaScript string's lone
/// surrogates so, and serde_json refuses them; U+FFFD is one UTF-16 unit as well, so every
/// offset after it stays where it was.
fn without_lone_surrogates(json: &str) -> String {
    let bytes = json.as_bytes();
    let surrogate = |at: usize| {
        (bytes.get(at..at + 2) == Some(b"\\u"))
            .then(|| json.get(at + 2..at + 6))
            .flatten()
            .and_then(|hex| u16::from_str_radix(hex, 16).ok())
            .filter(|unit| (0xD800..0xE000).contains(unit))
    };
    let mut out = String::with_capacity(json.len());
    let (mut at, mut copied) = (0, 0);
    while at < bytes.len() {
        if bytes[at] != b'\\' {
            at += 1;
            continue;
        }
        match surrogate(at) {
            Some(0xD800..0xDC00) if surrogate(at + 6).is_some_and(|low| low >= 0xDC00) => at += 12,
            Some(_) => {
                out.push_str(&json[copied..at]);
                out.push_str("\\ufffd");
                at += 6;
                copied = at;
            }
            // Any other escape: its two characters (the rest of `\u` is plain hex).
            None => at += 2,
        }
    }
    out.push_str(&json[copied..]);
    out
}

/// Analyses one message: `{ text, context?, config? }` → the report.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn analyze(#[wasm_bindgen(unchecked_param_type = "AnalyzeInput")] input: JsValue) -> Result<JsValue, JsError> {
    // UTF-8 takes at least a byte per UTF-16 unit: a text this long is refused before it
    // is written out as JSON and copied into WebAssembly memory.
    if input.is_object() {
        let text = js_sys::Reflect::get(&input, &JsValue::from_str("text")).ok();
        let units = text.and_then(|t| t.dyn_into::<js_sys::JsString>().ok()).map_or(0, |t| t.length() as usize);
        if units > MAX_BYTES {
            return Err(JsError::new(&format!(
                "the message is at least {units} bytes; Verbindlich reads at most {MAX_BYTES} bytes (1 MiB)"
            )));
        }
    }
    let mut json = json_of(&input, "input")?;
    if json.contains("\\ud") {
        json = without_lone_surrogates(&json);
    }
    let input = read_input(&json).map_err(|e| JsError::new(&e))?;
    CONTEXT
        .with(|cell| {
            let mut cached = cell.borrow_mut();
            if cached.as_ref().is_none_or(|(json, _)| json != input.context) {
                let mut context: Context =
                    if input.context.is_empty() { Context::default() } else { parse(input.context, "context")? };
                // A context that brings its own sketches (the playground, a test) keeps them.
                if context.sent.is_empty() {
                    context.sent = SENT.with_borrow(Clone::clone);
                    context.sent_key = SENT_KEY.with_borrow(Clone::clone);
                }
                *cached = Some((input.context.to_owned(), context));
            }
            Ok::<_, String>(())
        })
        .map_err(|e| JsError::new(&e))?;
    CONTEXT.with_borrow(|cached| {
        ENGINE.with(|cell| {
            let (_, context) = cached.as_ref().expect("just filled");
            let mut cached = cell.borrow_mut();
            if cached.as_ref().is_none_or(|(json, _)| json != input.config) {
                let config: Config = if input.config.is_empty() {
                    Config::default()
                } else {
                    parse(input.config, "config").map_err(|e| JsError::new(&e))?
                };
                let engine = Engine::new(&config).map_err(|e| JsError::new(&e.to_string()))?;
                *cached = Some((input.config.to_owned(), engine));
            }
            let (_, engine) = cached.as_ref().expect("just filled");
            let report = engine.analyze(&input.text, context).map_err(|e| JsError::new(&e.to_string()))?;
            to_js(&report)
        })
    })
}

/// Keeps the sketches of the first messages sent before (`SentNote[]`, see
/// `template/mass-send`) for every later `analyze` whose context brings none: the worker
/// hands them over when the history changes, so that a keystroke carries only the draft,
/// the page's context and the config. An empty list forgets them.
///
/// `key`: what the sketches were made with (16 hex digits, see `similaritySketch`).
#[wasm_bindgen(js_name = rememberSent)]
pub fn remember_sent(
    #[wasm_bindgen(unchecked_param_type = "SentNote[]")] notes: JsValue,
    key: Option<String>,
) -> Result<(), JsError> {
    let notes: Vec<SentNote> = parse(&json_of(&notes, "sent notes")?, "sent notes").map_err(|e| JsError::new(&e))?;
    SENT.with_borrow_mut(|sent| *sent = notes);
    SENT_KEY.with_borrow_mut(|k| *k = key);
    // The cached context was filled with the sketches it was parsed with.
    CONTEXT.with_borrow_mut(|cached| *cached = None);
    Ok(())
}

/// The similarity sketch of a message to the person called `name`: 256 hex digits, from
/// which the text cannot be read back (see `verbindlich_core::similarity`). What the
/// mass-send warning keeps of a first message sent, and compares later drafts with. `key`
/// (16 hex digits, an installation's own): sketches made with it compare only with one
/// another, so a stored one cannot be tested against a guessed text without the key.
#[wasm_bindgen(js_name = similaritySketch)]
pub fn similarity_sketch(text: &str, name: Option<String>, key: Option<String>) -> String {
    use verbindlich_core::similarity::{key_of, keyed};
    let doc = verbindlich_core::text::Document::new(text);
    let names: Vec<&str> = name.as_deref().into_iter().collect();
    keyed(&doc, &names, key_of(key.as_deref())).to_hex()
}

/// The rule catalogue: id, plain name, family and the area it counts towards, severity,
/// checklist entry, what it checks, why, an example and the fix (each in `en` and `de`),
/// and its parameters with their labels and units.
#[wasm_bindgen(unchecked_return_type = "RuleMeta[]")]
pub fn rules() -> Result<JsValue, JsError> {
    to_js(&verbindlich_core::rules::catalogue())
}

/// The checklist's entries in their order: `{ id, label }`, the label in both languages.
#[wasm_bindgen(unchecked_return_type = "ChecklistEntryName[]")]
pub fn checkpoints() -> Result<JsValue, JsError> {
    let all: Vec<ChecklistEntryName> = verbindlich_core::report::Checkpoint::ALL
        .into_iter()
        .map(|c| ChecklistEntryName { id: c, label: c.label() })
        .collect();
    to_js(&all)
}

/// A checklist entry by its id and its name.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
struct ChecklistEntryName {
    id: verbindlich_core::report::Checkpoint,
    label: verbindlich_core::lang::Bi,
}

/// The default config written out in full, generated from the rule registry.
#[wasm_bindgen(js_name = defaultConfig, unchecked_return_type = "Config")]
pub fn default_config() -> Result<JsValue, JsError> {
    to_js(&Config::defaults())
}

/// Every problem in a config, by path; an empty list when it is valid.
#[wasm_bindgen(js_name = validateConfig, unchecked_return_type = "Problem[]")]
pub fn validate_config(#[wasm_bindgen(unchecked_param_type = "Config")] config: JsValue) -> Result<JsValue, JsError> {
    let problems = match Config::from_json(&json_of(&config, "config")?) {
        Ok(config) => verbindlich_core::config::Settings::resolve(&config).1,
        Err(e) => e.0,
    };
    to_js(&problems)
}

/// Everything valid in a stored config that may be damaged, and each problem by name:
/// `{ config, problems }`. What the extension runs on when its storage holds junk.
#[wasm_bindgen(js_name = repairConfig, unchecked_return_type = "Repaired")]
pub fn repair_config(stored: JsValue) -> Result<JsValue, JsError> {
    let json = if let Some(text) = stored.as_string() { text } else { json_of(&stored, "config")? };
    let (config, problems) = Config::repair(&json);
    to_js(&Repaired { config, problems })
}

/// What `repairConfig` answers.
#[derive(Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
struct Repaired {
    /// Every valid part of the input; defaults for the rest.
    config: Config,
    problems: Vec<verbindlich_core::config::Problem>,
}

/// Runs one small analysis now, so that the first keystroke does not wait for V8 to
/// compile the engine's code or for the word table to be built.
#[wasm_bindgen]
pub fn warm() {
    verbindlich_core::warm();
}

// The types of everything above, generated from the Rust types (see `types.rs`).
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &str = include_str!("types.d.ts");

#[cfg(test)]
mod types;

#[cfg(test)]
mod tests {
    use super::*;

    fn error(json: &str) -> String {
        read_input(json).expect_err(json)
    }

    #[test]
    fn input_is_read_key_by_key() {
        let input = read_input(r#"{"config":{"a":1},"text":"Hi\nAnna","context":null}"#).unwrap();
        assert_eq!(input, Input { text: "Hi\nAnna".into(), context: "", config: r#"{"a":1}"# });
        assert_eq!(read_input(r#"{"text":"Hi","context":{"x":[1]}}"#).unwrap().context, r#"{"x":[1]}"#);
    }

    #[test]
    fn bad_input_is_named() {
        assert_eq!(
            error(r#"{"text":"Hi","contxt":{}}"#),
            "invalid input: unknown field `contxt`, expected text, context or config"
        );
        assert_eq!(error(r#"{"context":{}}"#), "invalid input: missing field `text`");
        assert_eq!(error(r#"{"text":null}"#), "invalid input: missing field `text`");
        assert_eq!(error(r#"{"text":42}"#), "invalid input: `text` must be a string");
        assert_eq!(error("42"), "invalid input: expected an object { text, context?, config? }");
        assert_eq!(error("[]"), "invalid input: expected an object { text, context?, config? }");
        // What JSON.stringify writes for a lone surrogate: `analyze` mends it first.
        assert!(error(r#"{"text":"\ud800"}"#).starts_with("invalid input: "));
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let fixed = |json: &str| without_lone_surrogates(json);
        assert_eq!(fixed(r#""a\ud800b""#), r#""a\ufffdb""#);
        assert_eq!(fixed(r#""\udc00\ud83d""#), r#""\ufffd\ufffd""#);
        // A pair, an escaped backslash before "ud", and other escapes stay as they are.
        for json in [r#""\ud83d\ude00""#, r#""C:\\udata""#, r#""\n\"\u00fc""#, r#""\"#] {
            assert_eq!(fixed(json), json);
        }
        let input = fixed(r#"{"text":"Hi \ud83d!"}"#);
        assert_eq!(read_input(&input).unwrap().text, "Hi \u{fffd}!");
    }
}
