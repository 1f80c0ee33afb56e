//! Card sizes: `WIDTHxHEIGHT` strings from the config.

use crate::error::CardError;
use crate::options::CardOptions;

/// Smallest card side accepted, pixels.
pub const MIN_SIDE: u32 = 200;
/// Largest card side accepted, pixels.
pub const MAX_SIDE: u32 = 4096;

/// Parse one size, `"1080x1080"` (also `×` or `X`, spaces allowed).
pub fn parse_size(value: &str) -> Result<(u32, u32), CardError> {
    let err = || CardError::Size {
        value: value.to_string(),
        min: MIN_SIDE,
        max: MAX_SIDE,
    };
    let (w, h) = value.split_once(['x', 'X', '×']).ok_or_else(err)?;
    let w: u32 = w.trim().parse().map_err(|_| err())?;
    let h: u32 = h.trim().parse().map_err(|_| err())?;
    let ok = |v: u32| (MIN_SIDE..=MAX_SIDE).contains(&v);
    if ok(w) && ok(h) {
        Ok((w, h))
    } else {
        Err(err())
    }
}

/// The card sizes of `opts`, in order, duplicates removed.
pub fn parse_sizes(opts: &CardOptions) -> Result<Vec<(u32, u32)>, CardError> {
    let mut out = Vec::new();
    for s in &opts.sizes {
        let size = parse_size(s)?;
        if !out.contains(&size) {
            out.push(size);
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_sizes() {
        assert_eq!(
            parse_sizes(&CardOptions::default()).unwrap(),
            vec![(1080, 1080), (1080, 1920), (1200, 675)]
        );
    }

    #[test]
    fn bad_sizes_are_named() {
        for bad in ["1080", "10x10", "axb", "1080x99999", ""] {
            let e = parse_size(bad).unwrap_err().to_string();
            assert!(e.contains(&format!("{bad:?}")), "{e}");
        }
        assert_eq!(parse_size(" 1200 × 675 ").unwrap(), (1200, 675));
    }
}
