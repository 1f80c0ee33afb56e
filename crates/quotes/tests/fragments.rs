//! Quotes open on a sentence of their own: a phrase without a verb, a
//! condition without its main clause or a clause in subordinate word order
//! scores as a fragment; a sentence of only a conjunction and fillers ("And,
//! um.") is never part of a quote.

mod common;

use podprint_quotes::{candidates, Quote, QuoteOptions};

fn all_candidates(src: &str) -> Vec<Quote> {
    let f = common::parse(src);
    let series = podprint_transcript::Series {
        meta: Default::default(),
        episodes: vec![f.episode.clone()],
    };
    candidates(&series, &f.episode, &QuoteOptions::default())
}

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
    let all = all_candidates(src);
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
    let all = all_candidates(src);
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
