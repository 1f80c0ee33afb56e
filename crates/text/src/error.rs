//! Errors of the plain-text exporter.

/// Why a plain-text export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum TextError {
    /// The configured width is too narrow to be readable.
    #[error("text width {width} is too small; use at least {min} (default 72)")]
    WidthTooSmall {
        /// The width asked for.
        width: usize,
        /// The smallest width accepted.
        min: usize,
    },
}
