//! The document model every reader produces and every exporter consumes.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A BCP 47 language tag such as `sv` or `en-GB`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Lang(pub String);

impl Lang {
    /// Swedish.
    pub fn sv() -> Self {
        Lang("sv".into())
    }
    /// English.
    pub fn en() -> Self {
        Lang("en".into())
    }
    /// The primary subtag, lower-cased (`sv` for `sv-SE`).
    pub fn primary(&self) -> String {
        self.0
            .split(['-', '_'])
            .next()
            .unwrap_or("")
            .to_ascii_lowercase()
    }
    /// True for Swedish (`sv`, `sv-SE`, `sv-FI`).
    pub fn is_swedish(&self) -> bool {
        self.primary() == "sv"
    }
    /// The tag as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Default for Lang {
    fn default() -> Self {
        Lang::sv()
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A whole podcast series: what one build publishes.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Series {
    /// Series-level metadata.
    pub meta: SeriesMeta,
    /// Episodes in publication order.
    pub episodes: Vec<Episode>,
}

/// Metadata of a series.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct SeriesMeta {
    /// Title of the series ("Exempelpodden").
    pub title: String,
    /// Publisher, e.g. the organisation behind the podcast.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub publisher: Option<String>,
    /// Language of the series.
    pub language: Lang,
    /// Optional description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// When the publication was last changed: ISO 8601 UTC (`2025-03-01T12:00:00Z`).
    /// The build sets it from the newest source file or `SOURCE_DATE_EPOCH`, so
    /// exporters never read the clock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
}

impl Series {
    /// A URL- and file-name-safe slug of the series title.
    pub fn slug(&self) -> String {
        crate::slug::slugify(&self.meta.title)
    }
}

/// One episode: metadata, the people in it, and what they said.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Episode {
    /// Episode metadata.
    pub meta: EpisodeMeta,
    /// Everyone who speaks, in order of first appearance.
    pub speakers: Vec<Speaker>,
    /// The turns, in reading order.
    pub turns: Vec<Turn>,
    /// What the reader and normalizer noticed.
    pub diagnostics: Vec<Diagnostic>,
}

/// Metadata of one episode.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EpisodeMeta {
    /// Stable identifier, safe as a file name (`ep33`, or a slug of the file name).
    pub id: String,
    /// Episode number, from the heading (`EP33 - …`) or the config.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<u32>,
    /// Title; the heading line when the transcript has one.
    pub title: String,
    /// Publication date, ISO 8601 (`2025-03-01`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Language of the episode.
    pub language: Lang,
    /// Optional description.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Where the transcript came from (path as given).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// What a speaker does in the episode.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Leads the conversation.
    Host,
    /// Interviewed.
    Guest,
    /// Jingle or announcer voice; never quoted.
    Announcer,
    /// Anyone else, or not yet known.
    #[default]
    Other,
}

impl Role {
    /// The role's name in a language, lower case, as printed in publications:
    /// Swedish for `sv`, English otherwise (`programledare`/`host`, `gäst`/`guest`,
    /// `presentatör`/`announcer`, `medverkande`/`participant`).
    pub fn name_in(self, lang: &Lang) -> &'static str {
        let sv = lang.is_swedish();
        match (self, sv) {
            (Role::Host, true) => "programledare",
            (Role::Guest, true) => "gäst",
            (Role::Announcer, true) => "presentatör",
            (Role::Other, true) => "medverkande",
            (Role::Host, false) => "host",
            (Role::Guest, false) => "guest",
            (Role::Announcer, false) => "announcer",
            (Role::Other, false) => "participant",
        }
    }

    /// Lower-case name as used in the config and JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Host => "host",
            Role::Guest => "guest",
            Role::Announcer => "announcer",
            Role::Other => "other",
        }
    }
}

/// A person (or voice) in an episode.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The label as written in the source (`KAJSA`, `Speaker 1`, `SPEAKER_00`).
    pub label: String,
    /// Display name (`Kajsa Westling`); the label, title-cased, when unknown.
    pub name: String,
    /// Role in the episode.
    pub role: Role,
    /// Organisation or title, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
}

/// One stretch of speech by one speaker.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Turn {
    /// Speaker label; matches [`Speaker::label`].
    pub speaker: String,
    /// Paragraphs of the turn (most turns have one).
    pub paragraphs: Vec<Paragraph>,
    /// Start time in seconds, when the source had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<f64>,
    /// End time in seconds, when the source had one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<f64>,
    /// True for a cold-open teaser repeated later in the body.
    #[serde(default)]
    pub teaser: bool,
    /// 1-based line in the source where the turn starts.
    pub line: usize,
}

impl Turn {
    /// The turn as plain text: paragraphs joined by a blank line, events in brackets.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for (i, p) in self.paragraphs.iter().enumerate() {
            if i > 0 {
                out.push_str("\n\n");
            }
            out.push_str(&p.text());
        }
        out
    }

    /// Number of words (whitespace-separated) in the turn, events included.
    pub fn word_count(&self) -> usize {
        let mut n = 0;
        for p in &self.paragraphs {
            // Count starts of whitespace-separated words over the pieces as if
            // joined, events in brackets; no allocation.
            let mut in_word = false;
            for inline in &p.0 {
                match inline {
                    Inline::Text(t) => {
                        // Readers leave only ASCII whitespace in text (see
                        // `collapse_spaces`), so bytes suffice.
                        for &b in t.as_bytes() {
                            let ws = b.is_ascii_whitespace();
                            if !ws && !in_word {
                                n += 1;
                            }
                            in_word = !ws;
                        }
                    }
                    Inline::Event(_) => {
                        if !in_word {
                            n += 1;
                        }
                        in_word = true;
                    }
                }
            }
        }
        n
    }
}

/// A paragraph: a run of text with inline events.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Paragraph(pub Vec<Inline>);

impl Paragraph {
    /// Parse plain text, turning `[skratt]`-style brackets into events.
    pub fn parse(text: &str) -> Self {
        crate::inline::parse_inlines(text)
    }
    /// Plain text with events in brackets.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for inline in &self.0 {
            match inline {
                Inline::Text(t) => out.push_str(t),
                Inline::Event(e) => {
                    out.push('[');
                    out.push_str(e);
                    out.push(']');
                }
            }
        }
        out
    }
    /// True if there is no text and no event.
    pub fn is_empty(&self) -> bool {
        self.0.iter().all(|i| match i {
            Inline::Text(t) => t.trim().is_empty(),
            Inline::Event(_) => false,
        })
    }
}

/// A piece of a paragraph.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Inline {
    /// Spoken words.
    Text(String),
    /// A non-speech event such as `skratt` or `music`, without brackets.
    Event(String),
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Level {
    /// Something the tool did that the user may want to know.
    Info,
    /// Something probably wrong in the input; output was still made.
    Warning,
    /// The input could not be used as is.
    Error,
}

impl fmt::Display for Level {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Level::Info => "info",
            Level::Warning => "warning",
            Level::Error => "error",
        })
    }
}

/// A message about the input, tied to a line where possible.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Diagnostic {
    /// Severity.
    pub level: Level,
    /// 1-based source line, when the message is about one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
    /// What happened, and what to do if anything.
    pub message: String,
}

impl Diagnostic {
    /// An info message.
    pub fn info(line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            level: Level::Info,
            line,
            message: message.into(),
        }
    }
    /// A warning.
    pub fn warning(line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            level: Level::Warning,
            line,
            message: message.into(),
        }
    }
    /// An error.
    pub fn error(line: Option<usize>, message: impl Into<String>) -> Self {
        Diagnostic {
            level: Level::Error,
            line,
            message: message.into(),
        }
    }
}

impl Episode {
    /// The speaker with this label, if any.
    pub fn speaker(&self, label: &str) -> Option<&Speaker> {
        self.speakers.iter().find(|s| s.label == label)
    }
    /// Display name for a label (the label itself if unknown).
    pub fn name_of<'a>(&'a self, label: &'a str) -> &'a str {
        self.speaker(label)
            .map(|s| s.name.as_str())
            .unwrap_or(label)
    }
    /// Role for a label (`Other` if unknown).
    pub fn role_of(&self, label: &str) -> Role {
        self.speaker(label).map(|s| s.role).unwrap_or_default()
    }
    /// Total words in all turns.
    pub fn word_count(&self) -> usize {
        self.turns.iter().map(Turn::word_count).sum()
    }
}
