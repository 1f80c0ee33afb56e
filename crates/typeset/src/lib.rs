//! # podprint-typeset
//!
//! Text layout shared by podprint's PDF and quote-card exporters: the bundled
//! legibility-first font (Atkinson Hyperlegible Next, SIL OFL 1.1), shaping and
//! measuring with rustybuzz (the shaper krilla uses, so widths match what is
//! drawn), line breaking with unicode-linebreak (ragged right), and fitting text
//! into a box. It knows nothing of transcripts or output formats.
//!
//! ```
//! use podprint_typeset::{layout_paragraph, FontSet, Shaper, Style, StyledText};
//!
//! let fonts = FontSet::bundled();
//! let shaper = Shaper::new(&fonts);
//! let spans = [
//!     StyledText::new("Anna: ", Style::Bold),
//!     StyledText::new("Välkommen till ett samtal om vård och skola ", Style::Regular),
//!     StyledText::new("[skratt]", Style::Italic),
//! ];
//! let lines = layout_paragraph(&shaper, &spans, 12.0, 150.0).unwrap();
//! assert!(lines.len() > 1);
//! assert!(lines.iter().all(|l| l.width <= 150.0));
//! assert_eq!(lines[0].runs[0].text, "Anna: ");
//! ```

mod error;
mod fit;
mod font;
mod paragraph;
mod shape;

pub use error::TypesetError;
pub use fit::{fit, Fit, FitBox};
pub use font::{Font, FontData, FontSet, Style, VMetrics, BUNDLED_FONT_LICENSE};
pub use paragraph::{layout_paragraph, Line, Run, StyledText};
pub use shape::{measure, Glyph, Shaper};
