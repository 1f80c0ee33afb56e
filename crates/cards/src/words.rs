//! The words on a card and in its alt text, by language.

use crate::render::CardContext;
use podprint_quotes::Quote;
use podprint_transcript::Lang;

/// Longest alt text, characters (a common limit of social platforms' alt fields is higher,
/// but screen-reader users prefer it short).
pub const MAX_ALT_CHARS: usize = 420;

/// The language a card is written in: the episode's, else the series'.
pub(crate) fn card_lang(ctx: &CardContext<'_>) -> Lang {
    if ctx.episode.meta.language.as_str().is_empty() {
        ctx.series.language.clone()
    } else {
        ctx.episode.meta.language.clone()
    }
}

/// Opening and closing quotation marks: Swedish ”…”, otherwise “…”.
pub(crate) fn quote_marks(lang: &Lang) -> (char, char) {
    if lang.is_swedish() {
        ('\u{201D}', '\u{201D}')
    } else {
        ('\u{201C}', '\u{201D}')
    }
}

/// The quote's text without surrounding quotation marks of its own.
pub(crate) fn bare_text(quote: &Quote) -> &str {
    quote
        .text
        .trim()
        .trim_start_matches([
            '"', '\u{201C}', '\u{201D}', '\u{201E}', '\u{00BB}', '\u{00AB}',
        ])
        .trim_end_matches(['"', '\u{201C}', '\u{201D}', '\u{00BB}', '\u{00AB}'])
        .trim()
}

/// Display name and affiliation of the quote's speaker.
pub(crate) fn speaker(quote: &Quote, ctx: &CardContext<'_>) -> (String, Option<String>) {
    let sp = ctx.episode.speaker(&quote.speaker);
    let name = if quote.name.trim().is_empty() {
        ctx.episode.name_of(&quote.speaker).to_string()
    } else {
        quote.name.trim().to_string()
    };
    let affiliation = sp
        .and_then(|s| s.affiliation.as_deref())
        .map(str::trim)
        .filter(|a| !a.is_empty())
        .map(str::to_string);
    (name, affiliation)
}

/// "Avsnitt 12" / "Episode 12", or the episode title when it has no number.
fn episode_label(ctx: &CardContext<'_>, lang: &Lang) -> String {
    match ctx.episode.meta.number {
        Some(n) if lang.is_swedish() => format!("Avsnitt {n}"),
        Some(n) => format!("Episode {n}"),
        None => ctx.episode.meta.title.trim().to_string(),
    }
}

/// The series line: "Series · Avsnitt 12".
pub(crate) fn series_line(ctx: &CardContext<'_>, lang: &Lang) -> String {
    let series = ctx.series.title.trim();
    let episode = episode_label(ctx, lang);
    match (series.is_empty(), episode.is_empty()) {
        (false, false) => format!("{series} \u{00B7} {episode}"),
        (false, true) => series.to_string(),
        (true, _) => episode,
    }
}

/// Alt text for a card: the quote, who said it, in which episode; at most
/// [`MAX_ALT_CHARS`] characters (the episode title goes first, then the quote is
/// shortened with "…").
pub fn alt_text(quote: &Quote, ctx: &CardContext<'_>) -> String {
    let lang = card_lang(ctx);
    let sv = lang.is_swedish();
    let (name, affiliation) = speaker(quote, ctx);
    // A comma closes the affiliation before "i"/"in" ("Siv, Region X, i …").
    let who = match &affiliation {
        Some(a) => format!("{name}, {a},"),
        None => name,
    };
    let series = ctx.series.title.trim();
    let number = ctx.episode.meta.number;
    let title = ctx.episode.meta.title.trim();
    let episode = |with_title: bool| -> String {
        let mut s = String::new();
        if !series.is_empty() {
            s.push_str(series);
        }
        if let Some(n) = number {
            if !s.is_empty() {
                s.push_str(", ");
            }
            s.push_str(&format!("{} {n}", if sv { "avsnitt" } else { "episode" }));
        }
        if with_title && !title.is_empty() {
            if s.is_empty() {
                s.push_str(title);
            } else {
                s.push_str(": ");
                s.push_str(title);
            }
        }
        s
    };
    let compose = |text: &str, with_title: bool| -> String {
        let (open, close) = quote_marks(&lang);
        let ep = episode(with_title);
        let mut s = format!(
            "{open}{text}{close} {} {who}",
            if sv { "Sagt av" } else { "Said by" }
        );
        if ep.is_empty() {
            s = s.trim_end_matches(',').to_string();
        } else {
            s.push_str(if sv { " i " } else { " in " });
            s.push_str(&ep);
        }
        if !s.ends_with(['.', '!', '?', '\u{2026}']) {
            s.push('.');
        }
        s
    };
    let text = bare_text(quote);
    let full = compose(text, true);
    if full.chars().count() <= MAX_ALT_CHARS {
        return full;
    }
    let short = compose(text, false);
    let over = short.chars().count().saturating_sub(MAX_ALT_CHARS);
    if over == 0 {
        return short;
    }
    // Shorten the quote at a word boundary.
    let keep = text.chars().count().saturating_sub(over + 1);
    let cut: String = text.chars().take(keep).collect();
    let cut = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => cut[..i].to_string(),
        _ => cut,
    };
    let s = compose(
        &format!("{}\u{2026}", cut.trim_end_matches([' ', ',', ';', ':'])),
        false,
    );
    // The speaker's name itself could be absurdly long: a hard cut keeps the promise.
    if s.chars().count() > MAX_ALT_CHARS {
        let mut t: String = s.chars().take(MAX_ALT_CHARS - 1).collect();
        t.push('\u{2026}');
        t
    } else {
        s
    }
}

/// A short title for the card's SVG: "Citat av Name · Series · Avsnitt 12".
pub(crate) fn card_title(quote: &Quote, ctx: &CardContext<'_>) -> String {
    let lang = card_lang(ctx);
    let (name, _) = speaker(quote, ctx);
    let lead = if lang.is_swedish() {
        "Citat av"
    } else {
        "Quote by"
    };
    let line = series_line(ctx, &lang);
    if line.is_empty() {
        format!("{lead} {name}")
    } else {
        format!("{lead} {name} \u{00B7} {line}")
    }
}
