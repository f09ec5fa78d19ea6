//! The text model: one pass over the message builds everything the rules read —
//! a normalised copy for phrase matching, words, sentences, paragraphs and questions.
//!
//! Words come from Unicode word segmentation (UAX #29). Sentences are split here rather
//! than by UAX #29, because UAX #29 breaks after "Dr. Müller" and "z. B. Sie", which are
//! everywhere in German business mail, and because a line break in a chat message ends a
//! thought ("Hallo Anna," on its own line is the greeting, not the start of a sentence).

use crate::scan;
use crate::span::Span;
use unicode_segmentation::UnicodeSegmentation;

#[derive(Debug, Clone, Copy)]
pub struct Word {
    pub span: Span,
    /// The first letter is upper case ("Sie", "Anna").
    pub capitalised: bool,
    /// Every letter is upper case and there are at least two ("SAP", "NOW").
    pub shouted: bool,
    /// Index into [`Document::sentences`].
    pub sentence: usize,
}

#[derive(Debug, Clone)]
pub struct Sentence {
    pub span: Span,
    /// Indices into [`Document::words`].
    pub words: std::ops::Range<usize>,
    pub question: bool,
}

#[derive(Debug, Clone)]
pub struct Paragraph {
    pub span: Span,
    /// Indices into [`Document::sentences`].
    pub sentences: std::ops::Range<usize>,
}

/// A message, segmented once.
#[derive(Debug)]
pub struct Document<'t> {
    pub text: &'t str,
    /// Lower-cased, diacritics and combining marks removed, typographic quotes and dashes
    /// folded, `ß` as `ss`, every run of whitespace as one space. Phrase lists are
    /// normalised the same way.
    pub norm: String,
    /// Where each byte of `norm` came from in `text`, sparsely: norm byte `n` came from text
    /// byte `t + (n - p)` for the last `(p, t)` with `p <= n`. Norm and text run in step
    /// through nearly all of a message (ASCII, single spaces), so a point is needed only
    /// where they part: at collapsed whitespace and folded characters.
    norm_map: Vec<(u32, u32)>,
    /// Where the text ends, trailing whitespace excluded: the end of a match that ends `norm`.
    norm_end: u32,
    /// The runs of letters and digits in `norm`, as byte ranges: where a phrase, a name or
    /// a link can start. Found once here for every rule that searches `norm`.
    pub norm_words: Vec<(u32, u32)>,
    /// The first byte of each of [`Document::norm_words`], side by side: a rule that looks
    /// for words by their first letter (links, names) finds them with [`Document::words_from`],
    /// sixteen at a time.
    norm_firsts: Vec<u8>,
    pub words: Vec<Word>,
    pub sentences: Vec<Sentence>,
    pub paragraphs: Vec<Paragraph>,
    /// Length in UTF-16 units: what `maxlength` and the sites' counters count.
    pub chars_utf16: usize,
}

/// Folds one character for matching; returns how it is written into the normalised text.
fn fold(c: char, out: &mut String) {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{2032}' | '`' | '\u{B4}' => out.push('\''),
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{AB}' | '\u{BB}' => out.push('"'),
        '\u{2010}'..='\u{2015}' | '\u{2212}' => out.push('-'),
        'ß' | 'ẞ' => out.push_str("ss"),
        'æ' | 'Æ' => out.push_str("ae"),
        'œ' | 'Œ' => out.push_str("oe"),
        // Combining marks go: "Zoe\u{308}" and "Zoë" must match, whichever way the
        // page or the keyboard composed them.
        '\u{300}'..='\u{36f}' => {}
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase().map(base_letter)),
    }
}

/// How [`fold`] writes each character from U+00C0 to U+00FF (the bytes 0xC3 0x80 to 0xC3
/// 0xBF), by its second byte: German's umlauts and ß, looked up instead of lower-cased and
/// matched one at a time.
fn latin1_folds() -> &'static [([u8; 2], usize); 64] {
    static FOLDS: std::sync::OnceLock<[([u8; 2], usize); 64]> = std::sync::OnceLock::new();
    FOLDS.get_or_init(|| {
        std::array::from_fn(|k| {
            let mut out = String::new();
            fold(char::from_u32(0xC0 + k as u32).unwrap_or(' '), &mut out);
            let mut bytes = [0; 2];
            let n = out.len().min(2);
            bytes[..n].copy_from_slice(&out.as_bytes()[..n]);
            (bytes, n)
        })
    })
}

/// A Latin letter without its diacritic ("ü" → "u", "é" → "e", "ł" → "l"), so that
/// matching does not depend on how a name or phrase was typed.
fn base_letter(c: char) -> char {
    match c {
        'à'..='å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'ď' | 'đ' => 'd',
        'è'..='ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ğ' => 'g',
        'ì'..='ï' | 'ī' | 'į' | 'ı' => 'i',
        'ł' => 'l',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò'..='ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ř' => 'r',
        'ś' | 'š' | 'ş' => 's',
        'ť' => 't',
        'ù'..='ü' | 'ū' | 'ů' | 'ű' | 'ų' => 'u',
        'ý' | 'ÿ' => 'y',
        'ź' | 'ż' | 'ž' => 'z',
        c => c,
    }
}

/// Whether every character of `word` is in Latin-1 (U+0000 to U+00FF): German words, and
/// most of any Western European language.
#[inline]
pub fn is_latin1(word: &str) -> bool {
    // A character beyond U+00FF starts with a byte above 0xC3.
    !word.bytes().any(|b| b > 0xC3)
}

/// `c.to_lowercase()` for a character of Latin-1, which is always one character: capitals
/// are 32 code points before their small letters. Unicode's tables, searched for every
/// letter, cost more than the rest of counting a German word's syllables.
#[inline]
pub fn latin1_lower(c: char) -> char {
    if c.is_ascii_uppercase() || (('\u{C0}'..='\u{DE}').contains(&c) && c != '\u{D7}') {
        char::from_u32(c as u32 + 32).unwrap_or(c)
    } else {
        c
    }
}

/// Normalises a phrase the same way message text is normalised.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalise_into(s, &mut out);
    out
}

/// [`normalise`], appended to `out`.
pub fn normalise_into(s: &str, out: &mut String) {
    let mut space = false;
    for c in s.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        fold(c, out);
    }
}

/// Where the run of letters and digits starting at `at` ends (`at` when none starts there).
#[inline]
pub fn alnum_end(s: &str, at: usize) -> usize {
    let bytes = s.as_bytes();
    let mut i = scan::alnum_end(bytes, at);
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            if !is_ascii_alnum(bytes[i]) {
                break;
            }
            i += 1;
        } else {
            match s[i..].chars().next() {
                Some(c) if c.is_alphanumeric() => i += c.len_utf8(),
                _ => break,
            }
        }
    }
    i
}

/// Whether a word is capitalised and whether it is shouted, when its bytes up to its
/// first lower-case letter are ASCII (nearly every word: it reads two bytes of "Hello");
/// `None` when a character beyond ASCII comes first.
#[inline]
fn ascii_case(word: &[u8]) -> Option<(bool, bool)> {
    let capitalised = word.first()?.is_ascii_uppercase();
    let mut upper = 0;
    for &b in word {
        if b.is_ascii_lowercase() {
            return Some((capitalised, false));
        }
        if b >= 0x80 {
            return None;
        }
        upper += usize::from(b.is_ascii_uppercase());
    }
    Some((capitalised, upper >= 2))
}

/// Writes out the runs of letters and digits of the sixteen bytes from `at`, given as the
/// bit mask `alnum`: a run starts and ends where the mask changes. `open` is the start of
/// a run that came into the block from before it, and is left as that of one going on
/// past it.
#[inline(always)]
fn push_runs(alnum: u16, at: usize, open: &mut Option<usize>, runs: &mut Vec<(u32, u32)>) {
    let mut edges = alnum ^ (alnum << 1 | u16::from(open.is_some()));
    while edges != 0 {
        let edge = at + edges.trailing_zeros() as usize;
        match open.take() {
            Some(start) => runs.push((start as u32, edge as u32)),
            None => *open = Some(edge),
        }
        edges &= edges - 1;
    }
}

/// Every run of letters and digits in `s`, as byte ranges.
fn alnum_runs(s: &str) -> Vec<(u32, u32)> {
    let bytes = s.as_bytes();
    let mut runs = Vec::with_capacity(s.len() / 5);
    let mut at = 0;
    // The start of a run that goes on past `at`.
    let mut open: Option<usize> = None;
    loop {
        // A block of ASCII: its runs start and end where its bit mask of letters and
        // digits changes, a count of trailing zeros each.
        if let Some(alnum) = scan::ascii_alnum_block(bytes, at) {
            push_runs(alnum, at, &mut open, &mut runs);
            at += 16;
            continue;
        }
        // Near a character beyond ASCII, or the end: one run at a time.
        if let Some(start) = open.take() {
            at = alnum_end(s, at);
            runs.push((start as u32, at as u32));
            continue;
        }
        at = scan::next_alnum_or_high(bytes, at);
        if at == bytes.len() {
            break;
        }
        let start = at;
        // Beyond ASCII, letters are Unicode's to say.
        at = alnum_end(s, at);
        if at > start {
            runs.push((start as u32, at as u32));
        } else {
            at += s[at..].chars().next().map_or(1, char::len_utf8);
        }
    }
    runs
}

/// Whether a letter or digit ends `s[..at]`: a match starting at `at` would begin mid-word.
pub fn word_char_before(s: &str, at: usize) -> bool {
    s[..at].chars().next_back().is_some_and(char::is_alphanumeric)
}

/// Whether a letter or digit starts `s[at..]`: a match ending at `at` would end mid-word.
pub fn word_char_at(s: &str, at: usize) -> bool {
    s[at..].chars().next().is_some_and(char::is_alphanumeric)
}

/// The words of `text` as UAX #29 finds them, as byte ranges.
///
/// Whitespace always separates words, so the text is read chunk by chunk between ASCII
/// whitespace. Most chunks are plain: ASCII letters and digits (and Latin-1 letters) with
/// punctuation around or between them that joins nothing ("Hi", "Anna,", "(Contoso)",
/// "and/or", "Grüße!"), and their words are simply the runs of letters and digits. A chunk
/// with anything else — a full stop, apostrophe, colon, comma, semicolon or underscore
/// between two runs ("don't", "z.B.", "3,5"), or any other character beyond ASCII — goes
/// to the unicode-segmentation crate with the whitespace before it, and its answer there is
/// its answer for the whole text. In WebAssembly the crate's table lookups cost more than
/// the rest of segmentation; a property test and the fuzz harness check that both agree.
///
/// A chunk's runs are written out as they are found and taken back if the chunk turns out
/// not to be plain, which is rare: no list of runs per chunk, no call per word. And most
/// of a message goes sixteen bytes at a time ([`scan::plain_word_block`]): in a block of
/// ASCII without `_` whose joining marks are each followed by whitespace, no chunk can be
/// anything but plain, and its words start and end where its mask of letters and digits
/// changes. A chunk that reaches a block that is not so is taken back and read again from
/// its start, byte by byte.
pub fn word_spans(text: &str) -> Vec<(u32, u32)> {
    let bytes = text.as_bytes();
    let mut words: Vec<(u32, u32)> = Vec::with_capacity(bytes.len() / 5 + 1);
    let mut at = 0;
    // Where the chunk in progress starts (or the whitespace before it), and the start of a
    // word that goes on past `at`.
    let mut chunk = 0;
    let mut open: Option<usize> = None;
    loop {
        if let Some((alnum, white)) = scan::plain_word_block(bytes, at) {
            push_runs(alnum, at, &mut open, &mut words);
            if white != 0 {
                chunk = at + 16 - white.leading_zeros() as usize;
            }
            at += 16;
            continue;
        }
        // Byte by byte, one chunk, from its start.
        open = None;
        while words.last().is_some_and(|&(start, _)| start as usize >= chunk) {
            words.pop();
        }
        let mut space = chunk;
        while space > 0 && bytes[space - 1].is_ascii_whitespace() {
            space -= 1;
        }
        at = scan::white_end(bytes, chunk);
        if at == bytes.len() {
            break;
        }
        let first = words.len();
        // Whether the chunk is plain so far, and whether a joining mark follows its last run.
        let (mut plain, mut joiner) = (true, false);
        while at < bytes.len() {
            let c = class(bytes[at]);
            if c & WHITE != 0 {
                break;
            }
            if c & ALNUM != 0 || latin1_letter(bytes, at) {
                let s = at;
                loop {
                    at = scan::alnum_end(bytes, at);
                    if !latin1_letter(bytes, at) {
                        break;
                    }
                    at += 2;
                }
                plain &= !joiner;
                words.push((s as u32, at as u32));
                continue;
            }
            plain &= c & BREAKS_PLAIN == 0;
            joiner |= c & JOINER != 0 && words.len() > first;
            at += 1;
        }
        if !plain {
            words.truncate(first);
            // With the whitespace before it: a combining mark right after a space
            // belongs to the space, and if the mark is a letter, so does the word. That
            // whitespace begins with any non-ASCII spaces ending the previous chunk
            // ("a\u{3000} \u{345}"): UAX #29 keeps a run of spaces together.
            while let Some(c) = text[..space].chars().next_back().filter(|c| c.is_whitespace()) {
                space -= c.len_utf8();
            }
            for (i, w) in text[space..at].unicode_word_indices() {
                words.push(((space + i) as u32, (space + i + w.len()) as u32));
            }
        }
        chunk = at;
        if at == bytes.len() {
            break;
        }
    }
    words
}

/// Whether a letter of Latin-1 (U+00C0 to U+00FF, but for × and ÷) starts at `at`: "ä",
/// "ß", "é". UAX #29 joins them with ASCII letters and digits exactly as it joins those,
/// so a chunk of them is as plain as ASCII — and German is full of them.
#[inline(always)]
fn latin1_letter(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&0xC3)
        && bytes.get(at + 1).is_some_and(|&b| (0x80..=0xBF).contains(&b) && b != 0x97 && b != 0xB7)
}

// What a byte is, for the scans over bytes: one table load instead of a chain of compares.
const WHITE: u8 = 1;
const ALNUM: u8 = 2;
/// Joins two runs of letters or digits into one word: `.` `'` `:` `,` `;`.
const JOINER: u8 = 4;
/// Makes a chunk more than runs and punctuation: `_` and every non-ASCII byte.
const BREAKS_PLAIN: u8 = 8;
/// Matters to sentence splitting: a line break, `.` `!` `?`, or a non-ASCII byte.
const SENTENCE: u8 = 16;
/// Goes into the normalised text as it is, but lower-case: ASCII other than whitespace
/// (and vertical tab) and the backtick, which is folded into an apostrophe.
const NORM_AS_IS: u8 = 32;

static CLASSES: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            WHITE
        } else if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b'.' | b'\'' | b':' | b',' | b';') {
            JOINER
        } else if c == b'_' || c >= 0x80 {
            BREAKS_PLAIN
        } else {
            0
        };
        if matches!(c, b'\n' | b'.' | b'!' | b'?') || c >= 0x80 {
            t[b] |= SENTENCE;
        }
        if c < 0x80 && !c.is_ascii_whitespace() && c != 0x0b && c != b'`' {
            t[b] |= NORM_AS_IS;
        }
        b += 1;
    }
    t
};

#[inline(always)]
fn class(b: u8) -> u8 {
    CLASSES[b as usize]
}

/// `b.is_ascii_alphanumeric()`, by one table load.
#[inline(always)]
pub fn is_ascii_alnum(b: u8) -> bool {
    class(b) & ALNUM != 0
}

/// [`word_spans`], as `unicode_word_indices` gives them.
pub fn word_indices(text: &str) -> Vec<(usize, &str)> {
    word_spans(text).into_iter().map(|(s, e)| (s as usize, &text[s as usize..e as usize])).collect()
}

/// Length of the sentence-ending mark at the start of `b` (`.`, `!`, `?`, `…`), or 0.
fn terminal_len(b: &[u8]) -> usize {
    match b.first() {
        Some(b'.' | b'!' | b'?') => 1,
        Some(0xE2) if b.starts_with("…".as_bytes()) => 3,
        _ => 0,
    }
}

/// Length of a closing quote or bracket at the start of `b`, or 0.
fn closing_len(b: &[u8]) -> usize {
    match b.first() {
        Some(b'"' | b'\'' | b')') => 1,
        Some(0xC2) if b.starts_with("»".as_bytes()) => 2,
        Some(0xE2) if ["“", "”", "’"].iter().any(|q| b.starts_with(q.as_bytes())) => 3,
        _ => 0,
    }
}

/// Abbreviations after which a full stop does not end a sentence (normalised, without the
/// final dot). Kept here because they are about segmentation, not advice.
const ABBREVIATIONS: &[&str] = &[
    "bzw", "ca", "d.h", "dipl", "dr", "e.g", "etc", "evtl", "ggf", "i.e", "ing", "inkl", "jr", "mr", "mrs", "ms", "nr",
    "prof", "s", "sr", "st", "u.a", "usw", "vgl", "vs", "z.b", "z.t",
];

/// The normalised text (see [`Document::norm`]), where it came from (see
/// [`Document::norm_map`]), where the text ends without trailing whitespace, and the
/// text's length in UTF-16 units.
fn normalise_text(text: &str) -> (String, Vec<(u32, u32)>, u32, usize) {
    let bytes = text.as_bytes();
    let mut norm: Vec<u8> = Vec::with_capacity(text.len() + 8);
    let mut map: Vec<(u32, u32)> = Vec::with_capacity(16);
    // Records that norm byte `n` came from text byte `t`, unless the last point says so.
    let mark = |map: &mut Vec<(u32, u32)>, n: usize, t: usize| {
        if map.last().is_none_or(|&(p, q)| q as usize + (n - p as usize) != t) {
            map.push((n as u32, t as u32));
        }
    };
    let mut pending_space: Option<usize> = None;
    let mut chars_utf16 = 0;
    let mut folded = String::new();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if class(b) & NORM_AS_IS != 0 {
            if let Some(at) = pending_space.take()
                && !norm.is_empty()
            {
                mark(&mut map, norm.len(), at);
                norm.push(b' ');
            }
            // Copy the whole run of plain ASCII at once, single spaces between words
            // included: they stay as they are too, and a run per word cost more than
            // copying the run.
            let end = scan::as_is_run_end(bytes, i + 1);
            mark(&mut map, norm.len(), i);
            norm.extend(bytes[i..end].iter().map(u8::to_ascii_lowercase));
            chars_utf16 += end - i;
            i = end;
            continue;
        }
        // A letter of Latin-1's upper half ("ü", "ß", "É"): folded by table. None of them is
        // whitespace.
        if b == 0xC3
            && let Some(&second) = bytes.get(i + 1)
            && (0x80..0xC0).contains(&second)
        {
            if let Some(at) = pending_space.take()
                && !norm.is_empty()
            {
                mark(&mut map, norm.len(), at);
                norm.push(b' ');
            }
            let (out, n) = latin1_folds()[usize::from(second - 0x80)];
            for k in 0..n {
                mark(&mut map, norm.len() + k, i);
            }
            norm.extend_from_slice(&out[..n]);
            chars_utf16 += 1;
            i += 2;
            continue;
        }
        let (c, len) =
            if b < 0x80 { (b as char, 1) } else { text[i..].chars().next().map_or((' ', 1), |c| (c, c.len_utf8())) };
        chars_utf16 += c.len_utf16();
        if b == 0x0b || c.is_whitespace() {
            pending_space.get_or_insert(i);
            i += len;
            continue;
        }
        if let Some(at) = pending_space.take()
            && !norm.is_empty()
        {
            mark(&mut map, norm.len(), at);
            norm.push(b' ');
        }
        folded.clear();
        fold(c, &mut folded);
        // Every byte written for the character comes from its first.
        for k in 0..folded.len() {
            mark(&mut map, norm.len() + k, i);
        }
        norm.extend_from_slice(folded.as_bytes());
        i += len;
    }
    if map.is_empty() {
        map.push((0, 0));
    }
    let end = pending_space.unwrap_or(text.len()) as u32;
    // Built from whole characters and their lower-case forms: always UTF-8.
    (String::from_utf8(norm).unwrap_or_default(), map, end, chars_utf16)
}

impl<'t> Document<'t> {
    pub fn new(text: &'t str) -> Self {
        let (norm, norm_map, norm_end, chars_utf16) = normalise_text(text);
        let norm_words = alnum_runs(&norm);
        let norm_firsts = norm_words.iter().map(|&(s, _)| norm.as_bytes()[s as usize]).collect();
        let mut doc = Document {
            text,
            norm,
            norm_map,
            norm_end,
            norm_words,
            norm_firsts,
            words: Vec::new(),
            sentences: Vec::new(),
            paragraphs: Vec::new(),
            chars_utf16,
        };
        doc.segment();
        doc
    }

    /// Where in [`Document::norm`] the words that start with one of the bytes `firsts`
    /// start, in order.
    pub fn words_from<const N: usize>(&self, firsts: [u8; N]) -> impl Iterator<Item = usize> + '_ {
        let mut k = 0;
        std::iter::from_fn(move || {
            k = scan::find_any(&self.norm_firsts, k, firsts);
            let &(start, _) = self.norm_words.get(k)?;
            k += 1;
            Some(start as usize)
        })
    }

    /// The byte of `text` that byte `n` of `norm` came from; for `n` at or past the end of
    /// `norm`, where the text ends (trailing whitespace excluded).
    pub fn text_at(&self, n: usize) -> usize {
        if n >= self.norm.len() {
            return self.norm_end as usize;
        }
        let k = self.norm_map.partition_point(|&(p, _)| p as usize <= n);
        let (p, t) = self.norm_map[k - 1];
        t as usize + (n - p as usize)
    }

    /// Maps a byte range of [`Document::norm`] back to the message text.
    pub fn span_from_norm(&self, start: usize, end: usize) -> Span {
        let s = self.text_at(start);
        // The end is where the character after the match came from; for a match that
        // ends the text, the end of the text (trailing whitespace excluded).
        let e = self.text_at(end).max(s);
        // Trim whitespace the collapsed space may have pulled in.
        let trimmed = self.text[s..e].trim_end();
        Span::new(s, s + trimmed.len())
    }

    fn segment(&mut self) {
        let text = self.text;
        // Sentences first, then words are assigned to them.
        let sentences = sentence_spans(text);
        let words = words_in(text, &sentences);
        let mut out = Vec::with_capacity(sentences.len());
        let mut wi = 0;
        for (k, span) in sentences.iter().enumerate() {
            let first = wi;
            while wi < words.len() && words[wi].sentence == k {
                wi += 1;
            }
            let body = text[span.start..span.end].trim_end_matches(['"', '\'', ')', '»', '“', '”', '’']);
            out.push(Sentence { span: *span, words: first..wi, question: body.ends_with('?') });
        }

        // Paragraphs: separated by a line break. In a chat composer one Enter is how people
        // start a new paragraph; a blank line is the exception.
        let mut paragraphs = Vec::new();
        let mut p_first = 0;
        for k in 0..out.len() {
            let ends_paragraph = match out.get(k + 1) {
                None => true,
                Some(next) => text[out[k].span.end..next.span.start].contains('\n'),
            };
            if ends_paragraph {
                paragraphs.push(Paragraph {
                    span: Span::new(out[p_first].span.start, out[k].span.end),
                    sentences: p_first..k + 1,
                });
                p_first = k + 1;
            }
        }
        self.words = words;
        self.sentences = out;
        self.paragraphs = paragraphs;
    }

    /// The sentence that contains byte `at`, if any (binary search).
    pub fn sentence_at(&self, at: usize) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.span.end <= at);
        self.sentences.get(i).filter(|s| s.span.start <= at).map(|_| i)
    }

    /// For each sentence, whether one of `spans` lies inside it. Linear in both.
    pub fn sentences_holding(&self, spans: &[Span]) -> Vec<bool> {
        let mut marks = vec![false; self.sentences.len()];
        for s in spans {
            if let Some(i) = self.sentence_at(s.start).filter(|&i| self.sentences[i].span.contains(*s)) {
                marks[i] = true;
            }
        }
        marks
    }

    pub fn word_text(&self, w: &Word) -> &'t str {
        w.span.text(self.text)
    }

    pub fn sentence_words(&self, s: &Sentence) -> &[Word] {
        &self.words[s.words.clone()]
    }

    /// The opening of the message: its first line, which is where a greeting lives.
    pub fn opening(&self) -> Option<&Sentence> {
        self.sentences.first()
    }
}

/// The sentences of `text`, trimmed. Only a handful of bytes matter here (line breaks and
/// terminal punctuation), so this walks bytes.
fn sentence_spans(text: &str) -> Vec<Span> {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut start: Option<usize> = None;
    let mut sentences: Vec<Span> = Vec::new();
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        // Inside a sentence, plain ASCII other than a line break or a terminal mark
        // changes nothing: skip it sixteen bytes at a time.
        if start.is_some() && class(b) & SENTENCE == 0 {
            i = scan::next_sentence_mark(bytes, i + 1);
            continue;
        }
        if b == b'\n' {
            if let Some(s) = start.take() {
                sentences.push(Span::new(s, i));
            }
            i += 1;
            continue;
        }
        if b >= 0x80 {
            // Whole characters only: a continuation byte must never start a span.
            let c = text[i..].chars().next().unwrap_or(' ');
            if start.is_none() && !c.is_whitespace() {
                start = Some(i);
            }
            if c != '…' {
                i += c.len_utf8();
                continue;
            }
        } else if start.is_none() && !b.is_ascii_whitespace() {
            start = Some(i);
        }
        let terminal = terminal_len(&bytes[i..]);
        if terminal == 0 {
            i += 1;
            continue;
        }
        // Take the whole run of terminal punctuation and closing quotes.
        let mut end = i + terminal;
        loop {
            let more = terminal_len(&bytes[end..]).max(closing_len(&bytes[end..]));
            if more == 0 {
                break;
            }
            end += more;
        }
        let at_break = end >= n
            || bytes[end].is_ascii_whitespace()
            || (bytes[end] >= 0x80 && text[end..].starts_with(char::is_whitespace));
        if at_break
            && !(b == b'.' && dot_continues(text, start.unwrap_or(0), i))
            && let Some(s) = start.take()
        {
            sentences.push(Span::new(s, end));
        }
        i = end;
    }
    if let Some(s) = start {
        sentences.push(Span::new(s, text.len()));
    }
    for s in &mut sentences {
        let t = text[s.start..s.end].trim_end();
        s.end = s.start + t.len();
    }
    sentences.retain(|s| !s.is_empty());

    sentences
}

/// The words of `text`, each with its case and the sentence it is in.
fn words_in(text: &str, sentences: &[Span]) -> Vec<Word> {
    let spans = word_spans(text);
    let mut words = Vec::with_capacity(spans.len());
    let mut si = 0;
    for (i, end) in spans.into_iter().map(|(s, e)| (s as usize, e as usize)) {
        let w = &text[i..end];
        while si + 1 < sentences.len() && sentences[si].end <= i {
            si += 1;
        }
        let (capitalised, shouted) = if let Some(case) = ascii_case(w.as_bytes()) {
            case
        } else {
            let (mut letters, mut upper) = (0, 0);
            for c in w.chars().filter(|c| c.is_alphabetic()) {
                letters += 1;
                upper += usize::from(c.is_uppercase());
            }
            (w.chars().next().is_some_and(char::is_uppercase), letters >= 2 && upper == letters)
        };
        words.push(Word { span: Span::new(i, end), capitalised, shouted, sentence: si });
    }
    words
}

/// Whether the full stop at `dot` belongs to an abbreviation or an ordinal ("3. Mai").
fn dot_continues(text: &str, sentence_start: usize, dot: usize) -> bool {
    let before = &text[sentence_start..dot];
    let token = before.rsplit(char::is_whitespace).next().unwrap_or("");
    if token.is_empty() {
        return false;
    }
    if token.len() <= 2 && token.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    // A single letter before a full stop is an initial or half of "z. B.", "d. h.",
    // "u. a." written with a space — not the end of a sentence.
    if token.chars().count() == 1 && token.chars().all(char::is_alphabetic) {
        return true;
    }
    // Every abbreviation is short; most words before a full stop are not.
    if token.len() > 6 {
        return false;
    }
    if token.is_ascii() {
        // Normalised on the stack, as `normalise` would (lower case, the backtick an
        // apostrophe): there is one of these per full stop.
        let mut buf = [0u8; 6];
        for (b, &c) in buf.iter_mut().zip(token.as_bytes()) {
            *b = if c == b'`' { b'\'' } else { c.to_ascii_lowercase() };
        }
        let lower = std::str::from_utf8(&buf[..token.len()]).unwrap_or_default();
        return ABBREVIATIONS.binary_search(&lower.trim_start_matches(['(', '"', '\''])).is_ok();
    }
    let lower = normalise(token);
    let lower = lower.trim_start_matches(['(', '"', '\'']);
    ABBREVIATIONS.binary_search(&lower).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_folds_are_folds() {
        for (k, &(bytes, n)) in latin1_folds().iter().enumerate() {
            let mut out = String::new();
            fold(char::from_u32(0xC0 + k as u32).unwrap(), &mut out);
            assert_eq!(out.as_bytes(), &bytes[..n]);
        }
    }

    #[test]
    fn latin1_lower_case_is_unicode_lower_case() {
        for c in (0..=0xFF).filter_map(char::from_u32) {
            assert_eq!(c.to_lowercase().collect::<Vec<_>>(), [latin1_lower(c)], "{c:?}");
            assert!(is_latin1(c.encode_utf8(&mut [0; 4])));
        }
        assert!(!is_latin1("Łódź") && !is_latin1("İ") && is_latin1("Grüße, Æsop"));
    }

    #[test]
    fn abbreviations_are_sorted_for_binary_search() {
        assert!(ABBREVIATIONS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn sentences_respect_german_abbreviations_and_lines() {
        let d = Document::new("Hallo Frau Dr. Weber,\nich habe z.B. am 3. Mai Ihren Vortrag gesehen. Hätten Sie Zeit?");
        let s: Vec<&str> = d.sentences.iter().map(|s| s.span.text(d.text)).collect();
        assert_eq!(s, ["Hallo Frau Dr. Weber,", "ich habe z.B. am 3. Mai Ihren Vortrag gesehen.", "Hätten Sie Zeit?"]);
        assert!(d.sentences[2].question);
        assert!(!d.sentences[1].question);
    }

    #[test]
    fn abbreviations_are_found_however_they_are_written() {
        for token in
            ["Dr", "dR", "(z.B", "`dr", "\"usw", "'Ca", "USW", "ggf", "Mrs", "word", "(\"vgl", "Müll", "É", "12"]
        {
            let text = format!("{token}.");
            // The reference: the whole token normalised, as for any phrase.
            let lower = normalise(token);
            let listed = ABBREVIATIONS.binary_search(&lower.trim_start_matches(['(', '"', '\''])).is_ok();
            let expected = listed
                || (token.len() <= 2 && token.bytes().all(|b| b.is_ascii_digit()))
                || (token.chars().count() == 1 && token.chars().all(char::is_alphabetic));
            assert_eq!(dot_continues(&text, 0, token.len()), expected, "{token}");
        }
    }

    #[test]
    fn abbreviations_with_spaces_do_not_end_sentences() {
        let d = Document::new("Ich nutze z. B. Rust, d. h. Sie auch. Danke!");
        assert_eq!(d.sentences.len(), 2, "{:?}", d.sentences.iter().map(|s| s.span.text(d.text)).collect::<Vec<_>>());
    }

    #[test]
    fn paragraphs_split_on_line_breaks() {
        let d = Document::new("Hi Anna,\n\nOne. Two.\nThanks,\nBen");
        assert_eq!(d.paragraphs.len(), 4);
        assert_eq!(d.paragraphs[1].span.text(d.text), "One. Two.");
    }

    #[test]
    fn normalised_matches_map_back_to_the_original() {
        let d = Document::new("Ich  bin auf Ihr Profil  GESTOSSEN – und Grüße!");
        let needle = normalise("ihr profil gestoßen");
        let at = d.norm.find(&needle).unwrap();
        let span = d.span_from_norm(at, at + needle.len());
        assert_eq!(span.text(d.text), "Ihr Profil  GESTOSSEN");
        let needle = normalise("grüße");
        let at = d.norm.find(&needle).unwrap();
        assert_eq!(d.span_from_norm(at, at + needle.len()).text(d.text), "Grüße");
    }

    #[test]
    fn words_are_those_of_uax29() {
        let texts = [
            "Hi Anna, don't worry: z.B. 3,5 or 3.5 or e.g. U.S.A. — a_b (and/or) #tag @you x@y.com!",
            "Grüße aus Köln,\nich hätte 15 Min. Zeit. Ça va? 👋🏽 Zoë\u{301}s co-founder's 1:1 ½",
            "\u{301}abc \u{200d}😀 a\u{ad}b 'quoted' \"q\" https://calendly.com/ben/15min?x=1&y=2",
            "a\u{3000} \u{345} x\u{3000}\u{2003} \u{10efc}y",
        ];
        for t in texts {
            let ours = word_indices(t);
            let theirs: Vec<_> = t.unicode_word_indices().collect();
            assert_eq!(ours, theirs, "{t}");
        }
    }

    #[test]
    fn words_know_their_sentence_and_case() {
        let d = Document::new("Hi ANNA. Wie geht's?");
        assert_eq!(d.words.len(), 4);
        assert!(d.words[1].shouted);
        assert_eq!(d.words[2].sentence, 1);
        assert!(d.words[2].capitalised);
    }
}
