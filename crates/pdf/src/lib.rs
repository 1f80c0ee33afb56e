//! # podprint-pdf
//!
//! Printable, accessible PDFs of podcast transcripts: tagged PDF/UA-1 written
//! with [krilla](https://docs.rs/krilla) (its UA-1 validator on), laid out with
//! `podprint-typeset`: title block, participants list, teasers as a block
//! quote, one paragraph per turn with the speaker's name in bold, running
//! header and "Page N of M" footer as artifacts, an outline entry per episode,
//! and a large-print variant. Pure: bytes in, bytes out.
//!
//! ```
//! use podprint_pdf::{render, PdfOptions, Variant};
//! use podprint_transcript::{Episode, EpisodeMeta, Lang, Paragraph, Series, SeriesMeta, Turn};
//! use podprint_typeset::FontSet;
//!
//! let episode = Episode {
//!     meta: EpisodeMeta { id: "ep01".into(), title: "Om bibliotek".into(), language: Lang::sv(), ..Default::default() },
//!     turns: vec![Turn { speaker: "ANNA".into(), paragraphs: vec![Paragraph::parse("Hej och välkommen!")], line: 1, ..Default::default() }],
//!     ..Default::default()
//! };
//! let series = Series {
//!     meta: SeriesMeta { title: "Exempelpodden".into(), language: Lang::sv(), ..Default::default() },
//!     episodes: vec![episode],
//! };
//! let pdf = render(&series, &PdfOptions::default(), Variant::Standard, &FontSet::bundled()).unwrap();
//! assert!(pdf.starts_with(b"%PDF-1.7"));
//! ```

mod blocks;
mod error;
mod locale;
mod options;
mod paginate;
mod render;
mod write;

pub use error::PdfError;
pub use options::{FontPaths, Paper, PdfOptions, Variant};
pub use podprint_typeset::FontSet;
pub use render::render;
