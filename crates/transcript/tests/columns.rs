//! The two-column OCR reader and the OCR repair, against golden JSON.
//!
//! Regenerate the `.json` files with `UPDATE_GOLDEN=1 cargo test -p podprint-transcript --test columns`
//! and review the diff.

use std::path::{Path, PathBuf};

use podprint_transcript::read::columns::looks_like_columns;
use podprint_transcript::{
    needs_repair, read_bytes, repair_episode, Episode, Format, Imported, Inline, Level, Paragraph,
    ReadOptions, Turn, Vocabulary,
};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/columns")
        .join(name)
}

fn import(name: &str) -> Imported {
    let path = fixture(name);
    let bytes = std::fs::read(&path).unwrap();
    let opts = ReadOptions {
        format: Some(Format::Columns),
        ..ReadOptions::default()
    };
    read_bytes(&bytes, Path::new(name), &opts).unwrap()
}

/// Compare the turns and diagnostics of a fixture with its `.json`.
fn golden(name: &str) -> Episode {
    let ep = import(name).episode;
    let value = serde_json::json!({ "turns": ep.turns, "diagnostics": ep.diagnostics });
    let got = serde_json::to_string_pretty(&value).unwrap() + "\n";
    let path = fixture(name).with_extension("json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &got).unwrap();
    }
    let want = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{} missing; run with UPDATE_GOLDEN=1", path.display()));
    assert_eq!(got, want, "{name} differs from its golden JSON");
    ep
}

fn speakers(ep: &Episode) -> Vec<&str> {
    ep.turns.iter().map(|t| t.speaker.as_str()).collect()
}

#[test]
fn detects_both_fixtures() {
    for name in ["spanning.txt", "mismatch.txt"] {
        let text = std::fs::read_to_string(fixture(name)).unwrap();
        assert!(looks_like_columns(&text), "{name}");
    }
    assert!(!looks_like_columns(
        "ANNA: Hej.\n\nOLLE: Hej.\n\nANNA: Ja.\n\nOLLE: Nej.\n"
    ));
}

#[test]
fn spanning_turns_and_repeat_block() {
    let ep = golden("spanning.txt");
    assert_eq!(
        speakers(&ep),
        [
            "PRESENTATÖR",
            "ANNA",
            "OLLE",
            "ANNA",
            "OLLE",
            "ANNA",
            "ANNA",
            "OLLE",
            "ANNA"
        ]
    );
    // The turn that runs over the page break is one turn, joined mid-sentence.
    assert_eq!(
        ep.turns[3].text(),
        "Vad fint. Och hur kom du in på det här arbetet, och varför just biblioteket?"
    );
    // The event opening page 3 stays with the turn it follows, as its own paragraph.
    assert_eq!(ep.turns[5].paragraphs.len(), 2);
    assert_eq!(
        ep.turns[5].paragraphs[1].0,
        vec![Inline::Event("musik".into())]
    );
    // A turn missing from the repeat block is repaired from the vocabulary.
    assert_eq!(ep.turns[6].text(), "Vad är det svåraste med jobbet?");
    // The truncated repeat fixes the start; the rest is repaired, not cut.
    assert!(ep.turns[7]
        .text()
        .starts_with("Att säga nej. Vi har inte plats för alla böcker"));
    assert!(
        ep.turns[7]
            .text()
            .ends_with("bakom sig som ville bli last igen."),
        "{}",
        ep.turns[7].text()
    );
    // The block itself is never output.
    let all: String = ep.turns.iter().map(Turn::text).collect();
    assert_eq!(all.matches("Tack för att du kom hit").count(), 1);
    assert!(!all.contains("s..."));
}

#[test]
fn mismatched_page_warns_and_later_pages_resync() {
    let ep = golden("mismatch.txt");
    let warnings: Vec<&str> = ep
        .diagnostics
        .iter()
        .filter(|d| d.level == Level::Warning)
        .map(|d| d.message.as_str())
        .collect();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].starts_with("page 2: 3 speaker labels but only 1 paragraph(s) found"));
    assert!(warnings[0].contains("dropped PER, EVA"));
    // Page 3 keeps its own speakers: nothing shifted by the bad page.
    assert_eq!(speakers(&ep), ["PER", "EVA", "PER", "EVA", "PER", "EVA"]);
    assert!(ep.turns[4].text().starts_with("Och vad"));
    assert!(ep.turns[5].text().starts_with("Regnet"));
}

fn episode(texts: &[&str]) -> Episode {
    Episode {
        turns: texts
            .iter()
            .map(|t| Turn {
                speaker: "ANNA".into(),
                paragraphs: vec![Paragraph::parse(t)],
                line: 1,
                ..Turn::default()
            })
            .collect(),
        ..Episode::default()
    }
}

#[test]
fn repair_restores_known_words_and_keeps_unknown_ones() {
    let mut vocab = Vocabulary::new();
    vocab.add_text("Det är här vi säger att vården ska vara nära och enkel.");
    vocab.add_word_list("2\nkänna/AB\nöppen\n");
    assert_eq!(vocab.len(), 14);
    let mut ep = episode(&[
        "Det dr hir vi sdger [skratt] att vérden &r ndra.",
        "Kdnna Qzwdk, 6ppen.",
    ]);
    assert!(needs_repair(&ep));
    let n = repair_episode(&mut ep, &vocab);
    assert_eq!(
        ep.turns[0].text(),
        "Det är här vi säger [skratt] att vården är nära."
    );
    assert_eq!(ep.turns[1].text(), "Känna Qzwdk, öppen.");
    assert_eq!(n, 8);
    let last = ep.diagnostics.last().unwrap();
    assert_eq!(
        (last.level, last.message.as_str()),
        (Level::Info, "repaired 8 words misread by OCR")
    );
}

#[test]
fn clean_text_is_left_alone() {
    let mut vocab = Vocabulary::new();
    vocab.add_text("vi har en bok. den här boken är bra. vi har tid.");
    let clean = "Vi har läst boken, den är bra och vi har tid för en till.";
    let mut ep = episode(&[clean; 40]);
    assert!(!needs_repair(&ep));
    assert_eq!(repair_episode(&mut ep, &vocab), 0);
    assert_eq!(ep.turns[0].text(), clean);
    assert!(ep.diagnostics.is_empty());
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    #[test]
    fn never_panics_on_odd_input(text in "( |\t|\n|[A-ZÅÄÖ]{1,6}:|[a-zé&@4610]{1,8}|[.?…\\-\\[\\]]){0,80}") {
        let opts = ReadOptions { format: Some(Format::Columns), ..ReadOptions::default() };
        let _ = read_bytes(text.as_bytes(), Path::new("odd.txt"), &opts);
        let mut vocab = Vocabulary::new();
        vocab.add_text("är här så på då lösning vård");
        let _ = podprint_transcript::ocr::repair_text(&text, &vocab);
        let _ = looks_like_columns(&text);
    }
}
