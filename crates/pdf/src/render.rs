//! The exporter's entry point.

use crate::blocks::{build, Geometry};
use crate::error::PdfError;
use crate::options::{PdfOptions, Variant};
use crate::paginate::paginate;
use crate::write::write;
use podprint_transcript::Series;
use podprint_typeset::{FontSet, Shaper};
use std::sync::OnceLock;

/// Render the episodes of `series` as one tagged PDF/UA-1 document.
///
/// Pass a one-episode series for a per-episode PDF, the whole series for the
/// collection. Every episode needs a language (its own or the series'); a
/// character the fonts lack is an error naming the episode and line. The same
/// input gives the same bytes.
///
/// Writing compresses each finished page on another thread while the next one
/// is drawn. Called from a rayon worker (a build renders many documents at
/// once), the work moves to a thread of its own that hands it to a private
/// pool and blocks: a rayon worker that waits steals other jobs onto its stack,
/// and with whole documents as jobs that nesting has no bound.
pub fn render(
    series: &Series,
    opts: &PdfOptions,
    variant: Variant,
    fonts: &FontSet,
) -> Result<Vec<u8>, PdfError> {
    if rayon::current_thread_index().is_none() {
        return render_here(series, opts, variant, fonts);
    }
    std::thread::scope(|scope| {
        scope
            .spawn(|| writer_pool().install(|| render_here(series, opts, variant, fonts)))
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
    })
}

/// The pool documents are written in when [`render`] is called from a rayon
/// worker. Waiting for a page's compression there runs at most the other
/// documents handed over at the same time (one per calling thread).
fn writer_pool() -> &'static rayon::ThreadPool {
    static POOL: OnceLock<rayon::ThreadPool> = OnceLock::new();
    POOL.get_or_init(|| {
        rayon::ThreadPoolBuilder::new()
            .num_threads(rayon::current_num_threads())
            .thread_name(|i| format!("podprint-pdf-{i}"))
            .stack_size(16 << 20)
            .build()
            .expect("the PDF writer threads start")
    })
}

fn render_here(
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
