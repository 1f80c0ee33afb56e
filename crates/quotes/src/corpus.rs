//! Word statistics: document frequencies over a series (for distinctive
//! words), a fast hasher for short words, and word-set similarity.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use podprint_transcript::{Episode, Series};

use crate::lexicon::Lexicon;
use crate::words::{lowered, word_ranges};

/// Document frequencies over the turns of a series, for distinctive words (IDF).
/// Build it once per series and pass it to [`crate::candidates_in`] /
/// [`crate::select_in`] when quoting many episodes.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    /// Document frequency by word hash ([`word_hash`]).
    df: HashMap<u64, u32, BuildHasherDefault<Fnv>>,
    docs: u32,
}

/// FNV-1a hash of a lower-case word: the key of the statistics (no string
/// kept per word; a collision would only merge two words' counts).
fn word_hash(w: &str) -> u64 {
    let mut h = Fnv::default();
    h.write(w.as_bytes());
    h.finish()
}

impl Corpus {
    /// Count words over every turn of every episode in `series`.
    pub fn new(series: &Series) -> Self {
        let mut c = Corpus::default();
        for ep in &series.episodes {
            c.add(ep);
        }
        c
    }

    /// The corpus of `series`, with `episode` added when the series does not hold it.
    pub fn for_episode(series: &Series, episode: &Episode) -> Self {
        let mut c = Corpus::new(series);
        if !series.episodes.iter().any(|e| e.meta.id == episode.meta.id) {
            c.add(episode);
        }
        c
    }

    /// Add the turns of one episode.
    pub fn add(&mut self, episode: &Episode) {
        let mut seen: HashSet<u64, BuildHasherDefault<Fnv>> = HashSet::default();
        for t in &episode.turns {
            let lower = lowered(&t.text());
            seen.clear();
            for r in word_ranges(&lower) {
                let w = &lower[r];
                if w.len() >= 4 {
                    let h = word_hash(w);
                    if seen.insert(h) {
                        *self.df.entry(h).or_insert(0) += 1;
                    }
                }
            }
            self.docs += 1;
        }
    }

    /// Inverse document frequency of a word, scaled to 0..=1.
    pub(crate) fn idf(&self, w: &str) -> f64 {
        let n = f64::from(self.docs.max(1));
        let df = f64::from(self.df.get(&word_hash(w)).copied().unwrap_or(0));
        ((n + 1.0) / (df + 1.0)).ln() / (n + 1.0).ln().max(1e-9)
    }
}

/// FNV-1a, a fast hasher for short words.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for b in bytes {
            self.0 ^= u64::from(*b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// A set of words: the sorted, distinct FNV hashes of their lower-case forms
/// (no strings to allocate; a hash collision between two words of a quote
/// would only make them count as one).
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct WordSet(Vec<u64>);

impl WordSet {
    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Number of words in both sets.
    pub fn common(&self, other: &WordSet) -> usize {
        let (a, b) = (&self.0, &other.0);
        let (mut i, mut j, mut n) = (0, 0, 0);
        while i < a.len() && j < b.len() {
            match a[i].cmp(&b[j]) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    n += 1;
                    i += 1;
                    j += 1;
                }
            }
        }
        n
    }
}

/// Content words of `text` (three letters or more, no stop words).
pub(crate) fn content_words(text: &str, lex: &Lexicon) -> WordSet {
    let mut hashes = Vec::new();
    let mut buf = String::new();
    for r in word_ranges(text) {
        let w = &text[r];
        buf.clear();
        if w.bytes().all(|b| b.is_ascii_lowercase() || b == b'\'') {
            buf.push_str(w);
        } else {
            for c in w.chars() {
                if c == '’' {
                    buf.push('\'');
                } else {
                    buf.extend(c.to_lowercase());
                }
            }
        }
        if crate::words::at_least(&buf, 3) && !lex.is_stop(&buf) {
            hashes.push(word_hash(&buf));
        }
    }
    hashes.sort_unstable();
    hashes.dedup();
    WordSet(hashes)
}

/// Word-overlap similarity (Jaccard) of two word sets.
pub(crate) fn jaccard(a: &WordSet, b: &WordSet) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a.common(b) as f64;
    inter / ((a.len() + b.len()) as f64 - inter)
}
