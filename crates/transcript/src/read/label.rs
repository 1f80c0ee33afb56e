//! Recognizing speaker labels at the start of a line.
//!
//! Styles: `KAJSA: text`, `Erik St. Martin: text`, a label alone on its line,
//! `Speaker 1 (00:00):` (Rev), `Anna Andersson  0:03` (Otter) and
//! `[00:01:02] Name: text`.

use super::parse_time;

/// How a label is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelStyle {
    /// All letters upper case: `KAJSA:`.
    Caps,
    /// Every word capitalized: `Erik St. Martin:`.
    Title,
}

/// A label found at the start of a line.
#[derive(Clone, Debug, PartialEq)]
pub struct Label<'a> {
    /// The speaker label, trimmed (`KAJSA`, `Speaker 1`).
    pub name: &'a str,
    /// Text after the label on the same line (may be empty).
    pub rest: &'a str,
    /// Time given with the label, in seconds.
    pub time: Option<f64>,
    /// How the name is written.
    pub style: LabelStyle,
    /// True for an Otter-style `Name  0:03` line (no colon, text below).
    pub otter: bool,
}

/// Lower-case words allowed inside a Title Case name (`Ludwig van Beethoven`).
const PARTICLES: &[&str] = &[
    "van", "von", "de", "der", "den", "af", "av", "la", "le", "du", "da", "di", "bin", "al",
];

/// Parse a label at the start of `line` (leading whitespace ignored).
pub fn parse_label(line: &str) -> Option<Label<'_>> {
    let mut s = line.trim_start();
    // Quick reject: a label has a colon near the start, a time at the end
    // (Otter), or a bracketed time first.
    let b = s.as_bytes();
    let near = &b[..b.len().min(80)];
    if !near.contains(&b':') && !b.last().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut time = None;
    // `[00:01:02] Name:` or `(00:01) Name:`
    if let Some(first) = s.chars().next() {
        if first == '[' || first == '(' {
            let close = if first == '[' { ']' } else { ')' };
            if let Some(end) = s.find(close) {
                if let Some(t) = parse_time(&s[1..end]) {
                    if s[1..end].contains(':') {
                        time = Some(t);
                        s = s[end + 1..].trim_start();
                    }
                }
            }
        }
    }
    // Otter: `Name  0:03` with nothing else on the line.
    if time.is_none() {
        if let Some(l) = parse_otter(s) {
            return Some(l);
        }
    }
    let mut depth = 0i32;
    let colon = s
        .char_indices()
        .take_while(|&(i, _)| i <= 64)
        .find(|&(_, c)| {
            match c {
                '(' => depth += 1,
                ')' => depth -= 1,
                _ => {}
            }
            depth == 0 && (c == ':' || c == '：')
        })
        .map(|(i, _)| i)?;
    let mut name = s[..colon].trim_end();
    let rest_start = colon + s[colon..].chars().next().map_or(1, char::len_utf8);
    let rest = s[rest_start..].trim();
    // Rev: `Speaker 1 (00:00):`
    if name.ends_with(')') {
        if let Some(open) = name.rfind('(') {
            if let Some(t) = parse_time(&name[open + 1..name.len() - 1]) {
                time = time.or(Some(t));
                name = name[..open].trim_end();
            }
        }
    }
    let style = name_style(name)?;
    // `Name:` must be followed by a space or end of line, not `12:30` or `https://`.
    if !rest.is_empty() && !s[rest_start..].starts_with(char::is_whitespace) {
        return None;
    }
    Some(Label {
        name,
        rest,
        time,
        style,
        otter: false,
    })
}

fn parse_otter(s: &str) -> Option<Label<'_>> {
    let t = s.trim_end();
    let stamp_start = super::after_last(t, char::is_whitespace);
    if stamp_start == 0 {
        return None;
    }
    let stamp = &t[stamp_start..];
    let sp = t[..stamp_start].trim_end().len();
    if !stamp.contains(':') || !stamp.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let time = parse_time(stamp)?;
    let name = t[..sp].trim_end();
    let style = name_style(name)?;
    Some(Label {
        name,
        rest: "",
        time: Some(time),
        style,
        otter: true,
    })
}

/// Whether `name` looks like a speaker name of 1–4 words, and in which style.
pub fn name_style(name: &str) -> Option<LabelStyle> {
    if name.is_empty() || name.len() > 48 {
        return None;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.is_empty() || words.len() > 4 {
        return None;
    }
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 {
        return None;
    }
    if !name
        .chars()
        .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '.' | '-' | '\'' | '’' | '_'))
    {
        return None;
    }
    let first = words[0].chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    let caps = name
        .chars()
        .filter(|c| c.is_alphabetic())
        .all(char::is_uppercase);
    if caps {
        return Some(LabelStyle::Caps);
    }
    for (i, w) in words.iter().enumerate() {
        let c = w.chars().next()?;
        let ok = c.is_uppercase()
            || c.is_ascii_digit()
            || (i > 0 && i + 1 < words.len() && PARTICLES.contains(w));
        if !ok {
            return None;
        }
    }
    Some(LabelStyle::Title)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn styles() {
        let l = parse_label("KAJSA:  Ja jag är här").unwrap();
        assert_eq!(
            (l.name, l.rest, l.style),
            ("KAJSA", "Ja jag är här", LabelStyle::Caps)
        );
        let l = parse_label(" Erik St. Martin: Hello there").unwrap();
        assert_eq!((l.name, l.style), ("Erik St. Martin", LabelStyle::Title));
        let l = parse_label("Speaker 1 (01:02):").unwrap();
        assert_eq!((l.name, l.rest, l.time), ("Speaker 1", "", Some(62.0)));
        let l = parse_label("[00:01:02] Anna: Hej").unwrap();
        assert_eq!((l.name, l.rest, l.time), ("Anna", "Hej", Some(62.0)));
        let l = parse_label("Anna Andersson  0:03").unwrap();
        assert!(l.otter);
        assert_eq!((l.name, l.time), ("Anna Andersson", Some(3.0)));
        let l = parse_label("PRESENTATÖR:").unwrap();
        assert_eq!((l.name, l.rest), ("PRESENTATÖR", ""));
    }

    #[test]
    fn not_labels() {
        assert!(parse_label("och då sa hon: kom hit").is_none());
        assert!(parse_label("Klockan var 12:30 när vi kom").is_none());
        assert!(parse_label("https://example.org").is_none());
        assert!(
            parse_label("Det här är en mycket lång mening som inte är något namn: alls").is_none()
        );
        assert!(parse_label("Vi har tre saker att säga: ett").is_none());
        assert!(parse_label("Ja, det: nej").is_none());
    }
}
