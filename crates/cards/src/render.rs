//! Rendering one card: layout, SVG, PNG.

use crate::error::CardError;
use crate::layout::layout;
use crate::logo::Logo;
use crate::options::CardOptions;
use crate::{raster, svg, words};
use podprint_quotes::Quote;
use podprint_transcript::{Episode, SeriesMeta};
use podprint_typeset::{FontSet, Style};

/// What a card needs besides the quote: where it is from, the logo, the fonts.
#[derive(Clone, Copy, Debug)]
pub struct CardContext<'a> {
    /// The series (its title goes on the card).
    pub series: &'a SeriesMeta,
    /// The quote's episode (number, title, language, speakers).
    pub episode: &'a Episode,
    /// Optional logo, drawn bottom right.
    pub logo: Option<&'a Logo>,
    /// The faces to set text in (bold: quote and name; regular: the rest).
    pub fonts: &'a FontSet,
}

/// One rendered card.
#[derive(Clone, Debug, PartialEq)]
pub struct Card {
    /// File name without extension: `<quote-id>-<W>x<H>`.
    pub file_stem: String,
    /// Width, pixels.
    pub width: u32,
    /// Height, pixels.
    pub height: u32,
    /// The SVG document (UTF-8), with `<title>` and `<desc>`.
    pub svg: String,
    /// The PNG file, with the alt text in an iTXt "Description" chunk
    /// (empty when `png = false` in the options).
    pub png: Vec<u8>,
    /// The alt text.
    pub alt: String,
}

/// Render `quote` as a `size` card (width, height in pixels).
///
/// Errors: [`CardError::Contrast`] / [`CardError::Colour`] for bad colours,
/// [`CardError::DoesNotFit`] when the quote does not fit at the minimum size
/// (skip the card and warn), [`CardError::Typeset`] for a character the font lacks.
pub fn render(
    quote: &Quote,
    size: (u32, u32),
    ctx: &CardContext<'_>,
    opts: &CardOptions,
) -> Result<Card, CardError> {
    let layout = layout(quote, size, ctx, opts)?;
    let file_stem = format!("{}-{}x{}", quote.id, size.0, size.1);
    let alt = words::alt_text(quote, ctx);
    let title = words::card_title(quote, ctx);
    let (db, faces) = raster::font_db(ctx.fonts);
    let svg = svg::build(&layout, &faces, &title, &alt, ctx.logo);
    let png = if opts.png {
        raster::to_png(
            &svg,
            db,
            &faces[Style::Regular.index()].family,
            size,
            &alt,
            &file_stem,
        )?
    } else {
        Vec::new()
    };
    Ok(Card {
        file_stem,
        width: size.0,
        height: size.1,
        svg,
        png,
        alt,
    })
}
