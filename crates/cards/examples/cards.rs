//! Render sample quotes at every default size into a folder (default `/tmp/cards`)
//! and time the 1080×1080 cards.
//!
//! `cargo run --release -p podprint-cards --example cards [DIR]`

use podprint_cards::{
    cards_json, gallery_html, parse_sizes, render, CardContext, CardEntry, CardOptions, Logo,
    LogoKind,
};
use podprint_quotes::Quote;
use podprint_transcript::{Episode, Lang, Role, SeriesMeta, Speaker};
use podprint_typeset::FontSet;
use std::time::Instant;

fn quote(id: &str, episode: &str, speaker: &str, name: &str, text: &str) -> Quote {
    Quote {
        id: id.into(),
        episode: episode.into(),
        speaker: speaker.into(),
        name: name.into(),
        text: text.into(),
        turn: 0,
        span: (0, text.len()),
        start: None,
        score: 1.0,
        features: vec![],
        removed: vec![],
        edits: vec![],
        editor_pick: false,
        body_turn: None,
    }
}

fn episode(
    id: &str,
    number: u32,
    title: &str,
    lang: Lang,
    speakers: &[(&str, &str, Option<&str>)],
) -> Episode {
    let mut ep = Episode::default();
    ep.meta.id = id.into();
    ep.meta.number = Some(number);
    ep.meta.title = title.into();
    ep.meta.language = lang;
    for (label, name, aff) in speakers {
        ep.speakers.push(Speaker {
            label: (*label).into(),
            name: (*name).into(),
            role: Role::Guest,
            affiliation: aff.map(str::to_string),
        });
    }
    ep
}

fn main() {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "/tmp/cards".into());
    let fonts = FontSet::bundled();
    let sv_series = SeriesMeta {
        title: "Exempelpodden".into(),
        language: Lang::sv(),
        ..SeriesMeta::default()
    };
    let en_series = SeriesMeta {
        title: "The Civic Hour".into(),
        language: Lang::en(),
        ..SeriesMeta::default()
    };
    let sv_ep = episode(
        "ep12",
        12,
        "Tjänstedesign i vardagen",
        Lang::sv(),
        &[
            ("OLLE", "Olle Ek", Some("Region Exempel")),
            (
                "KARIN",
                "Karin Åberg-Lindström",
                Some("Socialförvaltningen i Exempelstad"),
            ),
        ],
    );
    let en_ep = episode(
        "ep3",
        3,
        "Listening at scale",
        Lang::en(),
        &[("MAYA", "Maya Okafor", Some("City of Riverton"))],
    );
    let quotes = [
        (quote("a1f09c2e7b3d4411", "ep12", "OLLE", "Olle Ek", "Man måste våga fråga dem som faktiskt använder tjänsten."), &sv_ep, &sv_series),
        (quote("5c2d8e0f11aa9b07", "ep12", "KARIN", "Karin Åberg-Lindström", "Vi trodde länge att problemet var tekniken, men det handlade om hur vi pratade med varandra. När medarbetarna fick vara med från början förändrades allt, och det märktes i hela verksamheten."), &sv_ep, &sv_series),
        (quote("0f0f0f0f0f0f0f0f", "ep12", "OLLE", "Olle Ek", "Socialtjänstlagstiftningens informationsöverföringsbestämmelser och arbetsmiljöförbättringsprogrammet kräver att kommunikationsavdelningarna samordnar medborgardialogerna, annars tappar vi förtroendet hos alla invånarna."), &sv_ep, &sv_series),
        (quote("e4b1c0d9f8a7e6d5", "ep3", "MAYA", "Maya Okafor", "Accessibility is not a feature you add at the end; it is how you decide who gets to take part."), &en_ep, &en_series),
    ];
    let opts = CardOptions {
        accent: Some("#F4C95D".into()),
        ..CardOptions::default()
    };
    let logo_svg = br##"<svg xmlns="http://www.w3.org/2000/svg" width="240" height="80" viewBox="0 0 240 80"><circle cx="40" cy="40" r="32" fill="none" stroke="#FFFFFF" stroke-width="8"/><rect x="88" y="22" width="140" height="12" rx="6" fill="#FFFFFF"/><rect x="88" y="46" width="96" height="12" rx="6" fill="#FFFFFF"/></svg>"##;
    let logo = Logo::new(logo_svg.to_vec(), LogoKind::Svg).expect("logo");
    let sizes = parse_sizes(&opts).expect("sizes");
    let mut entries = Vec::new();
    for (i, (q, ep, series)) in quotes.iter().enumerate() {
        let ctx = CardContext {
            series,
            episode: ep,
            logo: (i == 1).then_some(&logo),
            fonts: &fonts,
        };
        for &size in &sizes {
            let card = render(q, size, &ctx, &opts).expect("card renders");
            let sub = format!("{dir}/{}", ep.meta.id);
            std::fs::create_dir_all(&sub).unwrap();
            std::fs::write(format!("{sub}/{}.png", card.file_stem), &card.png).unwrap();
            std::fs::write(format!("{sub}/{}.svg", card.file_stem), &card.svg).unwrap();
            entries.push(CardEntry::new(&card, q, &ctx, &opts));
        }
    }
    std::fs::write(format!("{dir}/cards.json"), cards_json(&entries)).unwrap();
    std::fs::write(
        format!("{dir}/index.html"),
        gallery_html(&entries, &sv_series),
    )
    .unwrap();
    println!("wrote {} cards to {dir}", entries.len());

    // Timing: 1080×1080 cards, one thread.
    let ctx = CardContext {
        series: &sv_series,
        episode: &sv_ep,
        logo: None,
        fonts: &fonts,
    };
    let n = 40;
    let t = Instant::now();
    for i in 0..n {
        let q = &quotes[i % 2].0;
        std::hint::black_box(render(q, (1080, 1080), &ctx, &opts).unwrap());
    }
    let per = t.elapsed().as_secs_f64() * 1000.0 / n as f64;
    println!("1080x1080: {per:.1} ms per card (mean of {n}, one thread)");
}
