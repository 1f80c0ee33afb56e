//! # podprint-cards
//!
//! Quote cards for social posts: one pure [`render`] turns a [`Quote`] into an
//! SVG and a PNG of a given size. The quote is set in the bundled (or
//! configured) font at the largest size that fits its box, never below a
//! legible minimum (32 px at 1080 px wide); every text colour is checked for
//! WCAG contrast (≥ 4.5:1); the alt text goes into the SVG (`<title>`/`<desc>`),
//! the PNG (iTXt "Description") and the sidecar [`cards_json`]; [`gallery_html`]
//! lists every card for the editors. Only the given fonts are used (no system
//! fonts), so the bytes are the same on every machine.
//!
//! ```
//! use podprint_cards::{check_contrast, parse_sizes, render, CardContext, CardOptions};
//! use podprint_quotes::Quote;
//! use podprint_transcript::{Episode, Lang, SeriesMeta};
//! use podprint_typeset::FontSet;
//!
//! let opts = CardOptions::default();
//! check_contrast(&opts).unwrap();
//! let series = SeriesMeta { title: "Exempelpodden".into(), language: Lang::sv(), ..SeriesMeta::default() };
//! let mut episode = Episode::default();
//! episode.meta.id = "ep07".into();
//! episode.meta.number = Some(7);
//! episode.meta.language = Lang::sv();
//! let fonts = FontSet::bundled();
//! let ctx = CardContext { series: &series, episode: &episode, logo: None, fonts: &fonts };
//! let quote = Quote {
//!     id: "1a2b3c4d".into(), episode: "ep07".into(), speaker: "OLLE".into(), name: "Olle Ek".into(),
//!     text: "Vi måste börja i det lilla och våga prova.".into(), turn: 3, span: (0, 43),
//!     start: None, score: 1.0, features: vec![], removed: vec![], edits: vec![],
//!     editor_pick: false, body_turn: None,
//! };
//! let size = parse_sizes(&opts).unwrap()[0];
//! let card = render(&quote, size, &ctx, &opts).unwrap();
//! assert_eq!(card.file_stem, "1a2b3c4d-1080x1080");
//! assert!(card.svg.contains("Vi måste börja i det lilla och våga prova."));
//! assert!(card.alt.starts_with("”Vi måste börja i det lilla och våga prova.” Sagt av Olle Ek"));
//! assert!(card.alt.contains("Exempelpodden, avsnitt 7"));
//! assert_eq!(&card.png[1..4], b"PNG");
//! ```

mod colour;
mod error;
mod gallery;
mod layout;
mod logo;
mod options;
mod raster;
mod render;
mod size;
mod svg;
mod words;

pub use colour::{check_contrast, contrast_ratio, Palette, Rgb, MIN_CONTRAST};
pub use error::CardError;
pub use gallery::{cards_json, gallery_html, CardEntry};
pub use layout::{layout, min_quote_size, Layout, Part, Rect, TextBlock, TextLine, TextRun};
pub use logo::{Logo, LogoKind};
pub use options::{CardFont, CardOptions};
pub use render::{render, Card, CardContext};
pub use size::{parse_size, parse_sizes, MAX_SIDE, MIN_SIDE};
pub use words::{alt_text, MAX_ALT_CHARS};
