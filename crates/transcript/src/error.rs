//! Errors of the transcript crate.

use std::path::PathBuf;

/// Why a transcript could not be read at all. Problems that still leave a
/// usable episode are [`crate::Diagnostic`]s instead.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error("{path}: cannot read the file: {source}")]
    Io {
        /// File that failed.
        path: PathBuf,
        /// Underlying error.
        #[source]
        source: std::io::Error,
    },
    /// The file has no bytes or only whitespace.
    #[error("{path}: the file is empty; export the transcript again or remove it from the config")]
    Empty {
        /// File that is empty.
        path: PathBuf,
    },
    /// The file looks like binary data, not a transcript.
    #[error("{path}: this is not a text transcript ({what}); supported: text, Markdown, WebVTT, SRT, JSON, DOCX")]
    Binary {
        /// File.
        path: PathBuf,
        /// What it looks like.
        what: String,
    },
    /// Bytes could not be decoded as text.
    #[error("{path}:{line}: cannot decode the text ({detail}); save the file as UTF-8")]
    Decode {
        /// File.
        path: PathBuf,
        /// 1-based line of the first bad byte.
        line: usize,
        /// Detail.
        detail: String,
    },
    /// The content is malformed for its format (bad JSON, broken DOCX…).
    #[error("{path}:{line}: {message}")]
    Malformed {
        /// File.
        path: PathBuf,
        /// 1-based line (0 when unknown).
        line: usize,
        /// What is wrong and what to do.
        message: String,
    },
    /// No speaker turns were found.
    #[error("{path}: no speaker turns found; label each turn like `NAME: text` (see `podprint inspect --help` for supported layouts)")]
    NoTurns {
        /// File.
        path: PathBuf,
    },
    /// The file is larger than podprint reads.
    #[error("{path}: the file is {size} bytes, more than the {limit}-byte limit for one transcript; split it")]
    TooLarge {
        /// File.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
}

impl ReadError {
    /// The file the error is about.
    pub fn path(&self) -> &std::path::Path {
        match self {
            ReadError::Io { path, .. }
            | ReadError::Empty { path }
            | ReadError::Binary { path, .. }
            | ReadError::Decode { path, .. }
            | ReadError::Malformed { path, .. }
            | ReadError::NoTurns { path }
            | ReadError::TooLarge { path, .. } => path,
        }
    }
}
