//! Rhetorical patterns, found sentence by sentence inside a quote: contrast
//! ("inte … utan", "X isn't A, it's B"), equative comparison ("så … som",
//! "as … as"), quantified clefts ("det är få … som", "it's rarely … that") and
//! conditional rules ("om man …", "if you …"). Each returns the matched
//! pattern for `--explain`.

use std::cell::OnceCell;
use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use crate::corpus::Fnv;
use crate::lexicon::{Lexicon, Phrases};
use crate::words::{at_least, find_phrase, starts_with_phrase};

/// The words of a quote split into sentences, with the clause breaks.
pub(crate) struct Layout<'a> {
    /// Lower-case words.
    pub words: &'a [&'a str],
    /// Word-index ranges of the sentences.
    pub sentences: Vec<Range<usize>>,
    /// `breaks[i]`: a comma, semicolon, colon or dash comes right before word `i`.
    pub breaks: Vec<bool>,
    /// The distinct words, for quick look-ups.
    pub present: HashSet<&'a str, BuildHasherDefault<Fnv>>,
    /// The phrases of the lexicon's lists in the text (see [`Layout::found`]),
    /// looked up on first use.
    found: OnceCell<Vec<(Phrases, usize, usize)>>,
}

impl<'a> Layout<'a> {
    /// Lay out `words` (slices of `lower` at `ranges`).
    pub fn new(lower: &str, ranges: &[Range<usize>], words: &'a [&'a str]) -> Self {
        let mut sentences = Vec::new();
        let mut breaks = Vec::with_capacity(words.len());
        let mut start = 0;
        for (i, r) in ranges.iter().enumerate() {
            let gap = if i == 0 {
                ""
            } else {
                &lower[ranges[i - 1].end..r.start]
            };
            // Most gaps are one space: neither an end nor a break.
            if gap == " " {
                breaks.push(false);
                continue;
            }
            if i > 0 && gap.contains(['.', '!', '?']) {
                sentences.push(start..i);
                start = i;
            }
            breaks.push(gap.contains([',', ';', ':', '–', '—']) || gap.contains(" - "));
        }
        if start < words.len() {
            sentences.push(start..words.len());
        }
        Layout {
            words,
            sentences,
            breaks,
            present: words.iter().copied().collect(),
            found: OnceCell::new(),
        }
    }

    /// The phrases of the list `which` in the text, in list order: each
    /// phrase's place in the list and the word where it first occurs.
    pub fn found(
        &self,
        lex: &Lexicon,
        which: Phrases,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        let all = self
            .found
            .get_or_init(|| lex.phrase_index().find_all(self.words));
        let a = all.partition_point(|x| x.0 < which);
        let b = all.partition_point(|x| x.0 <= which);
        all[a..b].iter().map(|&(_, k, i)| (k, i))
    }

    /// The first phrase of the list `which` (in list order) found in the text.
    pub fn first_of(&self, lex: &Lexicon, which: Phrases) -> Option<&'static str> {
        self.found(lex, which)
            .next()
            .map(|(k, _)| which.list(lex)[k])
    }

    /// Whether a sentence (other than the first) starts at word `i`.
    pub fn sentence_starts_at(&self, i: usize) -> bool {
        i > 0 && self.sentences.iter().any(|s| s.start == i)
    }

    /// Where the phrase `p` first occurs, looked for only when all its words
    /// are in the text.
    pub fn find(&self, p: &str) -> Option<usize> {
        if p.split(' ').all(|w| self.present.contains(w)) {
            find_phrase(self.words, p)
        } else {
            None
        }
    }

    /// Sentence `s` without up to one lead word that points back ("och", "and").
    fn head(&self, s: &Range<usize>, lex: &Lexicon) -> usize {
        match self.words.get(s.start) {
            Some(w) if lex.pointers_trim.contains(w) && s.len() > 1 => s.start + 1,
            _ => s.start,
        }
    }
}

/// Paired contrast inside one sentence: ("inte", "utan"), ("not", "but"), or a
/// single phrase ("snarare än", "rather than"); or, where the language has a
/// correction opener, a negated sentence corrected by the next ("Inte i det
/// som står. Utan i det som ingen har skrivit.").
pub(crate) fn paired_contrast(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    if let Some(d) = corrected_sentence(l, lex) {
        return Some(d);
    }
    let heads: Vec<&(&str, &str)> = lex
        .contrast
        .iter()
        .filter(|(a, _)| a.split(' ').all(|x| l.present.contains(x)))
        .collect();
    if heads.is_empty() {
        return None;
    }
    for s in &l.sentences {
        let w = &l.words[s.clone()];
        for (a, b) in heads.iter().copied() {
            let Some(i) = find_phrase(w, a) else { continue };
            if b.is_empty() {
                return Some((*a).to_string());
            }
            if find_phrase(&w[i + 1..], b).is_some() {
                return Some(format!("{a} … {b}"));
            }
        }
    }
    None
}

/// A sentence opening with the correction opener ("Utan …"), not as the
/// preposition before a clause ("Utan att …"), right after a negated sentence.
fn corrected_sentence(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let opener = lex.correction_opener?;
    if !l.present.contains(opener) {
        return None;
    }
    let w = l.words;
    l.sentences.windows(2).find_map(|pair| {
        let (before, after) = (&pair[0], &pair[1]);
        let opens = w.get(after.start) == Some(&opener)
            && w.get(after.start + 1) != Some(&lex.complementizer)
            && after.len() > 1;
        (opens && w[before.clone()].iter().any(|x| is_negation(x, lex)))
            .then(|| format!("… {opener} …"))
    })
}

/// Antithesis: two opposed evaluations in the quote, in order, possibly in two
/// sentences ("Det lätta är att börja. Det svåra är att fortsätta.").
pub(crate) fn antithesis(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    lex.antithesis.iter().find_map(|(a, b)| {
        let i = l.find(a)?;
        find_phrase(&l.words[i + 1..], b)?;
        Some(format!("{a} … {b}"))
    })
}

/// Parallel contrast: a negated clause, a break, then a clause whose subject
/// pronoun repeats the verb ("Föräldrar är inte motståndare, de är …",
/// "it wasn't A, it was B", "they don't need A, they need B", "Förändringen
/// kräver egentligen inte A, den kräver B").
pub(crate) fn parallel_contrast(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    let contracted = || w.iter().any(|x| x.ends_with("n't"));
    if !lex.negations.iter().any(|n| l.present.contains(n)) && !contracted() {
        return None;
    }
    for (si, s) in l.sentences.iter().enumerate() {
        for n in s.clone() {
            if !is_negation(w[n], lex) {
                continue;
            }
            // A break after the negation inside the sentence (the first that
            // opens a parallel clause: an aside may come first, as in "det
            // svåra är inte A, alltså det löser sig, det svåra är B") or, after
            // a short negated sentence, the start of the next one ("X isn't A.
            // It's B.", "Vi letar inte efter A. Vi letar efter B.").
            // A longer negated sentence counts when the next one opens with
            // its subject ("I don't want to build A … . I want to know B.").
            let same_subject = |t: &&Range<usize>| {
                [n.wrapping_sub(1), n.wrapping_sub(2)].into_iter().any(|k| {
                    k >= s.start
                        && k < n
                        && lex.parallel_subjects.contains(&w[k])
                        && w[k] == w[t.start]
                })
            };
            let next = l
                .sentences
                .get(si + 1)
                .filter(|t| s.end - n <= 12 || (s.end - n <= 25 && same_subject(t)));
            let opens = (n + 1..s.end)
                .filter(|&k| l.breaks[k])
                .map(|c| (c, s.end))
                .chain(next.map(|t| (t.start, t.end)));
            // The finite verb next to the negation ("är inte", "don't need",
            // "wasn't") is repeated right after the new subject.
            let after = if lex.verb_after_negation { n + 1 } else { n };
            // The subject next to the verb of the negated clause ("man är
            // aldrig", "we're not"); a pronoun there must come back in a next
            // sentence ("Det är inte A. Det är B.", not "Man är aldrig ensam.
            // Det är det viktigaste.").
            let pronoun: Vec<&str> = [n.wrapping_sub(1), n.wrapping_sub(2)]
                .into_iter()
                .filter(|&k| k >= s.start && k < n)
                .map(|k| w[k])
                .filter(|x| lex.parallel_subjects.contains(x))
                .collect();
            for (c, end) in opens {
                if !lex.parallel_subjects.contains(&w[c]) && verb_of(w[c]).is_none() {
                    continue;
                }
                if c >= s.end && !pronoun.is_empty() && !pronoun.contains(&w[c]) {
                    continue;
                }
                // The verb may stand one adverb before the negation
                // ("kräver egentligen inte", "is really not").
                let left: Vec<&str> = [n.wrapping_sub(2), n.wrapping_sub(1), n, after]
                    .into_iter()
                    .filter(|&k| k >= s.start && k < c)
                    .filter_map(|k| verb_of(w[k]).or((k != n).then_some(w[k])))
                    .filter(|x| !lex.parallel_subjects.contains(x) && !is_negation(x, lex))
                    .collect();
                // The verb right after the subject, or after a two-word one
                // ("det svåra är").
                let right = verb_of(w[c])
                    .into_iter()
                    .chain((c + 1..end.min(c + 3)).map(|k| w[k]));
                for v in right {
                    if left.contains(&v) {
                        return Some(format!("{} …, {} … {v}", w[n], w[c]));
                    }
                }
            }
        }
    }
    correction(l, lex)
}

/// A denial corrected by the next sentence ("Det är inte så att det blir
/// mindre struktur. Det blir en annan sorts struktur.", "It's not that people
/// don't care. They don't know where to start.").
pub(crate) fn denial(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    l.sentences.windows(2).find_map(|pair| {
        let (s, t) = (&pair[0], &pair[1]);
        let h = l.head(s, lex);
        let p = lex
            .denials
            .iter()
            .find(|p| starts_with_phrase(&l.words[h..s.end], p))?;
        (t.len() >= 3 && s.end - h >= p.split(' ').count() + 2).then(|| format!("{p} …. …"))
    })
}

/// Chiasmus: two content words that come back in reverse order, in two
/// phrases of the same shape ("a technical problem with a social side, … a
/// social problem with a technical side", "anpassa människan efter systemet,
/// utan systemet efter människan").
pub(crate) fn chiasmus(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    /// Most words from one of the pair to the other.
    const SPAN: usize = 5;
    let w = l.words;
    let content: Vec<usize> = (0..w.len())
        .filter(|&i| at_least(w[i], 4) && !lex.is_stop(w[i]))
        .collect();
    // Both words of the pair come back: without two repeated words, no
    // chiasmus (most quotes stop here).
    let mut sorted: Vec<&str> = content.iter().map(|&i| w[i]).collect();
    sorted.sort_unstable();
    let (mut repeated, mut last) = (0, "");
    for p in sorted.windows(2) {
        if p[0] == p[1] && p[0] != last {
            repeated += 1;
            last = p[0];
        }
    }
    if repeated < 2 {
        return None;
    }
    // A break or a new sentence between words `j` and `k`.
    let broken = |j: usize, k: usize| (j + 1..=k).any(|x| l.breaks[x] || l.sentence_starts_at(x));
    for (x, &i) in content.iter().enumerate() {
        for &j in content[x + 1..].iter().take_while(|&&j| j - i <= SPAN) {
            if w[i] == w[j] {
                continue;
            }
            // The mirrored phrase as long as the first, give or take a word,
            // after a break ("…, it's a social problem with …").
            let reversed = content
                .iter()
                .filter(|&&k| k > j && k <= j + 12 && w[k] == w[j] && broken(j, k))
                .any(|&k| {
                    content.iter().any(|&m| {
                        m > k && m - k <= SPAN && (m - k).abs_diff(j - i) <= 1 && w[m] == w[i]
                    })
                });
            if reversed {
                return Some(format!("{} … {} … {} … {}", w[i], w[j], w[j], w[i]));
            }
        }
    }
    None
}

/// Isocolon: the alternative after a negation repeats the frame of the first
/// half, word for word ("styrt på det som är lätt att räkna, inte på det som
/// är viktigast", "built for the system and not for the people"). At least
/// two words, found in the twelve before the negation.
pub(crate) fn isocolon(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    for s in &l.sentences {
        for n in s.start + 2..s.end.saturating_sub(2) {
            if !is_negation(w[n], lex) {
                continue;
            }
            let before = &w[n.saturating_sub(12).max(s.start)..n];
            // The frame may come a verb after the negation ("att bo kvar
            // hemma ska inte betyda att bo kvar hemma ensam").
            for off in 0..=1 {
                let after = &w[(n + 1 + off).min(s.end)..s.end.min(n + 7 + off)];
                let longest = (2..=after.len())
                    .rev()
                    .find(|&k| before.windows(k).any(|x| x == &after[..k]));
                if let Some(k) = longest {
                    let frame = after[..k].join(" ");
                    if frame.chars().count() >= 5 {
                        return Some(format!("{frame} …, {} … {frame} …", w[n]));
                    }
                }
            }
        }
    }
    None
}

/// The noun of a statement taken up after "men"/"but" and denied ("vi har
/// haft patienten i centrum i varje dokument, men patienten har inte varit
/// med", "we put the patient at the centre, but the patient wasn't there").
pub(crate) fn but_not_the_same(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    let but = lex.but;
    for s in &l.sentences {
        for b in s.start + 3..s.end.saturating_sub(3) {
            if w[b] != but {
                continue;
            }
            // "men patienten", "but the patient".
            let k = if ["the", "a"].contains(&w[b + 1]) {
                b + 2
            } else {
                b + 1
            };
            let noun = w[k];
            let denied = (k + 1..s.end.min(k + 4)).any(|j| is_negation(w[j], lex));
            if denied
                && at_least(noun, 4)
                && !lex.is_stop(noun)
                && !lex.parallel_subjects.contains(&noun)
                && w[s.start..b].contains(&noun)
            {
                return Some(format!("{noun} …, {but} {noun} … {}", lex.negations[0]));
            }
        }
    }
    None
}

/// Two clauses with the same subject joined by "men"/"but", the second taking
/// up a content word of the first ("vi kan läsa brev från 1600-talet, men vi
/// har svårt att läsa filer från 90-talet").
pub(crate) fn parallel_but(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    let but = lex.but;
    if !l.present.contains(but) {
        return None;
    }
    for s in &l.sentences {
        let h = l.head(s, lex);
        let subject = w[h];
        if !lex.parallel_subjects.contains(&subject) {
            continue;
        }
        for b in h + 3..s.end.saturating_sub(3) {
            if w[b] != but || !l.breaks[b] || w[b + 1] != subject {
                continue;
            }
            let content = |x: &&&str| at_least(x, 4) && !lex.is_stop(x);
            let stem = |x: &str| x.chars().take(4).collect::<String>();
            let left: Vec<String> = w[h + 1..b]
                .iter()
                .filter(content)
                .map(|x| stem(x))
                .collect();
            if let Some(x) = w[b + 2..s.end]
                .iter()
                .filter(content)
                .find(|x| left.contains(&stem(x)))
            {
                return Some(format!("{subject} …, {but} {subject} … {x}"));
            }
        }
    }
    None
}

/// Pronouns that can take up a noun phrase ("it", "they", "den", "de").
const THIRD_PERSON: &[&str] = &["it", "it's", "they", "they're", "det", "den", "de", "dom"];

/// A short negated statement about a noun phrase, corrected by the next
/// sentence with a pronoun for it and another verb ("A shortage doesn't
/// announce itself. It shows up as …", "Skulden syns inte. Den växer …").
fn correction(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    l.sentences.windows(2).find_map(|pair| {
        let (s, t) = (&pair[0], &pair[1]);
        let h = l.head(s, lex);
        let negated = (h + 1..s.end).find(|&k| is_negation(w[k], lex))?;
        let noun_subject = lex.generic_determiners.contains(&w[h])
            || ["the", "a", "an"].contains(&w[h])
            || !(lex.is_stop(w[h]) || lex.parallel_subjects.contains(&w[h]));
        let pronoun = w[t.start];
        // Taken up by a pronoun, or by the same noun phrase ("The clinic was
        // never the point. The clinic was just where we …").
        let subject_end = if w[negated].ends_with("n't") {
            negated
        } else {
            negated - 1
        };
        let n = subject_end.saturating_sub(h);
        let again = n >= 1
            && t.len() > n
            && !(n == 1 && lex.is_stop(w[h]))
            && w[h..subject_end] == w[t.start..t.start + n];
        (noun_subject
            && s.len() <= 10
            && negated - h <= 5
            && t.len() >= 3
            && (THIRD_PERSON.contains(&pronoun) || again)
            && !w[t.start..t.end.min(t.start + 4)]
                .iter()
                .any(|x| is_negation(x, lex)))
        .then(|| format!("{} …. {pronoun} …", w[negated]))
    })
}

/// Tail contrast: a statement, a break, then a short negated alternative
/// closing the sentence ("mer tid hos människan, inte mindre", "test with
/// the hardest to reach, not the ones who answer surveys"). "And" may stand
/// for the break when the alternative repeats the word that opens it ("efter
/// hur vårt arbete ser ut och inte efter hur patientens liv ser ut", "for
/// the system and not for the people").
pub(crate) fn tail_contrast(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    if !lex.negations.iter().any(|n| l.present.contains(n)) {
        return None;
    }
    let and = lex.and;
    for s in &l.sentences {
        for c in s.start + 3..s.end {
            // "…, inte minst nu", "…, not least": "especially", no contrast.
            let idiom = w.get(c + 1).is_some_and(|x| ["minst", "least"].contains(x));
            // "A och inte efter B": the word after the negation opened the
            // first alternative, a few words back.
            let parallel = || {
                w[c - 1] == and
                    && c + 1 < s.end
                    && w[c.saturating_sub(12).max(s.start)..c - 1].contains(&w[c + 1])
            };
            if !lex.negations.contains(&w[c])
                || idiom
                || !(2..=9).contains(&(s.end - c))
                || w[s.start..c].iter().any(|x| is_negation(x, lex))
            {
                continue;
            }
            if l.breaks[c] {
                return Some(format!(", {} …", w[c]));
            }
            if parallel() {
                return Some(format!("{} … {and} {} {} …", w[c + 1], w[c], w[c + 1]));
            }
        }
    }
    None
}

/// Two kinds of one thing weighed against each other: "A mer än B" where A
/// and B end alike ("en samverkansfråga mer än en teknikfråga", "a care
/// problem more than a staffing problem"). A contrast, not just a comparison.
pub(crate) fn weighed_pair(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    let articles = ["en", "ett", "a", "an", "the"];
    for (k, i) in l.found(lex, Phrases::Comparatives).filter(|&(k, _)| k < 2) {
        let p = lex.comparatives[k];
        let n = p.split(' ').count();
        let Some(a) = i.checked_sub(1).map(|k| w[k]) else {
            continue;
        };
        let Some(k) = (i + n..w.len().min(i + n + 2)).find(|&k| !articles.contains(&w[k])) else {
            continue;
        };
        let b = w[k];
        let tail = |x: &str| x.chars().rev().take(4).collect::<String>();
        let long = |x: &str| at_least(x, 6) && !lex.is_stop(x);
        // One word ("samverkansfråga … teknikfråga") or two, English style
        // ("trust problem … funding problem").
        let compound = a != b && long(a) && long(b) && tail(a) == tail(b);
        let open = !lex.is_swedish() && w.get(k + 1) == Some(&a) && b != a && !lex.is_stop(b);
        if (compound || open) && !l.sentence_starts_at(i) {
            return Some(format!("{a} {p} {b}"));
        }
    }
    None
}

/// Comparison: equative ("så kulturellt förankrade som", "lika viktigt som",
/// "as important as"; one to three content words in between, idioms such as
/// "as long as" excluded) or comparative ("mer än", "more than").
pub(crate) fn comparison(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    let frames: Vec<&(&str, &str)> = lex
        .equative
        .iter()
        .filter(|(a, _)| l.present.contains(a))
        .collect();
    if let Some(p) = l.first_of(lex, Phrases::Comparatives) {
        return Some(p.to_string());
    }
    if frames.is_empty() {
        return None;
    }
    for s in &l.sentences {
        for i in s.clone() {
            let Some((_, second)) = frames.iter().find(|(a, _)| *a == w[i]) else {
                continue;
            };
            let Some(j) = (i + 2..s.end.min(i + 5)).find(|&j| w[j] == *second) else {
                continue;
            };
            let between = &w[i + 1..j];
            if between
                .iter()
                .all(|x| !lex.is_stop(x) && !lex.equative_idioms.contains(x))
            {
                return Some(format!("{} {} {}", w[i], between.join(" "), w[j]));
            }
        }
    }
    None
}

/// A quantified cleft at a sentence start: "det är (väl) få … som",
/// "det är sällan … som", "it's rarely … that", "there are few …".
pub(crate) fn quantified_cleft(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    for s in &l.sentences {
        let h = l.head(s, lex);
        let Some(opener) = lex
            .cleft_openers
            .iter()
            .find(|p| starts_with_phrase(&w[h..s.end], p))
        else {
            continue;
        };
        let mut k = h + opener.split(' ').count();
        while k < s.end && lex.particles.contains(&w[k]) {
            k += 1;
        }
        if k < s.end && lex.quantifiers.contains(&w[k]) {
            let q = w[k];
            if (k + 1..s.end.min(k + 7)).any(|j| lex.relatives.contains(&w[j])) {
                return Some(format!("{opener} {q} … {}", lex.relatives[0]));
            }
        }
    }
    None
}

/// A conditional rule at a sentence start: with a generic subject ("om man …",
/// "när du …", "if you …", "once you've …"), or an "if" clause in the present
/// about anyone but the speaker ("om personalen inte är med …", "if the
/// service needs a manual …").
pub(crate) fn conditional_rule(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    for s in &l.sentences {
        let h = l.head(s, lex);
        if h + 2 >= s.end {
            continue;
        }
        // "varje gång …", "every time …" open a rule too.
        let every = matches!((w[h], w[h + 1]), ("varje", "gång") | ("every", "time"));
        if !every && !lex.conditionals.contains(&w[h]) {
            continue;
        }
        if let Some(k) = (h + 1..s.end.min(h + 4)).find(|&k| lex.generic.contains(&w[k])) {
            return Some(format!("{} {} …", w[h], w[k]));
        }
        // The generic subject in the main clause ("när systemet har rätt
        // nittio gånger så litar du på det …"), in the present tense.
        let sentence = &w[h + 1..s.end];
        if let Some(g) = sentence.iter().find(|x| lex.generic.contains(x)) {
            if every || !sentence.iter().any(|x| is_past(x, lex)) {
                return Some(format!("{} … {g} …", w[h]));
            }
        }
        if every {
            return Some(format!("{} {} …", w[h], w[h + 1]));
        }
        let clause = &w[h + 1..s.end.min(h + 5)];
        if w[h] == lex.conditionals[0]
            && !lex.pronouns_i.contains(&w[h + 1])
            && !clause.iter().any(|x| is_past(x, lex))
        {
            return Some(format!("{} {} …", w[h], w[h + 1]));
        }
    }
    None
}

/// Whether `w` looks like a past-tense verb (narrative, not a rule).
pub(crate) fn is_past(w: &str, lex: &Lexicon) -> bool {
    (w.len() >= 5 && w.ends_with(lex.past_suffix)) || lex.is_past_form(w)
}

/// A generic subject at a sentence start: an indefinite or universal noun
/// phrase followed by a relative or a copula ("En elev som …", "Ett bibliotek
/// är …", "Every complaint is …"), an abstract noun so followed
/// ("Participation that costs … is …", "Tillit är …"), or a generic relative
/// ("De som …", "Those who …"). A passage cut from inside a sentence
/// (`mid_sentence`) has no real sentence start in its first sentence.
pub(crate) fn generic_subject(l: &Layout<'_>, lex: &Lexicon, mid_sentence: bool) -> Option<String> {
    let w = l.words;
    let claim = |from: usize, s: &Range<usize>| {
        (from..s.end.min(from + 3))
            .find(|&k| lex.relatives.contains(&w[k]) || lex.copulas.contains(&w[k]))
    };
    for (n, s) in l.sentences.iter().enumerate() {
        let h = l.head(s, lex);
        // People in general and a present-tense claim ("folk vill inte ha det
        // enkelt", "people don't leave jobs, they leave managers"), also after
        // a comma.
        if h + 2 < s.end && lex.generic_nouns.contains(&w[h]) {
            let v = w[h + 1];
            let present = if lex.is_swedish() {
                v.ends_with('r') && !is_past(v, lex) || lex.generic_verbs.contains(&v)
            } else {
                lex.generic_verbs.contains(&v)
            };
            if present {
                return Some(format!("{} {v} …", w[h]));
            }
        }
        if n == 0 && mid_sentence {
            continue;
        }
        if let Some(p) = lex
            .generic_relatives
            .iter()
            .find(|p| starts_with_phrase(&w[h..s.end], p))
        {
            return Some(format!("{p} …"));
        }
        if h + 2 < s.end
            && lex.generic_determiners.contains(&w[h])
            && !lex.is_stop(w[h + 1])
            && !lex.dummy_nouns.contains(&w[h + 1])
        {
            if let Some(k) = claim(h + 2, s) {
                return Some(format!("{} {} … {}", w[h], w[h + 1], w[k]));
            }
        }
        if h + 1 < s.end && !lex.is_stop(w[h]) && lex.is_abstract(w[h]) {
            if let Some(k) = claim(h + 1, s) {
                return Some(format!("{} … {}", w[h], w[k]));
            }
        }
    }
    None
}

/// Emphatic repetition: a short sentence that says again part of the one
/// before it ("… i sju dagar. Sju dagar.", "… inte ett enda ord. Inte ett
/// enda.", "… just sit here. Like, just sit.").
pub(crate) fn emphatic_repetition(l: &Layout<'_>, lex: &Lexicon) -> Option<String> {
    let w = l.words;
    l.sentences.windows(2).find_map(|pair| {
        let (prev, s) = (&pair[0], &pair[1]);
        if s.len() > 4 || prev.len() < 3 {
            return None;
        }
        let said = &w[prev.clone()];
        let echo = &w[s.clone()];
        let echoed = echo
            .iter()
            .filter(|x| !lex.pointers_trim.contains(x) && !is_negation(x, lex))
            .all(|x| said.contains(x));
        (echoed
            && echo
                .iter()
                .any(|x| x.chars().count() >= 3 && said.contains(x)))
        .then(|| echo.join(" "))
    })
}

/// Whether `w` negates ("inte", "aldrig", "not", "isn't").
fn is_negation(w: &str, lex: &Lexicon) -> bool {
    lex.negations.contains(&w) || (w.ends_with("n't") && w.len() > 3)
}

/// The verb inside an English contraction or negated auxiliary ("it's" → "is",
/// "wasn't" → "was", "don't" → "do").
fn verb_of(w: &str) -> Option<&'static str> {
    Some(match w {
        "it's" | "that's" | "what's" | "isn't" | "he's" | "she's" | "there's" => "is",
        "they're" | "we're" | "you're" | "aren't" => "are",
        "wasn't" => "was",
        "weren't" => "were",
        "don't" => "do",
        "doesn't" => "does",
        "didn't" => "did",
        "can't" | "cannot" => "can",
        "won't" => "will",
        "wouldn't" => "would",
        "shouldn't" => "should",
        "couldn't" => "could",
        "haven't" | "they've" | "we've" | "you've" => "have",
        "hasn't" => "has",
        "hadn't" => "had",
        _ => return None,
    })
}

/// Lay out `text` and hand the layout and `lang`'s lexicon to `f` (for
/// tests of the pattern functions).
#[cfg(test)]
pub(crate) fn with<T>(
    text: &str,
    lang: &podprint_transcript::Lang,
    f: impl Fn(&Layout<'_>, &Lexicon) -> T,
) -> T {
    let lower = crate::words::lowered(text);
    let ranges = crate::words::word_ranges(&lower);
    let words: Vec<&str> = ranges.iter().map(|r| &lower[r.clone()]).collect();
    let l = Layout::new(&lower, &ranges, &words);
    f(&l, Lexicon::for_lang(lang))
}

#[cfg(test)]
mod tests {
    use super::*;
    use podprint_transcript::Lang;

    #[test]
    fn found_phrases_are_the_listed_phrases_find_finds() {
        // The phrase index answers as trying each phrase of a list would:
        // the same phrases, in list order, each where it first occurs.
        use crate::lexicon::Phrases;
        for (lang, text) in [
            (
                Lang::sv(),
                "Jag tror att det handlar om tillit, och det handlar om mod. Som du sa, det \
                 här är viktigare än pengar. Och sen insåg jag att vi måste börja om, kanske.",
            ),
            (
                Lang::en(),
                "I think it's about trust. And then I realised that the key is time, not \
                 money, more than anything. Like you said, this is about right, I guess.",
            ),
        ] {
            with(text, &lang, |l, lex| {
                let mut any = 0;
                for which in Phrases::ALL {
                    let by_trying: Vec<(usize, usize)> = which
                        .list(lex)
                        .iter()
                        .enumerate()
                        .filter_map(|(k, p)| l.find(p).map(|i| (k, i)))
                        .collect();
                    let by_index: Vec<(usize, usize)> = l.found(lex, which).collect();
                    assert_eq!(by_index, by_trying, "{which:?} in {text}");
                    any += by_index.len();
                }
                assert!(any >= 6, "the texts should hit several lists: {any}");
            });
        }
    }

    #[test]
    fn contrast_stays_inside_a_sentence() {
        let sv = Lang::sv();
        assert!(with(
            "Det är inte lätt. Vi vill bygga utan att fastna.",
            &sv,
            paired_contrast
        )
        .is_none());
        assert_eq!(
            with(
                "Ett bibliotek är inte ett lager utan en plats.",
                &sv,
                paired_contrast
            )
            .as_deref(),
            Some("inte … utan")
        );
    }

    #[test]
    fn utan_after_a_negated_sentence_corrects_it() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert_eq!(
            with(
                "Felen sitter inte i det som står i planen. Utan i det som ingen har skrivit.",
                &sv,
                paired_contrast
            )
            .as_deref(),
            Some("… utan …")
        );
        // "Utan att" is the preposition, and the sentence before must deny.
        assert!(with(
            "Det gick inte. Utan att fråga tog hon över.",
            &sv,
            paired_contrast
        )
        .is_none());
        assert!(with(
            "Det gick bra. Utan dig hade vi fastnat.",
            &sv,
            paired_contrast
        )
        .is_none());
        // English has no such opener: "But" after a denial is ordinary speech.
        assert!(with("I don't know. But we tried it.", &en, paired_contrast).is_none());
    }

    #[test]
    fn own_belief_corrected_and_preference_weighed_are_contrasts() {
        let sv = Lang::sv();
        let en = Lang::en();
        for (text, lang) in [
            (
                "Jag trodde att arkivet var dammigt, men det är det mest levande rummet vi har.",
                &sv,
            ),
            (
                "Jag vill hellre ha en öppen skola tre dagar än en stängd skola hela veckan.",
                &sv,
            ),
            (
                "I thought the forms were the problem, but it was the waiting all along.",
                &en,
            ),
            (
                "I'd rather have a small bus that runs than a big one that sits in the depot.",
                &en,
            ),
        ] {
            assert!(with(text, lang, paired_contrast).is_some(), "{text}");
        }
        // A belief without its correction is no contrast.
        assert!(with(
            "Jag trodde att bussen gick klockan sju.",
            &sv,
            paired_contrast
        )
        .is_none());
    }

    #[test]
    fn parallel_contrast_needs_the_repeated_verb() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert!(with(
            "Föräldrar är inte motståndare, de är de som känner barnet bäst.",
            &sv,
            parallel_contrast
        )
        .is_some());
        assert!(with(
            "The hard part wasn't the money, it was the time.",
            &en,
            parallel_contrast
        )
        .is_some());
        assert!(with(
            "Residents don't want more forms, they want answers.",
            &en,
            parallel_contrast
        )
        .is_some());
        assert!(with(
            "Det svåra är aldrig tekniken, det svåra är vanorna.",
            &sv,
            parallel_contrast
        )
        .is_some());
        assert!(with(
            "Börja med ett problem, inte med en produkt.",
            &sv,
            tail_contrast
        )
        .is_some());
        assert!(with(
            "Vi har inte hunnit, inte än i alla fall.",
            &sv,
            tail_contrast
        )
        .is_none());
        assert!(with(
            "Där vi inte har varit så bra, det har varit svårt.",
            &sv,
            parallel_contrast
        )
        .is_none());
        assert!(with(
            "Jag vet inte riktigt, det är svårt att säga.",
            &sv,
            parallel_contrast
        )
        .is_none());
    }

    #[test]
    fn the_verb_may_stand_an_adverb_before_the_negation() {
        let sv = Lang::sv();
        assert!(with(
            "Reformen kräver egentligen inte nya chefer, den kräver att vi litar på personalen.",
            &sv,
            parallel_contrast
        )
        .is_some());
        // Another verb after the new subject is no parallel.
        assert!(with(
            "Reformen kräver egentligen inte nya chefer, den tar tid att förstå för alla.",
            &sv,
            parallel_contrast
        )
        .is_none());
    }

    #[test]
    fn not_least_is_no_tail_contrast() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert!(with(
            "Vi måste hinna ses oftare, inte minst nu när allt är digitalt.",
            &sv,
            tail_contrast
        )
        .is_none());
        assert!(with(
            "We test with the people hardest to reach, not the ones who answer surveys.",
            &en,
            tail_contrast
        )
        .is_some());
    }

    #[test]
    fn and_not_with_the_opening_word_repeated_is_a_tail_contrast() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert!(with(
            "Vi har organiserat oss efter hur vårt arbete ser ut och inte efter hur patientens liv ser ut.",
            &sv,
            tail_contrast
        )
        .is_some());
        assert!(with(
            "We built it for the system and not for the people who use it.",
            &en,
            tail_contrast
        )
        .is_some());
        // No repeated opening word: "and not" only joins two facts.
        assert!(with(
            "Vi fick ett nytt system i våras och inte alla har lärt sig det än.",
            &sv,
            tail_contrast
        )
        .is_none());
    }

    #[test]
    fn kinds_of_one_thing_weighed_are_a_contrast() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert!(with(
            "Så för mig är det en samverkansfråga mer än en teknikfråga.",
            &sv,
            weighed_pair
        )
        .is_some());
        assert!(with(
            "It was a trust problem more than a funding problem.",
            &en,
            weighed_pair
        )
        .is_some());
        assert!(with(
            "Vi hade fler besök mer än en gång i veckan.",
            &sv,
            weighed_pair
        )
        .is_none());
    }

    #[test]
    fn a_rule_may_have_its_generic_subject_in_the_main_clause() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert!(with(
            "När systemet har rätt nittio gånger så litar du på det nästa gång också.",
            &sv,
            conditional_rule
        )
        .is_some());
        assert!(with(
            "Varje gång ni skickar någon vidare så tappar ni lite av den personen.",
            &sv,
            conditional_rule
        )
        .is_some());
        assert!(with(
            "Every time a form comes back, the family loses a week.",
            &en,
            conditional_rule
        )
        .is_some());
        // A told event, not a rule.
        assert!(with(
            "När systemet gick ner förra våren så ringde du mig direkt.",
            &sv,
            conditional_rule
        )
        .is_none());
    }

    #[test]
    fn an_alternative_in_the_same_frame_is_an_isocolon() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert!(with(
            "Så vi har styrt på det som är lätt att räkna, inte på det som är viktigast.",
            &sv,
            isocolon
        )
        .is_some());
        assert!(with(
            "We built it for the system and not for the people who use it.",
            &en,
            isocolon
        )
        .is_some());
        assert!(with(
            "Att bo kvar hemma ska ju inte betyda att bo kvar hemma ensam och otrygg.",
            &sv,
            isocolon
        )
        .is_some());
        assert!(with("Vi hade inte tid att träffas på hela våren.", &sv, isocolon).is_none());
    }

    #[test]
    fn a_noun_taken_up_after_but_and_denied() {
        let sv = Lang::sv();
        assert!(with(
            "Vi har haft patienten i centrum i varje dokument, men patienten har inte varit med.",
            &sv,
            but_not_the_same
        )
        .is_some());
        assert!(with(
            "Vi har haft patienten i centrum, men vi har inte frågat henne.",
            &sv,
            but_not_the_same
        )
        .is_none());
    }

    #[test]
    fn a_denial_is_corrected_by_the_next_sentence() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert_eq!(
            with(
                "Det är inte så att det blir mindre regler. Det blir andra regler som vi skriver själva.",
                &sv,
                denial
            )
            .as_deref(),
            Some("det är inte så att …. …")
        );
        assert!(with(
            "It's not that the staff don't care. They were never asked what works.",
            &en,
            denial
        )
        .is_some());
        // A denial with nothing after it corrects nothing.
        assert!(with("Det är inte så att det blir mindre regler.", &sv, denial).is_none());
        // Nor is a plain negation a denial.
        assert!(with(
            "Vi har inte fler regler. Vi har andra regler nu.",
            &sv,
            denial
        )
        .is_none());
    }

    #[test]
    fn chiasmus_mirrors_two_words_in_phrases_of_one_shape() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert!(with(
            "It's not a technical problem with a social side, it's a social problem with a technical side.",
            &en,
            chiasmus
        )
        .is_some());
        assert!(with(
            "Vi ska inte anpassa människan efter systemet, vi ska anpassa systemet efter människan.",
            &sv,
            chiasmus
        )
        .is_some());
        // Without a break between the halves: no figure.
        assert!(with(
            "Whether you treated their person like a person, not a number. Whether you called.",
            &en,
            chiasmus
        )
        .is_none());
        // The same words far apart and in phrases of other shapes: no figure.
        assert!(with(
            "Thinking about water is about right. My wife would say obsessing about water, but we'll go with thinking.",
            &en,
            chiasmus
        )
        .is_none());
    }

    #[test]
    fn parallel_contrast_across_two_sentences() {
        let sv = Lang::sv();
        let en = Lang::en();
        for (text, lang) in [
            (
                "Vi letar inte efter stora hus. Vi letar efter plats i livet.",
                &sv,
            ),
            (
                "Ett tillstånd är inget hinder, det är ett löfte till grannen.",
                &sv,
            ),
            (
                "Moving out isn't the day you lose. It's the day the plan worked.",
                &en,
            ),
            (
                "We're not looking for big houses. We're looking for room.",
                &en,
            ),
        ] {
            assert!(with(text, lang, parallel_contrast).is_some(), "{text}");
        }
        // Two unrelated sentences, or a long negated one, are not a contrast.
        for (text, lang) in [
            ("Vi hann inte klart i fjol. Vi är fler nu och det går bättre.", &sv),
            (
                "We did not get the funding we had asked the county for in the spring round of the budget. We're looking for room.",
                &en,
            ),
        ] {
            assert!(with(text, lang, parallel_contrast).is_none(), "{text}");
        }
    }

    #[test]
    fn a_pronoun_subject_must_come_back_in_the_next_sentence() {
        let sv = Lang::sv();
        assert!(with(
            "Det är inte främlingar. Det är grannens barn och han på apoteket.",
            &sv,
            parallel_contrast
        )
        .is_some());
        assert!(with(
            "Man är aldrig ensam där ute. Det är det viktigaste av allt.",
            &sv,
            parallel_contrast
        )
        .is_none());
    }

    #[test]
    fn a_long_negated_sentence_and_the_same_subject_again() {
        let en = Lang::en();
        assert!(with(
            "I don't want to build a machine that tells us that poor people are at risk of being poor. I want to know what we would do on Monday.",
            &en,
            parallel_contrast
        )
        .is_some());
        assert!(with(
            "I don't want to build a machine that tells us that poor people are at risk of being poor. We want to know what we would do on Monday.",
            &en,
            parallel_contrast
        )
        .is_none());
    }

    #[test]
    fn a_concession_is_a_contrast() {
        let sv = Lang::sv();
        assert!(with(
            "Beslutet fattas av en människa, ja, men underlaget är format av maskinen.",
            &sv,
            paired_contrast
        )
        .is_some());
    }

    #[test]
    fn a_negated_statement_corrected_by_the_next_sentence() {
        let en = Lang::en();
        assert!(with(
            "A shortage doesn't announce itself. It shows up as a quiet email.",
            &en,
            parallel_contrast
        )
        .is_some());
        assert!(with(
            "The clinic was never the point. The clinic was just where we happened to sit.",
            &en,
            parallel_contrast
        )
        .is_some());
        // About the speaker, or corrected by nothing.
        assert!(with(
            "I didn't sleep that night. It was the longest shift of my life.",
            &en,
            parallel_contrast
        )
        .is_none());
        assert!(with(
            "The grant didn't come through. We tried again in the spring.",
            &en,
            parallel_contrast
        )
        .is_none());
    }

    #[test]
    fn same_subject_but_with_a_word_taken_up() {
        let sv = Lang::sv();
        assert!(with(
            "Vi kan läsa ett brev från 1600-talet, men vi kan inte läsa filer från 90-talet.",
            &sv,
            parallel_but
        )
        .is_some());
        assert!(with(
            "Vi kan läsa ett brev från 1600-talet, men vi har inte tid i dag.",
            &sv,
            parallel_but
        )
        .is_none());
    }

    #[test]
    fn emphasis_repeats_the_sentence_before() {
        let sv = Lang::sv();
        assert!(with(
            "Trombocyterna håller i sju dagar. Sju dagar.",
            &sv,
            emphatic_repetition
        )
        .is_some());
        assert!(with(
            "Trombocyterna håller i sju dagar. Sen är de borta.",
            &sv,
            emphatic_repetition
        )
        .is_none());
    }

    #[test]
    fn antithesis_may_span_two_sentences() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert!(with(
            "Det lätta är att börja. Det svåra är att hålla i det när ingen tittar.",
            &sv,
            antithesis
        )
        .is_some());
        assert!(with(
            "The easy part is the money. The hard part is the patience.",
            &en,
            antithesis
        )
        .is_some());
        // The wrong order, or one half only, is no antithesis.
        assert!(with(
            "The hard part is the patience. The easy part is the money.",
            &en,
            antithesis
        )
        .is_none());
        assert!(with("Det svåra är att hålla i det.", &sv, antithesis).is_none());
        // Easy to do, hard to undo: in one sentence or two.
        assert!(with(
            "Det är lätt att starta ett projekt men svårt att avsluta det.",
            &sv,
            antithesis
        )
        .is_some());
        assert!(with(
            "It's easy to add a form. It's hard to take one away.",
            &en,
            antithesis
        )
        .is_some());
        assert!(with("Det är svårt att avsluta det.", &sv, antithesis).is_none());
    }

    #[test]
    fn comparisons_clefts_and_rules() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert!(with(
            "Det gick så bra att vi som grupp blev stolta.",
            &sv,
            comparison
        )
        .is_none());
        assert!(with(
            "Få saker är så kulturellt präglade som skolan.",
            &sv,
            comparison
        )
        .is_some());
        assert!(with("Nothing is as hard as long as you try.", &en, comparison).is_some());
        assert!(with("Stay as long as you like, really.", &en, comparison).is_none());
        assert!(with("Falskt inflytande är värre än inget alls.", &sv, comparison).is_some());
        assert!(with("A false promise is worse than none.", &en, comparison).is_some());
        assert!(with(
            "Det är nog få yrken som är lika utsatta.",
            &sv,
            quantified_cleft
        )
        .is_some());
        assert!(with("Det är en fråga som vi ofta får.", &sv, quantified_cleft).is_none());
        assert!(with(
            "En kommun som sparar på skolan betalar senare.",
            &sv,
            |l, x| generic_subject(l, x, false)
        )
        .is_some());
        assert!(with(
            "En kvinna visste exakt var vattnet hade runnit.",
            &sv,
            |l, x| generic_subject(l, x, false)
        )
        .is_none());
        assert!(with("Every complaint is free research.", &en, |l, x| {
            generic_subject(l, x, false)
        })
        .is_some());
        assert!(
            with("Participation that costs money excludes.", &en, |l, x| {
                generic_subject(l, x, false)
            })
            .is_some()
        );
        assert!(with(
            "Om man inte lyssnar så lär man sig ingenting.",
            &sv,
            conditional_rule
        )
        .is_some());
        assert!(with(
            "Om personalen inte är med så blir det en dyr pryl.",
            &sv,
            conditional_rule
        )
        .is_some());
        assert!(with(
            "Om vi hade vetat det så hade vi börjat tidigare.",
            &sv,
            conditional_rule
        )
        .is_none());
        assert!(with(
            "If you ask too late, people stop answering.",
            &en,
            conditional_rule
        )
        .is_some());
    }
}
