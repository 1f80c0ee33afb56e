//! Guessing the format of a transcript from its content.

use std::path::Path;

use super::Format;

/// Guess the format of decoded text. Content decides; the file extension only
/// breaks ties (a `.md` file without Markdown labels is still Markdown).
pub fn sniff(text: &str, path: &Path) -> Format {
    let head: &str = {
        let mut end = text.len().min(64 * 1024);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        &text[..end]
    };
    let trimmed = head.trim_start();
    if trimmed.starts_with("WEBVTT") {
        return Format::Vtt;
    }
    if (trimmed.starts_with('{') || trimmed.starts_with('['))
        && (head.contains("\"segments\"")
            || head.contains("\"startTime\"")
            || head.contains("\"body\""))
    {
        return Format::Json;
    }
    if is_srt(trimmed) {
        return Format::Srt;
    }
    if super::columns::looks_like_columns(head) {
        return Format::Columns;
    }
    let md_labels = head.lines().filter(|l| is_markdown_label(l)).count();
    if md_labels >= 1 {
        return Format::Markdown;
    }
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "vtt" => Format::Vtt,
        "srt" => Format::Srt,
        "json" => Format::Json,
        "md" | "markdown" => Format::Markdown,
        _ => Format::Labeled,
    }
}

/// `1` then `00:00:01,000 --> 00:00:02,000` at the start.
fn is_srt(t: &str) -> bool {
    let mut lines = t.lines().map(str::trim).filter(|l| !l.is_empty());
    let first = lines.next().unwrap_or("");
    let second = lines.next().unwrap_or("");
    first.chars().all(|c| c.is_ascii_digit()) && !first.is_empty() && second.contains("-->")
}

/// `**Name:** text`, `**Name**: text` or `__Name:__`.
fn is_markdown_label(l: &str) -> bool {
    let l = l.trim_start();
    for m in ["**", "__"] {
        if let Some(rest) = l.strip_prefix(m) {
            if let Some(end) = rest.find(m) {
                let inner = &rest[..end];
                let after = &rest[end + m.len()..];
                let name = if let Some(n) = inner.strip_suffix(':') {
                    n
                } else if after.starts_with(':') {
                    inner
                } else {
                    continue;
                };
                if super::label::name_style(name.trim()).is_some() {
                    return true;
                }
            }
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(t: &str, p: &str) -> Format {
        sniff(t, Path::new(p))
    }

    #[test]
    fn formats() {
        assert_eq!(
            s("WEBVTT\n\n00:00.000 --> 00:01.000\n<v Anna>Hej", "a.txt"),
            Format::Vtt
        );
        assert_eq!(
            s("1\n00:00:01,000 --> 00:00:02,000\nANNA: Hej\n", "a.txt"),
            Format::Srt
        );
        assert_eq!(
            s("{\"version\":\"1.0.0\",\"segments\":[]}", "a.txt"),
            Format::Json
        );
        assert_eq!(
            s("# Avsnitt 1\n\n**Anna:** Hej\n", "a.txt"),
            Format::Markdown
        );
        assert_eq!(s("ANNA: Hej\nOLLE: Tja\n", "a.txt"), Format::Labeled);
        assert_eq!(s("ANNA: Hej\n", "a.md"), Format::Markdown);
    }
}
