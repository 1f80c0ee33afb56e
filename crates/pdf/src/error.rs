//! Errors of the PDF exporter.

use podprint_typeset::{Style, TypesetError};

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The series given has no episodes.
    #[error("nothing to render: the series has no episodes")]
    NoEpisodes,
    /// Neither the series nor the episode has a language; PDF/UA needs `/Lang`.
    #[error(
        "episode {episode}: no language set; set `language` in [series] so the PDF can declare it"
    )]
    NoLanguage {
        /// Episode id.
        episode: String,
    },
    /// A character the fonts cannot draw.
    #[error("episode {episode}{}: the {style} font has no glyph for {character:?} (U+{:04X}); remove the character or configure a font that has it", line_suffix(.line), *.character as u32)]
    MissingGlyph {
        /// The character.
        character: char,
        /// The face that lacks it.
        style: Style,
        /// Episode id.
        episode: String,
        /// Source line of the turn, when the character is in a turn.
        line: Option<usize>,
    },
    /// The fonts could not be used.
    #[error("font: {0}")]
    Font(#[from] TypesetError),
    /// krilla's PDF/UA-1 validator refused the document.
    #[error("PDF/UA-1 validation failed: {0}")]
    Validation(String),
    /// Another error from the PDF writer.
    #[error("PDF writer: {0}")]
    Writer(String),
}

fn line_suffix(line: &Option<usize>) -> String {
    line.map(|l| format!(", line {l}")).unwrap_or_default()
}
