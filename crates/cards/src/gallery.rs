//! The sidecar `cards.json` and the `index.html` gallery of all cards.

use crate::options::CardOptions;
use crate::render::{Card, CardContext};
use crate::svg::xml_escape;
use crate::words;
use podprint_quotes::Quote;
use podprint_transcript::SeriesMeta;
use serde::Serialize;
use std::fmt::Write;

/// One card as listed in `cards.json` and the gallery. Paths are relative to
/// the cards directory (`output/cards/`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CardEntry {
    /// The main file: the PNG, or the SVG when PNGs are off (`<episode-id>/<stem>.png`).
    pub file: String,
    /// The PNG, when written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub png: Option<String>,
    /// The SVG, when written.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub svg: Option<String>,
    /// Width, pixels.
    pub width: u32,
    /// Height, pixels.
    pub height: u32,
    /// Quote id.
    pub quote: String,
    /// Quote text.
    pub text: String,
    /// Who said it (display name).
    pub speaker: String,
    /// Episode id.
    pub episode: String,
    /// Episode title.
    pub episode_title: String,
    /// Language of the card (BCP 47).
    pub lang: String,
    /// The alt text.
    pub alt: String,
}

impl CardEntry {
    /// The entry for a rendered card.
    pub fn new(card: &Card, quote: &Quote, ctx: &CardContext<'_>, opts: &CardOptions) -> Self {
        let dir = &ctx.episode.meta.id;
        let png = opts.png.then(|| format!("{dir}/{}.png", card.file_stem));
        let svg = opts.svg.then(|| format!("{dir}/{}.svg", card.file_stem));
        let file = png
            .clone()
            .or_else(|| svg.clone())
            .unwrap_or_else(|| format!("{dir}/{}.png", card.file_stem));
        CardEntry {
            file,
            png,
            svg,
            width: card.width,
            height: card.height,
            quote: quote.id.clone(),
            text: quote.text.clone(),
            speaker: words::speaker(quote, ctx).0,
            episode: dir.clone(),
            episode_title: ctx.episode.meta.title.clone(),
            lang: words::card_lang(ctx).as_str().to_string(),
            alt: card.alt.clone(),
        }
    }
}

#[derive(Serialize)]
struct CardsFile<'a> {
    cards: &'a [CardEntry],
}

/// `cards.json`: `{"cards": [{file, png, svg, width, height, quote, text, speaker,
/// episode, episode_title, lang, alt}]}`, pretty-printed, in the given order.
pub fn cards_json(cards: &[CardEntry]) -> String {
    let mut s =
        serde_json::to_string_pretty(&CardsFile { cards }).expect("card entries always serialize");
    s.push('\n');
    s
}

/// `index.html`: an accessible gallery of the cards, grouped by episode, each
/// card a `figure` with its alt text on the image and in the caption.
pub fn gallery_html(cards: &[CardEntry], series: &SeriesMeta) -> String {
    let lang = if series.language.as_str().is_empty() {
        cards.first().map_or("en", |c| c.lang.as_str())
    } else {
        series.language.as_str()
    };
    let sv = lang.to_ascii_lowercase().starts_with("sv");
    let t = |sv_text: &'static str, en_text: &'static str| if sv { sv_text } else { en_text };
    let heading = if series.title.trim().is_empty() {
        t("Citatkort", "Quote cards").to_string()
    } else {
        format!(
            "{} \u{2013} {}",
            t("Citatkort", "Quote cards"),
            series.title.trim()
        )
    };
    let mut h = String::with_capacity(4096 + cards.len() * 800);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n<main>\n<h1>{}</h1>\n",
        xml_escape(lang),
        xml_escape(&heading),
        xml_escape(&heading)
    );
    let _ = writeln!(
        h,
        "<p>{} {}</p>",
        cards.len(),
        t(
            "kort. Alt-texten står under varje bild; kopiera den när du publicerar.",
            "cards. The alt text is under each image; copy it when you post."
        )
    );
    // Group by episode, in order of first appearance.
    let mut episodes: Vec<&str> = Vec::new();
    for c in cards {
        if !episodes.contains(&c.episode.as_str()) {
            episodes.push(&c.episode);
        }
    }
    for (n, ep) in episodes.iter().enumerate() {
        let group: Vec<&CardEntry> = cards.iter().filter(|c| c.episode == *ep).collect();
        let title = group
            .iter()
            .map(|c| c.episode_title.trim())
            .find(|t| !t.is_empty())
            .unwrap_or(ep);
        let _ = writeln!(
            h,
            "<section aria-labelledby=\"ep-{n}\">\n<h2 id=\"ep-{n}\">{}</h2>\n<ul class=\"cards\">",
            xml_escape(title)
        );
        for c in group {
            let lang_attr = if c.lang != lang && !c.lang.is_empty() {
                format!(" lang=\"{}\"", xml_escape(&c.lang))
            } else {
                String::new()
            };
            let _ = write!(
                h,
                "<li><figure{lang_attr}>\n<a href=\"{file}\"><img src=\"{file}\" alt=\"{alt}\" width=\"{w}\" height=\"{hh}\" loading=\"lazy\"></a>\n\
                 <figcaption>\n<p><strong>{alt_label}</strong> {alt}</p>\n<p class=\"meta\">{w}\u{00D7}{hh} px",
                file = xml_escape(&c.file),
                alt = xml_escape(&c.alt),
                w = c.width,
                hh = c.height,
                alt_label = t("Alt-text:", "Alt text:"),
            );
            for (label, path) in [("PNG", &c.png), ("SVG", &c.svg)] {
                if let Some(p) = path {
                    let _ = write!(h, " \u{00B7} <a href=\"{}\">{label}</a>", xml_escape(p));
                }
            }
            let _ = writeln!(
                h,
                " \u{00B7} <span class=\"id\">{}</span></p>\n</figcaption>\n</figure></li>",
                xml_escape(&c.quote)
            );
        }
        h.push_str("</ul>\n</section>\n");
    }
    h.push_str("</main>\n</body>\n</html>\n");
    h
}

const CSS: &str = "body { font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; background: #fff; margin: 0 auto; max-width: 80rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 1.75rem; }
h2 { font-size: 1.25rem; margin-top: 2.5rem; }
ul.cards { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 2rem; }
figure { margin: 0; }
img { display: block; width: 100%; height: auto; border: 1px solid #595959; }
figcaption { font-size: 0.95rem; }
.meta { color: #4a4a4a; }
.id { font-family: ui-monospace, monospace; }
a:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
";
