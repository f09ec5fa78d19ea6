//! Verbindlich's analysis engine: pure Rust, no browser, no I/O.
//!
//! ```
//! use verbindlich_core::{Config, Context, Engine};
//! let engine = Engine::new(&Config::default()).unwrap();
//! let report = engine.analyze("Hi there, let's connect!", &Context::default()).unwrap();
//! assert!(report.findings.iter().any(|f| f.rule == "ask/vague"));
//! ```

pub mod config;
pub mod context;
pub mod corpus;
pub mod engine;
pub mod eval;
pub mod facts;
pub mod fit;
mod hash;
pub mod hits;
pub mod lang;
pub mod mentions;
pub mod patterns;
pub mod phrases;
pub mod readability;
pub mod report;
pub mod rules;
mod scan;
pub mod score;
pub mod similarity;
pub mod span;
pub mod surface;
pub mod text;

pub use config::{Config, ConfigError, Problem};
pub use context::{Context, MessageKind, Recipient, Thread};
pub use engine::{AnalyzeError, Engine, warm};
pub use lang::Lang;
pub use report::{Family, Finding, Report, Severity};
pub use surface::Surface;

/// Analyses one message with a config that must be valid.
pub fn analyze(text: &str, context: &Context, config: &Config) -> Result<Report, Error> {
    let engine = Engine::new(config)?;
    Ok(engine.analyze(text, context)?)
}

#[derive(Debug)]
pub enum Error {
    Config(ConfigError),
    Analyze(AnalyzeError),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Config(e) => e.fmt(f),
            Error::Analyze(e) => e.fmt(f),
        }
    }
}

impl std::error::Error for Error {}

impl From<ConfigError> for Error {
    fn from(e: ConfigError) -> Self {
        Error::Config(e)
    }
}

impl From<AnalyzeError> for Error {
    fn from(e: AnalyzeError) -> Self {
        Error::Analyze(e)
    }
}
