//! A vocabulary of known words, with counts and word pairs, built from clean text.

use std::collections::{BTreeSet, HashMap};

/// Words (lower-cased) with how often they occur, plus adjacent word pairs.
///
/// Built from clean text of the same series (other episodes, the repeat
/// block of an OCR file) and optionally a word list, it ranks the repair
/// candidates of [`crate::repair_episode`].
#[derive(Clone, Debug, Default)]
pub struct Vocabulary {
    ids: HashMap<String, u32>,
    counts: Vec<u32>,
    /// The sum of `counts`.
    total: u64,
    pairs: HashMap<(u32, u32), u32>,
    sorted: BTreeSet<String>,
}

impl Vocabulary {
    /// An empty vocabulary.
    pub fn new() -> Self {
        Self::default()
    }

    /// A vocabulary of the words of clean text (see [`Vocabulary::add_text`]).
    pub fn from_text(text: &str) -> Self {
        let mut v = Vocabulary::new();
        v.add_text(text);
        v
    }

    /// Count the words of clean running text (and its adjacent word pairs).
    /// Speaker labels (`ANNA:`), bracketed events and numbers are skipped.
    pub fn add_text(&mut self, text: &str) {
        let mut prev: Option<u32> = None;
        for raw in text.split_whitespace() {
            if is_label_token(raw) || raw.starts_with('[') || raw.ends_with(']') {
                prev = None;
                continue;
            }
            let ends_sentence = raw.ends_with(['.', '?', '!', '…']);
            let mut last = None;
            for part in raw.split(['-', '/']) {
                let core = word_core(part);
                if !is_word(core) {
                    continue;
                }
                let id = self.bump(&core.to_lowercase(), 1);
                if let Some(p) = prev.or(last) {
                    *self.pairs.entry((p, id)).or_insert(0) += 1;
                }
                prev = None;
                last = Some(id);
            }
            prev = if ends_sentence { None } else { last };
        }
    }

    /// Add a word list: one word per line, or a hunspell `.dic` file (a count
    /// on the first line, then `word/FLAGS` lines). Each word counts once.
    pub fn add_word_list(&mut self, text: &str) {
        for (i, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            if i == 0 && line.chars().all(|c| c.is_ascii_digit()) {
                continue;
            }
            let word = line.split(['/', '\t', ' ']).next().unwrap_or("");
            if is_word(word) {
                self.bump(&word.to_lowercase(), 1);
            }
        }
    }

    /// Add the Swedish words bundled with podprint: common words counted by
    /// how common they are (`sv_common.txt`), the words and word pairs of
    /// about 170,000 words of spoken public-sector Swedish written for the
    /// project, with their counts (`sv_speech.txt`), and inflected forms with
    /// å, ä or ö (`sv_forms.txt`). Enough to repair an OCR'd Swedish
    /// transcript that comes with no clean text of its own.
    pub fn add_swedish_common(&mut self) {
        for line in include_str!("sv_common.txt").lines() {
            if line.starts_with('#') {
                continue;
            }
            let mut parts = line.split(' ');
            let word = parts.next().unwrap_or("");
            let n = parts.next().and_then(|n| n.parse().ok()).unwrap_or(2);
            if is_word(word) {
                self.bump(word, n);
            }
        }
        self.add_counts(include_str!("sv_speech.txt"));
        self.add_word_list(include_str!("sv_forms.txt"));
    }

    /// Add counted words and word pairs: `word COUNT` and `first second
    /// COUNT` lines (`#` starts a comment), as in the bundled `sv_speech.txt`.
    /// Malformed lines are skipped.
    pub fn add_counts(&mut self, text: &str) {
        for line in text.lines() {
            if line.starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split_whitespace().collect();
            let Some((n, words)) = fields.split_last() else {
                continue;
            };
            let Ok(n) = n.parse::<u32>() else { continue };
            match *words {
                [w] if is_word(w) => {
                    self.bump(&w.to_lowercase(), n);
                }
                // A pair of words counted above (a pair makes no word known).
                [a, b] => {
                    let (Some(&a), Some(&b)) = (
                        self.ids.get(&a.to_lowercase()),
                        self.ids.get(&b.to_lowercase()),
                    ) else {
                        continue;
                    };
                    *self.pairs.entry((a, b)).or_insert(0) += n;
                }
                _ => {}
            }
        }
    }

    /// Merge another vocabulary into this one.
    pub fn extend(&mut self, other: &Vocabulary) {
        let mut names: Vec<&str> = vec![""; other.counts.len()];
        for (w, &id) in &other.ids {
            names[id as usize] = w;
        }
        let map: Vec<u32> = names
            .iter()
            .enumerate()
            .map(|(id, w)| self.bump(w, other.counts[id]))
            .collect();
        for (&(a, b), &n) in &other.pairs {
            *self
                .pairs
                .entry((map[a as usize], map[b as usize]))
                .or_insert(0) += n;
        }
    }

    /// Number of distinct words.
    pub fn len(&self) -> usize {
        self.counts.len()
    }

    /// True when no word was added.
    pub fn is_empty(&self) -> bool {
        self.counts.is_empty()
    }

    /// How often `word` (lower-case) was seen; 0 when unknown.
    pub fn count(&self, word: &str) -> u32 {
        self.ids
            .get(word)
            .map(|&id| self.counts[id as usize])
            .unwrap_or(0)
    }

    /// True when `word` (lower-case) is known.
    pub fn contains(&self, word: &str) -> bool {
        self.ids.contains_key(word)
    }

    /// How often `a` was directly followed by `b` (both lower-case).
    pub fn pair_count(&self, a: &str, b: &str) -> u32 {
        match (self.ids.get(a), self.ids.get(b)) {
            (Some(&x), Some(&y)) => self.pairs.get(&(x, y)).copied().unwrap_or(0),
            _ => 0,
        }
    }

    /// True when some known word starts with `prefix` (lower-case).
    pub fn has_prefix(&self, prefix: &str) -> bool {
        self.sorted
            .range::<str, _>((
                std::ops::Bound::Included(prefix),
                std::ops::Bound::Unbounded,
            ))
            .next()
            .is_some_and(|w| w.starts_with(prefix))
    }

    /// How many words were counted in all.
    pub fn total(&self) -> u64 {
        self.total
    }

    fn bump(&mut self, word: &str, n: u32) -> u32 {
        self.total += u64::from(n);
        if let Some(&id) = self.ids.get(word) {
            self.counts[id as usize] = self.counts[id as usize].saturating_add(n);
            return id;
        }
        let id = self.counts.len() as u32;
        self.ids.insert(word.to_string(), id);
        self.counts.push(n);
        self.sorted.insert(word.to_string());
        id
    }
}

/// `ANNA:` or `PRESENTATÖR:`: a speaker label, not a word of the text.
fn is_label_token(raw: &str) -> bool {
    raw.len() > 2
        && raw.ends_with(':')
        && raw[..raw.len() - 1]
            .chars()
            .all(|c| c.is_uppercase() || c == '_' || c.is_ascii_digit())
}

/// The word inside a token: leading and trailing punctuation removed.
pub(crate) fn word_core(token: &str) -> &str {
    token.trim_matches(|c: char| !c.is_alphanumeric())
}

/// A word worth counting: letters only (inner `'`, `:` as in `SKR:s` allowed).
fn is_word(core: &str) -> bool {
    core.chars().any(char::is_alphabetic)
        && core
            .chars()
            .all(|c| c.is_alphabetic() || c == '\'' || c == ':' || c == '’')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_words_and_pairs() {
        let mut v = Vocabulary::new();
        v.add_counts("# comment\nhär 40\ndet 90\ndet här 12\nhär okänt 5\nbroken line\nsju\n");
        assert_eq!(v.count("här"), 40);
        assert_eq!(v.pair_count("det", "här"), 12);
        // A pair does not make its words known; malformed lines add nothing.
        assert!(!v.contains("okänt"));
        assert_eq!(v.pair_count("här", "okänt"), 0);
        assert_eq!(v.len(), 2);
    }

    #[test]
    fn counts_words_and_pairs() {
        let mut v = Vocabulary::new();
        v.add_text("ANNA: Det är här. Det är [skratt] hälso- och sjukvård 18 gånger.");
        assert_eq!(v.count("det"), 2);
        assert_eq!(v.count("är"), 2);
        assert_eq!(v.count("anna"), 0);
        assert_eq!(v.count("skratt"), 0);
        assert_eq!(v.count("18"), 0);
        assert_eq!(v.count("hälso"), 1);
        assert_eq!(v.pair_count("det", "är"), 2);
        assert_eq!(
            v.pair_count("här", "det"),
            0,
            "no pair across a sentence end"
        );
        assert!(v.has_prefix("sjukv"));
        assert!(!v.has_prefix("sjukx"));
    }

    #[test]
    fn word_lists_and_dic_files() {
        let mut v = Vocabulary::new();
        v.add_word_list("3\nsäga/ABC\nvård/D\nnärhet\n");
        assert_eq!(v.len(), 3);
        assert!(v.contains("säga") && v.contains("vård") && v.contains("närhet"));
        let mut w = Vocabulary::new();
        w.add_text("vård vård");
        w.extend(&v);
        assert_eq!(w.count("vård"), 3);
    }
}
