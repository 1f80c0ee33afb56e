//! Reads plain-text exports back: layout, wrapping and every word in order.

use podprint_text::{render, wrap, TextError, TextOptions};
use podprint_transcript::{Episode, EpisodeMeta, Lang, Paragraph, Role, SeriesMeta, Speaker, Turn};
use proptest::prelude::*;
use unicode_width::UnicodeWidthStr;

fn speaker(label: &str, name: &str, role: Role, affiliation: Option<&str>) -> Speaker {
    Speaker {
        label: label.into(),
        name: name.into(),
        role,
        affiliation: affiliation.map(Into::into),
    }
}

fn turn(label: &str, paragraphs: &[&str], teaser: bool, start: Option<f64>) -> Turn {
    Turn {
        speaker: label.into(),
        paragraphs: paragraphs.iter().map(|p| Paragraph::parse(p)).collect(),
        start,
        end: None,
        teaser,
        line: 1,
    }
}

fn series() -> SeriesMeta {
    SeriesMeta {
        title: "Exempelpodden".into(),
        publisher: Some("Exempelförbundet".into()),
        language: Lang::sv(),
        description: None,
        modified: None,
    }
}

fn swedish() -> Episode {
    Episode {
        meta: EpisodeMeta {
            id: "ep07".into(),
            number: Some(7),
            title: "EP7 - Tillgänglighet i vardagen".into(),
            date: Some("2025-02-14".into()),
            language: Lang::sv(),
            description: Some("Om klarspråk, ramper och hur man når alla invånare i en kommun som växer snabbt.".into()),
            source: None,
        },
        speakers: vec![
            speaker("ANNA", "Anna Berglund", Role::Host, Some("Exempelkommunen")),
            speaker("BO", "Bo Lind", Role::Guest, Some("Regionala nämnden för tillgänglighet och delaktighet i Norr")),
            speaker("PRESENTATÖR", "Presentatör", Role::Announcer, None),
        ],
        turns: vec![
            turn("BO", &["Man måste börja i det lilla."], true, None),
            turn("PRESENTATÖR", &["Du lyssnar på Exempelpodden. [musik]"], false, None),
            turn("ANNA", &["Välkommen hit, Bo! [skratt] Det är roligt att du kunde komma trots snöovädret i morse."], false, None),
            turn(
                "BO",
                &[
                    "Tack. Man måste börja i det lilla, tycker jag, och IT-medarbetare behöver vara med från början i varje tjänstedesignprojekt.",
                    "Och sedan växer det, steg för steg.",
                ],
                false,
                None,
            ),
            turn("ANNA", &["Ordet Tillgänglighetsdirektivsimplementeringsprojektet är långt."], false, None),
        ],
        diagnostics: vec![],
    }
}

fn words(s: &str) -> Vec<String> {
    s.split_whitespace().map(str::to_string).collect()
}

#[test]
fn header_then_teasers_then_transcript() {
    let out = render(&series(), &swedish(), &TextOptions::default()).unwrap();
    let expected = "\
Exempelpodden
EP7 - Tillgänglighet i vardagen
Datum: 2025-02-14

Om klarspråk, ramper och hur man når alla invånare i en kommun som växer
snabbt.

Medverkande:
Anna Berglund, programledare, Exempelkommunen
Bo Lind, gäst, Regionala nämnden för tillgänglighet och delaktighet i
  Norr
Presentatör, presentatör

Smakprov:

Bo Lind: Man måste börja i det lilla.

Utskrift:

Presentatör: Du lyssnar på Exempelpodden. [musik]

Anna Berglund: Välkommen hit, Bo! [skratt] Det är roligt att du kunde
komma trots snöovädret i morse.

Bo Lind: Tack. Man måste börja i det lilla, tycker jag, och
IT-medarbetare behöver vara med från början i varje
tjänstedesignprojekt.

Och sedan växer det, steg för steg.

Anna Berglund: Ordet Tillgänglighetsdirektivsimplementeringsprojektet är
långt.
";
    assert_eq!(out, expected);
}

#[test]
fn lines_fit_the_width_and_have_no_trailing_spaces() {
    for width in [20, 33, 50, 72, 100] {
        let opts = TextOptions {
            width,
            ..Default::default()
        };
        let out = render(&series(), &swedish(), &opts).unwrap();
        assert!(!out.contains('\r'));
        assert!(out.ends_with('\n') && !out.ends_with("\n\n"));
        for line in out.lines() {
            assert_eq!(line, line.trim_end(), "trailing space at width {width}");
            assert!(
                line.width() <= width || !line.trim().contains(' '),
                "width {width}: {line:?}"
            );
        }
    }
}

#[test]
fn every_word_of_every_turn_reads_back_in_order() {
    let episode = swedish();
    for width in [20, 72] {
        let opts = TextOptions {
            width,
            ..Default::default()
        };
        let out = render(&series(), &episode, &opts).unwrap();
        let (head, body) = out.split_once("\nUtskrift:\n").unwrap();
        let teasers = head.split_once("\nSmakprov:\n").unwrap().1;
        let expect = |teaser: bool| -> Vec<String> {
            episode
                .turns
                .iter()
                .filter(|t| t.teaser == teaser)
                .flat_map(|t| {
                    let mut w = words(&format!("{}:", episode.name_of(&t.speaker)));
                    w.extend(words(&t.text()));
                    w
                })
                .collect()
        };
        assert_eq!(words(body), expect(false), "width {width}");
        assert_eq!(words(teasers), expect(true), "width {width}");
    }
}

#[test]
fn timestamps_follow_the_name_when_present() {
    let mut episode = swedish();
    episode.turns[1].start = Some(83.2);
    episode.turns[2].start = Some(3723.0);
    let out = render(&series(), &episode, &TextOptions::default()).unwrap();
    assert!(out.contains("\nPresentatör (01:23): Du lyssnar"), "{out}");
    assert!(
        out.contains("\nAnna Berglund (1:02:03): Välkommen"),
        "{out}"
    );
    let opts = TextOptions {
        timestamps: false,
        ..Default::default()
    };
    let out = render(&series(), &episode, &opts).unwrap();
    assert!(out.contains("\nPresentatör: Du lyssnar"), "{out}");
}

#[test]
fn english_episode_uses_english_labels() {
    let episode = Episode {
        meta: EpisodeMeta {
            id: "one".into(),
            title: String::new(),
            number: Some(3),
            language: Lang::en(),
            ..Default::default()
        },
        speakers: vec![
            speaker("JO", "Jo Park", Role::Host, None),
            speaker("KIM", "Kim Ode", Role::Guest, Some("City Library")),
            speaker("V", "Voice", Role::Other, None),
        ],
        turns: vec![
            turn("JO", &["Welcome & hello <b>."], true, None),
            turn("KIM", &["Thanks [laughs] for having me."], false, None),
        ],
        diagnostics: vec![],
    };
    let meta = SeriesMeta {
        title: "Library Talk".into(),
        language: Lang::en(),
        ..Default::default()
    };
    let out = render(&meta, &episode, &TextOptions::default()).unwrap();
    assert_eq!(
        out,
        "Library Talk\nEpisode 3\n\nParticipants:\nJo Park, host\nKim Ode, guest, City Library\nVoice, participant\n\nCold open:\n\nJo Park: Welcome & hello <b>.\n\nTranscript:\n\nKim Ode: Thanks [laughs] for having me.\n"
    );
}

#[test]
fn unknown_speakers_use_their_label_and_blank_paragraphs_vanish() {
    let episode = Episode {
        meta: EpisodeMeta {
            id: "x".into(),
            title: "T".into(),
            language: Lang::sv(),
            ..Default::default()
        },
        speakers: vec![],
        turns: vec![
            turn("OKÄND", &["Hej\r\npå\tdig\u{7}."], false, None),
            turn("TOM", &["   "], false, None),
        ],
        diagnostics: vec![],
    };
    let out = render(&series(), &episode, &TextOptions::default()).unwrap();
    assert_eq!(out, "Exempelpodden\nT\n\nUtskrift:\n\nOKÄND: Hej på dig.\n");
}

#[test]
fn too_narrow_width_is_an_error() {
    let opts = TextOptions {
        width: 5,
        ..Default::default()
    };
    match render(&series(), &swedish(), &opts) {
        Err(TextError::WidthTooSmall { width: 5, min }) => assert_eq!(min, TextOptions::MIN_WIDTH),
        other => panic!("{other:?}"),
    }
}

#[test]
fn options_deserialize_from_kebab_case_and_reject_typos() {
    let o: TextOptions = serde_json::from_str(r#"{"width": 60}"#).unwrap();
    assert_eq!(
        o,
        TextOptions {
            width: 60,
            timestamps: true
        }
    );
    assert!(serde_json::from_str::<TextOptions>(r#"{"widht": 60}"#).is_err());
}

proptest! {
    #[test]
    fn wrap_keeps_words_and_width(
        // Words start with a letter, digit or `[` and brackets sit only at the
        // ends: UAX #14 forbids breaks before a lone `?` or `]` and after `[`
        // even across a space, which would glue two words into one unit.
        ws in proptest::collection::vec("\\[?[a-zåäöA-Z0-9][a-zåäöA-Z0-9\\-\\.,!?]{0,16}\\]?", 0..60),
        seps in proptest::collection::vec(prop_oneof![Just(" "), Just("  "), Just("\n"), Just(" \t ")], 60),
        width in 20usize..90,
    ) {
        let mut text = String::new();
        for (w, s) in ws.iter().zip(&seps) {
            text.push_str(w);
            text.push_str(s);
        }
        let mut out = String::new();
        wrap(&mut out, &text, width, "");
        prop_assert_eq!(words(&out), words(&text));
        for line in out.lines() {
            prop_assert!(line.width() <= width || !line.contains(' '), "{:?}", line);
            prop_assert_eq!(line, line.trim());
            prop_assert!(!line.is_empty());
        }
    }
}
