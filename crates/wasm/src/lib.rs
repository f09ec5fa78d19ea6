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

/// `analyze`'s input but its text, which crosses on its own (see [`text_of`]). The text is
/// named here only so that the unknown-field error lists it.
#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Options<'a> {
    #[serde(default, rename = "text")]
    _text: Option<serde::de::IgnoredAny>,
    #[serde(default, borrow)]
    context: Option<&'a RawValue>,
    #[serde(default, borrow)]
    config: Option<&'a RawValue>,
}

thread_local! {
    static TEXT_KEY: JsValue = JsValue::from_str("text");
}

/// `input.text`, which must be a string.
fn text_of(input: &JsValue) -> Result<String, JsError> {
    let text = TEXT_KEY
        .with(|key| js_sys::Reflect::get(input, key))
        .map_err(|_| JsError::new("invalid input: not an object"))?;
    if text.is_undefined() || text.is_null() {
        return Err(JsError::new("invalid input: missing field `text`"));
    }
    let text =
        text.dyn_into::<js_sys::JsString>().map_err(|_| JsError::new("invalid input: `text` must be a string"))?;
    tape::string_from_js(&text)
}

/// Analyses one message: `{ text, context?, config? }` → the report (DESIGN §5).
///
/// Everything but the text crosses as one JSON string (see `optionsJson` in tape.js):
/// one crossing and one parse instead of a call per field and a string per key, which cost
/// a sixth of an analysis.
#[wasm_bindgen(unchecked_return_type = "Report")]
pub fn analyze(#[wasm_bindgen(unchecked_param_type = "AnalyzeInput")] input: JsValue) -> Result<JsValue, JsError> {
    let options = tape::options_json(&input)
        .map_err(|_| JsError::new("invalid input: not representable as JSON"))?
        .dyn_into::<js_sys::JsString>()
        .map_err(|_| JsError::new("invalid input: expected an object { text, context?, config? }"))?;
    let options = tape::string_from_js(&options)?;
    let options: Options = serde_json::from_str(&options).map_err(|e| JsError::new(&format!("invalid input: {e}")))?;
    let text = text_of(&input)?;
    let context: Context = match options.context {
        Some(c) => parse(c.get(), "context")?,
        None => Context::default(),
    };
    let config_json = options.config.map_or("", RawValue::get);
    ENGINE.with(|cell| {
        let mut cached = cell.borrow_mut();
        if cached.as_ref().is_none_or(|(json, _)| json != config_json) {
            let config: Config = if config_json.is_empty() { Config::default() } else { parse(config_json, "config")? };
            let engine = Engine::new(&config).map_err(|e| JsError::new(&e.to_string()))?;
            *cached = Some((config_json.to_owned(), engine));
        }
        let (_, engine) = cached.as_ref().expect("just filled");
        let report = engine.analyze(&text, &context).map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&report)
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
