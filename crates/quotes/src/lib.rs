//! # podprint-quotes
//!
//! Pull quotes an editor would pick. A quote is a verbatim span of one turn
//! (1–3 sentences, or from a clause start to the end of up to three sentences),
//! with fillers, false starts and pointer words trimmed only as recorded
//! [`Edit`]s; it stands alone, is no question, fits the length bounds and comes
//! from a guest by default. Candidates are ranked by explainable features
//! ([`explain`]) and chosen for diversity (MMR); cold-open teasers come first
//! as editor picks; ids are stable and can be pinned or rejected.
//!
//! ```
//! use podprint_quotes::{select, to_json, QuoteOptions};
//! use podprint_transcript::{Episode, Lang, Paragraph, Role, Series, Speaker, Turn};
//!
//! let mut ep = Episode::default();
//! ep.meta.id = "ep01".into();
//! ep.meta.language = Lang::sv();
//! for (label, role) in [("ANNA", Role::Host), ("OLLE", Role::Guest)] {
//!     ep.speakers.push(Speaker { label: label.into(), name: label.into(), role, affiliation: None });
//! }
//! let turn = |s: &str, t: &str| Turn { speaker: s.into(), paragraphs: vec![Paragraph::parse(t)], ..Turn::default() };
//! ep.turns.push(turn("ANNA", "Vad är det viktigaste du har lärt dig?"));
//! ep.turns.push(turn("OLLE", "Ja, jag tror att det handlar om att lyssna på riktigt, inte bara vänta på sin tur att prata."));
//!
//! let quotes = select(&Series::default(), &ep, &QuoteOptions::default(), 5);
//! assert_eq!(quotes[0].text, "Jag tror att det handlar om att lyssna på riktigt, inte bara vänta på sin tur att prata.");
//! assert_eq!(quotes[0].removed, vec!["ja"]);
//! assert!(to_json(&quotes).contains("\"speaker\": \"OLLE\""));
//! ```

mod candidate;
mod clean;
mod corpus;
mod error;
mod expletive;
mod fragment;
mod id;
mod lexicon;
mod moment;
mod options;
mod quote;
mod render;
mod rhetoric;
mod score;
mod select;
mod words;

pub use corpus::Corpus;
pub use error::QuoteError;
pub use id::quote_id;
pub use options::QuoteOptions;
pub use quote::{reconstruct, Edit, EditKind, Feature, Quote};
pub use render::{explain, to_json, to_markdown};
pub use select::{candidates, candidates_in, select, select_in};
