//! srt reader (not written yet).

use super::Draft;

/// Read srt text into a draft.
pub fn read(_text: &str) -> Draft {
    Draft::default()
}
