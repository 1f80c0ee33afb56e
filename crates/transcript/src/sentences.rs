//! Sentence splitting that knows Swedish and English abbreviations.
//!
//! UAX #29 splits after `t.ex.` and `Dr.`; podcasts are full of them. This
//! splitter ends a sentence at `.`, `!`, `?` or `…` (with closing quotes or
//! brackets) only when whitespace and an upper-case letter, digit or opening
//! quote follow, and never after a known abbreviation or an initial.

use std::ops::Range;

use crate::model::Lang;

/// Abbreviations after which a sentence never ends (lower case, with dots).
const SV_ABBR: &[&str] = &[
    "t.ex.", "bl.a.", "s.k.", "kl.", "nr.", "dvs.", "d.v.s.", "p.g.a.", "pga.", "fr.o.m.",
    "t.o.m.", "ca.", "jfr.", "resp.", "o.d.", "f.d.", "t.ex", "bl.a", "s.k", "mfl.", "m.fl.", "s.",
    "sid.", "tel.", "inkl.", "exkl.", "ang.", "enl.", "dr.", "st.", "prof.", "doc.", "nr",
];
const EN_ABBR: &[&str] = &[
    "e.g.", "i.e.", "dr.", "mr.", "mrs.", "ms.", "st.", "prof.", "vs.", "approx.", "no.", "jr.",
    "sr.", "mt.", "cf.", "fig.", "inc.", "ltd.", "co.", "p.", "pp.", "vol.", "u.s.", "a.m.",
    "p.m.",
];

/// Byte ranges of the sentences of `text` (trimmed, never empty).
pub fn sentence_spans(text: &str, lang: &Lang) -> Vec<Range<usize>> {
    let abbr: &[&str] = if lang.is_swedish() { SV_ABBR } else { EN_ABBR };
    let mut out = Vec::new();
    let mut start = 0usize;
    let mut it = text.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if !matches!(c, '.' | '!' | '?' | '…') {
            continue;
        }
        // Extend over further terminals and closing quotes/brackets.
        let mut end = i + c.len_utf8();
        while let Some(&(j, d)) = it.peek() {
            if matches!(
                d,
                '.' | '!' | '?' | '…' | '"' | '”' | '’' | '\'' | ')' | ']' | '»'
            ) {
                end = j + d.len_utf8();
                it.next();
            } else {
                break;
            }
        }
        // Must be followed by whitespace, then a sentence start.
        let after = &text[end..];
        let Some(ws) = after.chars().next() else {
            break;
        };
        if !ws.is_whitespace() {
            continue;
        }
        let Some(next) = after.trim_start().chars().next() else {
            break;
        };
        let starts_sentence = next.is_uppercase()
            || next.is_ascii_digit()
            || matches!(
                next,
                '"' | '”' | '“' | '„' | '«' | '»' | '\'' | '‘' | '(' | '[' | '–' | '—' | '-'
            );
        if !starts_sentence {
            continue;
        }
        // The token that ends here, e.g. `t.ex.` or `A.`.
        let token_start = crate::read::after_last(&text[..end], char::is_whitespace);
        let token = text[token_start..end].trim_start_matches(['(', '"', '”', '“', '\'', '[']);
        if c == '.' && !text[i + 1..end].contains(['!', '?', '…']) {
            let lower = token.to_lowercase();
            if abbr.contains(&lower.as_str()) {
                continue;
            }
            // An initial: one letter and a dot (`Erik A. Svensson`).
            let letters: Vec<char> = token.trim_end_matches('.').chars().collect();
            if letters.len() == 1 && letters[0].is_alphabetic() && letters[0].is_uppercase() {
                continue;
            }
        }
        // A leading ellipsis (`…det var så`) is not an end.
        if c == '…' && text[start..i].trim().is_empty() {
            continue;
        }
        push_trimmed(text, start, end, &mut out);
        start = end;
    }
    push_trimmed(text, start, text.len(), &mut out);
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<Range<usize>>) {
    let s = &text[start..end];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    if lead + trail < s.len() {
        out.push(start + lead..end - trail);
    }
}

/// The sentences of `text`.
pub fn sentences<'a>(text: &'a str, lang: &Lang) -> Vec<&'a str> {
    sentence_spans(text, lang)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sv(t: &str) -> Vec<&str> {
        sentences(t, &Lang::sv())
    }

    #[test]
    fn swedish_abbreviations() {
        assert_eq!(
            sv("Vi har t.ex. Anna här. Hon jobbar bl.a. med vård. Mötet är kl. 9 i sal nr. 4. Det är s.k. nära vård, dvs. Vård nära dig."),
            vec![
                "Vi har t.ex. Anna här.",
                "Hon jobbar bl.a. med vård.",
                "Mötet är kl. 9 i sal nr. 4.",
                "Det är s.k. nära vård, dvs. Vård nära dig."
            ]
        );
    }

    #[test]
    fn english_abbreviations_and_initials() {
        let en = Lang::en();
        assert_eq!(
            sentences("We met Dr. Smith on St. Mary's road, e.g. Today. Erik A. Svensson came too! Right?", &en),
            vec!["We met Dr. Smith on St. Mary's road, e.g. Today.", "Erik A. Svensson came too!", "Right?"]
        );
    }

    #[test]
    fn ellipsis_and_quotes() {
        assert_eq!(
            sv("…det var så. ”Hej!” sa hon och gick… Sen kom han. Vi tänkte… vi får se."),
            vec![
                "…det var så.",
                "”Hej!” sa hon och gick…",
                "Sen kom han.",
                "Vi tänkte… vi får se."
            ]
        );
    }

    #[test]
    fn urls_and_numbers() {
        assert_eq!(
            sv("Gå till Exempel.se idag. Det kostar 3.50 kr."),
            vec!["Gå till Exempel.se idag.", "Det kostar 3.50 kr."]
        );
        assert!(sv("   ").is_empty());
        assert_eq!(sv("Ingen punkt"), vec!["Ingen punkt"]);
    }
}
