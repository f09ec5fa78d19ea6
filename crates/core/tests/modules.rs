//! The core's modules depend on each other in one direction only: no module uses one that
//! uses it back, directly or round a longer loop. Read from the source (`crate::<module>`
//! outside comments and test code), so a new cycle fails here with its path.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn top_module(src: &Path, file: &Path) -> String {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next().unwrap().as_os_str().to_string_lossy().to_string();
    first.trim_end_matches(".rs").to_string()
}

fn files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Which modules each top-level module of the crate uses.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut all = Vec::new();
    files(&src, &mut all);
    let mut uses: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for file in all {
        let module = top_module(&src, &file);
        if module == "lib" || file.file_name().is_some_and(|n| n == "tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        // Test code may reach anywhere; the crate's own code may not.
        let code = text.split("#[cfg(test)]\nmod ").next().unwrap();
        let entry = uses.entry(module.clone()).or_default();
        for line in code.lines().filter(|l| !l.trim_start().starts_with("//")) {
            for (at, _) in line.match_indices("crate::") {
                let name: String = line[at + 7..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect();
                if !name.is_empty() && name != module {
                    entry.insert(name);
                }
            }
        }
    }
    uses
}

#[test]
fn no_module_uses_one_that_uses_it_back() {
    let uses = graph();
    assert!(uses.len() > 15, "read only {} modules", uses.len());
    assert!(uses["engine"].contains("rules"), "the graph is read wrongly: {uses:?}");
    for start in uses.keys() {
        // Depth-first from `start`, remembering the path, until it comes back.
        let mut stack = vec![(start.clone(), vec![start.clone()])];
        let mut seen = BTreeSet::new();
        while let Some((at, path)) = stack.pop() {
            for next in uses.get(&at).into_iter().flatten() {
                assert!(next != start, "a cycle: {} → {next}", path.join(" → "));
                if seen.insert(next.clone()) {
                    let mut longer = path.clone();
                    longer.push(next.clone());
                    stack.push((next.clone(), longer));
                }
            }
        }
    }
}
