//! Time per card, one thread: `cargo bench -p podprint-cards`.
//! Goal: at most 25 ms per 1080×1080 card.

use podprint_cards::{render, CardContext, CardOptions};
use podprint_quotes::Quote;
use podprint_transcript::{Episode, Lang, SeriesMeta};
use podprint_typeset::FontSet;
use std::time::Instant;

fn main() {
    let fonts = FontSet::bundled();
    let series = SeriesMeta {
        title: "Exempelpodden".into(),
        language: Lang::sv(),
        ..SeriesMeta::default()
    };
    let mut episode = Episode::default();
    episode.meta.id = "ep01".into();
    episode.meta.number = Some(1);
    episode.meta.language = Lang::sv();
    let ctx = CardContext {
        series: &series,
        episode: &episode,
        logo: None,
        fonts: &fonts,
    };
    let texts = [
        "Man måste våga fråga dem som faktiskt använder tjänsten.",
        "Vi trodde länge att problemet var tekniken, men det handlade om hur vi pratade med varandra. När medarbetarna fick vara med från början förändrades allt.",
    ];
    let opts = CardOptions::default();
    for size in [(1080, 1080), (1080, 1920), (1200, 675)] {
        let mut times = Vec::new();
        for i in 0..30 {
            let text = texts[i % texts.len()];
            let q = Quote {
                id: format!("bench{i}"),
                episode: "ep01".into(),
                speaker: "A".into(),
                name: "Anna Andersson".into(),
                text: text.into(),
                turn: 0,
                span: (0, text.len()),
                start: None,
                score: 0.0,
                features: vec![],
                removed: vec![],
                edits: vec![],
                editor_pick: false,
                body_turn: None,
            };
            let t = Instant::now();
            std::hint::black_box(render(&q, size, &ctx, &opts).unwrap());
            times.push(t.elapsed().as_secs_f64() * 1000.0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "card {}x{}: median {:.1} ms, min {:.1} ms (30 cards, one thread)",
            size.0,
            size.1,
            times[times.len() / 2],
            times[0]
        );
    }
}
