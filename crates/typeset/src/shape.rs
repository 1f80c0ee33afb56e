//! Shaping and measuring with rustybuzz, the shaper krilla uses.

use crate::error::TypesetError;
use crate::font::{FontSet, Style};
use std::cell::RefCell;
use std::collections::HashMap;
use std::ops::Range;

/// One positioned glyph. Advances and offsets are in em (multiply by the font size).
#[derive(Clone, Debug, PartialEq)]
pub struct Glyph {
    /// Glyph id in the font.
    pub id: u16,
    /// Horizontal advance, em.
    pub x_advance: f32,
    /// Vertical advance, em (0 for horizontal text).
    pub y_advance: f32,
    /// Horizontal offset, em.
    pub x_offset: f32,
    /// Vertical offset, em.
    pub y_offset: f32,
    /// Bytes of the text (of the run or string shaped) this glyph stands for.
    pub cluster: Range<usize>,
}

/// Shapes text with the faces of a [`FontSet`], caching results per word.
///
/// Make one per document (it parses the fonts once) and reuse it.
pub struct Shaper<'a> {
    fonts: &'a FontSet,
    faces: [rustybuzz::Face<'a>; 3],
    cache: RefCell<[HashMap<Box<str>, Vec<Glyph>>; 3]>,
    /// Shape plans per style and script: building one is the slow part of shaping.
    plans: RefCell<HashMap<(Style, rustybuzz::ttf_parser::Tag), rustybuzz::ShapePlan>>,
}

impl std::fmt::Debug for Shaper<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Shaper").field("fonts", self.fonts).finish()
    }
}

impl<'a> Shaper<'a> {
    /// A shaper for a font set.
    pub fn new(fonts: &'a FontSet) -> Self {
        let face = |style: Style| {
            rustybuzz::Face::from_slice(fonts.font(style).bytes(), fonts.font(style).index())
                .expect("FontSet checked the font when it was built")
        };
        Shaper {
            fonts,
            faces: [face(Style::Regular), face(Style::Bold), face(Style::Italic)],
            cache: RefCell::new(Default::default()),
            plans: RefCell::new(HashMap::new()),
        }
    }

    /// The font set this shaper uses.
    pub fn fonts(&self) -> &'a FontSet {
        self.fonts
    }

    /// Shape `text` in `style`. A character the font lacks is an error naming it.
    pub fn shape(&self, text: &str, style: Style) -> Result<Vec<Glyph>, TypesetError> {
        if let Some(hit) = self.cache.borrow()[style.index()].get(text) {
            return Ok(hit.clone());
        }
        let glyphs = self.shape_uncached(text, style)?;
        if text.len() <= 64 {
            self.cache.borrow_mut()[style.index()].insert(text.into(), glyphs.clone());
        }
        Ok(glyphs)
    }

    fn shape_uncached(&self, text: &str, style: Style) -> Result<Vec<Glyph>, TypesetError> {
        let face = &self.faces[style.index()];
        let upem = self.fonts.font(style).units_per_em();
        let mut buffer = rustybuzz::UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(rustybuzz::Direction::LeftToRight);
        buffer.guess_segment_properties();
        let script = buffer.script();
        let mut plans = self.plans.borrow_mut();
        let plan = plans.entry((style, script.tag())).or_insert_with(|| {
            rustybuzz::ShapePlan::new(
                face,
                rustybuzz::Direction::LeftToRight,
                Some(script),
                None,
                &[],
            )
        });
        let output = rustybuzz::shape_with_plan(face, plan, buffer);
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();
        let mut glyphs = Vec::with_capacity(infos.len());
        for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let start = info.cluster as usize;
            let end = infos[i..]
                .iter()
                .map(|g| g.cluster as usize)
                .find(|&c| c != start)
                .unwrap_or(text.len());
            if info.glyph_id == 0 {
                let character = text[start..].chars().next().unwrap_or('\u{FFFD}');
                return Err(TypesetError::MissingGlyph {
                    character,
                    style,
                    offset: start,
                    text: text.to_string(),
                });
            }
            glyphs.push(Glyph {
                id: info.glyph_id as u16,
                x_advance: pos.x_advance as f32 / upem,
                y_advance: pos.y_advance as f32 / upem,
                x_offset: pos.x_offset as f32 / upem,
                y_offset: pos.y_offset as f32 / upem,
                cluster: start..end.max(start),
            });
        }
        Ok(glyphs)
    }

    /// Width of `text` in points at `size`, kerning included.
    pub fn measure(&self, text: &str, style: Style, size: f32) -> Result<f32, TypesetError> {
        Ok(self
            .shape(text, style)?
            .iter()
            .map(|g| g.x_advance)
            .sum::<f32>()
            * size)
    }
}

/// Width of `text` in points at `size` (convenience; build a [`Shaper`] for many calls).
pub fn measure(fonts: &FontSet, text: &str, style: Style, size: f32) -> Result<f32, TypesetError> {
    Shaper::new(fonts).measure(text, style, size)
}
