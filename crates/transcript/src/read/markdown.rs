//! Markdown transcripts: `**Name:** text`, or `**Name:**` alone on its line
//! with the paragraphs below it; `# Title` gives the title and episode number.
//!
//! Inline Markdown is reduced to plain text: links keep their text, emphasis
//! markers and backslash escapes go, `[12:34]` timestamps become the turn's
//! start when they open it and are dropped elsewhere. Bracketed events such as
//! `[skratt]` stay in the text.

use std::collections::HashSet;

mod inline;

use self::inline::inline;
use super::common::{episode_number, split_label, timestamp};
use super::{collapse_spaces, Draft, DraftTurn};
use crate::model::Diagnostic;

/// Read Markdown text into a draft.
pub fn read(text: &str) -> Draft {
    let mut r = Reader::default();
    let lines: Vec<&str> = text.lines().collect();
    let mut i = 0;
    // YAML front matter: `---` … `---`.
    if lines.first().map(|l| l.trim()) == Some("---") {
        if let Some(end) = lines
            .iter()
            .skip(1)
            .position(|l| matches!(l.trim(), "---" | "..."))
        {
            r.front_matter(&lines[1..=end]);
            i = end + 2;
        }
    }
    while i < lines.len() {
        let line_no = i + 1;
        let raw = lines[i];
        let t = raw.trim();
        i += 1;
        if t.is_empty() {
            r.end_paragraph();
            continue;
        }
        if let Some(fence) = fence(t) {
            r.end_paragraph();
            let start = line_no;
            while i < lines.len() && !lines[i].trim().starts_with(fence) {
                i += 1;
            }
            i += 1;
            r.diag
                .push(Diagnostic::info(Some(start), "code block skipped"));
            continue;
        }
        if t.starts_with("<!--") {
            r.end_paragraph();
            let mut j = i - 1;
            while j < lines.len() && !lines[j].contains("-->") {
                j += 1;
            }
            i = j + 1;
            continue;
        }
        // Setext heading: a line underlined with `===`.
        if r.para.is_empty()
            && i < lines.len()
            && lines[i].trim().len() >= 3
            && lines[i].trim().chars().all(|c| c == '=')
        {
            i += 1;
            r.heading(1, t, line_no);
            continue;
        }
        if is_rule(t) {
            r.end_paragraph();
            continue;
        }
        if let Some((level, title)) = atx_heading(t) {
            r.end_paragraph();
            r.heading(level, title, line_no);
            continue;
        }
        if is_reference_definition(t) {
            continue;
        }
        r.line(strip_block_markers(t), line_no);
    }
    r.end_paragraph();
    r.end_turn();
    if r.skipped_preamble > 0 {
        r.diag.push(Diagnostic::warning(
            r.preamble_line,
            format!(
                "{} paragraph(s) before the first speaker label skipped; start turns with `**Name:**`",
                r.skipped_preamble
            ),
        ));
    }
    Draft {
        title: r.title,
        number: r.number,
        turns: r.turns,
        diagnostics: r.diag,
    }
}

#[derive(Default)]
struct Reader {
    title: Option<String>,
    number: Option<u32>,
    turns: Vec<DraftTurn>,
    diag: Vec<Diagnostic>,
    /// Turn being read; `None` before the first label.
    current: Option<DraftTurn>,
    /// Raw lines of the paragraph being read.
    para: String,
    para_line: usize,
    /// Labels seen in bold; plain `Name:` lines count as labels only for these
    /// (or when upper-case).
    bold_labels: HashSet<String>,
    skipped_preamble: usize,
    preamble_line: Option<usize>,
}

impl Reader {
    fn front_matter(&mut self, lines: &[&str]) {
        for l in lines {
            let Some((k, v)) = l.split_once(':') else {
                continue;
            };
            let v = v.trim().trim_matches(['"', '\'']).trim();
            match k.trim().to_ascii_lowercase().as_str() {
                "title" if !v.is_empty() => {
                    self.number = self.number.or_else(|| episode_number(v));
                    self.title = Some(v.to_string());
                }
                "episode" | "number" => self.number = v.parse().ok().or(self.number),
                _ => {}
            }
        }
    }

    fn heading(&mut self, level: usize, text: &str, line: usize) {
        let text = inline(text);
        if level == 1 && self.title.is_none() && !text.is_empty() {
            self.number = self.number.or_else(|| episode_number(&text));
            self.title = Some(text);
        } else {
            self.diag.push(Diagnostic::info(
                Some(line),
                format!("heading “{text}” is not part of any turn; skipped"),
            ));
        }
    }

    fn line(&mut self, t: &str, line_no: usize) {
        let (time, t) = leading_time(t);
        if let Some((label, time1, rest)) = self.label(t) {
            self.end_paragraph();
            self.end_turn();
            let (time2, rest) = leading_time(rest);
            self.current = Some(DraftTurn {
                speaker: label,
                paragraphs: Vec::new(),
                start: time.or(time1).or(time2),
                end: None,
                line: line_no,
            });
            if !rest.trim().is_empty() {
                self.para.push_str(rest);
                self.para_line = line_no;
            }
            return;
        }
        if let (Some(cur), Some(t)) = (self.current.as_mut(), time) {
            if cur.paragraphs.is_empty() && self.para.is_empty() && cur.start.is_none() {
                cur.start = Some(t);
            }
        }
        if self.para.is_empty() {
            self.para_line = line_no;
        } else {
            self.para.push('\n');
        }
        self.para.push_str(t);
    }

    /// A speaker label at the start of `t` with the time given in it:
    /// `**Name:**`, `**Name**:`, `__Name:__`, `**Name (00:12):**`,
    /// `**Name** [00:12] text` (a time is required without a colon), or a plain
    /// `Name:` already seen in bold or upper-case.
    fn label<'a>(&mut self, t: &'a str) -> Option<(String, Option<f64>, &'a str)> {
        for mark in ["**", "__"] {
            let Some(inner) = t.strip_prefix(mark) else {
                continue;
            };
            let close = inner.find(mark)?;
            let (name, after) = (&inner[..close], &inner[close + mark.len()..]);
            let mut time = None;
            let (name, rest) = if let Some(n) = name.trim_end().strip_suffix(':') {
                (n, after)
            } else if let Some(a) = after.strip_prefix(':') {
                (name, a)
            } else {
                // `**Name** [00:12]` alone on its line.
                let (t, a) = leading_time(after);
                let (t2, n) = trailing_time(name);
                let named = super::common::is_label(n);
                match t.or(t2) {
                    Some(x) if named => {
                        time = Some(x);
                        (n, a.strip_prefix(':').unwrap_or(a))
                    }
                    _ => return None,
                }
            };
            let (t1, name) = leading_time(name.trim());
            let (t2, name) = trailing_time(name);
            let name = collapse_spaces(&inline(name));
            if name.is_empty()
                || name.chars().count() > 60
                || name.split(' ').count() > 6
                || name.ends_with(['.', '!', '?', ','])
            {
                return None;
            }
            self.bold_labels.insert(name.clone());
            return Some((name, time.or(t1).or(t2), rest));
        }
        let (name, _) = split_label(t)?;
        let caps = name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
        if !(caps || self.bold_labels.contains(name)) {
            return None;
        }
        let colon = t.find(':')?;
        Some((name.to_string(), None, &t[colon + 1..]))
    }

    fn end_paragraph(&mut self) {
        if self.para.is_empty() {
            return;
        }
        let text = collapse_spaces(&inline(&self.para));
        self.para.clear();
        if text.is_empty() {
            return;
        }
        match self.current.as_mut() {
            Some(cur) => cur.paragraphs.push(text),
            None => {
                self.skipped_preamble += 1;
                self.preamble_line.get_or_insert(self.para_line);
            }
        }
    }

    fn end_turn(&mut self) {
        if let Some(cur) = self.current.take() {
            if cur.paragraphs.is_empty() {
                self.diag.push(Diagnostic::info(
                    Some(cur.line),
                    format!("label “{}” has no text; no turn made", cur.speaker),
                ));
            } else {
                self.turns.push(cur);
            }
        }
    }
}

/// The closing marker of a code fence opened by `t`.
fn fence(t: &str) -> Option<&'static str> {
    if t.starts_with("```") {
        Some("```")
    } else if t.starts_with("~~~") {
        Some("~~~")
    } else {
        None
    }
}

/// `---`, `***`, `___` (3 or more, spaces allowed).
fn is_rule(t: &str) -> bool {
    let c = t.chars().next().unwrap_or(' ');
    matches!(c, '-' | '*' | '_')
        && t.chars().filter(|&x| x == c).count() >= 3
        && t.chars().all(|x| x == c || x == ' ')
}

/// `# Title` → (1, "Title").
fn atx_heading(t: &str) -> Option<(usize, &str)> {
    let level = t.chars().take_while(|&c| c == '#').count();
    if !(1..=6).contains(&level) {
        return None;
    }
    let rest = &t[level..];
    if !(rest.is_empty() || rest.starts_with([' ', '\t'])) {
        return None;
    }
    let rest = rest.trim();
    let rest = rest.trim_end_matches('#').trim_end();
    Some((level, rest))
}

/// `[ref]: https://…`
fn is_reference_definition(t: &str) -> bool {
    t.starts_with('[')
        && t.find("]:").is_some_and(|i| {
            let url = t[i + 2..].trim();
            !t[1..i].contains(['[', ']'])
                && !url.is_empty()
                && !url.contains(' ')
                && (url.contains("://") || url.starts_with(['/', '#', '<']))
        })
}

/// Strip blockquote `>` and list markers (`- `, `* `, `+ `, `1. `).
fn strip_block_markers(mut t: &str) -> &str {
    loop {
        let before = t;
        if let Some(r) = t.strip_prefix('>') {
            t = r.trim_start();
        }
        for m in ["- ", "* ", "+ "] {
            if let Some(r) = t.strip_prefix(m) {
                t = r.trim_start();
            }
        }
        let digits = t.chars().take_while(char::is_ascii_digit).count();
        if (1..=3).contains(&digits) {
            if let Some(r) = t[digits..].strip_prefix(". ") {
                t = r.trim_start();
            }
        }
        if t == before {
            return t;
        }
    }
}

/// A timestamp opening `t` (`[12:34]`, `(12:34)`, `[12:34](url)`), with the rest.
fn leading_time(t: &str) -> (Option<f64>, &str) {
    let s = t.trim_start();
    let Some(open) = s.chars().next().filter(|c| matches!(c, '[' | '(')) else {
        return (None, t);
    };
    let close = if open == '[' { ']' } else { ')' };
    let Some(end) = s.find(close) else {
        return (None, t);
    };
    let Some(time) = timestamp(&s[1..end]) else {
        return (None, t);
    };
    let mut rest = &s[end + 1..];
    if open == '[' {
        if let Some(after) = rest.strip_prefix('(') {
            if let Some(e) = after.find(')') {
                rest = &after[e + 1..];
            }
        }
    }
    (Some(time), rest.trim_start())
}

/// A timestamp closing `t` (`Name (00:12)`, `Name [00:12]`), with the rest.
fn trailing_time(t: &str) -> (Option<f64>, &str) {
    let s = t.trim_end();
    let Some(close) = s.chars().next_back().filter(|c| matches!(c, ']' | ')')) else {
        return (None, t);
    };
    let open = if close == ']' { '[' } else { '(' };
    let Some(start) = s.rfind(open) else {
        return (None, t);
    };
    match timestamp(&s[start + 1..s.len() - 1]) {
        Some(time) => (Some(time), s[..start].trim_end()),
        None => (None, t),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn turns(d: &Draft) -> Vec<(String, Vec<String>)> {
        d.turns
            .iter()
            .map(|t| (t.speaker.clone(), t.paragraphs.clone()))
            .collect()
    }

    #[test]
    fn labels_title_and_paragraphs() {
        let d = read(
            "# Avsnitt 12: Om läsning\n\n**ANNA:** Hej och *välkommen*!\n\n**Olle Berg:**\n\nFörsta stycket\nfortsätter här.\n\nAndra stycket.\n\n**Break:**\n\n**ANNA**: Tack [skratt].\n",
        );
        assert_eq!(d.title.as_deref(), Some("Avsnitt 12: Om läsning"));
        assert_eq!(d.number, Some(12));
        assert_eq!(
            turns(&d),
            vec![
                ("ANNA".into(), vec!["Hej och välkommen!".into()]),
                (
                    "Olle Berg".into(),
                    vec![
                        "Första stycket fortsätter här.".into(),
                        "Andra stycket.".into()
                    ]
                ),
                ("ANNA".into(), vec!["Tack [skratt].".into()]),
            ]
        );
        assert_eq!(
            d.turns.iter().map(|t| t.line).collect::<Vec<_>>(),
            vec![3, 5, 14]
        );
        assert!(d
            .diagnostics
            .iter()
            .any(|x| x.line == Some(12) && x.message.contains("Break")));
    }

    #[test]
    fn timestamps() {
        let d = read("**EP:** [12:34] Hej [1:02:03] då.\n\n[00:10](https://x) **OLLE:** Ja.\n\n**ANNA:**\n[2:00]\nText.\n");
        assert_eq!(d.turns[0].start, Some(754.0));
        assert_eq!(d.turns[0].paragraphs, vec!["Hej då."]);
        assert_eq!(d.turns[1].start, Some(10.0));
        assert_eq!(d.turns[2].start, Some(120.0));
        assert_eq!(d.turns[2].paragraphs, vec!["Text."]);
    }

    #[test]
    fn labels_with_times() {
        let d = read("**Speaker 1 (00:05):** Hej.\n\n**Anna Ek** [01:00]\n\nText.\n\n**Inledning**\n\nMer.\n\n**Olle [1:02:03]**: Ja.\n\n**Anna Ek** (01:10) Så.\n");
        assert_eq!(
            turns(&d),
            vec![
                ("Speaker 1".into(), vec!["Hej.".into()]),
                (
                    "Anna Ek".into(),
                    vec!["Text.".into(), "Inledning".into(), "Mer.".into()]
                ),
                ("Olle".into(), vec!["Ja.".into()]),
                ("Anna Ek".into(), vec!["Så.".into()]),
            ]
        );
        let starts: Vec<_> = d.turns.iter().map(|t| t.start).collect();
        assert_eq!(
            starts,
            vec![Some(5.0), Some(60.0), Some(3723.0), Some(70.0)]
        );
    }

    #[test]
    fn plain_labels_lists_and_front_matter() {
        let d = read("---\ntitle: \"EP7 - Hej\"\n---\nIntro utan talare.\n\n- **Anna:** Ett.\n- Anna: Två.\n> OLLE: Tre.\nNotera: inte en etikett.\n");
        assert_eq!(d.title.as_deref(), Some("EP7 - Hej"));
        assert_eq!(d.number, Some(7));
        assert_eq!(
            turns(&d),
            vec![
                ("Anna".into(), vec!["Ett.".into()]),
                ("Anna".into(), vec!["Två.".into()]),
                ("OLLE".into(), vec!["Tre. Notera: inte en etikett.".into()]),
            ]
        );
        assert!(d
            .diagnostics
            .iter()
            .any(|x| x.line == Some(4) && x.message.contains("before the first")));
    }

    #[test]
    fn bold_sentence_is_not_a_label() {
        let d = read("**ANNA:** Hej.\n**Det här är viktigt.** Sa hon.\n\n**Obs** inte label\n");
        assert_eq!(d.turns.len(), 1);
        assert_eq!(
            d.turns[0].paragraphs,
            vec!["Hej. Det här är viktigt. Sa hon.", "Obs inte label"]
        );
    }
}
