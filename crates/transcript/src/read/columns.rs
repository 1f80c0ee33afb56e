//! Two-column OCR reader (not written yet).

use super::Draft;

/// Read a columns-layout OCR transcript.
pub fn read(text: &str) -> Draft {
    super::labeled::read(text)
}
