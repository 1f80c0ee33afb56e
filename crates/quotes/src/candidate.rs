//! Candidate generation: every span of 1–3 consecutive sentences of one turn
//! (or from a clause start inside a sentence to the end of up to three
//! sentences) that can stand alone, is no question, ends cleanly and fits the
//! length bounds after light cleaning.

use std::collections::HashMap;
use std::hash::BuildHasherDefault;
use std::ops::Range;

use podprint_transcript::{Episode, Role, Turn};

use crate::clean::{clean, Cleaned};
use crate::corpus::Fnv;
use crate::id::quote_id;
use crate::lexicon::Lexicon;
use crate::options::QuoteOptions;
use crate::quote::{Edit, EditKind, Quote};
use crate::score::{Facts, Scorer};
use crate::words::{sentences, word_ranges};

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
    let role = ep.role_of(&turn.speaker);
    let name = ep.name_of(&turn.speaker).to_string();
    for (j, s) in sents.iter().enumerate() {
        let mut starts = vec![(s.start, false)];
        starts.extend(
            clause_starts(&text, s.clone(), lex)
                .into_iter()
                .map(|p| (p, true)),
        );
        for (start, mid) in starts {
            let mut start_ok = true;
            // Looked up once per start, only when some extent is kept.
            let mut signposted: Option<Option<&'static str>> = None;
            for k in 0..MAX_SENTENCES {
                if !start_ok {
                    break;
                }
                let Some(last) = sents.get(j + k) else { break };
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
                    Mode::Body => clean(&text, start..end, lex, mid),
                    Mode::Teaser => teaser_clean(&text, start..end),
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
                let edits = c
                    .edits
                    .iter()
                    .filter(|e| matches!(e.kind, EditKind::Filler | EditKind::Repetition))
                    .count();
                let facts = Facts {
                    role,
                    mid_sentence: mid,
                    signposted: *signposted.get_or_insert_with(|| signpost(&text, start, lex)),
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

/// Cleaning for teasers: leading ellipsis removed, first letter capitalised.
fn teaser_clean(text: &str, span: Range<usize>) -> Option<Cleaned> {
    let seg = &text[span.clone()];
    let words = word_ranges(seg);
    let first = span.start + words.first()?.start;
    let mut edits = Vec::new();
    if text[span.start..first].chars().any(|c| !c.is_whitespace()) {
        edits.push(Edit {
            kind: EditKind::Ellipsis,
            span: (span.start, first),
            replacement: String::new(),
        });
    }
    if let Some(c) = text[first..].chars().next().filter(|c| c.is_lowercase()) {
        edits.push(Edit {
            kind: EditKind::Capital,
            span: (first, first + c.len_utf8()),
            replacement: c.to_uppercase().collect(),
        });
    }
    Some(Cleaned {
        text: crate::quote::reconstruct(text, (span.start, span.end), &edits),
        edits,
        removed: Vec::new(),
        trimmed: false,
    })
}

/// The signpost phrase ("jag brukar säga", "I always say") with which the
/// speaker introduces the line starting at `start`, if one comes shortly before
/// it in the same turn, with nothing but a short lead-in between.
fn signpost(text: &str, start: usize, lex: &Lexicon) -> Option<&'static str> {
    const REACH: usize = 160;
    let mut from = start.saturating_sub(REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = text[from..start].to_lowercase();
    lex.signposts.iter().copied().find(|p| {
        before.rfind(p).is_some_and(|at| {
            // Between the signpost and the line: at most a short aside ("till
            // politikerna, och det låter dramatiskt, men jag menar det:").
            let gap = &before[at + p.len()..];
            gap.split_whitespace().count() <= 14
                && (gap.contains([':', '—', '–'])
                    || gap.contains(" - ")
                    || gap.chars().all(|c| c.is_whitespace() || ".,".contains(c)))
        })
    })
}

/// Positions inside sentence `s` where a clause starts: after a comma, semicolon,
/// colon, dash or ellipsis, or at a clause-opening conjunction.
fn clause_starts(text: &str, s: Range<usize>, lex: &Lexicon) -> Vec<usize> {
    let words = word_ranges(&text[s.clone()]);
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate().skip(1) {
        if words.len() - i < MIN_CLAUSE_WORDS {
            break;
        }
        let gap = &text[s.start + words[i - 1].end..s.start + w.start];
        let word = text[s.start + w.start..s.start + w.end].to_lowercase();
        let punct = gap.contains([',', ';', ':', '…', '–', '—'])
            || gap.contains("..")
            || gap.contains(" - ");
        // After a colon or a dash a new statement often begins ("jag brukar
        // säga: …"): those starts are always kept, others up to MAX_CLAUSES.
        let announces = gap.contains([':', '–', '—']) || gap.contains(" - ");
        if announces
            || (out.len() < MAX_CLAUSES && (punct || lex.clause_openers.contains(&word.as_str())))
        {
            out.push(s.start + w.start);
        }
    }
    out
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
