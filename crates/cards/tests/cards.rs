//! Behaviour of the card exporter, read back from its outputs.

use podprint_cards::{
    alt_text, cards_json, check_contrast, gallery_html, layout, min_quote_size, parse_sizes,
    render, CardContext, CardEntry, CardError, CardOptions, Layout, Logo, LogoKind, Rect,
    MAX_ALT_CHARS,
};
use podprint_quotes::Quote;
use podprint_transcript::{Episode, Lang, Role, SeriesMeta, Speaker};
use podprint_typeset::FontSet;
use std::io::Cursor;

fn quote(id: &str, text: &str) -> Quote {
    Quote {
        id: id.into(),
        episode: "ep05".into(),
        speaker: "SIV".into(),
        name: "Siv Ödmark".into(),
        text: text.into(),
        turn: 4,
        span: (0, text.len()),
        start: Some(61.5),
        score: 2.0,
        features: vec![],
        removed: vec![],
        edits: vec![],
        editor_pick: false,
        body_turn: None,
    }
}

fn series(lang: Lang) -> SeriesMeta {
    SeriesMeta {
        title: "Kommunpodden".into(),
        language: lang,
        ..SeriesMeta::default()
    }
}

/// The series, episode and fonts of a card, with a context without a logo.
struct Fixture {
    fonts: FontSet,
    series: SeriesMeta,
    episode: Episode,
}

impl Fixture {
    fn new(lang: Lang) -> Self {
        Fixture {
            fonts: FontSet::bundled(),
            series: series(lang.clone()),
            episode: episode(lang),
        }
    }

    fn ctx(&self) -> CardContext<'_> {
        CardContext {
            series: &self.series,
            episode: &self.episode,
            logo: None,
            fonts: &self.fonts,
        }
    }
}

fn episode(lang: Lang) -> Episode {
    let mut ep = Episode::default();
    ep.meta.id = "ep05".into();
    ep.meta.number = Some(5);
    ep.meta.title = "När alla får vara med".into();
    ep.meta.language = lang;
    ep.speakers.push(Speaker {
        label: "SIV".into(),
        name: "Siv Ödmark".into(),
        role: Role::Guest,
        affiliation: Some("Äldreförvaltningen i Exempelby".into()),
    });
    ep
}

/// Exactly 220 characters, with long Swedish compounds: the longest quote the
/// selector lets through.
const LONGEST: &str = "Socialtjänstlagstiftningens informationsöverföringsbestämmelser och arbetsmiljöförbättringsprogrammet kräver att kommunikationsavdelningarna samordnar medborgardialogerna, annars tappar vi förtroendet hos alla invånarna.";

const SHORT: &str = "Vi måste våga fråga dem som faktiskt använder tjänsten.";

fn decode(png_bytes: &[u8]) -> (png::OutputInfo, Vec<u8>, Vec<(String, String)>) {
    let decoder = png::Decoder::new(Cursor::new(png_bytes));
    let mut reader = decoder.read_info().expect("valid PNG");
    let texts = reader
        .info()
        .utf8_text
        .iter()
        .map(|t| (t.keyword.clone(), t.get_text().unwrap()))
        .collect();
    let mut buf = vec![0; reader.output_buffer_size().unwrap()];
    let info = reader.next_frame(&mut buf).unwrap();
    buf.truncate(info.buffer_size());
    (info, buf, texts)
}

#[test]
fn longest_quote_is_exactly_220_chars() {
    assert_eq!(LONGEST.chars().count(), 220);
}

#[test]
fn png_has_the_card_dimensions() {
    let fx = Fixture::new(Lang::sv());
    let ctx = fx.ctx();
    let opts = CardOptions::default();
    for size in parse_sizes(&opts).unwrap() {
        let card = render(&quote("q1", SHORT), size, &ctx, &opts).unwrap();
        let (info, _, _) = decode(&card.png);
        assert_eq!((info.width, info.height), size);
        assert_eq!((card.width, card.height), size);
        assert_eq!(card.file_stem, format!("q1-{}x{}", size.0, size.1));
        assert!(card
            .svg
            .contains(&format!("viewBox=\"0 0 {} {}\"", size.0, size.1)));
    }
}

#[test]
fn alt_text_is_in_svg_png_and_json() {
    let fx = Fixture::new(Lang::sv());
    let ctx = fx.ctx();
    let opts = CardOptions::default();
    let q = quote(
        "q2",
        "Det är inte tekniken som är svår – det är att ändra vanor & rutiner.",
    );
    let card = render(&q, (1080, 1080), &ctx, &opts).unwrap();
    assert_eq!(card.alt, alt_text(&q, &ctx));
    assert_eq!(
        card.alt,
        "”Det är inte tekniken som är svår – det är att ändra vanor & rutiner.” Sagt av Siv Ödmark, \
         Äldreförvaltningen i Exempelby, i Kommunpodden, avsnitt 5: När alla får vara med."
    );
    // SVG: role, labelled by title and desc; desc holds the alt text (escaped).
    let svg_alt = card.alt.replace('&', "&amp;");
    assert!(card.svg.contains("role=\"img\""));
    assert!(card
        .svg
        .contains("aria-labelledby=\"card-title card-desc\""));
    assert!(card
        .svg
        .contains(&format!("<desc id=\"card-desc\">{svg_alt}</desc>")));
    assert!(card.svg.contains(
        "<title id=\"card-title\">Citat av Siv Ödmark · Kommunpodden · Avsnitt 5</title>"
    ));
    assert!(card.svg.contains("lang=\"sv\""));
    // PNG: iTXt Description.
    let (_, _, texts) = decode(&card.png);
    assert_eq!(texts, vec![("Description".to_string(), card.alt.clone())]);
    // Sidecar JSON.
    let entry = CardEntry::new(&card, &q, &ctx, &opts);
    let json: serde_json::Value = serde_json::from_str(&cards_json(&[entry])).unwrap();
    let c = &json["cards"][0];
    assert_eq!(c["alt"], card.alt.as_str());
    assert_eq!(c["file"], "ep05/q2-1080x1080.png");
    assert_eq!(c["svg"], "ep05/q2-1080x1080.svg");
    assert_eq!(c["speaker"], "Siv Ödmark");
    assert_eq!(c["episode"], "ep05");
}

#[test]
fn english_cards_use_english_marks_and_words() {
    let fonts = FontSet::bundled();
    let (s, mut e) = (series(Lang::en()), episode(Lang::en()));
    e.meta.title = "Everyone in".into();
    let ctx = CardContext {
        series: &s,
        episode: &e,
        logo: None,
        fonts: &fonts,
    };
    let q = quote("q3", "Nobody reads the form until the form reads them.");
    let card = render(&q, (1200, 675), &ctx, &CardOptions::default()).unwrap();
    assert!(card
        .alt
        .starts_with("“Nobody reads the form until the form reads them.” Said by Siv Ödmark"));
    assert!(card
        .alt
        .ends_with("in Kommunpodden, episode 5: Everyone in."));
    assert!(
        card.svg.contains(">“</tspan>"),
        "opening mark: {}",
        card.svg
    );
    assert!(card.svg.contains(">”</tspan>"), "closing mark");
    assert!(card.svg.contains("Kommunpodden · Episode 5"));
}

#[test]
fn swedish_cards_use_swedish_marks() {
    let fx = Fixture::new(Lang::sv());
    let ctx = fx.ctx();
    let card = render(
        &quote("q4", SHORT),
        (1080, 1080),
        &ctx,
        &CardOptions::default(),
    )
    .unwrap();
    assert_eq!(card.svg.matches(">”</tspan>").count(), 2, "{}", card.svg);
    assert!(!card.svg.contains('“'));
    assert!(card.svg.contains("Kommunpodden · Avsnitt 5"));
    assert!(card.svg.contains("—\u{2009}Siv Ödmark"));
}

#[test]
fn low_contrast_is_an_error_naming_colours_and_ratio() {
    let opts = CardOptions {
        background: "#777777".into(),
        foreground: "#999999".into(),
        ..CardOptions::default()
    };
    let err = check_contrast(&opts).unwrap_err();
    match &err {
        CardError::Contrast { ratio, .. } => assert!((ratio - 1.6).abs() < 0.1, "{ratio}"),
        other => panic!("{other:?}"),
    }
    let msg = err.to_string();
    assert!(msg.contains("#999999") && msg.contains("#777777"), "{msg}");
    assert!(msg.contains("1.57:1") && msg.contains("4.5:1"), "{msg}");

    // The accent is text too (the quotation marks).
    let accent = CardOptions {
        accent: Some("#4A90C2".into()),
        ..CardOptions::default()
    };
    let msg = check_contrast(&accent).unwrap_err().to_string();
    assert!(
        msg.contains("accent #4A90C2") && msg.contains("#0B3B5C"),
        "{msg}"
    );

    // Rendering refuses too.
    let fx = Fixture::new(Lang::sv());
    let ctx = fx.ctx();
    assert!(matches!(
        render(&quote("q5", SHORT), (1080, 1080), &ctx, &opts),
        Err(CardError::Contrast { .. })
    ));
    check_contrast(&CardOptions::default()).unwrap();
    let bad = CardOptions {
        background: "navy".into(),
        ..CardOptions::default()
    };
    assert!(check_contrast(&bad)
        .unwrap_err()
        .to_string()
        .contains("\"navy\""));
}

/// Every text line lies inside its block's box, every box inside the card,
/// and no two elements overlap.
fn assert_inside(l: &Layout) {
    let card = Rect {
        x: 0.0,
        y: 0.0,
        width: l.width as f32,
        height: l.height as f32,
    };
    for b in l.blocks() {
        assert!(!b.lines.is_empty(), "{:?} is empty", b.part);
        for line in &b.lines {
            assert!(
                b.bounds.contains(&line.ink, 0.01),
                "{:?} line {:?} leaves {:?}",
                b.part,
                line.ink,
                b.bounds
            );
            assert!(
                l.content.contains(&line.ink, 0.01),
                "{:?} line leaves the margins",
                b.part
            );
            assert!(card.contains(&line.ink, 0.0));
        }
    }
    let mut parts: Vec<Rect> = l.blocks().iter().map(|b| b.ink()).collect();
    parts.push(l.rule);
    parts.extend(l.logo);
    for (i, a) in parts.iter().enumerate() {
        for b in &parts[i + 1..] {
            assert!(!a.intersects(b), "{a:?} overlaps {b:?}");
        }
    }
}

#[test]
fn longest_quote_stays_in_its_box_at_every_size() {
    let fonts = FontSet::bundled();
    let (s, e) = (series(Lang::sv()), episode(Lang::sv()));
    let logo_svg = br##"<svg xmlns="http://www.w3.org/2000/svg" width="300" height="100"><rect width="300" height="100" fill="#fff"/></svg>"##;
    let logo = Logo::new(logo_svg.to_vec(), LogoKind::Svg).unwrap();
    let opts = CardOptions::default();
    let bg = [0x0B, 0x3B, 0x5C];
    for with_logo in [false, true] {
        let ctx = CardContext {
            series: &s,
            episode: &e,
            logo: with_logo.then_some(&logo),
            fonts: &fonts,
        };
        for size in parse_sizes(&opts).unwrap() {
            let q = quote("long", LONGEST);
            let l = layout(&q, size, &ctx, &opts).unwrap_or_else(|e| panic!("{size:?}: {e}"));
            assert!(
                l.quote.size >= min_quote_size(size.0),
                "{size:?}: {}",
                l.quote.size
            );
            assert!(l.quote.lines.len() > 2);
            assert_inside(&l);
            for short in [SHORT, "Ja."] {
                assert_inside(&layout(&quote("s", short), size, &ctx, &opts).unwrap());
            }

            // The pixels agree: nothing but background outside the element boxes.
            let card = render(&q, size, &ctx, &opts).unwrap();
            let (info, px, _) = decode(&card.png);
            let mut boxes: Vec<Rect> = l.blocks().iter().map(|b| b.ink()).collect();
            boxes.push(l.rule);
            boxes.extend(l.logo);
            let slack = 2.0;
            let w = info.width as usize;
            let mut stray = 0;
            for (i, p) in px.chunks_exact(3).enumerate() {
                if p == bg {
                    continue;
                }
                let (x, y) = ((i % w) as f32 + 0.5, (i / w) as f32 + 0.5);
                let inside = boxes.iter().any(|r| {
                    x >= r.x - slack
                        && x <= r.right() + slack
                        && y >= r.y - slack
                        && y <= r.bottom() + slack
                });
                if !inside {
                    stray += 1;
                }
            }
            assert_eq!(
                stray, 0,
                "{size:?} logo={with_logo}: pixels drawn outside the layout boxes"
            );
        }
    }
}

#[test]
fn too_long_a_quote_does_not_fit() {
    let fx = Fixture::new(Lang::sv());
    let ctx = fx.ctx();
    let text = LONGEST.repeat(3);
    for size in [(1080, 1080), (1200, 675)] {
        match render(&quote("huge", &text), size, &ctx, &CardOptions::default()) {
            Err(CardError::DoesNotFit {
                quote,
                width,
                height,
                min_size,
            }) => {
                assert_eq!((quote.as_str(), width, height), ("huge", size.0, size.1));
                assert!((min_size - min_quote_size(size.0)).abs() < 1e-3);
            }
            other => panic!("{size:?}: {other:?}"),
        }
    }
}

#[test]
fn output_is_deterministic() {
    let (s, e) = (series(Lang::sv()), episode(Lang::sv()));
    let logo = Logo::new(
        br##"<svg xmlns="http://www.w3.org/2000/svg" width="80" height="80"><circle cx="40" cy="40" r="30" fill="#fff"/></svg>"##.to_vec(),
        LogoKind::Svg,
    )
    .unwrap();
    let opts = CardOptions {
        accent: Some("#F4C95D".into()),
        ..CardOptions::default()
    };
    let run = || {
        let fonts = FontSet::bundled();
        let ctx = CardContext {
            series: &s,
            episode: &e,
            logo: Some(&logo),
            fonts: &fonts,
        };
        render(&quote("det", LONGEST), (1080, 1920), &ctx, &opts).unwrap()
    };
    let (a, b) = (run(), run());
    assert_eq!(a.svg, b.svg);
    assert!(a.png == b.png, "PNG bytes differ between runs");
    assert!(a.svg.contains("data:image/svg+xml;base64,"));
}

#[test]
fn alt_text_is_capped() {
    let fonts = FontSet::bundled();
    let s = series(Lang::sv());
    let mut e = episode(Lang::sv());
    e.meta.title = "Ett mycket långt avsnittsnamn ".repeat(8);
    let ctx = CardContext {
        series: &s,
        episode: &e,
        logo: None,
        fonts: &fonts,
    };
    let with_title_dropped = alt_text(&quote("a", LONGEST), &ctx);
    assert!(with_title_dropped.chars().count() <= MAX_ALT_CHARS);
    assert!(with_title_dropped.contains(LONGEST) && with_title_dropped.contains("avsnitt 5"));
    let huge = alt_text(&quote("b", &LONGEST.repeat(2)), &ctx);
    assert!(
        huge.chars().count() <= MAX_ALT_CHARS,
        "{}",
        huge.chars().count()
    );
    assert!(huge.contains("…” Sagt av Siv Ödmark"), "{huge}");
}

#[test]
fn gallery_is_accessible_html() {
    let fx = Fixture::new(Lang::sv());
    let ctx = fx.ctx();
    let opts = CardOptions::default();
    let q = quote("g1", "Små steg <varje> vecka gör skillnad.");
    let entries: Vec<CardEntry> = parse_sizes(&opts)
        .unwrap()
        .into_iter()
        .map(|size| CardEntry::new(&render(&q, size, &ctx, &opts).unwrap(), &q, &ctx, &opts))
        .collect();
    let html = gallery_html(&entries, &fx.series);
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"sv\">"));
    assert_eq!(html.matches("<figure>").count(), 3);
    assert_eq!(html.matches("<figcaption>").count(), 3);
    assert!(html.contains("<img src=\"ep05/g1-1080x1920.png\" alt=\"”Små steg &lt;varje&gt; vecka gör skillnad.” Sagt av"));
    assert!(html.contains("<h2 id=\"ep-0\">När alla får vara med</h2>"));
    assert!(!html.contains("<varje>"));
}
