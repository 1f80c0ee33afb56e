//! Options of the quote-card exporter (the config's `[output.cards]` table).

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Options of the card exporter.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields, default)]
pub struct CardOptions {
    /// Card sizes as `WIDTHxHEIGHT` in pixels.
    pub sizes: Vec<String>,
    /// Background colour, `#RRGGBB`.
    pub background: String,
    /// Text colour, `#RRGGBB`.
    pub foreground: String,
    /// Accent colour for quote marks and rules, `#RRGGBB`; the foreground when absent.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub accent: Option<String>,
    /// Optional logo (SVG or PNG); the CLI reads it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub logo: Option<PathBuf>,
    /// Optional font files (regular, bold); the bundled font otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub font: Option<CardFont>,
    /// Write PNG files. Default true.
    pub png: bool,
    /// Write SVG files. Default true.
    pub svg: bool,
}

/// User font files for cards.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct CardFont {
    /// Regular weight.
    pub regular: PathBuf,
    /// Bold weight.
    pub bold: PathBuf,
}

impl Default for CardOptions {
    fn default() -> Self {
        CardOptions {
            sizes: vec!["1080x1080".into(), "1080x1920".into(), "1200x675".into()],
            background: "#0B3B5C".into(),
            foreground: "#FFFFFF".into(),
            accent: None,
            logo: None,
            font: None,
            png: true,
            svg: true,
        }
    }
}
