//! Words and sentences: a small tokenizer and the sentence spans quotes are cut from.

use std::ops::Range;

use podprint_transcript::{sentence_spans, Lang};

/// Whether `s` has at least `n` characters, counted only when the byte
/// length leaves it open (a character takes one to four bytes).
pub(crate) fn at_least(s: &str, n: usize) -> bool {
    s.len() >= n && (s.len() >= 4 * n || s.is_ascii() || s.chars().count() >= n)
}

/// Byte ranges of the words of `text`: runs of letters and digits, with inner
/// apostrophes and hyphens (`it's`, `hälso-och`).
pub(crate) fn word_ranges(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 5);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let (alnum, len, joins) = class_at(text, i);
        if alnum {
            if start.is_none() {
                start = Some(i);
            }
        } else if joins && start.is_some() && i + len < bytes.len() && class_at(text, i + len).0 {
            // inner apostrophe or hyphen: part of the word
        } else if let Some(s) = start.take() {
            out.push(s..i);
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(s..text.len());
    }
    out
}

/// The character at byte `i` of `text`: whether it is alphanumeric, its
/// length, and whether it may join two parts of a word (`'`, `’`, `-`). ASCII
/// and the Latin-1 letters (`å`, `é`: 0xC3 leads them) directly, anything else
/// decoded.
#[inline(always)]
fn class_at(text: &str, i: usize) -> (bool, usize, bool) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b.is_ascii() {
        (b.is_ascii_alphanumeric(), 1, b == b'\'' || b == b'-')
    } else if b == 0xc3 && bytes.get(i + 1).is_some_and(|&c| c != 0x97 && c != 0xb7) {
        // U+00C0–U+00FF but × and ÷: letters.
        (true, 2, false)
    } else {
        let c = text[i..].chars().next().unwrap_or(' ');
        (c.is_alphanumeric(), c.len_utf8(), c == '’')
    }
}

/// The words of one turn, found and lower-cased once for all its candidates.
pub(crate) struct TurnWords {
    /// Byte ranges in the turn's text.
    pub ranges: Vec<Range<usize>>,
    /// The same words, lower case (apostrophes normalised to `'`).
    pub lower: Vec<String>,
}

impl TurnWords {
    /// Find the words of `text`.
    pub fn new(text: &str) -> Self {
        let ranges = word_ranges(text);
        let lower = ranges.iter().map(|r| lowered(&text[r.clone()])).collect();
        TurnWords { ranges, lower }
    }

    /// Indices of the words inside `span`.
    pub fn within(&self, span: &Range<usize>) -> Range<usize> {
        let a = self.ranges.partition_point(|r| r.start < span.start);
        let b = self.ranges.partition_point(|r| r.end <= span.end);
        a..b.max(a)
    }
}

/// Lower-cased words of `text` (apostrophes normalised to `'`).
pub(crate) fn words_lower(text: &str) -> Vec<String> {
    let lower = lowered(text);
    word_ranges(&lower)
        .into_iter()
        .map(|r| lower[r].to_string())
        .collect()
}

/// `text` lower-cased with apostrophes normalised; slice it with [`word_ranges`]
/// for borrowed lower-case words without an allocation per word.
pub(crate) fn lowered(text: &str) -> String {
    // ASCII, Latin-1 and general punctuation, as in nearly all transcripts,
    // lower-cased here (runs copied as they are, capitals mapped, ASCII
    // lowered in place at the end); anything else (Greek final sigma, dotted
    // İ …) by the standard library, for the whole text.
    let mut out = String::with_capacity(text.len());
    let mut run = 0;
    for (i, c) in text.char_indices() {
        let mapped = match c {
            '\0'..='\u{7f}' | '\u{80}'..='\u{bf}' | 'ß'..='ÿ' | '×' => continue,
            '\u{2000}'..='\u{2018}' | '\u{201a}'..='\u{206f}' => continue,
            // U+00C0–U+00DE: a lower case 0x20 on.
            'À'..='Þ' => char::from_u32(c as u32 + 0x20).unwrap_or(c),
            '’' => '\'',
            _ => return lowered_slow(text),
        };
        out.push_str(&text[run..i]);
        out.push(mapped);
        run = i + c.len_utf8();
    }
    out.push_str(&text[run..]);
    out.make_ascii_lowercase();
    out
}

/// [`lowered`] by the standard library.
fn lowered_slow(text: &str) -> String {
    let mut s = text.to_lowercase();
    if s.contains('’') {
        s = s.replace('’', "'");
    }
    s
}

/// Where the word sequence `pat` (space-separated, lower case) first occurs in `words`.
pub(crate) fn find_phrase<S: AsRef<str>>(words: &[S], pat: &str) -> Option<usize> {
    let (first, rest) = match pat.split_once(' ') {
        Some((f, r)) => (f, Some(r)),
        None => (pat, None),
    };
    words.iter().enumerate().position(|(i, w)| {
        w.as_ref() == first
            && rest.is_none_or(|r| {
                let mut n = 0;
                r.split(' ').all(|p| {
                    n += 1;
                    words.get(i + n).is_some_and(|x| x.as_ref() == p)
                })
            })
    })
}

/// Whether `words` starts with the phrase `pat`.
pub(crate) fn starts_with_phrase<S: AsRef<str>>(words: &[S], pat: &str) -> bool {
    let mut n = 0;
    pat.split(' ').all(|p| {
        n += 1;
        words.get(n - 1).is_some_and(|w| w.as_ref() == p)
    })
}

/// Sentence spans of `text` (a [`podprint_transcript::Turn::text`]): the core
/// splitter's spans, paragraph by paragraph, so that no sentence runs across a
/// paragraph break.
pub(crate) fn sentences(text: &str, lang: &Lang) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut offset = 0;
    for para in text.split("\n\n") {
        out.extend(
            sentence_spans(para, lang)
                .into_iter()
                .map(|r| r.start + offset..r.end + offset),
        );
        offset += para.len() + 2;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowered_agrees_with_the_standard_library() {
        for text in [
            "ÅSA ÄR ÖVER ÉN ÞÓR × Ø ß ÿ µ",
            "It’s “THE” point – VÅRD … Ärligt!",
            "ΟΔΟΣ Σ İSTANBUL ẞ Ǆ",
            "Mixed: Ärlig ΣΑΣ och İ",
            "",
        ] {
            assert_eq!(lowered(text), lowered_slow(text), "{text}");
        }
        // Every character up to U+2100, alone and between letters.
        for u in 0..0x2100u32 {
            let Some(c) = char::from_u32(u) else { continue };
            for text in [c.to_string(), format!("A{c}B"), format!("{c}ö")] {
                assert_eq!(lowered(&text), lowered_slow(&text), "U+{u:04X}");
            }
        }
    }

    /// Word ranges by `char::is_alphanumeric` alone (what the fast paths of
    /// [`word_ranges`] must agree with).
    fn word_ranges_by_char(text: &str) -> Vec<Range<usize>> {
        let chars: Vec<(usize, char)> = text.char_indices().collect();
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        for (k, &(i, c)) in chars.iter().enumerate() {
            let joiner = matches!(c, '\'' | '’' | '-')
                && chars.get(k + 1).is_some_and(|&(_, d)| d.is_alphanumeric());
            if c.is_alphanumeric() {
                start.get_or_insert(i);
            } else if start.is_some() && joiner {
            } else if let Some(s) = start.take() {
                out.push(s..i);
            }
        }
        if let Some(s) = start {
            out.push(s..text.len());
        }
        out
    }

    #[test]
    fn word_ranges_know_every_character_up_to_u2100() {
        for u in 0..0x2100u32 {
            let Some(c) = char::from_u32(u) else { continue };
            for text in [
                format!("{c}"),
                format!("a{c}b {c} x-{c}"),
                format!("ö{c}’{c}é"),
            ] {
                assert_eq!(word_ranges(&text), word_ranges_by_char(&text), "U+{u:04X}");
            }
        }
    }

    #[test]
    fn at_least_counts_characters_not_bytes() {
        assert!(at_least("åäö", 3));
        assert!(!at_least("åä", 3));
        assert!(at_least("vård", 4));
        assert!(!at_least("så", 3));
        assert!(at_least("hello", 5));
    }

    #[test]
    fn words_keep_inner_hyphens_and_apostrophes() {
        assert_eq!(
            words_lower("It's hälso- och IT-frågor, [skratt] ok."),
            vec!["it's", "hälso", "och", "it-frågor", "skratt", "ok"]
        );
    }

    #[test]
    fn sentences_stop_at_paragraph_breaks() {
        let t = "Första delen utan punkt\n\nAndra delen. Tredje!";
        let s: Vec<&str> = sentences(t, &Lang::sv())
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(
            s,
            vec!["Första delen utan punkt", "Andra delen.", "Tredje!"]
        );
    }

    #[test]
    fn phrases() {
        let w = words_lower("Det handlar om att lyssna");
        assert_eq!(find_phrase(&w, "handlar om"), Some(1));
        assert!(starts_with_phrase(&w, "det handlar"));
        assert!(!starts_with_phrase(&w, "handlar"));
    }
}
