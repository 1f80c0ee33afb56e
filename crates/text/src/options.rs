//! Options of the plain-text exporter (the config's `[output.text]` table).

use serde::{Deserialize, Serialize};

/// Settings for plain-text output; the config's `[output.text]` table deserializes into it.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields, default)]
pub struct TextOptions {
    /// Line width in terminal columns (default 72; at least [`TextOptions::MIN_WIDTH`]).
    pub width: usize,
    /// Show turn start times after the speaker's name, where the source had them (default `true`).
    pub timestamps: bool,
}

impl TextOptions {
    /// The narrowest width accepted.
    pub const MIN_WIDTH: usize = 20;
}

impl Default for TextOptions {
    fn default() -> Self {
        TextOptions {
            width: 72,
            timestamps: true,
        }
    }
}
