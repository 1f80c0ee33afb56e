//! The layout of an episode as plain text.

use crate::wrap::wrap;
use crate::{TextError, TextOptions};
use podprint_transcript::{Episode, Lang, SeriesMeta, Turn};

/// Fixed words of the export in one language.
struct Words {
    date: &'static str,
    participants: &'static str,
    cold_open: &'static str,
    transcript: &'static str,
    episode: &'static str,
}

const SV: Words = Words {
    date: "Datum",
    participants: "Medverkande",
    cold_open: "Smakprov",
    transcript: "Utskrift",
    episode: "Avsnitt",
};

const EN: Words = Words {
    date: "Date",
    participants: "Participants",
    cold_open: "Cold open",
    transcript: "Transcript",
    episode: "Episode",
};

impl Words {}

/// Render one episode of `series` as plain text: UTF-8, `\n` line ends, no
/// trailing spaces, wrapped at `opts.width`, ending in one newline. See the
/// crate documentation for the layout.
pub fn render(
    series: &SeriesMeta,
    episode: &Episode,
    opts: &TextOptions,
) -> Result<String, TextError> {
    if opts.width < TextOptions::MIN_WIDTH {
        return Err(TextError::WidthTooSmall {
            width: opts.width,
            min: TextOptions::MIN_WIDTH,
        });
    }
    let lang: &Lang = if episode.meta.language.as_str().trim().is_empty() {
        &series.language
    } else {
        &episode.meta.language
    };
    let words = if lang.is_swedish() { &SV } else { &EN };
    let width = opts.width;
    let size: usize = episode
        .turns
        .iter()
        .flat_map(|t| &t.paragraphs)
        .map(|p| p.0.len() * 16)
        .sum();
    let mut out = String::with_capacity(1024 + size);

    // Header.
    wrap(&mut out, &series.title, width, "");
    let title = episode.meta.title.trim();
    if title.is_empty() {
        let n = episode.meta.number.map(|n| n.to_string());
        let n = n.as_deref().unwrap_or(episode.meta.id.as_str());
        wrap(&mut out, &format!("{} {n}", words.episode), width, "");
    } else {
        wrap(&mut out, title, width, "");
    }
    if let Some(date) = nonempty(episode.meta.date.as_deref()) {
        wrap(&mut out, &format!("{}: {date}", words.date), width, "");
    }
    if let Some(d) = nonempty(episode.meta.description.as_deref()) {
        out.push('\n');
        wrap(&mut out, d, width, "");
    }
    if !episode.speakers.is_empty() {
        out.push('\n');
        out.push_str(words.participants);
        out.push_str(":\n");
        for s in &episode.speakers {
            let name = if s.name.trim().is_empty() {
                s.label.trim()
            } else {
                s.name.trim()
            };
            let mut line = format!("{name}, {}", s.role.name_in(lang));
            if let Some(a) = nonempty(s.affiliation.as_deref()) {
                line.push_str(", ");
                line.push_str(a);
            }
            wrap(&mut out, &line, width, "  ");
        }
    }

    let visible = |t: &&Turn| t.paragraphs.iter().any(|p| !p.is_empty());
    let teasers: Vec<&Turn> = episode
        .turns
        .iter()
        .filter(visible)
        .filter(|t| t.teaser)
        .collect();
    if !teasers.is_empty() {
        out.push('\n');
        out.push_str(words.cold_open);
        out.push_str(":\n");
        for t in teasers {
            turn(&mut out, episode, t, width, opts.timestamps);
        }
    }
    out.push('\n');
    out.push_str(words.transcript);
    out.push_str(":\n");
    for t in episode.turns.iter().filter(visible).filter(|t| !t.teaser) {
        turn(&mut out, episode, t, width, opts.timestamps);
    }
    Ok(out)
}

/// One turn: a blank line, then each paragraph as a block; the first starts
/// with the speaker's name (and start time).
fn turn(out: &mut String, episode: &Episode, t: &Turn, width: usize, timestamps: bool) {
    let mut first = true;
    let mut block = String::new();
    for p in t.paragraphs.iter().filter(|p| !p.is_empty()) {
        block.clear();
        if first {
            block.push_str(episode.name_of(&t.speaker).trim());
            if let Some(c) = t.start.filter(|_| timestamps).and_then(clock) {
                block.push_str(" (");
                block.push_str(&c);
                block.push(')');
            }
            block.push_str(": ");
            first = false;
        }
        block.push_str(&p.text());
        out.push('\n');
        wrap(out, &block, width, "");
    }
}

use podprint_transcript::format_clock as clock;

fn nonempty(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}
