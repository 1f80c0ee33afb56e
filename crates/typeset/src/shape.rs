//! Shaping and measuring with rustybuzz, the shaper krilla uses.

use crate::error::TypesetError;
use crate::font::{FontSet, Style};
use rustc_hash::FxHashMap as HashMap;
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

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
///
/// For fonts whose shaping of Latin text is known to be nominal glyphs plus
/// pair kerning (the bundled faces: see [`FontSet::pairwise_latin`]), words made
/// only of Latin letters, digits and punctuation are assembled from per-character
/// and per-pair results that rustybuzz itself computed once, instead of running
/// the full shaper on every new word. The result is the same glyphs and advances
/// (a test compares both paths over a large vocabulary).
pub struct Shaper<'a> {
    fonts: &'a FontSet,
    faces: [rustybuzz::Face<'a>; 3],
    cache: RefCell<[WordCache; 3]>,
    /// Shape plans per style and script: building one is the slow part of shaping.
    plans: RefCell<HashMap<(Style, rustybuzz::ttf_parser::Tag), rustybuzz::ShapePlan>>,
    /// Per style: the pairwise tables, when the font allows the fast path.
    pairwise: Option<RefCell<[Pairwise; 3]>>,
}

/// Shaped words of one style, shared with the lines that use them.
type WordCache = HashMap<Box<str>, Rc<[Glyph]>>;

/// Results of shaping single characters and character pairs with rustybuzz.
#[derive(Default)]
struct Pairwise {
    /// Nominal glyph and advance (em) of a character; `None`: not a simple glyph.
    chars: HashMap<char, Option<(u16, f32)>>,
    /// Kerning (em, added to the first glyph's advance) of a pair; `None`: the
    /// pair shapes as something other than its two nominal glyphs.
    pairs: HashMap<(char, char), Option<f32>>,
}

/// Characters the pairwise path handles: Latin, Latin-1 and Latin Extended A/B
/// (no combining marks there) and general punctuation (dashes, quotes, ellipsis).
fn pairwise_char(c: char) -> bool {
    // U+00AD (soft hyphen) is default-ignorable: left to the full shaper.
    matches!(c, ' '..='~' | '\u{A0}'..='\u{AC}' | '\u{AE}'..='\u{24F}')
        || matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{205E}')
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
            plans: RefCell::new(HashMap::default()),
            pairwise: fonts
                .pairwise_latin()
                .then(|| RefCell::new(Default::default())),
        }
    }

    /// Shape `text` in `style` with the full shaper, never the pairwise path
    /// (for comparing both; [`Shaper::shape`] is what layout uses).
    pub fn shape_full(&self, text: &str, style: Style) -> Result<Vec<Glyph>, TypesetError> {
        self.shape_uncached(text, style)
    }

    /// `text` assembled from per-character and per-pair shaping results, or
    /// `None` when the pairwise path does not apply to it.
    fn shape_pairwise(&self, text: &str, style: Style) -> Option<Vec<Glyph>> {
        let tables = self.pairwise.as_ref()?;
        if !text.chars().all(pairwise_char) {
            return None;
        }
        let mut tables = tables.borrow_mut();
        let t = &mut tables[style.index()];
        let mut glyphs: Vec<Glyph> = Vec::with_capacity(text.len());
        let mut prev: Option<char> = None;
        for (i, c) in text.char_indices() {
            let (id, advance) = match t.chars.get(&c) {
                Some(hit) => (*hit)?,
                None => {
                    let nominal = self.single(c, style);
                    t.chars.insert(c, nominal);
                    nominal?
                }
            };
            if let Some(p) = prev {
                let kern = match t.pairs.get(&(p, c)) {
                    Some(hit) => (*hit)?,
                    None => {
                        let kern = self.pair(p, c, style, &t.chars);
                        t.pairs.insert((p, c), kern);
                        kern?
                    }
                };
                if let Some(last) = glyphs.last_mut() {
                    last.x_advance += kern;
                }
            }
            glyphs.push(Glyph {
                id,
                x_advance: advance,
                y_advance: 0.0,
                x_offset: 0.0,
                y_offset: 0.0,
                cluster: i..i + c.len_utf8(),
            });
            prev = Some(c);
        }
        Some(glyphs)
    }

    /// The one glyph `c` shapes to on its own, with its advance.
    fn single(&self, c: char, style: Style) -> Option<(u16, f32)> {
        let mut buf = [0u8; 4];
        let g = self.shape_uncached(c.encode_utf8(&mut buf), style).ok()?;
        match g.as_slice() {
            [g] if g.x_offset == 0.0 && g.y_offset == 0.0 && g.y_advance == 0.0 => {
                Some((g.id, g.x_advance))
            }
            _ => None,
        }
    }

    /// Kerning of the pair `a b`, if it shapes as their two nominal glyphs.
    fn pair(
        &self,
        a: char,
        b: char,
        style: Style,
        chars: &HashMap<char, Option<(u16, f32)>>,
    ) -> Option<f32> {
        let (ga, adv_a) = (*chars.get(&a)?)?;
        let (gb, adv_b) = (*chars.get(&b)?)?;
        let text: String = [a, b].iter().collect();
        let g = self.shape_uncached(&text, style).ok()?;
        match g.as_slice() {
            [x, y]
                if x.id == ga
                    && y.id == gb
                    && y.x_advance == adv_b
                    && [x.x_offset, x.y_offset, y.x_offset, y.y_offset] == [0.0; 4] =>
            {
                Some(x.x_advance - adv_a)
            }
            _ => None,
        }
    }

    /// The font set this shaper uses.
    pub fn fonts(&self) -> &'a FontSet {
        self.fonts
    }

    /// Shape `text` in `style`. A character the font lacks is an error naming it.
    pub fn shape(&self, text: &str, style: Style) -> Result<Vec<Glyph>, TypesetError> {
        Ok(self.shape_shared(text, style)?.to_vec())
    }

    /// [`Shaper::shape`] without copying a cached result.
    pub(crate) fn shape_shared(
        &self,
        text: &str,
        style: Style,
    ) -> Result<Rc<[Glyph]>, TypesetError> {
        if let Some(hit) = self.cache.borrow()[style.index()].get(text) {
            return Ok(hit.clone());
        }
        let glyphs: Rc<[Glyph]> = match self.shape_pairwise(text, style) {
            Some(g) => g.into(),
            None => self.shape_uncached(text, style)?.into(),
        };
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
