//! DOCX reader (not written yet).

use std::path::Path;

use crate::error::ReadError;

/// True if the bytes are a zip that holds `word/document.xml`.
pub fn is_docx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") && bytes.windows(17).any(|w| w == b"word/document.xml")
}

/// Paragraph text of a Word document, one paragraph per line.
pub fn extract_text(_bytes: &[u8], path: &Path) -> Result<String, ReadError> {
    Err(ReadError::Malformed {
        path: path.to_path_buf(),
        line: 0,
        message: "DOCX not supported yet".into(),
    })
}
