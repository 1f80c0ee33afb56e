//! Options of the PDF exporter (the config's `[output.pdf]` table).

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// Paper size.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    Letter,
}

impl Paper {
    /// Width and height in points (1/72 in).
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// User font files: regular, bold and italic TTF/OTF.
///
/// The exporter never reads files: the CLI reads these paths and passes the
/// bytes to [`podprint_typeset::FontSet::from_bytes`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct FontPaths {
    /// Upright, normal weight.
    pub regular: PathBuf,
    /// Bold (speaker names, headings).
    pub bold: PathBuf,
    /// Italic (events such as `[skratt]`).
    pub italic: PathBuf,
}

/// Options of the PDF exporter.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(rename_all = "kebab-case", deny_unknown_fields, default)]
pub struct PdfOptions {
    /// Paper size: `"a4"` (default) or `"letter"`.
    pub paper: Paper,
    /// Also write a large-print variant (`<episode-id>-large.pdf`). Default true.
    pub large_print: bool,
    /// Also write one PDF of the whole series. Default false.
    pub collection: bool,
    /// Fonts to use instead of the bundled Atkinson Hyperlegible Next.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub font: Option<FontPaths>,
}

impl Default for PdfOptions {
    fn default() -> Self {
        PdfOptions {
            paper: Paper::A4,
            large_print: true,
            collection: false,
            font: None,
        }
    }
}

/// Which layout to render.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Variant {
    /// Body text at 11 pt.
    #[default]
    Standard,
    /// Body text at 18 pt, line spacing 1.5, wider margins.
    LargePrint,
}

impl Variant {
    /// Suffix for the file name: `""` or `"-large"`.
    pub fn file_suffix(self) -> &'static str {
        match self {
            Variant::Standard => "",
            Variant::LargePrint => "-large",
        }
    }
}
