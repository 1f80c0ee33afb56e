//! Candidate generation: every span of 1–3 consecutive sentences of one turn
//! (or from a clause start inside a sentence to the end of up to three
//! sentences) that can stand alone, is no question, ends cleanly and fits the
//! length bounds after light cleaning.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use podprint_transcript::{Episode, Role, Turn};

use crate::clean::{clean_in, Cleaned};
use crate::corpus::Fnv;
use crate::id::quote_id;
use crate::lexicon::Lexicon;
use crate::options::QuoteOptions;
use crate::quote::{Edit, EditKind, Quote};
use crate::score::{Facts, Scorer};
use crate::words::{sentences, word_ranges, TurnWords};

/// Most sentences in one quote.
const MAX_SENTENCES: usize = 3;
/// Most clause starts tried inside one sentence.
const MAX_CLAUSES: usize = 4;
/// Fewest words after a clause start.
const MIN_CLAUSE_WORDS: usize = 6;

/// Labels that are announcers even when roles were not inferred.
const ANNOUNCER_LABELS: &[&str] = &[
    "presentatör",
    "vinjett",
    "announcer",
    "narrator",
    "berättare",
    "jingle",
    "intro",
    "outro",
    "speaker",
    "voiceover",
    "voice-over",
    "speakerröst",
];

/// Whether `label` is the announcer in `ep`.
pub(crate) fn is_announcer(ep: &Episode, label: &str) -> bool {
    ep.role_of(label) == Role::Announcer
        || ANNOUNCER_LABELS.contains(&label.trim().to_lowercase().as_str())
}

/// Speaker labels quoted in `ep` under `opts.roles`, with the documented fallbacks.
pub(crate) fn quotable_labels(ep: &Episode, opts: &QuoteOptions) -> Vec<String> {
    let mut labels: Vec<&str> = Vec::new();
    for t in ep.turns.iter().filter(|t| !t.teaser) {
        if !labels.contains(&t.speaker.as_str()) {
            labels.push(&t.speaker);
        }
    }
    let speaking: Vec<&str> = labels
        .into_iter()
        .filter(|l| !is_announcer(ep, l))
        .collect();
    let by_role: Vec<String> = speaking
        .iter()
        .filter(|l| opts.roles.contains(&ep.role_of(l)))
        .map(|l| l.to_string())
        .collect();
    if !by_role.is_empty() {
        return by_role;
    }
    let not_host: Vec<String> = speaking
        .iter()
        .filter(|l| ep.role_of(l) != Role::Host)
        .map(|l| l.to_string())
        .collect();
    if !not_host.is_empty() {
        return not_host;
    }
    speaking.iter().map(|l| l.to_string()).collect()
}

/// How strictly a turn is cut.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    /// Body turns: quotes must stand alone.
    Body,
    /// Cold-open teasers: the editors' words; no stand-alone check, a trailing
    /// ellipsis becomes a full stop.
    Teaser,
}

/// All candidates of turn `ti`, appended to `out`.
pub(crate) fn turn_candidates(
    ep: &Episode,
    ti: usize,
    turn: &Turn,
    scorer: &Scorer<'_>,
    opts: &QuoteOptions,
    mode: Mode,
    out: &mut Vec<Quote>,
) {
    let text = turn.text();
    let lex = scorer.lex;
    let lang = &ep.meta.language;
    let sents = sentences(&text, lang);
    let turn_words = TurnWords::new(&text);
    let signposts = Signposts::new(&text, &turn_words, lex);
    let role = ep.role_of(&turn.speaker);
    let name = ep.name_of(&turn.speaker).to_string();
    for (j, s) in sents.iter().enumerate() {
        let mut starts = vec![(s.start, false)];
        starts.extend(clause_starts(&text, &turn_words, s.clone(), lex));
        // The point a sentence before announced ("… den viktigaste lärdomen.
        // Att man tror …"): a start after "att", signposted by the noun.
        let announced = j
            .checked_sub(1)
            .and_then(|p| key_point(&turn_words, sents[p].clone(), s.clone(), lex));
        if let Some((at, _)) = announced {
            starts.push((at, false));
        }
        for (start, mid) in starts {
            let mut start_ok = true;
            // Looked up once per start, only when some extent is kept.
            let mut signposted: Option<Option<&'static str>> = announced
                .filter(|&(at, _)| at == start)
                .map(|(_, noun)| Some(noun));
            for k in 0..MAX_SENTENCES {
                if !start_ok {
                    break;
                }
                let Some(last) = sents.get(j + k) else { break };
                // "… again." And, um. She wasn't wrong.": a sentence of only
                // a conjunction and fillers neither ends nor joins a quote.
                if k > 0 && conjunction_only(&turn_words, last.clone(), lex) {
                    break;
                }
                let end = last.end;
                let body = text[start..end].trim_end();
                if body.ends_with('?') || body.ends_with("?\"") || body.ends_with("?”") {
                    break;
                }
                let raw_chars = text[start..end].chars().count();
                if raw_chars > opts.max_chars + 60 {
                    break;
                }
                if raw_chars < opts.min_chars {
                    continue;
                }
                let tail = body.trim_end_matches(['"', '”', '’', ')']);
                let dangling = tail.trim_end_matches('.').ends_with('…') || tail.ends_with("..");
                let mut extra: Option<Edit> = None;
                if dangling {
                    if mode == Mode::Teaser && j + k + 1 == sents.len() {
                        let cut = tail.trim_end_matches(['.', '…']).len();
                        extra = Some(Edit {
                            kind: EditKind::Ellipsis,
                            span: (start + cut, start + tail.len()),
                            replacement: ".".into(),
                        });
                    } else {
                        continue;
                    }
                } else if !tail.ends_with(['.', '!']) {
                    continue;
                }
                let cleaned = match mode {
                    Mode::Body => clean_in(&text, &turn_words, start..end, lex, mid),
                    Mode::Teaser => teaser_clean(&text, start..end, lex),
                };
                let Some(mut c) = cleaned else {
                    // A start that cannot stand alone fails for every extent.
                    start_ok = text[start..end].split_whitespace().count() < 12;
                    continue;
                };
                if let Some(e) = extra {
                    c.edits.push(e);
                    c.text = crate::quote::reconstruct(&text, (start, end), &c.edits);
                }
                let chars = c.text.chars().count();
                if chars < opts.min_chars || chars > opts.max_chars {
                    continue;
                }
                // A cut inside reported speech leaves a quotation mark
                // without its partner ("bed." Just like that. He said, "I …").
                if !balanced_quotes(&c.text) || broken_off(&c.text, lex) {
                    continue;
                }
                let edits = c
                    .edits
                    .iter()
                    .filter(|e| matches!(e.kind, EditKind::Filler | EditKind::Repetition))
                    .count();
                let facts = Facts {
                    role,
                    mid_sentence: mid,
                    signposted: *signposted.get_or_insert_with(|| signposts.before(start, lex)),
                    trimmed: c.trimmed,
                    edits,
                };
                let (score, features) = scorer.score(&c.text, &facts);
                out.push(Quote {
                    id: quote_id(&ep.meta.id, &turn.speaker, &c.text),
                    episode: ep.meta.id.clone(),
                    speaker: turn.speaker.clone(),
                    name: name.clone(),
                    text: c.text,
                    turn: ti,
                    span: (start, end),
                    start: turn.start,
                    score,
                    features,
                    removed: c.removed,
                    edits: c.edits,
                    editor_pick: false,
                    body_turn: None,
                });
            }
        }
    }
}

/// Cleaning for teasers: leading ellipsis removed, then up to three opening
/// words that point back ("Och", "Men", "So", "Yeah") when enough is left,
/// first letter capitalised. The editors' cut is otherwise kept as it is.
fn teaser_clean(text: &str, span: Range<usize>, lex: &Lexicon) -> Option<Cleaned> {
    /// Most opening words trimmed, and fewest words left after them.
    const TRIM: usize = 3;
    const LEFT: usize = 5;
    let seg = &text[span.clone()];
    let words = word_ranges(seg);
    let first = span.start + words.first()?.start;
    let mut edits = Vec::new();
    let mut removed = Vec::new();
    if text[span.start..first].chars().any(|c| !c.is_whitespace()) {
        edits.push(Edit {
            kind: EditKind::Ellipsis,
            span: (span.start, first),
            replacement: String::new(),
        });
    }
    let lower: Vec<String> = words
        .iter()
        .take(TRIM)
        .map(|r| seg[r.clone()].to_lowercase())
        .collect();
    let idx = lower
        .iter()
        .take_while(|w| {
            lex.pointers_trim.contains(&w.as_str()) || lex.fillers_always.contains(&w.as_str())
        })
        .count();
    let mut idx = if words.len() >= idx + LEFT { idx } else { 0 };
    // A verb left first would read as a question ("dels måste vi" →
    // "Måste vi"): the word before it stays.
    while idx > 0 && lex.is_listed_verb(&seg[words[idx].clone()].to_lowercase()) {
        idx -= 1;
    }
    let start = span.start + words[idx].start;
    if idx > 0 {
        removed.extend(lower[..idx].iter().cloned());
        edits.push(Edit {
            kind: EditKind::Lead,
            span: (first, start),
            replacement: String::new(),
        });
    }
    if let Some(c) = text[start..].chars().next().filter(|c| c.is_lowercase()) {
        edits.push(Edit {
            kind: EditKind::Capital,
            span: (start, start + c.len_utf8()),
            replacement: c.to_uppercase().collect(),
        });
    }
    Some(Cleaned {
        text: crate::quote::reconstruct(text, (span.start, span.end), &edits),
        edits,
        removed,
        trimmed: idx > 0,
    })
}

/// A point announced by the sentence before and stated in sentence `s`
/// (Swedish only): `prev` names it with a key noun ("lärdomen", "kärnan",
/// "det viktigaste") and `s` opens on "att" and a clause with its own
/// subject in main-clause order ("Att man tror att man köper en teknik …"),
/// not an infinitive ("Att veta …") or "att min bild inte är …". The byte
/// where the clause starts, and the key noun.
fn key_point(
    tw: &TurnWords,
    prev: Range<usize>,
    s: Range<usize>,
    lex: &Lexicon,
) -> Option<(usize, &'static str)> {
    let words = tw.within(&s);
    let lower = &tw.lower[words.clone()];
    if lex.key_points.is_empty() || lower.len() < MIN_CLAUSE_WORDS + 1 {
        return None;
    }
    if lower[0] != lex.complementizer {
        return None;
    }
    let first = lower[1].as_str();
    let subject = lex.clause.subjects.contains(&first)
        || lex.clause.determiners.contains(&first)
        || (!first.ends_with('a') && !lex.is_stop(first));
    let infinitive_or_verb = lex.aux.contains(&first)
        || lex.is_past_form(first)
        || lex.fragment_starts.contains(&first)
        || lex.negations.contains(&first)
        || lex.clause_nonstarts.contains(&first);
    // Subordinate order: a negation before the verb ("att min bild inte är").
    let subordinate = lower[2..lower.len().min(5)]
        .iter()
        .any(|w| lex.negations.contains(&w.as_str()));
    if !subject || infinitive_or_verb || subordinate {
        return None;
    }
    let before = tw.within(&prev);
    let noun = tw.lower[before]
        .iter()
        .find_map(|w| lex.key_points.iter().find(|k| **k == w.as_str()))?;
    Some((tw.ranges[words.start + 1].start, noun))
}

/// Whether sentence `s` (byte range) is only conjunctions and fillers ("And,
/// um.", "Så, eh.").
fn conjunction_only(tw: &TurnWords, s: Range<usize>, lex: &Lexicon) -> bool {
    let words = tw.within(&s);
    !words.is_empty()
        && tw.lower[words].iter().all(|w| {
            let w = w.as_str();
            w == lex.and
                || w == lex.but
                || lex.clause_openers.contains(&w)
                || lex.fillers_always.contains(&w)
        })
}

/// Whether every quotation mark in `text` has its partner (straight and
/// Swedish ”…” marks in pairs, “ with ”, « with »), and every bracket.
fn balanced_quotes(text: &str) -> bool {
    // Straight, “, ”, «, », (, ), [, ].
    let mut n = [0usize; 9];
    for c in text.chars() {
        if let Some(k) = ['"', '“', '”', '«', '»', '(', ')', '[', ']']
            .iter()
            .position(|&m| m == c)
        {
            n[k] += 1;
        }
    }
    let curly = if n[1] > 0 {
        n[1] == n[2]
    } else {
        n[2] % 2 == 0
    };
    n[0] % 2 == 0 && curly && n[3] == n[4] && n[5] == n[6] && n[7] == n[8]
}

/// Whether `text` holds a sentence broken off after its verb ("It's. So,
/// you get …", "Det är. Vi hade …"): one or two words ending on an auxiliary.
fn broken_off(text: &str, lex: &Lexicon) -> bool {
    text.split(['.', '!', '?']).any(|s| {
        let mut words = s.split_whitespace();
        let (Some(a), b, None) = (words.next(), words.next(), words.next()) else {
            return false;
        };
        let last = b
            .unwrap_or(a)
            .trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
            .to_lowercase();
        lex.aux.contains(&last.as_str()) || ["it's", "that's", "there's"].contains(&last.as_str())
    })
}

/// The signpost phrases of one turn ("jag brukar säga", "I always say"),
/// found once: the lower-cased turn and where each phrase occurs.
struct Signposts<'t> {
    text: &'t str,
    /// (start, end, index into the lexicon's signposts), by start.
    marks: Vec<(usize, usize, usize)>,
}

impl<'t> Signposts<'t> {
    /// Find the signposts of `text` (whose words are `tw`): their words in
    /// order, one space apart.
    fn new(text: &'t str, tw: &TurnWords, lex: &Lexicon) -> Self {
        let phrases: Vec<Vec<&str>> = lex
            .signposts
            .iter()
            .map(|p| p.split(' ').collect())
            .collect();
        let mut marks = Vec::new();
        for i in 0..tw.lower.len() {
            let first = tw.lower[i].as_bytes();
            for (k, parts) in phrases.iter().enumerate() {
                let n = parts.len();
                // Length and first letter before the full comparison.
                let head = parts[0].as_bytes();
                if head.len() != first.len() || head[0] != first[0] {
                    continue;
                }
                if tw.lower[i] != parts[0]
                    || i + n > tw.lower.len()
                    || (1..n).any(|j| {
                        tw.lower[i + j] != parts[j]
                            || &text[tw.ranges[i + j - 1].end..tw.ranges[i + j].start] != " "
                    })
                {
                    continue;
                }
                marks.push((tw.ranges[i].start, tw.ranges[i + n - 1].end, k));
            }
        }
        Signposts { text, marks }
    }

    /// The signpost with which the speaker introduces the line starting at
    /// `start`, if one comes shortly before it in the same turn with nothing
    /// but a short lead-in between; the first in the lexicon's order wins,
    /// each at its last occurrence before the line.
    fn before(&self, start: usize, lex: &Lexicon) -> Option<&'static str> {
        const REACH: usize = 160;
        let from = start.saturating_sub(REACH);
        let mut seen: Vec<usize> = Vec::new();
        let mut best: Option<usize> = None;
        for &(_, end, k) in self
            .marks
            .iter()
            .rev()
            .filter(|(a, e, _)| *a >= from && *e <= start)
        {
            if seen.contains(&k) {
                continue;
            }
            seen.push(k);
            if best.is_none_or(|b| k < b)
                && gap_is_lead_in(&self.text[end..start].to_lowercase(), lex)
            {
                best = Some(k);
            }
        }
        best.map(|k| lex.signposts[k])
    }
}

/// Between a signpost and its line: punctuation, a colon or dash after at most
/// a short aside ("till politikerna, och det låter dramatiskt, men jag menar
/// det:"), or a reported clause ("jag brukar säga, och det menar jag, att …",
/// "I've learned over the years that …").
fn gap_is_lead_in(gap: &str, lex: &Lexicon) -> bool {
    let words: Vec<&str> = gap
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .collect();
    words.len() <= 14
        && (gap.contains([':', '—', '–'])
            || gap.contains(" - ")
            || gap.chars().all(|c| c.is_whitespace() || ".,".contains(c))
            // A pseudo-cleft: "the thing that struck me is, …".
            || (words.len() == 1 && lex.copulas_past.contains(&words[0]) && gap.contains(','))
            || (words.last() == Some(&lex.complementizer)
                && words.len() <= 8
                && !gap.contains(['.', '!', '?'])))
}

/// Positions inside sentence `s` where a clause starts: after a comma, semicolon,
/// colon, dash or ellipsis, or at a clause-opening conjunction (these are
/// `mid`-sentence starts); or a reported clause after a verb of saying or
/// thinking and the complementizer ("jag brukar säga att | skulder växer i
/// tystnad", "what I've learned is that | families …"), which opens a
/// statement of its own and is checked like a sentence start.
fn clause_starts(text: &str, tw: &TurnWords, s: Range<usize>, lex: &Lexicon) -> Vec<(usize, bool)> {
    let words = tw.within(&s);
    let (first, n) = (words.start, words.end);
    let mut out = Vec::new();
    let mut clauses = 0;
    for i in first + 1..n {
        let w = &tw.ranges[i];
        // A short reported statement may go on in the next sentences
        // ("… att skammen är bedragarens bästa vän. Så länge …").
        // Not when the sentence ends on a stranded preposition: its object
        // was fronted before the complementizer ("det tycker jag att vi
        // måste vara ärliga med"), so the clause alone has a gap.
        if n - i >= 3
            && tw.lower[i - 1] == lex.complementizer
            && !lex.wh_prepositions.contains(&tw.lower[n - 1].as_str())
        {
            let from = first.max(i.saturating_sub(7));
            if reported_clause(&tw.lower[from..n], i - from, lex) {
                out.push((w.start, false));
                continue;
            }
        }
        if n - i < MIN_CLAUSE_WORDS {
            continue;
        }
        let gap = &text[tw.ranges[i - 1].end..w.start];
        let punct = gap.contains([',', ';', ':', '…', '–', '—'])
            || gap.contains("..")
            || gap.contains(" - ");
        // After a colon or a dash a new statement often begins ("jag brukar
        // säga: …"): those starts are always kept, others up to MAX_CLAUSES.
        let announces = gap.contains([':', '–', '—']) || gap.contains(" - ");
        // A cleft or expletive clause ("… och där det är reglerna som styr
        // …", "…, it's the people who …") or a claim about a definite thing
        // ("…, the real change isn't …") states something of its own: kept
        // however many clauses came before.
        let cleft = || {
            let j = (i..n)
                .take(3)
                .find(|&j| !lex.pointers_trim.contains(&tw.lower[j].as_str()))
                .unwrap_or(i);
            // Up to ten words, without allocating.
            let mut buf = [""; 10];
            let m = n.min(j + 10) - j;
            for (slot, w) in buf.iter_mut().zip(&tw.lower[j..j + m]) {
                *slot = w.as_str();
            }
            let head = &buf[..m];
            lex.pointers_soft.contains(&head[0]) && crate::expletive::is_expletive(head, lex)
                || crate::clean::definite_claim(head, lex)
        };
        let opens = punct || lex.clause_openers.contains(&tw.lower[i].as_str());
        // After "that"/"att" only a claim of its own opens a quote ("it's
        // that | the clinic was never the point").
        let after_that = tw.lower[i - 1] == lex.complementizer;
        if announces || (opens && clauses < MAX_CLAUSES) || ((opens || after_that) && cleft()) {
            out.push((w.start, true));
            clauses += 1;
        }
    }
    out
}

/// Whether word `i` opens a reported clause: the complementizer comes right
/// before it, a framing verb at most six words before that, and the word
/// is no infinitive ("lärt mig att lyssna") or verb ("said that was …").
fn reported_clause(lower: &[String], i: usize, lex: &Lexicon) -> bool {
    if i < 2 || lower[i - 1] != lex.complementizer {
        return false;
    }
    // The clause proper, after interjections ("att, ja, ett hjälpmedel …").
    let Some(first) = lower[i..]
        .iter()
        .map(String::as_str)
        .find(|w| !lex.pointers_trim.contains(w) && !lex.fillers_always.contains(w))
    else {
        return false;
    };
    // The framing verb may come a few words back ("jag har lärt mig i det
    // här arbetet att …").
    let framed = lower[i.saturating_sub(7)..i - 1]
        .iter()
        .any(|w| lex.framing.contains(&w.as_str()));
    if !framed
        || lex.fragment_starts.contains(&first)
        || lex.aux.contains(&first)
        || lex.negations.contains(&first)
        || lex.past.contains(&first)
    {
        return false;
    }
    if lex.clause_nonstarts.contains(&first) {
        return false;
    }
    if lex.is_swedish() {
        // Swedish infinitives end in -a ("att räkna"); nouns and pronouns
        // that do are clean starts ("många", "alla").
        !first.ends_with('a') || lex.clean_starts.contains(&first)
    } else {
        !first.ends_with("ed") && first != "to" && !lex.particles.contains(&first)
    }
}

/// Keep the best-scoring quote per id.
pub(crate) fn dedup(quotes: &mut Vec<Quote>) {
    let mut best: HashMap<String, usize, BuildHasherDefault<Fnv>> = HashMap::default();
    let mut keep = vec![true; quotes.len()];
    for (i, q) in quotes.iter().enumerate() {
        match best.get(&q.id) {
            Some(&j) if quotes[j].score >= q.score => keep[i] = false,
            Some(&j) => {
                keep[j] = false;
                best.insert(q.id.clone(), i);
            }
            None => {
                best.insert(q.id.clone(), i);
            }
        }
    }
    let mut i = 0;
    quotes.retain(|_| {
        i += 1;
        keep[i - 1]
    });
}

/// Sort best first, deterministically.
pub(crate) fn sort(quotes: &mut [Quote]) {
    quotes.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then(a.turn.cmp(&b.turn))
            .then(a.span.cmp(&b.span))
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use podprint_transcript::Lang;

    /// The text from each start that [`clause_starts`] reports as a
    /// reported clause (checked like a sentence start).
    fn reported(text: &str, lang: &Lang) -> Vec<String> {
        clause_starts(
            text,
            &TurnWords::new(text),
            0..text.len(),
            Lexicon::for_lang(lang),
        )
        .into_iter()
        .filter(|(_, mid)| !mid)
        .map(|(p, _)| text[p..].to_string())
        .collect()
    }

    #[test]
    fn reported_clauses_start_after_a_framing_verb() {
        let sv = Lang::sv();
        assert_eq!(
            reported("Och jag brukar säga att skulder växer i tystnad.", &sv),
            ["skulder växer i tystnad."]
        );
        // Interjections after the complementizer are trimmed later.
        assert_eq!(
            reported("Då tänker jag att, ja, ett förråd är en kostnad.", &sv),
            ["ja, ett förråd är en kostnad."]
        );
        // The framing verb a few words back.
        assert_eq!(
            reported(
                "Jag har lärt mig i det här arbetet att skammen är farlig.",
                &sv
            ),
            ["skammen är farlig."]
        );
        // An infinitive, or no framing verb: no reported clause.
        assert!(reported("Jag har lärt mig att cykla på is under vintern.", &sv).is_empty());
        assert!(reported(
            "Vi skickade ett brev till familjen att de skulle komma.",
            &sv
        )
        .is_empty());
        let en = Lang::en();
        assert_eq!(
            reported(
                "What I've learned is that families remember who sat down.",
                &en
            ),
            ["families remember who sat down."]
        );
        assert!(reported("I said that was the end of the whole thing.", &en).is_empty());
    }

    #[test]
    fn quotation_marks_and_brackets_come_in_pairs() {
        assert!(balanced_quotes(
            "He said, \"I want to go home.\" Just like that."
        ));
        assert!(balanced_quotes("Hon sa ”nu räcker det” och gick."));
        assert!(balanced_quotes("She said “enough” and left."));
        assert!(!balanced_quotes(
            "I want to die in my own bed.\" Just like that."
        ));
        assert!(!balanced_quotes("Hon sa ”nu räcker det och gick."));
        assert!(!balanced_quotes("She said “enough and left."));
        assert!(!balanced_quotes(
            "Skrattar) Nej men på riktigt, man lär känna varandra."
        ));
    }

    #[test]
    fn a_sentence_broken_off_after_its_verb() {
        let en = Lexicon::for_lang(&Lang::en());
        let sv = Lexicon::for_lang(&Lang::sv());
        assert!(broken_off(
            "It's not just the body. It's. So, people lose heart.",
            en
        ));
        assert!(broken_off("Vi har. Vi hade inte tid med det.", sv));
        assert!(!broken_off("It's not just the body. It's the heart.", en));
        assert!(!broken_off("Sju dagar. Det var allt.", sv));
    }

    #[test]
    fn a_signpost_may_end_in_the_complementizer() {
        let lex = Lexicon::for_lang(&Lang::sv());
        let signpost = |text: &str| {
            let at = text.find("skulder").unwrap();
            Signposts::new(text, &TurnWords::new(text), lex).before(at, lex)
        };
        assert_eq!(
            signpost("Jag brukar säga, och det menar jag, att skulder växer i tystnad."),
            Some("brukar säga")
        );
        assert_eq!(
            signpost("Jag brukar säga så här: skulder växer i tystnad."),
            Some("brukar säga")
        );
        assert_eq!(
            signpost("Jag brukar säga det. Men nu är det så att skulder växer i tystnad."),
            None
        );
        // A pseudo-cleft: the signpost, a copula and a comma.
        let en = Lexicon::for_lang(&Lang::en());
        let text = "And the thing that struck me is, skulder were never the problem.";
        let at = text.find("skulder").unwrap();
        assert_eq!(
            Signposts::new(text, &TurnWords::new(text), en).before(at, en),
            Some("the thing that struck me")
        );
    }
}
