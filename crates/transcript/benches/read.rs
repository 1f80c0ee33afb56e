//! Reader throughput: reading + normalizing labeled text on one core.
//! Goal (foundation issue): at least 50 MB/s.
//!
//!     cargo bench -p podprint-transcript --bench read
//!
//! The text is generated here (PDF-extraction style: double spacing, wrapped
//! lines, page numbers, a cold open), about 25 MB, Swedish words with å/ä/ö.

use std::path::Path;
use std::time::Instant;

use podprint_transcript::{normalize, read_bytes, NormalizeOptions, ReadOptions};

const WORDS: &[&str] = &[
    "vi",
    "och",
    "det",
    "att",
    "är",
    "som",
    "en",
    "på",
    "inte",
    "för",
    "med",
    "har",
    "kommun",
    "region",
    "vård",
    "skola",
    "vatten",
    "människor",
    "arbete",
    "samverkan",
    "förtroende",
    "framtid",
    "invånare",
    "medarbetare",
    "ledning",
    "utveckling",
    "tjänster",
    "lösningar",
    "behov",
    "resurser",
    "planering",
    "möten",
    "förändring",
    "kunskap",
    "ansvar",
    "närhet",
    "bibliotek",
    "tillsammans",
    "verkligen",
    "faktiskt",
    "viktigt",
    "svårt",
];

fn generate(target_bytes: usize) -> String {
    let mut seed: u64 = 42;
    let mut next = |n: usize| {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize % n
    };
    let mut out = String::from("\n 1 \n\nEP1 - Syntetiskt avsnitt \n\n \nPRESENTATÖR:  En podcast från Exempelkommunen. \n\n \n\n");
    let mut page = 1;
    let mut lines = 0;
    while out.len() < target_bytes {
        for who in ["ANNA", "OLLE"] {
            let n = if who == "ANNA" { 12 } else { 20 + next(120) };
            let mut line = format!("{who}:  ");
            for k in 0..n {
                line.push_str(WORDS[next(WORDS.len())]);
                line.push(if k % 9 == 8 { '.' } else { ' ' });
                if k % 9 == 8 {
                    line.push(' ');
                }
                if line.len() > 76 {
                    out.push_str(&line);
                    out.push_str(" \n\n");
                    line.clear();
                    lines += 1;
                    if lines % 40 == 0 {
                        page += 1;
                        out.push_str(&format!(" {page} \n\n"));
                    }
                }
            }
            out.push_str(if who == "ANNA" {
                &line
            } else {
                line.trim_end()
            });
            out.push_str(if who == "ANNA" {
                "? \n\n \n\n"
            } else {
                ". \n\n \n\n"
            });
        }
    }
    out
}

fn main() {
    let text = generate(25_000_000);
    let mb = text.len() as f64 / 1e6;
    let mut best = f64::INFINITY;
    let mut turns = 0;
    for _ in 0..3 {
        let t0 = Instant::now();
        let mut imp = read_bytes(
            text.as_bytes(),
            Path::new("bench.txt"),
            &ReadOptions::default(),
        )
        .expect("reads");
        normalize(&mut imp.episode, &NormalizeOptions::default());
        best = best.min(t0.elapsed().as_secs_f64());
        turns = imp.episode.turns.len();
    }
    println!(
        "read + normalize: {mb:.1} MB, {turns} turns, best of 3: {best:.3} s = {:.1} MB/s",
        mb / best
    );
}
