//! The exporter's entry point.

use crate::blocks::{build, Geometry};
use crate::error::PdfError;
use crate::options::{PdfOptions, Variant};
use crate::paginate::paginate;
use crate::write::write;
use podprint_transcript::Series;
use podprint_typeset::{FontSet, Shaper};

/// Render the episodes of `series` as one tagged PDF/UA-1 document.
///
/// Pass a one-episode series for a per-episode PDF, the whole series for the
/// collection. Every episode needs a language (its own or the series'); a
/// character the fonts lack is an error naming the episode and line. The same
/// input gives the same bytes.
pub fn render(
    series: &Series,
    opts: &PdfOptions,
    variant: Variant,
    fonts: &FontSet,
) -> Result<Vec<u8>, PdfError> {
    if series.episodes.is_empty() {
        return Err(PdfError::NoEpisodes);
    }
    let geom = Geometry::new(opts, variant);
    let shaper = Shaper::new(fonts);
    let blocks = build(series, &shaper, geom)?;
    let pages = paginate(&blocks, &geom);
    write(series, &blocks, &pages, &geom, fonts, &shaper)
}
