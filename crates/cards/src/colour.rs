//! Colours and WCAG 2.x contrast.

use crate::error::CardError;
use crate::options::CardOptions;
use std::fmt;

/// The contrast every text colour needs against the background (WCAG 2.x AA, 1.4.3).
pub const MIN_CONTRAST: f64 = 4.5;

/// An opaque sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Parse `#RRGGBB` or `#RGB` (case-insensitive, the `#` optional).
    pub fn parse(s: &str) -> Option<Rgb> {
        let hex = s.trim().strip_prefix('#').unwrap_or(s.trim());
        if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let v = |i: usize, n: usize| u8::from_str_radix(&hex[i..i + n], 16).ok();
        match hex.len() {
            6 => Some(Rgb(v(0, 2)?, v(2, 2)?, v(4, 2)?)),
            3 => Some(Rgb(v(0, 1)? * 17, v(1, 1)? * 17, v(2, 1)? * 17)),
            _ => None,
        }
    }

    /// WCAG 2.x relative luminance (0 black … 1 white).
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(self.0) + 0.7152 * lin(self.1) + 0.0722 * lin(self.2)
    }

    /// `self` moved a fraction `t` (0..=1) towards `other`, in sRGB.
    pub fn mix(self, other: Rgb, t: f64) -> Rgb {
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Rgb(m(self.0, other.0), m(self.1, other.1), m(self.2, other.2))
    }
}

impl fmt::Display for Rgb {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

/// WCAG 2.x contrast ratio of two colours (1 … 21), order-independent.
pub fn contrast_ratio(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (a.luminance(), b.luminance());
    let (hi, lo) = if la >= lb { (la, lb) } else { (lb, la) };
    (hi + 0.05) / (lo + 0.05)
}

/// The colours a card is drawn in, parsed and checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Palette {
    /// Background.
    pub background: Rgb,
    /// The quote and the attribution.
    pub foreground: Rgb,
    /// The large quote mark and the rule.
    pub accent: Rgb,
    /// The series line: the foreground softened towards the background, still ≥ 4.5:1.
    pub muted: Rgb,
}

impl Palette {
    /// Parse the colours of `opts` and check every text colour's contrast.
    pub fn from_options(opts: &CardOptions) -> Result<Palette, CardError> {
        let parse = |key: &'static str, value: &str| {
            Rgb::parse(value).ok_or_else(|| CardError::Colour {
                key,
                value: value.to_string(),
            })
        };
        let background = parse("background", &opts.background)?;
        let foreground = parse("foreground", &opts.foreground)?;
        let accent = match &opts.accent {
            Some(a) => parse("accent", a)?,
            None => foreground,
        };
        for (key, colour) in [("foreground", foreground), ("accent", accent)] {
            let ratio = contrast_ratio(colour, background);
            if ratio < MIN_CONTRAST {
                return Err(CardError::Contrast {
                    key,
                    colour: colour.to_string(),
                    background: background.to_string(),
                    ratio: (ratio * 100.0).floor() / 100.0,
                    required: MIN_CONTRAST,
                });
            }
        }
        // Soften the series line as far as contrast allows (at most 30 %), keeping a margin.
        let muted = [0.30, 0.25, 0.20, 0.15, 0.10, 0.05]
            .iter()
            .map(|&t| foreground.mix(background, t))
            .find(|&c| contrast_ratio(c, background) >= MIN_CONTRAST + 1.5)
            .unwrap_or(foreground);
        Ok(Palette {
            background,
            foreground,
            accent,
            muted,
        })
    }
}

/// Check that every text colour of `opts` contrasts at least 4.5:1 with the background.
///
/// The error names both colours and the ratio, e.g. `foreground #8899AA on
/// background #FFFFFF has a contrast ratio of 2.83:1`.
pub fn check_contrast(opts: &CardOptions) -> Result<(), CardError> {
    Palette::from_options(opts).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_ratios() {
        let (black, white) = (Rgb(0, 0, 0), Rgb(255, 255, 255));
        assert!((contrast_ratio(black, white) - 21.0).abs() < 1e-9);
        assert!((contrast_ratio(white, white) - 1.0).abs() < 1e-9);
        // #767676 on white is the classic 4.54:1.
        let grey = Rgb::parse("#767676").unwrap();
        assert!((contrast_ratio(grey, white) - 4.54).abs() < 0.01);
    }

    #[test]
    fn parses_short_and_long_forms() {
        assert_eq!(Rgb::parse("#0B3B5C"), Some(Rgb(0x0B, 0x3B, 0x5C)));
        assert_eq!(Rgb::parse("#fff"), Some(Rgb(255, 255, 255)));
        assert_eq!(Rgb::parse("#12345"), None);
        assert_eq!(Rgb::parse("#GGGGGG"), None);
        assert_eq!(Rgb(1, 2, 255).to_string(), "#0102FF");
    }

    #[test]
    fn muted_keeps_contrast() {
        let p = Palette::from_options(&CardOptions::default()).unwrap();
        assert_ne!(p.muted, p.foreground);
        assert!(contrast_ratio(p.muted, p.background) >= MIN_CONTRAST);
    }
}
