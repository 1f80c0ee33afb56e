//! Render an EPUB for manual checks with EPUBCheck and Ace.
//!
//! ```text
//! cargo run -p podprint-epub --example render -- OUT.epub                 # built-in sample series
//! cargo run -p podprint-epub --example render -- OUT.epub a.txt b.vtt     # transcripts, in order
//! ```
//! With transcripts, each file is read with `podprint_transcript::read_path`
//! and normalized; the series is titled after the first file's directory.

use podprint_epub::{render, EpubOptions};
use podprint_transcript::{
    normalize, read_path, Episode, EpisodeMeta, Lang, NormalizeOptions, Paragraph, ReadOptions,
    Role, Series, SeriesMeta, Speaker, Turn,
};
use std::path::Path;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some((out, inputs)) = args.split_first() else {
        eprintln!("usage: render OUT.epub [TRANSCRIPT...]");
        return ExitCode::from(2);
    };
    let t0 = std::time::Instant::now();
    let series = if inputs.is_empty() {
        sample()
    } else {
        let mut episodes = Vec::new();
        for path in inputs {
            match read_path(Path::new(path), &ReadOptions::default()) {
                Ok(mut imported) => {
                    normalize(&mut imported.episode, &NormalizeOptions::default());
                    for d in &imported.episode.diagnostics {
                        eprintln!("{path}:{:?}: {}: {}", d.line, d.level, d.message);
                    }
                    episodes.push(imported.episode);
                }
                Err(e) => {
                    eprintln!("{e}");
                    return ExitCode::FAILURE;
                }
            }
        }
        let language = episodes[0].meta.language.clone();
        Series {
            meta: SeriesMeta {
                title: "Transkript".into(),
                publisher: Some("podprint".into()),
                language,
                description: None,
                modified: Some("2025-01-01T00:00:00Z".into()),
            },
            episodes,
        }
    };
    let read = t0.elapsed();
    let t1 = std::time::Instant::now();
    let bytes = match render(&series, &EpubOptions::default()) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::FAILURE;
        }
    };
    if let Err(e) = std::fs::write(out, &bytes) {
        eprintln!("{out}: {e}");
        return ExitCode::FAILURE;
    }
    eprintln!(
        "{out}: {} episodes, {} bytes; read {:.1} ms, render {:.1} ms",
        series.episodes.len(),
        bytes.len(),
        read.as_secs_f64() * 1e3,
        t1.elapsed().as_secs_f64() * 1e3
    );
    ExitCode::SUCCESS
}

fn turn(speaker: &str, text: &[&str], teaser: bool, start: Option<f64>) -> Turn {
    Turn {
        speaker: speaker.into(),
        paragraphs: text.iter().map(|t| Paragraph::parse(t)).collect(),
        start,
        end: None,
        teaser,
        line: 1,
    }
}

fn person(label: &str, name: &str, role: Role, affiliation: Option<&str>) -> Speaker {
    Speaker {
        label: label.into(),
        name: name.into(),
        role,
        affiliation: affiliation.map(Into::into),
    }
}

/// A small Swedish series with one English episode, teasers, events,
/// timestamps and text that needs escaping.
fn sample() -> Series {
    let ep1 = Episode {
        meta: EpisodeMeta {
            id: "ep01".into(),
            number: Some(1),
            title: "EP1 - Klarspråk på riktigt".into(),
            date: Some("2025-01-10".into()),
            language: Lang::sv(),
            description: Some("Hur skriver man så att alla förstår? Om <regler> & vanor.".into()),
            source: None,
        },
        speakers: vec![
            person(
                "ANNA",
                "Anna Berglund",
                Role::Host,
                Some("Exempelförbundet"),
            ),
            person("OLLE", "Olle Ek", Role::Guest, Some("Region Exempel")),
            person("PRESENTATÖR", "Presentatör", Role::Announcer, None),
        ],
        turns: vec![
            turn(
                "OLLE",
                &["Det enkla är nästan alltid det svåraste."],
                true,
                None,
            ),
            turn("ANNA", &["Vem läser egentligen våra beslut?"], true, None),
            turn(
                "PRESENTATÖR",
                &["Du lyssnar på Exempelpodden. [musik]"],
                false,
                None,
            ),
            turn(
                "ANNA",
                &["Välkommen hit, Olle! [skratt] Vem läser egentligen våra beslut?"],
                false,
                None,
            ),
            turn(
                "OLLE",
                &[
                    "Tack! Det enkla är nästan alltid det svåraste, tycker jag.",
                    "Vi skrev om en blankett och fick hälften så många samtal till växeln.",
                ],
                false,
                None,
            ),
            turn(
                "ANNA",
                &["Och taggar som <script>alert('x')</script> & ]]> syns som text."],
                false,
                None,
            ),
        ],
        diagnostics: vec![],
    };
    let ep2 = Episode {
        meta: EpisodeMeta {
            id: "ep02".into(),
            number: Some(2),
            title: "EP2 - Guest from abroad".into(),
            date: Some("2025-01-17".into()),
            language: Lang::en(),
            description: None,
            source: None,
        },
        speakers: vec![
            person("ANNA", "Anna Berglund", Role::Host, None),
            person("SAM", "Sam Reed", Role::Guest, Some("City Library")),
        ],
        turns: vec![
            turn("ANNA", &["Welcome, Sam."], false, Some(2.0)),
            turn(
                "SAM",
                &["Thank you [laughs]. Libraries are for everyone."],
                false,
                Some(4.5),
            ),
        ],
        diagnostics: vec![],
    };
    Series {
        meta: SeriesMeta {
            title: "Exempelpodden".into(),
            publisher: Some("Exempelförbundet".into()),
            language: Lang::sv(),
            description: Some("Samtal om välfärd och klarspråk.".into()),
            modified: Some("2025-01-20T10:00:00Z".into()),
        },
        episodes: vec![ep1, ep2],
    }
}
