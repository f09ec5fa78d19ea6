//! Byte scans sixteen bytes at a time: where the next byte of some kind is.
//!
//! Segmenting a message is mostly finding where runs end — of letters, of whitespace, of
//! plain text inside a sentence. Byte by byte, every run ends in a mispredicted branch,
//! and in WebAssembly such a loop cost about 3 ns a byte (5.5 µs to copy an InMail's plain
//! runs into the normalised text; 1.9 µs this way). Here one vector compare answers for
//! sixteen bytes and the first hit is a count of trailing zeros.
//!
//! Three implementations of one small set of operations: WebAssembly SIMD (the build
//! enables `simd128`), SSE2 on x86-64 (every such CPU has it: native tests and the CLI),
//! and plain bytes elsewhere. Property tests hold every scan to its byte-by-byte meaning
//! and every vector operation to the plain one; the WASM boundary tests run the scans in
//! WebAssembly against the same readings.

/// Sixteen bytes, as the target's vector.
#[derive(Clone, Copy)]
struct Block(imp::V);

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod imp {
    use core::arch::wasm32::*;
    pub type V = v128;

    #[inline(always)]
    pub fn load(b: &[u8; 16]) -> V {
        // SAFETY: 16 readable bytes; v128_load needs no alignment.
        unsafe { v128_load(b.as_ptr().cast()) }
    }
    #[inline(always)]
    pub fn eq(v: V, c: u8) -> V {
        u8x16_eq(v, u8x16_splat(c))
    }
    /// Unsigned `lo <= v <= hi`, per byte.
    #[inline(always)]
    pub fn within(v: V, lo: u8, hi: u8) -> V {
        v128_and(u8x16_ge(v, u8x16_splat(lo)), u8x16_le(v, u8x16_splat(hi)))
    }
    #[inline(always)]
    pub fn or(a: V, b: V) -> V {
        v128_or(a, b)
    }
    #[inline(always)]
    pub fn or_bits(v: V, c: u8) -> V {
        v128_or(v, u8x16_splat(c))
    }
    #[inline(always)]
    pub fn mask(v: V) -> u16 {
        u8x16_bitmask(v)
    }
    #[inline(always)]
    pub fn and(a: V, b: V) -> V {
        v128_and(a, b)
    }
    #[inline(always)]
    pub fn add(v: V, c: V) -> V {
        u8x16_add(v, c)
    }
    #[inline(always)]
    pub fn splat(c: u8) -> V {
        u8x16_splat(c)
    }
    #[inline(always)]
    pub fn index() -> V {
        u8x16(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)
    }
    #[inline(always)]
    pub fn halves(v: V) -> (u64, u64) {
        (u64x2_extract_lane::<0>(v), u64x2_extract_lane::<1>(v))
    }
}

#[cfg(all(target_arch = "x86_64", not(all(target_arch = "wasm32", target_feature = "simd128"))))]
mod imp {
    use core::arch::x86_64::*;
    pub type V = __m128i;

    // SAFETY (all below): SSE2 is part of x86-64; loads are unaligned loads of 16 bytes.
    #[inline(always)]
    pub fn load(b: &[u8; 16]) -> V {
        unsafe { _mm_loadu_si128(b.as_ptr().cast()) }
    }
    #[inline(always)]
    pub fn eq(v: V, c: u8) -> V {
        unsafe { _mm_cmpeq_epi8(v, _mm_set1_epi8(c as i8)) }
    }
    /// Unsigned `lo <= v <= hi`, per byte: `v - lo` (wrapping) at most `hi - lo`.
    #[inline(always)]
    pub fn within(v: V, lo: u8, hi: u8) -> V {
        unsafe {
            let d = _mm_sub_epi8(v, _mm_set1_epi8(lo as i8));
            _mm_cmpeq_epi8(_mm_min_epu8(d, _mm_set1_epi8((hi - lo) as i8)), d)
        }
    }
    #[inline(always)]
    pub fn or(a: V, b: V) -> V {
        unsafe { _mm_or_si128(a, b) }
    }
    #[inline(always)]
    pub fn or_bits(v: V, c: u8) -> V {
        unsafe { _mm_or_si128(v, _mm_set1_epi8(c as i8)) }
    }
    #[inline(always)]
    pub fn mask(v: V) -> u16 {
        unsafe { _mm_movemask_epi8(v) as u16 }
    }
    #[inline(always)]
    pub fn and(a: V, b: V) -> V {
        unsafe { _mm_and_si128(a, b) }
    }
    #[inline(always)]
    pub fn add(v: V, c: V) -> V {
        unsafe { _mm_add_epi8(v, c) }
    }
    #[inline(always)]
    pub fn splat(c: u8) -> V {
        unsafe { _mm_set1_epi8(c as i8) }
    }
    #[inline(always)]
    pub fn index() -> V {
        unsafe { _mm_setr_epi8(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15) }
    }
    #[inline(always)]
    pub fn halves(v: V) -> (u64, u64) {
        unsafe { (_mm_cvtsi128_si64(v) as u64, _mm_cvtsi128_si64(_mm_unpackhi_epi64(v, v)) as u64) }
    }
}

#[cfg(not(any(target_arch = "x86_64", all(target_arch = "wasm32", target_feature = "simd128"))))]
use plain as imp;

/// The operations on plain bytes: what the vector ones mean, and what runs where there
/// are none. Compiled for the tests everywhere, which hold the vector ones to it.
#[cfg(any(test, not(any(target_arch = "x86_64", all(target_arch = "wasm32", target_feature = "simd128")))))]
#[allow(dead_code)]
mod plain {
    pub type V = [u8; 16];

    #[inline(always)]
    fn each(v: V, f: impl Fn(u8) -> bool) -> V {
        v.map(|b| if f(b) { 0xFF } else { 0 })
    }
    #[inline(always)]
    pub fn load(b: &[u8; 16]) -> V {
        *b
    }
    #[inline(always)]
    pub fn eq(v: V, c: u8) -> V {
        each(v, |b| b == c)
    }
    #[inline(always)]
    pub fn within(v: V, lo: u8, hi: u8) -> V {
        each(v, |b| (lo..=hi).contains(&b))
    }
    #[inline(always)]
    pub fn or(a: V, b: V) -> V {
        std::array::from_fn(|i| a[i] | b[i])
    }
    #[inline(always)]
    pub fn or_bits(v: V, c: u8) -> V {
        v.map(|b| b | c)
    }
    #[inline(always)]
    pub fn mask(v: V) -> u16 {
        v.iter().enumerate().fold(0, |m, (i, &b)| m | u16::from(b >> 7) << i)
    }
    #[inline(always)]
    pub fn and(a: V, b: V) -> V {
        std::array::from_fn(|i| a[i] & b[i])
    }
    #[inline(always)]
    pub fn add(v: V, c: V) -> V {
        std::array::from_fn(|i| v[i].wrapping_add(c[i]))
    }
    #[inline(always)]
    pub fn splat(c: u8) -> V {
        [c; 16]
    }
    #[inline(always)]
    pub fn index() -> V {
        std::array::from_fn(|i| i as u8)
    }
    #[inline(always)]
    pub fn halves(v: V) -> (u64, u64) {
        let (lo, hi) = v.split_at(8);
        (u64::from_le_bytes(lo.try_into().unwrap_or_default()), u64::from_le_bytes(hi.try_into().unwrap_or_default()))
    }
}

impl Block {
    /// The sixteen bytes from `at`, when there are that many.
    #[inline(always)]
    fn at(bytes: &[u8], at: usize) -> Option<Block> {
        let b: &[u8; 16] = bytes.get(at..at + 16)?.try_into().ok()?;
        Some(Block(imp::load(b)))
    }

    /// ASCII letters and digits.
    #[inline(always)]
    fn alnum(self) -> u16 {
        let v = self.0;
        // A letter is lower case once 0x20 is set; nothing else lands in a–z that way.
        imp::mask(imp::or(imp::within(v, b'0', b'9'), imp::within(imp::or_bits(v, 0x20), b'a', b'z')))
    }

    /// ASCII whitespace as `u8::is_ascii_whitespace` has it: tab, line feed, form feed,
    /// carriage return, space (not the vertical tab).
    #[inline(always)]
    fn white(self) -> u16 {
        let v = self.0;
        imp::mask(imp::or(imp::eq(v, b' '), imp::or(imp::within(v, b'\t', b'\n'), imp::within(v, 0x0C, b'\r'))))
    }

    /// Bytes beyond ASCII.
    #[inline(always)]
    fn high(self) -> u16 {
        imp::mask(self.0)
    }

    /// What ends a sentence or may: a line break, `.` `!` `?`, or a byte beyond ASCII.
    #[inline(always)]
    fn sentence_marks(self) -> u16 {
        let v = self.0;
        imp::mask(imp::or(imp::or(imp::eq(v, b'\n'), imp::eq(v, b'.')), imp::or(imp::eq(v, b'!'), imp::eq(v, b'?'))))
            | self.high()
    }

    /// What the normalised text cannot copy as it is (see `NORM_AS_IS` in text/classes.rs): ASCII
    /// whitespace and the vertical tab, the backtick, and bytes beyond ASCII.
    #[inline(always)]
    fn not_as_is(self) -> u16 {
        let v = self.0;
        imp::mask(imp::or(imp::or(imp::eq(v, b' '), imp::within(v, b'\t', b'\r')), imp::eq(v, b'`'))) | self.high()
    }

    /// UTF-8 continuation bytes: every byte of a character but its first.
    #[inline(always)]
    fn continuation(self) -> u16 {
        imp::mask(imp::within(self.0, 0x80, 0xBF))
    }

    /// The first bytes of four-byte characters, which UTF-16 writes as two units.
    #[inline(always)]
    fn four_byte_leads(self) -> u16 {
        imp::mask(imp::within(self.0, 0xF0, 0xFF))
    }

    #[inline(always)]
    fn spaces(self) -> u16 {
        imp::mask(imp::eq(self.0, b' '))
    }
}

/// How many UTF-16 units the UTF-8 `bytes` make: one per character, two for a character
/// of four bytes. Counted without decoding a character.
pub fn utf16_len(bytes: &[u8]) -> usize {
    let (mut at, mut units) = (0, 0);
    while let Some(b) = Block::at(bytes, at) {
        units += 16 - b.continuation().count_ones() as usize + b.four_byte_leads().count_ones() as usize;
        at += 16;
    }
    units + bytes[at..].iter().map(|&c| usize::from(c & 0xC0 != 0x80) + usize::from(c >= 0xF0)).sum::<usize>()
}

/// The ASCII letters and digits of the sixteen bytes from `at`, when all of them are ASCII
/// (beyond ASCII, whether a character is a letter is Unicode's to say).
#[inline]
pub fn ascii_alnum_block(bytes: &[u8], at: usize) -> Option<u16> {
    let b = Block::at(bytes, at)?;
    (b.high() == 0).then(|| b.alnum())
}

/// The letters and digits, and the whitespace, of the sixteen bytes from `at`, when word
/// splitting may take every run of letters and digits in them for a word: all ASCII, no
/// `_`, and every joining mark (`.` `'` `:` `,` `;`) followed by whitespace, so that it
/// joins nothing. (Text's `word_spans` says why that is enough.)
#[inline]
pub fn plain_word_block(bytes: &[u8], at: usize) -> Option<(u16, u16)> {
    let (b, next) = (Block::at(bytes, at)?, Block::at(bytes, at + 1)?);
    let v = b.0;
    let joiners = imp::mask(imp::or(
        imp::or(imp::eq(v, b'.'), imp::eq(v, b'\'')),
        imp::or(imp::or(imp::eq(v, b':'), imp::eq(v, b',')), imp::eq(v, b';')),
    ));
    let plain = b.high() | imp::mask(imp::eq(v, b'_')) | (joiners & !next.white()) == 0;
    plain.then(|| (b.alnum(), b.white()))
}

/// The first position from `at` whose byte `hit` says yes to, judged sixteen at a time by
/// `block` and byte by byte for the last few; `bytes.len()` when there is none.
#[inline(always)]
fn find(bytes: &[u8], mut at: usize, block: impl Fn(Block) -> u16, hit: impl Fn(u8) -> bool) -> usize {
    while let Some(b) = Block::at(bytes, at) {
        let m = block(b);
        if m != 0 {
            return at + m.trailing_zeros() as usize;
        }
        at += 16;
    }
    while at < bytes.len() && !hit(bytes[at]) {
        at += 1;
    }
    at.min(bytes.len())
}

/// The next byte from `at` that is one of `set`.
#[inline]
pub fn find_any<const N: usize>(bytes: &[u8], at: usize, set: [u8; N]) -> usize {
    find(bytes, at, |b| set.iter().fold(0, |m, &c| m | imp::mask(imp::eq(b.0, c))), |c| set.contains(&c))
}

/// Where the run of ASCII letters and digits at `at` ends.
#[inline]
pub fn alnum_end(bytes: &[u8], at: usize) -> usize {
    find(bytes, at, |b| !b.alnum(), |c| !c.is_ascii_alphanumeric())
}

/// The next ASCII letter or digit, or byte beyond ASCII, from `at`.
#[inline]
pub fn next_alnum_or_high(bytes: &[u8], at: usize) -> usize {
    find(bytes, at, |b| b.alnum() | b.high(), |c| c.is_ascii_alphanumeric() || c >= 0x80)
}

/// Where the run of ASCII whitespace at `at` ends.
#[inline]
pub fn white_end(bytes: &[u8], at: usize) -> usize {
    find(bytes, at, |b| !b.white(), |c| !c.is_ascii_whitespace())
}

/// The next line break, `.`, `!`, `?` or byte beyond ASCII from `at`.
#[inline]
pub fn next_sentence_mark(bytes: &[u8], at: usize) -> usize {
    find(bytes, at, Block::sentence_marks, |c| matches!(c, b'\n' | b'.' | b'!' | b'?') || c >= 0x80)
}

/// Where the run from `at` of bytes the normalised text copies as they are ends, single
/// spaces between them included: the first byte that is not such a byte, unless it is a
/// space followed by one.
#[inline]
pub fn as_is_run_end(bytes: &[u8], mut at: usize) -> usize {
    let as_is = |c: u8| c < 0x80 && !c.is_ascii_whitespace() && c != 0x0b && c != b'`';
    // Each block is read twice, the second time one byte on: whether the byte after
    // each one is as-is, for the spaces.
    while let (Some(b), Some(next)) = (Block::at(bytes, at), Block::at(bytes, at + 1)) {
        let stop = b.not_as_is() & !(b.spaces() & !next.not_as_is());
        if stop != 0 {
            return at + stop.trailing_zeros() as usize;
        }
        at += 16;
    }
    while at < bytes.len() {
        let c = bytes[at];
        if !(as_is(c) || (c == b' ' && bytes.get(at + 1).is_some_and(|&n| as_is(n)))) {
            break;
        }
        at += 1;
    }
    at
}

/// A word of 1 to 16 ASCII bytes, lower-cased, in one vector: zero past its end. Read in
/// one load from the message (when sixteen bytes can be read where it starts), it answers
/// questions about all its letters at once that a loop per byte answers with a branch per
/// letter.
#[derive(Clone, Copy)]
pub struct Word16(imp::V);

impl Word16 {
    /// The word `bytes[start..start + len]`, when it is ASCII and 1 to 16 bytes long and
    /// sixteen bytes can be read from `start`.
    #[inline]
    pub fn read(bytes: &[u8], start: usize, len: usize) -> Option<Word16> {
        if len == 0 || len > 16 {
            return None;
        }
        let Block(v) = Block::at(bytes, start)?;
        let word = imp::and(v, imp::within(imp::index(), 0, len as u8 - 1));
        if imp::mask(word) != 0 {
            return None;
        }
        let upper = imp::within(word, b'A', b'Z');
        Some(Word16(imp::add(word, imp::and(upper, imp::splat(0x20)))))
    }

    /// The word zero-padded to sixteen bytes, as two little-endian numbers: the lexicon's key.
    #[inline]
    pub fn key(self) -> (u64, u64) {
        imp::halves(self.0)
    }

    /// Where the word has byte `c` (lower case), one bit per byte.
    #[inline(always)]
    pub fn eq(self, c: u8) -> u16 {
        imp::mask(imp::eq(self.0, c))
    }

    /// Where the word has a letter.
    #[inline]
    pub fn letters(self) -> u16 {
        imp::mask(imp::within(self.0, b'a', b'z'))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn reference(bytes: &[u8], at: usize, hit: impl Fn(&[u8], usize) -> bool) -> usize {
        (at..bytes.len()).find(|&i| hit(bytes, i)).unwrap_or(bytes.len())
    }

    /// Text made of the bytes the scans tell apart, long enough for several blocks.
    fn text() -> impl Strategy<Value = Vec<u8>> {
        let pieces = prop::sample::select(vec![
            "a", "Z", "0", "9", " ", "  ", "\t", "\n", "\r", "\x0b", "\x0c", "`", ".", "!", "?", "@", "[", "{", "/",
            ":", "ü", "ß", "\u{2019}", "\x00", "\x7f", "hello", "Anna ", "z.B. ",
        ]);
        prop::collection::vec(pieces, 0..60).prop_map(|p| p.concat().into_bytes())
    }

    #[cfg(any(target_arch = "x86_64", all(target_arch = "wasm32", target_feature = "simd128")))]
    /// Each vector operation answers as its plain-bytes meaning does, bit for bit.
    fn same_as_plain(bytes: [u8; 16], c: u8, lo: u8, hi: u8) -> Result<(), TestCaseError> {
        let (v, p) = (imp::load(&bytes), plain::load(&bytes));
        let (lo, hi) = (lo.min(hi), lo.max(hi));
        prop_assert_eq!(imp::mask(v), plain::mask(p));
        prop_assert_eq!(imp::mask(imp::eq(v, c)), plain::mask(plain::eq(p, c)));
        prop_assert_eq!(imp::mask(imp::within(v, lo, hi)), plain::mask(plain::within(p, lo, hi)));
        let (w, q) = (imp::or_bits(v, c), plain::or_bits(p, c));
        prop_assert_eq!(imp::halves(w), plain::halves(q));
        let (x, r) = (
            imp::add(imp::and(v, imp::splat(c)), imp::index()),
            plain::add(plain::and(p, plain::splat(c)), plain::index()),
        );
        prop_assert_eq!(imp::halves(x), plain::halves(r));
        prop_assert_eq!(imp::halves(imp::or(v, w)), plain::halves(plain::or(p, q)));
        Ok(())
    }

    // Only where there is a vector implementation to hold to the plain one: elsewhere
    // `imp` is `plain`, and comparing it with itself would prove nothing.
    #[cfg(any(target_arch = "x86_64", all(target_arch = "wasm32", target_feature = "simd128")))]
    proptest! {
        #[test]
        fn vector_operations_mean_what_plain_bytes_do(bytes in prop::array::uniform16(any::<u8>()), c: u8, lo: u8, hi: u8) {
            same_as_plain(bytes, c, lo, hi)?;
            // The bytes the scans compare against, too.
            for c in [b' ', b'\t', b'\n', 0x0C, b'\r', b'.', b'!', b'?', b'`', b'_', 0x80, 0xBF, 0xC3, 0xF0, 0xFF] {
                same_as_plain(bytes, c, c, c.saturating_add(9))?;
            }
        }
    }

    proptest! {
        #[test]
        fn utf16_length_is_that_of_the_characters(text in "\\PC{0,60}") {
            prop_assert_eq!(utf16_len(text.as_bytes()), text.encode_utf16().count());
        }

        #[test]
        fn scans_find_what_a_byte_loop_finds(bytes in text(), at in 0usize..80) {
            let at = at.min(bytes.len());
            prop_assert_eq!(alnum_end(&bytes, at), reference(&bytes, at, |b, i| !b[i].is_ascii_alphanumeric()));
            prop_assert_eq!(find_any(&bytes, at, [b'a']), reference(&bytes, at, |b, i| b[i] == b'a'));
            prop_assert_eq!(find_any(&bytes, at, *b"Z!?"), reference(&bytes, at, |b, i| b"Z!?".contains(&b[i])));
            prop_assert_eq!(
                next_alnum_or_high(&bytes, at),
                reference(&bytes, at, |b, i| b[i].is_ascii_alphanumeric() || b[i] >= 0x80)
            );
            prop_assert_eq!(white_end(&bytes, at), reference(&bytes, at, |b, i| !b[i].is_ascii_whitespace()));
            prop_assert_eq!(
                next_sentence_mark(&bytes, at),
                reference(&bytes, at, |b, i| matches!(b[i], b'\n' | b'.' | b'!' | b'?') || b[i] >= 0x80)
            );
            if let Some(alnum) = ascii_alnum_block(&bytes, at) {
                let block = &bytes[at..at + 16];
                prop_assert!(block.is_ascii());
                let bits = |f: &dyn Fn(u8) -> bool| block.iter().enumerate().fold(0u16, |m, (i, &c)| m | u16::from(f(c)) << i);
                prop_assert_eq!(alnum, bits(&|c| c.is_ascii_alphanumeric()));
            } else {
                prop_assert!(bytes.len() < at + 16 || !bytes[at..at + 16].is_ascii());
            }
            if let Some((alnum, white)) = plain_word_block(&bytes, at) {
                let block = &bytes[at..at + 17];
                prop_assert!(block[..16].is_ascii() && !block[..16].contains(&b'_'));
                for k in 0..16 {
                    if b".':,;".contains(&block[k]) {
                        prop_assert!(block[k + 1].is_ascii_whitespace());
                    }
                    prop_assert_eq!(alnum >> k & 1 == 1, block[k].is_ascii_alphanumeric());
                    prop_assert_eq!(white >> k & 1 == 1, block[k].is_ascii_whitespace());
                }
            } else if bytes.len() >= at + 17 {
                let block = &bytes[at..at + 17];
                let joins = (0..16).any(|k| b".':,;".contains(&block[k]) && !block[k + 1].is_ascii_whitespace());
                prop_assert!(!block[..16].is_ascii() || block[..16].contains(&b'_') || joins);
            }
            let len = bytes.len().saturating_sub(at).min(20);
            let word = &bytes[at..at + len];
            let read = Word16::read(&bytes, at, len);
            if (1..=16).contains(&len) && bytes.len() >= at + 16 && word.is_ascii() {
                let lower = word.to_ascii_lowercase();
                let mut padded = [0u8; 16];
                padded[..len].copy_from_slice(&lower);
                let (lo, hi) = padded.split_at(8);
                let key = (u64::from_le_bytes(lo.try_into().unwrap()), u64::from_le_bytes(hi.try_into().unwrap()));
                let read = read.unwrap();
                prop_assert_eq!(read.key(), key);
                let bits = |f: &dyn Fn(u8) -> bool| lower.iter().enumerate().fold(0u16, |m, (i, &c)| m | u16::from(f(c)) << i);
                prop_assert_eq!(read.eq(b'a'), bits(&|c| c == b'a'));
                prop_assert_eq!(read.eq(b'z'), bits(&|c| c == b'z'));
                prop_assert_eq!(read.letters(), bits(&|c| c.is_ascii_lowercase()));
            } else {
                prop_assert!(read.is_none());
            }
            let as_is = |c: u8| c < 0x80 && !c.is_ascii_whitespace() && c != 0x0b && c != b'`';
            prop_assert_eq!(
                as_is_run_end(&bytes, at),
                reference(&bytes, at, |b, i| !(as_is(b[i]) || (b[i] == b' ' && b.get(i + 1).is_some_and(|&n| as_is(n)))))
            );
        }
    }
}
