//! markdown reader (not written yet).

use super::Draft;

/// Read markdown text into a draft.
pub fn read(_text: &str) -> Draft {
    Draft::default()
}
