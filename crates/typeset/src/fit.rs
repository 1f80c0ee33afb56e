//! Fitting text into a box: the largest size at which it fits.

use crate::error::TypesetError;
use crate::paragraph::{layout_paragraph, Line, StyledText};
use crate::shape::Shaper;

/// Text set at the size found by [`fit`].
#[derive(Clone, Debug, PartialEq)]
pub struct Fit {
    /// Font size, points.
    pub size: f32,
    /// Distance between baselines, points (`size * line_height`).
    pub leading: f32,
    /// The lines.
    pub lines: Vec<Line>,
    /// Height of the block, points (`lines * leading`).
    pub height: f32,
}

/// What to fit into: the box and the allowed sizes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct FitBox {
    /// Width available, points.
    pub width: f32,
    /// Height available, points.
    pub height: f32,
    /// Smallest acceptable size, points.
    pub min_size: f32,
    /// Largest size wanted, points.
    pub max_size: f32,
    /// Line height as a multiple of the size (e.g. 1.3).
    pub line_height: f32,
}

/// The largest size in `[min_size, max_size]` (to a quarter point) at which the
/// text fits the box, with its lines; `None` if it does not fit even at `min_size`.
pub fn fit(
    shaper: &Shaper<'_>,
    spans: &[StyledText],
    bx: FitBox,
) -> Result<Option<Fit>, TypesetError> {
    let try_size = |size: f32| -> Result<Option<Fit>, TypesetError> {
        let lines = layout_paragraph(shaper, spans, size, bx.width)?;
        let leading = size * bx.line_height;
        let height = lines.len() as f32 * leading;
        let fits = height <= bx.height && lines.iter().all(|l| l.width <= bx.width + 0.01);
        Ok(fits.then_some(Fit {
            size,
            leading,
            lines,
            height,
        }))
    };
    if let Some(f) = try_size(bx.max_size)? {
        return Ok(Some(f));
    }
    let Some(mut best) = try_size(bx.min_size)? else {
        return Ok(None);
    };
    // Binary search in quarter points between a fitting and a failing size.
    let (mut lo, mut hi) = ((bx.min_size * 4.0).round(), (bx.max_size * 4.0).round());
    while hi - lo > 1.0 {
        let mid = ((lo + hi) / 2.0).floor();
        match try_size(mid / 4.0)? {
            Some(f) => {
                lo = mid;
                best = f;
            }
            None => hi = mid,
        }
    }
    Ok(Some(best))
}
