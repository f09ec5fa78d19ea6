//! What the phrase lists and the patterns found in one message, by list: the one thing
//! both fill and every rule reads.

use crate::lang::List;
use crate::span::Span;

/// Matches found in one message, by list.
#[derive(Debug, Clone)]
pub struct Hits {
    lists: Vec<Vec<Span>>,
    pub own: Vec<Span>,
}

impl Default for Hits {
    fn default() -> Self {
        Hits::new()
    }
}

impl Hits {
    pub fn new() -> Self {
        Hits { lists: vec![Vec::new(); List::COUNT], own: Vec::new() }
    }

    pub fn of(&self, list: List) -> &[Span] {
        &self.lists[list as usize]
    }

    pub fn any(&self, list: List) -> bool {
        !self.lists[list as usize].is_empty()
    }

    /// Adds a match found some other way than the phrase index.
    pub(crate) fn add(&mut self, list: List, span: Span) {
        self.lists[list as usize].push(span);
    }

    /// Sorts each list and drops matches that lie inside a longer match of the same list,
    /// so "i hope this message finds you well" is one finding, not three.
    pub(crate) fn tidy(&mut self) {
        for v in self.lists.iter_mut().chain(std::iter::once(&mut self.own)) {
            if v.len() < 2 {
                continue;
            }
            v.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
            let mut kept: Vec<Span> = Vec::with_capacity(v.len());
            for s in v.drain(..) {
                if kept.last().is_none_or(|k| !k.contains(s)) {
                    kept.push(s);
                }
            }
            *v = kept;
        }
    }
}
