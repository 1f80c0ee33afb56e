//! # podprint-text
//!
//! Plain-text export of one episode: UTF-8, LF line ends, wrapped at a
//! configurable width, for screen readers, braille displays, e-mail and
//! archives.
//!
//! Layout, chosen for screen readers and braille displays:
//! - a header: series title, episode title, date, description, and the
//!   participants one per line (`Name, role, affiliation`);
//! - the cold-open teasers under the label `Smakprov:` / `Cold open:`;
//! - the transcript under `Utskrift:` / `Transcript:`, one block per paragraph,
//!   blocks separated by a blank line. A turn's first block starts with the
//!   speaker's name and a colon, inline (`Anna Berglund: Välkommen …`), so the
//!   name is the first thing read and the first thing on the braille line
//!   without spending a line on it; further paragraphs of the same turn have
//!   no name. A start time, when the source had one, follows the name:
//!   `Anna Berglund (01:23): …`.
//! - events stay in square brackets (`[skratt]`); nothing is indented except
//!   wrapped participant lines, so no braille cells are wasted.
//!
//! Lines break only at spaces (found with `unicode-linebreak`, so no break
//! lands before `!` or inside a no-break space); a word is never split, not
//! even at a hyphen, so every word reads back exactly as written. A line is
//! longer than the width only when it is one unbreakable unit that does not
//! fit: a long word, or a word glued by Unicode rules to a following lone
//! `?`, `!` or closing bracket.
//!
//! ```
//! use podprint_text::{render, TextOptions};
//! use podprint_transcript::{Episode, EpisodeMeta, Lang, Paragraph, SeriesMeta, Turn};
//!
//! let series = SeriesMeta { title: "Exempelpodden".into(), language: Lang::sv(), ..Default::default() };
//! let episode = Episode {
//!     meta: EpisodeMeta { id: "ep01".into(), title: "Avsnitt 1".into(), language: Lang::sv(), ..Default::default() },
//!     turns: vec![Turn { speaker: "ANNA".into(), paragraphs: vec![Paragraph::parse("Hej! [skratt]")], ..Default::default() }],
//!     ..Default::default()
//! };
//! let text = render(&series, &episode, &TextOptions::default()).unwrap();
//! assert!(text.starts_with("Exempelpodden\nAvsnitt 1\n"));
//! assert!(text.ends_with("ANNA: Hej! [skratt]\n"));
//! ```

#![warn(missing_docs)]

mod error;
mod layout;
mod options;
mod wrap;

pub use error::TextError;
pub use layout::render;
pub use options::TextOptions;
pub use wrap::wrap;
