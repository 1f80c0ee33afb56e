//! Pure renderings of a quote list: JSON for tools, Markdown for editors, and
//! the `--explain` text.

use std::fmt::Write as _;

use podprint_transcript::{Episode, SeriesMeta};
use serde::Serialize;

use crate::quote::Quote;

#[derive(Serialize)]
struct Doc<'a> {
    quotes: &'a [Quote],
}

/// `{"quotes": [...]}` (pretty-printed, trailing newline), quotes in the given
/// order; each has `id, episode, speaker, name, text, turn, span, start, score,
/// features, removed, edits, editor_pick, body_turn`.
pub fn to_json(quotes: &[Quote]) -> String {
    let mut s =
        serde_json::to_string_pretty(&Doc { quotes }).unwrap_or_else(|_| "{\"quotes\":[]}".into());
    s.push('\n');
    s
}

/// Format seconds as `m:ss` or `h:mm:ss`.
fn clock(t: f64) -> String {
    let s = t.max(0.0).round() as u64;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{}:{:02}", s / 60, s % 60)
    }
}

/// A Markdown page for editors: each quote with speaker, where it is in the
/// episode (turn, time when known), score, id, and what was removed.
pub fn to_markdown(meta: &SeriesMeta, episode: &Episode, quotes: &[Quote]) -> String {
    let sv = episode.meta.language.is_swedish();
    let (open, close) = if sv { ('”', '”') } else { ('“', '”') };
    let l = |sv_text: &'static str, en_text: &'static str| if sv { sv_text } else { en_text };
    let mut s = String::new();
    let title = if episode.meta.title.is_empty() {
        &episode.meta.id
    } else {
        &episode.meta.title
    };
    let _ = writeln!(s, "# {}: {}\n", l("Citat", "Quotes"), title);
    if !meta.title.is_empty() {
        let _ = writeln!(
            s,
            "{} · {} {}\n",
            meta.title,
            quotes.len(),
            l("citat", "quotes")
        );
    }
    for (i, q) in quotes.iter().enumerate() {
        let _ = writeln!(s, "## {}. {open}{}{close}\n", i + 1, q.text);
        let mut line = format!("— **{}**", q.name);
        if q.name != q.speaker {
            let _ = write!(line, " ({})", q.speaker);
        }
        let _ = write!(line, " · {} {}", l("tur", "turn"), q.turn + 1);
        if let Some(t) = q.start {
            let _ = write!(line, ", {}", clock(t));
        }
        let _ = write!(line, " · score {:.2} · id `{}`", q.score, q.id);
        let _ = writeln!(s, "{line}\n");
        if q.editor_pick {
            let what = if q.features.iter().any(|f| f.name == "pinned") {
                l("Fäst av redaktionen.", "Pinned by the editors.").to_string()
            } else {
                match q.body_turn {
                    Some(b) => format!(
                        "{} {}.",
                        l(
                            "Redaktionens val (teaser i början), återkommer i tur",
                            "Editors' pick (cold-open teaser), repeated in turn"
                        ),
                        b + 1
                    ),
                    None => l(
                        "Redaktionens val (teaser i början).",
                        "Editors' pick (cold-open teaser).",
                    )
                    .to_string(),
                }
            };
            let _ = writeln!(s, "{what}\n");
        }
        if q.features.iter().any(|f| f.name == crate::moment::PLACE) {
            let _ = writeln!(
                s,
                "{}\n",
                l(
                    "Ett berättat ögonblick (passar som teaser).",
                    "A told moment (suits a cold open)."
                )
            );
        }
        if !q.removed.is_empty() {
            let _ = writeln!(
                s,
                "{}: {}\n",
                l("Borttaget", "Removed"),
                q.removed.join(", ")
            );
        }
    }
    s
}

/// Each feature's contribution, one per line, largest first:
///
/// ```text
/// 1a2b3c4d5e6f7a8b  score 2.35  KAJSA, turn 12
///   +0.70  generality       det handlar om
/// ```
pub fn explain(q: &Quote) -> String {
    let mut s = format!(
        "{}  score {:.2}  {}, turn {}\n",
        q.id,
        q.score,
        q.speaker,
        q.turn + 1
    );
    let mut fs: Vec<_> = q.features.iter().collect();
    fs.sort_by(|a, b| b.contribution.abs().total_cmp(&a.contribution.abs()));
    for f in fs {
        let _ = writeln!(s, "  {:+.2}  {:<16} {}", f.contribution, f.name, f.detail);
    }
    if !q.removed.is_empty() {
        let _ = writeln!(s, "  removed: {}", q.removed.join(", "));
    }
    s
}
