//! What one keystroke costs: the engine on a connection note, an InMail and a 100 KB paste.
//! Run with `cargo bench -p verbindlich-core` (or `./build.sh bench`).

use verbindlich_core::context::Recipient;
use verbindlich_core::{Config, Context, Engine, Surface};

fn main() {
    divan::main();
}

const NOTE_EN: &str = "Hi Anna, I enjoyed your talk on pair reviews at Contoso's hiring meetup. I'm setting up take-home tasks for a team of eight. Would you have 15 minutes next week to tell me how you pick the tasks? Happy to share our data in return. No worries if not.";
const NOTE_DE: &str = "Hallo Anna, Ihr Vortrag über gemeinsame Reviews beim Recruiting-Meetup von Contoso hat mir gefallen. Ich baue Probeaufgaben für ein Team auf. Hätten Sie nächste Woche 15 Minuten? Gerne teile ich im Gegenzug unsere Daten. Ein kurzes Nein ist auch in Ordnung.";

const PARA_EN: &str = "I came across your profile and I'm reaching out because our solution generates thousands of leads, guaranteed! I know you're busy, so I just wanted to ask if you'd be open to a quick call sometime. We help companies like yours to 10x your pipeline. Let me know if you're interested, and feel free to book a slot: https://calendly.com/ben/15min. I think maybe it would be a game-changer for your team at Contoso.";
const PARA_DE: &str = "Ich bin auf Ihr Profil gestoßen und wollte nur mal fragen, ob Sie Interesse an unserem Angebot haben. Mit unserer Lösung sind Sie garantiert ausgebucht und bekommen Tausende von Leads. Entschuldigen Sie die Störung, aber ich würde mich gerne mal austauschen. Hast du nächste Woche Zeit? Buchen Sie einen Termin: https://calendly.com/ben/15min. Wir helfen Unternehmen wie Ihrem bei Contoso.";

/// A message of about `target` characters made of `para`, in paragraphs.
fn build(greeting: &str, para: &str, target: usize) -> String {
    let mut s = if greeting.is_empty() { String::new() } else { format!("{greeting}\n\n") };
    while s.len() < target {
        s.push_str(para);
        s.push_str("\n\n");
    }
    s.truncate(s.floor_char_boundary(target));
    s
}

/// Realistic InMails of about 1,900 characters (6 and 12 findings), shared with the WASM
/// benchmark.
const INMAIL_EN: &str = include_str!("../../../tests/bench/texts/inmail-en.txt");
const INMAIL_DE: &str = include_str!("../../../tests/bench/texts/inmail-de.txt");

fn texts() -> Vec<(&'static str, String)> {
    vec![
        ("note-300-en", NOTE_EN.to_string()),
        ("note-300-de", NOTE_DE.to_string()),
        ("inmail-1900-en", INMAIL_EN.to_string()),
        ("inmail-1900-de", INMAIL_DE.to_string()),
        // The worst case: every paragraph trips ten rules (about 80 findings).
        ("dense-1900-en", build("Hi Anna,", PARA_EN, 1900)),
        ("dense-1900-de", build("Hallo Anna,", PARA_DE, 1900)),
        ("paste-100k-en", build("", INMAIL_EN, 100_000)),
        ("paste-100k-de", build("", INMAIL_DE, 100_000)),
    ]
}

fn context() -> Context {
    Context {
        surface: Some(Surface::LinkedinInmail),
        recipient: Some(Recipient {
            full_name: Some("Anna Schmidt".into()),
            company: Some("Contoso".into()),
            ..Recipient::default()
        }),
        ..Context::default()
    }
}

#[divan::bench(args = [
    "note-300-en", "note-300-de", "inmail-1900-en", "inmail-1900-de", "dense-1900-en", "dense-1900-de",
    "paste-100k-en", "paste-100k-de",
])]
fn analyze(bencher: divan::Bencher, name: &str) {
    let engine = Engine::new(&Config::default()).unwrap();
    let text = texts().into_iter().find(|(n, _)| *n == name).unwrap().1;
    let context = context();
    // Warm the lazily built phrase index and word table, as the extension does on focus.
    engine.analyze(&text, &context).unwrap();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench_local(|| engine.analyze(divan::black_box(&text), &context).unwrap());
}

/// Start-up: compiling the config, the phrase index and the first analysis.
#[divan::bench]
fn cold_engine_and_first_note() {
    // The built-in phrase index is process-wide once built; this measures config resolution
    // and analysis, the part paid on every config change.
    let engine = Engine::new(&Config::default()).unwrap();
    divan::black_box(engine.analyze(NOTE_EN, &context()).unwrap());
}
