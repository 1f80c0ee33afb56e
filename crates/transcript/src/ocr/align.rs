//! Matching OCR text against clean text of the same words, letter confusions allowed.

use super::confusion::readings_of;

/// Letters and digits of `s`, lower-cased, one space between words.
pub fn skeleton(s: &str) -> Vec<char> {
    let mut out = Vec::with_capacity(s.len());
    for word in s.split_whitespace() {
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
    let m = ocr.len();
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0; m + 1];
    for (i, &c) in clean.iter().enumerate() {
        cur[0] = i + 1;
        for j in 0..m {
            let sub = prev[j] + usize::from(!same(ocr[j], c));
            cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.into_iter().min().unwrap_or(0)
}

/// Whether `ocr` starts with the first `n` letters of `clean`, allowing about
/// one error in six.
pub fn starts_like(ocr: &str, clean: &str, n: usize) -> bool {
    let c: Vec<char> = skeleton(clean).into_iter().take(n).collect();
    if c.len() < 4 {
        return false;
    }
    let o: Vec<char> = skeleton(ocr)
        .into_iter()
        .take(c.len() + c.len() / 4 + 2)
        .collect();
    prefix_distance(&c, &o) <= c.len() / 6
}

/// Two words alike once confused letters are allowed.
fn words_alike(ocr: &str, clean: &str) -> bool {
    let c = skeleton(clean);
    let o = skeleton(ocr);
    if c.is_empty() || o.is_empty() {
        return c.is_empty() && o.is_empty();
    }
    let whole = |a: &[char], b: &[char]| {
        // full (not prefix) distance: pad by requiring the end of both
        let m = b.len();
        let mut prev: Vec<usize> = (0..=m).collect();
        let mut cur = vec![0; m + 1];
        for (i, &x) in a.iter().enumerate() {
            cur[0] = i + 1;
            for j in 0..m {
                let sub = prev[j] + usize::from(!same(b[j], x));
                cur[j + 1] = sub.min(prev[j + 1] + 1).min(cur[j] + 1);
            }
            std::mem::swap(&mut prev, &mut cur);
        }
        prev[m]
    };
    whole(&c, &o) <= 1 + c.len() / 5
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
    let m = ow.len();
    let mut prev: Vec<usize> = (0..=m).collect();
    let mut cur = vec![0; m + 1];
    for (i, c) in clean.iter().enumerate() {
        cur[0] = i + 1;
        for j in 0..m {
            let sub = prev[j] + usize::from(!words_alike(ow[j].1, c));
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
    fn covers_the_clean_prefix() {
        let ocr = "Ja, jag dr da vérd- och omsorgsdirektdr har i stan och mer";
        let clean = ["Ja,", "jag", "är", "då", "vård-", "och", "omsorgsdirektör"];
        let end = cover(ocr, &clean).unwrap();
        assert_eq!(&ocr[end..], " har i stan och mer");
        assert_eq!(cover("Helt andra ord här nu", &clean), None);
    }
}
