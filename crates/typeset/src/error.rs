//! Errors of the typesetting crate.

use crate::font::Style;

/// Something went wrong loading fonts or setting text.
#[derive(Debug, thiserror::Error, Clone, PartialEq)]
pub enum TypesetError {
    /// The bytes given for a font could not be parsed as a TrueType/OpenType font.
    #[error("the {style} font is not a usable TrueType/OpenType font")]
    InvalidFont {
        /// Which face of the set was bad.
        style: Style,
    },
    /// The font has no glyph for a character of the text.
    #[error("the {style} font has no glyph for {character:?} (U+{:04X}) at byte {offset} of {text:?}", *.character as u32)]
    MissingGlyph {
        /// The character that cannot be drawn.
        character: char,
        /// The face that lacks it.
        style: Style,
        /// Byte offset of the character in `text`.
        offset: usize,
        /// The text that was being set (a paragraph or a piece of one).
        text: String,
    },
}
