//! Render transcripts to PDF: `cargo run -p podprint-pdf --example render -- OUT_DIR FILE...`
//!
//! Writes `<id>.pdf` and `<id>-large.pdf` per transcript, and `collection.pdf`
//! when given more than one, printing the time each took.

use podprint_pdf::{render, FontSet, PdfOptions, Variant};
use podprint_transcript::{
    normalize, read_path, NormalizeOptions, ReadOptions, Series, SeriesMeta,
};
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(args.next().ok_or("usage: render OUT_DIR FILE...")?);
    std::fs::create_dir_all(&out)?;
    let mut episodes = Vec::new();
    for path in args {
        let mut imported = read_path(std::path::Path::new(&path), &ReadOptions::default())?;
        normalize(&mut imported.episode, &NormalizeOptions::default());
        episodes.push(imported.episode);
    }
    let language = episodes
        .first()
        .map(|e| e.meta.language.clone())
        .unwrap_or_default();
    let meta = SeriesMeta {
        title: "Exempelpodden".into(),
        language,
        modified: Some("2025-01-01T00:00:00Z".into()),
        ..Default::default()
    };
    let fonts = FontSet::bundled();
    let opts = PdfOptions::default();
    for ep in &episodes {
        // The model's words, for checking the PDF's text (pdftotext) against them.
        let words: Vec<String> = ep.turns.iter().map(|t| t.text()).collect();
        std::fs::write(
            out.join(format!("{}.words.txt", ep.meta.id)),
            words.join("\n"),
        )?;
        let series = Series {
            meta: meta.clone(),
            episodes: vec![ep.clone()],
        };
        for variant in [Variant::Standard, Variant::LargePrint] {
            let t = Instant::now();
            let pdf = render(&series, &opts, variant, &fonts)?;
            let ms = t.elapsed().as_secs_f64() * 1000.0;
            let file = out.join(format!("{}{}.pdf", ep.meta.id, variant.file_suffix()));
            std::fs::write(&file, &pdf)?;
            println!("{} {:.1} ms {} bytes", file.display(), ms, pdf.len());
        }
    }
    if episodes.len() > 1 {
        let series = Series { meta, episodes };
        let t = Instant::now();
        let pdf = render(&series, &opts, Variant::Standard, &fonts)?;
        let file = out.join("collection.pdf");
        std::fs::write(&file, &pdf)?;
        println!(
            "{} {:.1} ms",
            file.display(),
            t.elapsed().as_secs_f64() * 1000.0
        );
    }
    Ok(())
}
