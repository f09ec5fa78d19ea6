//! What several rules need to know about a message, derived once per message from its
//! words and phrase matches: its asks, its greeting and whom it greets, who it talks
//! about, how it addresses the reader, what of theirs it names, how easily it reads.
//! Rules read these; none of them is a judgement yet.

use crate::hits::Hits;
use crate::lang::lexicon::{self, Class};
use crate::lang::{Lang, List};
use crate::readability;
use crate::span::Span;
use crate::text::Document;

/// Facts several rules need, derived once per message.
#[derive(Debug, Default)]
pub struct Facts {
    /// Sentences that ask for something: a real question or a call to action.
    pub asks: Vec<usize>,
    /// The greeting phrase at the start ("Hi", "Sehr geehrte").
    pub greeting: Option<Span>,
    /// The word the greeting addresses ("Anna" in "Hi Anna,"), if any.
    pub greeted: Option<Span>,
    /// Words by which the writer refers to themself.
    pub self_refs: Vec<Span>,
    /// Words that address the reader.
    pub you_refs: Vec<Span>,
    /// German: formal (Sie) and informal (du) address.
    pub formal: Vec<Span>,
    pub informal: Vec<Span>,
    /// "your talk", "Ihr ROSCon-Vortrag", "eurer Umstellung": something of the
    /// recipient's, named.
    pub references: Vec<Span>,
    /// Reading ease, when the message is long enough to measure.
    pub readability: Option<readability::Measure>,
    /// What makes the message this message and no other: a name or a named thing (a
    /// company, an event, a product), a number, a quoted title, shared history ("we met
    /// at"), a named piece of the recipient's work. A message without any is generic
    /// whatever its length; see [`specifics`]. Not in text order, and a span may be
    /// found twice: rules ask only whether there are any, and where.
    pub specifics: Vec<Span>,
}

impl Facts {
    pub fn new(doc: &Document<'_>, lang: Lang, classes: &[Class], hits: &Hits) -> Facts {
        let mut f = Facts::default();
        let small_talk = doc.sentences_holding(hits.of(List::SmallTalk));
        let cta = doc.sentences_holding(hits.of(List::CallToAction));
        for (i, s) in doc.sentences.iter().enumerate() {
            if cta[i] || (s.question && !small_talk[i]) {
                f.asks.push(i);
            }
        }

        for (w, class) in doc.words.iter().zip(classes) {
            let flags = lang.of(*class);
            // Most words are none of these.
            if flags & (lexicon::SELF | lexicon::YOU | lexicon::YOU_CAPITALISED | lexicon::INFORMAL) == 0 {
                continue;
            }
            if flags & lexicon::SELF != 0 {
                f.self_refs.push(w.span);
            }
            // German "Sie" and "Ihr" address the reader only when capitalised inside a
            // sentence; at its start they may as well be "they" or "her". "Ihnen"
            // capitalised is the reader wherever it stands.
            let sentence_start = doc.sentences.get(w.sentence).is_some_and(|s| s.span.start == w.span.start);
            let formal = w.capitalised
                && flags & lexicon::YOU_CAPITALISED != 0
                && (!sentence_start || doc.word_text(w).eq_ignore_ascii_case("ihnen"));
            if formal || flags & lexicon::YOU != 0 {
                f.you_refs.push(w.span);
            }
            if lang == Lang::De {
                if formal {
                    f.formal.push(w.span);
                } else if flags & lexicon::INFORMAL != 0 {
                    f.informal.push(w.span);
                }
            }
        }

        f.references = possessive_references(doc, lang, classes);
        f.readability = readability::measure(doc, lang);
        if let Some(opening) = doc.opening() {
            let early = doc.sentence_words(opening).get(2).map_or(opening.span.end, |w| w.span.start);
            f.greeting =
                hits.of(List::Greeting).iter().find(|g| opening.span.contains(**g) && g.start <= early).copied();
            let after = f.greeting.map_or(opening.span.start, |g| g.end);
            let candidates = opening.words.clone().filter(|&i| doc.words[i].span.start >= after);
            for i in candidates.take(3) {
                let (w, class) = (&doc.words[i], classes[i]);
                if class.iter().any(|f| f & lexicon::TITLE != 0) {
                    continue;
                }
                // "Guten Tag, Ihr Vortrag …": a pronoun after the greeting is no name.
                let pronoun = lexicon::SELF | lexicon::YOU | lexicon::YOU_CAPITALISED | lexicon::POSSESSIVE;
                let not_name = class.iter().any(|f| f & (lexicon::NOT_NAME | pronoun) != 0);
                // A lone capital ("Hi X,") stands in for a name; it is not one, and neither
                // is the field of a template ("Hi [First Name]"), which is a placeholder.
                let letters = doc.word_text(w).chars().filter(|c| c.is_alphabetic()).count();
                let field = doc.text[..w.span.start].ends_with(['[', '{', '<', '(']);
                if f.greeting.is_some() && w.capitalised && !not_name && !field && letters > 1 {
                    f.greeted = Some(w.span);
                }
                break;
            }
        }
        f.specifics = specifics(doc, lang, classes, hits, &f);
        f
    }
}

/// The specific content of a message (see [`Facts::specifics`]).
///
/// Real people make a message specific with names and named things, numbers, quoted
/// titles and shared history far more often than with the phrases a coach would
/// suggest, and a generic message has none of them, however long it is. What counts:
///
/// - shared history and references from the phrase lists ("we met at", "your talk"), and
///   "your" + a noun for a piece of work — except the nouns every mass message uses
///   ("your experience", "your profile": the language's `vague_nouns`);
/// - a word written as a name: in English any capitalised word inside a sentence; in
///   German, where every noun is capitalised, only words that no common noun looks like —
///   a capital inside the word ("McKinsey", "ROSCon"), or a short acronym ("TU", "SAP");
///   never the greeted name, the sign-off, a title, a pronoun or a platform's name
///   (`generic_names`), and never a shouted word long enough to be hype;
/// - a number, unless it is the length of the meeting asked for ("15 minutes");
/// - a quotation: a title or someone's words in quotation marks.
pub fn specifics(doc: &Document<'_>, lang: Lang, classes: &[Class], hits: &Hits, f: &Facts) -> Vec<Span> {
    let data = lang.data();
    let mut found: Vec<Span> = Vec::new();
    let vague_end = |s: &Span| {
        let t = crate::text::normalise(s.text(doc.text));
        let last = t.rsplit(|c: char| !c.is_alphanumeric()).find(|w| !w.is_empty()).unwrap_or("");
        data.vague_nouns.iter().any(|n| lang.names_noun(last, n))
    };
    for list in [List::Reference, List::CommonGround] {
        found.extend(hits.of(list).iter().filter(|s| !vague_end(s)));
    }
    found.extend(f.references.iter().filter(|s| !vague_end(s)));

    let details = hits.of(List::AskDetail);
    let in_detail = |s: Span| details.iter().any(|d| d.start <= s.start && s.end <= d.end);
    let sign_off = sign_off(doc, lang);
    let pronoun = lexicon::SELF | lexicon::YOU | lexicon::YOU_CAPITALISED | lexicon::POSSESSIVE | lexicon::TITLE;
    for (i, (w, class)) in doc.words.iter().zip(classes).enumerate() {
        let text = doc.word_text(w);
        if text.bytes().any(|b| b.is_ascii_digit()) {
            let next = doc.words.get(i + 1).filter(|n| n.sentence == w.sentence);
            // "15 minutes", "10am", "10:30 Uhr": the ask's time, not the recipient's.
            let lower = text.to_ascii_lowercase();
            let time = lower.ends_with("am")
                || lower.ends_with("pm")
                || doc.text[w.span.end..].starts_with(':')
                || next.is_some_and(|n| matches!(doc.word_text(n), "am" | "pm" | "Uhr" | "uhr"));
            if !time
                && !next.is_some_and(|n| in_detail(n.span))
                && !in_detail(w.span)
                && !sign_off.is_some_and(|s| s.contains(w.span))
            {
                found.push(w.span);
            }
            continue;
        }
        if !w.capitalised || f.greeted == Some(w.span) || sign_off.is_some_and(|s| s.contains(w.span)) {
            continue;
        }
        let sentence_start = doc.sentences.get(w.sentence).is_some_and(|s| s.span.start == w.span.start);
        let letters = text.chars().filter(|c| c.is_alphabetic()).count();
        let inner_capital = text.chars().skip(1).any(char::is_uppercase);
        let acronym = w.shouted && letters <= 4;
        if w.shouted && !acronym {
            continue;
        }
        let looks_like_a_name = match lang {
            Lang::En => !sentence_start && letters >= 2,
            Lang::De => inner_capital || acronym,
        };
        if !looks_like_a_name
            || lang.of(*class) & (lexicon::STOP | lexicon::NOT_NAME | pronoun) != 0
            || in_detail(w.span)
        {
            continue;
        }
        if data.generic_names.iter().any(|n| n.eq_ignore_ascii_case(text))
            || hits.of(List::Greeting).iter().any(|g| g.contains(w.span))
        {
            continue;
        }
        found.push(w.span);
    }
    found.extend(quotations(doc.text));
    // A stock phrase is no reason, whatever it names, and nor is a sentence that is mostly
    // one: LinkedIn's own "Ben Fischer has indicated you are a fellow member of Rust Berlin"
    // is canned, its names included.
    let stock = hits.of(List::StockPhrase);
    let canned: Vec<usize> = doc
        .sentences
        .iter()
        .enumerate()
        .filter(|(_, sentence)| {
            let words = &doc.words[sentence.words.clone()];
            let inside = words.iter().filter(|w| stock.iter().any(|p| p.contains(w.span))).count();
            !words.is_empty() && inside * 5 >= words.len() * 3
        })
        .map(|(i, _)| i)
        .collect();
    found.retain(|s| {
        !stock.iter().any(|p| p.contains(*s)) && !canned.iter().any(|&i| doc.sentences[i].span.contains(*s))
    });
    found
}

/// The sender's sign-off: from a short closing line ("Best regards,", "Viele Grüße") to the
/// end, or else a short last line on its own ("— Micah"). It names the sender and their
/// company, which say nothing about the recipient.
fn sign_off(doc: &Document<'_>, lang: Lang) -> Option<Span> {
    let text = doc.text;
    let end = text.trim_end().len();
    if !text[..end].contains('\n') {
        // On one line, a name after a dash at the end: "… on LinkedIn. - Ben".
        let dash = [" - ", " \u{2013} ", " \u{2014} "].iter().filter_map(|d| text[..end].rfind(d)).max()?;
        let name = &text[dash..end];
        let before = text[..dash].trim_end();
        let ends_sentence = before.ends_with(['.', '!', '?']);
        return (ends_sentence && name.split_whitespace().count() <= 4).then(|| Span::new(dash, end));
    }
    let closings = lang.data().closings;
    let mut start = end;
    for line in text[..end].rsplit('\n').take(5) {
        start -= line.len();
        let norm = crate::text::normalise(line.trim());
        if norm.split_whitespace().count() <= 4 && closings.iter().any(|c| norm.starts_with(c)) {
            return Some(Span::new(start, end));
        }
        start = start.saturating_sub(1);
    }
    let last = text[..end].rfind('\n').map_or(0, |i| i + 1);
    (text[last..end].split_whitespace().count() <= 3).then(|| Span::new(last, end))
}

/// Text in quotation marks, two to a hundred characters long: a title, someone's words.
/// An apostrophe is a quotation mark only where a word does not go on around it.
fn quotations(text: &str) -> Vec<Span> {
    const PAIRS: [(char, char); 6] = [
        ('\u{201c}', '\u{201d}'),
        ('\u{201e}', '\u{201c}'),
        ('"', '"'),
        ('\u{ab}', '\u{bb}'),
        ('\u{2018}', '\u{2019}'),
        ('\'', '\''),
    ];
    const LONGEST: usize = 100;
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut at = 0;
    // Every opening mark starts with one of these bytes: few in a message, found sixteen
    // bytes at a time.
    loop {
        at = crate::scan::find_any(bytes, at, [b'"', b'\'', 0xE2, 0xC2]);
        let Some(open) = text.get(at..).and_then(|t| t.chars().next()) else { break };
        let start = at + open.len_utf8();
        at = start;
        let Some(&(_, close)) = PAIRS.iter().find(|p| p.0 == open) else { continue };
        let apostrophe = matches!(open, '\'' | '\u{2018}');
        let word_on = |i: usize, back: bool| {
            let c = if back { text[..i].chars().next_back() } else { text[i..].chars().next() };
            c.is_some_and(char::is_alphanumeric)
        };
        if apostrophe && word_on(start - open.len_utf8(), true) {
            continue;
        }
        // Only as far as a quotation may run: an unclosed mark costs a hundred characters.
        let found = text[start..]
            .char_indices()
            .take(LONGEST + 1)
            .find(|&(i, c)| c == close && !(apostrophe && word_on(start + i + c.len_utf8(), false)));
        if let Some((len, c)) = found.filter(|&(len, _)| text[start..start + len].chars().count() >= 2) {
            out.push(Span::new(start, start + len));
            at = start + len + c.len_utf8();
        }
    }
    out
}

/// A possessive that addresses the reader, followed within four words of the same
/// sentence by a word that is (or, for German compounds, ends in) a reference noun.
fn possessive_references(doc: &Document<'_>, lang: Lang, classes: &[Class]) -> Vec<Span> {
    let nouns = lang.data().reference_nouns;
    let mut found = Vec::new();
    for (i, (w, c)) in doc.words.iter().zip(classes).enumerate() {
        // German "ihr" is "her" or "their" unless capitalised.
        if lang.of(*c) & lexicon::POSSESSIVE == 0 || (lang == Lang::De && doc.word_text(w).starts_with('i')) {
            continue;
        }
        let next = doc.words[i + 1..].iter().take(4).take_while(|n| n.sentence == w.sentence);
        for n in next {
            let word = doc.word_text(n);
            if nouns.iter().any(|noun| lang.names_noun(word, noun)) {
                found.push(Span::new(w.span.start, n.span.end));
                break;
            }
        }
    }
    found
}

/// Where `name` (a recipient's name, a company) is mentioned as whole words, if anywhere.
/// Only called with the few names the page supplies.
pub fn find_mention(doc: &Document<'_>, name: &str) -> Option<Span> {
    let needle = crate::text::normalise(name);
    let hay = doc.norm.as_str();
    let first = *needle.as_bytes().first()?;
    let bytes = hay.as_bytes();
    let whole = |s: usize| {
        bytes[s] == first && hay[s..].starts_with(&needle) && !crate::text::word_char_at(hay, s + needle.len())
    };
    let found = if needle.starts_with(char::is_alphanumeric) {
        // A name that starts with a letter starts a word: only those are compared.
        doc.words_from([first]).find(|&s| whole(s))
    } else {
        // The first byte of a UTF-8 character never occurs inside another, so every
        // candidate starts on a character boundary.
        (0..bytes.len()).find(|&s| bytes[s] == first && !crate::text::word_char_before(hay, s) && whole(s))
    };
    found.map(|s| doc.span_from_norm(s, s + needle.len()))
}

/// What the other person's last message holds that a reply is judged by, read once per
/// analysis of a reply (`value/pitch-in-reply` and `ask/unanswered` both need it).
#[derive(Debug, Default)]
pub struct Theirs {
    /// Short and asking for nothing — thanks, an acceptance, a greeting. "Send me your
    /// calendar" asks for the link, and a question may ask for the offer.
    pub courtesy: bool,
    /// Their first question, as they wrote it.
    pub question: Option<String>,
    /// The words that carry their questions' topic (four letters or more, no function
    /// word or pronoun), by [`stem`].
    pub topic: Vec<String>,
}

impl Theirs {
    pub fn read(text: &str, lang: Lang) -> Theirs {
        let doc = Document::new(text);
        let asks = crate::phrases::match_all(&doc, lang, None).any(List::CallToAction);
        let mut theirs = Theirs::default();
        let skip = lexicon::STOP | lexicon::SELF | lexicon::YOU | lexicon::YOU_CAPITALISED | lexicon::POSSESSIVE;
        for s in doc.sentences.iter().filter(|s| s.question) {
            theirs.question.get_or_insert_with(|| s.span.text(text).trim().to_string());
            for w in doc.sentence_words(s) {
                let class = lexicon::classify_in(text, w.span.start, w.span.end);
                let t = doc.word_text(w);
                if t.chars().count() >= 4 && (class[0] | class[1]) & skip == 0 {
                    theirs.topic.push(stem(t));
                }
            }
        }
        theirs.courtesy = doc.words.len() <= 40 && theirs.question.is_none() && !asks;
        theirs
    }
}

/// The first letters a word is compared by across two messages: enough to match
/// "reviews" with "review" and "Probeaufgaben" with "Probeaufgabe", not so many that an
/// inflection breaks it.
pub fn stem(word: &str) -> String {
    crate::text::normalise(word).chars().take(5).collect()
}
