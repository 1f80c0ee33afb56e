//! Benchmark: an EPUB of a large synthetic series.
//!
//! `cargo bench -p podprint-epub` renders 2,000 generated episodes of about
//! 10,000 words each (about 20 million words) into one EPUB and prints the
//! time, the size and the process's peak memory (VmHWM). Goal: under 20 s and
//! under 1 GiB on 2 cores. `PODPRINT_BENCH_EPISODES` and
//! `PODPRINT_BENCH_WORDS` change the size, `PODPRINT_BENCH_LEVEL` the deflate level.

use podprint_epub::{render, EpubOptions};
use podprint_transcript::{
    Episode, EpisodeMeta, Inline, Lang, Paragraph, Role, Series, SeriesMeta, Speaker, Turn,
};
use std::time::Instant;

const VOCABULARY: &[&str] = &[
    "och",
    "det",
    "att",
    "i",
    "en",
    "jag",
    "som",
    "är",
    "på",
    "vi",
    "för",
    "med",
    "inte",
    "kommunen",
    "regionen",
    "invånarna",
    "välfärd",
    "tjänstedesign",
    "samverkan",
    "vården",
    "behov",
    "verksamheten",
    "egentligen",
    "liksom",
    "tänker",
    "viktigt",
    "förändring",
    "medarbetare",
    "tillsammans",
    "möjligheter",
    "utmaningar",
    "digitala",
    "lösningar",
    "så",
    "men",
    "också",
    "väldigt",
    "människor",
    "perspektiv",
    "framtiden",
    "arbetet",
];

fn env(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// A deterministic series of `episodes` episodes of about `words` words each.
fn series(episodes: usize, words: usize) -> Series {
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    let eps = (0..episodes)
        .map(|e| {
            let mut turns = Vec::new();
            let mut left = words;
            let mut n = 0;
            while left > 0 {
                let len = (40 + next() % 120) as usize;
                let len = len.min(left);
                left -= len;
                let mut text = String::with_capacity(len * 9);
                for w in 0..len {
                    if w > 0 {
                        text.push(' ');
                    }
                    text.push_str(VOCABULARY[(next() % VOCABULARY.len() as u64) as usize]);
                    if next() % 9 == 0 {
                        text.push(if next() % 3 == 0 { '?' } else { '.' });
                    }
                }
                let mut inlines = vec![Inline::Text(text)];
                if next() % 20 == 0 {
                    inlines.push(Inline::Text(" ".into()));
                    inlines.push(Inline::Event("skratt".into()));
                }
                turns.push(Turn {
                    speaker: ["ANNA", "OLLE", "EVA"][n % 3].into(),
                    paragraphs: vec![Paragraph(inlines)],
                    start: Some(n as f64 * 31.5),
                    end: None,
                    teaser: n < 2,
                    line: n + 1,
                });
                n += 1;
            }
            Episode {
                meta: EpisodeMeta {
                    id: format!("ep{}", e + 1),
                    number: Some(e as u32 + 1),
                    title: format!("EP{} - Samtal nummer {}", e + 1, e + 1),
                    date: Some("2025-03-01".into()),
                    language: Lang::sv(),
                    description: Some("Ett genererat avsnitt för mätningar.".into()),
                    source: None,
                },
                speakers: vec![
                    speaker("ANNA", "Anna Berglund", Role::Host),
                    speaker("OLLE", "Olle Ek", Role::Guest),
                    speaker("EVA", "Eva Lind", Role::Guest),
                ],
                turns,
                diagnostics: vec![],
            }
        })
        .collect();
    Series {
        meta: SeriesMeta {
            title: "Benchpodden".into(),
            publisher: Some("podprint".into()),
            language: Lang::sv(),
            description: None,
            modified: Some("2025-03-01T00:00:00Z".into()),
        },
        episodes: eps,
    }
}

fn speaker(label: &str, name: &str, role: Role) -> Speaker {
    Speaker {
        label: label.into(),
        name: name.into(),
        role,
        affiliation: None,
    }
}

/// Peak resident memory of this process in MiB, from `/proc/self/status`.
fn peak_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn main() {
    // `cargo bench` passes `--bench`; `cargo test --all-targets` does not, and
    // then a small series only checks that the benchmark still runs.
    let quick = !std::env::args().any(|a| a == "--bench");
    let episodes = env("PODPRINT_BENCH_EPISODES", if quick { 3 } else { 2000 });
    let words = env("PODPRINT_BENCH_WORDS", if quick { 500 } else { 10_000 });
    let t0 = Instant::now();
    let s = series(episodes, words);
    let total: usize = s.episodes.iter().map(Episode::word_count).sum();
    let built = t0.elapsed();
    let t1 = Instant::now();
    let opts = EpubOptions {
        compression: env("PODPRINT_BENCH_LEVEL", 3) as u8,
        ..Default::default()
    };
    let bytes = render(&s, &opts).expect("render");
    let rendered = t1.elapsed();
    println!(
        "epub: {episodes} episodes, {total} words: generated in {:.2} s, rendered in {:.2} s \
         ({:.1} M words/s), {:.1} MiB EPUB, peak memory {} MiB (goal: < 20 s, < 1024 MiB)",
        built.as_secs_f64(),
        rendered.as_secs_f64(),
        total as f64 / rendered.as_secs_f64() / 1e6,
        bytes.len() as f64 / (1024.0 * 1024.0),
        peak_mib().map_or("?".into(), |m| format!("{m:.0}")),
    );
}
