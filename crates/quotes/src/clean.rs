//! Light, recorded editing of a source passage: a clean start (pointer words and
//! leading ellipses trimmed, first letter capitalised), fillers, false starts
//! (repeated words) and bracketed events removed. Nothing else changes.

use std::ops::Range;

use crate::expletive::is_expletive;
use crate::lexicon::Lexicon;
use crate::quote::{reconstruct, Edit, EditKind};
use crate::words::TurnWords;

/// A cleaned passage.
pub(crate) struct Cleaned {
    pub text: String,
    pub edits: Vec<Edit>,
    pub removed: Vec<String>,
    /// Lead words were trimmed.
    pub trimmed: bool,
}

/// Words that may be said twice on purpose ("mycket, mycket").
const REPEAT_OK: &[&str] = &[
    "mycket", "väldigt", "jätte", "många", "nej", "ja", "very", "no", "yes", "had", "that", "so",
    "really", "mer", "more", "långt", "far",
];

/// Most lead words trimmed from one passage.
const MAX_TRIM: usize = 3;

/// Fewest words a quote may keep.
const MIN_WORDS: usize = 5;

/// Clean `text[span]`. `mid_sentence` is true when the span starts inside a
/// sentence (a clause start), which then needs a clean start as if trimmed.
/// `None` when the passage cannot stand alone.
#[cfg(test)]
pub(crate) fn clean(
    text: &str,
    span: Range<usize>,
    lex: &Lexicon,
    mid_sentence: bool,
) -> Option<Cleaned> {
    clean_in(text, &TurnWords::new(text), span, lex, mid_sentence)
}

/// [`clean`] with the turn's words found once (`tw` holds the words of `text`).
pub(crate) fn clean_in(
    text: &str,
    tw: &TurnWords,
    span: Range<usize>,
    lex: &Lexicon,
    mid_sentence: bool,
) -> Option<Cleaned> {
    let s = span.start;
    let seg = &text[span.clone()];
    let events = event_ranges(seg, s);
    let inside = tw.within(&span);
    let keep: Vec<usize> = inside
        .filter(|&k| {
            let r = &tw.ranges[k];
            !events.iter().any(|e| e.start <= r.start && r.end <= e.end)
        })
        .collect();
    let words: Vec<Range<usize>> = keep.iter().map(|&k| tw.ranges[k].clone()).collect();
    let lw: Vec<&str> = keep.iter().map(|&k| tw.lower[k].as_str()).collect();
    if words.len() < MIN_WORDS {
        return None;
    }
    let mut edits = Vec::new();
    let mut removed = Vec::new();

    // Leading ellipsis, dash or comma.
    let first = words[0].start;
    let lead_junk = &text[s..first];
    if lead_junk.chars().any(|c| !c.is_whitespace()) {
        let mut kind = EditKind::Ellipsis;
        for e in events.iter().filter(|e| e.end <= first) {
            kind = EditKind::Event;
            removed.push(text[e.clone()].to_string());
        }
        edits.push(Edit {
            kind,
            span: (s, first),
            replacement: String::new(),
        });
    }

    // Trim words pointing back.
    let mut idx = 0;
    while idx < MAX_TRIM
        && idx < lw.len()
        && (lex.pointers_trim.contains(&lw[idx]) || lex.fillers_always.contains(&lw[idx]))
    {
        idx += 1;
    }
    if words.len() - idx < MIN_WORDS {
        return None;
    }
    let head = &lw[idx..];
    let first_word = head[0];
    // A false start: a subject and its verb broken off at a comma ("Folk är,
    // man måste …", "People are, you have to …").
    let comma_after = |k: usize| {
        words
            .get(idx + k + 1)
            .is_some_and(|next| text[words[idx + k].end..next.start].contains(','))
    };
    if head.len() > 3 && lex.aux.contains(&head[1]) && comma_after(1) {
        return None;
    }
    let orig_upper = text[words[idx].clone()]
        .chars()
        .next()
        .is_some_and(char::is_uppercase);
    if lex.pointers_hard.contains(&first_word) || lex.pointers_trim.contains(&first_word) {
        return None;
    }
    if head.len() > 1
        && lex.subjects.contains(&first_word)
        && lex.subordinate_adverbs.contains(&head[1])
    {
        return None;
    }
    if head.len() > 1 && lex.wh.contains(&first_word) && lex.aux.contains(&head[1]) {
        return None;
    }
    if lex.pointers_soft.contains(&first_word) {
        if !is_expletive(head, lex) {
            return None;
        }
    } else if (idx > 0 || mid_sentence)
        && !lex.clean_starts.contains(&first_word)
        && !(orig_upper && idx > 0)
        && !(idx > 0 && definite_noun(first_word, lex) && verb_may_follow(head, lex))
        && !definite_claim(head, lex)
    {
        return None;
    }
    if idx > 0 {
        for w in &lw[..idx] {
            removed.push(w.to_string());
        }
        for e in &events {
            if e.start > first && e.start < words[idx].start {
                removed.push(text[e.clone()].to_string());
            }
        }
        edits.push(Edit {
            kind: EditKind::Lead,
            span: (words[0].start, words[idx].start),
            replacement: String::new(),
        });
    }
    // Capitalise the new first letter.
    let w0 = words[idx].start;
    if let Some(c) = text[w0..].chars().next() {
        if c.is_lowercase() {
            edits.push(Edit {
                kind: EditKind::Capital,
                span: (w0, w0 + c.len_utf8()),
                replacement: c.to_uppercase().collect(),
            });
        }
    }

    // Events after the start.
    for e in &events {
        if e.start >= w0 {
            let mut a = e.start;
            while a > w0 && text[..a].ends_with([' ', '\t', '\n']) {
                a -= 1;
            }
            edits.push(Edit {
                kind: EditKind::Event,
                span: (a, e.end),
                replacement: String::new(),
            });
            removed.push(text[e.clone()].to_string());
        }
    }

    // Fillers and repetitions.
    let mut i = idx;
    while i < words.len() {
        if let Some((n, skip)) = repetition_at(text, &words, &lw, i, lex) {
            // The second copy goes, with any filler before it ("I think, um,
            // I think" → "I think").
            let second = i + n + skip;
            edits.push(Edit {
                kind: EditKind::Repetition,
                span: (words[i + n - 1].end, words[second + n - 1].end),
                replacement: String::new(),
            });
            for w in &lw[i + n..second] {
                removed.push((*w).to_string());
            }
            removed.push(lw[i..i + n].join(" "));
            i = second;
            continue;
        }
        if let Some((n, range)) = filler_at(text, &words, &lw, i, idx, span.end, lex) {
            removed.push(lw[i..i + n].join(" "));
            edits.push(Edit {
                kind: EditKind::Filler,
                span: (range.start, range.end),
                replacement: String::new(),
            });
            i += n;
            continue;
        }
        i += 1;
    }

    // Keep edits non-overlapping.
    edits.sort_by_key(|e| (e.span.0, std::cmp::Reverse(e.span.1)));
    let mut kept: Vec<Edit> = Vec::with_capacity(edits.len());
    for e in edits {
        if kept.last().is_none_or(|k| k.span.1 <= e.span.0) {
            kept.push(e);
        }
    }
    // A filler removed at the start: capitalise the first word that is left.
    let removal = |p: usize| {
        kept.iter()
            .any(|e| e.replacement.is_empty() && e.span.0 <= p && p < e.span.1)
    };
    if let Some(k) = (idx..words.len()).find(|&k| !removal(words[k].start)) {
        if k != idx {
            if lex.pointers_hard.contains(&lw[k]) {
                return None;
            }
            let p = words[k].start;
            if let Some(c) = text[p..].chars().next().filter(|c| c.is_lowercase()) {
                kept.push(Edit {
                    kind: EditKind::Capital,
                    span: (p, p + c.len_utf8()),
                    replacement: c.to_uppercase().collect(),
                });
                kept.sort_by_key(|e| e.span);
            }
        }
    }
    let out = reconstruct(text, (span.start, span.end), &kept);
    Some(Cleaned {
        text: out,
        edits: kept,
        removed,
        trimmed: idx > 0,
    })
}

/// Words that, opening a short parenthesis, make it a stage direction rather
/// than speech ("(skrattar)", "(laughs softly)"), in either language.
const EVENT_WORDS: &[&str] = &[
    "skrattar",
    "skratt",
    "fnissar",
    "ler",
    "suckar",
    "suck",
    "paus",
    "tystnad",
    "hostar",
    "harklar",
    "ohörbart",
    "ohörbar",
    "otydligt",
    "musik",
    "applåder",
    "laughs",
    "laughing",
    "laughter",
    "chuckles",
    "chuckling",
    "giggles",
    "sighs",
    "pause",
    "pauses",
    "silence",
    "inaudible",
    "crosstalk",
    "coughs",
    "music",
    "applause",
];

/// Byte ranges (absolute) of `[event]` brackets in `seg`, and of short
/// parentheses that open on an event word ("(skrattar)", "(laughs)").
fn event_ranges(seg: &str, offset: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(o) = seg[from..].find('[') {
        let o = from + o;
        match seg[o..].find(']') {
            Some(c) if c < 60 => {
                out.push(offset + o..offset + o + c + 1);
                from = o + c + 1;
            }
            _ => break,
        }
    }
    let mut from = 0;
    while let Some(o) = seg[from..].find('(') {
        let o = from + o;
        let Some(c) = seg[o..].find(')') else { break };
        let inner = &seg[o + 1..o + c];
        let mut words = inner.split_whitespace();
        let event = inner.len() <= 40
            && words.clone().count() <= 3
            && words
                .next()
                .is_some_and(|w| EVENT_WORDS.contains(&w.to_lowercase().as_str()));
        if event {
            out.push(offset + o..offset + o + c + 1);
        }
        from = o + c + 1;
    }
    out.sort_by_key(|r| r.start);
    out
}

/// A word group said twice in a row at word `i`, perhaps with up to two
/// fillers between the copies ("I think, um, I think"): its length and the
/// number of fillers.
///
/// A group of several words counts as a false start only where a clause can
/// begin (after punctuation or a conjunction): in "to understand the service,
/// the service is too complicated" the first copy ends one clause and the
/// second begins the next, and both are needed.
fn repetition_at(
    text: &str,
    words: &[Range<usize>],
    lw: &[&str],
    i: usize,
    lex: &Lexicon,
) -> Option<(usize, usize)> {
    // Worked out only when a repeat is found (most words repeat nothing).
    let clause_start = || {
        i == 0
            || text[words[i - 1].end..words[i].start].contains([',', '.', ';', ':', '–', '—', '…'])
            || [
                lex.clause_openers,
                lex.pointers_trim,
                lex.fragment_starts,
                lex.clean_starts,
            ]
            .iter()
            .any(|list| list.contains(&lw[i - 1]))
    };
    // Fillers right after a first copy of `n` words.
    let fillers = |n: usize| {
        lw[(i + n).min(lw.len())..]
            .iter()
            .take(2)
            .take_while(|w| lex.fillers_always.contains(w))
            .count()
    };
    for n in (1..=3).rev() {
        // The copies side by side first, then with the fillers between.
        let with_fillers = Some(fillers(n)).filter(|&f| f > 0);
        for skip in std::iter::once(0).chain(with_fillers) {
            let second = i + n + skip;
            if second + n > lw.len() || lw[i..i + n] != lw[second..second + n] {
                continue;
            }
            if n == 1 && (REPEAT_OK.contains(&lw[i]) || lw[i].chars().all(|c| c.is_ascii_digit())) {
                continue;
            }
            if n > 1 && !clause_start() {
                continue;
            }
            // Only white space, commas, dashes or ellipses between the copies and inside them.
            let gap = &text[words[i].start..words[second].start];
            let ok = gap
                .chars()
                .all(|c| c.is_alphanumeric() || " \t\n,-–—…'’[]".contains(c));
            if ok {
                return Some((n, skip));
            }
        }
    }
    None
}

/// A filler at word `i`: its word count and the byte range to remove.
/// A definite noun phrase and a copula: a claim about the thing named ("the
/// real change isn't the technology", "förändringen är inte tekniken"), which
/// opens a statement even inside a sentence.
pub(crate) fn definite_claim(head: &[&str], lex: &Lexicon) -> bool {
    let be = |k: usize| {
        head.get(k)
            .is_some_and(|w| lex.copulas_past.contains(w) || ["isn't", "wasn't"].contains(w))
    };
    // "nära vård, för mig, det är att …", "home first, for me, is …": a
    // definition in the speaker's own terms.
    let defined = (1..=3).any(|k| {
        matches!(
            head.get(k..k + 2),
            Some(["för", "mig"] | ["for", "me"] | ["to", "me"])
        ) && (be(k + 2) || matches!(head.get(k + 2..k + 4), Some(["det", "är"] | ["it's", _])))
    });
    if defined && !lex.is_stop(head[0]) {
        return true;
    }
    match head {
        ["the", ..] => (2..=3).any(be),
        // "förändringen är", "adaptation is (really) about", "tillit handlar om".
        [w, ..] if definite_noun(w, lex) || lex.is_abstract(w) && !lex.is_stop(w) => {
            be(1) || head.get(1..3) == Some(&["handlar", "om"][..])
        }
        _ => false,
    }
}

/// Whether the word after a subject may be its verb: no function word
/// other than an auxiliary ("beslutet fattas", "barnen är", not "invånarna
/// att få …").
fn verb_may_follow(head: &[&str], lex: &Lexicon) -> bool {
    head.get(1)
        .is_some_and(|w| !lex.is_stop(w) || lex.aux.contains(w))
}

/// A Swedish definite noun ("beslutet", "dagen", "barnen"): after a trimmed
/// "Så"/"Och" it is the subject of a clause of its own ("Så beslutet fattas
/// av …"), where a verb would show inverted order ("Så vill vi …").
fn definite_noun(w: &str, lex: &Lexicon) -> bool {
    lex.is_swedish()
        && w.chars().count() >= 5
        && (w.ends_with("en") || w.ends_with("et") || w.ends_with("na"))
        && !lex.aux.contains(&w)
        && !lex.is_stop(w)
}

fn filler_at(
    text: &str,
    words: &[Range<usize>],
    lw: &[&str],
    i: usize,
    first: usize,
    end: usize,
    lex: &Lexicon,
) -> Option<(usize, Range<usize>)> {
    let always = lex.fillers_always.contains(&lw[i]);
    let mut n = 0;
    if always {
        n = 1;
    } else if lex.guarded_first.contains(&lw[i]) {
        for f in lex.fillers_guarded {
            if crate::words::starts_with_phrase(&lw[i..], f) {
                n = f.split(' ').count();
                break;
            }
        }
    }
    if n == 0 {
        return None;
    }
    let a = words[i].start;
    let b = words[i + n - 1].end;
    // Neighbourhood.
    let before = &text[..a];
    let bt = before.trim_end_matches([' ', '\t', '\n']);
    let prev_comma = i > first && bt.ends_with(',');
    let c0 = bt.len().saturating_sub(1);
    let after = &text[b..end];
    let next_comma = after.starts_with(',');
    let at = after.trim_start_matches(',').trim_start();
    let next_end = at.is_empty() || at.starts_with(['.', '!', '?', '…']);
    let at_start = i == first;
    if !always {
        let prev = (i > first).then(|| lw[i - 1]);
        let next = lw.get(i + n).copied();
        let set_off = (prev_comma || at_start) && (next_comma || next_end);
        let single = n == 1;
        let hosted = single
            && !next_comma
            && !next_end
            && prev.is_some_and(|p| {
                lex.filler_hosts.contains(&p) && !lex.filler_blockers.contains(&p)
            })
            && next.is_some_and(|w| !lex.filler_blockers.contains(&w) && w != "av" && w != "of");
        let only_commas = lw[i] == "ba";
        if !(set_off || hosted && !only_commas) {
            return None;
        }
        // Leaving a bare sentence start with nothing after would not survive.
        if at_start && next_end {
            return None;
        }
    }
    let skip_ws = |p: usize| p + (text[p..end].len() - text[p..end].trim_start().len());
    // Set off between two clauses ("vårt träd, alltså, vi lånar det"), one
    // comma stays; inside a clause ("det är, liksom, jättebra") none.
    let clause_follows = lw
        .get(i + n)
        .is_some_and(|w| lex.subjects.contains(w) || lex.parallel_subjects.contains(w));
    let range = if prev_comma && next_comma && clause_follows {
        c0 + 1..b + 1
    } else if prev_comma && next_comma {
        c0..b + 1
    } else if prev_comma && next_end {
        c0..b
    } else if next_comma {
        a..skip_ws(b + 1)
    } else if next_end {
        bt.len()..b
    } else {
        a..skip_ws(b)
    };
    Some((n, range))
}

#[cfg(test)]
mod tests {
    use super::*;
    use podprint_transcript::Lang;

    fn run(text: &str, lang: &Lang) -> Option<String> {
        clean(text, 0..text.len(), Lexicon::for_lang(lang), false).map(|c| c.text)
    }

    #[test]
    fn a_definite_superlative_is_an_article_not_a_pointer() {
        let sv = Lang::sv();
        assert_eq!(
            run(
                "Den största utmaningen är att hålla ihop verksamheten.",
                &sv
            )
            .as_deref(),
            Some("Den största utmaningen är att hålla ihop verksamheten.")
        );
        // "Den" alone still points back.
        assert_eq!(run("Den var svår att hålla ihop för oss.", &sv), None);
    }

    #[test]
    fn a_focus_contrast_opens_a_quote() {
        let sv = Lang::sv();
        let en = Lang::en();
        let kept = |t: &str, l: &Lang| assert_eq!(run(t, l).as_deref(), Some(t), "{t}");
        kept(
            "Det var inte att vi ville ha nya skärmar, det var att vi ville veta hur han mådde.",
            &sv,
        );
        kept(
            "It wasn't the money, it was the waiting that broke them.",
            &en,
        );
        kept("It's not the form, it's what the form asks of people.", &en);
        // Without the pronoun coming back, "Det var inte" points back.
        assert_eq!(
            run("Det var inte så lätt att få tag på någon där.", &sv),
            None
        );
        assert_eq!(run("It wasn't easy to find anyone to talk to.", &en), None);
    }

    #[test]
    fn a_definite_claim_opens_a_quote_inside_a_sentence() {
        let en = Lang::en();
        let sv = Lang::sv();
        let mid =
            |t: &str, l: &Lang| clean(t, 0..t.len(), Lexicon::for_lang(l), true).map(|c| c.text);
        assert_eq!(
            mid(
                "the real change isn't the technology, it's the habits.",
                &en
            )
            .as_deref(),
            Some("The real change isn't the technology, it's the habits.")
        );
        assert_eq!(
            mid("förändringen är inte tekniken, det är vanorna.", &sv).as_deref(),
            Some("Förändringen är inte tekniken, det är vanorna.")
        );
        assert_eq!(
            mid(
                "adaptation is really about admitting what is breaking.",
                &en
            )
            .as_deref(),
            Some("Adaptation is really about admitting what is breaking.")
        );
        assert_eq!(
            mid(
                "nära vård, för mig, det är att ingen ska behöva samordna sin egen vård.",
                &sv
            )
            .as_deref(),
            Some("Nära vård, för mig, det är att ingen ska behöva samordna sin egen vård.")
        );
        // A definite noun phrase without a claim is still a fragment.
        assert_eq!(mid("vården vi fick i våras var bra.", &sv), None);
    }

    #[test]
    fn a_trimmed_definite_noun_needs_its_verb() {
        let sv = Lang::sv();
        assert_eq!(
            run(
                "Så beslutet fattas av en människa och inte av systemet.",
                &sv
            )
            .as_deref(),
            Some("Beslutet fattas av en människa och inte av systemet.")
        );
        assert_eq!(
            run("För eleverna att få det stöd de behöver i skolan.", &sv),
            None
        );
    }

    #[test]
    fn a_cleft_on_a_pronoun_points_back() {
        let sv = Lang::sv();
        assert_eq!(
            run(
                "Det är väl det som gör att folk stannar kvar på jobbet.",
                &sv
            ),
            None
        );
        assert!(run(
            "Det är väl gemenskapen som gör att folk stannar kvar på jobbet.",
            &sv
        )
        .is_some());
    }

    #[test]
    fn thats_the_points_back() {
        let en = Lang::en();
        assert_eq!(
            run("That's the bit that's hard to explain to people.", &en),
            None
        );
        assert_eq!(
            run(
                "That's not a health service thing, that's a society thing.",
                &en
            ),
            None
        );
        assert!(run("It's the people who stay that make it work.", &en).is_some());
    }

    #[test]
    fn a_false_start_is_no_start() {
        let sv = Lang::sv();
        let en = Lang::en();
        assert_eq!(
            run("Folk är, man måste ha någon som går i god för en.", &sv),
            None
        );
        assert_eq!(
            run("People are, you have to earn their trust first.", &en),
            None
        );
        assert!(run("Folk är trötta på att bli skickade runt i systemet.", &sv).is_some());
    }

    #[test]
    fn trims_lead_words_and_capitalises() {
        let sv = Lang::sv();
        assert_eq!(
            run("Ja, jag tror att vi måste börja om från början.", &sv).as_deref(),
            Some("Jag tror att vi måste börja om från början.")
        );
        assert_eq!(
            run("Så vill vi förstärka den så behöver vi tid.", &sv),
            None
        );
        assert_eq!(run("Han sa att det var bra för alla.", &sv), None);
        assert_eq!(
            run("Det finns en stor kraft hos medarbetarna själva.", &sv).as_deref(),
            Some("Det finns en stor kraft hos medarbetarna själva.")
        );
        assert_eq!(run("Det var en bra dag för oss alla.", &sv), None);
        assert_eq!(
            run("Det är ju otroligt svårt att ändra en kultur.", &sv).as_deref(),
            Some("Det är ju otroligt svårt att ändra en kultur.")
        );
        assert_eq!(run("Det är så att vi inte hinner med alls.", &sv), None);
        // After a trimmed "Så", a definite noun is a subject of its own.
        assert_eq!(
            run(
                "Så beslutet fattas av en människa, men underlaget är maskinens.",
                &sv
            )
            .as_deref(),
            Some("Beslutet fattas av en människa, men underlaget är maskinens.")
        );
        assert_eq!(
            run("Det roliga är att alla vill vara med nu.", &sv).as_deref(),
            Some("Det roliga är att alla vill vara med nu.")
        );
    }

    #[test]
    fn removes_fillers_only_where_grammar_survives() {
        let sv = Lang::sv();
        assert_eq!(
            run(
                "Vi måste liksom ställa om hela systemet, eh, på riktigt.",
                &sv
            )
            .as_deref(),
            Some("Vi måste ställa om hela systemet på riktigt.")
        );
        assert_eq!(
            run("Jag har en typ av känsla att vi kan mer.", &sv).as_deref(),
            Some("Jag har en typ av känsla att vi kan mer.")
        );
        let en = Lang::en();
        assert_eq!(
            run("And um, I think the key is, you know, trust.", &en).as_deref(),
            Some("I think the key is trust.")
        );
        assert_eq!(
            run("I like the way we work in this team.", &en).as_deref(),
            Some("I like the way we work in this team.")
        );
        // Between two clauses one comma stays.
        assert_eq!(
            run(
                "Ett träd är inte vårt, alltså, vi lånar det bara av barnen.",
                &sv
            )
            .as_deref(),
            Some("Ett träd är inte vårt, vi lånar det bara av barnen.")
        );
        assert_eq!(
            run(
                "The queue was long, you know, we waited for hours that day.",
                &en
            )
            .as_deref(),
            Some("The queue was long, we waited for hours that day.")
        );
    }

    #[test]
    fn removes_repetitions_and_events() {
        let sv = Lang::sv();
        let t = "Jag jag tror att det är [skratt] det är viktigt att lyssna.";
        let c = clean(t, 0..t.len(), Lexicon::for_lang(&sv), false).unwrap();
        assert_eq!(c.text, "Jag tror att det är viktigt att lyssna.");
        assert!(c.removed.contains(&"[skratt]".to_string()));
        assert_eq!(reconstruct(t, (0, t.len()), &c.edits), c.text);
    }

    #[test]
    fn a_stage_direction_in_parentheses_is_an_event() {
        let sv = Lang::sv();
        let en = Lang::en();
        for (t, want, lang) in [
            (
                "Jag var rätt jobbig (skrattar). Jag sa nog saker lite för ofta.",
                "Jag var rätt jobbig. Jag sa nog saker lite för ofta.",
                &sv,
            ),
            (
                "We were terrified (laughs softly) of the first public meeting.",
                "We were terrified of the first public meeting.",
                &en,
            ),
        ] {
            let c = clean(t, 0..t.len(), Lexicon::for_lang(lang), false).unwrap();
            assert_eq!(c.text, want);
            assert!(
                c.removed.iter().any(|r| r.starts_with('(')),
                "{:?}",
                c.removed
            );
            assert_eq!(reconstruct(t, (0, t.len()), &c.edits), c.text);
        }
        // An aside or an abbreviation in parentheses is speech.
        for t in [
            "Vi skrev en plan (en SIP) för varje barn i gruppen.",
            "Vi skrev en samordnad plan (SIP) för varje barn i gruppen.",
        ] {
            let c = clean(t, 0..t.len(), Lexicon::for_lang(&sv), false).unwrap();
            assert_eq!(c.text, t);
        }
    }

    #[test]
    fn a_repetition_around_a_filler_goes_with_the_filler() {
        let en = Lang::en();
        let t = "I think, um, I think counties have to be honest about what they control.";
        let c = clean(t, 0..t.len(), Lexicon::for_lang(&en), false).unwrap();
        assert_eq!(
            c.text,
            "I think counties have to be honest about what they control."
        );
        assert_eq!(c.removed, ["um", "i think"]);
        assert_eq!(reconstruct(t, (0, t.len()), &c.edits), c.text);
        let sv = Lang::sv();
        assert_eq!(
            run(
                "Och vi fick, eh, vi fick ett nytt system för hela regionen.",
                &sv
            )
            .as_deref(),
            Some("Vi fick ett nytt system för hela regionen.")
        );
        // Words said twice on purpose stay, filler or not.
        assert_eq!(
            run(
                "Vi hade mycket, eh, mycket mer att göra än vi trodde från början.",
                &sv
            )
            .as_deref(),
            Some("Vi hade mycket mycket mer att göra än vi trodde från början.")
        );
    }

    #[test]
    fn leading_ellipsis_is_removed() {
        let sv = Lang::sv();
        assert_eq!(
            run("…det handlar om att skapa bilder av framtiden.", &sv).as_deref(),
            Some("Det handlar om att skapa bilder av framtiden.")
        );
    }
}
