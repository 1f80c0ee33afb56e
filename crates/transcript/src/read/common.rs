//! Small pieces shared by the subtitle, Markdown and JSON readers: speaker
//! labels inside cues, entity decoding, joining word-level text, merging
//! consecutive pieces of one speaker, and episode numbers in titles.

use std::borrow::Cow;
use std::collections::HashMap;

use super::DraftTurn;

/// Label given to text whose speaker the source does not name.
pub const UNKNOWN_SPEAKER: &str = "SPEAKER_00";

/// Whether `name` reads as a speaker label, by the same rule as the labeled
/// reader ([`super::label::name_style`]): upper-case (`KAJSA`, `SPEAKER_00`)
/// or Title Case (`Erik St. Martin`, `Speaker 1`), 1–4 words.
pub fn is_label(name: &str) -> bool {
    super::label::name_style(name.trim()).is_some()
}

/// Split `Name: text` at the label's colon when the part before it is a
/// [label](is_label). The colon must be followed by whitespace or the end.
pub fn split_label(line: &str) -> Option<(&str, &str)> {
    let line = line.trim_start();
    if !line.starts_with(char::is_uppercase) {
        return None;
    }
    let colon = line.as_bytes().iter().take(64).position(|&b| b == b':')?;
    let (name, rest) = (&line[..colon], &line[colon + 1..]);
    if !(rest.is_empty() || rest.starts_with(char::is_whitespace)) {
        return None;
    }
    let name = name.trim_end();
    is_label(name).then_some((name, rest.trim()))
}

/// Decides which `Name:` candidates in a file are labels.
///
/// A single Title Case word seen only once (`Alltså: …`) is more likely the
/// start of a sentence than a speaker when the file has other labels that
/// recur; everything else that [`is_label`] accepts is a label.
#[derive(Debug, Default)]
pub struct LabelFilter<'a> {
    counts: HashMap<&'a str, usize>,
    recurring: usize,
}

impl<'a> LabelFilter<'a> {
    /// Count the label candidates of `lines`.
    pub fn new(lines: impl IntoIterator<Item = &'a str>) -> Self {
        let mut counts: HashMap<&'a str, usize> = HashMap::new();
        for l in lines {
            if let Some((name, _)) = split_label(l) {
                *counts.entry(name).or_default() += 1;
            }
        }
        let recurring = counts.values().filter(|&&n| n >= 2).count();
        LabelFilter { counts, recurring }
    }

    /// Whether the candidate `name` is taken as a label.
    pub fn accept(&self, name: &str) -> bool {
        let once = self.counts.get(name).copied().unwrap_or(0) <= 1;
        let single_title_word = !name.contains(' ')
            && name.chars().any(char::is_lowercase)
            && !name.chars().any(|c| c.is_ascii_digit());
        !(once && single_title_word && self.recurring >= 2)
    }

    /// [`split_label`] restricted to accepted labels.
    pub fn split<'l>(&self, line: &'l str) -> Option<(&'l str, &'l str)> {
        split_label(line).filter(|(name, _)| self.accept(name))
    }
}

/// Decode HTML/WebVTT character references: `&amp; &lt; &gt; &quot; &apos;`,
/// `&nbsp;` (a space), `&lrm; &rlm;` (dropped) and numeric `&#228;`/`&#xE4;`.
/// Unknown or broken references stay as written.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    if !s.contains('&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after
            .char_indices()
            .take(12)
            .find(|&(_, c)| c == ';')
            .map(|(i, _)| i);
        let decoded = end.and_then(|e| entity(&after[..e]).map(|d| (d, e)));
        match decoded {
            Some((d, e)) => {
                if let Some(c) = d {
                    out.push(c);
                }
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The character an entity name stands for; `Some(None)` for entities that
/// decode to nothing (direction marks).
fn entity(name: &str) -> Option<Option<char>> {
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "lrm" | "rlm" | "shy" | "zwj" | "zwnj" => return Some(None),
        "hellip" => '…',
        "ndash" => '–',
        "mdash" => '—',
        _ => {
            let num = name.strip_prefix('#')?;
            let code = match num.strip_prefix(['x', 'X']) {
                Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                None => num.parse().ok()?,
            };
            let c = char::from_u32(code)?;
            if c == '\0' {
                return None;
            }
            if matches!(c, '\u{200E}' | '\u{200F}' | '\u{00AD}' | '\u{200B}') {
                return Some(None);
            }
            if c == '\u{00A0}' {
                ' '
            } else {
                c
            }
        }
    };
    Some(Some(c))
}

/// Punctuation that attaches to the word before it.
fn closes(c: char) -> bool {
    matches!(
        c,
        '.' | ',' | '!' | '?' | ';' | ':' | '…' | ')' | ']' | '}' | '’' | '»' | '%'
    )
}

/// Punctuation that attaches to the word after it.
fn opens(c: char) -> bool {
    matches!(c, '(' | '[' | '{' | '“' | '„' | '«' | '‘' | '¿' | '¡')
}

/// Quotes that open and close with the same character (`”Hej!”`, `"x"`).
fn symmetric_quote(c: char) -> bool {
    matches!(c, '”' | '"')
}

/// Append `piece` to `acc` with the spacing running text needs: no space
/// before closing punctuation (`,` `.` `?` `)`), none after opening
/// punctuation (`(` `„`), and a same-character quote (`”`) closes when an
/// odd number of them is already open.
pub fn join_words(acc: &mut String, piece: &str) {
    let piece = piece.trim();
    if piece.is_empty() {
        return;
    }
    if acc.is_empty() {
        acc.push_str(piece);
        return;
    }
    let first = piece.chars().next().unwrap_or(' ');
    let last = acc.chars().next_back().unwrap_or(' ');
    let open_quote_pending = |q: char| acc.chars().filter(|&c| c == q).count() % 2 == 1;
    // `'s`, `n't`: contractions split off by word-level transcribers.
    let contraction = (matches!(first, '\'' | '’')
        && piece.chars().nth(1).is_some_and(char::is_alphabetic)
        && last.is_alphabetic())
        || piece.starts_with("n't");
    let attach_before = closes(first)
        || contraction
        || (symmetric_quote(first) && piece.chars().count() == 1 && open_quote_pending(first));
    let attach_after = opens(last)
        || last.is_whitespace()
        || (symmetric_quote(last) && open_quote_pending(last) && {
            // the quote in `acc` opens only if it does not end a word.
            let mut it = acc.chars().rev();
            it.next();
            it.next().is_none_or(char::is_whitespace)
        });
    if !(attach_before || attach_after) {
        acc.push(' ');
    }
    acc.push_str(piece);
}

/// Add text said by `speaker` to `turns`: appended to the last turn when the
/// speaker is the same (one paragraph, spacing by [`join_words`]), otherwise a
/// new turn starting at `line`. The turn's end moves to `end` when given.
pub fn push_text(
    turns: &mut Vec<DraftTurn>,
    speaker: &str,
    text: &str,
    start: Option<f64>,
    end: Option<f64>,
    line: usize,
) {
    let Some(last) = turns.last_mut().filter(|t| t.speaker == speaker) else {
        return push_turn(turns, speaker, text, start, end, line);
    };
    let text = super::collapse_spaces(text);
    if text.is_empty() {
        return;
    }
    match last.paragraphs.last_mut() {
        Some(p) => join_words(p, &text),
        None => last.paragraphs.push(text),
    }
    if end.is_some() {
        last.end = end;
    }
    if last.start.is_none() {
        last.start = start;
    }
}

/// A pause between cues this long (seconds) ends a turn of unlabeled text.
pub const PAUSE_SECONDS: f64 = 2.0;

/// Unlabeled text this long (words) ends its turn at the next sentence end.
pub const LONG_TURN_WORDS: usize = 150;

/// Whether a cue of unlabeled text (raw first line `raw`, starting at
/// `start`; the cue before ended at `prev_end`) begins a new turn of the one
/// unknown speaker: after a dialogue marker (`- `, `>>`: another voice), a
/// pause, or a long turn's sentence end. Without speaker labels a file would
/// otherwise be one wall of text with one time; as turns, each part keeps the
/// time it starts at.
pub fn unlabeled_break(turns: &[DraftTurn], raw: &str, start: f64, prev_end: Option<f64>) -> bool {
    let Some(last) = turns.last() else {
        return false;
    };
    if last.speaker != UNKNOWN_SPEAKER {
        return false;
    }
    let raw = raw.trim_start();
    if raw.starts_with("- ") || raw.starts_with(">>") {
        return true;
    }
    if prev_end.is_some_and(|e| start - e >= PAUSE_SECONDS) {
        return true;
    }
    let text = last.paragraphs.last().map_or("", |p| p.trim_end());
    let ended = text
        .trim_end_matches(['"', '”', '’', ')'])
        .ends_with(['.', '!', '?']);
    ended && text.split_whitespace().nth(LONG_TURN_WORDS - 1).is_some()
}

/// The turns the SRT and VTT tests expect from the same unlabeled cues (a
/// jingle, a pause, a dialogue dash, a sentence carried over a cue).
#[cfg(test)]
pub(crate) const UNLABELED_TURNS: [(&str, &str); 3] = [
    (UNKNOWN_SPEAKER, "En podd från kommunen."),
    (UNKNOWN_SPEAKER, "Välkommen hit. Vad gör du?"),
    (
        UNKNOWN_SPEAKER,
        "Jag jobbar med äldreomsorg och har gjort det länge.",
    ),
];

/// `text` without a leading dialogue marker (`- `, `>>`: another voice).
pub fn without_dialogue_marker(text: &str) -> &str {
    let t = text.trim_start();
    t.strip_prefix("- ")
        .or_else(|| t.strip_prefix(">>"))
        .unwrap_or(t)
        .trim()
}

/// Start a new turn of `speaker` with `text`, even when the last turn is the
/// same speaker's.
pub fn push_turn(
    turns: &mut Vec<DraftTurn>,
    speaker: &str,
    text: &str,
    start: Option<f64>,
    end: Option<f64>,
    line: usize,
) {
    let text = super::collapse_spaces(text);
    if text.is_empty() {
        return;
    }
    turns.push(DraftTurn {
        speaker: speaker.to_string(),
        paragraphs: vec![text],
        start,
        end,
        line,
    });
}

/// 1-based line numbers of byte offsets, for offsets given in increasing order.
#[derive(Debug)]
pub struct LineCounter<'a> {
    text: &'a str,
    offset: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    /// Start at the beginning of `text`.
    pub fn new(text: &'a str) -> Self {
        LineCounter {
            text,
            offset: 0,
            line: 1,
        }
    }

    /// Line of byte `offset`; offsets before the previous one restart the count.
    pub fn line_at(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.offset {
            self.offset = 0;
            self.line = 1;
        }
        self.line += self.text.as_bytes()[self.offset..offset]
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        self.offset = offset;
        self.line
    }
}

/// A timestamp such as `12:34`, `1:02:03` or `00:12:34.500` (whole string), in seconds.
pub fn timestamp(s: &str) -> Option<f64> {
    let s = s.trim();
    let parts: Vec<&str> = s.split(':').collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    let ok = parts.iter().enumerate().all(|(i, p)| {
        let digits = if i + 1 == parts.len() {
            p.split(['.', ',']).next().unwrap_or("")
        } else {
            p
        };
        !digits.is_empty() && digits.len() <= 2 && digits.chars().all(|c| c.is_ascii_digit())
    });
    if !ok {
        return None;
    }
    super::parse_time(s)
}

/// A cue time (`00:01:02.500`, `01:02,5`, `62.5`) in seconds, without allocating;
/// falls back to [`super::parse_time`] for unusual forms.
pub fn cue_time(s: &str) -> Option<f64> {
    let b = s.trim().as_bytes();
    let mut total = 0u64;
    let mut field = 0u64;
    let mut digits = 0;
    let mut colons = 0;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            c @ b'0'..=b'9' if digits < 9 => {
                field = field * 10 + u64::from(c - b'0');
                digits += 1;
            }
            b':' if digits > 0 && colons < 2 => {
                colons += 1;
                total = total * 60 + field;
                field = 0;
                digits = 0;
            }
            b'.' | b',' if digits > 0 => {
                let frac = &b[i + 1..];
                if frac.is_empty() || frac.len() > 9 || !frac.iter().all(u8::is_ascii_digit) {
                    return super::parse_time(s);
                }
                let f = frac.iter().fold(0u64, |a, &c| a * 10 + u64::from(c - b'0'));
                let secs = (total * 60 + field) as f64;
                return Some(secs + f as f64 / 10f64.powi(frac.len() as i32));
            }
            _ => return super::parse_time(s),
        }
        i += 1;
    }
    if digits == 0 {
        return super::parse_time(s);
    }
    Some((total * 60 + field) as f64)
}

/// The episode number in a title: `EP33 - …`, `Ep. 5`, `Avsnitt 12:`,
/// `Episode 4:`, `Avsnitt nr 7`, `#12`, `S02E05`, or a leading `33. …`.
pub fn episode_number(title: &str) -> Option<u32> {
    let lower = title.to_lowercase();
    let t = lower.trim();
    // A leading number followed by a separator: `33. Titel`, `12 - Titel`.
    let digits: String = t.chars().take_while(char::is_ascii_digit).collect();
    if !digits.is_empty() {
        let rest = t[digits.len()..].trim_start();
        if rest.is_empty() || rest.starts_with(['.', ':', '-', '–', '—', ')']) {
            return digits.parse().ok();
        }
    }
    const KEYS: &[&str] = &["episode", "avsnitt", "avs.", "ep.", "ep", "#"];
    let bytes = t.as_bytes();
    for (i, _) in t.char_indices() {
        // keywords start at a word boundary
        if i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] >= 0x80) {
            continue;
        }
        let here = &t[i..];
        // S02E05
        if let Some(s) = here.strip_prefix('s') {
            let sd = s.chars().take_while(char::is_ascii_digit).count();
            if sd > 0 {
                if let Some(e) = s[sd..].strip_prefix('e') {
                    if let Some(n) = leading_number(e) {
                        return Some(n);
                    }
                }
            }
        }
        for key in KEYS {
            if let Some(after) = here.strip_prefix(key) {
                let mut after = after.trim_start_matches([' ', '.', ':', '#', '-']);
                for nr in ["nr.", "nr", "no.", "nummer"] {
                    if let Some(a) = after.strip_prefix(nr) {
                        after = a.trim_start_matches([' ', '.', ':']);
                        break;
                    }
                }
                if let Some(n) = leading_number(after) {
                    return Some(n);
                }
            }
        }
    }
    None
}

/// Digits at the start of `s` that are not followed by a letter or another digit group.
fn leading_number(s: &str) -> Option<u32> {
    let d: String = s.chars().take_while(char::is_ascii_digit).collect();
    if d.is_empty() || d.len() > 6 {
        return None;
    }
    let next = s[d.len()..].chars().next();
    if next.is_some_and(char::is_alphabetic) {
        return None;
    }
    d.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels() {
        for ok in [
            "KAJSA",
            "Erik St. Martin",
            "Speaker 1",
            "SPEAKER_00",
            "Anna-Karin",
            "PRESENTATÖR",
            "Ludwig van Beethoven",
        ] {
            assert!(is_label(ok), "{ok}");
        }
        for bad in [
            "Det är enkelt",
            "12",
            "anna",
            "A B C D E",
            "https",
            "",
            "van Gogh",
        ] {
            assert!(!is_label(bad), "{bad}");
        }
        assert_eq!(split_label("ANNA: Hej"), Some(("ANNA", "Hej")));
        assert_eq!(split_label("ANNA:"), Some(("ANNA", "")));
        assert_eq!(split_label("Https://x"), None);
        assert_eq!(split_label("Det är enkelt: så"), None);
        assert_eq!(split_label("Klockan 12:30 började vi"), None);
    }

    #[test]
    fn once_only_title_word_is_text() {
        let lines = [
            "ANNA: a",
            "OLLE: b",
            "ANNA: c",
            "Alltså: d",
            "OLLE: e",
            "Maja: f",
            "Maja: g",
        ];
        let f = LabelFilter::new(lines);
        assert!(f.split("Alltså: d").is_none());
        assert!(f.split("Maja: g").is_some());
        assert!(f.split("ANNA: a").is_some());
        // With no recurring labels, a one-off Title Case word is a label.
        let f = LabelFilter::new(["Olle: hej"]);
        assert!(f.split("Olle: hej").is_some());
    }

    #[test]
    fn entities() {
        assert_eq!(
            decode_entities("a &amp; b &lt;c&gt;&nbsp;d&lrm;e &#228;&#xF6; &bogus; & x"),
            "a & b <c> de äö &bogus; & x"
        );
        assert_eq!(decode_entities("&#0; &#xZZ;"), "&#0; &#xZZ;");
    }

    #[test]
    fn joining() {
        let mut s = String::new();
        for w in [
            "Hej", ",", "sa", "hon", "(", "tyst", ")", ".", "”", "Ja", "!", "”", "Ok", "…",
        ] {
            join_words(&mut s, w);
        }
        assert_eq!(s, "Hej, sa hon (tyst). ”Ja!” Ok…");
        let mut s = String::new();
        for w in ["It", "'s", "fine", ",", "do", "n't", "worry"] {
            join_words(&mut s, w);
        }
        assert_eq!(s, "It's fine, don't worry");
        let mut s = String::from("Hon sa ”Hej!”");
        join_words(&mut s, "och");
        assert_eq!(s, "Hon sa ”Hej!” och");
    }

    #[test]
    fn merging() {
        let mut t = Vec::new();
        push_text(&mut t, "A", "Hej", Some(1.0), Some(2.0), 3);
        push_text(&mut t, "A", " på  dig.", Some(2.0), Some(3.0), 7);
        push_text(&mut t, "B", "Tack", Some(3.0), None, 9);
        push_text(&mut t, "B", "  ", Some(4.0), Some(5.0), 11);
        assert_eq!(t.len(), 2);
        assert_eq!(t[0].paragraphs, vec!["Hej på dig."]);
        assert_eq!((t[0].start, t[0].end, t[0].line), (Some(1.0), Some(3.0), 3));
        assert_eq!(t[1].end, None);
    }

    #[test]
    fn lines() {
        let mut c = LineCounter::new("a\nb\nc");
        assert_eq!(c.line_at(0), 1);
        assert_eq!(c.line_at(2), 2);
        assert_eq!(c.line_at(4), 3);
        assert_eq!(c.line_at(1), 1);
    }

    #[test]
    fn timestamps() {
        assert_eq!(timestamp("12:34"), Some(754.0));
        assert_eq!(timestamp("1:02:03"), Some(3723.0));
        assert_eq!(timestamp("00:00:01.5"), Some(1.5));
        assert_eq!(timestamp("skratt"), None);
        assert_eq!(timestamp("123:45"), None);
        assert_eq!(timestamp("12"), None);
    }

    #[test]
    fn cue_times() {
        for t in ["00:01:02.500", "01:02,5", "62.5", "1:02.5", "0:00:62.5"] {
            assert_eq!(cue_time(t), Some(62.5), "{t}");
        }
        assert_eq!(cue_time("00:00:01"), Some(1.0));
        assert_eq!(cue_time("x"), None);
        assert_eq!(cue_time("1:2:3:4"), None);
        assert_eq!(cue_time(""), None);
    }

    #[test]
    fn numbers() {
        assert_eq!(
            episode_number("EP33 - Näravårdpodden träffar Kajsa"),
            Some(33)
        );
        assert_eq!(episode_number("Avsnitt 12: Om läsning"), Some(12));
        assert_eq!(episode_number("Episode 4: Reading"), Some(4));
        assert_eq!(episode_number("Ep. 5 – x"), Some(5));
        assert_eq!(episode_number("Podden, avsnitt nr 7"), Some(7));
        assert_eq!(episode_number("S02E05 Hej"), Some(5));
        assert_eq!(episode_number("#12 Hej"), Some(12));
        assert_eq!(episode_number("33. Titel"), Some(33));
        assert_eq!(episode_number("Epilog om 2024"), None);
        assert_eq!(episode_number("Så läser vi 2024"), None);
    }
}
