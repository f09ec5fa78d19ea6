//! The judgement as a user meets it: what a message scores, which band it lands in and
//! what the checklist says, for the kinds of message that fooled the old score.

use verbindlich_core::context::{MessageKind, Recipient, Thread};
use verbindlich_core::report::Band;
use verbindlich_core::{Context, Engine, Lang, Report, Surface};

fn context(surface: Surface, lang: Lang) -> Context {
    Context {
        surface: Some(surface),
        lang: Some(lang),
        recipient: Some(Recipient { full_name: Some("Jonas Berg".into()), ..Recipient::default() }),
        ..Context::default()
    }
}

fn analyze(text: &str, context: &Context) -> Report {
    Engine::default().analyze(text, context).unwrap()
}

fn rules(r: &Report) -> Vec<&'static str> {
    r.findings.iter().map(|f| f.rule).collect()
}

fn marked<'a>(r: &Report, text: &'a str, rule: &str) -> Vec<&'a str> {
    r.findings.iter().filter(|f| f.rule == rule).filter_map(|f| f.span).map(|s| &text[s.start..s.end]).collect()
}

#[test]
fn the_platforms_canned_note_is_not_ready() {
    let c = context(Surface::LinkedinConnect, Lang::En);
    let r = analyze("Hi Jonas, I'd like to connect with you on LinkedIn.", &c);
    assert!(r.score < 70, "{} {:?}", r.score, rules(&r));
    assert!(rules(&r).contains(&"template/stock-phrase"));
}

#[test]
fn a_line_with_no_reason_and_a_vague_call_is_weak() {
    let c = context(Surface::LinkedinMessage, Lang::En);
    for text in ["Great post! Want to jump on a quick call?", "Hi", "Hallo Jonas!"] {
        let r = analyze(text, &c);
        assert!(r.score < 70, "{text:?} scores {} {:?}", r.score, rules(&r));
        assert_ne!(r.band, Band::Ready);
    }
}

#[test]
fn an_outbound_pitch_is_caught_by_its_structure() {
    let text = "I help B2B founders like you grow to 8 figures with our proven outreach system. We've helped 300+ agencies book 40+ meetings a month. Open to a quick 15 min call this week? Grab a slot: https://calendly.com/someone/15min";
    let r = analyze(text, &context(Surface::LinkedinMessage, Lang::En));
    assert!(r.score < 60, "{} {:?}", r.score, rules(&r));
    let hype = marked(&r, text, "spam/hype");
    for claim in ["8 figures", "proven outreach system", "300+ agencies", "book 40+ meetings"] {
        assert!(hype.iter().any(|h| h.contains(claim)), "{claim:?} not flagged; hype: {hype:?}");
    }
    assert!(marked(&r, text, "value/pitch").iter().any(|p| p.starts_with("I help B2B founders")), "{:?}", rules(&r));
}

#[test]
fn stock_phrases_are_caught_in_their_variants() {
    let en = context(Surface::LinkedinMessage, Lang::En);
    for text in [
        "Hi Jonas, I stumbled across your LinkedIn profile and wanted to say hello.",
        "Hi Jonas, I just looked at your profile and think you'd be a great fit for our team.",
        "Hi Jonas, hope this note finds you well.",
    ] {
        assert!(rules(&analyze(text, &en)).contains(&"template/stock-phrase"), "{text:?}");
    }
    let de = context(Surface::XingMessage, Lang::De);
    for text in [
        "Hallo Jonas, ich bin gestern über dein XING-Profil gestolpert.",
        "Hallo Herr Berg, Ihr Profil ist mir sofort aufgefallen.",
        "Hallo Jonas, ich vernetze mich gerade mit anderen Gründern aus Köln.",
    ] {
        assert!(rules(&analyze(text, &de)).contains(&"template/stock-phrase"), "{text:?}");
    }
}

#[test]
fn german_hype_is_caught() {
    let de = context(Surface::XingMessage, Lang::De);
    for (text, claim) in [
        ("Hallo Jonas, mit Geld-zurück-Garantie und Early-Bird-Preis bis Freitag!", "Geld-zurück-Garantie"),
        ("Hallo Jonas, ich zeige dir, wie du passives Einkommen aufbaust.", "passives Einkommen"),
        ("Hallo Jonas, unsere Kunden sparen 8-12 Stunden pro Woche.", "8-12 Stunden pro Woche"),
        ("Hallo Jonas, wir haben schon über 250 Unternehmen geholfen.", "über 250 Unternehmen"),
    ] {
        let r = analyze(text, &de);
        let found = [marked(&r, text, "spam/hype"), marked(&r, text, "value/pitch")].concat();
        assert!(found.iter().any(|h| h.contains(claim)), "{claim:?} not flagged in {text:?}: {:?}", rules(&r));
    }
}

#[test]
fn a_placeholder_greeting_is_not_addressed_by_name() {
    let r = analyze(
        "Hi [First Name], your talk on pricing changed how we run trials. Could I ask you two questions next week?",
        &context(Surface::LinkedinMessage, Lang::En),
    );
    assert!(!r.checklist.iter().find(|c| c.id == "addressed-by-name").unwrap().passed);
    assert_eq!(r.band, Band::Weak);
}

#[test]
fn a_reply_is_not_judged_as_a_cold_message() {
    let mut c = context(Surface::LinkedinMessage, Lang::En);
    c.thread = Some(Thread {
        their_last_message: Some("Hi, thanks for your note! Happy to talk. When suits you?".into()),
        ..Thread::default()
    });
    let text = "Tuesday at 10 works for me. Here is the deck: https://example.com/deck";
    let r = analyze(text, &c);
    assert_eq!(r.kind, MessageKind::Reply);
    for cold in ["personal/no-reference", "personal/unaddressed", "trust/no-easy-no", "spam/link", "length/too-short"] {
        assert!(!rules(&r).contains(&cold), "{cold} on a reply: {:?}", rules(&r));
    }
    assert!(r.checklist.iter().all(|c| c.id != "easy-no"), "an easy no is for cold messages");
    assert_eq!(r.band, Band::Ready, "{} {:?}", r.score, rules(&r));
    // The same text as a first message is judged as one.
    let first = analyze(text, &context(Surface::LinkedinMessage, Lang::En));
    assert!(first.score < r.score);
}

#[test]
fn a_bare_nudge_is_coached_as_a_followup() {
    let mut c = context(Surface::LinkedinMessage, Lang::En);
    c.thread = Some(Thread {
        first_message: Some("Hi Jonas, your talk on on-call rotas was great. Could we talk for 15 minutes next week about how you run handovers?".into()),
        ..Thread::default()
    });
    let r = analyze("Hi Jonas, just bumping this to the top of your inbox.", &c);
    assert_eq!(r.kind, MessageKind::Followup);
    assert!(rules(&r).iter().any(|r| r.starts_with("followup/")), "{:?}", rules(&r));
    assert!(r.score < 70);
    let good = analyze(
        "Hi Jonas, following up on my question about handovers: I wrote up how we do ours, here it is in three lines. Would 15 minutes on Thursday work? If not, no problem.",
        &c,
    );
    assert!(!rules(&good).iter().any(|r| r.starts_with("followup/")), "{:?}", rules(&good));
    assert!(good.score > r.score);
}

#[test]
fn the_score_explains_itself() {
    let text = "Hi there, I came across your profile and would love to connect!!!";
    let r = analyze(text, &context(Surface::LinkedinMessage, Lang::En));
    let lost: u32 = r.findings.iter().map(|f| f.cost as u32).sum();
    assert_eq!(r.breakdown.lost as u32, lost);
    assert!(r.findings.iter().all(|f| f.cost > 0), "every finding costs something");
    let cap = r.breakdown.cap.as_ref().map(|c| c.score);
    assert_eq!(r.score as u32, cap.map_or(100u32.saturating_sub(lost), u32::from));
    // Areas agree with the checklist beside them (an entry failed only by hints is advice,
    // and weighs what its hints cost).
    for entry in r.checklist.iter().filter(|c| !c.passed && !c.advisory) {
        let area = match entry.area {
            "length" => r.scores.length,
            "personal" => r.scores.personal,
            "ask" => r.scores.ask,
            "value" => r.scores.value,
            _ => r.scores.tone,
        };
        assert!(area < 60, "{} fails but {} is {area}", entry.id, entry.area);
    }
}

#[test]
fn a_pasted_document_lists_the_most_severe_findings_and_counts_the_rest() {
    let c = context(Surface::Generic, Lang::En);
    let para = "I just wanted to maybe ask if you'd be open to a quick call sometime, I think it could be a game-changer!!! Hi [Name], ";
    let text = para.repeat(1500);
    let r = analyze(&text, &c);
    assert_eq!(r.findings.len(), verbindlich_core::engine::MAX_FINDINGS);
    assert!(r.omitted > 1000, "{} omitted", r.omitted);
    // The placeholders are errors, kept first: with 1,500 of them, only errors are listed.
    assert!(r.findings.iter().all(|f| f.severity == verbindlich_core::Severity::Error));
    assert!(r.score < 40, "all of it counts: {}", r.score);
    let short = analyze(para, &c);
    assert_eq!(short.omitted, 0);
}

#[test]
fn linkedins_canned_reason_names_no_reason_even_with_its_group() {
    let c = context(Surface::LinkedinConnect, Lang::En);
    let r = analyze(
        "Ben Fischer has indicated you are a fellow member of Rust Berlin.\nI'd like to add you to my professional network on LinkedIn.\n- Ben",
        &c,
    );
    assert!(rules(&r).contains(&"personal/no-reference"), "{:?}", rules(&r));
    assert!(r.score < 60, "{} {:?}", r.score, rules(&r));
}
