//! Inline Markdown reduced to plain text: links keep their text, emphasis
//! markers, HTML tags and backslash escapes go, `[12:34]` timestamps are
//! dropped, bracketed events (`[skratt]`) stay.

use crate::read::common::{decode_entities, timestamp};

/// Reduce inline Markdown to plain text.
pub(super) fn inline(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    // Start of text not yet copied to `out`.
    let mut plain = 0;
    while i < b.len() {
        let c = b[i];
        if !matches!(c, b'\\' | b'!' | b'[' | b'`' | b'<' | b'*' | b'_' | b'~') {
            i += 1;
            continue;
        }
        out.push_str(&s[plain..i]);
        match c {
            b'\\'
                if b.get(i + 1)
                    .is_some_and(|n| n.is_ascii_punctuation() || *n == b'\n') =>
            {
                out.push(char::from(b[i + 1]));
                i += 2;
            }
            b'!' if b.get(i + 1) == Some(&b'[') => match bracket(s, i + 1) {
                Some(Bracket::Link { end, .. }) => i = end,
                _ => {
                    out.push('!');
                    i += 1;
                }
            },
            b'[' => match bracket(s, i) {
                Some(Bracket::Time { end }) => i = end,
                Some(Bracket::Link { text, end }) => {
                    out.push_str(&inline(text));
                    i = end;
                }
                None => {
                    out.push('[');
                    i += 1;
                }
            },
            b'`' => {
                let run = b[i..].iter().take_while(|&&x| x == b'`').count();
                let fence = &s[i..i + run];
                match s[i + run..].find(fence) {
                    Some(j) => {
                        out.push_str(&s[i + run..i + run + j]);
                        i += run + j + run;
                        // a longer closing run keeps its extra backticks out
                        while b.get(i) == Some(&b'`') {
                            i += 1;
                        }
                    }
                    None => {
                        out.push_str(fence);
                        i += run;
                    }
                }
            }
            b'<' => match angle(s, i) {
                Some((keep, end)) => {
                    out.push_str(keep);
                    i = end;
                }
                None => {
                    out.push('<');
                    i += 1;
                }
            },
            b'*' | b'_' | b'~' => {
                let run = b[i..].iter().take_while(|&&x| x == c).count();
                let prev = s[..i].chars().next_back();
                let next = s[i + run..].chars().next();
                let space = |x: Option<char>| x.is_none_or(char::is_whitespace);
                let alnum = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
                let literal = match c {
                    // `_` inside a word (`SPEAKER_00`) is not emphasis.
                    b'_' => alnum(prev) && alnum(next),
                    // a single `~` is text; `~~` is strikethrough.
                    b'~' => run < 2,
                    _ => false,
                } || (space(prev) && space(next));
                if literal {
                    out.push_str(&s[i..i + run]);
                }
                i += run;
            }
            _ => {
                out.push(char::from(c));
                i += 1;
            }
        }
        plain = i;
    }
    out.push_str(&s[plain..]);
    if out.contains('&') {
        decode_entities(&out).into_owned()
    } else {
        out
    }
}

enum Bracket<'a> {
    /// `[12:34]` or `[12:34](url)`: dropped.
    Time { end: usize },
    /// `[text](url)` or `[text][ref]`: the text.
    Link { text: &'a str, end: usize },
}

/// What the `[` at byte `i` opens, if anything but text.
fn bracket(s: &str, i: usize) -> Option<Bracket<'_>> {
    let b = s.as_bytes();
    // Matching `]`, allowing nested brackets and escapes.
    let mut depth = 0;
    let mut j = i;
    let close = loop {
        match b.get(j)? {
            b'\\' => j += 1,
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    break j;
                }
            }
            b'\n' if b.get(j + 1) == Some(&b'\n') => return None,
            _ => {}
        }
        j += 1;
    };
    let text = &s[i + 1..close];
    let target_end = match b.get(close + 1) {
        Some(b'(') => s[close + 2..].find(')').map(|p| close + 2 + p + 1),
        Some(b'[') => s[close + 2..].find(']').map(|p| close + 2 + p + 1),
        _ => None,
    };
    if timestamp(text).is_some() {
        return Some(Bracket::Time {
            end: target_end.unwrap_or(close + 1),
        });
    }
    target_end.map(|end| Bracket::Link { text, end })
}

/// `<https://…>` autolinks keep the address; HTML tags (`<br>`, `<span …>`) go.
fn angle(s: &str, i: usize) -> Option<(&str, usize)> {
    let close = s.as_bytes()[i + 1..]
        .iter()
        .take(200)
        .position(|&c| c == b'>')
        .map(|p| i + 1 + p)?;
    let inner = &s[i + 1..close];
    if inner.contains(['<', '\n']) || inner.is_empty() {
        return None;
    }
    if inner.contains("://") || (inner.contains('@') && !inner.contains(' ')) {
        return Some((inner.strip_prefix("mailto:").unwrap_or(inner), close + 1));
    }
    let name = inner.strip_prefix('/').unwrap_or(inner);
    if name.starts_with(|c: char| c.is_ascii_alphabetic()) {
        let keep = if name.eq_ignore_ascii_case("br") || name.eq_ignore_ascii_case("br/") {
            " "
        } else {
            ""
        };
        return Some((keep, close + 1));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_markup() {
        assert_eq!(
            inline(
                r"Se [sidan](https://x.se/a_b) \*inte\* __fet__ _kursiv_ SPEAKER_00 `kod` ~~bort~~ 5 * 3 &amp; <br> <https://e.se> ![bild](b.png)"
            ),
            "Se sidan *inte* fet kursiv SPEAKER_00 kod bort 5 * 3 &   https://e.se "
        );
        assert_eq!(
            inline(r"\[skratt\] [musik] [ref][1]"),
            "[skratt] [musik] ref"
        );
    }
}
