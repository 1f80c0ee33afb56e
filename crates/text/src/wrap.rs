//! Line wrapping at spaces, with `unicode-linebreak` deciding where a break is allowed.

use unicode_linebreak::{linebreaks, BreakOpportunity};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// Wrap `text` to lines of at most `width` columns and append them to `out`,
/// each ending in `\n`; lines after the first start with `indent`.
///
/// Whitespace runs become one space (no-break spaces are kept) and control
/// characters are dropped. Breaks fall only at spaces or between wide (CJK)
/// characters, where Unicode line breaking allows them, so words are never
/// split. A line is wider than `width` only if it holds a single word that does
/// not fit. Nothing is written for blank text.
///
/// ```
/// let mut out = String::new();
/// podprint_text::wrap(&mut out, "ett två  tre\nfyra", 8, "");
/// assert_eq!(out, "ett två\ntre fyra\n");
/// ```
pub fn wrap(out: &mut String, text: &str, width: usize, indent: &str) {
    let text = clean(text);
    if text.is_empty() {
        return;
    }
    let indent_w = indent.width();
    let mut line_w = 0usize; // width of the current line, trailing spaces included
    let mut has_word = false;
    let mut prev = 0usize;
    for (at, kind) in linebreaks(&text) {
        let end = at.min(text.len());
        if kind == BreakOpportunity::Allowed && !is_break(&text, end) {
            continue;
        }
        let seg = &text[prev..end];
        prev = end;
        if has_word && line_w + seg.trim_end_matches(' ').width() > width {
            trim_trailing_spaces(out);
            out.push('\n');
            out.push_str(indent);
            line_w = indent_w;
        }
        out.push_str(seg);
        line_w += seg.width();
        has_word = true;
    }
    trim_trailing_spaces(out);
    out.push('\n');
}

/// True if a break before byte `at` of `text` may be taken: after a space, or
/// next to a wide character (scripts written without spaces).
fn is_break(text: &str, at: usize) -> bool {
    let before = text[..at].chars().next_back();
    let after = text[at..].chars().next();
    match (before, after) {
        (Some(' '), _) => true,
        (Some(b), Some(a)) => b.width() == Some(2) || a.width() == Some(2),
        _ => false,
    }
}

/// Collapse breaking whitespace to single spaces, drop control characters, trim.
fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        let nobreak = matches!(c, '\u{A0}' | '\u{202F}' | '\u{2007}');
        if (c.is_whitespace() && !nobreak) || c == '\u{200B}' {
            space = true;
        } else if c.is_control() || c == '\u{FEFF}' {
            continue;
        } else {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.push(c);
        }
    }
    out
}

fn trim_trailing_spaces(out: &mut String) {
    let keep = out.trim_end_matches(' ').len();
    out.truncate(keep);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wrapped(text: &str, width: usize) -> String {
        let mut out = String::new();
        wrap(&mut out, text, width, "");
        out
    }

    #[test]
    fn breaks_at_spaces_only() {
        assert_eq!(
            wrapped("IT-medarbetare och tjänstedesign", 10),
            "IT-medarbetare\noch\ntjänstedesign\n"
        );
        assert_eq!(wrapped("a b c d e f", 3), "a b\nc d\ne f\n");
    }

    #[test]
    fn keeps_no_break_spaces_and_punctuation_together() {
        // No break before a French-style exclamation mark or inside 10 000.
        assert_eq!(wrapped("aaaa bbbb !", 9), "aaaa\nbbbb !\n");
        assert_eq!(
            wrapped("kostar 10\u{A0}000 kr", 10),
            "kostar\n10\u{A0}000 kr\n"
        );
    }

    #[test]
    fn wide_characters_count_double_and_may_break() {
        let out = wrapped("日本語のテキストです", 8);
        for line in out.lines() {
            assert!(line.width() <= 8, "{line:?}");
        }
        assert_eq!(out.replace('\n', ""), "日本語のテキストです");
    }

    #[test]
    fn indent_applies_to_continuation_lines() {
        let mut out = String::new();
        wrap(&mut out, "one two three four", 9, "  ");
        assert_eq!(out, "one two\n  three\n  four\n");
    }

    #[test]
    fn blank_text_writes_nothing_and_controls_go() {
        assert_eq!(wrapped(" \n\t ", 10), "");
        assert_eq!(wrapped("a\u{1}b\r\nc", 10), "ab c\n");
    }
}
