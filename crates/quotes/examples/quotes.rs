//! Quote a transcript file and print the selection, for manual checks.
//!
//! ```text
//! cargo run --release -p podprint-quotes --example quotes -- FILE [--top N] [--no-teasers] [--explain] [--turns] [--grep TEXT] [--repeat N] [--with FILE] [--why] [--dump OUT.json]
//! ```
//! `--no-teasers` drops the cold-open teaser turns from the input first and then
//! reports whether the top list covers each teaser's passage; `--why` then shows
//! the candidate closest to each teaser, its rank before diversity and its features.
//! `--dump OUT.json` writes every candidate with its features and the teasers
//! (for `bench/teasers-weights.py`). OCR'd input is repaired first, as
//! `podprint quotes` does.

use std::collections::HashSet;
use std::time::Instant;

use podprint_quotes::{explain, select, QuoteOptions};
use podprint_transcript::ocr::{is_ocr, repair_episode, series_vocabulary};
use podprint_transcript::{normalize, read_path, NormalizeOptions, ReadOptions, Series};

/// Shared words of a teaser and a quote, and their share of the smaller set.
fn overlap(teaser: &HashSet<String>, quote: &str) -> (usize, f64) {
    let qw = words(quote);
    let inter = teaser.intersection(&qw).count();
    (
        inter,
        inter as f64 / qw.len().min(teaser.len()).max(1) as f64,
    )
}

fn words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 3)
        .map(str::to_lowercase)
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: quotes FILE [--top N] [--no-teasers] [--explain] [--turns] [--grep TEXT] [--repeat N] [--with FILE]");
        std::process::exit(2);
    };
    let top = args
        .iter()
        .position(|a| a == "--top")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(10);
    let no_teasers = args.iter().any(|a| a == "--no-teasers");
    let show = args.iter().any(|a| a == "--explain");

    let (mut ep, format) = match read_path(std::path::Path::new(path), &ReadOptions::default()) {
        Ok(i) => (i.episode, i.format),
        Err(e) => {
            eprintln!("{e}");
            std::process::exit(1);
        }
    };
    normalize(&mut ep, &NormalizeOptions::default());
    // An OCR'd file is repaired as `podprint quotes` repairs one read alone.
    if is_ocr(format, &ep) {
        let vocab = series_vocabulary([], None, ep.meta.language.is_swedish());
        if !vocab.is_empty() {
            repair_episode(&mut ep, &vocab);
        }
    }
    let teasers: Vec<String> = ep
        .turns
        .iter()
        .filter(|t| t.teaser)
        .map(|t| t.text())
        .collect();
    println!(
        "{} turns, {} words, {} teasers; speakers: {}",
        ep.turns.len(),
        ep.word_count(),
        teasers.len(),
        ep.speakers
            .iter()
            .map(|s| format!("{}={}", s.label, s.role.as_str()))
            .collect::<Vec<_>>()
            .join(", ")
    );
    if no_teasers {
        ep.turns.retain(|t| !t.teaser);
    }
    if args.iter().any(|a| a == "--turns") {
        println!("title: {:?}", ep.meta.title);
        for (i, t) in ep.turns.iter().enumerate() {
            println!("[{i}] {}: {}", t.speaker, t.text());
        }
    }
    // `--with FILE` (repeatable): more episodes of the series, for the word
    // statistics, as `podprint build` has them.
    let mut episodes = vec![ep.clone()];
    for (i, a) in args.iter().enumerate() {
        if a == "--with" {
            if let Some(Ok(i)) = args
                .get(i + 1)
                .map(|f| read_path(std::path::Path::new(f), &ReadOptions::default()))
            {
                let mut other = i.episode;
                normalize(&mut other, &NormalizeOptions::default());
                episodes.push(other);
            }
        }
    }
    let series = Series {
        meta: Default::default(),
        episodes,
    };
    let opts = QuoteOptions::default();
    // `--repeat N`: select N times and report the mean (for profiling).
    let repeat: u32 = args
        .iter()
        .position(|a| a == "--repeat")
        .and_then(|i| args.get(i + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(1)
        .max(1);
    let t0 = Instant::now();
    let mut quotes = select(&series, &ep, &opts, top);
    for _ in 1..repeat {
        quotes = select(&series, &ep, &opts, top);
    }
    let dt = t0.elapsed() / repeat;
    for (i, q) in quotes.iter().enumerate() {
        println!(
            "{:2}. [{:.2}] {} (turn {}{}): {}",
            i + 1,
            q.score,
            q.speaker,
            q.turn,
            if q.editor_pick { ", editor pick" } else { "" },
            q.text
        );
        if show {
            print!("{}", explain(q));
        }
    }
    println!("selected in {:.2} ms", dt.as_secs_f64() * 1000.0);
    if let Some(pat) = args
        .iter()
        .position(|a| a == "--grep")
        .and_then(|i| args.get(i + 1))
    {
        let all = podprint_quotes::candidates(&series, &ep, &opts);
        println!("{} candidates", all.len());
        for (r, q) in all
            .iter()
            .enumerate()
            .filter(|(_, q)| q.text.contains(pat.as_str()))
        {
            println!("#{} {}", r + 1, explain(q));
            println!("    {}", q.text);
        }
    }
    // `--dump FILE`: every candidate (text, turn, span, features), the
    // teasers and the turns (speaker, role, text) as JSON, for offline study
    // of the weights.
    if let Some(out) = args
        .iter()
        .position(|a| a == "--dump")
        .and_then(|i| args.get(i + 1))
    {
        let all = podprint_quotes::candidates(&series, &ep, &opts);
        let turns: Vec<serde_json::Value> = ep
            .turns
            .iter()
            .map(|t| {
                let role = format!("{:?}", ep.role_of(&t.speaker)).to_lowercase();
                serde_json::json!({ "speaker": t.speaker, "role": role, "text": t.text() })
            })
            .collect();
        let dump = serde_json::json!({ "teasers": teasers, "candidates": all, "turns": turns });
        std::fs::write(out, dump.to_string()).expect("write the dump");
    }
    if no_teasers {
        for (i, t) in teasers.iter().enumerate() {
            let tw = words(t);
            // Covered as in the yardstick: at least 5 shared words and 60 % of
            // the smaller word set.
            // The teaser's share held by the best covering quote tells a
            // whole teaser from one sentence of it.
            let best = quotes
                .iter()
                .enumerate()
                .map(|(r, q)| {
                    let (inter, share) = overlap(&tw, &q.text);
                    let held = inter as f64 / tw.len().max(1) as f64;
                    (share, inter >= 5 && share >= 0.6, r, held)
                })
                .max_by(|a, b| a.0.total_cmp(&b.0).then(a.3.total_cmp(&b.3)));
            match best {
                Some((v, covered, r, held)) => println!(
                    "teaser {}: best overlap {:.2} at rank {} ({}), teaser share {:.2}",
                    i + 1,
                    v,
                    r + 1,
                    if covered { "covered" } else { "missed" },
                    held
                ),
                None => println!("teaser {}: no quotes (missed)", i + 1),
            }
        }
        // `--why`: the candidate closest to each teaser, its rank among all
        // candidates (before diversity) and its features.
        if args.iter().any(|a| a == "--why") {
            let all = podprint_quotes::candidates(&series, &ep, &opts);
            for (i, t) in teasers.iter().enumerate() {
                let tw = words(t);
                let best = all
                    .iter()
                    .enumerate()
                    .map(|(r, q)| (overlap(&tw, &q.text).1, r, q))
                    .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
                println!("teaser {}: {t}", i + 1);
                if let Some((v, r, q)) = best {
                    println!(
                        "  closest candidate #{} of {} (overlap {v:.2}):",
                        r + 1,
                        all.len()
                    );
                    println!("    {}", q.text);
                    print!("{}", explain(q));
                }
            }
        }
    }
}
