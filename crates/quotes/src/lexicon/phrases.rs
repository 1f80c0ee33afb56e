//! The phrase lists scoring looks up in every candidate, split into words once
//! and indexed by their first word: a quote's words are looked up once each,
//! instead of every phrase of every list being tried against the quote.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use crate::corpus::Fnv;

use super::Lexicon;

/// A phrase list of the [`Lexicon`] found through a [`PhraseIndex`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Phrases {
    /// [`Lexicon::general`].
    General,
    /// [`Lexicon::opinion`].
    Opinion,
    /// [`Lexicon::insight`].
    Insight,
    /// [`Lexicon::image`].
    Image,
    /// [`Lexicon::backrefs`].
    Backrefs,
    /// [`Lexicon::deictic`].
    Deictic,
    /// [`Lexicon::hedges`].
    Hedges,
    /// [`Lexicon::comparatives`].
    Comparatives,
    /// [`Lexicon::story_sequence`].
    StorySequence,
}

impl Phrases {
    /// Every list, in order.
    pub const ALL: [Phrases; 9] = [
        Phrases::General,
        Phrases::Opinion,
        Phrases::Insight,
        Phrases::Image,
        Phrases::Backrefs,
        Phrases::Deictic,
        Phrases::Hedges,
        Phrases::Comparatives,
        Phrases::StorySequence,
    ];

    /// The list in `lex`.
    pub fn list(self, lex: &Lexicon) -> &'static [&'static str] {
        match self {
            Phrases::General => lex.general,
            Phrases::Opinion => lex.opinion,
            Phrases::Insight => lex.insight,
            Phrases::Image => lex.image,
            Phrases::Backrefs => lex.backrefs,
            Phrases::Deictic => lex.deictic,
            Phrases::Hedges => lex.hedges,
            Phrases::Comparatives => lex.comparatives,
            Phrases::StorySequence => lex.story_sequence,
        }
    }
}

/// One phrase of a list: which list, its place there, the words after its
/// first.
pub(crate) struct Entry {
    pub list: Phrases,
    pub index: usize,
    pub rest: Vec<&'static str>,
}

/// The phrases of every list in [`Phrases`], by first word.
pub(crate) struct PhraseIndex {
    by_first: HashMap<&'static str, Vec<Entry>, BuildHasherDefault<Fnv>>,
}

impl PhraseIndex {
    fn new(lex: &Lexicon) -> Self {
        let mut by_first: HashMap<&'static str, Vec<Entry>, BuildHasherDefault<Fnv>> =
            HashMap::default();
        for list in Phrases::ALL {
            for (index, p) in list.list(lex).iter().enumerate() {
                let mut words = p.split(' ');
                let first = words.next().unwrap_or("");
                by_first.entry(first).or_default().push(Entry {
                    list,
                    index,
                    rest: words.collect(),
                });
            }
        }
        PhraseIndex { by_first }
    }

    /// Every listed phrase in `words`: (list, place in the list, where it
    /// first occurs), sorted by list and place.
    pub fn find_all(&self, words: &[&str]) -> Vec<(Phrases, usize, usize)> {
        let mut out: Vec<(Phrases, usize, usize)> = Vec::new();
        for (i, w) in words.iter().enumerate() {
            let Some(entries) = self.by_first.get(w) else {
                continue;
            };
            for e in entries {
                let here = e
                    .rest
                    .iter()
                    .enumerate()
                    .all(|(n, r)| words.get(i + 1 + n) == Some(r));
                if here && !out.iter().any(|&(l, k, _)| l == e.list && k == e.index) {
                    out.push((e.list, e.index, i));
                }
            }
        }
        out.sort_unstable();
        out
    }
}

impl Lexicon {
    /// The phrase index of this lexicon, built once.
    pub(crate) fn phrase_index(&self) -> &'static PhraseIndex {
        static INDEX: [OnceLock<PhraseIndex>; 2] = [OnceLock::new(), OnceLock::new()];
        INDEX[usize::from(!self.is_swedish())].get_or_init(|| PhraseIndex::new(self))
    }
}
