//! The normalised copy of a message that phrases and patterns match: lower case,
//! diacritics and combining marks gone, typographic signs folded, "ß" as "ss",
//! whitespace collapsed, and where each of its bytes came from.

use super::*;

/// Folds one character for matching; returns how it is written into the normalised text.
pub(super) fn fold(c: char, out: &mut String) {
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
        // What a display hides goes too: zero-width and other format characters (soft
        // hyphen, joiners, direction marks and overrides, the byte-order mark), so that
        // "would\u{FEFF} love to connect" is still the phrase it shows.
        '\u{AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => {}
        // And letters and digits dressed up as mathematical or fullwidth forms ("𝐇𝐢 there",
        // "ｈｉ") read as the plain ones they show. The mathematical letters run in blocks of
        // 52 (A–Z, a–z) per style, the digits in blocks of ten.
        '\u{FF01}'..='\u{FF5E}' => fold(char::from_u32(c as u32 - 0xFEE0).unwrap_or(c), out),
        '\u{1D400}'..='\u{1D6A3}' => out.push(char::from(b'a' + ((c as u32 - 0x1D400) % 52 % 26) as u8)),
        '\u{1D7CE}'..='\u{1D7FF}' => out.push(char::from(b'0' + ((c as u32 - 0x1D7CE) % 10) as u8)),
        c if c.is_ascii() => out.push(c.to_ascii_lowercase()),
        c => out.extend(c.to_lowercase().map(base_letter)),
    }
}

/// How [`fold`] writes each character from U+00C0 to U+00FF (the bytes 0xC3 0x80 to 0xC3
/// 0xBF), by its second byte: German's umlauts and ß, looked up instead of lower-cased and
/// matched one at a time.
pub(super) fn latin1_folds() -> &'static [([u8; 2], usize); 64] {
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
pub(super) fn base_letter(c: char) -> char {
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

/// The normalised text (see [`Document::norm`]), where it came from (see
/// [`Document::norm_map`]), where the text ends without trailing whitespace, and the
/// text's length in UTF-16 units.
pub(super) fn normalise_text(text: &str) -> (String, Vec<(u32, u32)>, u32, usize) {
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
