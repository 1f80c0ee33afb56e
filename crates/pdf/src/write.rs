//! Drawing the pages with krilla and building the tag tree, outline and metadata.

use crate::blocks::{episode_lang, episode_title, Block, Geometry, Kind};
use crate::error::PdfError;
use crate::locale::Words;
use crate::paginate::PageLayout;
use krilla::color::rgb;
use krilla::configure::{Accessibility, ConfigurationBuilder};
use krilla::destination::XyzDestination;
use krilla::error::KrillaError;
use krilla::geom::{PathBuilder, Point, Rect};
use krilla::metadata::{DateTime, Metadata};
use krilla::num::NormalizedF32;
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::tagging::{
    Artifact, ArtifactType, ContentTag, Identifier, ListNumbering, Node, SpanTag, Tag, TagGroup,
    TagTree,
};
use krilla::text::{Font, GlyphId, KrillaGlyph};
use krilla::{Document, SerializeSettings};
use podprint_transcript::Series;
use podprint_typeset::{layout_paragraph, FontSet, Line, Shaper, Style, StyledText};
use std::num::NonZeroU16;

/// Grey for header, footer and rules: 7:1 contrast on white.
const GREY: (u8, u8, u8) = (0x55, 0x55, 0x55);

/// Marked-content identifiers collected for one block while drawing.
#[derive(Default)]
struct Ids {
    label: Vec<Identifier>,
    name: Vec<Identifier>,
    body: Vec<Identifier>,
}

struct Painter {
    fonts: [Font; 3],
}

impl Painter {
    fn draw_line(
        &self,
        s: &mut Surface<'_>,
        line: &Line,
        x: f32,
        baseline: f32,
        runs: Option<&[bool]>,
        pick: bool,
    ) {
        for (ri, run) in line.runs.iter().enumerate() {
            if runs.is_some_and(|sel| sel[ri] != pick) {
                continue;
            }
            let glyphs: Vec<KrillaGlyph> = run
                .glyphs
                .iter()
                .map(|g| {
                    KrillaGlyph::new(
                        GlyphId::new(u32::from(g.id)),
                        g.x_advance,
                        g.x_offset,
                        g.y_offset,
                        g.y_advance,
                        g.cluster.clone(),
                        None,
                    )
                })
                .collect();
            s.draw_glyphs(
                Point::from_xy(x + run.x, baseline),
                &glyphs,
                self.fonts[run.style.index()].clone(),
                &run.text,
                line.size,
                false,
            );
        }
    }
}

fn fill(c: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(c.0, c.1, c.2).into(),
        opacity: NormalizedF32::ONE,
        rule: Default::default(),
    }
}

/// Baseline of a line whose box starts at `top`: cap height centred in the box.
fn baseline(top: f32, leading: f32, size: f32, cap: f32) -> f32 {
    top + leading / 2.0 + cap * size / 2.0
}

/// Parse `YYYY-MM-DD[THH:MM:SS[Z]]` into a krilla date.
fn parse_date(s: &str) -> Option<DateTime> {
    let num = |r: std::ops::Range<usize>| s.get(r).and_then(|t| t.parse::<u16>().ok());
    let mut d = DateTime::new(num(0..4)?);
    if let (Some(m), Some(day)) = (num(5..7), num(8..10)) {
        d = d.month(m as u8).day(day as u8);
        if let (Some(h), Some(mi), Some(sec)) = (num(11..13), num(14..16), num(17..19)) {
            d = d.hour(h as u8).minute(mi as u8).second(sec as u8);
            if s.ends_with('Z') {
                d = d.utc_offset_hour(0).utc_offset_minute(0);
            }
        }
    }
    Some(d)
}

/// Write the PDF.
pub(crate) fn write(
    series: &Series,
    blocks: &[Block],
    pages: &[PageLayout],
    geom: &Geometry,
    fonts: &FontSet,
    shaper: &Shaper<'_>,
) -> Result<Vec<u8>, PdfError> {
    let doc_lang = Some(&series.meta.language)
        .filter(|l| !l.as_str().trim().is_empty())
        .or_else(|| episode_lang(series, series.episodes.first()?))
        .cloned()
        .ok_or(PdfError::NoLanguage {
            episode: String::new(),
        })?;
    let words = Words::for_lang(&doc_lang);

    let configuration = ConfigurationBuilder::new()
        .with_accessibility_validator(Accessibility::UA1)
        .finish()
        .map_err(|e| PdfError::Writer(format!("{e:?}")))?;
    let settings = SerializeSettings {
        configuration,
        enable_tagging: true,
        ..SerializeSettings::default()
    };
    let mut doc = Document::new_with(settings);
    let kfont = |style: Style| {
        Font::new(fonts.font(style).data().into(), fonts.font(style).index())
            .ok_or_else(|| PdfError::Writer(format!("krilla cannot load the {style} font")))
    };
    let painter = Painter {
        fonts: [
            kfont(Style::Regular)?,
            kfont(Style::Bold)?,
            kfont(Style::Italic)?,
        ],
    };
    let cap = |style: Style| fonts.font(style).metrics().cap_height;

    let mut ids: Vec<Ids> = blocks.iter().map(|_| Ids::default()).collect();
    let mut outline = Outline::new();
    let total = pages.len();
    let page_settings = PageSettings::from_wh(geom.page_w, geom.page_h)
        .ok_or_else(|| PdfError::Writer("bad page size".into()))?;
    let small_line = |text: &str| -> Result<Line, PdfError> {
        let mut lines = layout_paragraph(
            shaper,
            &[StyledText::new(text, Style::Regular)],
            geom.small,
            f32::MAX,
        )?;
        Ok(lines.remove(0))
    };

    for (pi, page) in pages.iter().enumerate() {
        let mut kpage = doc.start_page_with(page_settings.clone());
        let mut s = kpage.surface();
        let first_block = page.lines.first().map(|p| p.block);
        let starts_episode = page
            .lines
            .iter()
            .any(|p| blocks[p.block].kind == Kind::Title && p.line == 0);

        // Running header: series · episode, except on a page where an episode begins.
        if let (Some(b), false) = (first_block, starts_episode) {
            let ep = &series.episodes[blocks[b].episode];
            let mut text = series.meta.title.trim().to_string();
            if !text.is_empty() {
                text.push_str(" · ");
            }
            text.push_str(&episode_title(ep));
            let line = small_line(&text)?;
            s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                ArtifactType::Header,
            )));
            s.set_fill(Some(fill(GREY)));
            painter.draw_line(
                &mut s,
                &line,
                geom.margin_x,
                geom.header_baseline,
                None,
                false,
            );
            if let Some(rule) = rect_path(
                geom.margin_x,
                geom.header_baseline + geom.small * 0.6,
                geom.page_w - 2.0 * geom.margin_x,
                0.6,
            ) {
                s.draw_path(&rule);
            }
            s.set_fill(None);
            s.end_tagged();
        }

        // Quote bars beside the teaser lines.
        let mut bars: Vec<(usize, f32, f32)> = Vec::new();
        for p in &page.lines {
            let b = &blocks[p.block];
            if b.kind != Kind::Teaser {
                continue;
            }
            let (t, bot) = (p.top + b.leading * 0.12, p.top + b.leading * 0.88);
            match bars.last_mut() {
                Some((blk, _, end)) if *blk == p.block => *end = bot,
                _ => bars.push((p.block, t, bot)),
            }
        }
        if !bars.is_empty() {
            s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
                ArtifactType::Layout,
            )));
            s.set_fill(Some(fill(GREY)));
            for (_, t, bot) in bars {
                if let Some(path) = rect_path(geom.margin_x + 2.0, t, geom.bar_width, bot - t) {
                    s.draw_path(&path);
                }
            }
            s.set_fill(None);
            s.end_tagged();
        }

        // The text.
        for p in &page.lines {
            let b = &blocks[p.block];
            let line = &b.lines[p.line];
            let x = geom.margin_x + b.indent;
            let base = baseline(p.top, b.leading, b.size, cap(Style::Regular));
            if b.kind == Kind::Title && p.line == 0 {
                let title = b.heading.clone().unwrap_or_default();
                outline.push_child(OutlineNode::new(
                    title,
                    XyzDestination::new(pi, Point::from_xy(geom.margin_x, p.top)),
                ));
            }
            if let (Some(label), 0) = (&b.label, p.line) {
                let lx = geom.margin_x + b.indent * 0.35;
                let id = s.start_tagged(ContentTag::Span(SpanTag::empty()));
                painter.draw_line(&mut s, label, lx, base, None, false);
                s.end_tagged();
                ids[p.block].label.push(id);
            }
            let is_name: Vec<bool> = line
                .runs
                .iter()
                .map(|r| Some(r.span) == b.name_span)
                .collect();
            for pick in [true, false] {
                if !is_name.contains(&pick) {
                    continue;
                }
                let id = s.start_tagged(ContentTag::Span(SpanTag::empty()));
                painter.draw_line(&mut s, line, x, base, Some(&is_name), pick);
                s.end_tagged();
                if pick {
                    ids[p.block].name.push(id);
                } else {
                    ids[p.block].body.push(id);
                }
            }
        }

        // Footer: page N of M.
        let footer = small_line(&words.page_of(pi + 1, total))?;
        s.start_tagged(ContentTag::Artifact(Artifact::with_kind(
            ArtifactType::Footer,
        )));
        s.set_fill(Some(fill(GREY)));
        let fx = (geom.page_w - footer.width) / 2.0;
        painter.draw_line(&mut s, &footer, fx, geom.footer_baseline, None, false);
        s.set_fill(None);
        s.end_tagged();
        s.finish();
        kpage.finish();
    }

    doc.set_tag_tree(tag_tree(series, blocks, ids, &doc_lang));
    doc.set_outline(outline);

    let single = series.episodes.len() == 1;
    let series_title = series.meta.title.trim();
    let title = match (single, series_title.is_empty()) {
        (true, true) => episode_title(&series.episodes[0]),
        (true, false) => format!("{} – {series_title}", episode_title(&series.episodes[0])),
        (false, false) => series_title.to_string(),
        (false, true) => words.transcript.to_string(),
    };
    let mut meta = Metadata::new()
        .title(title)
        .language(doc_lang.as_str().to_string())
        .creator("podprint".to_string())
        .producer("podprint with krilla".to_string());
    if let Some(p) = series
        .meta
        .publisher
        .as_deref()
        .filter(|p| !p.trim().is_empty())
    {
        meta = meta.authors(vec![p.trim().to_string()]);
    }
    let desc = if single {
        series.episodes[0].meta.description.as_deref()
    } else {
        series.meta.description.as_deref()
    };
    if let Some(d) = desc.filter(|d| !d.trim().is_empty()) {
        meta = meta.description(d.trim().to_string());
    }
    if let Some(date) = series.meta.modified.as_deref().and_then(parse_date) {
        meta = meta.creation_date(date);
    }
    doc.set_metadata(meta);

    doc.finish().map_err(|e| match e {
        KrillaError::Validation(errors) => PdfError::Validation(
            errors
                .iter()
                .map(|(e, _)| format!("{e:?}"))
                .collect::<Vec<_>>()
                .join("; "),
        ),
        other => PdfError::Writer(other.to_string()),
    })
}

fn rect_path(x: f32, y: f32, w: f32, h: f32) -> Option<krilla::geom::Path> {
    let mut pb = PathBuilder::new();
    pb.push_rect(Rect::from_xywh(x, y, w, h)?);
    pb.finish()
}

fn ids_nodes(ids: Vec<Identifier>) -> Vec<Node> {
    ids.into_iter().map(Node::from).collect()
}

/// The structure tree: per episode a Sect with H1, P, H2, L/LI, BlockQuote and P.
fn tag_tree(
    series: &Series,
    blocks: &[Block],
    ids: Vec<Ids>,
    doc_lang: &podprint_transcript::Lang,
) -> TagTree {
    let mut tree = TagTree::new().with_lang(Some(doc_lang.as_str().to_string()));
    let mut sect: Option<(usize, TagGroup)> = None;
    // Open container (L or BlockQuote) and open P (a turn's paragraphs).
    let mut container: Option<(Kind, TagGroup)> = None;
    let mut para: Option<(usize, TagGroup)> = None;

    fn close_para(para: &mut Option<(usize, TagGroup)>, target: &mut TagGroup) {
        if let Some((_, p)) = para.take() {
            target.push(p);
        }
    }

    for (block, ids) in blocks.iter().zip(ids) {
        // New episode: close everything, open a Sect.
        if sect.as_ref().is_none_or(|(e, _)| *e != block.episode) {
            if let Some((_, mut s)) = sect.take() {
                flush(&mut container, &mut para, &mut s);
                tree.push(s);
            }
            let ep = &series.episodes[block.episode];
            let lang = episode_lang(series, ep)
                .filter(|l| *l != doc_lang)
                .map(|l| l.as_str().to_string());
            sect = Some((block.episode, TagGroup::new(Tag::Section.with_lang(lang))));
        }
        let (_, s) = sect.as_mut().expect("opened above");

        let wants = match block.kind {
            Kind::ListItem => Some(Kind::ListItem),
            Kind::Teaser => Some(Kind::Teaser),
            _ => None,
        };
        if container.as_ref().map(|(k, _)| *k) != wants {
            flush(&mut container, &mut para, s);
            container = wants.map(|k| {
                let tag = if k == Kind::ListItem {
                    TagGroup::new(Tag::L(ListNumbering::Disc))
                } else {
                    TagGroup::new(Tag::BlockQuote)
                };
                (k, tag)
            });
        }
        let target: &mut TagGroup = match container.as_mut() {
            Some((_, c)) => c,
            None => s,
        };

        match block.kind {
            Kind::Title | Kind::Heading => {
                close_para(&mut para, target);
                let level = if block.kind == Kind::Title { 1 } else { 2 };
                let tag = Tag::Hn(
                    NonZeroU16::new(level).expect("non-zero"),
                    block.heading.clone(),
                );
                target.push(TagGroup::with_children(tag, ids_nodes(ids.body)));
            }
            Kind::Meta => {
                close_para(&mut para, target);
                target.push(TagGroup::with_children(Tag::P, ids_nodes(ids.body)));
            }
            Kind::ListItem => {
                close_para(&mut para, target);
                let mut li = TagGroup::new(Tag::LI);
                li.push(TagGroup::with_children(Tag::Lbl, ids_nodes(ids.label)));
                li.push(TagGroup::with_children(Tag::LBody, ids_nodes(ids.body)));
                target.push(li);
            }
            Kind::Teaser | Kind::Turn => {
                if para.as_ref().is_some_and(|(g, _)| *g != block.group) {
                    close_para(&mut para, target);
                }
                let (_, p) = para.get_or_insert_with(|| (block.group, TagGroup::new(Tag::P)));
                if !ids.name.is_empty() {
                    p.push(TagGroup::with_children(Tag::Span, ids_nodes(ids.name)));
                }
                for id in ids.body {
                    p.push(id);
                }
            }
        }
    }
    if let Some((_, mut s)) = sect.take() {
        flush(&mut container, &mut para, &mut s);
        tree.push(s);
    }
    tree
}

/// Close the open P into the open container, and the container into the section.
fn flush(
    container: &mut Option<(Kind, TagGroup)>,
    para: &mut Option<(usize, TagGroup)>,
    sect: &mut TagGroup,
) {
    match container.take() {
        Some((_, mut c)) => {
            if let Some((_, p)) = para.take() {
                c.push(p);
            }
            sect.push(c);
        }
        None => {
            if let Some((_, p)) = para.take() {
                sect.push(p);
            }
        }
    }
}
