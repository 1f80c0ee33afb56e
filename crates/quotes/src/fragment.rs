//! First sentences that are no sentence of their own, so the quote opening on
//! them leans on what came before: a dependent clause alone ("Medan
//! brudkronan ligger kvar.", "If you only ever look at the symptom."), a
//! phrase without a finite verb ("I nätverket för chefer som vi har.", "Every
//! day.") or a clause in subordinate word order ("De flesta inte vill …", cut
//! out of "… att de flesta inte vill …").
//!
//! Telling a finite verb by its form is rough; every rule errs towards
//! finding a verb, so a sentence is called a fragment only when nothing in it
//! looks like one.

use crate::lexicon::Lexicon;
use crate::rhetoric::Layout;

/// Why the first sentence of `l` is a fragment, if it is one.
pub(crate) fn opening(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    dependent_opening(l, lex)
        .or_else(|| verbless_opening(l, lex))
        .or_else(|| subordinate_order(l, lex))
}

/// A first sentence that is only a dependent clause: a subordinator with no
/// main clause after a break ("Medan brudkronan ligger kvar i en låda.",
/// "Because nobody asked."), a condition with no main clause ("Om det är en
/// enkel sak.", "If you only ever look at the symptom."), a question word
/// after a preposition ("Om hur det var att …", "About what …") or a bare
/// question-word clause ("What the plan is, and who to contact, …").
fn dependent_opening(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    let s = l.sentences.first()?;
    let first = w[s.start];
    // A main clause follows a break ("Eftersom X, så Y", "Because X, Y").
    let main_after_break = || (s.start + 2..s.end.saturating_sub(2)).any(|k| l.breaks[k]);
    if lex.subordinators.contains(&first) {
        return (!main_after_break()).then(|| format!("only a \"{first}\" clause"));
    }
    let second = w.get(s.start + 1).copied()?;
    if lex.wh_prepositions.contains(&first) && lex.wh.contains(&second) {
        return Some(format!("starts with \"{first} {second}\""));
    }
    if condition(&w[s.clone()], lex) {
        // The main clause may follow without a comma: after "så"/"then", or
        // as a second finite verb ("Om jag hade vetat det hade jag …", "If
        // you build it they will come").
        let words = &w[s.clone()];
        let then = words[1..].iter().any(|x| lex.clause.then.contains(x));
        let verbs = main_verbs(words, &l.breaks[s.clone()], lex);
        return (!main_after_break() && !then && verbs <= 1)
            .then(|| format!("only an \"{first}\" clause"));
    }
    if lex.wh.contains(&first) {
        // The clause's verb right before a break or the end: "what the plan
        // is, …".
        let end = (s.start + 2..s.end).find(|&k| l.breaks[k]).unwrap_or(s.end);
        if end - s.start <= 6 && lex.aux.contains(&w[end - 1]) {
            return Some(format!("only a \"{first}\" clause"));
        }
        // Swedish: an indirect question, subject before verb, with no main
        // clause after it ("Vad vi ska göra framöver med allt det här.", cut
        // out of "… vi pratade om vad vi ska göra …"); a pseudo-cleft has one
        // ("Vad vi behöver är tid.").
        let words = &w[s.clone()];
        if lex.is_swedish()
            && words.len() >= 4
            && lex.clause.subjects.contains(&words[1])
            && finite(words, 2, lex, false)
            && !main_after_break()
            && verbs_outside_relatives(&words[2..], &l.breaks[s.start + 2..s.end], lex, true)
                .next()
                .is_none()
        {
            return Some(format!("only a \"{first}\" clause"));
        }
    }
    None
}

/// Whether sentence `words` opens on a condition ("om", "if"); Swedish "om"
/// before a number is a preposition of time ("Om tio år ska …").
fn condition(words: &[&str], lex: &Lexicon) -> bool {
    let Some(&first) = words.first() else {
        return false;
    };
    let time = lex.is_swedish()
        && first == "om"
        && words
            .get(1)
            .is_some_and(|x| lex.clause.numerals.contains(x));
    lex.conditionals.contains(&first) && !time
}

/// A first sentence opening on a preposition or a determiner with no finite
/// verb outside its relative clauses ("I stället för att titta på personen.",
/// "En kollega som täcker upp.", "The best bit."). A relative word's clause
/// takes the first finite verb after it; a later one is the sentence's ("Det
/// enda som spelar roll är tillit.").
fn verbless_opening(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let s = l.sentences.first()?;
    let words = &l.words[s.clone()];
    let first = *words.first()?;
    // A condition is judged as one ([`dependent_opening`]).
    if condition(words, lex) {
        return None;
    }
    let preposition = lex.clause.prepositions.contains(&first);
    if !preposition && !lex.clause.determiners.contains(&first) {
        return None;
    }
    // After a fronted adverbial a Swedish verb comes second, its subject
    // after it: a plural noun in -r is no verb there ("I nätverket för
    // bygglovschefer som …").
    let strict = preposition && lex.is_swedish();
    (verbs_outside_relatives(words, &l.breaks[s.clone()], lex, strict)
        .next()
        .is_none())
    .then(|| format!("no verb after \"{first}\""))
}

/// How many finite verbs `words` (a sentence) has outside relative and
/// question-word clauses ("Om man inte förstår vad det är" has one).
fn main_verbs(words: &[&str], breaks: &[bool], lex: &Lexicon) -> usize {
    verbs_outside_relatives(words, breaks, lex, false).count()
}

/// The finite verbs of `words` after the first word, except the first one
/// after each relative or question word, which is its clause's (unless a
/// break ends that clause first). `breaks[k]`: a comma or the like before
/// word `k`.
fn verbs_outside_relatives<'a>(
    words: &'a [&'a str],
    breaks: &'a [bool],
    lex: &'a Lexicon,
    strict: bool,
) -> impl Iterator<Item = usize> + 'a {
    let mut relative = false;
    (1..words.len()).filter(move |&k| {
        if breaks[k] {
            relative = false;
        }
        // A verb first: Swedish "var" is "was" as often as "where".
        if finite(words, k, lex, strict) {
            return !std::mem::replace(&mut relative, false);
        }
        // After a preposition "that" is a pronoun ("all of that is").
        let after_preposition = lex.clause.prepositions.contains(&words[k - 1]);
        if (lex.clause.relatives.contains(&words[k]) || lex.wh.contains(&words[k]))
            && !after_preposition
        {
            relative = true;
        }
        false
    })
}

/// A Swedish first sentence in subordinate word order: a subject, then a
/// negation, then the finite verb ("De flesta inte vill prata med oss.", "Det
/// värsta inte var att vänta."): a clause cut out after "att" or "som". In a
/// main clause the verb comes before the negation ("De flesta vill inte …").
fn subordinate_order(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    if !lex.is_swedish() {
        return None;
    }
    let s = l.sentences.first()?;
    let words = &l.words[s.clone()];
    // The subject: a noun phrase, not a conjunction ("om man inte frågar …"
    // is a condition).
    let first = *words.first()?;
    if lex.is_stop(first) && !lex.clause.subjects.contains(&first)
        || lex.subordinators.contains(&first)
    {
        return None;
    }
    let k = (1..words.len().saturating_sub(1).min(4))
        .find(|&k| matches!(words[k], "inte" | "aldrig"))?;
    // Inside a relative clause the order is right ("De som inte fick …").
    if words[..k].iter().any(|x| lex.clause.relatives.contains(x)) {
        return None;
    }
    let before_verbless = (0..k).all(|j| !finite(words, j, lex, false));
    (before_verbless && finite(words, k + 1, lex, false))
        .then(|| format!("\"{} {}\": subordinate word order", words[k], words[k + 1]))
}

/// Whether `words[k]` looks like a finite verb. `strict` (Swedish, after a
/// fronted adverbial): a word in -r counts only with its subject right after
/// it, perhaps behind a modal particle ("i dag jobbar faktiskt alla …").
fn finite(words: &[&str], k: usize, lex: &Lexicon, strict: bool) -> bool {
    let w = words[k];
    if lex.is_listed_verb(w) || lex.copulas.contains(&w) {
        return true;
    }
    let n = w.chars().count();
    let prev = k.checked_sub(1).map(|j| words[j]);
    if !lex.is_swedish() {
        if ["'s", "'re", "'ve", "'d", "'ll", "'m", "n't"]
            .iter()
            .any(|c| w.ends_with(c))
        {
            return true;
        }
        // After a subject pronoun ("we know", "people need") or a relative
        // word ("that matters", "who work").
        if prev
            .is_some_and(|p| lex.clause.subjects.contains(&p) || lex.clause.relatives.contains(&p))
            && !lex.particles.contains(&w)
            && !lex.clause.relatives.contains(&w)
            && !lex.clause.determiners.contains(&w)
            && !lex.clause.subjects.contains(&w)
        {
            return true;
        }
    }
    if lex.is_stop(w) {
        return false;
    }
    if lex.is_swedish() {
        // Past tense ("ringde", "visste"), not present participles ("-ande")
        // or "-ete" nouns ("arbete"); the passive of either ("ändrades").
        let past = |x: &str| {
            (x.ends_with("de") && !x.ends_with("ande") && !x.ends_with("ende"))
                || (x.ends_with("te") && !x.ends_with("ete"))
        };
        if n >= 4 && (past(w) || w.strip_suffix('s').is_some_and(past)) {
            return true;
        }
        // The passive: "-as" ("räknas"), or "-s" on a stem ("byggs",
        // "hörs"), not a genitive ("kommunens", "landets", "barnens").
        if n >= 5 && w.ends_with("as") {
            return true;
        }
        if n >= 4
            && w.ends_with('s')
            && !["ens", "ets", "nas", "ss", "ns", "rs"]
                .iter()
                .any(|g| w.ends_with(g))
        {
            return true;
        }
        if n >= 4 && w.ends_with("rs") && finite(&[&w[..w.len() - 1]], 0, lex, false) {
            return true;
        }
        if n >= 3 && w.ends_with('r') {
            if !strict {
                // Right after an article or a possessive it is a noun ("ett
                // nummer"); after a pronoun, a verb ("det handlar").
                return !prev.is_some_and(|p| {
                    lex.clause.determiners.contains(&p) && !lex.clause.subjects.contains(&p)
                });
            }
            let mut next = words[k + 1..].iter();
            let subject = |x: &&str| {
                lex.clause.subjects.contains(x)
                    || (x.chars().count() >= 4 && (x.ends_with("en") || x.ends_with("et")))
            };
            return match next.next() {
                Some(x) if lex.particles.contains(x) => next.next().is_some_and(subject),
                Some(x) => subject(x),
                None => false,
            };
        }
        false
    } else {
        if n >= 4 && w.ends_with("ed") {
            return true;
        }
        // A verb in -s after its subject ("the road floods"), not a plural
        // after a determiner ("a few things").
        n >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && prev.is_some_and(|p| !lex.clause.determiners.contains(&p) && !lex.is_stop(p))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rhetoric::with;
    use podprint_transcript::Lang;

    /// `opening` flags every sentence of `fragments` and none of `whole`.
    fn check(fragments: &[(&str, &Lang)], whole: &[(&str, &Lang)]) {
        for (text, lang) in fragments {
            assert!(with(text, lang, opening).is_some(), "{text}");
        }
        for (text, lang) in whole {
            assert!(with(text, lang, opening).is_none(), "{text}");
        }
    }

    #[test]
    fn a_dependent_clause_alone_is_a_fragment() {
        let sv = Lang::sv();
        let en = Lang::en();
        check(
            &[
                ("Medan brudkronan ligger kvar i en låda i hundra år.", &sv),
                ("Om hur det var att vara kvinna i ledningen.", &sv),
                (
                    "What the plan is, and who to contact, before it runs out.",
                    &en,
                ),
                ("Because nobody had asked them before the move.", &en),
            ],
            &[
                ("Eftersom ingen frågar, så säger ingen något heller.", &sv),
                ("Om man inte frågar så får man inga svar.", &sv),
                ("What matters is that people are asked first.", &en),
                ("Because nobody asked, nobody told us anything.", &en),
            ],
        );
    }

    #[test]
    fn an_indirect_question_alone_is_a_fragment() {
        let sv = Lang::sv();
        check(
            &[
                (
                    "Vad vi ska göra framöver med alla de här sakerna. Det blir bra.",
                    &sv,
                ),
                ("Hur man tar hand om varandra på en liten ort.", &sv),
            ],
            &[
                ("Vad vi behöver är tid och folk som stannar kvar.", &sv),
                ("Hur man tar hand om varandra, det avgör allt.", &sv),
            ],
        );
    }

    #[test]
    fn a_condition_without_its_main_clause_is_a_fragment() {
        let sv = Lang::sv();
        let en = Lang::en();
        check(
            &[
                ("Om det är en enkel sak. Men sen blir det svårt.", &sv),
                ("Om inte familjen samtycker. Då får vi vänta.", &sv),
                (
                    "If you only ever look at the symptom. You miss the cause.",
                    &en,
                ),
                ("Unless families trust the school.", &en),
                ("Om man inte förstår vad det är. Då blir det fel.", &sv),
            ],
            &[
                ("Om man inte frågar så får man inga svar.", &sv),
                ("Om jag hade vetat det hade jag aldrig börjat.", &sv),
                ("När man ändrar hela flödet rubbar man det.", &sv),
                ("If you build it they will come.", &en),
                ("Om tio år ska sjukhuset vara klart.", &sv),
                ("If nobody asks, nobody tells.", &en),
            ],
        );
    }

    #[test]
    fn a_phrase_without_a_verb_is_a_fragment() {
        let sv = Lang::sv();
        let en = Lang::en();
        check(
            &[
                ("I nätverket för skolchefer som vi har. Där pratar vi.", &sv),
                ("I stället för att titta på personen.", &sv),
                ("En granne som hjälper till. Det räcker långt.", &sv),
                ("Ett nummer till någon som man kan ringa.", &sv),
                ("Det mesta, ja.", &sv),
                ("Every day. We open at eight.", &en),
                ("The best bit.", &en),
                ("A few things.", &en),
                ("Your personal medication list.", &en),
            ],
            &[
                ("I Sverige finns inga vulkaner.", &sv),
                ("I slutändan handlar det om tillit.", &sv),
                ("Med tiden växer förtroendet.", &sv),
                ("I dag jobbar faktiskt alla hemifrån.", &sv),
                ("Under pandemin jobbade vi hemifrån.", &sv),
                ("Det enda som spelar roll är tillit.", &sv),
                ("Varje dag räknas.", &sv),
                ("Det ändrades över en natt.", &sv),
                ("Det som byggs nu håller i hundra år.", &sv),
                ("Om man visar dem varför, då förstår de.", &sv),
                (
                    "I en kommun som vår, med många invånare, så handlar det om pengar.",
                    &sv,
                ),
                ("På morgonen, med kaffet, kände jag mig kall.", &sv),
                ("De som jobbar här vet det.", &sv),
                ("Det handlar om scheman och bemanning.", &sv),
                ("De flesta som blir arga, de ber om ursäkt.", &sv),
                ("In a small town, everyone hears about it.", &en),
                ("The thing that matters is trust.", &en),
                ("The road floods every spring.", &en),
                ("A shortage doesn't announce itself.", &en),
                ("Most of them, we would never have funded.", &en),
                ("Without trust, nothing works.", &en),
                ("All of that is good.", &en),
                ("After that he was our biggest supporter.", &en),
            ],
        );
    }

    #[test]
    fn a_negation_before_the_verb_is_subordinate_order() {
        let sv = Lang::sv();
        check(
            &[
                ("De flesta inte vill prata med oss.", &sv),
                ("Det värsta inte var att vänta.", &sv),
            ],
            &[
                ("De flesta vill inte prata med oss.", &sv),
                ("Det värsta var inte att vänta.", &sv),
                ("Jag tror inte det.", &sv),
                ("Inte i det som står.", &sv),
                ("De som inte fick ut något, det var inte tekniken.", &sv),
            ],
        );
    }
}
