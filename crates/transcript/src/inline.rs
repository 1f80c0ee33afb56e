//! Splitting text into spoken words and bracketed non-speech events.

use crate::model::{Inline, Paragraph};

/// Longest bracket content still taken as an event (`[skratt]`, `[music playing]`).
const MAX_EVENT_CHARS: usize = 40;

/// Parse `text`, turning short bracketed words (`[skratt]`, `[musik]`) into
/// [`Inline::Event`]s. Timestamps like `[12:34]` and long bracketed text stay text.
pub fn parse_inlines(text: &str) -> Paragraph {
    let mut out: Vec<Inline> = Vec::new();
    let mut rest = text;
    let mut buf = String::new();
    while let Some(open) = rest.find('[') {
        let after = &rest[open + 1..];
        let Some(close) = after.find(']') else { break };
        let inner = &after[..close];
        if is_event(inner) {
            buf.push_str(&rest[..open]);
            if !buf.is_empty() {
                out.push(Inline::Text(std::mem::take(&mut buf)));
            }
            out.push(Inline::Event(inner.trim().to_string()));
        } else {
            buf.push_str(&rest[..open + 1 + close + 1]);
        }
        rest = &after[close + 1..];
    }
    buf.push_str(rest);
    if !buf.is_empty() {
        out.push(Inline::Text(buf));
    }
    Paragraph(out)
}

/// Whether bracket content reads as a non-speech event rather than text or a time.
pub fn is_event(inner: &str) -> bool {
    let t = inner.trim();
    !t.is_empty()
        && t.chars().count() <= MAX_EVENT_CHARS
        && t.chars().any(char::is_alphabetic)
        && !t.contains(['[', ']'])
        && t.chars()
            .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_and_text() {
        let p = parse_inlines("Ja [skratt] nej [12:34] och [musik]");
        assert_eq!(
            p.0,
            vec![
                Inline::Text("Ja ".into()),
                Inline::Event("skratt".into()),
                Inline::Text(" nej [12:34] och ".into()),
                Inline::Event("musik".into()),
            ]
        );
        assert_eq!(p.text(), "Ja [skratt] nej [12:34] och [musik]");
    }

    #[test]
    fn unclosed_bracket_is_text() {
        let p = parse_inlines("a [b");
        assert_eq!(p.0, vec![Inline::Text("a [b".into())]);
    }
}
