//! Words: runs of letters and digits in the normalised copy, and the words of the
//! message itself, read sixteen bytes at a time where they are plain and by UAX #29
//! where they are not.

use super::*;

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
pub(super) fn ascii_case(word: &[u8]) -> Option<(bool, bool)> {
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
pub(super) fn push_runs(alnum: u16, at: usize, open: &mut Option<usize>, runs: &mut Vec<(u32, u32)>) {
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
pub(super) fn alnum_runs(s: &str) -> Vec<(u32, u32)> {
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
pub(super) fn latin1_letter(bytes: &[u8], at: usize) -> bool {
    bytes.get(at) == Some(&0xC3)
        && bytes.get(at + 1).is_some_and(|&b| (0x80..=0xBF).contains(&b) && b != 0x97 && b != 0xB7)
}

/// [`word_spans`], as `unicode_word_indices` gives them.
pub fn word_indices(text: &str) -> Vec<(usize, &str)> {
    word_spans(text).into_iter().map(|(s, e)| (s as usize, &text[s as usize..e as usize])).collect()
}

/// The words of `text`, each with its case and the sentence it is in.
pub(super) fn words_in(text: &str, sentences: &[Span]) -> Vec<Word> {
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
