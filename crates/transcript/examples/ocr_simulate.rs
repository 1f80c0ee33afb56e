//! Damage clean Swedish text the way OCR without a Swedish model does (`ä` read
//! as `a`, `d`, `é` or `i`; `å` as `a` or `é`; `ö` as `o` or `é`, by a fixed
//! pseudo-random draw), repair it with the bundled Swedish vocabulary alone
//! (plus an optional word list), and count the words put right, the words left
//! wrong and the clean words the repair broke.
//!
//! ```text
//! cargo run --release -p podprint-transcript --example ocr_simulate -- \
//!     [--words LIST] [--show N] CLEAN_FILE...
//! ```
//! Measure on text the bundled counts were not made from (see
//! `bench/sv-speech.py`: sets o and p of `bench/teasers/`, the seeds).

use std::collections::BTreeMap;

use podprint_transcript::{repair_episode, Episode, Paragraph, Turn, Vocabulary};

/// A linear congruential step: the same damage on every run.
fn next(seed: &mut u64) -> u64 {
    *seed = seed
        .wrapping_mul(6_364_136_223_846_793_005)
        .wrapping_add(1_442_695_040_888_963_407);
    (*seed >> 33) % 10
}

fn damage(word: &str, seed: &mut u64) -> String {
    let mut out = String::new();
    for c in word.chars() {
        let r = next(seed);
        let s = match c {
            'ä' => ["a", "a", "a", "a", "a", "d", "d", "é", "é", "i"][r as usize],
            'å' => ["a", "a", "a", "a", "a", "a", "a", "é", "é", "é"][r as usize],
            'ö' => ["o", "o", "o", "o", "o", "o", "o", "é", "é", "é"][r as usize],
            'Ä' | 'Å' => "A",
            'Ö' => "O",
            _ => {
                out.push(c);
                continue;
            }
        };
        out.push_str(s);
    }
    out
}

fn repair(text: &str, vocab: &Vocabulary) -> String {
    let mut ep = Episode::default();
    ep.turns.push(Turn {
        speaker: "A".into(),
        paragraphs: vec![Paragraph::parse(text)],
        ..Turn::default()
    });
    repair_episode(&mut ep, vocab);
    ep.turns[0].text()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut vocab = Vocabulary::new();
    vocab.add_swedish_common();
    let mut show = 0;
    let mut files = Vec::new();
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--words" => {
                let f = args.next().ok_or("--words needs a file")?;
                vocab.add_word_list(&std::fs::read_to_string(f)?);
            }
            "--show" => show = args.next().ok_or("--show needs a number")?.parse()?,
            _ => files.push(a),
        }
    }
    if files.is_empty() {
        return Err("usage: ocr_simulate [--words LIST] [--show N] CLEAN_FILE...".into());
    }
    let (mut total, mut damaged, mut repaired, mut wrong, mut broken) = (0, 0, 0, 0, 0);
    let mut seed = 7u64;
    let mut errors: BTreeMap<String, usize> = BTreeMap::new();
    for f in &files {
        for line in std::fs::read_to_string(f)?.lines() {
            // The text after a speaker label.
            let line = line.split_once(": ").map_or(line, |x| x.1);
            let words: Vec<&str> = line.split_whitespace().collect();
            let bad: Vec<String> = words.iter().map(|w| damage(w, &mut seed)).collect();
            let fixed = repair(&bad.join(" "), &vocab);
            let fixed: Vec<&str> = fixed.split_whitespace().collect();
            if fixed.len() != words.len() {
                continue;
            }
            for ((w, b), r) in words.iter().zip(&bad).zip(&fixed) {
                total += 1;
                let was_damaged = b != w;
                damaged += usize::from(was_damaged);
                if r == w {
                    repaired += usize::from(was_damaged);
                    continue;
                }
                if was_damaged {
                    wrong += 1;
                    *errors.entry(format!("left wrong: {w} -> {r}")).or_default() += 1;
                } else {
                    broken += 1;
                    *errors.entry(format!("broken: {w} -> {r}")).or_default() += 1;
                }
            }
        }
    }
    println!(
        "words {total}, damaged {damaged}, repaired {repaired} ({:.1} %), left wrong {wrong}, clean words broken {broken}",
        100.0 * repaired as f64 / damaged.max(1) as f64
    );
    let mut errors: Vec<_> = errors.into_iter().collect();
    errors.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    for (e, n) in errors.iter().take(show) {
        println!("{n:5} {e}");
    }
    Ok(())
}
