//! Property test: no input makes any reader panic.
//!
//! Arbitrary bytes, arbitrary strings and strings built from the tokens the
//! readers look for (`<v `, `-->`, `**`, `{`, `:` …) go through `read_bytes`
//! with every format and with sniffing. Errors are fine; panics are not.

use std::io::{Cursor, Write};
use std::path::Path;

use podprint_transcript::read::{docx, json, markdown, srt, vtt};
use podprint_transcript::{read_bytes, Format, ReadOptions};
use proptest::prelude::*;

const FORMATS: [Option<Format>; 8] = [
    None,
    Some(Format::Labeled),
    Some(Format::Markdown),
    Some(Format::Vtt),
    Some(Format::Srt),
    Some(Format::Json),
    Some(Format::Docx),
    Some(Format::Columns),
];

/// Pieces of every format's syntax, glued together at random.
const TOKENS: &[&str] = &[
    "<v ",
    "<v.x ",
    "</v>",
    "<i>",
    "</",
    ">",
    "<",
    "-->",
    " --> ",
    "00:00:01.000",
    "00:01,5",
    "12:34",
    "1:02:03",
    "**",
    "__",
    "*",
    "_",
    "#",
    "# ",
    "[",
    "]",
    "(",
    ")",
    "](",
    "\\",
    "`",
    "```",
    "---",
    "{",
    "}",
    "[",
    "\"",
    "\":",
    ":",
    ": ",
    ",",
    "&",
    "&amp;",
    "&#",
    "&#x",
    ";",
    "\n",
    "\n\n",
    "\r\n",
    "\t",
    " ",
    "WEBVTT",
    "NOTE",
    "STYLE",
    "1",
    "ANNA",
    "Olle Berg",
    "SPEAKER_00",
    "å",
    "ä",
    "ö",
    "…",
    "”",
    "\u{FEFF}",
    "\u{00A0}",
    "\u{AD}",
    "segments",
    "\"segments\": [",
    "\"body\": ",
    "\"speaker\": ",
    "\"startTime\": ",
    "\"text\": ",
    "\"words\": [",
    "null",
    "-1e999",
    "EP33 - ",
    "Avsnitt ",
    "[skratt]",
    "<00:00:01.000>",
    "&#0;",
    "&#xD800;",
    "PK\u{3}\u{4}",
    "word/document.xml",
];

fn run_all(bytes: &[u8]) {
    for format in FORMATS {
        let opts = ReadOptions {
            format,
            ..ReadOptions::default()
        };
        for name in ["x.txt", "x"] {
            let _ = read_bytes(bytes, Path::new(name), &opts);
        }
    }
}

fn tokens() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..80).prop_map(|v| v.concat())
}

/// A zip holding `word/document.xml` with arbitrary (usually broken) XML.
fn zip_with(document: &[u8]) -> Vec<u8> {
    let mut buf = Cursor::new(Vec::new());
    let mut z = zip::ZipWriter::new(&mut buf);
    z.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    z.write_all(document).unwrap();
    z.finish().unwrap();
    buf.into_inner()
}

proptest! {
    // No regression file is written into the shared tree; failures found so far
    // are pinned in `known_inputs` below.
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        run_all(&bytes);
    }

    #[test]
    fn arbitrary_strings(s in "\\PC{0,300}") {
        run_all(s.as_bytes());
    }

    #[test]
    fn syntax_soup(s in tokens()) {
        run_all(s.as_bytes());
        let crlf = s.replace('\n', "\r\n");
        run_all(crlf.as_bytes());
    }

    #[test]
    fn docx_with_broken_xml(s in tokens()) {
        let xml = format!("<w:document><w:body><w:p><w:r><w:t>{s}</w:t></w:r></w:p></w:body></w:document>");
        run_all(&zip_with(xml.as_bytes()));
        run_all(&zip_with(s.as_bytes()));
    }

    /// The readers on decoded text, without the decoding and sniffing in front.
    #[test]
    fn readers_directly(s in prop_oneof![tokens(), "\\PC{0,200}"]) {
        let _ = markdown::read(&s);
        let _ = vtt::read(&s);
        let _ = srt::read(&s);
        let _ = json::read(&s);
        let _ = docx::extract_text(&zip_with(s.as_bytes()), Path::new("x.docx"));
    }

    #[test]
    fn truncated_docx(cut in 0usize..400) {
        let full = zip_with(b"<w:document><w:body><w:p><w:r><w:t>ANNA: Hej</w:t></w:r></w:p></w:body></w:document>");
        run_all(&full[..cut.min(full.len())]);
    }
}

/// Inputs that once made a reader panic.
#[test]
fn known_inputs() {
    for s in [
        "a\u{2000}A",
        "-->\u{a0}WEBVTT>",
        "**a**:",
        "[",
        "<v",
        "&#",
        "{\"segments\": [1, \"x\", null]}",
    ] {
        run_all(s.as_bytes());
        let _ = markdown::read(s);
        let _ = vtt::read(s);
        let _ = srt::read(s);
        let _ = json::read(s);
    }
}
