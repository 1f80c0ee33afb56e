//! Paragraph layout: styled text broken into ragged-right lines.

use crate::error::TypesetError;
use crate::font::Style;
use crate::shape::{Glyph, Shaper};
use std::rc::Rc;
use unicode_linebreak::{linebreaks, BreakOpportunity};

/// A piece of paragraph text in one style, e.g. a bold speaker name.
#[derive(Clone, Debug, PartialEq)]
pub struct StyledText {
    /// The text. A `\n` forces a line break.
    pub text: String,
    /// The face it is set in.
    pub style: Style,
}

impl StyledText {
    /// A piece of text in `style`.
    pub fn new(text: impl Into<String>, style: Style) -> Self {
        StyledText {
            text: text.into(),
            style,
        }
    }
}

/// Part of a line set in one style from one input piece.
#[derive(Clone, Debug, PartialEq)]
pub struct Run {
    /// Index of the [`StyledText`] this run comes from.
    pub span: usize,
    /// The face.
    pub style: Style,
    /// The characters of the run, including a trailing space at a line end.
    pub text: String,
    /// Shaped glyphs; clusters index into `text`.
    pub glyphs: Vec<Glyph>,
    /// Offset from the start of the line, points.
    pub x: f32,
    /// Advance width of the run, points (trailing spaces included).
    pub width: f32,
}

/// One laid-out line.
#[derive(Clone, Debug, PartialEq)]
pub struct Line {
    /// Runs from left to right.
    pub runs: Vec<Run>,
    /// Visible width, points (trailing spaces excluded).
    pub width: f32,
    /// Font size the line was set at, points.
    pub size: f32,
}

impl Line {
    /// The line's text (trailing whitespace trimmed).
    pub fn text(&self) -> String {
        let s: String = self.runs.iter().map(|r| r.text.as_str()).collect();
        s.trim_end().to_string()
    }
}

/// A shaped piece of a break-to-break segment, in one style.
#[derive(Clone, Debug)]
struct Piece<'t> {
    span: usize,
    style: Style,
    text: &'t str,
    glyphs: Rc<[Glyph]>,
    /// Advance, em.
    width: f32,
    /// Advance of trailing whitespace glyphs, em.
    trailing: f32,
}

impl<'t> Piece<'t> {
    fn new(span: usize, style: Style, text: &'t str, glyphs: Rc<[Glyph]>) -> Self {
        let width = glyphs.iter().map(|g| g.x_advance).sum();
        let content_end = text.trim_end().len();
        let trailing = glyphs
            .iter()
            .filter(|g| g.cluster.start >= content_end)
            .map(|g| g.x_advance)
            .sum();
        Piece {
            span,
            style,
            text,
            glyphs,
            width,
            trailing,
        }
    }

    /// Split after the first `n` glyphs (at a cluster boundary).
    fn split_at_glyph(self, n: usize) -> (Piece<'t>, Piece<'t>) {
        let cut = self.glyphs[n].cluster.start;
        let right_glyphs: Rc<[Glyph]> = self.glyphs[n..]
            .iter()
            .map(|g| Glyph {
                cluster: g.cluster.start - cut..g.cluster.end - cut,
                ..g.clone()
            })
            .collect();
        let left = Piece::new(
            self.span,
            self.style,
            &self.text[..cut],
            self.glyphs[..n].into(),
        );
        let right = Piece::new(self.span, self.style, &self.text[cut..], right_glyphs);
        (left, right)
    }
}

/// Break styled text into lines no wider than `max_width` points at `size` points.
///
/// Lines break at Unicode line-break opportunities (UAX #14), greedily, ragged
/// right. A word wider than the line is broken between characters.
pub fn layout_paragraph(
    shaper: &Shaper<'_>,
    spans: &[StyledText],
    size: f32,
    max_width: f32,
) -> Result<Vec<Line>, TypesetError> {
    let max_em = max_width / size;
    let full: String = spans.iter().map(|s| s.text.as_str()).collect();
    // Start offset of each span in `full`.
    let mut starts = Vec::with_capacity(spans.len() + 1);
    let mut off = 0;
    for s in spans {
        starts.push(off);
        off += s.text.len();
    }
    starts.push(off);

    let mut lines: Vec<Vec<Piece>> = Vec::new();
    let mut current: Vec<Piece> = Vec::new();
    let mut current_width = 0.0f32; // em, trailing space of last piece included

    let mut seg_start = 0;
    for (pos, opportunity) in linebreaks(&full) {
        let segment = &full[seg_start..pos];
        let seg_offset = seg_start;
        seg_start = pos;
        let mandatory = matches!(opportunity, BreakOpportunity::Mandatory);
        // Drop the hard line break characters themselves.
        let segment_trimmed =
            segment.trim_end_matches(['\n', '\r', '\u{2028}', '\u{2029}', '\u{0B}', '\u{0C}']);

        let mut pieces = Vec::new();
        let seg_end = seg_offset + segment_trimmed.len();
        for (i, span) in spans.iter().enumerate() {
            let (a, b) = (starts[i].max(seg_offset), starts[i + 1].min(seg_end));
            if a >= b {
                continue;
            }
            let text = &full[a..b];
            let glyphs = shaper.shape_shared(text, span.style).map_err(|e| match e {
                TypesetError::MissingGlyph {
                    character,
                    style,
                    offset,
                    ..
                } => TypesetError::MissingGlyph {
                    character,
                    style,
                    offset: a + offset,
                    text: full.clone(),
                },
                other => other,
            })?;
            pieces.push(Piece::new(i, span.style, text, glyphs));
        }

        let seg_width: f32 = pieces.iter().map(|p| p.width).sum();
        let seg_trailing = pieces.last().map_or(0.0, |p| p.trailing);
        if !current.is_empty() && current_width + seg_width - seg_trailing > max_em {
            lines.push(std::mem::take(&mut current));
            current_width = 0.0;
        }
        if current.is_empty() && seg_width - seg_trailing > max_em {
            // A word wider than the line: break it between clusters.
            for mut piece in pieces {
                loop {
                    let mut w = current_width;
                    let mut fit = piece.glyphs.len();
                    for (gi, g) in piece.glyphs.iter().enumerate() {
                        let is_space = piece.text[g.cluster.clone()].trim().is_empty();
                        if !is_space && w + g.x_advance > max_em && (gi > 0 || !current.is_empty())
                        {
                            fit = gi;
                            break;
                        }
                        w += g.x_advance;
                    }
                    if fit == piece.glyphs.len() {
                        current_width += piece.width;
                        current.push(piece);
                        break;
                    }
                    if fit == 0 {
                        lines.push(std::mem::take(&mut current));
                        current_width = 0.0;
                        continue;
                    }
                    let (left, right) = piece.split_at_glyph(fit);
                    current.push(left);
                    lines.push(std::mem::take(&mut current));
                    current_width = 0.0;
                    piece = right;
                }
            }
        } else {
            current_width += seg_width;
            current.extend(pieces);
        }
        if mandatory && pos < full.len() {
            lines.push(std::mem::take(&mut current));
            current_width = 0.0;
        }
    }
    if !current.is_empty() || lines.is_empty() {
        lines.push(current);
    }
    Ok(lines.into_iter().map(|p| build_line(p, size)).collect())
}

/// Merge a line's pieces into runs and compute positions in points.
fn build_line(pieces: Vec<Piece<'_>>, size: f32) -> Line {
    let mut runs: Vec<Run> = Vec::new();
    let mut x = 0.0f32;
    let trailing = pieces.last().map_or(0.0, |p| p.trailing);
    let mut rest = pieces.as_slice();
    while let Some(first) = rest.first() {
        // The pieces from one input span make one run: size its buffers once.
        let n = rest
            .iter()
            .position(|p| p.span != first.span)
            .unwrap_or(rest.len());
        let (group, tail) = rest.split_at(n);
        rest = tail;
        let mut run = Run {
            span: first.span,
            style: first.style,
            text: String::with_capacity(group.iter().map(|p| p.text.len()).sum()),
            glyphs: Vec::with_capacity(group.iter().map(|p| p.glyphs.len()).sum()),
            x,
            width: 0.0,
        };
        for piece in group {
            let shift = run.text.len();
            run.text.push_str(piece.text);
            run.glyphs.extend(piece.glyphs.iter().map(|g| Glyph {
                cluster: g.cluster.start + shift..g.cluster.end + shift,
                ..g.clone()
            }));
            let width = piece.width * size;
            run.width += width;
            x += width;
        }
        runs.push(run);
    }
    Line {
        runs,
        width: x - trailing * size,
        size,
    }
}
