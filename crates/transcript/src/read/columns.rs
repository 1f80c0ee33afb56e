//! Two-column OCR transcripts: each page lists its speaker labels first, then
//! the paragraphs in the same order.
//!
//! A page starts with a line that begins with a space. Its labels stand alone
//! on their lines (`LENA:`); the paragraphs follow with no blank line between
//! them, so the reader infers where turns start (a sentence end, a short last
//! line, a capital next) and needs exactly as many starts as the page has
//! labels. When the page's first paragraph continues the previous page's last
//! turn, the page has one paragraph group more than labels. A page whose
//! labels and paragraphs cannot be reconciled imports with a warning and the
//! next page starts afresh, so one bad page never shifts later speakers.
//!
//! The file may end with a tab-indented block that repeats the turns with
//! correct letters, truncated at about 250 characters. It is never output: it
//! helps find turn starts, replaces the misread start of each turn it matches
//! and is the vocabulary for repairing the rest (see [`crate::ocr`]).

use super::extraction::is_event_line;
use super::label::name_style;
use super::{Draft, DraftTurn};
use crate::model::Diagnostic;
use crate::ocr::align::{cover, starts_like, StartKey};
use crate::ocr::{repair_text, Vocabulary};

/// A repeat-block entry ending in `...` counts as truncated (its last word
/// cut) past this many characters.
const TRUNCATED_AT: usize = 150;

/// Letters compared when matching a line with a repeat-block entry.
const MATCH_CHARS: usize = 28;

/// Words joined to a hyphen with a space: `hälso-` `och` → `hälso- och`.
const SUSPENDING: &[&str] = &["och", "eller", "samt", "som", "till", "respektive", "&"];

/// True when the text has the two-column OCR layout: speaker labels alone on
/// their lines, several in a row, and few `NAME: text` lines outside a
/// trailing tab-indented block.
pub fn looks_like_columns(text: &str) -> bool {
    let mut labels = 0;
    let mut in_runs = 0;
    let mut runs = 0;
    let mut run = 0;
    let mut inline = 0;
    let end_run = |run: &mut usize, in_runs: &mut usize, runs: &mut usize| {
        if *run >= 2 {
            *in_runs += *run;
            *runs += 1;
        }
        *run = 0;
    };
    for raw in text.lines() {
        if raw.trim_start_matches(' ').starts_with('\t') {
            continue;
        }
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        if label_only(t).is_some() {
            labels += 1;
            run += 1;
        } else {
            end_run(&mut run, &mut in_runs, &mut runs);
            if has_inline_label(t) {
                inline += 1;
            }
        }
    }
    end_run(&mut run, &mut in_runs, &mut runs);
    labels >= 4 && runs >= 2 && in_runs * 3 >= labels * 2 && inline * 4 < labels
}

/// Read a columns-layout OCR transcript.
pub fn read(text: &str) -> Draft {
    let lines: Vec<&str> = text.lines().collect();
    let block_at = find_block(&lines);
    let block = parse_block(&lines[block_at..]);
    let mut vocab = Vocabulary::new();
    for e in &block {
        vocab.add_text(&e.text);
    }
    let segments = segments(&lines[..block_at]);
    let width = full_width(&segments);
    let mut draft = Draft::default();
    let mut preamble: Vec<String> = Vec::new();
    let mut prev_line: Option<&Line> = None;
    let mut pages = 0;
    for seg in &segments {
        pages = pages.max(seg.page);
        if seg.labels.is_empty() && draft.turns.is_empty() {
            append_lines(&mut preamble, &seg.texts, &vocab);
            prev_line = seg.texts.last().or(prev_line);
            continue;
        }
        let first = draft.turns.is_empty();
        let starts = choose_starts(seg, prev_line, first, width, &block, &mut draft.diagnostics);
        let lead_end = starts.first().copied().unwrap_or(seg.texts.len());
        if lead_end > 0 {
            match draft.turns.last_mut() {
                Some(t) => append_lines(&mut t.paragraphs, &seg.texts[..lead_end], &vocab),
                None => append_lines(&mut preamble, &seg.texts[..lead_end], &vocab),
            }
        }
        for (k, &s) in starts.iter().enumerate() {
            let end = starts.get(k + 1).copied().unwrap_or(seg.texts.len());
            let mut paragraphs = Vec::new();
            append_lines(&mut paragraphs, &seg.texts[s..end], &vocab);
            draft.turns.push(DraftTurn {
                speaker: seg.labels[k].0.clone(),
                paragraphs,
                line: seg.texts[s].no,
                ..DraftTurn::default()
            });
        }
        prev_line = seg.texts.last().or(prev_line);
    }
    if let Some(t) = draft.turns.first_mut() {
        preamble.append(&mut t.paragraphs);
        t.paragraphs = preamble;
    }
    let labels: usize = segments.iter().map(|s| s.labels.len()).sum();
    draft.diagnostics.insert(
        0,
        Diagnostic::info(
            None,
            format!("read as two-column OCR: {pages} pages, {labels} speaker labels"),
        ),
    );
    let fixed = fix_turns(&mut draft.turns, &block, &vocab);
    if !block.is_empty() {
        draft.diagnostics.push(Diagnostic::info(
            Some(block_at + 1),
            format!(
                "dropped the repeat block at the end ({} entries); it corrected the start of {} turns",
                block.len(),
                fixed.starts
            ),
        ));
    }
    if fixed.words > 0 {
        draft.diagnostics.push(Diagnostic::info(
            None,
            format!(
                "repaired {} words misread by OCR (vocabulary: the file's repeat block)",
                fixed.words
            ),
        ));
    }
    draft
}

/// One line of paragraph text.
#[derive(Debug)]
struct Line<'a> {
    text: &'a str,
    no: usize,
    event: bool,
}

/// Labels and the paragraph lines after them (normally one page).
#[derive(Debug, Default)]
struct Segment<'a> {
    page: usize,
    labels: Vec<(String, usize)>,
    texts: Vec<Line<'a>>,
}

/// An entry of the clean repeat block.
#[derive(Debug)]
struct BlockEntry {
    speaker: String,
    text: String,
    truncated: bool,
    /// The start of `text` as compared with the body ([`StartKey`]).
    key: StartKey,
}

/// Where the trailing tab-indented block starts (`lines.len()` if none).
fn find_block(lines: &[&str]) -> usize {
    let tabbed = |l: &str| l.trim_start_matches(' ').starts_with('\t');
    let mut start = lines.len();
    for (i, l) in lines.iter().enumerate().rev() {
        if l.trim().is_empty() || tabbed(l) {
            if tabbed(l) {
                start = i;
            }
        } else {
            break;
        }
    }
    start
}

fn parse_block(lines: &[&str]) -> Vec<BlockEntry> {
    let mut out = Vec::new();
    for l in lines {
        let t = l.trim();
        let Some((name, rest)) = t.split_once(':') else {
            continue;
        };
        if label_only(&format!("{}:", name.trim())).is_none() || rest.trim().is_empty() {
            continue;
        }
        let text = rest.trim();
        let truncated = text.ends_with("...") && text.chars().count() > TRUNCATED_AT;
        out.push(BlockEntry {
            speaker: name.trim().to_string(),
            text: text.to_string(),
            truncated,
            key: StartKey::new(text, MATCH_CHARS),
        });
    }
    out
}

/// Split the body into segments at each run of labels; count pages.
fn segments<'a>(lines: &[&'a str]) -> Vec<Segment<'a>> {
    let mut out: Vec<Segment> = Vec::new();
    let mut page = 1;
    let mut cur = Segment {
        page,
        ..Segment::default()
    };
    for (i, raw) in lines.iter().enumerate() {
        if raw.starts_with(' ') && i > 0 {
            page += 1;
        }
        let t = raw.trim();
        if t.is_empty() {
            continue;
        }
        if let Some(label) = label_only(t) {
            if !cur.texts.is_empty() {
                out.push(std::mem::take(&mut cur));
                cur.page = page;
            }
            if cur.labels.is_empty() {
                cur.page = page;
            }
            cur.labels.push((label.to_string(), i + 1));
        } else {
            cur.texts.push(Line {
                text: t,
                no: i + 1,
                event: is_event_line(t),
            });
        }
    }
    out.push(cur);
    // Labels with no text of their own go with the next segment's.
    let mut merged: Vec<Segment> = Vec::new();
    let mut carry: Vec<(String, usize)> = Vec::new();
    for mut s in out {
        if s.texts.is_empty() {
            carry.append(&mut s.labels);
            continue;
        }
        if !carry.is_empty() {
            carry.append(&mut s.labels);
            s.labels = std::mem::take(&mut carry);
        }
        merged.push(s);
    }
    merged
}

/// The usual length of a full line: the 80th percentile of text lines.
fn full_width(segments: &[Segment]) -> f64 {
    let mut lens: Vec<usize> = segments
        .iter()
        .flat_map(|s| s.texts.iter().map(|l| l.text.chars().count()))
        .collect();
    if lens.is_empty() {
        return 70.0;
    }
    lens.sort_unstable();
    lens[lens.len() * 4 / 5].max(20) as f64
}

/// Pick the lines of `seg` that start its labels' turns: exactly one per
/// label, the best-scoring set whose repeat-block matches agree with the labels.
fn choose_starts(
    seg: &Segment,
    prev: Option<&Line>,
    first: bool,
    width: f64,
    block: &[BlockEntry],
    diags: &mut Vec<Diagnostic>,
) -> Vec<usize> {
    let n = seg.labels.len();
    let forced = (first || prev.is_none()) && !seg.texts.is_empty();
    let mut cands: Vec<Start> = Vec::new();
    for i in usize::from(forced)..seg.texts.len() {
        let before = if i == 0 {
            prev
        } else {
            Some(&seg.texts[i - 1])
        };
        if let Some(c) = start_score(&seg.texts, i, before, width, block) {
            cands.push(c);
        }
    }
    let skip = usize::from(forced);
    let want = n.saturating_sub(skip);
    let page = seg.page;
    let at = seg.labels.first().map(|l| l.1);
    let chosen: Vec<usize> = if cands.len() <= want {
        if cands.len() < want {
            let found = cands.len() + skip;
            let orphans: Vec<&str> = seg.labels[found..].iter().map(|l| l.0.as_str()).collect();
            diags.push(Diagnostic::warning(
                at,
                format!(
                    "page {page}: {n} speaker labels but only {found} paragraph(s) found; assumed \
                     the text belongs to the first {found} label(s) and dropped {}",
                    orphans.join(", ")
                ),
            ));
        }
        (0..cands.len()).collect()
    } else {
        best_set(&cands, want, |j| seg.labels[j + skip].0.as_str())
    };
    for &c in &chosen {
        if cands[c].score < 0.0 {
            diags.push(Diagnostic::warning(
                Some(seg.texts[cands[c].line].no),
                format!(
                    "page {page}: no clear paragraph end before this line; assumed a new turn starts here"
                ),
            ));
        }
    }
    let mut starts: Vec<usize> = Vec::with_capacity(n);
    if forced {
        starts.push(0);
    }
    starts.extend(chosen.iter().map(|&c| cands[c].line));
    starts
}

/// A line that may start a turn.
struct Start<'b> {
    line: usize,
    score: f64,
    /// Speakers of the repeat-block entries this line starts like.
    speakers: Vec<&'b str>,
}

impl Start<'_> {
    /// Score when the line starts the turn of `label`.
    fn score_as(&self, label: &str) -> f64 {
        if self.speakers.is_empty() {
            self.score
        } else if self.speakers.contains(&label) {
            self.score + 5.0
        } else {
            self.score + 1.0
        }
    }
}

/// Choose `want` of `cands` (in order) maximizing the total score, where the
/// `j`-th chosen start gets label `label(j)`. Returns indices into `cands`.
fn best_set<'l>(cands: &[Start], want: usize, label: impl Fn(usize) -> &'l str) -> Vec<usize> {
    let c = cands.len();
    // best[i][j]: best total with j starts chosen among the first i candidates.
    let mut best = vec![vec![f64::NEG_INFINITY; want + 1]; c + 1];
    let mut took = vec![vec![false; want + 1]; c + 1];
    best[0][0] = 0.0;
    for i in 0..c {
        for j in 0..=want {
            let skip = best[i][j];
            if skip > best[i + 1][j] {
                best[i + 1][j] = skip;
                took[i + 1][j] = false;
            }
            if j < want && best[i][j] > f64::NEG_INFINITY {
                let v = best[i][j] + cands[i].score_as(label(j));
                if v > best[i + 1][j + 1] {
                    best[i + 1][j + 1] = v;
                    took[i + 1][j + 1] = true;
                }
            }
        }
    }
    let mut out = Vec::with_capacity(want);
    let mut j = want;
    for i in (1..=c).rev() {
        if j > 0 && took[i][j] {
            out.push(i - 1);
            j -= 1;
        }
    }
    out.reverse();
    out
}

/// How likely line `i` starts a turn; `None` when it cannot.
fn start_score<'b>(
    texts: &[Line],
    i: usize,
    before: Option<&Line>,
    width: f64,
    block: &'b [BlockEntry],
) -> Option<Start<'b>> {
    let cur = &texts[i];
    if cur.event || starts_lower(cur.text) {
        return None;
    }
    let before = before?;
    let ahead: String = texts[i..texts.len().min(i + 2)]
        .iter()
        .map(|l| l.text)
        .collect::<Vec<_>>()
        .join(" ");
    let ahead = StartKey::reach(&ahead, MATCH_CHARS);
    let speakers: Vec<&str> = block
        .iter()
        .filter(|e| e.key.starts(&ahead))
        .map(|e| e.speaker.as_str())
        .collect();
    let mut score = 4.0;
    if !before.event {
        score = if ends_sentence(before.text) {
            2.0
        } else {
            -3.0
        };
        let fill = before.text.chars().count() as f64 / width;
        if fill < 0.8 {
            score += 2.0 + (0.8 - fill) * 3.0;
        }
    }
    Some(Start {
        line: i,
        score,
        speakers,
    })
}

/// Join lines into paragraphs, continuing the last paragraph of `paragraphs`;
/// event lines (`[musik]`) are paragraphs of their own.
fn append_lines(paragraphs: &mut Vec<String>, lines: &[Line], vocab: &Vocabulary) {
    for l in lines {
        let last_is_text = paragraphs.last().is_some_and(|p| !is_event_line(p));
        if l.event || !last_is_text {
            paragraphs.push(l.text.to_string());
        } else if let Some(p) = paragraphs.last_mut() {
            join_line(p, l.text, vocab);
        }
    }
}

/// Append `next` to `p`, undoing line-end hyphenation the vocabulary knows.
fn join_line(p: &mut String, next: &str, vocab: &Vocabulary) {
    let hyphen = p.ends_with('-') && p[..p.len() - 1].ends_with(char::is_alphabetic);
    if !hyphen {
        p.push(' ');
        p.push_str(next);
        return;
    }
    let next_word = next.split_whitespace().next().unwrap_or("");
    let next_core = crate::ocr::word_core(next_word).to_lowercase();
    if SUSPENDING.contains(&next_core.as_str()) {
        p.push(' ');
    } else {
        let stem = p[..p.len() - 1]
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or("");
        let joined = format!("{}{}", crate::ocr::word_core(stem), next_core).to_lowercase();
        if vocab.contains(&joined) {
            p.pop();
        }
    }
    p.push_str(next);
}

/// What [`fix_turns`] changed.
struct Fixed {
    starts: usize,
    words: usize,
}

/// Replace the start of each turn with its clean repeat, then repair the rest.
fn fix_turns(turns: &mut [DraftTurn], block: &[BlockEntry], vocab: &Vocabulary) -> Fixed {
    let mut fixed = Fixed {
        starts: 0,
        words: 0,
    };
    let mut next = 0;
    for t in turns.iter_mut() {
        let Some(pi) = t.paragraphs.iter().position(|p| !is_event_line(p)) else {
            continue;
        };
        let mut clean_end = 0;
        let found = (next..block.len().min(next + 8)).find(|&q| {
            block[q].speaker == t.speaker && starts_like(&t.paragraphs[pi], &block[q].text, 30)
        });
        if let Some(q) = found {
            next = q + 1;
            let e = &block[q];
            let mut words: Vec<&str> = e.text.split_whitespace().collect();
            if e.truncated {
                words.pop();
            }
            if let Some(end) = cover(&t.paragraphs[pi], &words) {
                let clean = words.join(" ");
                clean_end = clean.len();
                let rest = &t.paragraphs[pi][end..];
                t.paragraphs[pi] = format!("{clean}{rest}");
                fixed.starts += 1;
            }
        }
        for (k, p) in t.paragraphs.iter_mut().enumerate() {
            if is_event_line(p) {
                continue;
            }
            let from = if k == pi { clean_end } else { 0 };
            let (rep, n) = repair_text(&p[from..], vocab);
            if n > 0 {
                *p = format!("{}{}", &p[..from], rep);
                fixed.words += n;
            }
        }
    }
    fixed
}

/// `LENA:` or `Anna Berg:` alone on a line: the label (names as the labeled
/// reader accepts them).
fn label_only(t: &str) -> Option<&str> {
    let name = t.strip_suffix(':')?.trim();
    name_style(name).map(|_| name)
}

/// `NAME: text` on one line.
fn has_inline_label(t: &str) -> bool {
    t.split_once(':').is_some_and(|(name, rest)| {
        !rest.trim().is_empty() && label_only(&format!("{}:", name.trim())).is_some()
    })
}

fn starts_lower(t: &str) -> bool {
    t.chars().next().is_some_and(char::is_lowercase)
}

fn ends_sentence(t: &str) -> bool {
    let t = t.trim_end_matches(['”', '"', '’', '\'', ')', ']', '»']);
    t.ends_with(['.', '?', '!', '…'])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_alone() {
        assert_eq!(label_only("LENA:"), Some("LENA"));
        assert_eq!(label_only("Anna Berg:"), Some("Anna Berg"));
        assert_eq!(label_only("Just det:"), None);
        assert_eq!(label_only("LENA: hej"), None);
    }

    #[test]
    fn detects_the_layout() {
        let columns = " ANNA:\n\nOLLE:\n\nHej.\nHej själv.\n BO:\nANNA:\nJa.\nNej.\n";
        assert!(looks_like_columns(columns));
        let labeled = "ANNA: Hej.\n\nOLLE: Hej själv.\n\nANNA: Ja.\n\nOLLE: Nej.\n";
        assert!(!looks_like_columns(labeled));
        let alone = "ANNA:\nHej.\nOLLE:\nHej själv.\nANNA:\nJa.\nOLLE:\nNej.\n";
        assert!(!looks_like_columns(alone));
    }

    #[test]
    fn hyphens_at_line_ends() {
        let mut v = Vocabulary::new();
        v.add_text("tjänstedesignmetodiken");
        let mut p = "hälso-".to_string();
        join_line(&mut p, "och sjukvård", &v);
        assert_eq!(p, "hälso- och sjukvård");
        let mut p = "om tjänstedesign-".to_string();
        join_line(&mut p, "metodiken", &v);
        assert_eq!(p, "om tjänstedesignmetodiken");
        let mut p = "IT-".to_string();
        join_line(&mut p, "medarbetare", &v);
        assert_eq!(p, "IT-medarbetare");
    }
}
