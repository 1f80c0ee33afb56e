//! The letters OCR confuses in Swedish text, and the candidate words they allow.
//!
//! OCR without a Swedish model reads `ä` as `a`, `d`, `i`, `é`, `&`, `@` or
//! `4`, `å` as `a`, `é` or `4`, `ö` as `o`, `é`, `6` or `0`, and `l`/`i` as
//! `1`. [`candidates`] walks every reading of a word that the map allows and
//! keeps those a [`Vocabulary`] knows, pruning on known prefixes so the search
//! stays small.

use super::vocab::Vocabulary;

/// Readings of OCR output: `(seen, could be)`. Longer entries first is not
/// required; every entry is tried at every position.
const CONFUSIONS: &[(&str, &[&str])] = &[
    ("a", &["ä", "å"]),
    ("o", &["ö"]),
    ("é", &["ä", "å", "ö", "e"]),
    ("è", &["ä", "å", "e"]),
    ("&", &["ä", "å"]),
    ("@", &["ä", "å"]),
    ("4", &["ä", "å"]),
    ("d", &["ä", "å", "ö"]),
    ("i", &["ä", "å", "ö"]),
    ("6", &["ö"]),
    ("0", &["ö", "o"]),
    ("1", &["l", "i"]),
    ("ii", &["ä"]),
    ("ia", &["ä"]),
    ("ai", &["ä"]),
    ("ié", &["ä"]),
    ("éi", &["ä"]),
    ("dé", &["ä"]),
    ("d@", &["ä"]),
    ("d&", &["ä"]),
    ("éa", &["å"]),
    ("aé", &["å"]),
    ("a4", &["å"]),
    ("4a", &["å"]),
    (";", &[""]),
];

/// Most search steps spent on one word.
const MAX_STEPS: usize = 20_000;

/// Shortest first part of a compound word found by splitting (`när` +
/// `sjukvård`).
const MIN_PART: usize = 3;

/// Shortest second part: a short word as a tail makes too many false
/// compounds (`tre` + `vände` for `trevande`, `dök` + `ena`).
const MIN_LAST: usize = 4;

/// Endings a known word may take when the inflected form is unknown
/// (`lösning` + `en`).
const SUFFIXES: &[&str] = &[
    "a", "ad", "ade", "ar", "arna", "as", "at", "e", "en", "ens", "er", "erna", "et", "ets", "n",
    "or", "orna", "r", "s", "t", "te", "de", "ts", "are", "ast", "aste", "ande", "ning",
];

/// A reading of an OCR word that the vocabulary knows.
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    /// The word, lower-case.
    pub word: String,
    /// How often the vocabulary saw it (for a compound: its rarer part).
    pub count: u32,
    /// Found as two known words joined (`vård` + `direktör`).
    pub compound: bool,
}

/// The clean letters a single OCR character can stand for.
pub fn readings_of(c: char) -> &'static [char] {
    match c {
        'a' => &['ä', 'å'],
        'o' => &['ö'],
        'é' => &['ä', 'å', 'ö', 'e'],
        'è' => &['ä', 'å', 'e'],
        '&' | '@' | '4' => &['ä', 'å'],
        'd' | 'i' => &['ä', 'å', 'ö'],
        '6' => &['ö'],
        '0' => &['ö', 'o'],
        '1' => &['l', 'i'],
        _ => &[],
    }
}

/// True when `c` can stand for another letter in OCR output.
pub fn is_confusable(c: char) -> bool {
    CONFUSIONS.iter().any(|(seen, _)| seen.starts_with(c))
}

/// Known readings of `word` (lower-case), itself included when known, best
/// first. Compounds of two known words, or a known word with a common ending,
/// are tried only when no whole word fits and the word has an OCR character
/// other than `a`/`o`.
pub fn candidates(word: &str, vocab: &Vocabulary) -> Vec<Candidate> {
    let chars: Vec<char> = word.chars().collect();
    let mut out: Vec<Candidate> = Vec::new();
    let mut steps = 0;
    let mut buf = String::new();
    walk(&chars, 0, 0, false, &mut buf, vocab, &mut out, &mut steps);
    // Compounds and endings only for words with a telling OCR character: an
    // unknown word spelled with plain a/o is more likely a real word.
    let telling = chars
        .iter()
        .any(|&c| is_confusable(c) && c != 'a' && c != 'o');
    if telling && !out.iter().any(|c| !c.compound) {
        let mut steps = 0;
        let mut buf = String::new();
        walk(&chars, 0, 0, true, &mut buf, vocab, &mut out, &mut steps);
    }

    let has_whole = out.iter().any(|c| !c.compound);
    out.retain(|c| !(has_whole && c.compound));
    out.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.word.cmp(&b.word)));
    out.dedup_by(|a, b| a.word == b.word);
    out
}

/// Depth-first search over readings. `part` is where the current part of a
/// compound starts in `buf` (bytes); `split` allows one split. A second part
/// is a known word or, with a low count, one of [`SUFFIXES`].
#[allow(clippy::too_many_arguments)]
fn walk(
    chars: &[char],
    pos: usize,
    part: usize,
    split: bool,
    buf: &mut String,
    vocab: &Vocabulary,
    out: &mut Vec<Candidate>,
    steps: &mut usize,
) {
    *steps += 1;
    if *steps > MAX_STEPS {
        return;
    }
    if pos == chars.len() {
        let last = &buf[part..];
        if part > 0 && SUFFIXES.contains(&last) {
            let stem = &buf[..part];
            out.push(Candidate {
                word: buf.clone(),
                count: (vocab.count(stem) / 4).max(1),
                compound: true,
            });
        }
        if vocab.contains(last) {
            if part == 0 {
                out.push(Candidate {
                    word: buf.clone(),
                    count: vocab.count(last),
                    compound: false,
                });
            } else if last.chars().count() >= MIN_LAST {
                let first = &buf[..part];
                out.push(Candidate {
                    word: buf.clone(),
                    count: vocab.count(first).min(vocab.count(last)),
                    compound: true,
                });
            }
        }
        return;
    }
    // A compound: the part so far is a known word, start the next part here.
    if split && part == 0 && buf.chars().count() >= MIN_PART && vocab.contains(buf) {
        let len = buf.len();
        walk(chars, pos, len, false, buf, vocab, out, steps);
        buf.truncate(len);
    }
    let mut options: Vec<(usize, &str)> = Vec::with_capacity(6);
    let mut own = [0u8; 4];
    options.push((1, chars[pos].encode_utf8(&mut own)));
    for (seen, readings) in CONFUSIONS {
        let n = seen.chars().count();
        if pos + n <= chars.len() && seen.chars().eq(chars[pos..pos + n].iter().copied()) {
            for r in readings.iter() {
                options.push((n, r));
            }
        }
    }
    for (n, reading) in options {
        let len = buf.len();
        buf.push_str(reading);
        let tail = &buf[part..];
        let ok = buf.len() == part
            || vocab.has_prefix(tail)
            || (part > 0 && SUFFIXES.iter().any(|s| s.starts_with(tail)));
        if ok {
            walk(chars, pos + n, part, split, buf, vocab, out, steps);
        }
        buf.truncate(len);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_swedish_letters() {
        let v = Vocabulary::from_text("är här säger känna vård östgötar långt lösning i");
        for (ocr, want) in [
            ("dr", "är"),
            ("&r", "är"),
            ("hir", "här"),
            ("hiar", "här"),
            ("sdger", "säger"),
            ("kénna", "känna"),
            ("vérd", "vård"),
            ("6stgitar", "östgötar"),
            ("1angt", "långt"),
            ("16sning", "lösning"),
            ("1", "i"),
        ] {
            let c = candidates(ocr, &v);
            assert_eq!(c.first().map(|c| c.word.as_str()), Some(want), "{ocr}");
        }
    }

    #[test]
    fn unknown_words_have_no_candidates() {
        let v = Vocabulary::from_text("är här");
        assert!(candidates("xylofon", &v).is_empty());
    }

    #[test]
    fn compounds_only_without_whole_words() {
        let v = Vocabulary::from_text("vård direktör vård");
        let c = candidates("vérddirektdr", &v);
        assert_eq!(c[0].word, "vårddirektör");
        assert!(c[0].compound);
    }
}
