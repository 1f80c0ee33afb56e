//! # podprint-epub
//!
//! Accessible EPUB 3.3 export: every episode of a [`Series`] in one book, with
//! a navigation document (table of contents and landmarks), a title page,
//! schema.org accessibility metadata and one XHTML document per episode.
//!
//! The archive is written with the `zip` crate and fixed timestamps, entry
//! order and permissions, so identical input gives byte-identical output.
//! The exporter never reads the clock or touches the file system.
//!
//! ```
//! use podprint_epub::{render, EpubOptions};
//! use podprint_transcript::{Episode, EpisodeMeta, Lang, Paragraph, Series, SeriesMeta, Turn};
//!
//! let episode = Episode {
//!     meta: EpisodeMeta { id: "ep01".into(), title: "Avsnitt 1".into(), language: Lang::sv(), ..Default::default() },
//!     turns: vec![Turn { speaker: "ANNA".into(), paragraphs: vec![Paragraph::parse("Hej & välkommen!")], ..Default::default() }],
//!     ..Default::default()
//! };
//! let series = Series {
//!     meta: SeriesMeta { title: "Exempelpodden".into(), language: Lang::sv(), ..Default::default() },
//!     episodes: vec![episode],
//! };
//! let bytes = render(&series, &EpubOptions::default()).unwrap();
//! assert_eq!(&bytes[30..38], b"mimetype");
//! ```

#![warn(missing_docs)]

mod archive;
mod document;
mod episode;
mod error;
mod escape;
mod locale;
mod nav;
mod options;
mod package;

pub use archive::render;
pub use error::EpubError;
pub use options::EpubOptions;
pub use package::identifier;

pub use podprint_transcript::Series;
