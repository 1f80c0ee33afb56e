//! What PDF extraction leaves in a transcript: page numbers alone on a line,
//! running headers and footers, double spacing, and a trailing tab-indented
//! block that repeats earlier turns. The labeled reader classifies lines with
//! these before it reads turns.

use std::collections::HashMap;

use super::label::parse_label;
use crate::model::Diagnostic;
use crate::swar::PreHashed;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    Blank,
    PageNumber,
    RunningHead,
    Content,
}

pub(super) fn classify(line: &str) -> Kind {
    let t = line.trim();
    if t.is_empty() {
        Kind::Blank
    } else if is_page_number(t) {
        Kind::PageNumber
    } else {
        Kind::Content
    }
}

/// `21`, `- 21 -`, `Sida 3`, `Sida 3 av 12`, `Page 3 of 12`, `3/12`, `3 (12)`.
pub(super) fn is_page_number(t: &str) -> bool {
    if t.len() > 24
        || !t.starts_with(|c: char| {
            c.is_ascii_digit() || matches!(c, '-' | '–' | 'S' | 's' | 'P' | 'p')
        })
    {
        return false;
    }
    let lower = t.to_lowercase();
    let s = lower.trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace());
    let s = s
        .strip_prefix("sida")
        .or_else(|| s.strip_prefix("page"))
        .or_else(|| s.strip_prefix("s."))
        .unwrap_or(s)
        .trim();
    let mut parts = s
        .split(|c: char| c == '/' || c.is_whitespace() || c == '(' || c == ')')
        .filter(|p| !p.is_empty());
    let Some(first) = parts.next() else {
        return false;
    };
    if first.is_empty() || first.len() > 4 || !first.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let rest: Vec<&str> = parts.collect();
    match rest.as_slice() {
        [] => true,
        [n] => n.chars().all(|c| c.is_ascii_digit()),
        [w, n] => (*w == "av" || *w == "of") && n.chars().all(|c| c.is_ascii_digit()),
        _ => false,
    }
}

/// A line that is only a bracketed event such as `[musik]`.
pub(super) fn is_event_line(t: &str) -> bool {
    let t = t.trim();
    t.starts_with('[') && t.ends_with(']') && crate::inline::is_event(&t[1..t.len() - 1])
}

/// Where the body ends: before a trailing tab-indented block that repeats
/// earlier turns (an extraction artifact). Adds a diagnostic when one is dropped.
pub(super) fn body_end(lines: &[&str], diagnostics: &mut Vec<Diagnostic>) -> usize {
    let is_tabbed = |l: &str| l.trim_start_matches(' ').starts_with('\t');
    let mut start = lines.len();
    for i in (0..lines.len()).rev() {
        let l = lines[i];
        if l.trim().is_empty() || is_tabbed(l) {
            start = i;
        } else {
            break;
        }
    }
    // Skip leading blanks of the block.
    while start < lines.len() && lines[start].trim().is_empty() {
        start += 1;
    }
    if start >= lines.len() {
        return lines.len();
    }
    let block = &lines[start..];
    let body_has_content = lines[..start].iter().any(|l| !l.trim().is_empty());
    if !body_has_content {
        return lines.len();
    }
    // The block must repeat the body: most of its labeled lines start with text
    // that occurs earlier in the file.
    let body_text: String = lines[..start]
        .iter()
        .flat_map(|l| l.split_whitespace())
        .collect::<Vec<_>>()
        .join(" ");
    let mut labeled = 0;
    let mut repeated = 0;
    for l in block {
        if let Some(lab) = parse_label(l.trim()) {
            labeled += 1;
            let words: Vec<&str> = lab.rest.split_whitespace().take(6).collect();
            if !words.is_empty() && body_text.contains(&words.join(" ")) {
                repeated += 1;
            }
        }
    }
    if labeled == 0 || repeated * 2 < labeled {
        return lines.len();
    }
    diagnostics.push(Diagnostic::info(
        Some(start + 1),
        format!(
            "dropped the tab-indented block at the end (lines {}–{}, {} turn(s)): it repeats earlier turns",
            start + 1,
            lines.len(),
            labeled
        ),
    ));
    start
}

/// Key of a line for running-head detection: FNV hash of the trimmed line
/// with digit runs folded to one `#`, and its letter count. `None` for lines
/// too long to be a header.
pub(super) fn head_key(line: &str) -> Option<(u64, usize)> {
    let t = line.trim();
    if t.len() > 160 {
        return None;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let mut letters = 0;
    let mut digit = false;
    for &b in t.as_bytes() {
        let b = if b.is_ascii_digit() {
            if digit {
                continue;
            }
            digit = true;
            b'#'
        } else {
            digit = false;
            // ASCII letters and the lead bytes of multi-byte letters.
            if b.is_ascii_alphabetic() || b >= 0xC0 {
                letters += 1;
            }
            b
        };
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    Some((h, letters))
}

/// Running headers and footers: the same short line (digits ignored) on many pages.
pub(super) fn drop_running_heads(
    body: &[&str],
    kinds: &mut [Kind],
    diagnostics: &mut Vec<Diagnostic>,
) {
    // Stage 1, cheap: the first 24 bytes and the length class of each line.
    // Only lines whose prefix recurs at least three times get the full key.
    let prefix_key = |l: &str| -> u64 {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        let mut digit = false;
        let mut n = 0;
        for &b in l.trim().as_bytes() {
            if n == 24 {
                break;
            }
            if b.is_ascii_digit() {
                if digit {
                    continue;
                }
                digit = true;
            } else {
                digit = false;
            }
            let b = if digit { b'#' } else { b };
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
            n += 1;
        }
        h
    };
    let prefixes: Vec<Option<u64>> = body
        .iter()
        .zip(kinds.iter())
        .map(|(l, k)| (*k == Kind::Content).then(|| prefix_key(l)))
        .collect();
    let mut prefix_counts: HashMap<u64, usize, PreHashed> = HashMap::default();
    for p in prefixes.iter().flatten() {
        *prefix_counts.entry(*p).or_default() += 1;
    }
    if !prefix_counts.values().any(|&n| n >= 3) {
        return;
    }
    // Stage 2: the full key of the candidates.
    let keys: Vec<Option<(u64, usize)>> = body
        .iter()
        .zip(&prefixes)
        .map(|(l, p)| match p {
            Some(p) if prefix_counts[p] >= 3 => head_key(l),
            _ => None,
        })
        .collect();
    let mut counts: HashMap<u64, usize, PreHashed> = HashMap::default();
    for (h, letters) in keys.iter().flatten() {
        if *letters >= 6 {
            *counts.entry(*h).or_default() += 1;
        }
    }
    if !counts.values().any(|&n| n >= 3) {
        return;
    }
    let mut removed = 0;
    for ((l, k), key) in body.iter().zip(kinds.iter_mut()).zip(&keys) {
        let Some((h, letters)) = key else { continue };
        if *letters >= 6
            && counts[h] >= 3
            && l.trim().chars().count() <= 100
            && parse_label(l).is_none()
        {
            *k = Kind::RunningHead;
            removed += 1;
        }
    }
    if removed > 0 {
        diagnostics.push(Diagnostic::info(
            None,
            format!("removed {removed} running header/footer line(s)"),
        ));
    }
}

/// True when text lines are mostly separated by one blank line.
pub(super) fn is_double_spaced(kinds: &[Kind]) -> bool {
    let mut direct = 0usize;
    let mut one_blank = 0usize;
    let mut last_content: Option<usize> = None;
    for (i, k) in kinds.iter().enumerate() {
        if *k == Kind::Content {
            if let Some(j) = last_content {
                let blanks = kinds[j + 1..i]
                    .iter()
                    .filter(|k| **k == Kind::Blank)
                    .count();
                match blanks {
                    0 => direct += 1,
                    1 => one_blank += 1,
                    _ => {}
                }
            }
            last_content = Some(i);
        }
    }
    one_blank >= 3 && one_blank > direct * 2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_numbers() {
        for p in [
            "21",
            "- 3 -",
            "Sida 3",
            "Sida 3 av 12",
            "Page 2 of 9",
            "3/12",
        ] {
            assert!(is_page_number(p), "{p}");
        }
        for p in ["2021 var ett år", "Sida vid sida", "12 personer"] {
            assert!(!is_page_number(p), "{p}");
        }
    }
}
