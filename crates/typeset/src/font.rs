//! Fonts: the bundled Atkinson Hyperlegible Next faces, user fonts, metrics.

use crate::error::TypesetError;
use std::fmt;
use std::sync::Arc;

/// Shared, immutable font file bytes (what krilla's `Data` accepts as well).
pub type FontData = Arc<dyn AsRef<[u8]> + Send + Sync>;

static REGULAR: &[u8] = include_bytes!("../fonts/AtkinsonHyperlegibleNext_400Regular.ttf");
static BOLD: &[u8] = include_bytes!("../fonts/AtkinsonHyperlegibleNext_700Bold.ttf");
static ITALIC: &[u8] = include_bytes!("../fonts/AtkinsonHyperlegibleNext_400Regular_Italic.ttf");

/// The licence of the bundled fonts (SIL Open Font License 1.1), to ship with them.
pub const BUNDLED_FONT_LICENSE: &str = include_str!("../fonts/OFL.txt");

/// The face of a font set a piece of text is set in.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Style {
    /// Upright, normal weight: running text.
    Regular,
    /// Bold: names, headings.
    Bold,
    /// Italic: events such as `[skratt]`.
    Italic,
}

impl Style {
    /// All styles, in the order of [`Style::index`].
    pub const ALL: [Style; 3] = [Style::Regular, Style::Bold, Style::Italic];

    /// Position of the style in arrays indexed by style.
    pub fn index(self) -> usize {
        match self {
            Style::Regular => 0,
            Style::Bold => 1,
            Style::Italic => 2,
        }
    }
}

impl fmt::Display for Style {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Style::Regular => "regular",
            Style::Bold => "bold",
            Style::Italic => "italic",
        })
    }
}

/// Vertical metrics of a face, in em (multiply by the font size).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct VMetrics {
    /// Height above the baseline (positive).
    pub ascender: f32,
    /// Depth below the baseline (negative, as in the font).
    pub descender: f32,
    /// Extra gap the font suggests between lines.
    pub line_gap: f32,
    /// Height of capital letters.
    pub cap_height: f32,
}

/// One font file: its bytes, face index and metrics.
#[derive(Clone)]
pub struct Font {
    data: FontData,
    index: u32,
    units_per_em: f32,
    metrics: VMetrics,
}

impl fmt::Debug for Font {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Font")
            .field("bytes", &self.bytes().len())
            .field("index", &self.index)
            .field("units_per_em", &self.units_per_em)
            .finish()
    }
}

impl Font {
    fn new(data: FontData, style: Style) -> Result<Self, TypesetError> {
        let face = rustybuzz::ttf_parser::Face::parse((*data).as_ref(), 0)
            .map_err(|_| TypesetError::InvalidFont { style })?;
        let upem = f32::from(face.units_per_em());
        let metrics = VMetrics {
            ascender: f32::from(face.ascender()) / upem,
            descender: f32::from(face.descender()) / upem,
            line_gap: f32::from(face.line_gap()) / upem,
            cap_height: face
                .capital_height()
                .map(|h| f32::from(h) / upem)
                .unwrap_or(0.7),
        };
        // The shaper must accept it too.
        rustybuzz::Face::from_slice((*data).as_ref(), 0)
            .ok_or(TypesetError::InvalidFont { style })?;
        Ok(Font {
            data,
            index: 0,
            units_per_em: upem,
            metrics,
        })
    }

    /// The font file's bytes.
    pub fn bytes(&self) -> &[u8] {
        (*self.data).as_ref()
    }

    /// The shared bytes, cheap to clone (hand them to the PDF writer).
    pub fn data(&self) -> FontData {
        self.data.clone()
    }

    /// Face index in a font collection (0 for a plain TTF/OTF).
    pub fn index(&self) -> u32 {
        self.index
    }

    /// Units per em of the font.
    pub fn units_per_em(&self) -> f32 {
        self.units_per_em
    }

    /// Vertical metrics in em.
    pub fn metrics(&self) -> VMetrics {
        self.metrics
    }
}

/// The three faces text is set in: regular, bold and italic.
#[derive(Clone, Debug)]
pub struct FontSet {
    fonts: [Font; 3],
    /// Latin text shapes as nominal glyphs plus pair kerning (checked for the
    /// bundled faces by a test that compares with full shaping).
    pairwise_latin: bool,
}

impl FontSet {
    /// The bundled Atkinson Hyperlegible Next (SIL OFL 1.1, see [`BUNDLED_FONT_LICENSE`]).
    pub fn bundled() -> Self {
        let load = |bytes: &'static [u8], style| {
            Font::new(Arc::new(bytes), style).expect("bundled fonts are valid")
        };
        FontSet {
            fonts: [
                load(REGULAR, Style::Regular),
                load(BOLD, Style::Bold),
                load(ITALIC, Style::Italic),
            ],
            pairwise_latin: true,
        }
    }

    /// A set from the bytes of user font files (TTF or OTF).
    pub fn from_bytes(
        regular: Vec<u8>,
        bold: Vec<u8>,
        italic: Vec<u8>,
    ) -> Result<Self, TypesetError> {
        Ok(FontSet {
            fonts: [
                Font::new(Arc::new(regular), Style::Regular)?,
                Font::new(Arc::new(bold), Style::Bold)?,
                Font::new(Arc::new(italic), Style::Italic)?,
            ],
            pairwise_latin: false,
        })
    }

    /// The font for a style.
    pub fn font(&self, style: Style) -> &Font {
        &self.fonts[style.index()]
    }

    /// True if Latin words may be shaped from per-character and per-pair results
    /// (see [`crate::Shaper`]): known for the bundled faces, not assumed for user fonts,
    /// which always get the full shaper.
    pub fn pairwise_latin(&self) -> bool {
        self.pairwise_latin
    }

    /// True if the font for `style` maps `c` to a glyph.
    pub fn has_char(&self, style: Style, c: char) -> bool {
        rustybuzz::ttf_parser::Face::parse(self.font(style).bytes(), 0)
            .ok()
            .and_then(|f| f.glyph_index(c))
            .is_some()
    }
}
