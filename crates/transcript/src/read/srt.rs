//! SRT subtitles with `Name: text` cues.
//!
//! A cue line that starts with a speaker label (upper-case or Title Case,
//! 1–4 words, as the labeled reader accepts) names the speaker; the speaker
//! is carried forward to the following cues until another label appears.
//! Consecutive cues of one speaker make one turn (one paragraph) from the start
//! of the first cue to the end of the last. Cues without any label break
//! into turns of the unknown speaker at dialogue markers, pauses and long
//! turns' sentence ends ([`unlabeled_break`]). Formatting tags (`<i>`,
//! `<font …>`, `{\an8}`) are stripped, character references decoded; cue numbers
//! are skipped.

use std::borrow::Cow;

use super::common::{
    cue_time, decode_entities, push_text, push_turn, unlabeled_break, LabelFilter, UNKNOWN_SPEAKER,
};
use super::Draft;
use crate::model::Diagnostic;

/// Read SRT text into a draft.
pub fn read(text: &str) -> Draft {
    let lines: Vec<&str> = text.lines().collect();
    let cleaned: Vec<Cow<'_, str>> = lines.iter().map(|l| clean_line(l)).collect();
    let labels = LabelFilter::new(cleaned.iter().map(|l| l.as_ref()));
    let mut draft = Draft::default();
    let mut speaker: Option<String> = None;
    let mut cue: Option<(f64, f64)> = None;
    let mut bad_cue = false;
    let mut unnamed: Option<usize> = None;
    let mut outside: Option<usize> = None;
    // End of the cue before this one, and whether this cue's first text line
    // is still to come (where unlabeled text may begin a new turn).
    let mut prev_end: Option<f64> = None;
    let mut cue_head = false;
    for (i, raw) in lines.iter().enumerate() {
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        if t.contains("-->") {
            prev_end = cue.map(|c| c.1).or(prev_end);
            cue_head = true;
            cue = timing(t);
            bad_cue = cue.is_none();
            if bad_cue {
                draft.diagnostics.push(Diagnostic::warning(
                    Some(i + 1),
                    format!("cue timing “{t}” not understood; cue skipped"),
                ));
            }
            continue;
        }
        let is_index = t.chars().all(|c| c.is_ascii_digit())
            && lines.get(i + 1).is_some_and(|n| n.contains("-->"));
        if is_index {
            continue;
        }
        if bad_cue {
            continue;
        }
        let Some((start, end)) = cue else {
            outside.get_or_insert(i + 1);
            continue;
        };
        let line = cleaned[i].as_ref();
        let text = match labels.split(line) {
            Some((name, rest)) => {
                speaker = Some(name.to_string());
                rest
            }
            None => line,
        };
        if text.is_empty() {
            continue;
        }
        let head = std::mem::take(&mut cue_head);
        let who = match &speaker {
            Some(s) => s.as_str(),
            None => {
                unnamed.get_or_insert(i + 1);
                UNKNOWN_SPEAKER
            }
        };
        if speaker.is_none() && head && unlabeled_break(&draft.turns, raw, start, prev_end) {
            push_turn(&mut draft.turns, who, text, Some(start), Some(end), i + 1);
        } else {
            push_text(&mut draft.turns, who, text, Some(start), Some(end), i + 1);
        }
    }
    if let Some(line) = outside {
        draft.diagnostics.push(Diagnostic::warning(
            Some(line),
            "text before the first cue timing skipped",
        ));
    }
    if let Some(line) = unnamed {
        draft.diagnostics.push(Diagnostic::warning(
            Some(line),
            format!("cues without a speaker label are attributed to {UNKNOWN_SPEAKER}; start cues with `NAME: text`"),
        ));
    }
    draft
}

/// `00:00:01,000 --> 00:00:04,000 X1:…` → (start, end).
fn timing(t: &str) -> Option<(f64, f64)> {
    let (a, b) = t.split_once("-->")?;
    let start = cue_time(a)?;
    let end = cue_time(b.split_whitespace().next()?)?;
    Some((start, end))
}

/// A cue line without tags (`<i>`, `<font …>`, `{\an8}`) or dialogue markers
/// (`- `, `>> `), character references (`&amp;`, `&#39;`) decoded.
fn clean_line(l: &str) -> Cow<'_, str> {
    let t = l.trim();
    if !t.contains(['<', '{', '&']) && !t.starts_with(">>") && !t.starts_with("- ") {
        return Cow::Borrowed(t);
    }
    let mut out = String::with_capacity(l.len());
    let mut rest = l;
    loop {
        let next = rest.find(['<', '{']);
        let Some(open) = next else {
            out.push_str(rest);
            break;
        };
        out.push_str(&rest[..open]);
        let (is_tag, close) = if rest[open..].starts_with('<') {
            let inner = &rest[open + 1..];
            let is_tag = inner
                .trim_start_matches('/')
                .starts_with(|c: char| c.is_ascii_alphabetic());
            (is_tag, inner.find('>').map(|c| open + 1 + c))
        } else {
            (
                rest[open + 1..].starts_with('\\'),
                rest[open..].find('}').map(|c| open + c),
            )
        };
        match (is_tag, close) {
            (true, Some(c)) => rest = &rest[c + 1..],
            _ => {
                out.push_str(&rest[open..open + 1]);
                rest = &rest[open + 1..];
            }
        }
    }
    let t = out.trim();
    let t = t
        .strip_prefix(">>")
        .or_else(|| t.strip_prefix("- "))
        .unwrap_or(t);
    Cow::Owned(decode_entities(t.trim()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::common::LONG_TURN_WORDS;
    use crate::read::common::UNLABELED_TURNS;

    #[test]
    fn labels_carried_and_merged() {
        let d = read("1\n00:00:01,000 --> 00:00:03,000\nANNA: Hej och\nvälkommen.\n\n2\n00:00:03,000 --> 00:00:04,500\n<i>Hur mår du?</i>\n\n3\n00:00:04,500 --> 00:00:06,000\n{\\an8}Olle Berg: Bra: tack.\n- ANNA: Skönt.\n");
        assert_eq!(
            d.first_paragraphs(),
            vec![
                ("ANNA", "Hej och välkommen. Hur mår du?"),
                ("Olle Berg", "Bra: tack."),
                ("ANNA", "Skönt."),
            ]
        );
        assert_eq!((d.turns[0].start, d.turns[0].end), (Some(1.0), Some(4.5)));
        assert_eq!(
            d.turns.iter().map(|t| t.line).collect::<Vec<_>>(),
            vec![3, 12, 13]
        );
        assert!(d.diagnostics.is_empty(), "{:?}", d.diagnostics);
    }

    #[test]
    fn sentence_colon_is_not_a_label() {
        let d = read("1\n00:00:01,000 --> 00:00:02,000\nANNA: a\n\n2\n00:00:02,000 --> 00:00:03,000\nOLLE: b\n\n3\n00:00:03,000 --> 00:00:04,000\nANNA: c\n\n4\n00:00:04,000 --> 00:00:05,000\nOLLE: d\n\n5\n00:00:05,000 --> 00:00:06,000\nAlltså: så är det.\n");
        assert_eq!(
            d.turns.last().unwrap().paragraphs[0],
            "d Alltså: så är det."
        );
    }

    #[test]
    fn unlabeled_cues_break_at_pauses_dashes_and_long_turns() {
        let d = read("1\n00:00:01,000 --> 00:00:03,000\nEn podd från kommunen.\n\n2\n00:00:05,500 --> 00:00:08,000\nVälkommen hit. Vad gör du?\n\n3\n00:00:08,000 --> 00:00:10,000\n- Jag jobbar med äldreomsorg\n\n4\n00:00:10,000 --> 00:00:12,000\noch har gjort det länge.\n");
        assert_eq!(d.first_paragraphs(), UNLABELED_TURNS.to_vec());
        let starts: Vec<_> = d.turns.iter().map(|t| t.start).collect();
        assert_eq!(starts, vec![Some(1.0), Some(5.5), Some(8.0)]);
        // One voice talking on: a new turn at the first sentence end past
        // LONG_TURN_WORDS, not inside a sentence.
        let mut srt = String::new();
        for i in 0..40 {
            let words = if i % 2 == 0 {
                "ett två tre fyra fem"
            } else {
                "sex sju åtta nio tio."
            };
            srt.push_str(&format!(
                "{}\n00:00:{:02},000 --> 00:00:{:02},000\n{words}\n\n",
                i + 1,
                i,
                i + 1
            ));
        }
        let d = read(&srt);
        let sizes: Vec<usize> = d
            .turns
            .iter()
            .map(|t| t.paragraphs[0].split_whitespace().count())
            .collect();
        assert_eq!(sizes, vec![LONG_TURN_WORDS, 200 - LONG_TURN_WORDS]);
        assert!(d.turns.iter().all(|t| t.paragraphs[0].ends_with('.')));
        // Labelled cues are not broken by pauses.
        let d = read("1\n00:00:01,000 --> 00:00:02,000\nANNA: Hej\n\n2\n00:00:09,000 --> 00:00:10,000\noch välkommen.\n");
        assert_eq!(d.first_paragraphs(), vec![("ANNA", "Hej och välkommen.")]);
    }

    #[test]
    fn unnamed_and_bad_cues() {
        let d = read("inledning\n1\n00:00:01,000 --> 00:00:02,000\nbara text\n\n2\nx --> y\nborta\n\n3\n00:00:03,000 --> 00:00:04,000\nANNA: <b>a &lt; b</b>\n");
        assert_eq!(
            d.first_paragraphs(),
            vec![(UNKNOWN_SPEAKER, "bara text"), ("ANNA", "a < b")]
        );
        let lines: Vec<_> = d.diagnostics.iter().map(|x| x.line).collect();
        assert_eq!(lines, vec![Some(7), Some(1), Some(4)]);
    }
}
