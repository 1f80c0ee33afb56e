//! WebVTT subtitles.
//!
//! The speaker comes from `<v Name>` voice spans (closing `</v>` optional,
//! classes as in `<v.loud Name>` allowed) or, in cues without any voice span,
//! from a `Name: text` label. A speaker is carried forward to the following
//! cues until another one is named, and consecutive cues of one speaker make
//! one turn (one paragraph) from the start of its first cue to the end of its
//! last; unlabeled cues break into turns of the unknown speaker at dialogue
//! markers, pauses and long turns' sentence ends ([`unlabeled_break`]). Other
//! tags (`<i>`, `<c.x>`, `<00:00:01.000>`) are stripped and character
//! references decoded; `NOTE`, `STYLE` and `REGION` blocks and cue
//! identifiers are skipped.

use super::common::{
    cue_time, decode_entities, push_text, push_turn, unlabeled_break, without_dialogue_marker,
    LabelFilter, UNKNOWN_SPEAKER,
};
use super::Draft;
use crate::model::Diagnostic;

/// Read WebVTT text into a draft.
pub fn read(text: &str) -> Draft {
    let lines: Vec<&str> = text.lines().collect();
    let labels = LabelFilter::new(lines.iter().map(|l| l.trim()));
    let mut r = Cues {
        labels,
        speaker: None,
        unnamed: None,
        prev_end: None,
        draft: Draft::default(),
    };
    let n = lines.len();
    let mut i = 0;
    while i < n && lines[i].trim().is_empty() {
        i += 1;
    }
    if i < n
        && lines[i]
            .trim_start_matches('\u{FEFF}')
            .starts_with("WEBVTT")
    {
        i += 1;
        while i < n && !lines[i].trim().is_empty() && !lines[i].contains("-->") {
            i += 1;
        }
    } else {
        r.draft.diagnostics.push(Diagnostic::warning(
            Some(i + 1),
            "no `WEBVTT` header; read as WebVTT anyway",
        ));
    }
    while i < n {
        let t = lines[i].trim();
        if t.is_empty() {
            i += 1;
            continue;
        }
        if is_block(t, "NOTE") || is_block(t, "STYLE") || is_block(t, "REGION") {
            while i < n && !lines[i].trim().is_empty() {
                i += 1;
            }
            continue;
        }
        if t.contains("-->") {
            let timing = timing(t);
            if timing.is_none() {
                r.draft.diagnostics.push(Diagnostic::warning(
                    Some(i + 1),
                    format!("cue timing “{t}” not understood; cue skipped"),
                ));
            }
            i += 1;
            let first = i;
            while i < n && !lines[i].trim().is_empty() {
                i += 1;
            }
            if let Some((start, end)) = timing {
                r.cue(&lines[first..i], first + 1, start, end);
            }
            continue;
        }
        if i + 1 < n && lines[i + 1].contains("-->") {
            // cue identifier
            i += 1;
            continue;
        }
        r.draft.diagnostics.push(Diagnostic::warning(
            Some(i + 1),
            "text outside any cue skipped",
        ));
        while i < n && !lines[i].trim().is_empty() {
            i += 1;
        }
    }
    if let Some(line) = r.unnamed {
        r.draft.diagnostics.push(Diagnostic::warning(
            Some(line),
            format!("cues without a speaker are attributed to {UNKNOWN_SPEAKER}; name speakers with `<v Name>`"),
        ));
    }
    r.draft
}

struct Cues<'a> {
    labels: LabelFilter<'a>,
    /// Speaker carried forward.
    speaker: Option<String>,
    /// First line of text that had no speaker.
    unnamed: Option<usize>,
    /// End of the cue before the one being read.
    prev_end: Option<f64>,
    draft: Draft,
}

impl Cues<'_> {
    fn cue(&mut self, payload: &[&str], first_line: usize, start: f64, end: f64) {
        let has_voice = payload.iter().any(|l| voice_tag_in(l));
        for (k, raw) in payload.iter().enumerate() {
            let line = first_line + k;
            let mut l = raw.trim();
            // dialogue dash before a voice: `- <v Anna>Hej`
            if let Some(r) = l.strip_prefix("- ").or_else(|| l.strip_prefix('-')) {
                if r.trim_start().starts_with("<v") {
                    l = r.trim_start();
                }
            }
            if has_voice {
                self.voiced_line(l, line, start, end);
            } else {
                let stripped = strip_tags(l);
                let plain = decode_entities(&stripped);
                let text = match self.labels.split(&plain) {
                    Some((name, rest)) => {
                        self.speaker = Some(name.to_string());
                        rest
                    }
                    None => plain.trim(),
                };
                // Unlabeled text may begin a new turn at a cue's first line.
                if k == 0
                    && self.speaker.is_none()
                    && !text.trim().is_empty()
                    && unlabeled_break(&self.draft.turns, l, start, self.prev_end)
                {
                    self.unnamed.get_or_insert(line);
                    push_turn(
                        &mut self.draft.turns,
                        UNKNOWN_SPEAKER,
                        without_dialogue_marker(text),
                        Some(start),
                        Some(end),
                        line,
                    );
                } else {
                    let text = if self.speaker.is_none() {
                        without_dialogue_marker(text)
                    } else {
                        text
                    };
                    self.say(text, line, start, end);
                }
            }
        }
        self.prev_end = Some(end);
    }

    /// A payload line of a cue that has voice spans.
    fn voiced_line(&mut self, l: &str, line: usize, start: f64, end: f64) {
        let mut buf = String::new();
        let mut rest = l;
        while let Some(open) = rest.find('<') {
            buf.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            let Some(close) = after.find('>') else {
                buf.push_str(&rest[open..]);
                rest = "";
                break;
            };
            let tag = &after[..close];
            rest = &after[close + 1..];
            if let Some(name) = voice_name(tag) {
                self.say(&decode_entities(&buf), line, start, end);
                buf.clear();
                if !name.is_empty() {
                    self.speaker = Some(decode_entities(name).into_owned());
                }
            } else if tag == "/v" {
                self.say(&decode_entities(&buf), line, start, end);
                buf.clear();
            }
            // every other tag is dropped
        }
        buf.push_str(rest);
        self.say(&decode_entities(&buf), line, start, end);
    }

    fn say(&mut self, text: &str, line: usize, start: f64, end: f64) {
        if text.trim().is_empty() {
            return;
        }
        let speaker = match &self.speaker {
            Some(s) => s.as_str(),
            None => {
                self.unnamed.get_or_insert(line);
                UNKNOWN_SPEAKER
            }
        };
        push_text(
            &mut self.draft.turns,
            speaker,
            text,
            Some(start),
            Some(end),
            line,
        );
    }
}

/// `NOTE`, `STYLE`, `REGION` alone or followed by whitespace.
fn is_block(t: &str, word: &str) -> bool {
    t.strip_prefix(word)
        .is_some_and(|r| r.is_empty() || r.starts_with(char::is_whitespace))
}

/// `00:00:01.000 --> 00:00:04.000 align:start` → (start, end).
fn timing(t: &str) -> Option<(f64, f64)> {
    let (a, b) = t.split_once("-->")?;
    let start = cue_time(a)?;
    let end = cue_time(b.split_whitespace().next()?)?;
    Some((start, end))
}

/// Whether a line contains a `<v …>` tag.
fn voice_tag_in(l: &str) -> bool {
    l.match_indices('<').any(|(i, _)| {
        let after = &l[i + 1..];
        after
            .find('>')
            .is_some_and(|c| voice_name(&after[..c]).is_some())
    })
}

/// The speaker named by a voice tag's content (`v Anna`, `v.loud Anna`); `""` for a bare `v`.
fn voice_name(tag: &str) -> Option<&str> {
    let rest = tag.strip_prefix('v')?;
    if rest.is_empty() {
        return Some("");
    }
    if !rest.starts_with(['.', ' ', '\t']) {
        return None;
    }
    Some(match rest.find([' ', '\t']) {
        Some(sp) => rest[sp..].trim(),
        None => "",
    })
}

/// Drop every `<…>` tag; a `<` without `>` stays.
fn strip_tags(l: &str) -> String {
    let mut out = String::with_capacity(l.len());
    let mut rest = l;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..open]);
        match rest[open..].find('>') {
            Some(close) => rest = &rest[open + close + 1..],
            None => {
                out.push_str(&rest[open..]);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::common::UNLABELED_TURNS;

    #[test]
    fn voices_carried_and_merged() {
        let d = read(
            "WEBVTT\nKind: captions\n\nNOTE en kommentar\nsom fortsätter\n\nSTYLE\n::cue { color: red }\n\n1\n00:00:01.000 --> 00:00:03.000\n<v Anna>Hej <i>och</i> välkommen\n\n2\n00:00:03.000 --> 00:00:05.500 align:start\ntill <c.gul>podden</c> &amp; dig.\n\n00:05.500 --> 00:07.000\n<v.loud Olle Berg>Tack!</v> <00:00:06.000>Kul&nbsp;här&lrm;.\n\n00:07.000 --> 00:08.000\n<v Anna>Ja &#228;r det &lt;3\n",
        );
        assert_eq!(
            d.first_paragraphs(),
            vec![
                ("Anna", "Hej och välkommen till podden & dig."),
                ("Olle Berg", "Tack! Kul här."),
                ("Anna", "Ja är det <3"),
            ]
        );
        assert_eq!(d.turns[0].start, Some(1.0));
        assert_eq!(d.turns[0].end, Some(5.5));
        assert_eq!(d.turns[0].line, 12);
        assert_eq!(d.turns[1].line, 19);
        assert!(d.diagnostics.is_empty(), "{:?}", d.diagnostics);
    }

    #[test]
    fn two_voices_in_one_cue_and_dashes() {
        let d = read("WEBVTT\n\n00:01.000 --> 00:02.000\n- <v Anna>Hej.\n- <v Olle>Hej själv.\n");
        assert_eq!(
            d.first_paragraphs(),
            vec![("Anna", "Hej."), ("Olle", "Hej själv.")]
        );
        assert_eq!(d.turns[1].line, 5);
    }

    #[test]
    fn labels_without_voices() {
        let d = read("WEBVTT\n\n00:01.000 --> 00:02.000\nANNA: Hej.\n\n00:02.000 --> 00:03.000\nHur mår du?\n\n00:03.000 --> 00:04.000\nOLLE: Bra: tack.\n");
        assert_eq!(
            d.first_paragraphs(),
            vec![("ANNA", "Hej. Hur mår du?"), ("OLLE", "Bra: tack.")]
        );
    }

    #[test]
    fn unlabeled_cues_break_at_pauses_and_dashes() {
        let d = read("WEBVTT\n\n00:01.000 --> 00:03.000\nEn podd från kommunen.\n\n00:06.000 --> 00:08.000\nVälkommen hit. Vad gör du?\n\n00:08.000 --> 00:10.000\n- Jag jobbar med äldreomsorg\n\n00:10.000 --> 00:12.000\noch har gjort det länge.\n");
        assert_eq!(d.first_paragraphs(), UNLABELED_TURNS.to_vec());
        let starts: Vec<_> = d.turns.iter().map(|t| t.start).collect();
        assert_eq!(starts, vec![Some(1.0), Some(6.0), Some(8.0)]);
    }

    #[test]
    fn no_speakers_and_junk() {
        let d =
            read("00:01.000 --> 00:02.000\nbara text\n\nlösa ord\n\n00:xx --> 00:03.000\nborta\n");
        assert_eq!(d.first_paragraphs(), vec![(UNKNOWN_SPEAKER, "bara text")]);
        let msgs: Vec<_> = d
            .diagnostics
            .iter()
            .map(|x| (x.line, x.message.as_str()))
            .collect();
        assert_eq!(msgs.len(), 4, "{msgs:?}");
        assert_eq!(msgs[1].0, Some(4));
        assert_eq!(msgs[2].0, Some(6));
    }
}
