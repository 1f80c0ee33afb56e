//! One XHTML document per episode.

use crate::document;
use crate::escape::push_escaped;
use crate::locale::{direction, tag, Words};
use crate::package::nonempty;
use podprint_transcript::{Episode, Inline, Lang, Paragraph, Turn};

/// The title an episode is shown under: its own, or "Avsnitt 3" / "Episode 3".
pub(crate) fn title(episode: &Episode, index: usize, words: &Words) -> String {
    let t = episode.meta.title.trim();
    if !t.is_empty() {
        return t.to_string();
    }
    let n = episode.meta.number.map(|n| n as usize).unwrap_or(index + 1);
    format!("{} {n}", words.untitled_episode)
}

/// Write the XHTML document of `episode` into `o`.
pub(crate) fn render(
    o: &mut String,
    episode: &Episode,
    series_lang: &Lang,
    title: &str,
    timestamps: bool,
) {
    let lang = tag(&episode.meta.language, series_lang);
    let lang_tag = Lang(lang.to_string());
    let words = Words::for_lang(&lang_tag);
    document::open(o, lang, direction(&lang_tag), title);
    o.push_str("<body>\n<section epub:type=\"chapter\" role=\"doc-chapter\" aria-labelledby=\"episode-title\">\n<h1 id=\"episode-title\">");
    push_escaped(o, title);
    o.push_str("</h1>\n");
    if let Some(date) = nonempty(episode.meta.date.as_deref()) {
        o.push_str("<p class=\"date\">");
        push_escaped(o, words.date);
        o.push_str(": ");
        if is_iso_date(date) {
            o.push_str("<time datetime=\"");
            o.push_str(date);
            o.push_str("\">");
            o.push_str(date);
            o.push_str("</time>");
        } else {
            push_escaped(o, date);
        }
        o.push_str("</p>\n");
    }
    if let Some(d) = nonempty(episode.meta.description.as_deref()) {
        o.push_str("<p class=\"description\">");
        push_escaped(o, d);
        o.push_str("</p>\n");
    }
    participants(o, episode, words, &lang_tag);

    let visible = |t: &&Turn| t.paragraphs.iter().any(|p| !p.is_empty());
    if episode.turns.iter().filter(visible).any(|t| t.teaser) {
        o.push_str("<section class=\"cold-open\">\n<h2 id=\"cold-open\">");
        push_escaped(o, words.cold_open);
        o.push_str("</h2>\n");
        for turn in episode.turns.iter().filter(visible).filter(|t| t.teaser) {
            o.push_str("<figure class=\"teaser\">\n<figcaption>");
            push_escaped(o, episode.name_of(&turn.speaker));
            if timestamps {
                push_time(o, turn.start);
            }
            o.push_str("</figcaption>\n<blockquote>\n");
            for p in turn.paragraphs.iter().filter(|p| !p.is_empty()) {
                o.push_str("<p>");
                push_inlines(o, p);
                o.push_str("</p>\n");
            }
            o.push_str("</blockquote>\n</figure>\n");
        }
        o.push_str("</section>\n");
    }

    o.push_str("<section class=\"transcript\">\n<h2 id=\"transcript\">");
    push_escaped(o, words.transcript);
    o.push_str("</h2>\n");
    for turn in episode.turns.iter().filter(visible).filter(|t| !t.teaser) {
        let mut first = true;
        for p in turn.paragraphs.iter().filter(|p| !p.is_empty()) {
            if first {
                o.push_str("<p class=\"turn\"><span class=\"speaker\">");
                push_escaped(o, episode.name_of(&turn.speaker));
                if timestamps {
                    push_time(o, turn.start);
                }
                o.push_str(":</span> ");
                first = false;
            } else {
                o.push_str("<p class=\"turn-continued\">");
            }
            push_inlines(o, p);
            o.push_str("</p>\n");
        }
    }
    o.push_str("</section>\n</section>\n</body>\n");
    document::close(o);
}

/// The participants list: name, role, affiliation.
fn participants(o: &mut String, episode: &Episode, words: &Words, lang: &Lang) {
    if episode.speakers.is_empty() {
        return;
    }
    o.push_str("<section class=\"participants\">\n<h2 id=\"participants\">");
    push_escaped(o, words.participants);
    o.push_str("</h2>\n<ul>\n");
    for s in &episode.speakers {
        o.push_str("<li><span class=\"name\">");
        let name = if s.name.trim().is_empty() {
            &s.label
        } else {
            &s.name
        };
        push_escaped(o, name.trim());
        o.push_str("</span>, ");
        o.push_str(s.role.name_in(lang));
        if let Some(a) = nonempty(s.affiliation.as_deref()) {
            o.push_str(", ");
            push_escaped(o, a);
        }
        o.push_str("</li>\n");
    }
    o.push_str("</ul>\n</section>\n");
}

/// Text and events of a paragraph; events as `[skratt]` in a span.
fn push_inlines(o: &mut String, p: &Paragraph) {
    for inline in &p.0 {
        match inline {
            Inline::Text(t) => push_escaped(o, t),
            Inline::Event(e) => {
                o.push_str("<span class=\"event\">[");
                push_escaped(o, e.trim());
                o.push_str("]</span>");
            }
        }
    }
}

/// ` <span class="timestamp">(01:23)</span>` for a start time, nothing for `None`.
fn push_time(o: &mut String, start: Option<f64>) {
    if let Some(t) = start.and_then(clock) {
        o.push_str(" <span class=\"timestamp\">(");
        o.push_str(&t);
        o.push_str(")</span>");
    }
}

pub(crate) use podprint_transcript::format_clock as clock;

/// `YYYY-MM-DD` with digits where digits belong.
fn is_iso_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| {
            if i == 4 || i == 7 {
                *c == b'-'
            } else {
                c.is_ascii_digit()
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_dates_are_recognized() {
        assert!(is_iso_date("2025-03-01"));
        assert!(!is_iso_date("1 mars 2025"));
        assert!(!is_iso_date("2025-3-1"));
    }
}
