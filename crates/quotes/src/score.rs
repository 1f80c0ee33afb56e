//! Explainable scoring: each feature adds a named, signed contribution.
//! Weights follow pull-quote research (generality, personal pronouns,
//! readability, low concreteness) plus contrast, distinctive words,
//! self-containedness, role, length fit and the editors' keywords.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use podprint_transcript::{Episode, Role, Series};

use crate::lexicon::Lexicon;
use crate::quote::Feature;
use crate::words::{find_phrase, lowered, word_ranges, words_lower};

/// Document frequencies over the turns of a series, for distinctive words (IDF).
/// Build it once per series and pass it to [`crate::candidates_in`] /
/// [`crate::select_in`] when quoting many episodes.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    df: HashMap<String, u32, BuildHasherDefault<Fnv>>,
    docs: u32,
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
        for t in &episode.turns {
            let lower = lowered(&t.text());
            let mut seen: HashSet<&str, BuildHasherDefault<Fnv>> = HashSet::default();
            for r in word_ranges(&lower) {
                let w = &lower[r];
                if w.len() >= 4 && seen.insert(w) {
                    match self.df.get_mut(w) {
                        Some(c) => *c += 1,
                        None => {
                            self.df.insert(w.to_string(), 1);
                        }
                    }
                }
            }
            self.docs += 1;
        }
    }

    /// Inverse document frequency of a word, scaled to 0..=1.
    fn idf(&self, w: &str) -> f64 {
        let n = f64::from(self.docs.max(1));
        let df = f64::from(self.df.get(w).copied().unwrap_or(0));
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

/// Everything scoring needs besides the quote.
pub(crate) struct Scorer<'a> {
    pub lex: &'static Lexicon,
    pub corpus: &'a Corpus,
    pub swedish: bool,
    pub min_chars: usize,
    pub max_chars: usize,
    pub boost: Vec<String>,
    pub avoid: Vec<String>,
}

/// Facts about a candidate other than its text.
pub(crate) struct Facts {
    pub role: Role,
    pub mid_sentence: bool,
    pub trimmed: bool,
    pub edits: usize,
}

impl Scorer<'_> {
    /// Score `text`: total and the contributing features.
    pub fn score(&self, text: &str, facts: &Facts) -> (f64, Vec<Feature>) {
        let lex = self.lex;
        let lower = lowered(text);
        let w: Vec<&str> = word_ranges(&lower).into_iter().map(|r| &lower[r]).collect();
        let present: HashSet<&str, BuildHasherDefault<Fnv>> = w.iter().copied().collect();
        let find = |p: &str| -> Option<usize> {
            let first = p.split(' ').next().unwrap_or(p);
            if present.contains(first) {
                find_phrase(&w, p)
            } else {
                None
            }
        };
        let mut f: Vec<Feature> = Vec::new();
        let mut add = |name: &str, c: f64, detail: String| {
            if c.abs() > 1e-9 {
                f.push(Feature {
                    name: name.to_string(),
                    contribution: (c * 1000.0).round() / 1000.0,
                    detail,
                });
            }
        };

        // Generality / aphorism.
        let mut gen = 0.0;
        let mut hits = Vec::new();
        for p in lex.general {
            if find(p).is_some() {
                gen += if p.contains(' ') { 0.7 } else { 0.2 };
                hits.push(*p);
            }
        }
        add("generality", f64::min(gen, 1.4), hits.join(", "));

        if let Some(p) = lex.opinion.iter().find(|p| find(p).is_some()) {
            add("opinion", 0.3, (*p).to_string());
        }

        // Contrast.
        for (a, b) in lex.contrast {
            if let Some(i) = find(a) {
                let ok = b.is_empty() || find_phrase(&w[i + 1..], b).is_some();
                if ok {
                    let d = if b.is_empty() {
                        a.to_string()
                    } else {
                        format!("{a} … {b}")
                    };
                    add("contrast", 0.8, d);
                    break;
                }
            }
        }

        // Personal pronouns.
        if let Some(p) = w.iter().find(|x| lex.pronouns_we.contains(x)) {
            add("pronouns", 0.3, p.to_string());
        } else if let Some(p) = w.iter().find(|x| lex.pronouns_i.contains(x)) {
            add("pronouns", 0.2, p.to_string());
        }

        // Vivid image.
        if let Some(p) = lex.image.iter().find(|p| find(p).is_some()) {
            add("image", 0.25, (*p).to_string());
        }

        // Distinctive words (IDF over the series).
        let mut idfs: Vec<(f64, &str)> = w
            .iter()
            .filter(|x| x.chars().count() >= 4 && !lex.is_stop(x))
            .map(|x| (self.corpus.idf(x), *x))
            .collect();
        idfs.sort_by(|a, b| b.0.total_cmp(&a.0));
        idfs.dedup_by(|a, b| a.1 == b.1);
        if !idfs.is_empty() {
            let top: Vec<_> = idfs.iter().take(3).collect();
            let v = top.iter().map(|x| x.0).sum::<f64>() / top.len() as f64;
            let words: Vec<&str> = top.iter().map(|x| x.1).collect();
            add("distinctive", 0.6 * v, words.join(", "));
        }

        // Superlatives ("det viktigaste", "den största", "the hardest").
        if let Some(x) = w.iter().find(|x| is_superlative(x, self.swedish)) {
            add("superlative", 0.4, x.to_string());
        }

        // Low concreteness: abstract nouns.
        let content: Vec<&str> = w
            .iter()
            .filter(|x| x.chars().count() >= 4 && !lex.is_stop(x))
            .copied()
            .collect();
        let abstracts: Vec<&str> = content
            .iter()
            .filter(|&&x| {
                lex.abstract_suffixes
                    .iter()
                    .any(|&s| x.ends_with(s) && x.len() > s.len() + 1 || x == s)
            })
            .copied()
            .collect();
        if !content.is_empty() && !abstracts.is_empty() {
            let share = abstracts.len() as f64 / content.len() as f64;
            add(
                "abstraction",
                f64::min(1.5 * share, 0.5),
                abstracts.join(", "),
            );
        }

        // Readability: LIX (words per sentence + per cent long words).
        let n = w.len().max(1) as f64;
        let sentences = text
            .chars()
            .filter(|c| matches!(c, '.' | '!' | '?'))
            .count()
            .max(1) as f64;
        let long = w.iter().filter(|x| x.chars().count() > 6).count() as f64;
        let lix = n / sentences + 100.0 * long / n;
        let target = if self.swedish { 45.0 } else { 40.0 };
        add(
            "readability",
            ((target - lix) / 50.0).clamp(-0.6, 0.4),
            format!("LIX {lix:.0}"),
        );

        // Self-containedness.
        let mut refs = Vec::new();
        for p in lex.backrefs {
            if find(p).is_some() {
                refs.push(*p);
            }
        }
        if !refs.is_empty() {
            add(
                "back-reference",
                -f64::min(0.6 * refs.len() as f64, 1.2),
                refs.join(", "),
            );
        }
        if let Some(r) = w
            .iter()
            .take(6)
            .skip(1)
            .find(|x| lex.early_refs.contains(x))
        {
            add("early-reference", -0.3, r.to_string());
        }
        if facts.mid_sentence {
            add("mid-sentence", -0.25, "starts inside a sentence".into());
        } else if facts.trimmed {
            add("trimmed-start", -0.05, "lead word trimmed".into());
        }
        if w.first().is_some_and(|x| lex.fragment_starts.contains(x)) {
            add("fragment", -0.4, format!("starts with \"{}\"", w[0]));
        }
        let deictic: Vec<&str> = lex
            .deictic
            .iter()
            .filter(|p| find(p).is_some())
            .copied()
            .collect();
        if !deictic.is_empty() {
            add(
                "deictic",
                -f64::min(0.15 * deictic.len() as f64, 0.45),
                deictic.join(", "),
            );
        }
        if text.contains('…') || text.contains("...") || text.contains(" – ") {
            add("false-start", -0.3, "ellipsis or dash inside".into());
        }

        // Hedges.
        let hedges: Vec<&str> = lex
            .hedges
            .iter()
            .filter(|p| find(p).is_some())
            .copied()
            .collect();
        if !hedges.is_empty() {
            add(
                "hedges",
                -f64::min(0.15 * hedges.len() as f64, 0.45),
                hedges.join(", "),
            );
        }

        // Concreteness: numbers and names.
        let digits = w
            .iter()
            .filter(|x| x.chars().any(|c| c.is_ascii_digit()))
            .count();
        if digits > 0 {
            add("numbers", -0.15, format!("{digits}"));
        }
        let names = proper_nouns(text);
        if names > 0 {
            add(
                "names",
                -f64::min(0.1 * names as f64, 0.3),
                format!("{names}"),
            );
        }

        if text.contains(['"', '”', '“', '«']) {
            add("quotation", 0.2, "quotation marks".into());
        }
        if facts.edits > 0 {
            add(
                "edits",
                -f64::min(0.05 * facts.edits as f64, 0.3),
                format!("{} filler/false-start edits", facts.edits),
            );
        }

        // Role.
        match facts.role {
            Role::Guest => add("role", 0.3, "guest".into()),
            Role::Host => add("role", -0.3, "host".into()),
            _ => {}
        }

        // Length fit: best between 90 and 170 characters.
        let len = text.chars().count() as f64;
        let (lo, hi) = (self.min_chars as f64, self.max_chars as f64);
        let (a, b) = (f64::max(lo, 90.0).min(hi), f64::min(hi, 170.0).max(lo));
        let fit = if len < a {
            (len - lo) / (a - lo).max(1.0)
        } else if len > b {
            (hi - len) / (hi - b).max(1.0)
        } else {
            1.0
        };
        add("length", 0.3 * fit.clamp(0.0, 1.0), format!("{len} chars"));

        // Editors' keywords.
        let matches = |list: &[String]| -> Vec<String> {
            list.iter()
                .filter(|k| {
                    let kw = words_lower(k);
                    match kw.len() {
                        0 => false,
                        1 => w.iter().any(|x| x.starts_with(kw[0].as_str())),
                        _ => find(&kw.join(" ")).is_some(),
                    }
                })
                .cloned()
                .collect()
        };
        let b = matches(&self.boost);
        if !b.is_empty() {
            add("boost", f64::min(1.0 * b.len() as f64, 2.0), b.join(", "));
        }
        let v = matches(&self.avoid);
        if !v.is_empty() {
            add("avoid", -2.0 * v.len() as f64, v.join(", "));
        }

        let total = f.iter().map(|x| x.contribution).sum::<f64>();
        ((total * 1000.0).round() / 1000.0, f)
    }
}

/// Superlative adjectives (sv `-aste`/`-sta`, en `-est`, `most`).
fn is_superlative(w: &str, swedish: bool) -> bool {
    const SV: &[&str] = &[
        "bästa", "största", "minsta", "värsta", "högsta", "lägsta", "mesta", "flesta",
    ];
    const EN: &[&str] = &[
        "most", "best", "worst", "least", "biggest", "greatest", "hardest",
    ];
    const EN_NOT: &[&str] = &[
        "interest", "suggest", "request", "honest", "forest", "harvest", "modest", "protest",
        "manifest", "contest", "digest",
    ];
    if swedish {
        SV.contains(&w) || (w.ends_with("aste") && w.chars().count() > 6)
    } else {
        EN.contains(&w)
            || (w.ends_with("iest") && w.len() > 6)
            || (w.ends_with("est") && w.len() > 7 && !EN_NOT.contains(&w))
    }
}

/// Capitalised words not at a sentence start (names, places, organisations).
fn proper_nouns(text: &str) -> usize {
    let mut n = 0;
    let mut sentence_start = true;
    for tok in text.split_whitespace() {
        let core = tok.trim_start_matches(|c: char| !c.is_alphanumeric());
        if !sentence_start && core.chars().next().is_some_and(char::is_uppercase) && core != "I" {
            n += 1;
        }
        sentence_start = tok.ends_with(['.', '!', '?', ':']);
    }
    n
}

/// A set of words.
pub(crate) type WordSet = HashSet<String, BuildHasherDefault<Fnv>>;

/// Content words of a text, for similarity.
pub(crate) fn content_words(text: &str, lex: &Lexicon) -> WordSet {
    let lower = lowered(text);
    word_ranges(&lower)
        .into_iter()
        .map(|r| &lower[r])
        .filter(|w| w.chars().count() >= 3 && !lex.is_stop(w))
        .map(str::to_string)
        .collect()
}

/// Word-overlap similarity (Jaccard) of two word sets.
pub(crate) fn jaccard(a: &WordSet, b: &WordSet) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let inter = a.intersection(b).count() as f64;
    inter / ((a.len() + b.len()) as f64 - inter)
}
