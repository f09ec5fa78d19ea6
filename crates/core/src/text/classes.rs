//! What a byte is, for the scans over bytes: one table shared by normalising, word
//! splitting and sentence splitting.

// What a byte is, for the scans over bytes: one table load instead of a chain of compares.
pub(super) const WHITE: u8 = 1;
pub(super) const ALNUM: u8 = 2;
/// Joins two runs of letters or digits into one word: `.` `'` `:` `,` `;`.
pub(super) const JOINER: u8 = 4;
/// Makes a chunk more than runs and punctuation: `_` and every non-ASCII byte.
pub(super) const BREAKS_PLAIN: u8 = 8;
/// Matters to sentence splitting: a line break, `.` `!` `?`, or a non-ASCII byte.
pub(super) const SENTENCE: u8 = 16;
/// Goes into the normalised text as it is, but lower-case: ASCII other than whitespace
/// (and vertical tab) and the backtick, which is folded into an apostrophe.
pub(super) const NORM_AS_IS: u8 = 32;

pub(super) static CLASSES: [u8; 256] = {
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
pub(super) fn class(b: u8) -> u8 {
    CLASSES[b as usize]
}

/// `b.is_ascii_alphanumeric()`, by one table load.
#[inline(always)]
pub fn is_ascii_alnum(b: u8) -> bool {
    class(b) & ALNUM != 0
}
