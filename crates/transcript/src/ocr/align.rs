//! Matching OCR text against clean text of the same words, letter confusions allowed.

use super::confusion::readings_of;

/// Letters and digits of `s`, lower-cased, one space between words.
pub fn skeleton(s: &str) -> Vec<char> {
    skeleton_prefix(s, usize::MAX)
}

/// The first `n` characters of [`skeleton`]`(s)`, reading no further into `s`
/// than needed.
fn skeleton_prefix(s: &str, n: usize) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len().min(n));
    for word in s.split_whitespace() {
        if out.len() >= n {
            break;
        }
        let kept: Vec<char> = word
            .chars()
            .filter(|c| c.is_alphanumeric() || *c == '&' || *c == '@')
            .flat_map(char::to_lowercase)
            .collect();
        if kept.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(kept);
    }
    out.truncate(n);
    out
}

/// True when OCR's `seen` can stand for the clean letter `clean`.
fn same(seen: char, clean: char) -> bool {
    seen == clean || readings_of(seen).contains(&clean)
}

/// Edit distance between all of `clean` and the best-matching prefix of `ocr`
/// (skeletons), counting confused letters as equal.
pub fn prefix_distance(clean: &[char], ocr: &[char]) -> usize {
    // dp over clean (rows) x ocr (cols); the ocr end is free.
    let (mut prev, mut cur) = (vec![0; ocr.len() + 1], vec![0; ocr.len() + 1]);
    edit_rows(clean, ocr, &mut prev, &mut cur, |_| true)
        .and_then(|row| row.iter().min().copied())
        .unwrap_or(0)
}

/// The rows of the edit-distance table of `a` (rows) against `b` (columns),
/// confused letters counting as equal, in the two buffers of `b.len() + 1`
/// cells: the last row, or `None` as soon as `go_on` refuses a row.
fn edit_rows<'r>(
    a: &[char],
    b: &[char],
    mut prev: &'r mut [usize],
    mut cur: &'r mut [usize],
    mut go_on: impl FnMut(&[usize]) -> bool,
) -> Option<&'r [usize]> {
    for (j, p) in prev.iter_mut().enumerate() {
        *p = j;
    }
    for (i, &x) in a.iter().enumerate() {
        cur[0] = i + 1;
        for j in 0..b.len() {
            let sub = prev[j] + usize::from(!same(b[j], x));
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        if !go_on(cur) {
            return None;
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    Some(prev)
}

/// True when [`prefix_distance`]`(clean, ocr) <= k`, stopping as soon as no
/// alignment can stay within `k` (a row's minimum never decreases).
fn prefix_distance_within(clean: &[char], ocr: &[char], k: usize) -> bool {
    let (mut prev, mut cur) = (vec![0; ocr.len() + 1], vec![0; ocr.len() + 1]);
    let within = |row: &[usize]| row.iter().min().is_some_and(|&d| d <= k);
    edit_rows(clean, ocr, &mut prev, &mut cur, within).is_some_and(within)
}

/// The first letters of a clean text, prepared once for comparing with many
/// OCR passages ([`starts_like`] without re-reading the clean text each time).
#[derive(Clone, Debug)]
pub struct StartKey(Vec<char>);

impl StartKey {
    /// The first `n` skeleton letters of `clean`.
    pub fn new(clean: &str, n: usize) -> Self {
        StartKey(skeleton_prefix(clean, n))
    }

    /// As many skeleton letters of `ocr` as a key of `n` letters compares with.
    pub fn reach(ocr: &str, n: usize) -> Vec<char> {
        skeleton_prefix(ocr, n + n / 4 + 2)
    }

    /// Whether the OCR skeleton `ocr` (from [`StartKey::reach`]) starts like
    /// this key, allowing about one error in six.
    pub fn starts(&self, ocr: &[char]) -> bool {
        let c = &self.0;
        if c.len() < 4 {
            return false;
        }
        let o = &ocr[..ocr.len().min(c.len() + c.len() / 4 + 2)];
        prefix_distance_within(c, o, c.len() / 6)
    }
}

/// Whether `ocr` starts with the first `n` letters of `clean`, allowing about
/// one error in six.
pub fn starts_like(ocr: &str, clean: &str, n: usize) -> bool {
    StartKey::new(clean, n).starts(&StartKey::reach(ocr, n))
}

/// Two words alike (as skeletons) once confused letters are allowed.
fn words_alike(o: &[char], c: &[char]) -> bool {
    if c.is_empty() || o.is_empty() {
        return c.is_empty() && o.is_empty();
    }
    let allowed = 1 + c.len() / 5;
    if o.len().abs_diff(c.len()) > allowed {
        return false; // the distance is at least the difference in length
    }
    // Full (not prefix) distance: both ends must be reached. Words are short:
    // the two rows live on the stack unless the word is very long.
    let m = o.len();
    let (mut a, mut b) = ([0usize; 48], [0usize; 48]);
    let (mut va, mut vb) = (Vec::new(), Vec::new());
    let (prev, cur): (&mut [usize], &mut [usize]) = if m < 48 {
        (&mut a[..=m], &mut b[..=m])
    } else {
        va.resize(m + 1, 0);
        vb.resize(m + 1, 0);
        (&mut va[..], &mut vb[..])
    };
    edit_rows(c, o, prev, cur, |_| true).is_some_and(|row| row[m] <= allowed)
}

/// Align the clean words `clean` with the start of `ocr` (both running text).
/// Returns how many bytes of `ocr` the clean words cover when they match
/// well (at most one word in five off), else `None`.
pub fn cover(ocr: &str, clean: &[&str]) -> Option<usize> {
    let ow: Vec<(usize, &str)> = ocr
        .split_whitespace()
        .map(|t| (t.as_ptr() as usize - ocr.as_ptr() as usize, t))
        .take(clean.len() + clean.len() / 3 + 3)
        .collect();
    if clean.is_empty() || ow.is_empty() {
        return None;
    }
    // Skeletons once per word, not once per comparison.
    let os: Vec<Vec<char>> = ow.iter().map(|(_, w)| skeleton(w)).collect();
    let m = ow.len();
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0; m + 1];
    for (i, c) in clean.iter().enumerate() {
        let c = skeleton(c);
        cur[0] = i + 1;
        for j in 0..m {
            let sub = prev[j] + usize::from(!words_alike(&os[j], &c));
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    // Best end: lowest cost, then the latest word (do not leave a word behind).
    let (end, cost) = prev
        .iter()
        .enumerate()
        .min_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(&a.0)))
        .map(|(j, &c)| (j, c))?;
    if end == 0 || cost > clean.len() / 5 {
        return None;
    }
    let (at, tok) = ow[end - 1];
    Some(at + tok.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn confused_letters_match() {
        assert!(starts_like(
            "Ja, jag dr da vérd- och",
            "Ja, jag är då vård- och omsorg",
            20
        ));
        assert!(!starts_like(
            "Nej, det tror jag inte",
            "Ja, jag är då vård",
            20
        ));
    }

    #[test]
    fn early_exit_agrees_with_the_full_distance() {
        let texts = [
            "ja jag är då vård och omsorgsdirektör",
            "ja jag dr da vérd och omsorgsdirektdr",
            "helt andra ord här nu",
            "jag tycker att det är viktigt",
            "ja",
            "",
        ];
        for a in texts {
            for b in texts {
                let (c, o) = (skeleton(a), skeleton(b));
                let d = prefix_distance(&c, &o);
                for k in 0..8 {
                    assert_eq!(prefix_distance_within(&c, &o, k), d <= k, "{a:?} {b:?} {k}");
                }
            }
        }
    }

    #[test]
    fn covers_the_clean_prefix() {
        let ocr = "Ja, jag dr da vérd- och omsorgsdirektdr har i stan och mer";
        let clean = ["Ja,", "jag", "är", "då", "vård-", "och", "omsorgsdirektör"];
        let end = cover(ocr, &clean).unwrap();
        assert_eq!(&ocr[end..], " har i stan och mer");
        assert_eq!(cover("Helt andra ord här nu", &clean), None);
    }
}
