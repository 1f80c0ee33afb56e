//! Test fixtures: a tiny labeled format parsed straight into the model.
//!
//! ```text
//! # id: sv-x            (episode id)      # lang: sv
//! # speaker: LABEL | Name | role
//! # pick: a hand-picked quote
//! LABEL: one turn per line            TEASER LABEL: a cold-open teaser turn
//! ```
#![allow(dead_code)]

use std::collections::HashSet;

use podprint_transcript::{Episode, Lang, Paragraph, Role, Series, Speaker, Turn};

/// A fixture episode and its hand-picked quotes.
pub struct Fixture {
    pub episode: Episode,
    pub picks: Vec<String>,
}

pub const FIXTURES: &[(&str, &str)] = &[
    (
        "sv_bibliotek",
        include_str!("../yardstick/sv_bibliotek.txt"),
    ),
    ("sv_klimat", include_str!("../yardstick/sv_klimat.txt")),
    ("en_services", include_str!("../yardstick/en_services.txt")),
    ("sv_skola", include_str!("../yardstick/sv_skola.txt")),
    ("en_youth", include_str!("../yardstick/en_youth.txt")),
    ("sv_omsorg", include_str!("../yardstick/sv_omsorg.txt")),
    ("en_transit", include_str!("../yardstick/en_transit.txt")),
];

pub fn parse(src: &str) -> Fixture {
    let mut ep = Episode::default();
    let mut picks = Vec::new();
    for (n, line) in src.lines().enumerate() {
        let line = line.trim();
        if let Some(meta) = line.strip_prefix("# ") {
            let (k, v) = meta.split_once(": ").expect("meta key: value");
            match k {
                "id" => ep.meta.id = v.into(),
                "title" => ep.meta.title = v.into(),
                "lang" => ep.meta.language = Lang(v.into()),
                "pick" => picks.push(v.to_string()),
                "speaker" => {
                    let p: Vec<&str> = v.split(" | ").collect();
                    let role = match p[2] {
                        "host" => Role::Host,
                        "guest" => Role::Guest,
                        "announcer" => Role::Announcer,
                        _ => Role::Other,
                    };
                    ep.speakers.push(Speaker {
                        label: p[0].into(),
                        name: p[1].into(),
                        role,
                        affiliation: None,
                    });
                }
                _ => panic!("unknown key {k}"),
            }
        } else if !line.is_empty() {
            let (teaser, rest) = match line.strip_prefix("TEASER ") {
                Some(r) => (true, r),
                None => (false, line),
            };
            let (label, text) = rest.split_once(": ").expect("LABEL: text");
            let index = ep.turns.len();
            ep.turns.push(Turn {
                speaker: label.into(),
                paragraphs: vec![Paragraph::parse(text)],
                start: Some(index as f64 * 30.0),
                end: None,
                teaser,
                line: n + 1,
            });
        }
    }
    Fixture { episode: ep, picks }
}

pub fn all() -> Vec<(&'static str, Fixture)> {
    FIXTURES.iter().map(|(n, s)| (*n, parse(s))).collect()
}

/// Every candidate of the one episode in fixture text `src`.
pub fn candidates_of(src: &str) -> Vec<podprint_quotes::Quote> {
    let f = parse(src);
    let series = Series {
        meta: Default::default(),
        episodes: vec![f.episode.clone()],
    };
    podprint_quotes::candidates(
        &series,
        &f.episode,
        &podprint_quotes::QuoteOptions::default(),
    )
}

/// The series of all fixtures (for distinctive words).
pub fn series() -> Series {
    Series {
        meta: Default::default(),
        episodes: all().into_iter().map(|(_, f)| f.episode).collect(),
    }
}

pub fn words(s: &str) -> HashSet<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= 2)
        .map(str::to_lowercase)
        .collect()
}

/// A quote covers a passage when most of the smaller one's words are in the
/// other (at least 5 shared words, 60 % of the smaller).
pub fn covers(quote: &str, passage: &str) -> bool {
    let (a, b) = (words(quote), words(passage));
    let shared = a.intersection(&b).count();
    shared >= 5 && shared as f64 >= 0.6 * a.len().min(b.len()) as f64
}
