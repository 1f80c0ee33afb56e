//! Time the PDF of one transcript, and write the same text as Typst markup.
//!
//! `cargo run --release -p podprint-pdf --example bench -- FILE RUNS OUT.typ`
//! prints `podprint_ms_median=…` and `podprint_ms_first=…` and writes a Typst
//! source with the same title, participants and turns (used by `bench/pdf.sh`).

use podprint_pdf::{render, FontSet, PdfOptions, Variant};
use podprint_transcript::{
    normalize, read_path, Inline, NormalizeOptions, ReadOptions, Series, SeriesMeta,
};
use std::fmt::Write as _;
use std::time::Instant;

fn typst_str(s: &str) -> String {
    format!("\"{}\"", s.replace('\\', "\\\\").replace('"', "\\\""))
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or("usage: bench FILE RUNS OUT.typ")?;
    let runs: usize = args.next().unwrap_or_else(|| "20".into()).parse()?;
    let typ = args.next();
    let mut imported = read_path(std::path::Path::new(&path), &ReadOptions::default())?;
    normalize(&mut imported.episode, &NormalizeOptions::default());
    let ep = imported.episode;
    let series = Series {
        meta: SeriesMeta {
            title: "Exempelpodden".into(),
            language: ep.meta.language.clone(),
            ..Default::default()
        },
        episodes: vec![ep.clone()],
    };
    let fonts = FontSet::bundled();
    let opts = PdfOptions::default();
    let mut times = Vec::new();
    let mut size = 0;
    for _ in 0..runs.max(1) {
        let t = Instant::now();
        let pdf = render(&series, &opts, Variant::Standard, &fonts)?;
        times.push(t.elapsed().as_secs_f64() * 1000.0);
        size = pdf.len();
    }
    let first = times[0];
    times.sort_by(f64::total_cmp);
    println!("podprint_ms_first={first:.2}");
    println!("podprint_ms_median={:.2}", times[times.len() / 2]);
    println!("podprint_bytes={size}");
    // Layout alone (shaping and line breaking of every turn), for comparison.
    let t = Instant::now();
    let shaper = podprint_typeset::Shaper::new(&fonts);
    let mut lines = 0;
    for turn in &ep.turns {
        for p in &turn.paragraphs {
            let spans = [podprint_typeset::StyledText::new(
                p.text(),
                podprint_typeset::Style::Regular,
            )];
            lines += podprint_typeset::layout_paragraph(&shaper, &spans, 11.0, 467.0)?.len();
        }
    }
    println!(
        "typeset_only_ms={:.2} ({lines} lines)",
        t.elapsed().as_secs_f64() * 1000.0
    );

    if let Some(typ) = typ {
        let mut src = String::new();
        let title = format!("{} – Exempelpodden", ep.meta.title);
        writeln!(src, "#set document(title: {})", typst_str(&title))?;
        writeln!(
            src,
            "#set text(lang: {}, font: \"Atkinson Hyperlegible Next\", size: 11pt)",
            typst_str(ep.meta.language.as_str())
        )?;
        writeln!(src, "#set page(paper: \"a4\", footer: context [#counter(page).display(\"1 / 1\", both: true)])")?;
        writeln!(src, "#set par(leading: 0.8em, spacing: 1.2em)")?;
        writeln!(src, "#heading(level: 1, {})", typst_str(&ep.meta.title))?;
        writeln!(src, "#heading(level: 2, \"Medverkande\")")?;
        for sp in &ep.speakers {
            writeln!(
                src,
                "- #strong({}), {}",
                typst_str(&sp.name),
                typst_str(sp.role.as_str())
            )?;
        }
        writeln!(src, "#heading(level: 2, \"Samtalet\")")?;
        for turn in &ep.turns {
            for (i, p) in turn.paragraphs.iter().enumerate() {
                let mut body = String::new();
                if i == 0 {
                    write!(
                        body,
                        "#strong({}) ",
                        typst_str(&format!("{}:", ep.name_of(&turn.speaker)))
                    )?;
                }
                for inline in &p.0 {
                    match inline {
                        Inline::Text(t) => write!(body, "#{}", typst_str(t))?,
                        Inline::Event(e) => {
                            write!(body, "#emph({})", typst_str(&format!("[{e}]")))?
                        }
                    }
                }
                if turn.teaser {
                    writeln!(src, "#quote(block: true)[{body}]\n")?;
                } else {
                    writeln!(src, "{body}\n")?;
                }
            }
        }
        std::fs::write(typ, src)?;
    }
    Ok(())
}
