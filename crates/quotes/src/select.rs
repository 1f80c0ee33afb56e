//! Selection: candidates scored, then teasers (editor picks) and pins first,
//! rejects dropped, and the rest chosen by maximal marginal relevance (MMR) so
//! that no two quotes make the same point and they spread over the episode and
//! its guests.

use std::collections::HashSet;

use rayon::prelude::*;

use podprint_transcript::{Episode, Series};

use crate::candidate::{dedup, is_announcer, quotable_labels, sort, turn_candidates, Mode};
use crate::corpus::{content_words, jaccard, Corpus, WordSet};
use crate::lexicon::Lexicon;
use crate::moment;
use crate::options::QuoteOptions;
use crate::quote::{Feature, Quote};
use crate::score::{topic_words, Scorer};

/// Weight of relevance against redundancy in MMR.
const LAMBDA: f64 = 0.7;
/// Two quotes this similar make the same point.
const SAME_POINT: f64 = 0.45;
/// A quote whose words are this much inside a chosen one repeats it.
const SAME_CONTAINED: f64 = 0.7;
/// A body quote sharing this much with a teaser cut from its own turn
/// repeats the editor's pick (a cut shifted by a clause or two).
const TEASER_CONTAINED: f64 = 0.4;
/// Passages of one turn this many bytes apart make different points.
const FAR_IN_TURN: usize = 300;
/// Candidates considered by MMR.
const POOL: usize = 400;
/// One place in this many goes to a told moment (see [`crate::moment`]).
const MOMENT_EVERY: usize = 5;
/// Fewest signals of a moment given such a place.
const MOMENT_MIN: usize = 3;

fn scorer<'a>(corpus: &'a Corpus, episode: &Episode, opts: &QuoteOptions) -> Scorer<'a> {
    let lex = Lexicon::for_lang(&episode.meta.language);
    Scorer {
        lex,
        corpus,
        swedish: episode.meta.language.is_swedish(),
        min_chars: opts.min_chars,
        max_chars: opts.max_chars,
        boost: opts.boost.clone(),
        avoid: opts.avoid.clone(),
        topic: topic_words(episode, lex),
    }
}

/// All candidates of `episode`, scored, best first (before diversity, pins and
/// rejects). `series` supplies the word statistics for distinctiveness.
pub fn candidates(series: &Series, episode: &Episode, opts: &QuoteOptions) -> Vec<Quote> {
    candidates_in(&Corpus::for_episode(series, episode), episode, opts)
}

/// [`candidates`] with a prepared [`Corpus`] (build it once per series).
pub fn candidates_in(corpus: &Corpus, episode: &Episode, opts: &QuoteOptions) -> Vec<Quote> {
    let labels = quotable_labels(episode, opts);
    let sc = scorer(corpus, episode, opts);
    candidates_for(episode, opts, &sc, &labels)
}

fn candidates_for(
    episode: &Episode,
    opts: &QuoteOptions,
    sc: &Scorer<'_>,
    labels: &[String],
) -> Vec<Quote> {
    let turns: Vec<usize> = (0..episode.turns.len())
        .filter(|&ti| {
            let t = &episode.turns[ti];
            !t.teaser && labels.contains(&t.speaker)
        })
        .collect();
    let of_turn = |&ti: &usize| {
        let mut v = Vec::new();
        turn_candidates(
            episode,
            ti,
            &episode.turns[ti],
            sc,
            opts,
            Mode::Body,
            &mut v,
        );
        v
    };
    // Turns in parallel, in order (the same result on any number of threads);
    // inside a rayon worker (a build quoting many episodes) on this thread.
    let mut out: Vec<Quote> = if rayon::current_thread_index().is_none() {
        turns.par_iter().flat_map_iter(of_turn).collect()
    } else {
        turns.iter().flat_map(of_turn).collect()
    };
    dedup(&mut out);
    sort(&mut out);
    out
}

/// The final list of at most `top` quotes: teasers first (editor picks, when
/// `teasers-first`), then pinned ids, then the best remaining candidates chosen
/// for diversity (MMR); of every five places one goes to the strongest told
/// moment (a story with speech, a turn or an emotion) unless the list already
/// has one. Rejected ids never appear.
pub fn select(series: &Series, episode: &Episode, opts: &QuoteOptions, top: usize) -> Vec<Quote> {
    select_in(&Corpus::for_episode(series, episode), episode, opts, top)
}

/// [`select`] with a prepared [`Corpus`].
pub fn select_in(
    corpus: &Corpus,
    episode: &Episode,
    opts: &QuoteOptions,
    top: usize,
) -> Vec<Quote> {
    let sc = scorer(corpus, episode, opts);
    let lex = sc.lex;
    let labels = quotable_labels(episode, opts);
    let rejected = |q: &Quote| opts.reject.contains(&q.id);
    let mut chosen: Vec<Quote> = Vec::new();

    if opts.teasers_first {
        for q in teasers(episode, opts, &sc) {
            if chosen.len() < top && !rejected(&q) {
                chosen.push(q);
            }
        }
    }

    let pool: Vec<Quote> = candidates_for(episode, opts, &sc, &labels)
        .into_iter()
        .filter(|q| !rejected(q))
        .collect();

    // Pins: from the pool, else from every speaker but the announcer.
    if !opts.pin.is_empty() {
        let mut wide: Option<Vec<Quote>> = None;
        for id in &opts.pin {
            if chosen.len() >= top || chosen.iter().any(|q| &q.id == id) {
                continue;
            }
            let found = pool.iter().find(|q| &q.id == id).cloned().or_else(|| {
                let w = wide.get_or_insert_with(|| {
                    let all: Vec<String> = episode
                        .speakers
                        .iter()
                        .map(|s| s.label.clone())
                        .chain(episode.turns.iter().map(|t| t.speaker.clone()))
                        .filter(|l| !is_announcer(episode, l))
                        .collect();
                    candidates_for(episode, opts, &sc, &all)
                });
                w.iter().find(|q| &q.id == id).cloned()
            });
            if let Some(mut q) = found {
                q.editor_pick = true;
                q.features.push(Feature {
                    name: "pinned",
                    contribution: 0.0,
                    detail: "pinned by id in the config".into(),
                });
                chosen.push(q);
            }
        }
    }

    // MMR over the best of the pool.
    let pool: Vec<Quote> = pool.into_iter().take(POOL).collect();
    let mut chosen_sets: Vec<WordSet> =
        chosen.iter().map(|q| content_words(&q.text, lex)).collect();
    let (lo, hi) = pool.iter().fold((f64::MAX, f64::MIN), |(lo, hi), q| {
        (lo.min(q.score), hi.max(q.score))
    });
    let range = (hi - lo).max(1e-9);
    let speakers: HashSet<&str> = pool.iter().map(|q| q.speaker.as_str()).collect();
    let mut used = vec![false; pool.len()];
    // The pool is sorted by score and redundancy only lowers a value, so each
    // round stops at the first quote whose score alone cannot beat the best
    // so far. Word sets and redundancy are worked out only for the quotes a
    // round reaches: the set once, the redundancy against the picks made since.
    let mut sets: Vec<Option<WordSet>> = vec![None; pool.len()];
    let mut folded = vec![0usize; pool.len()];
    let mut sim = vec![0.0f64; pool.len()];
    let mut contained = vec![0.0f64; pool.len()];
    let mut chosen_ids: HashSet<String> = chosen.iter().map(|c| c.id.clone()).collect();
    // Places kept for told moments, unless the list has them anyway.
    let mut quota = top / MOMENT_EVERY;
    while chosen.len() < top {
        let moments = chosen
            .iter()
            .filter(|q| moment::strength(q) >= MOMENT_MIN)
            .count();
        let lane = top - chosen.len() <= quota.saturating_sub(moments);
        let mut best: Option<(f64, usize)> = None;
        for (i, q) in pool.iter().enumerate() {
            if lane && moment::strength(q) < MOMENT_MIN {
                continue;
            }
            let bound = LAMBDA * (q.score - lo) / range;
            // In the moments' places the strongest moment wins, so every
            // quote is looked at.
            let bound = if lane {
                bound + moment::strength(q) as f64
            } else {
                bound
            };
            if !lane && best.is_some_and(|(b, _)| bound <= b) {
                break;
            }
            if used[i] || chosen_ids.contains(&q.id) {
                continue;
            }
            if chosen.iter().any(|c| overlaps(c, q)) {
                continue;
            }
            let set = sets[i].get_or_insert_with(|| content_words(&q.text, lex));
            for (j, c) in chosen_sets.iter().enumerate().skip(folded[i]) {
                sim[i] = sim[i].max(jaccard(c, set));
                let k = containment(c, set);
                // Against a teaser cut from this turn the bar is lower.
                let k = if chosen[j].body_turn == Some(q.turn) {
                    k * SAME_CONTAINED / TEASER_CONTAINED
                } else {
                    k
                };
                contained[i] = contained[i].max(k);
            }
            folded[i] = chosen_sets.len();
            if sim[i] >= SAME_POINT || contained[i] >= SAME_CONTAINED {
                continue;
            }
            let mut spread = 0.0;
            for c in &chosen {
                let d = c.turn.abs_diff(q.turn);
                let body = c.body_turn.map_or(usize::MAX, |b| b.abs_diff(q.turn));
                // Same turn: the same point, unless far apart in a long turn.
                let far = d == 0 && gap(c.span, q.span) >= FAR_IN_TURN;
                if (d == 0 && !far) || body == 0 {
                    spread += 0.15;
                } else if far || d == 1 || body == 1 {
                    spread += 0.05;
                }
                if speakers.len() > 1 && c.speaker == q.speaker {
                    spread += 0.05;
                }
            }
            let v = bound - (1.0 - LAMBDA) * sim[i] - spread;
            if best.is_none_or(|(b, _)| v > b) {
                best = Some((v, i));
            }
        }
        let Some((_, i)) = best else {
            if lane {
                // No moment left to give a place to: fill it as usual.
                quota = 0;
                continue;
            }
            break;
        };
        used[i] = true;
        chosen_sets.push(sets[i].clone().unwrap_or_default());
        chosen_ids.insert(pool[i].id.clone());
        let mut q = pool[i].clone();
        if lane {
            q.features.push(Feature {
                name: moment::PLACE,
                contribution: 0.0,
                detail: "in a place kept for a told moment".into(),
            });
        }
        chosen.push(q);
    }
    chosen
}

/// Whether two quotes share source text.
fn overlaps(a: &Quote, b: &Quote) -> bool {
    a.turn == b.turn && a.span.0 < b.span.1 && b.span.0 < a.span.1
}

/// Bytes between two spans of one turn (0 when they overlap).
fn gap(a: (usize, usize), b: (usize, usize)) -> usize {
    b.0.saturating_sub(a.1).max(a.0.saturating_sub(b.1))
}

/// Share of the smaller word set found in the other.
fn containment(a: &WordSet, b: &WordSet) -> f64 {
    let m = a.len().min(b.len());
    if m == 0 {
        return 0.0;
    }
    a.common(b) as f64 / m as f64
}

/// The cold-open teasers of `episode` as editor picks, in order.
fn teasers(episode: &Episode, opts: &QuoteOptions, sc: &Scorer<'_>) -> Vec<Quote> {
    let lex = sc.lex;
    let mut out = Vec::new();
    // The body turns' word sets, made once for all the teasers.
    let mut body_sets: Option<Vec<Option<WordSet>>> = None;
    for (ti, t) in episode.turns.iter().enumerate() {
        if !t.teaser || is_announcer(episode, &t.speaker) {
            continue;
        }
        let mut cands = Vec::new();
        turn_candidates(episode, ti, t, sc, opts, Mode::Teaser, &mut cands);
        // The editors chose where the teaser starts: keep that start (the
        // earliest passage), then the longest that fits, then the best score.
        let Some(mut q) = cands.into_iter().max_by(|a, b| {
            b.span
                .0
                .cmp(&a.span.0)
                .then((a.span.1 - a.span.0).cmp(&(b.span.1 - b.span.0)))
                .then(a.score.total_cmp(&b.score))
        }) else {
            continue;
        };
        let words = content_words(&q.text, lex);
        let sets = body_sets.get_or_insert_with(|| {
            episode
                .turns
                .iter()
                .map(|b| (!b.teaser).then(|| content_words(&b.text(), lex)))
                .collect()
        });
        q.body_turn = body_turn(episode, t, &words, sets);
        q.editor_pick = true;
        let detail = match q.body_turn {
            Some(b) => format!("cold-open teaser, repeated in turn {b}"),
            None => "cold-open teaser".to_string(),
        };
        q.features.push(Feature {
            name: "editor-pick",
            contribution: 0.0,
            detail,
        });
        out.push(q);
    }
    out
}

/// The body turn that repeats a teaser: most of the teaser's words, same
/// speaker preferred. `sets`: each turn's content words (`None` for teasers).
fn body_turn(
    episode: &Episode,
    teaser: &podprint_transcript::Turn,
    words: &WordSet,
    sets: &[Option<WordSet>],
) -> Option<usize> {
    if words.is_empty() {
        return None;
    }
    let mut best: Option<(f64, usize)> = None;
    for (i, (t, tw)) in episode.turns.iter().zip(sets).enumerate() {
        let Some(tw) = tw else { continue };
        let mut v = words.common(tw) as f64 / words.len() as f64;
        if t.speaker == teaser.speaker {
            v += 0.05;
        }
        if v >= 0.55 && best.is_none_or(|(b, _)| v > b) {
            best = Some((v, i));
        }
    }
    best.map(|(_, i)| i)
}
