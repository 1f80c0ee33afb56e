//! Quotes open on a sentence of their own: a phrase without a verb, a
//! condition without its main clause or a clause in subordinate word order
//! scores as a fragment; a sentence of only a conjunction and fillers ("And,
//! um.") is never part of a quote.

mod common;

use podprint_quotes::{Quote, QuoteOptions};

fn fragment(all: &[Quote], start: &str) -> Option<String> {
    let q = all.iter().find(|q| q.text.starts_with(start))?;
    Some(
        q.features
            .iter()
            .find(|x| x.name == "fragment")
            .map_or(String::new(), |x| x.detail.clone()),
    )
}

#[test]
fn openings_without_a_sentence_of_their_own_are_fragments() {
    let src = "# id: sv-frag\n# lang: sv\n# speaker: PER | Per | host\n# speaker: EVA | Eva | guest\n\
        PER: Var tar ni upp det?\n\
        EVA: Det har vi pratat om länge, i nätverket för skolchefer som vi har. Att vi borde dela på en gemensam lista över vad som krävs för de vanligaste ärendena.\n\
        PER: Och när fungerar det?\n\
        EVA: Det kan fungera ibland. Om det är en enkel sak. Systemet kan aldrig bedöma kvaliteten i ett underlag, och det är det som är svårt med de obligatoriska fälten.\n\
        PER: Vill folk prata med er?\n\
        EVA: Det är så att de flesta inte vill prata med oss. De flesta som ska bygga ett garage vill inte ha en relation med förvaltningen, de vill ha sitt beslut.\n";
    let all = common::candidates_of(src);
    for (start, why) in [
        ("I nätverket för skolchefer", "no verb"),
        ("Om det är en enkel sak.", "\"om\" clause"),
        ("De flesta inte vill", "subordinate word order"),
    ] {
        let detail = fragment(&all, start).unwrap_or_else(|| panic!("no candidate at {start}"));
        assert!(detail.contains(why), "{start}: {detail:?}");
    }
    // Quotes that open on a whole sentence are no fragments.
    for start in ["Systemet kan aldrig bedöma", "De flesta som ska bygga"] {
        let detail = fragment(&all, start).unwrap_or_else(|| panic!("no candidate at {start}"));
        assert_eq!(detail, "", "{start}");
    }
}

#[test]
fn a_sentence_of_only_a_conjunction_is_left_out() {
    let src = "# id: en-and\n# lang: en\n# speaker: KIM | Kim | host\n# speaker: LEE | Lee | guest\n\
        KIM: Did people want the trees?\n\
        LEE: One neighbour looked at me and said the city only ever shows up with a clipboard and then vanishes for ten years. And, um. Our neighbour had a point about that, honestly, and I told the council so the next morning.\n";
    let all = common::candidates_of(src);
    assert!(all
        .iter()
        .any(|q| q.text.starts_with("One neighbour looked")));
    assert!(all
        .iter()
        .any(|q| q.text.starts_with("Our neighbour had a point")));
    for q in &all {
        assert!(
            !q.text.contains("And.") && !q.text.contains("And, um."),
            "{}",
            q.text
        );
    }
}

#[test]
fn an_editor_pick_loses_its_opening_conjunction_and_keeps_its_cut() {
    // "Och dels måste vi …" becomes "Dels måste vi …": not "Måste vi …",
    // which would read as a question.
    let src = "# id: sv-pick\n# lang: sv\n# speaker: PER | Per | host\n# speaker: EVA | Eva | guest\n\
        TEASER EVA: Och dels måste vi våga prova nya arbetssätt tillsammans med kommunerna.\n\
        TEASER EVA: Eftersom ingen region klarar det här ensam, oavsett hur stor den är.\n\
        PER: Välkommen hit, Eva.\n\
        EVA: Tack. Vi har två spår. Och dels måste vi våga prova nya arbetssätt tillsammans med kommunerna. Eftersom ingen region klarar det här ensam, oavsett hur stor den är.\n";
    let f = common::parse(src);
    let series = podprint_transcript::Series {
        meta: Default::default(),
        episodes: vec![f.episode.clone()],
    };
    let top = podprint_quotes::select(&series, &f.episode, &QuoteOptions::default(), 5);
    let picks: Vec<&Quote> = top.iter().filter(|q| q.editor_pick).collect();
    assert_eq!(picks.len(), 2);
    assert_eq!(
        picks[0].text,
        "Dels måste vi våga prova nya arbetssätt tillsammans med kommunerna."
    );
    assert_eq!(picks[0].removed, vec!["och"]);
    let turn = f.episode.turns[0].text();
    assert_eq!(
        podprint_quotes::reconstruct(&turn, picks[0].span, &picks[0].edits),
        picks[0].text
    );
    // A subordinator is the editors' cut, not a pointer: it stays.
    assert!(
        picks[1].text.starts_with("Eftersom ingen region"),
        "{}",
        picks[1].text
    );
}
