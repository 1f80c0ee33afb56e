//! # podprint-transcript
//!
//! The core of podprint: the [`Episode`] model, readers for every transcript
//! format (labeled text, Markdown, WebVTT, SRT, JSON, DOCX, two-column OCR),
//! encoding detection, normalization and sentence splitting. It knows nothing
//! of the exporters.
//!
//! ```
//! use podprint_transcript::{read_bytes, normalize, NormalizeOptions, ReadOptions};
//! use std::path::Path;
//!
//! let text = "ANNA: Välkommen hit, Olle!\n\nOLLE: Tack, roligt att vara här [skratt].\n";
//! let mut imported = read_bytes(text.as_bytes(), Path::new("ep01.txt"), &ReadOptions::default()).unwrap();
//! normalize(&mut imported.episode, &NormalizeOptions::default());
//! assert_eq!(imported.episode.turns.len(), 2);
//! assert_eq!(imported.episode.turns[1].speaker, "OLLE");
//! ```

mod decode;
mod error;
mod inline;
mod lang;
mod model;
mod normalize;
pub mod ocr;
pub mod read;
mod sentences;
mod slug;
mod swar;

pub use decode::{clean, decode, Decoded};
pub use error::ReadError;
pub use inline::{is_event, parse_inlines};
pub use lang::detect as detect_language;
pub use model::{
    Diagnostic, Episode, EpisodeMeta, Inline, Lang, Level, Paragraph, Role, Series, SeriesMeta,
    Speaker, Turn,
};
pub use normalize::{normalize, NormalizeOptions, SpeakerInfo};
pub use ocr::{needs_repair, repair_episode, Vocabulary};
pub use read::{
    collapse_spaces, format_clock, read_bytes, read_path, Format, Imported, ReadOptions,
};
pub use sentences::{sentence_spans, sentences};
pub use slug::slugify;
