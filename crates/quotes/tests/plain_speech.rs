//! What real editors cut for a cold open is plain speech: short sentences and,
//! about twice as often as the rest of their guests' answers, a negated claim.
//! A negation earns its own feature, and readability (LIX) weighs up to 0.5.

mod common;

use podprint_quotes::Quote;

fn feature(all: &[Quote], start: &str, name: &str) -> Option<(f64, String)> {
    let q = all
        .iter()
        .find(|q| q.text.starts_with(start))
        .unwrap_or_else(|| panic!("no candidate at {start}"));
    q.features
        .iter()
        .find(|x| x.name == name)
        .map(|x| (x.contribution, x.detail.clone()))
}

#[test]
fn a_negated_claim_is_a_feature_in_both_languages() {
    let sv =
        "# id: sv-neg\n# lang: sv\n# speaker: PER | Per | host\n# speaker: EVA | Eva | guest\n\
        PER: Hur gick det sen?\n\
        EVA: Vi kan inte vänta på att någon annan ska lösa det här åt oss i kommunen.\n\
        PER: Och nästa steg?\n\
        EVA: Vi har bestämt oss för att börja med de äldre på landsbygden redan i höst.\n";
    let all = common::candidates_of(sv);
    assert_eq!(
        feature(&all, "Vi kan inte vänta", "negation"),
        Some((0.1, "inte".to_string()))
    );
    assert_eq!(feature(&all, "Vi har bestämt", "negation"), None);

    let en =
        "# id: en-neg\n# lang: en\n# speaker: KIM | Kim | host\n# speaker: LEE | Lee | guest\n\
        KIM: What happened next?\n\
        LEE: We can't wait for somebody else to sort this out for the people in our town.\n\
        KIM: And the next step?\n\
        LEE: We have decided to start with the older people out in the villages this autumn.\n";
    let all = common::candidates_of(en);
    assert_eq!(
        feature(&all, "We can't wait", "negation"),
        Some((0.1, "can't".to_string()))
    );
    assert_eq!(feature(&all, "We have decided", "negation"), None);
}

#[test]
fn plain_short_sentences_earn_up_to_half_a_point_of_readability() {
    let sv = "# id: sv-plain\n# lang: sv\n# speaker: PER | Per | host\n# speaker: EVA | Eva | guest\n\
        PER: Hur var det?\n\
        EVA: Vi gick dit. Vi satt ner. Vi frågade dem vad de ville ha av oss, och de sa det rakt ut.\n";
    let all = common::candidates_of(sv);
    let (c, detail) = feature(&all, "Vi gick dit", "readability").expect("readability");
    assert!(detail.starts_with("LIX"), "{detail}");
    assert!((c - 0.5).abs() < 1e-9, "{c}");
}
