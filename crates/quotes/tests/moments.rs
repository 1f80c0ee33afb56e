//! Told moments: of every five places in the list one goes to the strongest
//! story moment (a narrative with speech, a turn or an emotion) when the
//! general statements would fill the list otherwise; the editors' Markdown
//! says so.

mod common;

use podprint_quotes::{select, to_markdown, QuoteOptions};
use podprint_transcript::{Series, SeriesMeta};

/// A guest with many general statements and one told moment, which on its
/// pull-quote score alone would not make the list.
const SRC: &str = "# id: sv-moment\n# lang: sv\n# title: Nattpatrullen\n\
# speaker: PER | Per | host\n# speaker: EVA | Eva | guest\n# speaker: ALI | Ali | guest\n\
PER: Vad är det viktigaste i ert arbete?\n\
EVA: Det viktigaste är inte att vi hinner många besök, det viktigaste är att varje besök blir på riktigt. Vi måste alltid se människan före schemat.\n\
PER: Hur ser ni på tekniken?\n\
ALI: Tekniken ska ge oss mer tid hos människan, inte mindre. Om man glömmer det så har man byggt för systemet och inte för brukaren.\n\
PER: Och personalen?\n\
EVA: Den som jobbar natt behöver veta att någon lyssnar. Tillit är inte något man beställer, det är något man bygger varje natt.\n\
PER: Vad har ni lärt er?\n\
ALI: Man kan inte planera bort ensamhet med ett schema. Det handlar om att vi faktiskt stannar kvar när det behövs, inte bara tittar in.\n\
PER: Vad krävs av ledningen?\n\
EVA: Vi behöver chefer som vågar lita på personalen. Det går inte att styra omsorg med minuter, det går bara att styra den med förtroende.\n\
PER: Berätta om en natt du minns.\n\
ALI: Jag kom in till en man som inte ville ha hjälp av mig. Och sen satt vi där i köket klockan tre och han sa: ”Nu är det jag som bjuder på kaffe.” Och jag grät lite i bilen efteråt.\n\
PER: Något sista ord?\n\
EVA: Alla som jobbar här gör skillnad varje natt. Vi måste bli bättre på att säga det högt, inte bara tänka det.\n";

#[test]
fn a_told_moment_gets_a_place_of_its_own() {
    let f = common::parse(SRC);
    let series = Series {
        meta: SeriesMeta {
            title: "Omsorgspodden".into(),
            ..Default::default()
        },
        episodes: vec![f.episode.clone()],
    };
    let opts = QuoteOptions::default();
    let is_moment = |q: &podprint_quotes::Quote| q.text.contains("bjuder på kaffe");

    // Five places: one is kept for the moment, and it says so.
    let five = select(&series, &f.episode, &opts, 5);
    assert_eq!(five.len(), 5);
    let m = five
        .iter()
        .find(|q| is_moment(q))
        .expect("the moment is listed");
    let place = m.features.iter().find(|x| x.name == "moment-place");
    assert!(place.is_some(), "{:?}", m.features);
    let md = to_markdown(&series.meta, &f.episode, &five);
    assert!(md.contains("Ett berättat ögonblick"), "{md}");

    // Four places keep none: the moment's own score does not reach them.
    let four = select(&series, &f.episode, &opts, 4);
    assert!(
        !four.iter().any(is_moment),
        "{:?}",
        four.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
    assert!(four
        .iter()
        .all(|q| q.features.iter().all(|x| x.name != "moment-place")));
}
