//! JSON transcripts: Podcasting 2.0, Whisper and WhisperX.
//!
//! All three have a `segments` list (a bare top-level list of segments is read
//! the same way). A segment's text is `body` (Podcasting 2.0), `text`
//! (Whisper) or, failing both, its `words`; its times are
//! `startTime`/`endTime` or `start`/`end`; its speaker is `speaker` or the
//! speaker of its first word. A segment without a speaker keeps the previous
//! one. Consecutive segments of one speaker make one turn (one paragraph), the
//! pieces joined with the spacing running text needs, so word-level segments
//! (`"Hej"`, `","`, `"sa"`) read as `Hej, sa`. A file without any speaker (plain
//! Whisper) is one speaker, `SPEAKER_00`.

use serde_json::value::RawValue;
use serde_json::Value;

use super::common::{
    join_words, push_text, push_turn, unlabeled_break, without_dialogue_marker, LineCounter,
    UNKNOWN_SPEAKER,
};
use super::{parse_time, Draft};
use crate::model::Diagnostic;

/// Read JSON transcripts; errors are (1-based line, what is wrong and what to do).
pub fn read(text: &str) -> Result<Draft, (usize, String)> {
    let root: &RawValue = serde_json::from_str(text).map_err(|e| {
        (
            e.line().max(1),
            format!(
                "invalid JSON at column {}: {e}; fix the syntax or export the transcript again",
                e.column()
            ),
        )
    })?;
    let mut lines = LineCounter::new(text);
    let segments: Vec<&RawValue> = match root.get().trim_start().as_bytes().first() {
        Some(b'[') => from_raw(root, text, &mut lines)?,
        Some(b'{') => {
            let top: Top = from_raw(root, text, &mut lines)?;
            match top.segments {
                Some(raw) if raw.get().starts_with('[') => from_raw(raw, text, &mut lines)?,
                Some(raw) => {
                    let line = lines.line_at(offset(text, raw));
                    return Err((
                        line,
                        "`segments` is not a list; expected `\"segments\": [{…}, …]`".into(),
                    ));
                }
                None => match top.text {
                    Some(Value::String(t)) if !t.trim().is_empty() => {
                        return Ok(whole_text(&t, key_line(text, "text")));
                    }
                    _ => return Err((1, no_segments())),
                },
            }
        }
        _ => return Err((1, no_segments())),
    };
    let mut r = Segments::default();
    for (k, seg) in segments.iter().enumerate() {
        let line = lines.line_at(offset(text, seg));
        r.segment(k, seg, line);
    }
    Ok(r.finish())
}

/// The top-level object, with segments kept raw to know their lines.
#[derive(serde::Deserialize)]
struct Top<'a> {
    #[serde(borrow, default)]
    segments: Option<&'a RawValue>,
    #[serde(default)]
    text: Option<Value>,
}

fn no_segments() -> String {
    "no `segments` list found; podprint reads Podcasting 2.0 (`{\"version\", \"segments\": [{\"speaker\", \"startTime\", \"endTime\", \"body\"}]}`), Whisper and WhisperX JSON".into()
}

/// Deserialize `raw` (part of `text`), errors placed at their line in `text`.
fn from_raw<'a, T: serde::Deserialize<'a>>(
    raw: &'a RawValue,
    text: &str,
    lines: &mut LineCounter<'_>,
) -> Result<T, (usize, String)> {
    serde_json::from_str(raw.get()).map_err(|e| {
        let base = lines.line_at(offset(text, raw));
        (
            base + e.line().max(1) - 1,
            format!("unexpected JSON structure: {e}; expected a Podcasting 2.0, Whisper or WhisperX transcript"),
        )
    })
}

/// Byte offset of `raw` within `text` (it borrows from it).
fn offset(text: &str, raw: &RawValue) -> usize {
    (raw.get().as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
}

/// Line of the first `"key"` in `text` (1 if absent).
fn key_line(text: &str, key: &str) -> usize {
    text.find(&format!("\"{key}\""))
        .map(|i| text[..i].matches('\n').count() + 1)
        .unwrap_or(1)
}

/// A Whisper file with only a top-level `text`.
fn whole_text(t: &str, line: usize) -> Draft {
    let mut d = Draft::default();
    push_text(&mut d.turns, UNKNOWN_SPEAKER, t, None, None, line);
    d.diagnostics.push(Diagnostic::info(
        Some(line),
        format!(
            "JSON has no segments or speakers; the whole text is one turn by {UNKNOWN_SPEAKER}"
        ),
    ));
    d
}

/// The fields of a segment podprint reads; others are ignored.
#[derive(serde::Deserialize)]
struct Seg<'a> {
    #[serde(default)]
    speaker: Option<Value>,
    #[serde(default)]
    body: Option<Value>,
    #[serde(default)]
    text: Option<Value>,
    #[serde(default, rename = "startTime")]
    start_time: Option<Value>,
    #[serde(default, rename = "endTime")]
    end_time: Option<Value>,
    #[serde(default)]
    start: Option<Value>,
    #[serde(default)]
    end: Option<Value>,
    /// Parsed only when the segment lacks text or a speaker.
    #[serde(default, borrow)]
    words: Option<&'a RawValue>,
}

/// One segment's contribution.
struct Piece {
    speaker: Option<String>,
    text: String,
    start: Option<f64>,
    end: Option<f64>,
    line: usize,
}

#[derive(Default)]
struct Segments {
    pieces: Vec<Piece>,
    diagnostics: Vec<Diagnostic>,
    skipped: usize,
    first_skipped: Option<usize>,
}

impl Segments {
    fn segment(&mut self, k: usize, raw: &RawValue, line: usize) {
        let seg = match serde_json::from_str::<Seg>(raw.get()) {
            Ok(seg) if raw.get().starts_with('{') => seg,
            _ => {
                self.skip(line);
                return;
            }
        };
        let words = || -> Option<Value> { serde_json::from_str(seg.words?.get()).ok() };
        let text = match seg.body.or(seg.text) {
            Some(Value::String(s)) => s,
            Some(Value::Null) | None => words_text(words().as_ref()),
            Some(_) => {
                self.diagnostics.push(Diagnostic::warning(
                    Some(line),
                    format!("segment {} has text that is not a string; skipped", k + 1),
                ));
                return;
            }
        };
        if text.trim().is_empty() {
            return;
        }
        let speaker = speaker(seg.speaker.as_ref()).or_else(|| {
            words()
                .as_ref()
                .and_then(Value::as_array)
                .and_then(|w| w.iter().find_map(|w| speaker(w.get("speaker"))))
        });
        self.pieces.push(Piece {
            speaker,
            text,
            start: time(seg.start_time.as_ref().or(seg.start.as_ref())),
            end: time(seg.end_time.as_ref().or(seg.end.as_ref())),
            line,
        });
    }

    fn skip(&mut self, line: usize) {
        self.skipped += 1;
        self.first_skipped.get_or_insert(line);
    }

    fn finish(mut self) -> Draft {
        let mut d = Draft::default();
        if self.skipped > 0 {
            self.diagnostics.push(Diagnostic::warning(
                self.first_skipped,
                format!(
                    "{} segment(s) that are not objects with the expected fields skipped",
                    self.skipped
                ),
            ));
        }
        let any_speaker = self.pieces.iter().any(|p| p.speaker.is_some());
        if !any_speaker && !self.pieces.is_empty() {
            self.diagnostics.push(Diagnostic::info(
                Some(self.pieces[0].line),
                format!("no speakers in the JSON (plain Whisper?); all text is {UNKNOWN_SPEAKER}"),
            ));
        }
        let mut current: Option<String> = None;
        let mut unnamed: Option<usize> = None;
        let mut prev_end: Option<f64> = None;
        for p in self.pieces {
            let line = p.line;
            // Segments with no speaker break into turns as unlabeled cues do.
            let unlabeled = p.speaker.is_none() && current.is_none();
            let breaks = unlabeled
                && p.start
                    .is_some_and(|s| unlabeled_break(&d.turns, &p.text, s, prev_end));
            prev_end = p.end.or(prev_end);
            if p.speaker.is_some() {
                current = p.speaker;
            }
            let who = match &current {
                Some(s) => s.as_str(),
                None => {
                    if any_speaker {
                        unnamed.get_or_insert(line);
                    }
                    UNKNOWN_SPEAKER
                }
            };
            if breaks {
                let text = without_dialogue_marker(&p.text);
                push_turn(&mut d.turns, who, text, p.start, p.end, line);
            } else {
                push_text(&mut d.turns, who, &p.text, p.start, p.end, line);
            }
        }
        if let Some(line) = unnamed {
            self.diagnostics.push(Diagnostic::warning(
                Some(line),
                format!("segments before the first one with a `speaker` are attributed to {UNKNOWN_SPEAKER}"),
            ));
        }
        d.diagnostics = self.diagnostics;
        d
    }
}

/// A speaker label from a string or a number (`2` → `SPEAKER_02`).
fn speaker(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => n.as_u64().map(|n| format!("SPEAKER_{n:02}")),
        _ => None,
    }
}

/// Seconds from a number or a time string.
fn time(v: Option<&Value>) -> Option<f64> {
    match v? {
        Value::Number(n) => n.as_f64().filter(|t| t.is_finite() && *t >= 0.0),
        Value::String(s) => parse_time(s),
        _ => None,
    }
}

/// Text of a WhisperX `words` list (`word` or `text` of each).
fn words_text(words: Option<&Value>) -> String {
    let mut out = String::new();
    for w in words.and_then(Value::as_array).into_iter().flatten() {
        if let Some(s) = w
            .get("word")
            .or_else(|| w.get("text"))
            .and_then(Value::as_str)
        {
            join_words(&mut out, s);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn podcasting20_word_level() {
        let d = read(
            r#"{
  "version": "1.0.0",
  "segments": [
    {"speaker": "Anna", "startTime": 0.5, "endTime": 0.9, "body": "Hej"},
    {"speaker": "Anna", "startTime": 0.9, "endTime": 1.0, "body": ","},
    {"speaker": "Anna", "startTime": 1.0, "endTime": 1.4, "body": "Olle"},
    {"speaker": "Anna", "startTime": 1.4, "endTime": 1.5, "body": "!"},
    {"speaker": "Olle", "startTime": 2.0, "endTime": 2.5, "body": "Hej"},
    {"startTime": 2.5, "endTime": 3.0, "body": "själv."}
  ]
}"#,
        )
        .unwrap();
        assert_eq!(
            d.first_paragraphs(),
            vec![("Anna", "Hej, Olle!"), ("Olle", "Hej själv.")]
        );
        assert_eq!((d.turns[0].start, d.turns[0].end), (Some(0.5), Some(1.5)));
        assert_eq!((d.turns[0].line, d.turns[1].line), (4, 8));
    }

    #[test]
    fn unlabeled_segments_break_at_pauses() {
        let d = read(r#"{"segments": [{"start": 0, "end": 1.5, "text": " Hej."}, {"start": 1.5, "end": 3, "text": " Hur mår du?"}, {"start": 6, "end": 8, "text": " Bra, tack."}]}"#).unwrap();
        assert_eq!(
            d.first_paragraphs(),
            vec![
                ("SPEAKER_00", "Hej. Hur mår du?"),
                ("SPEAKER_00", "Bra, tack.")
            ]
        );
        assert_eq!(d.turns[1].start, Some(6.0));
    }

    #[test]
    fn whisper_and_whisperx() {
        let d = read(r#"{"text": " Hej. Hur mår du?", "segments": [{"start": 0, "end": 1.5, "text": " Hej."}, {"start": 1.5, "end": 3, "text": " Hur mår du?"}]}"#).unwrap();
        assert_eq!(
            d.first_paragraphs(),
            vec![("SPEAKER_00", "Hej. Hur mår du?")]
        );
        assert_eq!(d.diagnostics.len(), 1);
        let d = read(r#"{"segments": [
 {"start": 0, "end": 1, "text": " Hej.", "speaker": "SPEAKER_01", "words": [{"word": "Hej.", "start": 0, "end": 1, "speaker": "SPEAKER_01"}]},
 {"start": 1, "end": 2, "words": [{"word": "Tack", "speaker": "SPEAKER_00"}, {"word": "!"}]}
]}"#).unwrap();
        assert_eq!(
            d.first_paragraphs(),
            vec![("SPEAKER_01", "Hej."), ("SPEAKER_00", "Tack!")]
        );
        assert_eq!(d.turns[1].line, 3);
        let d = read(r#"[{"start": 0, "end": 1, "text": "Hej", "speaker": 1}]"#).unwrap();
        assert_eq!(d.first_paragraphs(), vec![("SPEAKER_01", "Hej")]);
        let d = read(r#"{"text": "Bara text."}"#).unwrap();
        assert_eq!(d.first_paragraphs(), vec![("SPEAKER_00", "Bara text.")]);
    }

    #[test]
    fn errors_name_the_line() {
        let (line, msg) = read("{\n  \"segments\": [\n    {\"body\": \"a\",}\n  ]\n}").unwrap_err();
        assert_eq!(line, 3);
        assert!(msg.contains("invalid JSON"), "{msg}");
        let (line, msg) = read("{\n\"version\": \"1.0.0\",\n\"segments\": 5}").unwrap_err();
        assert_eq!(line, 3);
        assert!(msg.contains("not a list"), "{msg}");
        let (line, msg) = read("{\"foo\": 1}").unwrap_err();
        assert_eq!(line, 1);
        assert!(msg.contains("Podcasting 2.0"), "{msg}");
        assert!(read("42").is_err());
    }

    #[test]
    fn odd_segments_are_skipped_with_a_warning() {
        let d = read(
            r#"{"segments": [1, {"speaker": "A", "body": 5}, {"speaker": "A", "body": "ok"}]}"#,
        )
        .unwrap();
        assert_eq!(d.first_paragraphs(), vec![("A", "ok")]);
        assert_eq!(d.diagnostics.len(), 2, "{:?}", d.diagnostics);
    }
}
