//! Errors of the card exporter.

/// Something went wrong checking options or rendering a card.
#[derive(Debug, thiserror::Error)]
pub enum CardError {
    /// A colour option is not `#RRGGBB` (or `#RGB`).
    #[error("[output.cards] {key} = {value:?} is not a colour; write it as \"#RRGGBB\"")]
    Colour {
        /// The option (`background`, `foreground`, `accent`).
        key: &'static str,
        /// The value given.
        value: String,
    },
    /// A text colour does not contrast enough with the background (WCAG 2.x, 1.4.3).
    #[error(
        "[output.cards] {key} {colour} on background {background} has a contrast ratio of {ratio:.2}:1; text needs at least {required}:1 (WCAG AA)"
    )]
    Contrast {
        /// The option of the text colour (`foreground`, `accent`).
        key: &'static str,
        /// The text colour, `#RRGGBB`.
        colour: String,
        /// The background colour, `#RRGGBB`.
        background: String,
        /// The contrast ratio found (rounded down to two decimals).
        ratio: f64,
        /// The minimum ratio.
        required: f64,
    },
    /// A size in `sizes` is not `WIDTHxHEIGHT` within the allowed range.
    #[error("[output.cards] sizes: {value:?} is not a card size; write \"WIDTHxHEIGHT\" in pixels, each {min}..={max}")]
    Size {
        /// The value given.
        value: String,
        /// Smallest side allowed, pixels.
        min: u32,
        /// Largest side allowed, pixels.
        max: u32,
    },
    /// The quote does not fit the card even at the smallest legible size.
    #[error("quote {quote} does not fit a {width}x{height} card at the minimum text size of {min_size:.1} px")]
    DoesNotFit {
        /// Quote id.
        quote: String,
        /// Card width, pixels.
        width: u32,
        /// Card height, pixels.
        height: u32,
        /// The smallest size tried, pixels.
        min_size: f32,
    },
    /// Setting the text failed (a character the font lacks, a bad font).
    #[error("quote {quote}: {source}")]
    Typeset {
        /// Quote id (empty for text not from a quote).
        quote: String,
        /// What the typesetter said.
        #[source]
        source: podprint_typeset::TypesetError,
    },
    /// The logo is not a PNG or SVG that can be drawn.
    #[error("the card logo is not a readable {kind}: {reason}")]
    Logo {
        /// The kind the logo was declared as.
        kind: crate::logo::LogoKind,
        /// Why it was rejected.
        reason: String,
    },
    /// The SVG the exporter built could not be rasterized (a bug).
    #[error("internal error rasterizing card {file_stem}: {reason}")]
    Raster {
        /// The card's file stem.
        file_stem: String,
        /// What failed.
        reason: String,
    },
}
