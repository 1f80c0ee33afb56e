//! The optional logo drawn in a card's footer.

use crate::error::CardError;
use std::fmt;
use std::path::Path;

/// What kind of image a logo is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LogoKind {
    /// A PNG image.
    Png,
    /// An SVG drawing.
    Svg,
}

impl LogoKind {
    /// The kind for a file name's extension (`.png`, `.svg`), if supported.
    pub fn from_path(path: &Path) -> Option<LogoKind> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "png" => Some(LogoKind::Png),
            "svg" => Some(LogoKind::Svg),
            _ => None,
        }
    }

    fn mime(self) -> &'static str {
        match self {
            LogoKind::Png => "image/png",
            LogoKind::Svg => "image/svg+xml",
        }
    }
}

impl fmt::Display for LogoKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            LogoKind::Png => "PNG",
            LogoKind::Svg => "SVG",
        })
    }
}

/// A logo: the bytes of a PNG or SVG file, checked, with its aspect ratio.
#[derive(Clone, Debug, PartialEq)]
pub struct Logo {
    bytes: Vec<u8>,
    kind: LogoKind,
    aspect: f32,
}

impl Logo {
    /// Check `bytes` as a `kind` image and keep them.
    pub fn new(bytes: Vec<u8>, kind: LogoKind) -> Result<Logo, CardError> {
        let err = |reason: &str| CardError::Logo {
            kind,
            reason: reason.to_string(),
        };
        let (w, h) = match kind {
            LogoKind::Png => png_size(&bytes).ok_or_else(|| err("no PNG header"))?,
            LogoKind::Svg => {
                let tree = resvg::usvg::Tree::from_data(&bytes, &resvg::usvg::Options::default())
                    .map_err(|e| err(&e.to_string()))?;
                (tree.size().width(), tree.size().height())
            }
        };
        if !(w > 0.0 && h > 0.0) {
            return Err(err("the image has no size"));
        }
        Ok(Logo {
            bytes,
            kind,
            aspect: w / h,
        })
    }

    /// The image bytes.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// PNG or SVG.
    pub fn kind(&self) -> LogoKind {
        self.kind
    }

    /// Width divided by height.
    pub fn aspect(&self) -> f32 {
        self.aspect
    }

    /// The image as a `data:` URL, to embed in an SVG.
    pub(crate) fn data_url(&self) -> String {
        format!("data:{};base64,{}", self.kind.mime(), base64(&self.bytes))
    }
}

/// Width and height from a PNG's IHDR chunk.
fn png_size(b: &[u8]) -> Option<(f32, f32)> {
    if b.len() < 24 || &b[..8] != b"\x89PNG\r\n\x1a\n" || &b[12..16] != b"IHDR" {
        return None;
    }
    let be = |i: usize| u32::from_be_bytes([b[i], b[i + 1], b[i + 2], b[i + 3]]);
    Some((be(16) as f32, be(20) as f32))
}

/// Standard base64 with padding.
fn base64(data: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | u32::from(b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_rfc4648_vectors() {
        for (i, o) in [
            ("", ""),
            ("f", "Zg=="),
            ("fo", "Zm8="),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg=="),
            ("fooba", "Zm9vYmE="),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(base64(i.as_bytes()), o);
        }
    }

    #[test]
    fn svg_logo_has_aspect_and_garbage_is_rejected() {
        let svg = br#"<svg xmlns="http://www.w3.org/2000/svg" width="200" height="50"><rect width="200" height="50"/></svg>"#;
        let logo = Logo::new(svg.to_vec(), LogoKind::Svg).unwrap();
        assert!((logo.aspect() - 4.0).abs() < 1e-6);
        assert!(logo
            .data_url()
            .starts_with("data:image/svg+xml;base64,PHN2Zy"));
        assert!(Logo::new(b"not a png".to_vec(), LogoKind::Png).is_err());
        assert!(Logo::new(b"<html>".to_vec(), LogoKind::Svg).is_err());
        assert_eq!(
            LogoKind::from_path(Path::new("a/Logo.PNG")),
            Some(LogoKind::Png)
        );
    }
}
