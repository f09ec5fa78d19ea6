//! `verbindlich`: the engine on the command line.
//!
//! Exit codes: 0 when no finding is an error, 1 when one is, 2 on bad input — with one
//! line on stderr that names the problem.

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Renderer, Snippet};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;
use verbindlich_core::context::Recipient;
use verbindlich_core::eval::{Sample, evaluate};
use verbindlich_core::report::{Band, SuggestionKind};
use verbindlich_core::rules::RULES;
use verbindlich_core::{Config, Context, Engine, Family, Lang, MessageKind, Report, Severity, Surface, Thread};

#[derive(Parser)]
#[command(
    name = "verbindlich",
    version,
    about = "Check a LinkedIn or XING message before you send it — on your machine, nothing leaves it."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Check one message and print what to improve.
    Check(CheckArgs),
    /// List every rule with its severity, options and why it exists.
    Rules {
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
    },
    /// Measure how well the score separates messages with known verdicts: a JSON array
    /// of { text, lang, surface, source_label: good|bad|received-spam|template,
    /// recipient?, is_followup? }, such as your own sent messages and whether they were
    /// answered.
    Eval(EvalArgs),
    /// Fit the cost table to labelled messages and measure it leaving out one source at a
    /// time, beside the word-count and capitalised-word baselines. Files hold messages as
    /// for `eval` (with `source`, and optionally `kind`: first|reply|followup and
    /// `reply_to`) and rewrites { before, after, lang, surface, source }.
    Fit(FitArgs),
}

#[derive(clap::Args)]
struct FitArgs {
    /// JSON files of labelled messages and rewrites.
    #[arg(required = true)]
    files: Vec<PathBuf>,
    /// Exit 1 unless the held-out AUC beats both baselines by at least this much.
    #[arg(long, value_name = "AUC", default_value_t = 0.05)]
    margin: f64,
    /// Print every held-out score.
    #[arg(long)]
    verbose: bool,
    /// How strongly the costs are held to the hand-set ones (see docs/scoring.md).
    #[arg(long, value_name = "WEIGHT")]
    prior_weight: Option<f64>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(clap::Args)]
struct EvalArgs {
    /// The JSON file of messages with verdicts.
    file: PathBuf,
    /// A JSON config file to measure instead of the defaults.
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    /// The score that separates good from bad: good messages below it and bad ones at
    /// or above it are listed.
    #[arg(long, value_name = "SCORE", default_value_t = 70)]
    line: u8,
    /// Exit 1 unless the ranking (AUC) is at least this.
    #[arg(long, value_name = "AUC")]
    min_auc: Option<f64>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(clap::Args)]
struct CheckArgs {
    /// The message file; `-` or nothing reads standard input.
    file: Option<PathBuf>,
    /// Where the message will be sent: linkedin-connect, linkedin-message, linkedin-inmail,
    /// xing-message, xing-contact or generic.
    #[arg(long, value_name = "ID", default_value = "generic")]
    surface: String,
    /// The message's language; `auto` detects it.
    #[arg(long, value_name = "auto|de|en", default_value = "auto")]
    lang: String,
    /// The recipient's full name, as on their profile.
    #[arg(long, value_name = "NAME")]
    recipient: Option<String>,
    /// The recipient's company.
    #[arg(long, value_name = "NAME")]
    company: Option<String>,
    /// The character limit the page shows; wins over the surface's.
    #[arg(long, value_name = "N")]
    max_chars: Option<usize>,
    /// The subject line (InMail).
    #[arg(long, value_name = "TEXT")]
    subject: Option<String>,
    /// The other person's message that this one answers: checks it as a reply.
    #[arg(long, value_name = "FILE", conflicts_with = "first_message")]
    reply_to: Option<PathBuf>,
    /// Your earlier, unanswered message that this one follows up.
    #[arg(long, value_name = "FILE")]
    first_message: Option<PathBuf>,
    /// A JSON config file (see `verbindlich rules --format json` for ids and options).
    #[arg(long, value_name = "FILE")]
    config: Option<PathBuf>,
    #[arg(long, value_enum, default_value_t = Format::Text)]
    format: Format,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
enum Format {
    Text,
    Json,
}

/// Bad input: printed as one line, exit code 2.
struct Fail(String);

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Check(args) => check(args),
        Command::Rules { format } => rules(format),
        Command::Eval(args) => eval(args),
        Command::Fit(args) => fit(args),
    };
    match result {
        Ok(code) => code,
        Err(Fail(msg)) => {
            anstream::eprintln!("verbindlich: error: {msg}");
            ExitCode::from(2)
        }
    }
}

fn read_message(file: &Option<PathBuf>) -> Result<(String, String), Fail> {
    let (name, bytes) = match file {
        None => read_stdin()?,
        Some(p) if p.as_os_str() == "-" => read_stdin()?,
        Some(p) => {
            let bytes =
                std::fs::read(p).map_err(|e| Fail(format!("cannot read {}: {}", p.display(), io_reason(&e))))?;
            (p.display().to_string(), bytes)
        }
    };
    match String::from_utf8(bytes) {
        Ok(s) => Ok((name, s)),
        Err(e) => Err(Fail(format!("{name} is not valid UTF-8 (bad byte at offset {})", e.utf8_error().valid_up_to()))),
    }
}

fn read_stdin() -> Result<(String, Vec<u8>), Fail> {
    let mut buf = Vec::new();
    std::io::stdin()
        .read_to_end(&mut buf)
        .map_err(|e| Fail(format!("cannot read standard input: {}", io_reason(&e))))?;
    Ok(("<stdin>".into(), buf))
}

/// The OS's reason without Rust's "(os error 2)" suffix.
fn io_reason(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.find(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}

fn check(args: CheckArgs) -> Result<ExitCode, Fail> {
    let surface = Surface::from_id(&args.surface).ok_or_else(|| {
        let known: Vec<&str> = Surface::ALL.iter().map(|s| s.id()).collect();
        Fail(format!("unknown surface `{}` (known: {})", args.surface, known.join(", ")))
    })?;
    let lang = match args.lang.as_str() {
        "auto" => None,
        other => {
            Some(Lang::parse(other).ok_or_else(|| Fail(format!("unknown language `{other}` (use auto, de or en)")))?)
        }
    };
    if args.max_chars == Some(0) {
        return Err(Fail("--max-chars must be at least 1".into()));
    }
    let engine = engine(&args.config)?;
    let (name, text) = read_message(&args.file)?;
    let thread_text = |p: &PathBuf, what: &str| -> Result<String, Fail> {
        let (name, text) = read_message(&Some(p.clone()))?;
        if text.trim().is_empty() { Err(Fail(format!("{what} {name} is empty"))) } else { Ok(text) }
    };
    let thread = match (&args.reply_to, &args.first_message) {
        (Some(p), _) => Some(Thread {
            kind: Some(MessageKind::Reply),
            their_last_message: Some(thread_text(p, "--reply-to")?),
            ..Thread::default()
        }),
        (None, Some(p)) => Some(Thread {
            kind: Some(MessageKind::Followup),
            first_message: Some(thread_text(p, "--first-message")?),
            ..Thread::default()
        }),
        (None, None) => None,
    };

    let recipient = (args.recipient.is_some() || args.company.is_some()).then(|| Recipient {
        full_name: args.recipient.clone(),
        company: args.company.clone(),
        ..Recipient::default()
    });
    let context = Context {
        surface: Some(surface),
        max_chars: args.max_chars,
        lang,
        recipient,
        subject: args.subject.clone(),
        thread,
        ..Context::default()
    };
    let report = engine.analyze(&text, &context).map_err(|e| Fail(format!("{name}: {e}")))?;

    match args.format {
        Format::Json => {
            let json = serde_json::to_string_pretty(&report).map_err(|e| Fail(e.to_string()))?;
            println!("{json}");
        }
        Format::Text => print_text(&name, &text, &report),
    }
    Ok(if report.has_errors() { ExitCode::from(1) } else { ExitCode::SUCCESS })
}

/// The engine for `--config FILE`, or the defaults.
fn engine(config: &Option<PathBuf>) -> Result<Engine, Fail> {
    let Some(p) = config else { return Ok(Engine::default()) };
    let text = std::fs::read_to_string(p)
        .map_err(|e| Fail(format!("cannot read config {}: {}", p.display(), io_reason(&e))))?;
    let config = Config::from_json(&text).map_err(|e| Fail(format!("config {}: {e}", p.display())))?;
    Engine::new(&config).map_err(|e| Fail(format!("config {}: {e}", p.display())))
}

fn eval(args: EvalArgs) -> Result<ExitCode, Fail> {
    let engine = engine(&args.config)?;
    let text = std::fs::read_to_string(&args.file)
        .map_err(|e| Fail(format!("cannot read {}: {}", args.file.display(), io_reason(&e))))?;
    // A file may hold rewrites too (see `fit`); they are not ranked here.
    let entries: Vec<verbindlich_core::fit::Entry> = serde_json::from_str(&text)
        .map_err(|e| Fail(format!("{}: not a list of samples: {e}", args.file.display())))?;
    let samples: Vec<Sample> = entries
        .into_iter()
        .filter_map(|e| match e {
            verbindlich_core::fit::Entry::Sample(s) => Some(s),
            verbindlich_core::fit::Entry::Rewrite(_) => None,
        })
        .collect();
    if samples.is_empty() && args.format == Format::Text {
        anstream::println!("no messages to rank here, only rewrites: `verbindlich fit` orders them");
        return Ok(ExitCode::SUCCESS);
    }
    let e = evaluate(&engine, &samples, args.line).map_err(|(id, e)| Fail(format!("sample {id}: {e}")))?;
    match args.format {
        Format::Json => println!("{}", serde_json::to_string_pretty(&e).map_err(|e| Fail(e.to_string()))?),
        Format::Text => {
            let auc = e.auc.map_or("n/a".into(), |a| format!("{a:.3}"));
            anstream::println!(
                "AUC {auc}  (good first messages without placeholders: {}, bad or spam first messages: {})",
                e.good_n,
                e.bad_n
            );
            let base = |v: Option<f64>| v.map_or("n/a".into(), |a| format!("{a:.3}"));
            anstream::println!(
                "baselines: word count {}, capitalised words {}",
                base(e.auc_words),
                base(e.auc_capitals)
            );
            anstream::println!("mean score    first         follow-ups");
            for m in &e.means {
                let cell = |v: Option<f64>, n: usize| v.map_or("-".to_string(), |v| format!("{v:5.1} (n={n})"));
                anstream::println!(
                    "{:<13} {:<13} {}",
                    m.verdict.id(),
                    cell(m.first, m.first_n),
                    cell(m.followup, m.followup_n)
                );
            }
            let list = |title: String, items: &[verbindlich_core::eval::Scored]| {
                anstream::println!("{title}: {}", items.len());
                for s in items {
                    anstream::println!("  {:>3}  {:<10} {}", s.score, s.id, s.rules.join(", "));
                }
            };
            list(format!("good below {}", e.line), &e.good_below);
            list(format!("bad or spam at {} or above", e.line), &e.bad_above);
        }
    }
    Ok(match (args.min_auc, e.auc) {
        (Some(min), Some(auc)) if auc < min => ExitCode::from(1),
        _ => ExitCode::SUCCESS,
    })
}

fn fit(args: FitArgs) -> Result<ExitCode, Fail> {
    use verbindlich_core::fit::{self, Entry, Figures};
    let mut entries: Vec<Entry> = Vec::new();
    for f in &args.files {
        let text =
            std::fs::read_to_string(f).map_err(|e| Fail(format!("cannot read {}: {}", f.display(), io_reason(&e))))?;
        let more: Vec<Entry> = serde_json::from_str(&text)
            .map_err(|e| Fail(format!("{}: not a list of messages and rewrites: {e}", f.display())))?;
        entries.extend(more);
    }
    let engine = Engine::default();
    let (seen, pairs) = fit::observe(&engine, &entries).map_err(Fail)?;
    let mut settings = fit::Settings::default();
    if let Some(w) = args.prior_weight {
        settings.prior_weight = w;
    }
    let out = fit::cross_validate(&seen, &pairs, settings);
    let h = &out.held_out;
    let best_baseline = h.auc_words.unwrap_or(0.0).max(h.auc_capitals.unwrap_or(0.0));
    let pass = h.auc_first.is_some_and(|a| a >= best_baseline + args.margin);
    if args.format == Format::Json {
        println!("{}", serde_json::to_string_pretty(&out).map_err(|e| Fail(e.to_string()))?);
        return Ok(if pass { ExitCode::SUCCESS } else { ExitCode::from(1) });
    }
    let a = |v: Option<f64>| v.map_or("n/a".to_string(), |v| format!("{v:.3}"));
    let row = |name: &str, f: &Figures| {
        anstream::println!(
            "{name:<22} {:>6} {:>6} {:>6}   {:>6}   {:>3}/{:<3} {:>3}/{:<3}  {:>3}/{:<3}",
            a(f.auc_first),
            a(f.auc_words),
            a(f.auc_capitals),
            a(f.auc_later),
            f.good_below,
            f.good_first,
            f.bad_above,
            f.bad_first,
            f.rewrites_right,
            f.rewrites
        );
    };
    anstream::println!(
        "{} messages and rewrites from {} publishers; first messages: {} good, {} bad or spam",
        entries.len(),
        out.sources,
        h.good_first,
        h.bad_first
    );
    anstream::println!(
        "{:<22} {:>6} {:>6} {:>6}   {:>6}   {:>7} {:>7}  {:>7}",
        "",
        "AUC",
        "words",
        "capit.",
        "later",
        "good<70",
        "bad≥70",
        "rewrite"
    );
    row("held out by publisher", h);
    row("shipped costs (seen)", &out.shipped);
    let differ: Vec<_> = out.costs.iter().filter(|(_, fitted, shipped)| fitted != shipped).collect();
    if differ.is_empty() {
        anstream::println!("costs fitted on everything: the shipped costs (score::COSTS)");
    } else {
        anstream::println!("costs fitted on everything that differ from score::COSTS (rule: fitted, shipped):");
        for (rule, fitted, shipped) in differ {
            anstream::println!("  {rule:<28} {fitted:>3}  {shipped:>3}");
        }
    }
    if args.verbose {
        for (id, s) in &out.scores {
            anstream::println!("  {s:>3}  {id}");
        }
    }
    anstream::println!(
        "{}",
        if pass {
            format!("held-out AUC beats the better baseline ({best_baseline:.3}) by {:.2} or more", args.margin)
        } else {
            format!("FAIL: held-out AUC does not beat the better baseline ({best_baseline:.3}) by {:.2}", args.margin)
        }
    );
    Ok(if pass { ExitCode::SUCCESS } else { ExitCode::from(1) })
}

fn level(s: Severity) -> Level<'static> {
    match s {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Hint => Level::HELP.with_name("hint"),
    }
}

fn print_text(name: &str, text: &str, report: &Report) {
    let renderer = Renderer::styled().decor_style(DecorStyle::Unicode);
    let ui = report.ui_lang;
    let why_label = ui.pick("why", "warum");
    let try_label = ui.pick("try", "besser");
    for f in &report.findings {
        let title = format!("{} (\u{2212}{})", f.message, f.cost);
        let mut group = Group::with_title(level(f.severity).primary_title(title.as_str()).id(f.rule));
        if let Some(span) = f.span {
            let label = match (&f.suggestion, f.suggestion_kind) {
                (Some(s), Some(SuggestionKind::Replacement)) if s.is_empty() => {
                    ui.pick("remove this", "entfernen").to_string()
                }
                (Some(s), Some(SuggestionKind::Replacement)) => format!("{try_label}: {s}"),
                (Some(s), _) => format!("{}: {s}", ui.pick("for example", "zum Beispiel")),
                (None, _) => String::new(),
            };
            group = group.element(
                Snippet::source(text)
                    .path(name)
                    .fold(true)
                    .annotation(AnnotationKind::Primary.span(span.start..span.end).label(label)),
            );
        } else if let Some(s) = &f.suggestion {
            group = group.element(Level::HELP.with_name(try_label).message(s.as_str()));
        }
        let report_groups = [group.element(Level::NOTE.with_name(why_label).message(f.why))];
        anstream::println!("{}\n", renderer.render(&report_groups));
    }
    if report.omitted > 0 {
        let n = report.omitted;
        anstream::println!(
            "{}\n",
            ui.pick(
                &format!("… and {n} more findings, not listed; the score counts them."),
                &format!("… und {n} weitere Hinweise, nicht aufgeführt; die Bewertung zählt sie mit."),
            )
        );
    }

    let s = &report.scores;
    let c = &report.counts;
    let limit = report.limit.max_chars.map(|m| format!("/{m}")).unwrap_or_default();
    let (score, length, personal, ask, value, tone) = match ui {
        Lang::De => ("Gesamt", "Länge", "Persönlich", "Bitte", "Nutzen", "Ton"),
        Lang::En => ("Score", "Length", "Personal", "Ask", "Value", "Tone"),
    };
    let band = match (report.band, ui) {
        (Band::Ready, Lang::En) => "ready to send",
        (Band::Ready, Lang::De) => "bereit zum Senden",
        (Band::CouldBeBetter, Lang::En) => "could be better",
        (Band::CouldBeBetter, Lang::De) => "geht besser",
        (Band::Weak, Lang::En) => "weak",
        (Band::Weak, Lang::De) => "schwach",
    };
    let cap = report
        .breakdown
        .cap
        .as_ref()
        .map(|c| format!("; {}: {} {}", c.reason, ui.pick("at most", "höchstens"), c.score));
    anstream::println!(
        "{score} {}/100 ({band}: 100 \u{2212} {}{}) · {length} {} · {personal} {} · {ask} {} · {value} {} · {tone} {}",
        report.score,
        report.breakdown.lost,
        cap.unwrap_or_default(),
        s.length,
        s.personal,
        s.ask,
        s.value,
        s.tone
    );
    let words = ui.pick("words", "Wörter");
    let chars = ui.pick("characters", "Zeichen");
    let read = match (report.readability.score, report.readability.label) {
        (Some(r), Some(l)) => format!(" · {l} ({r:.0})"),
        _ => String::new(),
    };
    anstream::println!(
        "{}{limit} {chars} · {} {words} · {} · {}{read}",
        c.chars,
        c.words,
        report.language.code(),
        report.surface
    );
    for item in &report.checklist {
        let mark = if item.passed { "\u{2713}" } else { "\u{2717}" };
        anstream::println!("  {mark} {}: {}", item.label, item.reason);
    }
}

fn rules(format: Format) -> Result<ExitCode, Fail> {
    match format {
        Format::Json => {
            let catalogue = verbindlich_core::rules::catalogue();
            println!("{}", serde_json::to_string_pretty(&catalogue).map_err(|e| Fail(e.to_string()))?);
        }
        Format::Text => {
            for family in Family::ALL {
                anstream::println!("{}", family.id());
                for r in RULES.iter().filter(|r| r.meta.family == family) {
                    let m = r.meta;
                    anstream::println!("  {:<28} {:<8} {}: {}", m.id, m.severity.id(), m.name.en, m.what.en);
                    for p in m.params {
                        anstream::println!("  {:<28} {:<8}   {} = {} — {}", "", "", p.name, p.default, p.doc.en);
                    }
                }
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
