//! Readers: one module per input format, all producing the same [`Episode`].
//!
//! Each reader turns decoded text into a [`Draft`]; [`finish`] makes the draft an
//! [`Episode`] (speakers, inline events, ids) so every format ends up alike.

pub mod columns;
pub mod common;
pub mod docx;
mod extraction;
mod hyphen;
pub mod json;
pub mod label;
pub mod labeled;
pub mod markdown;
pub mod sniff;
pub mod srt;
pub mod vtt;

use std::path::Path;

use serde::Serialize;

use crate::decode::decode;
use crate::error::ReadError;
use crate::model::{Diagnostic, Episode, EpisodeMeta, Lang, Paragraph, Role, Speaker, Turn};

pub use sniff::sniff;

/// Largest transcript podprint reads (256 MiB).
pub const MAX_BYTES: u64 = 256 * 1024 * 1024;

/// An input format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Plain text with `NAME: text` labels (also PDF extractions, Otter, Rev).
    Labeled,
    /// Markdown with `**Name:** text`.
    Markdown,
    /// WebVTT subtitles with `<v Name>` voice spans.
    Vtt,
    /// SRT subtitles with `Name: text` cues.
    Srt,
    /// Podcasting 2.0, Whisper or WhisperX JSON.
    Json,
    /// A Word document.
    Docx,
    /// OCR of a two-column layout: labels first, then paragraphs, per page.
    Columns,
}

impl Format {
    /// Name as used on the command line and in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Labeled => "labeled",
            Format::Markdown => "markdown",
            Format::Vtt => "vtt",
            Format::Srt => "srt",
            Format::Json => "json",
            Format::Docx => "docx",
            Format::Columns => "columns",
        }
    }

    /// Parse a format name (`--format`).
    pub fn parse(s: &str) -> Option<Format> {
        Some(match s.to_ascii_lowercase().as_str() {
            "labeled" | "text" | "txt" => Format::Labeled,
            "markdown" | "md" => Format::Markdown,
            "vtt" | "webvtt" => Format::Vtt,
            "srt" => Format::Srt,
            "json" => Format::Json,
            "docx" => Format::Docx,
            "columns" | "ocr" => Format::Columns,
            _ => return None,
        })
    }
}

/// Options for reading one transcript.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// Force a format instead of sniffing.
    pub format: Option<Format>,
    /// Language of the transcript; detected from the text when `None`.
    pub language: Option<Lang>,
}

/// A transcript as read: the episode plus how it was read.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Imported {
    /// Detected (or forced) format.
    pub format: Format,
    /// Detected encoding.
    pub encoding: &'static str,
    /// The episode, not yet normalized.
    pub episode: Episode,
}

/// What a reader produces before speakers and inline events are resolved.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Draft {
    /// Title from a heading, if the source had one.
    pub title: Option<String>,
    /// Episode number from the heading, if any.
    pub number: Option<u32>,
    /// Turns in source order.
    pub turns: Vec<DraftTurn>,
    /// What the reader noticed.
    pub diagnostics: Vec<Diagnostic>,
}

/// One turn as a reader sees it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DraftTurn {
    /// Speaker label as written (trimmed).
    pub speaker: String,
    /// Paragraph texts; events still in brackets.
    pub paragraphs: Vec<String>,
    /// Start in seconds.
    pub start: Option<f64>,
    /// End in seconds.
    pub end: Option<f64>,
    /// 1-based source line.
    pub line: usize,
}

impl Draft {
    /// (speaker, first paragraph) of every turn: a compact view for tests and debugging.
    pub fn first_paragraphs(&self) -> Vec<(&str, &str)> {
        self.turns
            .iter()
            .map(|t| {
                (
                    t.speaker.as_str(),
                    t.paragraphs.first().map_or("", String::as_str),
                )
            })
            .collect()
    }
}

/// Read a transcript file.
pub fn read_path(path: &Path, opts: &ReadOptions) -> Result<Imported, ReadError> {
    let meta = std::fs::metadata(path).map_err(|source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.len() > MAX_BYTES {
        return Err(ReadError::TooLarge {
            path: path.to_path_buf(),
            size: meta.len(),
            limit: MAX_BYTES,
        });
    }
    let bytes = std::fs::read(path).map_err(|source| ReadError::Io {
        path: path.to_path_buf(),
        source,
    })?;
    read_bytes(&bytes, path, opts)
}

/// Read a transcript from bytes; `path` names it in messages and gives the id.
pub fn read_bytes(bytes: &[u8], path: &Path, opts: &ReadOptions) -> Result<Imported, ReadError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ReadError::Empty {
            path: path.to_path_buf(),
        });
    }
    let is_docx =
        opts.format == Some(Format::Docx) || (opts.format.is_none() && docx::is_docx(bytes));
    let (text, encoding) = if is_docx {
        (docx::extract_text(bytes, path)?, "UTF-8 (DOCX)")
    } else {
        let d = decode(bytes, path)?;
        (d.text, d.encoding)
    };
    if text.trim().is_empty() {
        return Err(ReadError::Empty {
            path: path.to_path_buf(),
        });
    }
    let format = if is_docx {
        Format::Docx
    } else {
        opts.format.unwrap_or_else(|| sniff(&text, path))
    };
    let draft = match format {
        Format::Labeled | Format::Docx => labeled::read(&text),
        Format::Markdown => markdown::read(&text),
        Format::Vtt => vtt::read(&text),
        Format::Srt => srt::read(&text),
        Format::Json => json::read(&text).map_err(|(line, message)| ReadError::Malformed {
            path: path.to_path_buf(),
            line,
            message,
        })?,
        Format::Columns => columns::read(&text),
    };
    if draft.turns.is_empty() {
        return Err(ReadError::NoTurns {
            path: path.to_path_buf(),
        });
    }
    let language = opts
        .language
        .clone()
        .unwrap_or_else(|| crate::lang::detect(&text));
    Ok(Imported {
        format,
        encoding,
        episode: finish(draft, path, language),
    })
}

/// Turn a draft into an episode: clean text, parse events, list speakers, set ids.
pub fn finish(draft: Draft, path: &Path, language: Lang) -> Episode {
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut turns = Vec::with_capacity(draft.turns.len());
    for t in draft.turns {
        let label = t.speaker.trim().to_string();
        let paragraphs: Vec<Paragraph> = t
            .paragraphs
            .iter()
            .map(|p| collapse_spaces(p))
            .filter(|p| !p.is_empty())
            .map(|p| Paragraph::parse(&p))
            .collect();
        if paragraphs.is_empty() {
            continue;
        }
        if !speakers.iter().any(|s| s.label == label) {
            speakers.push(Speaker {
                name: display_name(&label),
                label: label.clone(),
                role: Role::Other,
                affiliation: None,
            });
        }
        turns.push(Turn {
            speaker: label,
            paragraphs,
            start: t.start,
            end: t.end,
            teaser: false,
            line: t.line,
        });
    }
    let stem = path
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or("episode");
    let id = match draft.number {
        Some(n) => format!("ep{n:02}"),
        None => crate::slug::slugify(stem),
    };
    let title = draft
        .title
        .clone()
        .unwrap_or_else(|| stem.replace(['_', '-'], " ").trim().to_string());
    Episode {
        meta: EpisodeMeta {
            id,
            number: draft.number,
            title,
            date: None,
            language,
            description: None,
            source: Some(path.display().to_string()),
        },
        speakers,
        turns,
        diagnostics: draft.diagnostics,
    }
}

/// Byte index just after the last char of `s` matching `pred` (0 when none):
/// the start of the last token, safe for multi-byte separators.
pub fn after_last(s: &str, pred: impl Fn(char) -> bool) -> usize {
    s.char_indices()
        .rev()
        .find(|&(_, c)| pred(c))
        .map_or(0, |(i, c)| i + c.len_utf8())
}

/// True when `s` has no leading or trailing space, no run of spaces and no
/// other whitespace: [`collapse_spaces`] would return it unchanged.
fn is_collapsed(s: &str) -> bool {
    let b = s.as_bytes();
    if b.is_empty() {
        return true;
    }
    if b[0] == b' ' || b[b.len() - 1] == b' ' {
        return false;
    }
    let (chunks, tail) = crate::swar::chunks(b);
    let mut prev_space = false;
    for (at, w) in chunks {
        if crate::swar::all_ascii(w) {
            use crate::swar::eq_mask;
            let bad = eq_mask(w, b'\n')
                | eq_mask(w, b'\t')
                | eq_mask(w, b'\r')
                | eq_mask(w, 0x0B)
                | eq_mask(w, 0x0C);
            let sp = eq_mask(w, b' ');
            // Two spaces in a row: inside the word, or across the boundary.
            if bad != 0 || sp & (sp << 8) != 0 || (prev_space && sp & 0x80 != 0) {
                return false;
            }
            prev_space = sp >> 56 != 0;
        } else {
            match collapsed_slow(b, at, at + 8, prev_space) {
                Some(p) => prev_space = p,
                None => return false,
            }
        }
    }
    collapsed_slow(b, tail, b.len(), prev_space).is_some()
}

/// Byte-by-byte check of `b[from..to]`; `Some(ends with a space)` when clean.
fn collapsed_slow(b: &[u8], from: usize, to: usize, mut prev_space: bool) -> Option<bool> {
    for k in from..to {
        let c = b[k];
        match c {
            b' ' => {
                if prev_space {
                    return None;
                }
                prev_space = true;
                continue;
            }
            b'\n' | b'\t' | b'\r' | 0x0B | 0x0C => return None,
            // Lead bytes of the non-ASCII spaces: U+0085, U+00A0, U+1680,
            // U+2000–U+200A, U+2028/9, U+202F, U+205F, U+3000.
            0xC2 if matches!(b.get(k + 1), Some(0x85 | 0xA0)) => return None,
            0xE1..=0xE3 => {
                let (x, y) = (
                    b.get(k + 1).copied().unwrap_or(0),
                    b.get(k + 2).copied().unwrap_or(0),
                );
                let space = match c {
                    0xE1 => x == 0x9A && y == 0x80,
                    0xE2 => {
                        (x == 0x80 && (y <= 0x8A || y == 0xA8 || y == 0xA9 || y == 0xAF))
                            || (x == 0x81 && y == 0x9F)
                    }
                    _ => x == 0x80 && y == 0x80,
                };
                if space {
                    return None;
                }
            }
            _ => {}
        }
        prev_space = false;
    }
    Some(prev_space)
}

/// Collapse runs of whitespace (including newlines) to one space and trim.
pub fn collapse_spaces(s: &str) -> String {
    if is_collapsed(s) {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// A display name for a label: `KAJSA` → `Kajsa`, `SPEAKER_00` → `Speaker 1`,
/// mixed-case labels kept as they are.
pub fn display_name(label: &str) -> String {
    if let Some(n) = label
        .strip_prefix("SPEAKER_")
        .and_then(|n| n.parse::<u32>().ok())
    {
        return format!("Speaker {}", n + 1);
    }
    let has_lower = label.chars().any(char::is_lowercase);
    if has_lower {
        return label.to_string();
    }
    label
        .split(' ')
        .map(|w| {
            let mut cs = w.chars();
            match cs.next() {
                Some(f) => f
                    .to_uppercase()
                    .chain(cs.flat_map(char::to_lowercase))
                    .collect::<String>(),
                None => String::new(),
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Seconds as `mm:ss`, or `h:mm:ss` from an hour on; `None` for negative or
/// non-finite times. The inverse of [`parse_time`] for display.
pub fn format_clock(seconds: f64) -> Option<String> {
    if !seconds.is_finite() || seconds < 0.0 {
        return None;
    }
    let s = seconds.floor() as u64;
    let (h, m, s) = (s / 3600, s / 60 % 60, s % 60);
    Some(if h > 0 {
        format!("{h}:{m:02}:{s:02}")
    } else {
        format!("{m:02}:{s:02}")
    })
}

/// Parse a timestamp like `1:02:03.5`, `00:01:02,500`, `12:34` or `75.2` into seconds.
pub fn parse_time(s: &str) -> Option<f64> {
    let s = s.trim().replace(',', ".");
    if s.is_empty() {
        return None;
    }
    let mut total = 0.0;
    let parts: Vec<&str> = s.split(':').collect();
    if parts.len() > 3 {
        return None;
    }
    for (i, p) in parts.iter().enumerate() {
        let is_last = i + 1 == parts.len();
        if p.is_empty()
            || !p
                .chars()
                .all(|c| c.is_ascii_digit() || (is_last && c == '.'))
        {
            return None;
        }
        let v: f64 = p.parse().ok()?;
        total = total * 60.0 + v;
    }
    Some(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks() {
        assert_eq!(format_clock(0.0).as_deref(), Some("00:00"));
        assert_eq!(format_clock(83.9).as_deref(), Some("01:23"));
        assert_eq!(format_clock(3723.0).as_deref(), Some("1:02:03"));
        assert_eq!(format_clock(-1.0), None);
        assert_eq!(format_clock(f64::NAN), None);
    }

    #[test]
    fn times() {
        assert_eq!(parse_time("1:02:03.5"), Some(3723.5));
        assert_eq!(parse_time("00:01:02,500"), Some(62.5));
        assert_eq!(parse_time("12:34"), Some(754.0));
        assert_eq!(parse_time("a:b"), None);
        assert_eq!(parse_time(""), None);
    }

    proptest::proptest! {
        #[test]
        fn fast_collapse_check_agrees_with_the_definition(v in proptest::collection::vec(0usize..12, 0..40)) {
            let alphabet = ["a", " ", "  ", "å", "\n", "\t", "\u{00A0}", "”", "\u{2003}", "…", "b", "\u{3000}"];
            let s: String = v.iter().map(|&i| alphabet[i]).collect();
            let reference = s.split_whitespace().collect::<Vec<_>>().join(" ");
            proptest::prop_assert_eq!(is_collapsed(&s), reference == s, "{:?}", s);
            proptest::prop_assert_eq!(collapse_spaces(&s), reference);
        }
    }

    #[test]
    fn collapsing() {
        assert_eq!(collapse_spaces("a b"), "a b");
        assert_eq!(collapse_spaces(" a  b\n c "), "a b c");
        assert_eq!(collapse_spaces("å\u{00A0}ö”…"), "å ö”…");
        assert_eq!(collapse_spaces("a\u{2003}b\u{3000}c"), "a b c");
        assert_eq!(collapse_spaces("”hej” – sa hon…"), "”hej” – sa hon…");
    }

    #[test]
    fn names() {
        assert_eq!(display_name("KAJSA"), "Kajsa");
        assert_eq!(display_name("PRESENTATÖR"), "Presentatör");
        assert_eq!(display_name("SPEAKER_00"), "Speaker 1");
        assert_eq!(display_name("Erik St. Martin"), "Erik St. Martin");
    }
}
