//! Where everything goes on a card: margins, the fitted quote, attribution, footer.
//!
//! All sizes derive from the card's width (type) and its shorter side (space),
//! so the three formats share one rhythm. Every text line carries its ink box
//! (ascender to descender, start to end of its advance), so tests can check
//! that nothing leaves its box or the card.

use crate::colour::{Palette, Rgb};
use crate::error::CardError;
use crate::options::CardOptions;
use crate::render::CardContext;
use crate::words;
use podprint_quotes::Quote;
use podprint_transcript::Lang;
use podprint_typeset::{fit, layout_paragraph, FitBox, Font, Shaper, Style, StyledText};

/// An axis-aligned rectangle in card pixels (y down).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x: f32,
    /// Top edge.
    pub y: f32,
    /// Width.
    pub width: f32,
    /// Height.
    pub height: f32,
}

impl Rect {
    /// Right edge.
    pub fn right(&self) -> f32 {
        self.x + self.width
    }

    /// Bottom edge.
    pub fn bottom(&self) -> f32 {
        self.y + self.height
    }

    /// True if `other` lies inside `self` (with `tolerance` pixels of slack).
    pub fn contains(&self, other: &Rect, tolerance: f32) -> bool {
        other.x >= self.x - tolerance
            && other.y >= self.y - tolerance
            && other.right() <= self.right() + tolerance
            && other.bottom() <= self.bottom() + tolerance
    }

    /// True if the two rectangles share any area.
    pub fn intersects(&self, other: &Rect) -> bool {
        self.x < other.right()
            && other.x < self.right()
            && self.y < other.bottom()
            && other.y < self.bottom()
    }
}

/// Which element of the card a text block is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// The large decorative quotation mark.
    Mark,
    /// The quote.
    Quote,
    /// "— Name, affiliation".
    Attribution,
    /// "Series · Episode N".
    Series,
}

/// A piece of a line in one face.
#[derive(Clone, Debug, PartialEq)]
pub struct TextRun {
    /// The characters.
    pub text: String,
    /// The face.
    pub style: Style,
    /// Fill colour.
    pub colour: Rgb,
    /// Left edge of the run's first glyph advance, card pixels.
    pub x: f32,
}

/// One line of text.
#[derive(Clone, Debug, PartialEq)]
pub struct TextLine {
    /// Runs from left to right.
    pub runs: Vec<TextRun>,
    /// Baseline, card pixels.
    pub baseline: f32,
    /// Where the line's ink can be: advance width × ascender…descender.
    pub ink: Rect,
}

/// A block of lines in one size and colour.
#[derive(Clone, Debug, PartialEq)]
pub struct TextBlock {
    /// What it is.
    pub part: Part,
    /// Font size, pixels.
    pub size: f32,
    /// Fill colour of most of its runs.
    pub colour: Rgb,
    /// The lines.
    pub lines: Vec<TextLine>,
    /// The box the block was set into; every line's ink lies inside it.
    pub bounds: Rect,
}

impl TextBlock {
    /// The union of the lines' ink boxes (empty rect at the bounds' origin when no lines).
    pub fn ink(&self) -> Rect {
        let mut it = self.lines.iter().map(|l| l.ink);
        let Some(first) = it.next() else {
            return Rect {
                width: 0.0,
                height: 0.0,
                ..self.bounds
            };
        };
        it.fold(first, |a, b| {
            let x = a.x.min(b.x);
            let y = a.y.min(b.y);
            Rect {
                x,
                y,
                width: a.right().max(b.right()) - x,
                height: a.bottom().max(b.bottom()) - y,
            }
        })
    }
}

/// The geometry of one card.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    /// Card width, pixels.
    pub width: u32,
    /// Card height, pixels.
    pub height: u32,
    /// Language of the text.
    pub lang: Lang,
    /// The colours.
    pub palette: Palette,
    /// The area inside the margins.
    pub content: Rect,
    /// The large quotation mark (one line, one glyph).
    pub mark: TextBlock,
    /// The quote, auto-fitted; its `bounds` is the text box.
    pub quote: TextBlock,
    /// The short rule between quote and attribution.
    pub rule: Rect,
    /// "— Name, affiliation".
    pub attribution: TextBlock,
    /// "Series · Episode N", at the bottom.
    pub series: TextBlock,
    /// Where the logo goes, if there is one (the image keeps its aspect inside).
    pub logo: Option<Rect>,
}

impl Layout {
    /// The text blocks, top to bottom.
    pub fn blocks(&self) -> [&TextBlock; 4] {
        [&self.mark, &self.quote, &self.attribution, &self.series]
    }
}

/// Line height of the quote, multiple of its size.
const QUOTE_LEADING: f32 = 1.2;
/// Line height of attribution and series line.
const SMALL_LEADING: f32 = 1.3;

/// Smallest quote size: 32 px on a card 1080 px wide, in proportion to the width.
pub fn min_quote_size(width: u32) -> f32 {
    32.0 * width as f32 / 1080.0
}

/// Lay out `quote` on a `width`×`height` card.
///
/// Fails with [`CardError::DoesNotFit`] when the quote does not fit at
/// [`min_quote_size`].
pub fn layout(
    quote: &Quote,
    (width, height): (u32, u32),
    ctx: &CardContext<'_>,
    opts: &CardOptions,
) -> Result<Layout, CardError> {
    let palette = Palette::from_options(opts)?;
    let lang = words::card_lang(ctx);
    let shaper = Shaper::new(ctx.fonts);
    let ts = |source| CardError::Typeset {
        quote: quote.id.clone(),
        source,
    };
    let (w, h) = (width as f32, height as f32);
    // Type scales with the width; space with the shorter side.
    let s = w / 1080.0;
    let u = w.min(h) / 1080.0;
    let tall = h > 1.4 * w;
    let mx = (88.0 * s).round();
    let my = if tall {
        (0.125 * h).round()
    } else {
        (88.0 * u).round()
    };
    let content = Rect {
        x: mx,
        y: my,
        width: w - 2.0 * mx,
        height: h - 2.0 * my,
    };
    let cw = content.width;

    // Footer: series line bottom left, logo bottom right.
    let series_size = 26.0 * s;
    let logo_rect = ctx.logo.map(|logo| {
        let lh = 64.0 * s;
        let lw = (lh * logo.aspect()).min(0.32 * cw);
        let lh = lw / logo.aspect();
        Rect {
            x: content.right() - lw,
            y: content.bottom() - lh,
            width: lw,
            height: lh,
        }
    });
    let series_width = match logo_rect {
        Some(r) => cw - r.width - 32.0 * s,
        None => cw,
    };
    let series_text = words::series_line(ctx, &lang);
    let series_lines = layout_paragraph(
        &shaper,
        &[StyledText::new(series_text, Style::Regular)],
        series_size,
        series_width,
    )
    .map_err(ts)?;
    let series_h = block_height(series_lines.len(), series_size, SMALL_LEADING, ctx);
    let series_top = content.bottom() - series_h;
    let series_bounds = Rect {
        x: content.x,
        y: series_top,
        width: series_width,
        height: series_h,
    };
    let series = place_block(
        Part::Series,
        &series_lines,
        series_bounds,
        series_size,
        SMALL_LEADING,
        &[palette.muted],
        ctx,
    );
    let footer_top = logo_rect.map_or(series_top, |r| r.y.min(series_top));

    // The group: mark, quote, rule, attribution; centred in what is left.
    let group_top = content.y;
    let group_bottom = footer_top - 64.0 * u;
    let (open, _) = words::quote_marks(&lang);
    let bold = ctx.fonts.font(Style::Bold);
    let mark_size = 220.0 * u;
    let mark_ink = glyph_ink(bold, open).ok_or_else(|| {
        ts(podprint_typeset::TypesetError::MissingGlyph {
            character: open,
            style: Style::Bold,
            offset: 0,
            text: open.to_string(),
        })
    })?;
    let mark_h = (mark_ink.3 - mark_ink.1) * mark_size;
    let gap_mark = 40.0 * u;
    let gap_rule = 44.0 * u;
    let rule_t = (5.0 * u).max(2.0).round();
    let rule_w = (96.0 * s).round();
    let gap_attr = 36.0 * u;

    let attr_size = 30.0 * s;
    let (name, affiliation) = words::speaker(quote, ctx);
    let mut attr_spans = vec![StyledText::new(
        format!("\u{2014}\u{2009}{name}"),
        Style::Bold,
    )];
    if let Some(a) = affiliation {
        attr_spans.push(StyledText::new(format!(", {a}"), Style::Regular));
    }
    let attr_lines = layout_paragraph(&shaper, &attr_spans, attr_size, cw).map_err(ts)?;
    let attr_h = block_height(attr_lines.len(), attr_size, SMALL_LEADING, ctx);

    let fixed = mark_h + gap_mark + gap_rule + rule_t + gap_attr + attr_h;
    let quote_room = group_bottom - group_top - fixed;
    let min_size = min_quote_size(width);
    let max_size = (84.0 * s).max(min_size);
    let (asc, desc) = ink_metrics(ctx);
    let ink_em = asc - desc;
    // `fit` counts lines × leading; the ink of the last line may reach further.
    let slack = (ink_em - QUOTE_LEADING).max(0.0) * max_size;
    // The large mark opens the quote; the closing mark ends the text, in the accent colour.
    let (_, close) = words::quote_marks(&lang);
    let text = words::bare_text(quote).to_string();
    let does_not_fit = || CardError::DoesNotFit {
        quote: quote.id.clone(),
        width,
        height,
        min_size,
    };
    if quote_room - slack < min_size * ink_em {
        return Err(does_not_fit());
    }
    let spans = [
        StyledText::new(text, Style::Bold),
        StyledText::new(close.to_string(), Style::Bold),
    ];
    let fitted = fit(
        &shaper,
        &spans,
        FitBox {
            width: cw,
            height: quote_room - slack,
            min_size,
            max_size,
            line_height: QUOTE_LEADING,
        },
    )
    .map_err(ts)?
    .ok_or_else(does_not_fit)?;
    let quote_h = block_height(fitted.lines.len(), fitted.size, QUOTE_LEADING, ctx);

    // Centre the group, a little above the middle.
    let group_h = fixed + quote_h;
    let free = (group_bottom - group_top - group_h).max(0.0);
    let mut y = group_top + (free * 0.42).round();

    let mark_bounds = Rect {
        x: content.x,
        y,
        width: (mark_ink.2 - mark_ink.0) * mark_size,
        height: mark_h,
    };
    let mark = TextBlock {
        part: Part::Mark,
        size: mark_size,
        colour: palette.accent,
        lines: vec![TextLine {
            runs: vec![TextRun {
                text: open.to_string(),
                style: Style::Bold,
                colour: palette.accent,
                // Align the ink, not the advance, with the text edge.
                x: content.x - mark_ink.0 * mark_size,
            }],
            baseline: y - mark_ink.1 * mark_size,
            ink: mark_bounds,
        }],
        bounds: mark_bounds,
    };
    y += mark_h + gap_mark;

    let quote_bounds = Rect {
        x: content.x,
        y,
        width: cw,
        height: quote_room,
    };
    let quote_block = place_block(
        Part::Quote,
        &fitted.lines,
        quote_bounds,
        fitted.size,
        QUOTE_LEADING,
        &[palette.foreground, palette.accent],
        ctx,
    );
    y += quote_h + gap_rule;
    let rule = Rect {
        x: content.x,
        y,
        width: rule_w,
        height: rule_t,
    };
    y += rule_t + gap_attr;
    let attribution = place_block(
        Part::Attribution,
        &attr_lines,
        Rect {
            x: content.x,
            y,
            width: cw,
            height: attr_h,
        },
        attr_size,
        SMALL_LEADING,
        &[palette.foreground],
        ctx,
    );

    Ok(Layout {
        width,
        height,
        lang,
        palette,
        content,
        mark,
        quote: quote_block,
        rule,
        attribution,
        series,
        logo: logo_rect,
    })
}

/// Ascender and descender (negative) in em covering the regular and bold faces.
fn ink_metrics(ctx: &CardContext<'_>) -> (f32, f32) {
    let (r, b) = (
        ctx.fonts.font(Style::Regular).metrics(),
        ctx.fonts.font(Style::Bold).metrics(),
    );
    (r.ascender.max(b.ascender), r.descender.min(b.descender))
}

/// Height of `n` lines from the first ascender to the last descender.
fn block_height(n: usize, size: f32, leading: f32, ctx: &CardContext<'_>) -> f32 {
    let (asc, desc) = ink_metrics(ctx);
    if n == 0 {
        return 0.0;
    }
    (n - 1) as f32 * size * leading + (asc - desc) * size
}

/// Position typeset lines in `bounds` (top-left); `colours[i]` fills the runs of
/// input span `i` (the last colour for further spans).
fn place_block(
    part: Part,
    lines: &[podprint_typeset::Line],
    bounds: Rect,
    size: f32,
    leading: f32,
    colours: &[Rgb],
    ctx: &CardContext<'_>,
) -> TextBlock {
    let (asc, desc) = ink_metrics(ctx);
    let mut out = Vec::with_capacity(lines.len());
    for (i, line) in lines.iter().enumerate() {
        let x = bounds.x;
        let baseline = bounds.y + asc * size + i as f32 * size * leading;
        let mut runs: Vec<TextRun> = line
            .runs
            .iter()
            .map(|r| TextRun {
                text: r.text.clone(),
                style: r.style,
                colour: colours[r.span.min(colours.len() - 1)],
                x: x + r.x,
            })
            .collect();
        if let Some(last) = runs.last_mut() {
            let trimmed = last.text.trim_end().len();
            last.text.truncate(trimmed);
        }
        runs.retain(|r| !r.text.is_empty());
        out.push(TextLine {
            runs,
            baseline,
            ink: Rect {
                x,
                y: baseline - asc * size,
                width: line.width,
                height: (asc - desc) * size,
            },
        });
    }
    TextBlock {
        part,
        size,
        colour: colours[0],
        lines: out,
        bounds,
    }
}

/// Ink box of the glyph for `c`, in em: (x_min, -y_max, x_max, -y_min) with y down,
/// i.e. (left, top, right, bottom) relative to the origin on the baseline.
fn glyph_ink(font: &Font, c: char) -> Option<(f32, f32, f32, f32)> {
    let face = ttf_parser::Face::parse(font.bytes(), font.index()).ok()?;
    let gid = face.glyph_index(c)?;
    let bb = face.glyph_bounding_box(gid)?;
    let upem = font.units_per_em();
    Some((
        f32::from(bb.x_min) / upem,
        -f32::from(bb.y_max) / upem,
        f32::from(bb.x_max) / upem,
        -f32::from(bb.y_min) / upem,
    ))
}
