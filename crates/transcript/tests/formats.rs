//! The same episode written in every input format imports to the same turns.
//!
//! The fixture episode lives in `tests/fixtures/same-episode/`; the
//! Windows-1252, UTF-16 and DOCX variants are made here from `episode.txt`
//! so no binary file is committed.

use std::io::{Cursor, Write};
use std::path::Path;

use podprint_transcript::{read_bytes, Format, Imported, Inline, ReadOptions};

/// (speaker label, text) of every turn, as written in `episode.txt`.
const EXPECTED: &[(&str, &str)] = &[
    ("PRESENTATÖR", "En podcast från Exempelkommunen."),
    ("ANNA", "Hej och välkommen till Exempelpodden! I dag har jag besök av Olle Berg från biblioteket i Åby."),
    ("OLLE", "Tack, Anna. Det är roligt att vara här."),
    ("ANNA", "Du driver en läsecirkel för äldre. Hur började det?"),
    ("OLLE", "Vi läser t.ex. högt för varandra på biblioteket varje torsdag. Det blir ofta fullt."),
    ("ANNA", "Det låter härligt [skratt] och lite trångt."),
    ("OLLE", "Ja, det är enkelt: man tar med en bok och en termos. Vi är tolv stycken nu."),
    ("ANNA", "Stort tack för att du kom, Olle."),
    ("OLLE", "Tack själv, och hälsningar till alla lyssnare i Märsta!"),
];

const TITLE: &str = "EP07 - Exempelpodden träffar Olle Berg";

fn fixture(name: &str) -> Vec<u8> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/same-episode")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn utf8_text() -> String {
    String::from_utf8(fixture("episode.txt")).unwrap()
}

fn read(bytes: &[u8], name: &str, format: Option<Format>) -> Imported {
    let opts = ReadOptions {
        format,
        ..ReadOptions::default()
    };
    read_bytes(bytes, Path::new(name), &opts).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// (label, text) with paragraphs joined by a space: subtitle and JSON formats
/// have no paragraphs inside a turn.
fn turns(imp: &Imported) -> Vec<(String, String)> {
    imp.episode
        .turns
        .iter()
        .map(|t| {
            let text = t
                .paragraphs
                .iter()
                .map(|p| p.text())
                .collect::<Vec<_>>()
                .join(" ");
            (t.speaker.clone(), text)
        })
        .collect()
}

/// Assert the turns equal [`EXPECTED`] (labels mapped by `label`), naming each
/// differing turn, and that `[skratt]` became an event.
fn assert_episode(imp: &Imported, what: &str, label: impl Fn(&str) -> String) {
    let got: Vec<(String, String)> = turns(imp)
        .into_iter()
        .map(|(s, t)| (label(&s), t))
        .collect();
    let want: Vec<(String, String)> = EXPECTED
        .iter()
        .map(|(s, t)| (s.to_string(), t.to_string()))
        .collect();
    let mut diffs = Vec::new();
    for i in 0..got.len().max(want.len()) {
        if got.get(i) != want.get(i) {
            diffs.push(format!(
                "  turn {}: got {:?}\n          want {:?}",
                i + 1,
                got.get(i),
                want.get(i)
            ));
        }
    }
    assert!(
        diffs.is_empty(),
        "{what}: {} turns (want {}), differing:\n{}",
        got.len(),
        want.len(),
        diffs.join("\n")
    );
    let laugh = &imp.episode.turns[5];
    assert!(
        laugh
            .paragraphs
            .iter()
            .flat_map(|p| &p.0)
            .any(|i| *i == Inline::Event("skratt".into())),
        "{what}: [skratt] is not an event: {laugh:?}"
    );
    let speakers: Vec<String> = imp
        .episode
        .speakers
        .iter()
        .map(|s| label(&s.label))
        .collect();
    assert_eq!(speakers, ["PRESENTATÖR", "ANNA", "OLLE"], "{what}");
}

fn same(s: &str) -> String {
    s.to_string()
}

fn assert_title(imp: &Imported, what: &str) {
    assert_eq!(imp.episode.meta.title, TITLE, "{what}");
    assert_eq!(imp.episode.meta.number, Some(7), "{what}");
}

fn windows_1252() -> Vec<u8> {
    let text = utf8_text();
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(&text);
    assert!(!unmappable);
    bytes.into_owned()
}

fn utf16le_bom_crlf() -> Vec<u8> {
    let text = utf8_text().replace('\n', "\r\n");
    let mut bytes = vec![0xFF, 0xFE];
    for u in text.encode_utf16() {
        bytes.extend(u.to_le_bytes());
    }
    bytes
}

fn xml_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// How the Word documents lay out the turns.
#[derive(Clone, Copy, PartialEq)]
enum Layout {
    /// `NAME:` in a bold run, then the text.
    BoldColon,
    /// `NAME` in a bold run without a colon, then the text.
    Bold,
    /// A table row per turn: a name cell, a time cell, a text cell.
    Table,
}

/// A minimal Word document with one paragraph per non-empty line of the
/// labeled text, the label in a bold run of its own.
fn docx() -> Vec<u8> {
    docx_with(Layout::BoldColon)
}

/// The labeled text as a Word document laid out as `layout` says.
fn docx_with(layout: Layout) -> Vec<u8> {
    let mut body = String::new();
    let mut rows = String::new();
    let cell = |t: &str| {
        format!(
            "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>",
            xml_escape(t)
        )
    };
    for (i, line) in utf8_text()
        .lines()
        .filter(|l| !l.trim().is_empty())
        .enumerate()
    {
        if layout == Layout::Table {
            match line.split_once(": ") {
                Some((l, r)) if l.chars().all(|c| c.is_uppercase()) => {
                    let time = format!("00:{:02}:{:02}", i / 60, i % 60);
                    rows.push_str(&format!(
                        "<w:tr>{}{}{}</w:tr>",
                        cell(l),
                        cell(&time),
                        cell(r)
                    ));
                }
                _ => body.push_str(&format!(
                    "<w:p><w:r><w:t>{}</w:t></w:r></w:p>",
                    xml_escape(line)
                )),
            }
            continue;
        }
        body.push_str("<w:p>");
        let (label, rest) = match line.split_once(": ") {
            Some((l, r)) if l.chars().all(|c| c.is_uppercase()) => (
                if layout == Layout::Bold {
                    l.to_string()
                } else {
                    format!("{l}:")
                },
                format!(" {r}"),
            ),
            _ => (String::new(), line.to_string()),
        };
        if !label.is_empty() {
            body.push_str(&format!(
                "<w:r><w:rPr><w:b/></w:rPr><w:t>{}</w:t></w:r>",
                xml_escape(&label)
            ));
        }
        // Split the text into two runs to check that runs are joined.
        let cut = rest
            .char_indices()
            .nth(rest.chars().count() / 2)
            .map_or(0, |(i, _)| i);
        for part in [&rest[..cut], &rest[cut..]] {
            body.push_str(&format!(
                "<w:r><w:t xml:space=\"preserve\">{}</w:t></w:r>",
                xml_escape(part)
            ));
        }
        body.push_str("</w:p>");
    }
    if !rows.is_empty() {
        let header = format!(
            "<w:tr>{}{}{}</w:tr>",
            cell("Talare"),
            cell("Tid"),
            cell("Text")
        );
        body.push_str(&format!("<w:tbl>{header}{rows}</w:tbl>"));
    }
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}<w:sectPr/></w:body></w:document>"
    );
    let mut buf = Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("[Content_Types].xml", opts).unwrap();
    zip.write_all(br#"<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>"#).unwrap();
    zip.start_file("word/document.xml", opts).unwrap();
    zip.write_all(document.as_bytes()).unwrap();
    zip.finish().unwrap();
    buf.into_inner()
}

/// WhisperX labels in the fixture, mapped to the names in the other files.
fn whisperx_label(s: &str) -> String {
    match s {
        "SPEAKER_02" => "PRESENTATÖR",
        "SPEAKER_00" => "ANNA",
        "SPEAKER_01" => "OLLE",
        other => other,
    }
    .to_string()
}

#[test]
fn labeled_utf8() {
    let imp = read(&fixture("episode.txt"), "x.txt", Some(Format::Labeled));
    assert_episode(&imp, "labeled UTF-8", same);
    assert_title(&imp, "labeled UTF-8");
}

#[test]
fn labeled_windows_1252() {
    let imp = read(&windows_1252(), "x.txt", Some(Format::Labeled));
    assert_eq!(imp.encoding, "windows-1252");
    assert_episode(&imp, "labeled Windows-1252", same);
    assert_title(&imp, "labeled Windows-1252");
}

#[test]
fn labeled_utf16le_bom_crlf() {
    let imp = read(&utf16le_bom_crlf(), "x.txt", Some(Format::Labeled));
    assert_eq!(imp.encoding, "UTF-16LE");
    assert_episode(&imp, "labeled UTF-16LE CRLF", same);
    assert_title(&imp, "labeled UTF-16LE CRLF");
}

#[test]
fn docx_from_labeled_text() {
    let imp = read(&docx(), "x.docx", Some(Format::Docx));
    assert_eq!(imp.format, Format::Docx);
    assert_episode(&imp, "DOCX", same);
    assert_title(&imp, "DOCX");
}

#[test]
fn docx_with_bold_names_or_a_table() {
    for (layout, what) in [
        (Layout::Bold, "DOCX, bold names"),
        (Layout::Table, "DOCX, table"),
    ] {
        let imp = read(&docx_with(layout), "x.docx", Some(Format::Docx));
        assert_episode(&imp, what, same);
        assert_title(&imp, what);
        if layout == Layout::Table {
            assert_eq!(imp.episode.turns[3].start, Some(4.0), "{what}");
        }
    }
}

#[test]
fn markdown() {
    let imp = read(&fixture("episode.md"), "x.md", Some(Format::Markdown));
    assert_episode(&imp, "Markdown", same);
    assert_title(&imp, "Markdown");
    let t = &imp.episode.turns;
    let starts: Vec<Option<f64>> = t.iter().map(|t| t.start).collect();
    assert_eq!(
        starts,
        [
            Some(0.0),
            Some(4.0),
            Some(12.0),
            None,
            Some(20.0),
            None,
            None,
            None,
            None
        ]
    );
    // the empty `**Paus:**` label made no turn but was reported
    assert!(imp
        .episode
        .diagnostics
        .iter()
        .any(|d| d.line == Some(19) && d.message.contains("Paus")));
    assert_eq!(t[4].line, 12);
}

#[test]
fn vtt() {
    let imp = read(&fixture("episode.vtt"), "x.vtt", Some(Format::Vtt));
    assert_episode(&imp, "WebVTT", same);
    let t = &imp.episode.turns;
    let times: Vec<(Option<f64>, Option<f64>)> = t.iter().map(|t| (t.start, t.end)).collect();
    assert_eq!(times[1], (Some(4.0), Some(12.0)));
    assert_eq!(times[4], (Some(20.0), Some(28.0)));
    assert_eq!(times[8], (Some(41.0), Some(45.0)));
    assert_eq!(t[0].line, 13);
    assert!(
        imp.episode.diagnostics.is_empty(),
        "{:?}",
        imp.episode.diagnostics
    );
}

#[test]
fn srt() {
    let imp = read(&fixture("episode.srt"), "x.srt", Some(Format::Srt));
    assert_episode(&imp, "SRT", same);
    let t = &imp.episode.turns;
    assert_eq!((t[6].start, t[6].end), (Some(31.0), Some(38.0)));
    assert_eq!(t[1].line, 7);
    assert!(
        imp.episode.diagnostics.is_empty(),
        "{:?}",
        imp.episode.diagnostics
    );
}

#[test]
fn podcasting_2_0_json() {
    let imp = read(&fixture("episode.pc20.json"), "x.json", Some(Format::Json));
    assert_episode(&imp, "Podcasting 2.0 JSON", same);
    let t = &imp.episode.turns;
    assert_eq!((t[2].start, t[2].end), (Some(12.0), Some(15.5)));
    assert_eq!(t[2].line, 7);
}

#[test]
fn whisperx_json() {
    let imp = read(
        &fixture("episode.whisperx.json"),
        "x.json",
        Some(Format::Json),
    );
    assert_episode(&imp, "WhisperX JSON", whisperx_label);
    assert_eq!(imp.episode.turns[0].speaker, "SPEAKER_02");
}

/// Sniffing (no `format`) picks the right reader and gives the same turns.
#[test]
fn sniffed_formats_agree() {
    type Case = (Vec<u8>, &'static str, Format, fn(&str) -> String);
    let cases: Vec<Case> = vec![
        (fixture("episode.txt"), "x.txt", Format::Labeled, same),
        (windows_1252(), "x.txt", Format::Labeled, same),
        (utf16le_bom_crlf(), "x.txt", Format::Labeled, same),
        (docx(), "x.docx", Format::Docx, same),
        (fixture("episode.md"), "x.md", Format::Markdown, same),
        (fixture("episode.vtt"), "x.vtt", Format::Vtt, same),
        (fixture("episode.srt"), "x.srt", Format::Srt, same),
        (fixture("episode.pc20.json"), "x.json", Format::Json, same),
        (
            fixture("episode.whisperx.json"),
            "x.json",
            Format::Json,
            whisperx_label,
        ),
    ];
    for (bytes, name, format, label) in cases {
        // Sniffing must not lean on the extension: use a neutral name too.
        for path in [name, "transcript"] {
            let imp = read(&bytes, path, None);
            assert_eq!(imp.format, format, "{path} ({format:?})");
            assert_episode(&imp, &format!("sniffed {path} ({format:?})"), label);
        }
    }
}
