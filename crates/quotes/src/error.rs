//! [`QuoteError`]: what can be wrong with quote settings.

use thiserror::Error;

/// Errors in [`crate::QuoteOptions`].
#[derive(Debug, Error, PartialEq, Eq)]
pub enum QuoteError {
    /// `min-chars` above `max-chars`, or `max-chars` too small for any quote.
    #[error("quotes: min-chars ({min}) must not exceed max-chars ({max}), and max-chars must be at least 20")]
    Bounds {
        /// The configured `min-chars`.
        min: usize,
        /// The configured `max-chars`.
        max: usize,
    },
    /// `roles` lists `announcer`, who is never quoted.
    #[error("quotes: roles must not include \"announcer\"; the announcer is never quoted")]
    AnnouncerRole,
    /// The same id is in `pin` and `reject`.
    #[error("quotes: id {id} is both pinned and rejected")]
    PinnedAndRejected {
        /// The id.
        id: String,
    },
}
