//! XML escaping for text and attribute values.

/// Append `s` to `out`, escaped for XML text or a double-quoted attribute.
/// `&`, `<`, `>` and `"` become entities (so `]]>` and `<script>` stay literal
/// text) and characters XML 1.0 forbids (C0 controls other than tab, LF and
/// CR; U+FFFE; U+FFFF) are dropped.
pub(crate) fn push_escaped(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (rep, skip): (&str, usize) = match b {
            b'&' => ("&amp;", 1),
            b'<' => ("&lt;", 1),
            b'>' => ("&gt;", 1),
            b'"' => ("&quot;", 1),
            b'\t' | b'\n' | b'\r' => {
                i += 1;
                continue;
            }
            0..=0x1f => ("", 1),
            0xEF if bytes.get(i + 1) == Some(&0xBF)
                && matches!(bytes.get(i + 2), Some(0xBE | 0xBF)) =>
            {
                ("", 3)
            }
            _ => {
                i += 1;
                continue;
            }
        };
        out.push_str(&s[start..i]);
        out.push_str(rep);
        i += skip;
        start = i;
    }
    out.push_str(&s[start..]);
}

/// `s` escaped, as a new string.
#[cfg(test)]
pub(crate) fn escaped(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    push_escaped(&mut out, s);
    out
}

#[cfg(test)]
mod tests {
    use super::escaped;

    #[test]
    fn escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(
            escaped("a <script>&\"]]>\u{0}\u{1b}b\u{FFFE}c\u{FFFF}\r\n"),
            "a &lt;script&gt;&amp;&quot;]]&gt;bc\r\n"
        );
        assert_eq!(escaped("åäö – ”citat”"), "åäö – ”citat”");
        assert_eq!(escaped("\u{FFFD}\u{EFFF}"), "\u{FFFD}\u{EFFF}");
    }
}
