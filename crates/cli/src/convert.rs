//! `podprint convert INPUT... -o OUTPUT`: one output, no config, pandoc-style.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{anyhow, bail, Result};

use crate::write::write_atomic;

/// Run a conversion; the output format comes from the extension of `output`.
pub fn run(
    inputs: &[PathBuf],
    output: &Path,
    lang: Option<String>,
    title: Option<String>,
) -> Result<ExitCode> {
    let ext = output
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    if !matches!(
        ext.as_str(),
        "pdf" | "epub" | "txt" | "json" | "png" | "svg"
    ) {
        bail!(
            "cannot tell the output format from `{}`; use .pdf, .epub, .txt, .json (quotes), .png or .svg (quote card)",
            output.display()
        );
    }
    let (mut series, _) = crate::series_from_inputs(inputs, lang, &Default::default())?;
    if let Some(t) = title {
        series.meta.title = t;
    }
    let bytes: Vec<u8> = match ext.as_str() {
        "txt" => {
            let mut out = String::new();
            for (i, ep) in series.episodes.iter().enumerate() {
                if i > 0 {
                    out.push('\n');
                }
                out.push_str(
                    &podprint_text::render(&series.meta, ep, &Default::default())
                        .map_err(|e| anyhow!("{e}"))?,
                );
            }
            out.into_bytes()
        }
        "epub" => {
            podprint_epub::render(&series, &Default::default()).map_err(|e| anyhow!("{e}"))?
        }
        "pdf" => podprint_pdf::render(
            &series,
            &Default::default(),
            podprint_pdf::Variant::Standard,
            &podprint_typeset::FontSet::bundled(),
        )
        .map_err(|e| anyhow!("{e}"))?,
        "json" => {
            let corpus = podprint_quotes::Corpus::new(&series);
            let opts = podprint_quotes::QuoteOptions::default();
            let all: Vec<_> = series
                .episodes
                .iter()
                .flat_map(|ep| podprint_quotes::select_in(&corpus, ep, &opts, opts.per_episode))
                .collect();
            podprint_quotes::to_json(&all).into_bytes()
        }
        _ => crate::cards::convert_card(&series, &ext)?,
    };
    let dir = output
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = output
        .file_name()
        .ok_or_else(|| anyhow!("no file name in {}", output.display()))?;
    write_atomic(dir, Path::new(name), &bytes)?;
    eprintln!(
        "wrote {} ({})",
        output.display(),
        crate::write::human_size(bytes.len() as u64)
    );
    Ok(ExitCode::SUCCESS)
}
