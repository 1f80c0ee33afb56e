//! Labeled plain text: `NAME: text` turns, as typed by hand or extracted from PDF.
//!
//! Besides the label styles of [`super::label`], this reader undoes what PDF
//! extraction does to a transcript: page numbers alone on a line, page breaks
//! seen as leading spaces, double spacing, running headers and footers, words
//! hyphenated at line ends, and a trailing tab-indented block that repeats
//! earlier turns.

use std::collections::{HashMap, HashSet};

use super::label::{parse_label, Label, LabelStyle};
use super::{Draft, DraftTurn};
use crate::model::Diagnostic;
use crate::swar::PreHashed;

/// Read labeled text into a draft.
pub fn read(text: &str) -> Draft {
    let lines: Vec<&str> = text.split('\n').collect();
    let mut diagnostics = Vec::new();

    let end = body_end(&lines, &mut diagnostics);
    let body = &lines[..end];

    let mut kinds: Vec<Kind> = body.iter().map(|l| classify(l)).collect();
    let pages = kinds.iter().filter(|k| **k == Kind::PageNumber).count();
    if pages > 0 {
        diagnostics.push(Diagnostic::info(
            None,
            format!("removed {pages} page number line(s)"),
        ));
    }
    drop_running_heads(body, &mut kinds, &mut diagnostics);
    let double = is_double_spaced(&kinds);

    // Label candidates and how often each name occurs.
    let cands: Vec<Option<Label>> = body
        .iter()
        .zip(&kinds)
        .map(|(l, k)| {
            if *k == Kind::Content {
                parse_label(l)
            } else {
                None
            }
        })
        .collect();
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for l in cands.iter().flatten() {
        *counts.entry(l.name).or_default() += 1;
    }
    let caps_total: usize = cands
        .iter()
        .flatten()
        .filter(|l| l.style == LabelStyle::Caps)
        .count();
    let accepted: Vec<bool> = (0..body.len())
        .map(|i| match &cands[i] {
            Some(l) => accept(l, i, body, &kinds, &counts, caps_total),
            None => false,
        })
        .collect();

    let vocab = vocabulary(body, &kinds);
    let mut draft = Draft {
        diagnostics,
        ..Draft::default()
    };

    // Heading and text before the first label.
    let first_label = accepted.iter().position(|&a| a).unwrap_or(body.len());
    let mut skipped = Vec::new();
    for i in 0..first_label {
        if kinds[i] != Kind::Content {
            continue;
        }
        let t = body[i].trim();
        if draft.title.is_none() && t.chars().count() <= 160 && !is_event_line(t) {
            draft.number = heading_number(t);
            draft.title = Some(t.to_string());
        } else if is_event_line(t) {
            // A jingle before the first turn, e.g. `[musik]`: nothing to keep.
        } else {
            skipped.push(i + 1);
        }
    }
    if let Some(&first) = skipped.first() {
        draft.diagnostics.push(Diagnostic::warning(
            Some(first),
            format!(
                "{} line(s) of text before the first speaker label were not attributed to anyone; add a label such as `NAME:` if they are speech",
                skipped.len()
            ),
        ));
    }

    let mut cur: Option<DraftTurn> = None;
    let mut para = String::new();
    let mut pending_break = false;
    let mut blank_run = 0usize;
    let mut hyphen = HyphenStats::default();
    for i in first_label..body.len() {
        match kinds[i] {
            Kind::Blank => {
                blank_run += 1;
                if !double || blank_run >= 3 {
                    pending_break = !para.is_empty();
                }
                continue;
            }
            Kind::PageNumber | Kind::RunningHead => continue,
            Kind::Content => {}
        }
        let was_blank = blank_run;
        blank_run = 0;
        if accepted[i] {
            let l = cands[i].as_ref().expect("accepted lines have labels");
            flush(&mut cur, &mut para, &mut draft.turns);
            pending_break = false;
            cur = Some(DraftTurn {
                speaker: l.name.to_string(),
                start: l.time,
                line: i + 1,
                ..DraftTurn::default()
            });
            para.push_str(l.rest.trim());
            continue;
        }
        let t = body[i].trim();
        // In double-spaced PDF extractions a line indented by two or more spaces
        // right after another line is a new paragraph without a label: the same
        // speaker goes on in a new turn.
        let indent = body[i].len() - body[i].trim_start().len();
        if double
            && was_blank == 0
            && indent >= 2
            && i > 0
            && kinds[i - 1] == Kind::Content
            && !para.is_empty()
        {
            if let Some(speaker) = cur.as_ref().map(|c| c.speaker.clone()) {
                flush(&mut cur, &mut para, &mut draft.turns);
                cur = Some(DraftTurn {
                    speaker,
                    line: i + 1,
                    ..DraftTurn::default()
                });
            }
        }
        if pending_break && !double && was_blank > 0 {
            if let Some(c) = cur.as_mut() {
                if !para.trim().is_empty() {
                    c.paragraphs.push(std::mem::take(&mut para));
                }
            }
        }
        pending_break = false;
        join_line(&mut para, t, &vocab, &mut hyphen);
    }
    flush(&mut cur, &mut para, &mut draft.turns);
    if hyphen.joined + hyphen.kept > 0 {
        draft.diagnostics.push(Diagnostic::info(
            None,
            format!(
                "line-end hyphens: {} word(s) joined, {} hyphen(s) kept",
                hyphen.joined, hyphen.kept
            ),
        ));
    }
    draft
}

fn flush(cur: &mut Option<DraftTurn>, para: &mut String, turns: &mut Vec<DraftTurn>) {
    if let Some(mut t) = cur.take() {
        if !para.trim().is_empty() {
            t.paragraphs.push(std::mem::take(para));
        }
        para.clear();
        if !t.paragraphs.is_empty() {
            turns.push(t);
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Blank,
    PageNumber,
    RunningHead,
    Content,
}

fn classify(line: &str) -> Kind {
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
fn is_page_number(t: &str) -> bool {
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

fn is_event_line(t: &str) -> bool {
    t.starts_with('[') && t.ends_with(']') && crate::inline::is_event(&t[1..t.len() - 1])
}

/// Where the body ends: before a trailing tab-indented block that repeats
/// earlier turns (an extraction artifact). Adds a diagnostic when one is dropped.
fn body_end(lines: &[&str], diagnostics: &mut Vec<Diagnostic>) -> usize {
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
fn head_key(line: &str) -> Option<(u64, usize)> {
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
fn drop_running_heads(body: &[&str], kinds: &mut [Kind], diagnostics: &mut Vec<Diagnostic>) {
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
fn is_double_spaced(kinds: &[Kind]) -> bool {
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

fn accept(
    l: &Label,
    i: usize,
    body: &[&str],
    kinds: &[Kind],
    counts: &HashMap<&str, usize>,
    caps_total: usize,
) -> bool {
    if l.otter {
        return true;
    }
    let n = counts.get(l.name).copied().unwrap_or(0);
    // `Avsnitt 9: Parker` is a heading, not a speaker.
    if n < 2 && l.time.is_none() && heading_number(l.name).is_some() {
        return false;
    }
    if n >= 2 || l.time.is_some() {
        return true;
    }
    // A single occurrence: the name must stand where a turn can start.
    let prev = (0..i)
        .rev()
        .find(|&j| kinds[j] == Kind::Content)
        .map(|j| body[j].trim_end());
    let at_boundary = match prev {
        None => true,
        Some(p) => {
            p.ends_with(['.', '!', '?', '…', '"', '”', ']', ')']) || kinds[i - 1] == Kind::Blank
        }
    };
    match l.style {
        LabelStyle::Caps => at_boundary && (caps_total >= 2 || prev.is_none()),
        LabelStyle::Title => {
            at_boundary && prev.is_none_or(|p| p.ends_with(['.', '!', '?', '…', '"', '”']))
        }
    }
}

/// Words of the document (lower-case), for deciding line-end hyphens. Empty
/// when no line ends with a hyphen, so most documents pay nothing for it.
fn vocabulary(body: &[&str], kinds: &[Kind]) -> HashSet<String> {
    let mut v = HashSet::new();
    let any_hyphen = body
        .iter()
        .zip(kinds)
        .any(|(l, k)| *k == Kind::Content && l.trim_end().ends_with('-'));
    if !any_hyphen {
        return v;
    }
    for (l, k) in body.iter().zip(kinds) {
        if *k != Kind::Content {
            continue;
        }
        let mut words = l.split_whitespace().peekable();
        while let Some(w) = words.next() {
            let last = words.peek().is_none();
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            // Only hyphenated or long words can decide a join.
            if w.is_empty() || (last && w.ends_with('-')) || (w.len() < 6 && !w.contains('-')) {
                continue;
            }
            if w.chars().any(char::is_uppercase) {
                v.insert(w.to_lowercase());
            } else if !v.contains(w) {
                v.insert(w.to_string());
            }
        }
    }
    v
}

#[derive(Default)]
struct HyphenStats {
    joined: usize,
    kept: usize,
}

/// Words after a suspended hyphen (`hälso- och sjukvård`, `pre- and post-war`).
const CONJUNCTIONS: &[&str] = &[
    "och",
    "eller",
    "samt",
    "respektive",
    "som",
    "men",
    "and",
    "or",
    "nor",
    "to",
];

/// Append line `t` to paragraph `para`, undoing line-end hyphenation.
fn join_line(para: &mut String, t: &str, vocab: &HashSet<String>, stats: &mut HyphenStats) {
    if para.is_empty() {
        para.push_str(t);
        return;
    }
    let trimmed_len = para.trim_end().len();
    para.truncate(trimmed_len);
    let ends_hyphen =
        para.ends_with('-') && para[..para.len() - 1].ends_with(char::is_alphanumeric);
    if !ends_hyphen {
        para.push(' ');
        para.push_str(t);
        return;
    }
    let left_start = super::after_last(&para[..para.len() - 1], |c: char| {
        c.is_whitespace() || c == '-' || c == '/' || c == '('
    });
    let left = &para[left_start..para.len() - 1];
    let word_start = super::after_last(para, char::is_whitespace);
    let whole_left =
        para[word_start..para.len() - 1].trim_start_matches(|c: char| !c.is_alphanumeric());
    let right_word: String = t
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    let right_lower = right_word.to_lowercase();
    let starts_lower = t.chars().next().is_some_and(char::is_lowercase);

    enum Join {
        Space,
        Hyphen,
        Glue,
    }
    let decision = if CONJUNCTIONS.contains(&right_lower.as_str()) {
        Join::Space
    } else if !starts_lower
        || left.chars().any(|c| c.is_ascii_digit())
        || (left.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && left
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase))
    {
        Join::Hyphen
    } else {
        let glued = format!("{}{}", whole_left.to_lowercase(), right_lower);
        let hyphened = format!("{}-{}", whole_left.to_lowercase(), right_lower);
        if vocab.contains(&hyphened) && !vocab.contains(&glued) {
            Join::Hyphen
        } else {
            Join::Glue
        }
    };
    match decision {
        Join::Space => {
            para.push(' ');
            stats.kept += 1;
        }
        Join::Hyphen => stats.kept += 1,
        Join::Glue => {
            para.pop();
            stats.joined += 1;
        }
    }
    para.push_str(t);
}

/// Episode number from a heading: `EP33 - …`, `Avsnitt 12:`, `Episode 4`, `#7`.
pub fn heading_number(t: &str) -> Option<u32> {
    let lower = t.to_lowercase();
    for key in [
        "avsnitt", "episode", "avsn.", "avsn", "ep.", "ep", "#", "nr", "del", "part",
    ] {
        let mut search = 0;
        while let Some(pos) = lower[search..].find(key) {
            let at = search + pos;
            search = at + key.len();
            let before_ok = at == 0 || !lower[..at].ends_with(char::is_alphanumeric);
            if !before_ok {
                continue;
            }
            let after = lower[at + key.len()..].trim_start_matches([' ', '.', ':', '#']);
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            if !digits.is_empty() && digits.len() <= 5 {
                let next = after[digits.len()..].chars().next();
                if next.is_none_or(|c| !c.is_alphanumeric()) {
                    return digits.parse().ok();
                }
            }
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(d: &Draft) -> Vec<(String, String)> {
        d.turns
            .iter()
            .map(|t| (t.speaker.clone(), t.paragraphs.join(" | ")))
            .collect()
    }

    #[test]
    fn simple_turns_and_heading() {
        let d = read("Avsnitt 12 - Om vatten\n\nANNA: Hej och välkommen.\nOLLE: Tack, det är roligt\natt vara här.\n");
        assert_eq!(d.title.as_deref(), Some("Avsnitt 12 - Om vatten"));
        assert_eq!(d.number, Some(12));
        assert_eq!(
            texts(&d),
            vec![
                ("ANNA".into(), "Hej och välkommen.".into()),
                ("OLLE".into(), "Tack, det är roligt att vara här.".into())
            ]
        );
        assert_eq!(d.turns[1].line, 4);
    }

    #[test]
    fn pdf_extraction_quirks() {
        let src = "\n 1 \n\nEP7 - Ett prov \n\n \nVINJETT:   En podd från Exempelstad. \n\n \n\nANNA:  Vi pratar om hälso- \n\noch sjukvård och om IT-\n\nmedarbetare i tjänstedesign-\n\nmetodiken. \n\n \n 12 \n\nOLLE:  Ja det \n\n 13 \n\nfinns [skratt] mycket. \n\n \n\nANNA:  Bra. \n  Nu en ny fråga. \n\n \n\tANNA:  Vi pratar om hälso- och sjukvård och om IT-medarbetare i\n\tOLLE:  Ja det finns [skratt] mycket.\n";
        let d = read(src);
        assert_eq!(d.title.as_deref(), Some("EP7 - Ett prov"));
        assert_eq!(d.number, Some(7));
        assert_eq!(
            texts(&d),
            vec![
                ("VINJETT".into(), "En podd från Exempelstad.".into()),
                ("ANNA".into(), "Vi pratar om hälso- och sjukvård och om IT-medarbetare i tjänstedesignmetodiken.".into()),
                ("OLLE".into(), "Ja det finns [skratt] mycket.".into()),
                ("ANNA".into(), "Bra.".into()),
                ("ANNA".into(), "Nu en ny fråga.".into()),
            ]
        );
        assert!(d
            .diagnostics
            .iter()
            .any(|x| x.message.contains("tab-indented block")));
    }

    #[test]
    fn hyphen_kept_when_document_writes_it() {
        let d = read("ANNA: Det är e-\nhälsa vi menar.\nOLLE: Ja, e-hälsa.\n");
        assert_eq!(d.turns[0].paragraphs[0], "Det är e-hälsa vi menar.");
    }

    #[test]
    fn colon_inside_sentence_is_not_a_label() {
        let d = read("ANNA: Jag sa så här:\nVi måste börja nu.\nOLLE: Ja.\nANNA: Hon sa: kom.\n");
        assert_eq!(d.turns.len(), 3);
        assert_eq!(
            d.turns[0].paragraphs[0],
            "Jag sa så här: Vi måste börja nu."
        );
    }

    #[test]
    fn label_alone_then_paragraphs() {
        let d = read("ANNA:\nFörsta stycket.\n\nAndra stycket.\n\nOLLE:\nSvar.\n");
        assert_eq!(
            d.turns[0].paragraphs,
            vec!["Första stycket.", "Andra stycket."]
        );
        assert_eq!(d.turns[1].paragraphs, vec!["Svar."]);
    }

    #[test]
    fn rev_otter_and_bracket_times() {
        let d = read("Speaker 1 (00:00):\nHello there.\n\nSpeaker 2 (00:05):\nHi.\n");
        assert_eq!(
            texts(&d),
            vec![
                ("Speaker 1".into(), "Hello there.".into()),
                ("Speaker 2".into(), "Hi.".into())
            ]
        );
        assert_eq!(d.turns[1].start, Some(5.0));
        let d = read("Anna Andersson  0:03\nHej allihop.\n\nOlle Ek  1:15\nTack.\n");
        assert_eq!(d.turns[1].speaker, "Olle Ek");
        assert_eq!(d.turns[1].start, Some(75.0));
        let d = read("[00:01:02] Anna: Hej.\n[00:01:10] Olle: Hallå.\n");
        assert_eq!(d.turns[0].start, Some(62.0));
        assert_eq!(d.turns[1].paragraphs[0], "Hallå.");
    }

    #[test]
    fn running_headers_removed() {
        let mut s = String::new();
        for p in [1, 2, 9, 10, 11] {
            s.push_str(&format!("Sida {p} – Exempelpodden, utskrift avsnitt 3\nANNA: Rad {p} här.\nOLLE: Svar {p}.\n"));
        }
        let d = read(&s);
        assert_eq!(d.turns.len(), 10);
        assert!(d
            .turns
            .iter()
            .all(|t| !t.paragraphs[0].contains("utskrift")));
    }

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

    #[test]
    fn numbers_from_headings() {
        assert_eq!(heading_number("EP33 - Näravårdpodden"), Some(33));
        assert_eq!(heading_number("Avsnitt 4: Vatten"), Some(4));
        assert_eq!(heading_number("Episode 12 — Water"), Some(12));
        assert_eq!(heading_number("Deep dive"), None);
    }
}
