//! Bytes to clean text: encoding detection, line ends, invisible characters.

use std::path::Path;

use crate::error::ReadError;

/// Text decoded from a file, with the encoding that was used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Decoded {
    /// The text: LF line ends, no BOM, no soft hyphens or zero-width characters,
    /// non-breaking spaces turned into spaces.
    pub text: String,
    /// Name of the encoding (`UTF-8`, `UTF-8 (BOM)`, `UTF-16LE`, `windows-1252`…).
    pub encoding: &'static str,
}

/// Decode `bytes` (from `path`, used in errors) into clean text.
pub fn decode(bytes: &[u8], path: &Path) -> Result<Decoded, ReadError> {
    let (raw, encoding): (String, &'static str) = if let Some(rest) =
        bytes.strip_prefix(b"\xEF\xBB\xBF")
    {
        (utf8(rest, path)?, "UTF-8 (BOM)")
    } else if bytes.starts_with(b"\xFF\xFE") {
        let (t, _, bad) = encoding_rs::UTF_16LE.decode(bytes);
        if bad {
            return Err(decode_err(path, &t, "invalid UTF-16LE"));
        }
        (t.into_owned(), "UTF-16LE")
    } else if bytes.starts_with(b"\xFE\xFF") {
        let (t, _, bad) = encoding_rs::UTF_16BE.decode(bytes);
        if bad {
            return Err(decode_err(path, &t, "invalid UTF-16BE"));
        }
        (t.into_owned(), "UTF-16BE")
    } else {
        if looks_binary(bytes) {
            return Err(ReadError::Binary {
                path: path.to_path_buf(),
                what: binary_kind(bytes),
            });
        }
        match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), "UTF-8"),
            Err(_) => {
                let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
                det.feed(bytes, true);
                let enc = det.guess(None, chardetng::Utf8Detection::Deny);
                // Transcripts in the wild are Latin script; a detector guess outside
                // the single-byte Western family is treated as Windows-1252.
                let enc = if enc == encoding_rs::WINDOWS_1252
                    || enc == encoding_rs::ISO_8859_15
                    || enc == encoding_rs::WINDOWS_1250
                {
                    enc
                } else {
                    encoding_rs::WINDOWS_1252
                };
                let (t, _, bad) = enc.decode(bytes);
                if bad {
                    return Err(decode_err(
                        path,
                        &t,
                        "bytes that are not valid in any supported encoding",
                    ));
                }
                (t.into_owned(), enc.name())
            }
        }
    };
    Ok(Decoded {
        text: clean(&raw),
        encoding,
    })
}

fn utf8(bytes: &[u8], path: &Path) -> Result<String, ReadError> {
    std::str::from_utf8(bytes).map(str::to_string).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        ReadError::Decode {
            path: path.to_path_buf(),
            line,
            detail: "invalid UTF-8 after a UTF-8 byte-order mark".into(),
        }
    })
}

fn decode_err(path: &Path, text: &str, detail: &str) -> ReadError {
    let line = text
        .find('\u{FFFD}')
        .map(|i| text[..i].matches('\n').count() + 1)
        .unwrap_or(1);
    ReadError::Decode {
        path: path.to_path_buf(),
        line,
        detail: detail.into(),
    }
}

/// NUL bytes or many control characters in the first 8 KiB mean binary data.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let ctrl = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0C))
        .count();
    ctrl * 20 > head.len().max(1)
}

fn binary_kind(bytes: &[u8]) -> String {
    let kind = if bytes.starts_with(b"%PDF") {
        "a PDF: extract its text first, e.g. `pdftotext -layout`"
    } else if bytes.starts_with(b"PK") {
        "a zip archive that is not a Word document"
    } else if bytes.starts_with(b"\x89PNG") || bytes.starts_with(b"\xFF\xD8") {
        "an image"
    } else if bytes.starts_with(b"ID3") || bytes.starts_with(b"RIFF") || bytes.starts_with(b"OggS")
    {
        "an audio file: transcribe it first"
    } else {
        "binary data"
    };
    kind.to_string()
}

/// Whether `b` holds a byte sequence [`clean`] changes: CR, VT, FF, or the
/// UTF-8 of BOM, soft hyphen, NBSP, zero-width and other special spaces.
/// Byte-level, so ordinary text (åäö, ”, –, …) is checked without decoding.
fn needs_clean(b: &[u8]) -> bool {
    let (chunks, tail) = crate::swar::chunks(b);
    for (at, w) in chunks {
        if crate::swar::all_ascii(w) {
            let bad = crate::swar::eq_mask(w, b'\r')
                | crate::swar::eq_mask(w, 0x0B)
                | crate::swar::eq_mask(w, 0x0C);
            if bad != 0 {
                return true;
            }
        } else if needs_clean_slow(b, at, at + 8) {
            return true;
        }
    }
    needs_clean_slow(b, tail, b.len())
}

/// Byte-by-byte check of `b[from..to]` (may look past `to` into a sequence).
fn needs_clean_slow(b: &[u8], from: usize, to: usize) -> bool {
    let mut k = from;
    while k < to {
        match b[k] {
            b'\r' | 0x0B | 0x0C => return true,
            0xC2 if matches!(b.get(k + 1), Some(0xA0 | 0xAD)) => return true,
            0xE2 => {
                let (x, y) = (
                    b.get(k + 1).copied().unwrap_or(0),
                    b.get(k + 2).copied().unwrap_or(0),
                );
                if (x == 0x80
                    && matches!(
                        y,
                        0x87 | 0x89 | 0x8A | 0x8B | 0x8C | 0x8D | 0xA8 | 0xA9 | 0xAF
                    ))
                    || (x == 0x81 && y == 0xA0)
                {
                    return true;
                }
            }
            0xE3 if b.get(k + 1) == Some(&0x80) && b.get(k + 2) == Some(&0x80) => return true,
            0xEF if b.get(k + 1) == Some(&0xBB) && b.get(k + 2) == Some(&0xBF) => return true,
            _ => {}
        }
        k += 1;
    }
    false
}

/// Normalize line ends to LF and drop characters that only get in the way:
/// BOMs, soft hyphens, zero-width spaces and joiners; NBSP and friends become spaces.
pub fn clean(raw: &str) -> String {
    if !needs_clean(raw.as_bytes()) {
        return raw.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() != Some(&'\n') {
                    out.push('\n');
                }
            }
            '\u{FEFF}' | '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' => {}
            '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' | '\u{200A}' | '\u{3000}' => {
                out.push(' ')
            }
            '\u{2028}' | '\u{2029}' | '\u{0B}' | '\u{0C}' => out.push('\n'),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p() -> &'static Path {
        Path::new("x.txt")
    }

    #[test]
    fn utf8_bom_crlf_and_invisibles() {
        let d = decode(
            "\u{FEFF}A:\u{00A0}hej\u{00AD}san\r\nB: x\u{200B}y\rC".as_bytes(),
            p(),
        )
        .unwrap();
        assert_eq!(d.text, "A: hejsan\nB: xy\nC");
        assert_eq!(d.encoding, "UTF-8 (BOM)");
    }

    #[test]
    fn utf16_both_orders() {
        let s = "ANNA: Här är åäö";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in s.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        assert_eq!(decode(&le, p()).unwrap().text, s);
        assert_eq!(decode(&be, p()).unwrap().text, s);
        assert_eq!(decode(&be, p()).unwrap().encoding, "UTF-16BE");
    }

    #[test]
    fn windows_1252_detected() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("ANNA: Det är här vi börjar – på så vis.\nOLLE: Ja, så är det för många i vår kommun.\n");
        let d = decode(&bytes, p()).unwrap();
        assert!(
            d.text.contains("är här vi börjar – på så vis"),
            "{}",
            d.text
        );
        assert_eq!(d.encoding, "windows-1252");
    }

    #[test]
    fn clean_detects_every_special_character() {
        for c in [
            '\r', '\u{FEFF}', '\u{00AD}', '\u{200B}', '\u{200C}', '\u{200D}', '\u{2060}',
            '\u{00A0}', '\u{202F}', '\u{2007}', '\u{2009}', '\u{200A}', '\u{3000}', '\u{2028}',
            '\u{2029}', '\u{0B}', '\u{0C}',
        ] {
            let s = format!("a{c}b");
            assert!(needs_clean(s.as_bytes()), "{c:?}");
            assert_ne!(clean(&s), s, "{c:?}");
        }
        assert!(!needs_clean("”Hej” – sa hon… åäö".as_bytes()));
    }

    proptest::proptest! {
        #[test]
        fn fast_clean_check_agrees(v in proptest::collection::vec(0usize..10, 0..40)) {
            let alphabet = ["a", "\r", "\n", "å", "\u{00A0}", "”", "\u{200B}", "…", "\u{FEFF}", "xyzw"];
            let s: String = v.iter().map(|&i| alphabet[i]).collect();
            proptest::prop_assert_eq!(needs_clean(s.as_bytes()), clean(&s) != s, "{:?}", s);
        }
    }

    #[test]
    fn binary_rejected() {
        let e = decode(b"%PDF-1.7\n\x00\x01\x02", p()).unwrap_err();
        assert!(e.to_string().contains("PDF"), "{e}");
    }
}
