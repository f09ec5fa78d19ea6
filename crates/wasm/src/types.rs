//! The TypeScript types of everything that crosses the boundary, written from the Rust
//! types by ts-rs into `types.d.ts`, which wasm-bindgen appends to the package's
//! `verbindlich_wasm.d.ts`. The test below fails when the file no longer matches the Rust
//! types; `VERBINDLICH_BLESS=1 cargo test -p verbindlich-wasm --lib types` writes it again.

use ts_rs::{Config, TS};
use verbindlich_core::config;
use verbindlich_core::context;
use verbindlich_core::report;
use verbindlich_core::rules;

/// Every declaration, in the order a reader meets them: what goes in, what comes out,
/// then the rule catalogue and the config's problems.
fn declarations() -> String {
    let cfg = Config::new().with_large_int("number");
    let mut out = String::from(
        "// Generated from the Rust types by the test in src/types.rs; do not edit. After changing\n\
         // a type that crosses the boundary: VERBINDLICH_BLESS=1 cargo test -p verbindlich-wasm --lib types\n",
    );
    macro_rules! declare {
        ($($t:ty),* $(,)?) => {$(
            out.push('\n');
            if let Some(docs) = <$t>::docs() {
                out.push_str(&docs);
            }
            out.push_str("export ");
            out.push_str(&<$t>::decl(&cfg));
            out.push('\n');
        )*};
    }
    declare!(
        verbindlich_core::Lang,
        report::Severity,
        report::Family,
        report::Area,
        verbindlich_core::Surface,
        context::MessageKind,
        context::SharedKind,
        context::Shared,
        context::Recipient,
        context::Sender,
        context::Thread,
        context::SentNote,
        context::Context,
        config::RuleSetting,
        config::PhraseLists,
        config::UiLang,
        config::SurfaceSetting,
        config::Config,
        super::AnalyzeInput,
        verbindlich_core::span::ReportSpan,
        report::SuggestionKind,
        report::Finding,
        report::Checkpoint,
        report::ChecklistEntry,
        report::Counts,
        report::LimitSource,
        report::Limit,
        report::Readability,
        report::Band,
        report::Cap,
        report::Breakdown,
        report::Scores,
        verbindlich_core::mentions::MentionKind,
        report::ThingToMention,
        report::Report,
        verbindlich_core::lang::Bi,
        rules::Unit,
        rules::ParamKind,
        rules::ParamSpec,
        rules::ExampleContext,
        rules::CatalogueEntry,
        config::Problem,
        super::Repaired,
        super::ChecklistEntryName,
    );
    out
}

#[test]
fn types_are_up_to_date() {
    let fresh = declarations();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/types.d.ts");
    if std::fs::read_to_string(path).ok().as_deref() != Some(fresh.as_str()) {
        if std::env::var_os("VERBINDLICH_BLESS").is_some() {
            std::fs::write(path, &fresh).expect("write src/types.d.ts");
        } else {
            panic!(
                "src/types.d.ts does not match the Rust types: run \
                 `VERBINDLICH_BLESS=1 cargo test -p verbindlich-wasm --lib types` to write it again"
            );
        }
    }
}
