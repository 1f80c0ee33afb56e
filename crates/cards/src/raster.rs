//! SVG to PNG: resvg with only the card fonts, PNG with an iTXt description.

use crate::error::CardError;
use crate::svg::FaceName;
use podprint_typeset::{FontSet, Style};
use resvg::tiny_skia;
use resvg::usvg::{self, fontdb};
use std::sync::Arc;

/// A font database holding only the set's faces (never system fonts), and the
/// names the SVG must use to reach each face.
pub(crate) fn font_db(fonts: &FontSet) -> (Arc<fontdb::Database>, [FaceName; 3]) {
    let mut db = fontdb::Database::new();
    let names = Style::ALL.map(|style| {
        let font = fonts.font(style);
        let ids = db.load_font_source(fontdb::Source::Binary(font.data()));
        let face = ids
            .iter()
            .filter_map(|id| db.face(*id))
            .find(|f| f.index == font.index());
        match face {
            Some(f) => FaceName {
                family: f
                    .families
                    .first()
                    .map(|(n, _)| n.clone())
                    .unwrap_or_default(),
                weight: f.weight.0,
            },
            None => FaceName {
                family: String::new(),
                weight: if style == Style::Bold { 700 } else { 400 },
            },
        }
    });
    (Arc::new(db), names)
}

/// Rasterize `svg` and encode it as an RGB PNG with `alt` in an iTXt "Description" chunk.
pub(crate) fn to_png(
    svg: &str,
    fontdb: Arc<fontdb::Database>,
    family: &str,
    size: (u32, u32),
    alt: &str,
    file_stem: &str,
) -> Result<Vec<u8>, CardError> {
    let err = |reason: String| CardError::Raster {
        file_stem: file_stem.to_string(),
        reason,
    };
    let opt = usvg::Options {
        fontdb,
        font_family: family.to_string(),
        // Images only from data: URLs; never read files.
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &opt).map_err(|e| err(e.to_string()))?;
    let (w, h) = size;
    let mut pixmap =
        tiny_skia::Pixmap::new(w, h).ok_or_else(|| err(format!("cannot allocate {w}x{h}")))?;
    resvg::render(
        &tree,
        tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    // The background is opaque: premultiplied RGBA is plain RGBA; drop alpha.
    let rgb: Vec<u8> = pixmap
        .data()
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let mut out = Vec::with_capacity(64 * 1024);
    {
        let mut enc = png::Encoder::new(&mut out, w, h);
        enc.set_color(png::ColorType::Rgb);
        enc.set_depth(png::BitDepth::Eight);
        enc.set_compression(png::Compression::Fast);
        enc.add_itxt_chunk("Description".to_string(), alt.to_string())
            .map_err(|e| err(e.to_string()))?;
        let mut writer = enc.write_header().map_err(|e| err(e.to_string()))?;
        writer
            .write_image_data(&rgb)
            .map_err(|e| err(e.to_string()))?;
        writer.finish().map_err(|e| err(e.to_string()))?;
    }
    Ok(out)
}
