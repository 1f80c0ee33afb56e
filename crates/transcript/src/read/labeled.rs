//! Labeled plain text (not written yet).

use super::Draft;

/// Read labeled text.
pub fn read(_text: &str) -> Draft {
    Draft::default()
}
