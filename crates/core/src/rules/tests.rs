//! Keeps the registry, the defaults and the rule docs in step.

use super::testing::{context_in, example_input, findings_of};
use super::*;
use crate::config::{Config, Settings};
use crate::report::Family;

#[test]
fn registry_has_every_family_and_every_rule_a_cost() {
    for f in Family::ALL {
        assert!(RULES.iter().any(|r| r.meta.family == f), "no rule in family {f:?}");
    }
    for (name, costs) in [("COSTS", crate::score::COSTS), ("PRIOR", crate::score::PRIOR)] {
        for r in RULES {
            let n = costs.iter().filter(|(id, _)| *id == r.meta.id).count();
            assert_eq!(n, 1, "{} needs exactly one entry in score::{name}, has {n}", r.meta.id);
        }
        for (id, c) in costs {
            assert!(find(id).is_some(), "score::{name} names {id}, which is no rule");
            assert!((1..=50).contains(c), "{id} costs {c} in score::{name}");
        }
    }
}

#[test]
fn registry_has_every_family() {
    for f in Family::ALL {
        assert!(RULES.iter().any(|r| r.meta.family == f), "no rule in family {f:?}");
    }
}

#[test]
fn registry_ids_are_unique_stable_and_match_their_files() {
    let mut seen = std::collections::HashSet::new();
    for r in RULES {
        let id = r.meta.id;
        assert!(seen.insert(id), "duplicate id {id}");
        let (family, name) = id.split_once('/').expect("id is family/name");
        assert_eq!(family, r.meta.family.id(), "{id} is filed under the wrong family");
        assert!(name.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{id} is not kebab-case");
        let file = format!("{}/src/rules/{family}/{}.rs", env!("CARGO_MANIFEST_DIR"), name.replace('-', "_"));
        let src = std::fs::read_to_string(&file).unwrap_or_else(|_| panic!("{id} should live in {file}"));
        assert!(src.contains(&format!("id: \"{id}\"")), "{file} does not declare {id}");
    }
}

#[test]
fn registry_docs_are_complete_in_both_languages() {
    for r in RULES {
        let m = r.meta;
        for (what, text) in [("what", m.what), ("why", m.why), ("example", m.example), ("instead", m.instead)] {
            assert!(!text.en.trim().is_empty() && !text.de.trim().is_empty(), "{}: {what} missing a language", m.id);
        }
        for p in m.params {
            assert!(
                p.name.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'),
                "{}: param {} not snake_case",
                m.id,
                p.name
            );
            assert!(p.validate(p.default).is_ok(), "{}: default of {} is out of its own range", m.id, p.name);
            assert!(!p.doc.en.is_empty() && !p.doc.de.is_empty(), "{}: param {} undocumented", m.id, p.name);
        }
    }
}

/// The names and labels users pick rules and options by: present in both languages, plain
/// words rather than ids, and each name unique, so a search or a heading never shows two
/// rules alike.
#[test]
fn registry_names_and_labels_are_plain_in_both_languages() {
    let plain = |what: &str, text: &str| {
        let t = text.trim();
        assert!(!t.is_empty(), "{what} is empty");
        assert_eq!(t, text, "{what} has stray spaces: {text:?}");
        assert!(t.chars().next().is_some_and(char::is_uppercase), "{what} should start with a capital: {text:?}");
        assert!(!t.ends_with('.'), "{what} is a name, not a sentence: {text:?}");
        assert!(!t.contains(['/', '_', '`']), "{what} reads like an id: {text:?}");
        assert!(t.chars().count() <= 44, "{what} is too long for a heading: {text:?}");
    };
    let mut seen = std::collections::HashSet::new();
    for r in RULES {
        let m = r.meta;
        let (_, kebab) = m.id.split_once('/').expect("id is family/name");
        for lang in crate::Lang::ALL {
            let name = m.name.get(lang);
            plain(&format!("{} name ({})", m.id, lang.code()), name);
            assert!(
                !name.to_lowercase().contains(kebab) || !kebab.contains('-'),
                "{}: the name {name:?} repeats the id",
                m.id
            );
            assert!(seen.insert((lang.code(), name)), "{}: another rule is also called {name:?}", m.id);
            for p in m.params {
                let label = p.label.get(lang);
                plain(&format!("{} param {} label ({})", m.id, p.name, lang.code()), label);
                assert!(!label.contains(p.name), "{}: the label {label:?} repeats the parameter's key", m.id);
            }
        }
        assert_ne!(m.name.en, m.name.de, "{}: the German name is the English one", m.id);
    }
}

/// The catalogue gives each rule the area its findings' costs count towards (its family's,
/// as `score::scores` sums them): the options page groups rules by it, so a rule sits
/// under the score it moves.
#[test]
fn catalogue_entries_carry_their_family_s_area() {
    let entries = catalogue();
    assert_eq!(entries.len(), RULES.len());
    for (e, r) in entries.iter().zip(RULES) {
        assert_eq!(e.meta.id, r.meta.id, "catalogue order is registry order");
        assert_eq!(e.area, r.meta.family.area());
    }
    for a in crate::report::Area::ALL {
        assert!(entries.iter().any(|e| e.area == a), "no rule counts towards {a:?}");
    }
    let json = serde_json::to_value(&entries[1]).unwrap();
    assert_eq!(json["id"], "length/near-limit");
    assert_eq!(json["area"], "length");
    assert_eq!(json["name"]["en"], "Close to the limit");
    assert_eq!(json["params"][0]["unit"], "share");
    assert!(json["params"][0]["label"]["de"].is_string());
}

/// Each rule's documented example gets its finding and the documented fix does not:
/// the docs users read are tests. (In a debug build this also checks that every rule reads
/// only the parameters it declares: `Params::get` debug-asserts on any other name.)
#[test]
fn registry_examples_are_true() {
    let mut failures = Vec::new();
    for r in RULES {
        let m = r.meta;
        for lang in crate::Lang::ALL {
            let (bad, bad_context) = example_input(m.example.get(lang), context_in(m.example_context, lang));
            let (good, good_context) = example_input(m.instead.get(lang), context_in(m.example_context, lang));
            if findings_of(m.id, bad, &bad_context).is_empty() {
                failures.push(format!("{} ({}): example not flagged: {bad:?}", m.id, lang.code()));
            }
            let left = findings_of(m.id, good, &good_context);
            if !left.is_empty() {
                failures.push(format!("{} ({}): 'instead' still flagged: {:?}", m.id, lang.code(), left[0].message));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn registry_defaults_round_trip_through_the_config() {
    let defaults = Config::defaults();
    let (settings, problems) = Settings::resolve(&defaults);
    assert!(problems.is_empty(), "{problems:?}");
    for (i, r) in RULES.iter().enumerate() {
        let s = &defaults.rules[r.meta.id];
        assert_eq!(s.severity, Some(r.meta.severity));
        assert_eq!(settings.rules[i].params, r.meta.params.iter().map(|p| p.default).collect::<Vec<_>>());
    }
}
