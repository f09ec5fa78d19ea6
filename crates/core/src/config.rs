//! Configuration: one serde type for the command line, the WASM API and browser storage.
//!
//! Every problem is reported by name — an unknown rule id, an unknown parameter, a value
//! out of range — and [`Settings::resolve`] keeps everything that is valid, so a single
//! typo never silently switches a rule off or throws the rest of the config away.

use crate::lang::Lang;
use crate::phrases::{PhraseSet, Tag};
use crate::report::Severity;
use crate::rules::{self, RULES};
use crate::surface::Surface;
use crate::text::normalise;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct Config {
    /// Per rule id: on/off, severity, parameters. Rules not listed keep their defaults.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional = nullable)]
    pub rules: BTreeMap<String, RuleSetting>,
    /// The user's own phrase lists, per language.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional = nullable)]
    pub phrases: BTreeMap<Lang, PhraseLists>,
    /// Days after a first message before the follow-up reminder.
    #[ts(optional = nullable)]
    pub followup_days: u32,
    /// Language of messages and reasons: `auto` follows the message.
    #[ts(optional = nullable)]
    pub ui_lang: UiLang,
    /// Per surface id: budgets that replace the built-in ones.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional = nullable, as = "BTreeMap<Surface, SurfaceSetting>")]
    pub surfaces: BTreeMap<String, SurfaceSetting>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct RuleSetting {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub enabled: Option<bool>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub severity: Option<Severity>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    #[ts(optional = nullable)]
    pub params: BTreeMap<String, f64>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct PhraseLists {
    /// Phrases to flag wherever they appear (`template/own-phrase`).
    #[ts(optional = nullable)]
    pub flag: Vec<String>,
    /// Phrases that mark a mass message, added to `template/stock-phrase`.
    #[ts(optional = nullable)]
    pub template: Vec<String>,
    /// Words and phrases never to flag (an acronym, a product name).
    #[ts(optional = nullable)]
    pub accept: Vec<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "lowercase")]
pub enum UiLang {
    #[default]
    Auto,
    De,
    En,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
#[serde(default, deny_unknown_fields)]
#[ts(optional_fields = nullable)]
pub struct SurfaceSetting {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_chars: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ideal_words: Option<usize>,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            rules: BTreeMap::new(),
            phrases: BTreeMap::new(),
            followup_days: 7,
            ui_lang: UiLang::Auto,
            surfaces: BTreeMap::new(),
        }
    }
}

impl Config {
    /// The default config written out in full, generated from the rule registry: every
    /// rule with its default severity and parameters.
    pub fn defaults() -> Config {
        let rules = RULES
            .iter()
            .map(|r| {
                let m = r.meta;
                let setting = RuleSetting {
                    enabled: Some(true),
                    severity: Some(m.severity),
                    params: m.params.iter().map(|p| (p.name.to_string(), p.default)).collect(),
                };
                (m.id.to_string(), setting)
            })
            .collect();
        Config { rules, ..Config::default() }
    }

    pub fn from_json(json: &str) -> Result<Config, ConfigError> {
        serde_json::from_str(json)
            .map_err(|e| ConfigError(vec![Problem { path: String::new(), message: e.to_string() }]))
    }
}

/// One thing wrong with a config, named by its path (`rules.ask/vague.params.max`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() { write!(f, "{}", self.message) } else { write!(f, "{}: {}", self.path, self.message) }
    }
}

/// A config that was refused, with every problem in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError(pub Vec<Problem>);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(Problem::to_string).collect();
        write!(f, "invalid config: {}", parts.join("; "))
    }
}

impl std::error::Error for ConfigError {}

#[derive(Debug, Clone)]
pub struct RuleState {
    pub enabled: bool,
    pub severity: Severity,
    pub params: Vec<f64>,
}

/// A config resolved against the registry, ready for the engine.
pub struct Settings {
    /// Parallel to [`RULES`].
    pub rules: Vec<RuleState>,
    /// The user's phrases to flag and template phrases, compiled, per language.
    pub own: BTreeMap<Lang, PhraseSet>,
    /// Normalised accepted phrases, per language.
    pub accept: BTreeMap<Lang, Vec<String>>,
    pub surfaces: BTreeMap<Surface, SurfaceSetting>,
    pub ui_lang: Option<Lang>,
    pub followup_days: u32,
}

const MAX_PHRASES: usize = 500;
const MAX_PHRASE_LEN: usize = 200;

impl Settings {
    /// Resolves `config`, keeping every valid part and listing every problem.
    ///
    /// Each part of the config is resolved by a function of its own, called only when
    /// that part is there, and never inlined: WebAssembly code is compiled on its first
    /// call, and the default config — what the first keystroke runs — then compiles none
    /// of the validation.
    pub fn resolve(config: &Config) -> (Settings, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut states: Vec<RuleState> = RULES
            .iter()
            .map(|r| RuleState {
                enabled: true,
                severity: r.meta.severity,
                params: r.meta.params.iter().map(|p| p.default).collect(),
            })
            .collect();
        for (id, setting) in &config.rules {
            resolve_rule(id, setting, &mut states, &mut problems);
        }
        let mut own = BTreeMap::new();
        let mut accept = BTreeMap::new();
        for (&lang, lists) in &config.phrases {
            resolve_phrases(lang, lists, &mut own, &mut accept, &mut problems);
        }
        let mut surfaces = BTreeMap::new();
        for (id, s) in &config.surfaces {
            resolve_surface(id, s, &mut surfaces, &mut problems);
        }
        let mut followup_days = config.followup_days;
        if !(1..=90).contains(&followup_days) {
            problems.push(Problem {
                path: "followup_days".into(),
                message: format!("must be between 1 and 90, got {followup_days}"),
            });
            followup_days = Config::default().followup_days;
        }
        let ui_lang = match config.ui_lang {
            UiLang::Auto => None,
            UiLang::De => Some(Lang::De),
            UiLang::En => Some(Lang::En),
        };
        (Settings { rules: states, own, accept, surfaces, ui_lang, followup_days }, problems)
    }
}

#[inline(never)]
fn resolve_rule(id: &str, setting: &RuleSetting, states: &mut [RuleState], problems: &mut Vec<Problem>) {
    let Some((i, rule)) = rules::find(id) else {
        let hint =
            closest(id, RULES.iter().map(|r| r.meta.id)).map(|c| format!(" (did you mean `{c}`?)")).unwrap_or_default();
        problems.push(Problem { path: format!("rules.{id}"), message: format!("unknown rule `{id}`{hint}") });
        return;
    };
    if let Some(e) = setting.enabled {
        states[i].enabled = e;
    }
    if let Some(s) = setting.severity {
        states[i].severity = s;
    }
    for (name, &value) in &setting.params {
        let path = format!("rules.{id}.params.{name}");
        match rule.meta.params.iter().position(|p| p.name == name) {
            None => {
                let known: Vec<&str> = rule.meta.params.iter().map(|p| p.name).collect();
                let known =
                    if known.is_empty() { "it has none".to_string() } else { format!("known: {}", known.join(", ")) };
                problems.push(Problem { path, message: format!("unknown parameter `{name}` ({known})") });
            }
            Some(k) => match rule.meta.params[k].validate(value) {
                Ok(()) => states[i].params[k] = value,
                Err(m) => problems.push(Problem { path, message: m }),
            },
        }
    }
}

#[inline(never)]
fn resolve_phrases(
    lang: Lang,
    lists: &PhraseLists,
    own: &mut BTreeMap<Lang, PhraseSet>,
    accept: &mut BTreeMap<Lang, Vec<String>>,
    problems: &mut Vec<Problem>,
) {
    let mut entries: Vec<(Tag, String)> = Vec::new();
    let check = |kind: &str, list: &[String], problems: &mut Vec<Problem>| -> Vec<String> {
        let mut kept = Vec::new();
        if list.len() > MAX_PHRASES {
            problems.push(Problem {
                path: format!("phrases.{}.{kind}", lang.code()),
                message: format!("{} phrases; at most {MAX_PHRASES} are read, the rest are ignored", list.len()),
            });
        }
        for (k, p) in list.iter().take(MAX_PHRASES).enumerate() {
            let path = format!("phrases.{}.{kind}[{k}]", lang.code());
            let n = normalise(p.trim_end_matches('*'));
            if n.is_empty() {
                problems.push(Problem { path, message: "empty phrase".into() });
            } else if p.chars().count() > MAX_PHRASE_LEN {
                problems.push(Problem { path, message: format!("longer than {MAX_PHRASE_LEN} characters") });
            } else {
                kept.push(p.clone());
            }
        }
        kept
    };
    for p in check("flag", &lists.flag, problems) {
        entries.push((Tag::Own, p));
    }
    for p in check("template", &lists.template, problems) {
        entries.push((Tag::List(crate::lang::List::StockPhrase), p));
    }
    let acc: Vec<String> = check("accept", &lists.accept, problems).iter().map(|p| normalise(p)).collect();
    if !entries.is_empty() {
        own.insert(lang, PhraseSet::new(entries.iter().map(|(t, p)| (*t, p.as_str()))));
    }
    if !acc.is_empty() {
        accept.insert(lang, acc);
    }
}

#[inline(never)]
fn resolve_surface(
    id: &str,
    s: &SurfaceSetting,
    surfaces: &mut BTreeMap<Surface, SurfaceSetting>,
    problems: &mut Vec<Problem>,
) {
    let path = format!("surfaces.{id}");
    let Some(surface) = Surface::from_id(id) else {
        let known: Vec<&str> = Surface::ALL.iter().map(|s| s.id()).collect();
        problems.push(Problem { path, message: format!("unknown surface `{id}` (known: {})", known.join(", ")) });
        return;
    };
    let mut kept = SurfaceSetting::default();
    match s.max_chars {
        Some(n) if !(1..=100_000).contains(&n) => problems.push(Problem {
            path: format!("{path}.max_chars"),
            message: format!("must be between 1 and 100000, got {n}"),
        }),
        n => kept.max_chars = n,
    }
    match s.ideal_words {
        Some(n) if !(5..=2_000).contains(&n) => problems.push(Problem {
            path: format!("{path}.ideal_words"),
            message: format!("must be between 5 and 2000, got {n}"),
        }),
        n => kept.ideal_words = n,
    }
    surfaces.insert(surface, kept);
}

/// The known name nearest to a misspelt one, when it is near enough to be a typo.
fn closest<'a>(wrong: &str, known: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    known.map(|k| (edit_distance(wrong, k), k)).filter(|(d, _)| *d <= 3).min().map(|(_, k)| k)
}

fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            cur.push((prev[j] + usize::from(ca != *cb)).min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn problems(json: &str) -> Vec<String> {
        let c = Config::from_json(json).unwrap();
        Settings::resolve(&c).1.iter().map(|p| p.to_string()).collect()
    }

    #[test]
    fn defaults_are_valid_and_cover_every_rule() {
        let d = Config::defaults();
        assert_eq!(d.rules.len(), RULES.len());
        assert!(Settings::resolve(&d).1.is_empty());
        let json = serde_json::to_string(&d).unwrap();
        assert_eq!(Config::from_json(&json).unwrap(), d);
    }

    #[test]
    fn unknown_rule_is_named_with_a_suggestion() {
        assert_eq!(
            problems(r#"{"rules":{"ask/vauge":{"enabled":false}}}"#),
            ["rules.ask/vauge: unknown rule `ask/vauge` (did you mean `ask/vague`?)"]
        );
    }

    #[test]
    fn unknown_param_and_out_of_range_values_are_named() {
        let p = problems(r#"{"rules":{"length/long-sentence":{"params":{"max_word":3,"max_words":0}}}}"#);
        assert_eq!(p.len(), 2, "{p:?}");
        assert!(p[0].contains("unknown parameter `max_word`") && p[0].contains("known: max_words"));
        assert!(p[1].contains("length/long-sentence.params.max_words: must be between"));
        let p = problems(r#"{"rules":{"length/long-sentence":{"params":{"max_words":2.5}}}}"#);
        assert!(p[0].contains("whole number"));
    }

    #[test]
    fn bad_parts_fall_back_and_good_parts_are_kept() {
        let c = Config::from_json(r#"{"rules":{"nope/x":{},"ask/vague":{"enabled":false,"severity":"error"}},"followup_days":0,"surfaces":{"linkedin-connect":{"max_chars":200},"myspace":{}}}"#).unwrap();
        let (s, p) = Settings::resolve(&c);
        assert_eq!(p.len(), 3, "{p:?}");
        let (i, _) = rules::find("ask/vague").unwrap();
        assert!(!s.rules[i].enabled);
        assert_eq!(s.rules[i].severity, Severity::Error);
        assert_eq!(s.followup_days, 7);
        assert_eq!(s.surfaces[&Surface::LinkedinConnect].max_chars, Some(200));
    }

    #[test]
    fn unknown_top_level_key_is_named() {
        let e = Config::from_json(r#"{"rulez":{}}"#).unwrap_err();
        assert!(e.to_string().contains("unknown field `rulez`"), "{e}");
    }
}

impl Config {
    /// Everything valid in a config that may be damaged — hand-edited, from an older
    /// version, truncated by a storage quota — and every problem by name. Each field, rule
    /// and phrase is judged on its own, so one bad value costs only itself: a malformed
    /// rule keeps its defaults, an unknown key is dropped, the rest is kept as written.
    pub fn repair(json: &str) -> (Config, Vec<Problem>) {
        let mut problems = Vec::new();
        let mut config = Config::default();
        let value: serde_json::Value = match serde_json::from_str(json) {
            Ok(v) => v,
            Err(e) => return (config, vec![Problem { path: String::new(), message: format!("not JSON: {e}") }]),
        };
        let Some(fields) = value.as_object() else {
            return (config, vec![Problem { path: String::new(), message: "expected an object".into() }]);
        };
        fn part<T: serde::de::DeserializeOwned>(
            v: &serde_json::Value,
            path: &str,
            problems: &mut Vec<Problem>,
        ) -> Option<T> {
            serde_json::from_value(v.clone())
                .map_err(|e| problems.push(Problem { path: path.into(), message: e.to_string() }))
                .ok()
        }
        fn entries<'a>(
            v: &'a serde_json::Value,
            path: &str,
            problems: &mut Vec<Problem>,
        ) -> Vec<(&'a String, &'a serde_json::Value)> {
            if !v.is_object() {
                problems.push(Problem { path: path.into(), message: "expected an object".into() });
            }
            v.as_object().into_iter().flatten().collect()
        }
        for (key, v) in fields {
            match key.as_str() {
                "rules" => {
                    for (id, s) in entries(v, "rules", &mut problems) {
                        if let Some(s) = part(s, &format!("rules.{id}"), &mut problems) {
                            config.rules.insert(id.clone(), s);
                        }
                    }
                }
                "phrases" => {
                    for (lang, lists) in entries(v, "phrases", &mut problems) {
                        let path = format!("phrases.{lang}");
                        let Some(lang) = part::<Lang>(&serde_json::Value::String(lang.clone()), &path, &mut problems)
                        else {
                            continue;
                        };
                        if let Some(lists) = part(lists, &path, &mut problems) {
                            config.phrases.insert(lang, lists);
                        }
                    }
                }
                "surfaces" => {
                    for (id, s) in entries(v, "surfaces", &mut problems) {
                        if let Some(s) = part(s, &format!("surfaces.{id}"), &mut problems) {
                            config.surfaces.insert(id.clone(), s);
                        }
                    }
                }
                "followup_days" => config.followup_days = part(v, key, &mut problems).unwrap_or(config.followup_days),
                "ui_lang" => config.ui_lang = part(v, key, &mut problems).unwrap_or(config.ui_lang),
                other => problems.push(Problem {
                    path: other.into(),
                    message: format!(
                        "unknown field `{other}`, expected one of rules, phrases, followup_days, ui_lang, surfaces"
                    ),
                }),
            }
        }
        // What parses but is refused (an unknown rule, a value out of range) goes too.
        let (_, refused) = Settings::resolve(&config);
        for p in &refused {
            config.forget(&p.path);
        }
        problems.extend(refused);
        (config, problems)
    }

    /// Drops the part of the config at `path`, as [`Settings::resolve`] names them.
    fn forget(&mut self, path: &str) {
        let mut parts = path.splitn(2, '.');
        let (head, rest) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        match head {
            "followup_days" => self.followup_days = Config::default().followup_days,
            "rules" => match rest.split_once(".params.") {
                Some((id, name)) => {
                    if let Some(r) = self.rules.get_mut(id) {
                        r.params.remove(name);
                    }
                }
                None => {
                    self.rules.remove(rest);
                }
            },
            "surfaces" => match rest.rsplit_once('.') {
                Some((id, "max_chars")) => {
                    if let Some(s) = self.surfaces.get_mut(id) {
                        s.max_chars = None;
                    }
                }
                Some((id, "ideal_words")) => {
                    if let Some(s) = self.surfaces.get_mut(id) {
                        s.ideal_words = None;
                    }
                }
                _ => {
                    self.surfaces.remove(rest);
                }
            },
            "phrases" => {
                // `de.flag[3]` drops one phrase; `de.flag` (too many) keeps the ones read.
                let Some((lang, list)) = rest.split_once('.') else { return };
                let Some(lists) = self.phrases.iter_mut().find(|(l, _)| l.code() == lang).map(|(_, v)| v) else {
                    return;
                };
                let (kind, index) = match list.split_once('[') {
                    Some((k, i)) => (k, i.trim_end_matches(']').parse::<usize>().ok()),
                    None => (list, None),
                };
                let target = match kind {
                    "flag" => &mut lists.flag,
                    "template" => &mut lists.template,
                    "accept" => &mut lists.accept,
                    _ => return,
                };
                match index {
                    // Blank it rather than remove it, so later indices in the same list still
                    // name the phrase they were reported for; blanks are swept below.
                    Some(i) if i < target.len() => target[i].clear(),
                    Some(_) => {}
                    None => target.truncate(MAX_PHRASES),
                }
                target.retain(|p| !p.is_empty());
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod repair_tests {
    use super::*;

    #[test]
    fn one_bad_value_costs_only_itself() {
        let json = r#"{
            "rules": {
                "ask/vague": { "severity": "error" },
                "length/over-limit": { "enabled": "yes" },
                "ask/vauge": { "enabled": false },
                "length/long-sentence": { "params": { "max_words": 30, "nonsense": 3 } }
            },
            "phrases": { "de": { "flag": ["Synergie", "", "Mehrwert"] }, "fr": { "flag": ["x"] } },
            "followup_days": 900,
            "ui_lang": "de",
            "colour": "blue"
        }"#;
        let (config, problems) = Config::repair(json);
        let paths: Vec<&str> = problems.iter().map(|p| p.path.as_str()).collect();
        for expected in [
            "rules.length/over-limit",
            "rules.ask/vauge",
            "phrases.fr",
            "followup_days",
            "colour",
            "phrases.de.flag[1]",
        ] {
            assert!(paths.contains(&expected), "{expected} missing from {paths:?}");
        }
        assert_eq!(config.rules["ask/vague"].severity, Some(Severity::Error));
        assert!(!config.rules.contains_key("length/over-limit"));
        assert!(!config.rules.contains_key("ask/vauge"));
        assert_eq!(config.phrases[&Lang::De].flag, vec!["Synergie", "Mehrwert"]);
        assert!(paths.contains(&"rules.length/long-sentence.params.nonsense"));
        assert_eq!(config.rules["length/long-sentence"].params.get("max_words"), Some(&30.0));
        assert!(!config.rules["length/long-sentence"].params.contains_key("nonsense"));
        assert_eq!(config.followup_days, 7);
        assert_eq!(config.ui_lang, UiLang::De);
        // What is left is a valid config.
        assert!(Settings::resolve(&config).1.is_empty(), "{:?}", Settings::resolve(&config).1);
    }

    #[test]
    fn not_json_gives_the_defaults_and_says_so() {
        let (config, problems) = Config::repair("{\"rules\": {");
        assert_eq!(config, Config::default());
        assert_eq!(problems.len(), 1);
        assert!(problems[0].message.starts_with("not JSON"));
    }

    #[test]
    fn a_valid_config_comes_back_unchanged() {
        let config = Config::defaults();
        let (repaired, problems) = Config::repair(&serde_json::to_string(&config).unwrap());
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(repaired, config);
    }
}
