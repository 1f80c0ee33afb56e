//! Print the turns of a two-column OCR transcript after import and repair, for
//! measuring with a spell checker (see `bench/ocr-hunspell.sh`).
//!
//! ```text
//! cargo run --release -p podprint-transcript --example ocr_measure -- \
//!     [--labels] [--words LIST] [--no-common] OCR_FILE [CLEAN_FILE...]
//! ```
//! Clean files (other episodes of the series), the bundled common Swedish
//! words (unless `--no-common`) and an optional word list or hunspell `.dic`
//! build the vocabulary. `--labels` prefixes each turn with its label.

use std::path::Path;

use podprint_transcript::{
    needs_repair, read_bytes, repair_episode, Format, ReadOptions, Vocabulary,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut labels = false;
    let mut words: Option<String> = None;
    let mut no_common = false;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--labels" => labels = true,
            "--words" => words = args.next(),
            "--no-common" => no_common = true,
            _ => files.push(a),
        }
    }
    let Some((target, clean)) = files.split_first() else {
        return Err(
            "usage: ocr_measure [--labels] [--words LIST] [--no-common] OCR_FILE [CLEAN_FILE...]"
                .into(),
        );
    };
    let mut vocab = Vocabulary::new();
    for f in clean {
        vocab.add_text(&std::fs::read_to_string(f)?);
    }
    if let Some(w) = words {
        vocab.add_word_list(&std::fs::read_to_string(w)?);
    }
    let bytes = std::fs::read(target)?;
    let opts = ReadOptions {
        format: Some(Format::Columns),
        ..ReadOptions::default()
    };
    let mut ep = read_bytes(&bytes, Path::new(target), &opts)?.episode;
    // As `podprint build` does: the bundled common words for Swedish.
    if ep.meta.language.is_swedish() && !no_common {
        vocab.add_swedish_common();
    }
    if needs_repair(&ep) || !vocab.is_empty() {
        repair_episode(&mut ep, &vocab);
    }
    for d in &ep.diagnostics {
        eprintln!("{}: line {:?}: {}", d.level, d.line, d.message);
    }
    eprintln!("turns: {}", ep.turns.len());
    for t in &ep.turns {
        if labels {
            println!("{}: {}", t.speaker, t.text().replace("\n\n", " "));
        } else {
            println!("{}", t.text());
        }
    }
    Ok(())
}
