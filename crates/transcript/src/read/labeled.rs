//! Labeled plain text: `NAME: text` turns, as typed by hand or extracted from PDF.
//!
//! Besides the label styles of [`super::label`], this reader undoes what PDF
//! extraction does to a transcript: page numbers alone on a line, page breaks
//! seen as leading spaces, double spacing, running headers and footers, words
//! hyphenated at line ends, and a trailing tab-indented block that repeats
//! earlier turns.

use std::collections::HashMap;

use super::extraction::{
    body_end, classify, drop_running_heads, is_double_spaced, is_event_line, Kind,
};
use super::hyphen::{join_line, vocabulary, HyphenStats};
use super::label::{parse_label, Label, LabelStyle};
use super::{Draft, DraftTurn};
use crate::model::Diagnostic;

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
    fn numbers_from_headings() {
        assert_eq!(heading_number("EP33 - Näravårdpodden"), Some(33));
        assert_eq!(heading_number("Avsnitt 4: Vatten"), Some(4));
        assert_eq!(heading_number("Episode 12 — Water"), Some(12));
        assert_eq!(heading_number("Deep dive"), None);
    }
}
