//! Print the plain-text export of a transcript, for manual checks.
//!
//! ```text
//! cargo run -p podprint-text --example render -- TRANSCRIPT [WIDTH]
//! ```

use podprint_text::{render, TextOptions};
use podprint_transcript::{normalize, read_path, NormalizeOptions, ReadOptions, SeriesMeta};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: render TRANSCRIPT [WIDTH]");
        return ExitCode::from(2);
    };
    let width = args.get(1).and_then(|w| w.parse().ok()).unwrap_or(72);
    let mut imported = match read_path(Path::new(path), &ReadOptions::default()) {
        Ok(i) => i,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    normalize(&mut imported.episode, &NormalizeOptions::default());
    let series = SeriesMeta {
        title: "Transkript".into(),
        language: imported.episode.meta.language.clone(),
        ..Default::default()
    };
    let opts = TextOptions {
        width,
        ..Default::default()
    };
    match render(&series, &imported.episode, &opts) {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("{e}");
            ExitCode::FAILURE
        }
    }
}
