//! The [`Quote`] a selection returns, its [`Feature`]s and its recorded [`Edit`]s.

use serde::Serialize;

/// A pull quote: a verbatim span of one turn, with recorded light edits.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Quote {
    /// Stable id: FNV-1a 64 (hex) of episode id, speaker label and the
    /// normalised quote text; unaffected by edits elsewhere in the episode.
    pub id: String,
    /// Episode id.
    pub episode: String,
    /// Speaker label.
    pub speaker: String,
    /// Speaker display name.
    pub name: String,
    /// The quote as it should be printed (edits applied, white space collapsed).
    pub text: String,
    /// 0-based index of the turn in [`podprint_transcript::Episode::turns`].
    pub turn: usize,
    /// Byte range of the source passage in [`podprint_transcript::Turn::text`].
    pub span: (usize, usize),
    /// Start time of the turn in seconds, when known.
    pub start: Option<f64>,
    /// Total score (sum of the feature contributions).
    pub score: f64,
    /// Why it scored as it did, one entry per feature that contributed.
    pub features: Vec<Feature>,
    /// Words removed from the source passage (fillers, false starts, lead words, events).
    pub removed: Vec<String>,
    /// Every change made to the source passage, in order.
    pub edits: Vec<Edit>,
    /// True for an editor's pick (a cold-open teaser).
    pub editor_pick: bool,
    /// For teasers: the turn in the body that repeats the teaser.
    pub body_turn: Option<usize>,
}

/// One feature's contribution to a quote's score.
#[derive(Clone, Debug, Serialize, PartialEq)]
pub struct Feature {
    /// Feature name (`generality`, `contrast`, `readability`…).
    pub name: &'static str,
    /// Contribution to the score (positive or negative).
    pub contribution: f64,
    /// What triggered it (the matched phrase, the LIX value…).
    pub detail: String,
}

/// What kind of change an [`Edit`] is.
#[derive(Clone, Copy, Debug, Serialize, PartialEq, Eq)]
#[serde(rename_all = "kebab-case")]
pub enum EditKind {
    /// A filler word removed (`eh`, `liksom`, `um`, `you know`).
    Filler,
    /// A false start: a word or phrase said twice, first copy removed.
    Repetition,
    /// A word pointing back removed from the start (`Ja,`, `And`).
    Lead,
    /// A bracketed event removed (`[skratt]`).
    Event,
    /// An ellipsis or dash at the start removed.
    Ellipsis,
    /// The first letter capitalised after trimming.
    Capital,
}

/// A change to the source passage: the bytes `span` of the turn text replaced by
/// `replacement` (empty for removals).
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct Edit {
    /// Kind of change.
    pub kind: EditKind,
    /// Byte range in [`podprint_transcript::Turn::text`].
    pub span: (usize, usize),
    /// The text put in its place.
    pub replacement: String,
}

/// Rebuild a quote's text from its turn text: apply `edits` to
/// `turn_text[span]` and collapse white space. For a [`Quote`] `q` of turn `t`,
/// `reconstruct(&t.text(), q.span, &q.edits) == q.text`.
pub fn reconstruct(turn_text: &str, span: (usize, usize), edits: &[Edit]) -> String {
    let mut out = String::new();
    let mut pos = span.0;
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| e.span);
    for e in sorted {
        if e.span.0 < pos || e.span.1 > span.1 {
            continue;
        }
        out.push_str(&turn_text[pos..e.span.0]);
        out.push_str(&e.replacement);
        pos = e.span.1;
    }
    out.push_str(&turn_text[pos..span.1]);
    collapse_ws(&out)
}

pub(crate) use podprint_transcript::collapse_spaces as collapse_ws;
