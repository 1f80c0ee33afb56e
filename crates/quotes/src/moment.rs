//! Told moments: a passage where the speaker tells what happened rather than
//! what they think ("Och då sa hon: ”Nu är det jag som tar hand om dig.”",
//! "And the ring goes flying over the rail. Into the Atlantic. Gone."). Cold
//! opens are often made of them, while the pull-quote score favours general
//! statements; selection keeps a few places for the strongest moments.

use crate::lexicon::{Lexicon, Phrases};
use crate::quote::Feature;
use crate::rhetoric::{is_past, Layout};

/// The signals of a told moment in a quote, as a zero-weight feature (the
/// strength is the number of signals), or `None` when it tells no moment:
/// a narrative (past-tense verbs or a sequence, "och sen", "and then") with
/// at least one of reported speech, a short dramatic sentence, an emotion or
/// a realisation.
pub(crate) fn moment(text: &str, l: &Layout<'_>, lex: &Lexicon) -> Option<(usize, Feature)> {
    let w = l.words;
    let past = w.iter().filter(|x| is_past(x, lex)).count();
    let sequence = l.first_of(lex, Phrases::StorySequence);
    if past < 2 && sequence.is_none() {
        return None;
    }
    let mut signals: Vec<String> = Vec::new();
    if past >= 2 {
        signals.push(format!("{past} past-tense verbs"));
    }
    if let Some(p) = sequence {
        signals.push(format!("\"{p}\""));
    }
    let before = signals.len();
    if reported_speech(text, lex) {
        signals.push("reported speech".into());
    }
    if let Some(s) = l.sentences.iter().skip(1).find(|s| {
        s.len() <= 4
            && w[(*s).clone()]
                .iter()
                .any(|x| crate::words::at_least(x, 4) && !lex.is_stop(x))
    }) {
        signals.push(format!("short sentence \"{}\"", w[s.clone()].join(" ")));
    }
    if let Some(e) = w.iter().find(|x| lex.emotions.contains(x)) {
        signals.push(format!("emotion \"{e}\""));
    }
    if let Some(p) = l.first_of(lex, Phrases::Insight) {
        signals.push(format!("turn \"{p}\""));
    }
    if signals.len() == before {
        return None;
    }
    Some((
        signals.len(),
        Feature {
            name: "moment",
            contribution: 0.0,
            detail: signals.join(", "),
        },
    ))
}

/// Feature name of a quote chosen for a place kept for a told moment.
pub(crate) const PLACE: &str = "moment-place";

/// How strongly `q` tells a moment: its number of moment signals (0 for none).
pub(crate) fn strength(q: &crate::quote::Quote) -> usize {
    q.features
        .iter()
        .find(|f| f.name == "moment")
        .map_or(0, |f| f.detail.split(", ").count())
}

/// Whether the quote re-enacts speech: a verb of saying at most four words
/// before an opening quotation mark, or a colon right before it ("och då sa
/// hon: ”…”", "and she goes, "Honey, …"").
fn reported_speech(text: &str, lex: &Lexicon) -> bool {
    text.match_indices(['"', '”', '“', '«']).any(|(at, _)| {
        let lead = text[..at].trim_end();
        if lead.ends_with(':') {
            return true;
        }
        crate::words::words_lower(lead)
            .iter()
            .rev()
            .take(4)
            .any(|x| lex.speech_verbs.contains(&x.as_str()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::{lowered, word_ranges};
    use podprint_transcript::Lang;

    fn strength(text: &str, lang: &Lang) -> Option<usize> {
        let lex = Lexicon::for_lang(lang);
        let lower = lowered(text);
        let ranges = word_ranges(&lower);
        let w: Vec<&str> = ranges.iter().map(|r| &lower[r.clone()]).collect();
        let l = Layout::new(&lower, &ranges, &w);
        moment(text, &l, lex).map(|(n, _)| n)
    }

    #[test]
    fn a_told_moment_needs_a_narrative_and_something_happening() {
        let sv = Lang::sv();
        assert_eq!(
            strength(
                "Och sen tittade han på mig och sa: ”Nu är det jag som tar hand om dig.” Och jag grät lite.",
                &sv
            ),
            // Past tense, "och sen", speech, a short sentence, an emotion.
            Some(5)
        );
        // An opinion, however strong, is no moment.
        assert_eq!(
            strength("Jag tror att vi måste lyssna mer på dem som bor här.", &sv),
            None
        );
        let en = Lang::en();
        assert_eq!(
            strength(
                "The ring slipped out of the box and went over the rail. Into the sea. Gone.",
                &en
            ),
            // Past tense and a short sentence.
            Some(2)
        );
        // A narrative without a turn, speech, emotion or short sentence.
        assert_eq!(
            strength(
                "We started the pilot in March and we finished it in June with twelve families.",
                &en
            ),
            None
        );
    }
}
