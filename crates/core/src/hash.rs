//! Hashing for the engine's word tables: maps with rustc's Fx hash (their keys are a
//! message's own sentences and words, for which SipHash's resistance to flooding buys
//! nothing and costs most of each lookup), and a sketch that answers "surely not in the
//! table" before any hashing, in front of the phrase index.

pub use rustc_hash::FxHashMap as WordMap;

/// A bit per cell of a cheap mix of a key's length, first and last byte. Most words of a
/// message start no phrase, and for them one bit test replaces hashing and probing.
pub struct Sketch(Vec<u64>);

impl Default for Sketch {
    fn default() -> Self {
        Sketch(vec![0; Sketch::WORDS])
    }
}

impl Sketch {
    /// 16,384 bits: a few hundred keys leave all but a few percent of the cells empty.
    pub const WORDS: usize = 256;

    /// The cell of a lower-case key; `first` and `last` are its first and last byte.
    fn cell(len: usize, first: u8, last: u8) -> usize {
        let mix = u32::from(first) | u32::from(last) << 8 | (len.min(255) as u32) << 16;
        (mix.wrapping_mul(0x9E37_79B1) >> 18) as usize
    }

    pub fn insert(&mut self, key: &[u8]) {
        if let (Some(&first), Some(&last)) = (key.first(), key.last()) {
            let c = Sketch::cell(key.len(), first, last);
            self.0[c / 64] |= 1 << (c % 64);
        }
    }

    /// Whether a key of this length, first and last byte may be in the table.
    pub fn may_hold(&self, len: usize, first: u8, last: u8) -> bool {
        let c = Sketch::cell(len, first, last);
        self.0[c / 64] & (1 << (c % 64)) != 0
    }
}
