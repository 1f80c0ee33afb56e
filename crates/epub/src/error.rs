//! Errors of the EPUB exporter.

/// Why an EPUB could not be made.
#[derive(Debug, thiserror::Error)]
pub enum EpubError {
    /// The series has no title; EPUB requires a non-empty `dc:title`.
    #[error("the series has no title; set [series] title in the config")]
    MissingTitle,
    /// `modified` is not an ISO 8601 UTC date-time such as `2025-03-01T12:00:00Z`.
    #[error("modified date {value:?} is not of the form 2025-03-01T12:00:00Z")]
    BadModified {
        /// The value as given.
        value: String,
    },
    /// Writing an entry of the zip archive failed.
    #[error("cannot write {entry} into the EPUB archive: {source}")]
    Zip {
        /// Path of the entry inside the archive.
        entry: String,
        /// Underlying error.
        #[source]
        source: zip::result::ZipError,
    },
}
