//! Options of the EPUB exporter (the config's `[output.epub]` table).

use serde::{Deserialize, Serialize};

/// Settings for EPUB output; the config's `[output.epub]` table deserializes into it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields, default)]
pub struct EpubOptions {
    /// Write one EPUB with every episode of the series (default `true`).
    /// Read by the CLI; [`crate::render`] always renders the series it is given.
    pub collection: bool,
    /// Also write one EPUB per episode (default `false`). Read by the CLI.
    pub per_episode: bool,
    /// Show turn start times, where the source had them (default `true`).
    pub timestamps: bool,
    /// `dc:identifier` of the book, e.g. `urn:isbn:…`. Default: a `urn:uuid`
    /// derived from the series title and publisher (see [`crate::identifier`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub identifier: Option<String>,
    /// Deflate level 1–9 for everything but `mimetype`, 0 to store uncompressed
    /// (default 3: within a tenth of level 6 in size, over three times faster).
    pub compression: u8,
}

impl Default for EpubOptions {
    fn default() -> Self {
        EpubOptions {
            collection: true,
            per_episode: false,
            timestamps: true,
            identifier: None,
            compression: 3,
        }
    }
}
