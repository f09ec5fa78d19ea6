//! Test helpers that read like a spec: `assert_finding("ask/vague", "…")`.

use super::{EXAMPLE_COURTESY, EXAMPLE_FIRST_MESSAGE, EXAMPLE_QUESTION, EXAMPLE_SENT_NOTE, ExampleContext};
use crate::context::{Context, Recipient, SentNote, Thread};
use crate::report::{Finding, Report};
use crate::surface::Surface;
use crate::{Config, Engine};

/// A LinkedIn message to Anna Schmidt of Contoso, with whom you share Jonas Berg.
pub fn ctx() -> Context {
    context_for(ExampleContext::FirstMessage)
}

pub fn context_for(kind: ExampleContext) -> Context {
    context_in(kind, crate::Lang::En)
}

/// An example as a message and its context: `[Subject: …] body` (or `[Betreff: …]`)
/// puts the bracket's text in the subject line.
pub fn example_input(text: &str, mut context: Context) -> (&str, Context) {
    for open in ["[Subject: ", "[Betreff: "] {
        if let Some(rest) = text.strip_prefix(open)
            && let Some((subject, body)) = rest.split_once("] ")
        {
            context.subject = Some(subject.to_string());
            return (body, context);
        }
    }
    (text, context)
}

/// The context an example runs in; a follow-up follows a first message in `lang`.
pub fn context_in(kind: ExampleContext, lang: crate::Lang) -> Context {
    let recipient = Recipient {
        full_name: Some("Anna Schmidt".into()),
        company: Some("Contoso".into()),
        mutual_connections: vec!["Jonas Berg".into()],
        ..Recipient::default()
    };
    let mut c = Context { surface: Some(Surface::LinkedinMessage), recipient: Some(recipient), ..Context::default() };
    match kind {
        ExampleContext::FirstMessage => {}
        ExampleContext::ConnectNote => c.surface = Some(Surface::LinkedinConnect),
        ExampleContext::CutNote => {
            c.surface = Some(Surface::LinkedinConnect);
            c.max_chars = Some(super::EXAMPLE_FIELD_LIMIT);
            c.cut_at = Some(super::EXAMPLE_FIELD_LIMIT);
        }
        ExampleContext::Inmail => c.surface = Some(Surface::LinkedinInmail),
        ExampleContext::FollowUp => {
            c.thread = Some(Thread {
                first_message: Some(EXAMPLE_FIRST_MESSAGE.get(lang).into()),
                days_since_last_sent: Some(7),
                ..Thread::default()
            })
        }
        ExampleContext::MassSend => c.sent = sent_to_others(EXAMPLE_SENT_NOTE.get(lang), 5),
        ExampleContext::ReplyToCourtesy | ExampleContext::ReplyToQuestion => {
            let theirs = if kind == ExampleContext::ReplyToCourtesy { EXAMPLE_COURTESY } else { EXAMPLE_QUESTION };
            c.thread = Some(Thread {
                kind: Some(crate::context::MessageKind::Reply),
                their_last_message: Some(theirs.get(lang).into()),
                ..Thread::default()
            })
        }
    }
    c
}

/// A reply to Anna's message `theirs` (`None`: the page showed no text of hers).
pub fn reply_to(theirs: Option<&str>) -> Context {
    let mut c = ctx();
    c.thread = Some(Thread {
        kind: Some(crate::context::MessageKind::Reply),
        their_last_message: theirs.map(Into::into),
        ..Thread::default()
    });
    c
}

/// `note`, as the mass-send warning would have kept it after sending it to `n` people
/// other than Anna, one a day.
pub fn sent_to_others(note: &str, n: u32) -> Vec<SentNote> {
    let names = ["Jonas Berg", "Mia Braun", "Lena Hoffmann", "Tom Weber", "Sara Klein", "Paul Wolf", "Eva Lang"];
    (0..n)
        .map(|i| {
            let name = names[i as usize % names.len()];
            let text = note.replacen("Anna", name.split(' ').next().unwrap_or(name), 1);
            SentNote { sketch: crate::similarity::sketch(&crate::text::Document::new(&text), &[name]), days_ago: i }
        })
        .collect()
}

/// The default config plus one own phrase per language, as a user might set them, so
/// `template/own-phrase` has something to find in its examples.
pub fn engine() -> &'static Engine {
    static ENGINE: std::sync::OnceLock<Engine> = std::sync::OnceLock::new();
    ENGINE.get_or_init(|| {
        let config =
            Config::from_json(r#"{"phrases":{"en":{"flag":["circle back"]},"de":{"flag":["abholen"]}}}"#).unwrap();
        Engine::new(&config).unwrap()
    })
}

pub fn report(text: &str, context: &Context) -> Report {
    engine().analyze(text, context).unwrap()
}

pub fn findings_of(rule: &str, text: &str, context: &Context) -> Vec<Finding> {
    assert!(super::find(rule).is_some(), "no rule {rule}");
    report(text, context).findings.into_iter().filter(|f| f.rule == rule).collect()
}

/// Asserts `rule` reports on `text` (to Anna Schmidt, LinkedIn message) and returns the
/// first finding.
#[track_caller]
pub fn assert_finding(rule: &str, text: &str) -> Finding {
    assert_finding_in(rule, text, &ctx())
}

#[track_caller]
pub fn assert_finding_in(rule: &str, text: &str, context: &Context) -> Finding {
    let f = findings_of(rule, text, context);
    assert!(!f.is_empty(), "expected {rule} on {text:?}");
    f.into_iter().next().unwrap()
}

#[track_caller]
pub fn assert_clean(rule: &str, text: &str) {
    assert_clean_in(rule, text, &ctx())
}

#[track_caller]
pub fn assert_clean_in(rule: &str, text: &str, context: &Context) {
    let f = findings_of(rule, text, context);
    assert!(f.is_empty(), "expected no {rule} on {text:?}, got {:?}", f.iter().map(|f| &f.message).collect::<Vec<_>>());
}

/// The text a finding points at.
pub fn marked<'t>(text: &'t str, f: &Finding) -> &'t str {
    let s = f.span.expect("finding has a span");
    &text[s.start..s.end]
}
