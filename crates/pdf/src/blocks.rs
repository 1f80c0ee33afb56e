//! From the model to laid-out blocks: title block, participants, teasers, turns.

use crate::error::PdfError;
use crate::locale::Words;
use crate::options::{PdfOptions, Variant};
use podprint_transcript::{Episode, Inline, Lang, Series};
use podprint_typeset::{layout_paragraph, FontSet, Line, Shaper, Style, StyledText, TypesetError};
use rayon::prelude::*;

/// Page geometry and type sizes of one variant, in points.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Geometry {
    pub page_w: f32,
    pub page_h: f32,
    pub margin_x: f32,
    pub top: f32,
    pub bottom: f32,
    pub header_baseline: f32,
    pub footer_baseline: f32,
    pub body: f32,
    pub leading: f32,
    pub h1: f32,
    pub h2: f32,
    pub small: f32,
    pub quote_indent: f32,
    pub bar_width: f32,
}

impl Geometry {
    pub fn new(opts: &PdfOptions, variant: Variant) -> Self {
        let (page_w, page_h) = opts.paper.size_pt();
        match variant {
            Variant::Standard => Geometry {
                page_w,
                page_h,
                margin_x: 64.0,
                top: 74.0,
                bottom: page_h - 70.0,
                header_baseline: 44.0,
                footer_baseline: page_h - 38.0,
                body: 11.0,
                leading: 11.0 * 1.5,
                h1: 22.0,
                h2: 14.0,
                small: 9.0,
                quote_indent: 18.0,
                bar_width: 2.5,
            },
            Variant::LargePrint => Geometry {
                page_w,
                page_h,
                margin_x: 72.0,
                top: 86.0,
                bottom: page_h - 84.0,
                header_baseline: 50.0,
                footer_baseline: page_h - 42.0,
                body: 18.0,
                leading: 18.0 * 1.5,
                h1: 30.0,
                h2: 22.0,
                small: 14.0,
                quote_indent: 26.0,
                bar_width: 4.0,
            },
        }
    }

    /// Width of the text column.
    pub fn measure(&self) -> f32 {
        self.page_w - 2.0 * self.margin_x
    }
}

/// What a block is, for the tag tree.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Kind {
    /// A plain paragraph of the title block (series line, date, description).
    Meta,
    /// The episode title: H1.
    Title,
    /// A section heading: H2.
    Heading,
    /// A participant: LI in an L.
    ListItem,
    /// A cold-open teaser: P in a BlockQuote.
    Teaser,
    /// A turn: P with a Span for the speaker's name.
    Turn,
}

/// A paragraph laid out into lines, with its spacing and keep rules.
#[derive(Clone, Debug)]
pub(crate) struct Block {
    pub kind: Kind,
    /// Index of the episode in the series.
    pub episode: usize,
    /// Blocks with the same group number form one structure element
    /// (the paragraphs of one turn).
    pub group: usize,
    pub lines: Vec<Line>,
    /// List label (bullet), drawn left of the first line.
    pub label: Option<Line>,
    /// Index of the styled piece holding the speaker's name.
    pub name_span: Option<usize>,
    pub leading: f32,
    pub size: f32,
    pub space_before: f32,
    pub space_after: f32,
    pub indent: f32,
    pub keep_with_next: bool,
    pub new_page: bool,
    /// Plain text of a heading (its /T title and outline entry).
    pub heading: Option<String>,
}

/// Text with line breaks and control characters turned into spaces.
fn clean(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}

/// A block's text and measure, waiting to be laid out.
struct Pending {
    spans: Vec<StyledText>,
    size: f32,
    width: f32,
    /// Episode id and transcript line, for a missing-glyph error.
    episode: String,
    line: Option<usize>,
}

impl Pending {
    fn lay_out(&self, shaper: &Shaper<'_>) -> Result<Vec<Line>, PdfError> {
        layout_paragraph(shaper, &self.spans, self.size, self.width).map_err(|e| match e {
            TypesetError::MissingGlyph {
                character, style, ..
            } => PdfError::MissingGlyph {
                character,
                style,
                episode: self.episode.clone(),
                line: self.line,
            },
            other => PdfError::Font(other),
        })
    }
}

/// Lay out every pending block, in parallel over contiguous chunks (one shaper
/// per chunk, so each thread keeps its own word cache). The result is in block
/// order and the same whatever the number of threads; the first error in block
/// order wins.
///
/// Called from a rayon worker (a build renders many documents at once) it stays
/// on the calling thread: the build is parallel already, and a worker waiting
/// on a nested join would run other whole documents on its stack.
fn lay_out_all(pending: &[Pending], fonts: &FontSet) -> Result<Vec<Vec<Line>>, PdfError> {
    if rayon::current_thread_index().is_some() {
        let shaper = Shaper::new(fonts);
        return pending.iter().map(|p| p.lay_out(&shaper)).collect();
    }
    let threads = rayon::current_num_threads().max(1);
    let chunk = pending.len().div_ceil(threads).max(32);
    let parts: Vec<Result<Vec<Vec<Line>>, PdfError>> = pending
        .par_chunks(chunk)
        .map(|part| {
            let shaper = Shaper::new(fonts);
            part.iter().map(|p| p.lay_out(&shaper)).collect()
        })
        .collect();
    let mut out = Vec::with_capacity(pending.len());
    for part in parts {
        out.extend(part?);
    }
    Ok(out)
}

struct Builder {
    geom: Geometry,
    blocks: Vec<Block>,
    pending: Vec<Pending>,
    group: usize,
}

impl Builder {
    /// Add a block; its lines are laid out later, all blocks at once.
    #[allow(clippy::too_many_arguments)]
    fn push(
        &mut self,
        kind: Kind,
        episode: &Episode,
        index: usize,
        spans: Vec<StyledText>,
        size: f32,
        leading: f32,
        indent: f32,
        line: Option<usize>,
    ) -> &mut Block {
        self.pending.push(Pending {
            spans,
            size,
            width: self.geom.measure() - indent,
            episode: episode.meta.id.clone(),
            line,
        });
        self.group += 1;
        self.blocks.push(Block {
            kind,
            episode: index,
            group: self.group,
            lines: Vec::new(),
            label: None,
            name_span: None,
            leading,
            size,
            space_before: 0.0,
            space_after: 0.0,
            indent,
            keep_with_next: false,
            new_page: false,
            heading: None,
        });
        self.blocks.last_mut().expect("just pushed")
    }
}

pub(crate) fn episode_lang<'a>(series: &'a Series, ep: &'a Episode) -> Option<&'a Lang> {
    [&ep.meta.language, &series.meta.language]
        .into_iter()
        .find(|l| !l.as_str().trim().is_empty())
}

/// The episode's title for headings and the outline.
pub(crate) fn episode_title(ep: &Episode) -> String {
    let t = clean(ep.meta.title.trim());
    if t.trim().is_empty() {
        ep.meta.id.clone()
    } else {
        t
    }
}

/// Lay out every episode of the series into blocks.
pub(crate) fn build(
    series: &Series,
    shaper: &Shaper<'_>,
    geom: Geometry,
) -> Result<Vec<Block>, PdfError> {
    let mut b = Builder {
        geom,
        blocks: Vec::new(),
        pending: Vec::new(),
        group: 0,
    };
    let g = geom;
    for (ei, ep) in series.episodes.iter().enumerate() {
        let lang = episode_lang(series, ep).ok_or_else(|| PdfError::NoLanguage {
            episode: ep.meta.id.clone(),
        })?;
        let words = Words::for_lang(lang);

        // Title block: series line, H1, date, description.
        let mut series_line = clean(series.meta.title.trim());
        if let Some(n) = ep.meta.number {
            if !series_line.is_empty() {
                series_line.push_str(" · ");
            }
            series_line.push_str(&format!("{} {n}", words.episode));
        }
        let first = b.blocks.len();
        if !series_line.is_empty() {
            let blk = b.push(
                Kind::Meta,
                ep,
                ei,
                vec![StyledText::new(series_line, Style::Regular)],
                g.body,
                g.leading,
                0.0,
                None,
            );
            blk.keep_with_next = true;
            blk.space_after = g.leading * 0.25;
        }
        let title = episode_title(ep);
        let blk = b.push(
            Kind::Title,
            ep,
            ei,
            vec![StyledText::new(title.clone(), Style::Bold)],
            g.h1,
            g.h1 * 1.25,
            0.0,
            None,
        );
        blk.keep_with_next = true;
        blk.heading = Some(title);
        blk.space_after = g.leading * 0.5;
        if ei > 0 {
            b.blocks[first].new_page = true;
        }
        if let Some(date) = ep.meta.date.as_deref().filter(|d| !d.trim().is_empty()) {
            b.push(
                Kind::Meta,
                ep,
                ei,
                vec![
                    StyledText::new(format!("{}: ", words.date), Style::Regular),
                    StyledText::new(clean(date.trim()), Style::Regular),
                ],
                g.body,
                g.leading,
                0.0,
                None,
            );
        }
        if let Some(desc) = ep
            .meta
            .description
            .as_deref()
            .filter(|d| !d.trim().is_empty())
        {
            let blk = b.push(
                Kind::Meta,
                ep,
                ei,
                vec![StyledText::new(clean(desc.trim()), Style::Regular)],
                g.body,
                g.leading,
                0.0,
                None,
            );
            blk.space_before = g.leading * 0.25;
        }

        // Participants.
        if !ep.speakers.is_empty() {
            heading(&mut b, ep, ei, words.participants);
            let bullet = layout_paragraph(
                shaper,
                &[StyledText::new("•", Style::Regular)],
                g.body,
                g.measure(),
            )?
            .remove(0);
            for sp in &ep.speakers {
                let mut spans = vec![StyledText::new(clean(sp.name.trim()), Style::Bold)];
                let mut extra: Vec<String> = Vec::new();
                if sp.role != podprint_transcript::Role::Other {
                    extra.push(sp.role.name_in(lang).to_string());
                }
                if let Some(aff) = sp.affiliation.as_deref().filter(|a| !a.trim().is_empty()) {
                    extra.push(clean(aff.trim()));
                }
                if !extra.is_empty() {
                    spans.push(StyledText::new(
                        format!(", {}", extra.join(", ")),
                        Style::Regular,
                    ));
                }
                let blk = b.push(
                    Kind::ListItem,
                    ep,
                    ei,
                    spans,
                    g.body,
                    g.leading,
                    g.quote_indent,
                    None,
                );
                blk.label = Some(bullet.clone());
                blk.space_after = g.leading * 0.15;
            }
        }

        // The cold-open teasers under their own heading, then the conversation
        // (the same order as the EPUB and the plain text).
        let mut prev_teaser = false;
        let turns = ep
            .turns
            .iter()
            .filter(|t| t.teaser)
            .chain(ep.turns.iter().filter(|t| !t.teaser));
        let mut section: Option<bool> = None;
        for turn in turns {
            let paragraphs: Vec<_> = turn.paragraphs.iter().filter(|p| !p.is_empty()).collect();
            if paragraphs.is_empty() {
                continue;
            }
            if section != Some(turn.teaser) {
                let title = if turn.teaser {
                    words.teasers
                } else {
                    words.transcript
                };
                heading(&mut b, ep, ei, title);
                section = Some(turn.teaser);
            }
            let (kind, indent) = if turn.teaser {
                (Kind::Teaser, g.quote_indent)
            } else {
                (Kind::Turn, 0.0)
            };
            let group = b.group + 1;
            for (pi, para) in paragraphs.iter().enumerate() {
                let mut spans = Vec::new();
                if pi == 0 {
                    let name = clean(ep.name_of(&turn.speaker).trim());
                    spans.push(StyledText::new(format!("{name}: "), Style::Bold));
                }
                for inline in &para.0 {
                    match inline {
                        Inline::Text(t) => spans.push(StyledText::new(clean(t), Style::Regular)),
                        Inline::Event(e) => {
                            spans.push(StyledText::new(format!("[{}]", clean(e)), Style::Italic))
                        }
                    }
                }
                let last = pi + 1 == paragraphs.len();
                let blk = b.push(
                    kind,
                    ep,
                    ei,
                    spans,
                    g.body,
                    g.leading,
                    indent,
                    Some(turn.line),
                );
                blk.group = group;
                blk.name_span = (pi == 0).then_some(0);
                if turn.teaser && pi == 0 && !prev_teaser {
                    // Set the block quote apart from the list above it.
                    blk.space_before = g.leading * 0.8;
                }
                blk.space_after = if last {
                    g.leading * 0.6
                } else {
                    g.leading * 0.35
                };
            }
            b.group = group;
            prev_teaser = turn.teaser;
        }
    }
    let lines = lay_out_all(&b.pending, shaper.fonts())?;
    for (block, lines) in b.blocks.iter_mut().zip(lines) {
        block.lines = lines;
    }
    Ok(b.blocks)
}

fn heading(b: &mut Builder, ep: &Episode, ei: usize, text: &str) {
    let g = b.geom;
    let blk = b.push(
        Kind::Heading,
        ep,
        ei,
        vec![StyledText::new(text, Style::Bold)],
        g.h2,
        g.h2 * 1.3,
        0.0,
        None,
    );
    blk.keep_with_next = true;
    blk.heading = Some(text.to_string());
    blk.space_before = g.leading * 0.9;
    blk.space_after = g.leading * 0.3;
}
