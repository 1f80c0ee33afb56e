//! Repairing Swedish letters that OCR misread (`dr` → `är`, `hir` → `här`,
//! `kénna` → `känna`, `6` → `ö`, `1` → `l`/`i`).
//!
//! A [`Vocabulary`] built from clean text of the same series (other episodes,
//! the clean repeat block of the OCR file, an optional word list) ranks the
//! readings a confusion map allows; words with no known reading stay as they
//! are. The CLI builds one vocabulary per series ([`series_vocabulary`]) and
//! calls [`repair_episode`] for each episode that [`is_ocr`].
//!
//! ```
//! use podprint_transcript::ocr::{repair_text, Vocabulary};
//!
//! let mut vocab = Vocabulary::new();
//! vocab.add_text("Det är här vi säger att vården är nära.");
//! let (fixed, n) = repair_text("Det dr hir vi sdger det.", &vocab);
//! assert_eq!(fixed, "Det är här vi säger det.");
//! assert_eq!(n, 3);
//! ```

pub mod align;
mod confusion;
mod repair;
mod vocab;

pub use confusion::{candidates, is_confusable, readings_of, Candidate};
pub use repair::{is_ocr, needs_repair, repair_episode, repair_text, series_vocabulary};
pub(crate) use vocab::word_core;
pub use vocab::Vocabulary;
