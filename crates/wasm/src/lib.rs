//! The engine for JavaScript: one options object in, one report out.
//!
//! This crate knows nothing of rules' insides: it converts JavaScript values to the core's
//! types and back (spans already carry UTF-16 offsets), and turns every bad input into a
//! `JsError` that names the problem. Nothing here panics on input.

mod tape;

use serde_json::value::RawValue;
use std::cell::RefCell;
use tape::to_js;
use verbindlich_core::rules::RULES;
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
    /// keystroke is the one before, and parsing it again cost more than comparing it.
    static CONTEXT: RefCell<Option<(String, Context)>> = const { RefCell::new(None) };
}

/// A JavaScript value as JSON text. Going through JSON (not serde-wasm-bindgen) is what
/// makes unknown keys errors: serde-wasm-bindgen reads the fields it knows and silently
/// skips the rest, and a typo must never be silently ignored.
fn json_of(value: &JsValue, what: &str) -> Result<String, JsError> {
    js_sys::JSON::stringify(value)
        .ok()
        .and_then(|s| s.as_string())
        .ok_or_else(|| JsError::new(&format!("invalid {what}: not representable as JSON")))
}

fn parse<T: serde::de::DeserializeOwned>(json: &str, what: &str) -> Result<T, JsError> {
    serde_json::from_str(json).map_err(|e| JsError::new(&format!("invalid {what}: {e}")))
}

/// The context and config of `analyze`'s input, as `readInput` in tape.js writes them.
#[derive(serde::Deserialize)]
struct Options<'a> {
    #[serde(borrow)]
    context: Option<&'a RawValue>,
    #[serde(borrow)]
    config: Option<&'a RawValue>,
}

/// Analyses one message: `{ text, context?, config? }` → the report (DESIGN §5).
///
/// The input is read by one call into JavaScript (`readInput` in tape.js), which checks
/// its keys and hands over the context and config as one JSON string; the text then
/// crosses on its own, straight into WebAssembly memory. A call per field with a new
/// JavaScript string per key name, and wasm-bindgen's character-by-character copy of the
/// text, cost a sixth of an analysis.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn analyze(#[wasm_bindgen(unchecked_param_type = "AnalyzeInput")] input: JsValue) -> Result<JsValue, JsError> {
    let read = tape::read_input(&input);
    let Some(options) = read.dyn_ref::<js_sys::JsString>() else {
        let problem = match read.as_f64() {
            Some(0.0) => "invalid input: expected an object { text, context?, config? }".to_string(),
            Some(1.0) => "invalid input: missing field `text`".to_string(),
            Some(2.0) => "invalid input: `text` must be a string".to_string(),
            Some(3.0) => "invalid context: not representable as JSON".to_string(),
            Some(4.0) => "invalid config: not representable as JSON".to_string(),
            _ => {
                let key = js_sys::Array::from(&read).get(0).as_string().unwrap_or_default();
                format!("invalid input: unknown field `{key}`, expected text, context or config")
            }
        };
        return Err(JsError::new(&problem));
    };
    let options = tape::string_from_js(options)?;
    let options: Options = serde_json::from_str(&options).map_err(|e| JsError::new(&format!("invalid input: {e}")))?;
    let text = tape::input_text();
    // UTF-8 takes at least a byte per UTF-16 unit: a text this long is refused before a
    // buffer three times its size is made for it.
    let units = text.length() as usize;
    if units > verbindlich_core::engine::MAX_BYTES {
        return Err(JsError::new(&format!(
            "the message is at least {units} bytes; Verbindlich reads at most {} bytes (1 MiB)",
            verbindlich_core::engine::MAX_BYTES
        )));
    }
    let text = tape::string_from_js(&text)?;
    let context_json = options.context.map_or("", RawValue::get);
    CONTEXT.with(|cell| {
        let mut cached = cell.borrow_mut();
        if cached.as_ref().is_none_or(|(json, _)| json != context_json) {
            let context: Context =
                if context_json.is_empty() { Context::default() } else { parse(context_json, "context")? };
            *cached = Some((context_json.to_owned(), context));
        }
        Ok::<_, JsError>(())
    })?;
    let config_json = options.config.map_or("", RawValue::get);
    CONTEXT.with_borrow(|cached| {
        ENGINE.with(|cell| {
            let (_, context) = cached.as_ref().expect("just filled");
            let mut cached = cell.borrow_mut();
            if cached.as_ref().is_none_or(|(json, _)| json != config_json) {
                let config: Config =
                    if config_json.is_empty() { Config::default() } else { parse(config_json, "config")? };
                let engine = Engine::new(&config).map_err(|e| JsError::new(&e.to_string()))?;
                *cached = Some((config_json.to_owned(), engine));
            }
            let (_, engine) = cached.as_ref().expect("just filled");
            let report = engine.analyze(&text, context).map_err(|e| JsError::new(&e.to_string()))?;
            to_js(&report)
        })
    })
}

/// The rule catalogue: id, family, severity, checklist entry, what it checks, why, an
/// example and the fix (each in `en` and `de`), and its parameters.
#[wasm_bindgen(unchecked_return_type = "RuleMeta[]")]
pub fn rules() -> Result<JsValue, JsError> {
    let metas: Vec<_> = RULES.iter().map(|r| r.meta).collect();
    to_js(&metas)
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
    #[derive(serde::Serialize)]
    struct Repaired {
        config: Config,
        problems: Vec<verbindlich_core::config::Problem>,
    }
    to_js(&Repaired { config, problems })
}

/// Runs one small analysis now, so that the first keystroke does not wait for V8 to
/// compile the engine's code or for the word table to be built.
#[wasm_bindgen]
pub fn warm() {
    verbindlich_core::warm();
}

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
export type Lang = "de" | "en";
export type Severity = "error" | "warning" | "hint";
export type Family = "length" | "personal" | "ask" | "value" | "template" | "spam" | "tone" | "trust" | "followup" | "readability";
export type SurfaceId = "linkedin-connect" | "linkedin-message" | "linkedin-inmail" | "xing-message" | "xing-contact" | "generic";

export interface Recipient {
  full_name?: string | null;
  first_name?: string | null;
  headline?: string | null;
  company?: string | null;
  location?: string | null;
  mutual_connections?: string[];
}

export interface Context {
  surface?: SurfaceId | null;
  /** The limit the page states (maxlength, a visible counter); wins over the surface. */
  max_chars?: number | null;
  ui_lang?: Lang | null;
  /** The message's language when known; detected when absent. */
  lang?: Lang | null;
  recipient?: Recipient | null;
  sender?: { full_name?: string | null } | null;
  thread?: { first_message?: string | null; days_since_last_sent?: number | null } | null;
}

export interface RuleSetting {
  enabled?: boolean;
  severity?: Severity;
  params?: Record<string, number>;
}

export interface PhraseLists {
  flag?: string[];
  template?: string[];
  accept?: string[];
}

export interface Config {
  rules?: Record<string, RuleSetting>;
  phrases?: Partial<Record<Lang, PhraseLists>>;
  followup_days?: number;
  ui_lang?: "auto" | Lang;
  surfaces?: Partial<Record<SurfaceId, { max_chars?: number; ideal_words?: number }>>;
}

export interface AnalyzeInput {
  text: string;
  context?: Context;
  config?: Config;
}

/** End-exclusive; byte offsets for Rust, UTF-16 offsets for the DOM. */
export interface Span {
  start: number;
  end: number;
  start_utf16: number;
  end_utf16: number;
}

export interface Finding {
  rule: string;
  family: Family;
  severity: Severity;
  message: string;
  why: string;
  span: Span | null;
  suggestion: string | null;
}

export interface ChecklistEntry {
  id: "addressed-by-name" | "within-limit" | "one-clear-ask" | "value-for-recipient" | "nothing-generic" | "easy-no";
  label: string;
  passed: boolean;
  reason: string;
}

export interface Report {
  language: Lang;
  ui_lang: Lang;
  surface: SurfaceId;
  counts: { chars: number; words: number; sentences: number; questions: number };
  limit: { max_chars: number | null; source: "page" | "config" | "surface" | null };
  readability: { score: number | null; level: string | null; label: string | null };
  score: number;
  scores: { length: number; personal: number; ask: number; value: number; tone: number };
  findings: Finding[];
  checklist: ChecklistEntry[];
}

export interface Bilingual { en: string; de: string }

export interface ParamSpec {
  name: string;
  type: "integer" | "number";
  min: number;
  max: number;
  default: number;
  doc: Bilingual;
}

export interface RuleMeta {
  id: string;
  family: Family;
  severity: Severity;
  checkpoint: ChecklistEntry["id"] | null;
  what: Bilingual;
  why: Bilingual;
  example: Bilingual;
  instead: Bilingual;
  example_context: "first-message" | "connect-note" | "follow-up";
  params: ParamSpec[];
}

export interface Problem {
  /** Where in the config, e.g. "rules.ask/vague.params.max"; empty for the whole. */
  path: string;
  message: string;
}

export interface Repaired {
  /** Every valid part of the input; defaults for the rest. */
  config: Config;
  problems: Problem[];
}
"#;
