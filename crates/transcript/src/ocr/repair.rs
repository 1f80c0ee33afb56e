//! Repairing words OCR misread, ranked by a [`Vocabulary`] and the words around them.

use super::confusion::{candidates, is_confusable, Candidate};
use super::vocab::Vocabulary;
use crate::model::{Diagnostic, Episode, Inline};
use crate::read::Format;

/// In the bigram model, the weight of a pair's share against the word's own
/// frequency.
const BIGRAM: f64 = 0.7;

/// A known word read as written keeps its place unless a reading scores this
/// many times higher.
const KEEP_FACTOR: u64 = 3;

/// One word (or part of a hyphenated word) in the text.
struct Slot {
    /// Byte range in the text.
    range: std::ops::Range<usize>,
    /// Lower-cased as written.
    lower: String,
    /// Known readings, best first.
    cands: Vec<Candidate>,
    /// The reading chosen so far (lower-case).
    choice: String,
    /// The token ends a sentence: no pair with the next word.
    ends_sentence: bool,
    /// Index of the whitespace-separated token the slot is part of.
    token: usize,
}

/// Repair the words of `text` OCR misread; returns the text and how many
/// words changed. Words with no known reading stay as written; bracketed
/// events, case and punctuation are kept.
pub fn repair_text(text: &str, vocab: &Vocabulary) -> (String, usize) {
    if vocab.is_empty() {
        return (text.to_string(), 0);
    }
    let mut slots = collect_slots(text, vocab);
    // Pass 1: by frequency alone; pass 2: with the neighbours of pass 1.
    for i in 0..slots.len() {
        slots[i].choice = choose(&slots, i, vocab, false);
    }
    for i in 0..slots.len() {
        slots[i].choice = choose(&slots, i, vocab, true);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut at = 0;
    let mut changed_tokens = Vec::new();
    for s in &slots {
        if s.choice == s.lower {
            continue;
        }
        out.push_str(&text[at..s.range.start]);
        out.push_str(&match_case(&text[s.range.clone()], &s.choice));
        at = s.range.end;
        if changed_tokens.last() != Some(&s.token) {
            changed_tokens.push(s.token);
        }
    }
    out.push_str(&text[at..]);
    (out, changed_tokens.len())
}

/// Repair every text of an episode (see [`repair_text`]); adds an info
/// diagnostic with the count and returns it.
pub fn repair_episode(ep: &mut Episode, vocab: &Vocabulary) -> usize {
    let mut total = 0;
    for turn in &mut ep.turns {
        for p in &mut turn.paragraphs {
            for inline in &mut p.0 {
                if let Inline::Text(t) = inline {
                    let (fixed, n) = repair_text(t, vocab);
                    if n > 0 {
                        *t = fixed;
                        total += n;
                    }
                }
            }
        }
    }
    if total > 0 {
        ep.diagnostics.push(Diagnostic::info(
            None,
            format!("repaired {total} words misread by OCR"),
        ));
    }
    total
}

/// Whether an episode read as `format` is to be repaired: read from OCR'd
/// columns, or found to be unrepaired OCR ([`needs_repair`]).
pub fn is_ocr(format: Format, ep: &Episode) -> bool {
    format == Format::Columns || needs_repair(ep)
}

/// The vocabulary to repair a series' OCR'd episodes with: the text of its
/// clean episodes, an optional word list and, when an episode to repair is
/// Swedish, the bundled Swedish words (an OCR'd file may come alone).
pub fn series_vocabulary<'a>(
    clean: impl IntoIterator<Item = &'a Episode>,
    wordlist: Option<&str>,
    swedish: bool,
) -> Vocabulary {
    let mut vocab = Vocabulary::new();
    for ep in clean {
        for t in &ep.turns {
            vocab.add_text(&t.text());
        }
    }
    if let Some(w) = wordlist {
        vocab.add_word_list(w);
    }
    if swedish {
        vocab.add_swedish_common();
    }
    vocab
}

/// Whether an episode looks like unrepaired OCR: Swedish text with almost no
/// å/ä/ö, or many words with digits, `&` or `@` inside.
pub fn needs_repair(ep: &Episode) -> bool {
    let mut letters = 0usize;
    let mut swedish = 0usize;
    let mut words = 0usize;
    let mut odd = 0usize;
    for turn in &ep.turns {
        for p in &turn.paragraphs {
            for inline in &p.0 {
                let Inline::Text(t) = inline else { continue };
                for tok in t.split_whitespace() {
                    // A sample decides: the first 2,000 words are plenty.
                    if words >= 2_000 {
                        break;
                    }
                    words += 1;
                    if is_odd_token(tok) {
                        odd += 1;
                    }
                    for c in tok.chars() {
                        if c.is_alphabetic() {
                            letters += 1;
                            if matches!(c, 'å' | 'ä' | 'ö' | 'Å' | 'Ä' | 'Ö') {
                                swedish += 1;
                            }
                        }
                    }
                }
            }
        }
    }
    if words == 0 {
        return false;
    }
    let few_swedish_letters =
        ep.meta.language.is_swedish() && letters >= 500 && swedish * 200 < letters;
    few_swedish_letters || odd * 100 > words
}

/// A token mixing letters with digits, `&`, `@` or `é` the way OCR does.
fn is_odd_token(tok: &str) -> bool {
    let core = tok.trim_matches(|c: char| !c.is_alphanumeric() && c != '&' && c != '@');
    let has_letter = core.chars().any(char::is_alphabetic);
    has_letter
        && core
            .chars()
            .any(|c| c.is_ascii_digit() || c == '&' || c == '@' || c == 'é')
}

/// Split the text into word slots with their candidates.
fn collect_slots(text: &str, vocab: &Vocabulary) -> Vec<Slot> {
    let mut slots = Vec::new();
    let mut in_event = false;
    for (token, (start, tok)) in tokens(text).enumerate() {
        if tok.starts_with('[') {
            in_event = true;
        }
        if in_event {
            if tok.contains(']') {
                in_event = false;
            }
            continue;
        }
        let keep = |c: char| c.is_alphanumeric() || c == '&' || c == '@';
        let Some(a) = tok.find(keep) else { continue };
        let b = tok
            .rfind(keep)
            .map(|i| i + tok[i..].chars().next().map_or(1, char::len_utf8));
        let Some(b) = b else { continue };
        let core = &tok[a..b];
        let ends_sentence = tok[b..].contains(['.', '?', '!', '…']);
        let mut offset = a;
        let parts: Vec<&str> = core.split('-').collect();
        let last = parts.len() - 1;
        for (k, part) in parts.into_iter().enumerate() {
            let range = start + offset..start + offset + part.len();
            offset += part.len() + 1;
            if part.is_empty() {
                continue;
            }
            let lower = part.to_lowercase();
            let cands = if lower.chars().any(is_confusable) && is_wordlike(&lower) {
                candidates(&lower, vocab)
            } else {
                Vec::new()
            };
            slots.push(Slot {
                range,
                choice: lower.clone(),
                lower,
                cands,
                ends_sentence: ends_sentence && k == last,
                token,
            });
        }
    }
    slots
}

/// Letters with at most a few OCR digits or signs among them (or a lone `1`).
fn is_wordlike(lower: &str) -> bool {
    lower == "1" || lower.chars().any(char::is_alphabetic)
}

/// Whitespace-separated tokens with their byte offsets.
fn tokens(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_whitespace()
        .map(move |t| (t.as_ptr() as usize - text.as_ptr() as usize, t))
}

/// The best reading of slot `i`, optionally weighing its neighbours.
fn choose(slots: &[Slot], i: usize, vocab: &Vocabulary, context: bool) -> String {
    let s = &slots[i];
    if s.cands.is_empty() {
        return s.lower.clone();
    }
    if s.lower == "1" {
        let word_at = |j: Option<usize>| {
            j.and_then(|j| slots.get(j))
                .is_some_and(|n| n.choice.chars().all(char::is_alphabetic))
        };
        let around = word_at(i.checked_sub(1)) && word_at(Some(i + 1));
        if !around {
            return s.lower.clone();
        }
    }
    let prev = (i > 0 && !slots[i - 1].ends_sentence).then(|| slots[i - 1].choice.as_str());
    let next = (!s.ends_sentence)
        .then(|| slots.get(i + 1).map(|n| n.choice.as_str()))
        .flatten();
    // Without context: how often each reading was seen. With it: how likely
    // the reading is after the word before and before the word after (a
    // bigram model, each pair's share mixed with the word's own frequency),
    // on a log scale.
    let total = vocab.total().max(1) as f64;
    let unigram = |n: u32| (f64::from(n) + 0.5) / total;
    // P(b | a), with `a` seen `na` times.
    let cond = |a: &str, na: u32, b: &str, nb: u32| -> f64 {
        if na == 0 {
            unigram(nb)
        } else {
            BIGRAM * f64::from(vocab.pair_count(a, b)) / f64::from(na)
                + (1.0 - BIGRAM) * unigram(nb)
        }
    };
    let score = |c: &Candidate| -> f64 {
        if !context {
            return f64::from(c.count).max(0.5).ln();
        }
        let mut v = match prev {
            Some(p) => cond(p, vocab.count(p), &c.word, c.count).ln(),
            None => unigram(c.count).ln(),
        };
        if let Some(n) = next {
            v += cond(&c.word, c.count, n, vocab.count(n)).ln();
        }
        v
    };
    let best = s
        .cands
        .iter()
        .max_by(|a, b| {
            score(a)
                .total_cmp(&score(b))
                .then_with(|| b.word.cmp(&a.word))
        })
        .expect("not empty");
    if let Some(own) = s.cands.iter().find(|c| c.word == s.lower) {
        if score(own) + (KEEP_FACTOR as f64).ln() >= score(best) {
            return s.lower.clone();
        }
    }
    best.word.clone()
}

/// Give `word` the case of `written`: all capitals, a capital first letter, or as is.
fn match_case(written: &str, word: &str) -> String {
    let letters: Vec<char> = written.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        return word.to_uppercase();
    }
    if written.chars().next().is_some_and(char::is_uppercase) {
        let mut cs = word.chars();
        return match cs.next() {
            Some(f) => f.to_uppercase().chain(cs).collect(),
            None => String::new(),
        };
    }
    word.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn restores_known_words_keeps_case_and_punctuation() {
        let v = Vocabulary::from_text("Det är här vi säger så. Östgötar är vi. Så är det.");
        let (out, n) = repair_text("Det dr hir, sdger vi. S& &r det. Ostgotar!", &v);
        assert_eq!(out, "Det är här, säger vi. Så är det. Östgötar!");
        assert_eq!(n, 6);
    }

    #[test]
    fn the_common_swedish_words_repair_a_file_without_clean_text() {
        let mut v = Vocabulary::new();
        v.add_swedish_common();
        let (out, n) = repair_text(
            "Jag tinker att det dr viktigt, for vérd maste fa vara nira och det ér bra att sdga nér.",
            &v,
        );
        assert_eq!(
            out,
            "Jag tänker att det är viktigt, för vård måste få vara nära och det är bra att säga när."
        );
        assert_eq!(n, 10);
    }

    #[test]
    fn the_bundled_speech_counts_know_inflections_and_context() {
        // Without clean text: inflected forms and word pairs of spoken Swedish
        // decide, and common words without å, ä or ö stay as they are.
        let mut v = Vocabulary::new();
        v.add_swedish_common();
        let (out, _) = repair_text(
            "Vi sitter i samma rum, och det ar svart att veta var man ska borja. \
             Men vi har hittat ett satt att traffas, och nu behovs inga beslut.",
            &v,
        );
        assert_eq!(
            out,
            "Vi sitter i samma rum, och det är svårt att veta var man ska börja. \
             Men vi har hittat ett sätt att träffas, och nu behövs inga beslut."
        );
    }

    #[test]
    fn unknown_words_stay() {
        let v = Vocabulary::from_text("är här");
        let (out, n) = repair_text("Zyxwd dr [musik] kvarndamm.", &v);
        assert_eq!(out, "Zyxwd är [musik] kvarndamm.");
        assert_eq!(n, 1);
    }

    #[test]
    fn context_decides_between_known_words() {
        let v = Vocabulary::from_text(
            "vi har tid. vi har det. vi har mycket. den här gången. den här dagen. \
             den här veckan. den här boken. vi har en. här",
        );
        let (out, _) = repair_text("vi har sett den har boken", &v);
        assert_eq!(out, "vi har sett den här boken");
    }

    #[test]
    fn the_word_after_decides_too() {
        // "har" is the commoner word, but "har är" is no Swedish: the word
        // after makes it "här"; "det har varit" stays.
        let v = Vocabulary::from_text(
            "vi har tid. de har det. vi har mycket. det har varit bra. det har varit \
             fint. han har rätt. hon har tid. det här är bra. det här är fint.",
        );
        let (out, _) = repair_text("det har är viktigt och det har varit viktigt", &v);
        assert_eq!(out, "det här är viktigt och det har varit viktigt");
    }

    #[test]
    fn lone_one_between_words_is_i() {
        let v = Vocabulary::from_text("i det i huset");
        assert_eq!(repair_text("bor 1 huset", &v).0, "bor i huset");
        assert_eq!(repair_text("kapitel 1.", &v).0, "kapitel 1.");
    }

    #[test]
    fn hyphenated_parts_and_capitals() {
        let v = Vocabulary::from_text("hälso och sjukvård vård SKR");
        assert_eq!(
            repair_text("hilso- och sjukvérd", &v).0,
            "hälso- och sjukvård"
        );
        assert_eq!(repair_text("VARD", &v).0, "VÅRD");
    }
}
