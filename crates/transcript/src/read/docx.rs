//! Word documents: the paragraph text of `word/document.xml`, which the
//! caller then reads as labeled text.
//!
//! Each `w:p` paragraph becomes one line made of its `w:t` runs (`w:tab` is a
//! tab, `w:br`/`w:cr` a line break, `w:noBreakHyphen` a hyphen), with a blank
//! line between paragraphs. Empty paragraphs, deleted text (`w:delText`),
//! field codes and the fallback copies of text boxes (`mc:Fallback`) are left
//! out. A bold speaker name opening paragraphs, and table rows of speaker,
//! time and text cells, become `Name: text` lines.

use std::io::{Cursor, Read};
use std::path::Path;

use quick_xml::events::Event;
use quick_xml::Reader;

use crate::error::ReadError;

/// Largest `word/document.xml` read (uncompressed), against zip bombs.
const MAX_XML_BYTES: u64 = 256 * 1024 * 1024;

/// True if the bytes are a zip that holds `word/document.xml`.
pub fn is_docx(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04") && bytes.windows(17).any(|w| w == b"word/document.xml")
}

/// Paragraph text of a Word document, one paragraph per line with a blank
/// line between paragraphs.
pub fn extract_text(bytes: &[u8], path: &Path) -> Result<String, ReadError> {
    let malformed = |message: String| ReadError::Malformed {
        path: path.to_path_buf(),
        line: 0,
        message,
    };
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).map_err(|e| {
        malformed(format!(
            "not a readable Word document ({e}); open it in Word or LibreOffice and save it again as .docx"
        ))
    })?;
    let file = zip.by_name("word/document.xml").map_err(|e| {
        malformed(format!(
            "the zip archive has no readable word/document.xml ({e}); is it a Word (.docx) document?"
        ))
    })?;
    let mut xml = Vec::new();
    file.take(MAX_XML_BYTES + 1)
        .read_to_end(&mut xml)
        .map_err(|e| {
            malformed(format!(
                "word/document.xml cannot be unpacked ({e}); save the document again as .docx"
            ))
        })?;
    if xml.len() as u64 > MAX_XML_BYTES {
        return Err(malformed(format!(
            "word/document.xml unpacks to more than {MAX_XML_BYTES} bytes; split the document"
        )));
    }
    let xml = String::from_utf8(xml).map_err(|_| {
        malformed("word/document.xml is not UTF-8; save the document again as .docx".into())
    })?;
    paragraphs(&xml).map_err(|(pos, e)| {
        malformed(format!(
            "word/document.xml is not well-formed XML at byte {pos} ({e}); save the document again as .docx"
        ))
    })
}

/// One paragraph being read.
#[derive(Default)]
struct Para {
    text: String,
    /// Bytes of `text` in bold runs before the first plain text; `None`
    /// while no plain text has come.
    bold_end: Option<usize>,
}

/// One table row being read: its cells' text.
#[derive(Default)]
struct Row {
    cells: Vec<String>,
}

/// The paragraph text of a WordprocessingML document body.
///
/// Two layouts of transcript exports become `Name: text` lines: a paragraph
/// opening with a bold name and no colon (`**Anna** Välkommen …`; which bold
/// leads are names, [`join_paragraphs`] says), and a table row of a speaker
/// cell, an optional time cell and a text cell (`[00:01:02] Anna: …`).
fn paragraphs(xml: &str) -> Result<String, (u64, String)> {
    let mut reader = Reader::from_str(xml);
    // Paragraphs in order, each with its bold lead's end.
    let mut paras: Vec<(String, Option<usize>)> = Vec::new();
    // One buffer per open `w:p` (text boxes nest paragraphs inside paragraphs).
    let mut stack: Vec<Para> = Vec::new();
    let mut in_text = 0usize;
    // Depth inside elements whose content is skipped (`mc:Fallback`, `w:instrText`…).
    let mut skip = 0usize;
    // The open table rows (nested tables are read into their outer cell).
    let mut rows: Vec<Row> = Vec::new();
    let mut in_rpr = false;
    let mut bold = false;
    // Rows of the outermost table read so far (its first may be a header).
    let mut table_rows = 0usize;
    let end_para = |paras: &mut Vec<(String, Option<usize>)>, rows: &mut [Row], p: Para| {
        let text = p.text.trim_end_matches([' ', '\n']).to_string();
        if text.trim().is_empty() {
            return;
        }
        // Inside a table: part of the outermost row's last cell.
        if let Some(cell) = rows.first_mut().and_then(|r| r.cells.last_mut()) {
            if !cell.is_empty() {
                cell.push(' ');
            }
            cell.push_str(text.trim());
            return;
        }
        let bold_end = p.bold_end.filter(|&k| k > 0 && k < text.len());
        paras.push((text, bold_end));
    };
    loop {
        let ev = reader
            .read_event()
            .map_err(|e| (reader.error_position(), e.to_string()))?;
        match ev {
            Event::Start(e) => {
                let name = e.name();
                let name = name.as_ref();
                if skip > 0 || is_skipped(name) {
                    skip += 1;
                    continue;
                }
                match name {
                    b"w:p" => stack.push(Para::default()),
                    b"w:t" => in_text += 1,
                    b"w:r" => bold = false,
                    b"w:rPr" => in_rpr = true,
                    b"w:b" if in_rpr => bold = is_on(&e),
                    b"w:tbl" if rows.is_empty() => table_rows = 0,
                    b"w:tr" => rows.push(Row::default()),
                    // A cell of the outermost row only: nested tables read
                    // into it.
                    b"w:tc" if rows.len() == 1 => rows[0].cells.push(String::new()),
                    _ => {}
                }
            }
            Event::End(e) => {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                match e.name().as_ref() {
                    b"w:p" => {
                        if let Some(p) = stack.pop() {
                            end_para(&mut paras, &mut rows, p);
                        }
                    }
                    b"w:t" => in_text = in_text.saturating_sub(1),
                    b"w:rPr" => in_rpr = false,
                    b"w:tr" => {
                        if let Some(row) = rows.pop() {
                            if rows.is_empty() {
                                if let Some(line) = row_line(&row.cells, table_rows == 0) {
                                    paras.push((line, None));
                                }
                                table_rows += 1;
                            }
                        }
                    }
                    _ => {}
                }
            }
            Event::Empty(e) => {
                if skip > 0 {
                    continue;
                }
                if in_rpr && e.name().as_ref() == b"w:b" {
                    bold = is_on(&e);
                    continue;
                }
                let Some(cur) = stack.last_mut() else {
                    continue;
                };
                match e.name().as_ref() {
                    b"w:tab" => cur.text.push('\t'),
                    b"w:br" | b"w:cr" => cur.text.push('\n'),
                    b"w:noBreakHyphen" => cur.text.push('-'),
                    _ => {}
                }
            }
            Event::Text(t) if in_text > 0 && skip == 0 => {
                if let Some(cur) = stack.last_mut() {
                    let s = t
                        .xml10_content()
                        .map_err(|e| (reader.buffer_position(), e.to_string()))?;
                    if cur.bold_end.is_none() && !bold && !s.trim().is_empty() {
                        cur.bold_end = Some(cur.text.len());
                    }
                    cur.text.push_str(&s);
                }
            }
            Event::GeneralRef(r) if in_text > 0 && skip == 0 => {
                if let Some(cur) = stack.last_mut() {
                    if cur.bold_end.is_none() && !bold {
                        cur.bold_end = Some(cur.text.len());
                    }
                    if let Ok(Some(c)) = r.resolve_char_ref() {
                        cur.text.push(c);
                    } else if let Ok(name) = r.decode() {
                        if let Some(s) = quick_xml::escape::resolve_predefined_entity(&name) {
                            cur.text.push_str(s);
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    while let Some(p) = stack.pop() {
        end_para(&mut paras, &mut rows, p);
    }
    Ok(join_paragraphs(paras))
}

/// Whether a `w:b` element turns bold on (no `w:val`, or not `0`/`false`/`off`).
fn is_on(e: &quick_xml::events::BytesStart<'_>) -> bool {
    !e.attributes()
        .flatten()
        .any(|a| a.key.as_ref() == b"w:val" && matches!(a.value.as_ref(), b"0" | b"false" | b"off"))
}

/// The paragraphs, a blank line apart; a bold lead that names a speaker gets
/// its colon (`Anna Välkommen` → `Anna: Välkommen`). A name is a bold lead in
/// two paragraphs or more; once the document has such names, also a bold lead
/// in capitals (`PRESENTATÖR`) or of two words or more (`Olle Berg`) seen
/// once, but not a single Title Case word (`**Viktigt** är …`).
fn join_paragraphs(paras: Vec<(String, Option<usize>)>) -> String {
    // The bold lead, unless a colon already follows it, inside the bold run
    // or just after it (`**Anna:**`, `**Anna**: …`).
    let lead = |(text, end): &(String, Option<usize>)| -> Option<String> {
        let name = text[..(*end)?].trim();
        let colon = name.ends_with(':') || text[(*end)?..].trim_start().starts_with(':');
        (!colon && super::common::is_label(name)).then(|| name.to_string())
    };
    let mut counts: std::collections::HashMap<String, usize> = Default::default();
    for p in &paras {
        if let Some(name) = lead(p) {
            *counts.entry(name).or_default() += 1;
        }
    }
    let recurring = counts.values().any(|&n| n >= 2);
    let is_name = |name: &str| {
        counts[name] >= 2
            || (recurring
                && (name.split_whitespace().count() >= 2 || !name.chars().any(char::is_lowercase)))
    };
    let mut out = String::new();
    for p in &paras {
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        match lead(p) {
            Some(name) if is_name(&name) => {
                out.push_str(&name);
                out.push_str(": ");
                out.push_str(p.0[p.1.unwrap_or(0)..].trim_start());
            }
            _ => out.push_str(&p.0),
        }
    }
    out
}

/// A table row as a transcript line: a speaker cell (a [label]), an optional
/// time cell and a text cell make `[time] Name: text`; other rows (a layout
/// table) keep their cells' text, a tab apart. A `first` row without a time
/// whose cells are a word or two each is a header (`Tid | Talare | Text`),
/// dropped.
///
/// [label]: super::common::is_label
fn row_line(cells: &[String], first: bool) -> Option<String> {
    let cells: Vec<&str> = cells
        .iter()
        .map(|c| c.trim())
        .filter(|c| !c.is_empty())
        .collect();
    let short = |c: &&str| c.split_whitespace().count() <= 2 && !c.ends_with(['.', '!', '?']);
    if cells.is_empty() || (first && cells.iter().all(short)) {
        return None;
    }
    let time = cells
        .iter()
        .position(|c| super::common::timestamp(c.trim_matches(['[', ']', '(', ')'])).is_some());
    let text = (0..cells.len())
        .filter(|&i| Some(i) != time)
        .max_by_key(|&i| cells[i].len());
    let speaker = (0..cells.len()).find(|&i| {
        Some(i) != time
            && Some(i) != text
            && super::common::is_label(cells[i].trim_end_matches(':'))
    });
    if let (Some(s), Some(t)) = (speaker, text) {
        let name = cells[s].trim_end_matches(':');
        return Some(match time {
            Some(k) => format!(
                "[{}] {name}: {}",
                cells[k].trim_matches(['[', ']', '(', ')']),
                cells[t]
            ),
            None => format!("{name}: {}", cells[t]),
        });
    }
    Some(cells.join("\t"))
}

/// Elements whose text is not part of the document's reading text.
fn is_skipped(name: &[u8]) -> bool {
    matches!(
        name,
        b"mc:Fallback" | b"w:instrText" | b"w:delText" | b"w:del" | b"w:fldChar"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn docx(document_xml: &str) -> Vec<u8> {
        let mut buf = Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        let opts = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        z.start_file("[Content_Types].xml", opts).unwrap();
        z.write_all(b"<?xml version=\"1.0\"?><Types/>").unwrap();
        z.start_file("word/document.xml", opts).unwrap();
        z.write_all(document_xml.as_bytes()).unwrap();
        z.finish().unwrap();
        buf.into_inner()
    }

    const NS: &str = r#"xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006""#;

    #[test]
    fn paragraphs_runs_tabs_breaks() {
        let xml = format!(
            r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document {NS}><w:body>
<w:p><w:r><w:t>ANNA:</w:t></w:r><w:r><w:t xml:space="preserve"> Hej &amp; </w:t></w:r><w:r><w:t>välkommen&#33;</w:t></w:r></w:p>
<w:p/>
<w:p><w:r><w:t>OLLE:</w:t><w:br/><w:t>Tack</w:t><w:tab/><w:t>så</w:t><w:noBreakHyphen/><w:t>mycket.</w:t></w:r></w:p>
<w:p><w:r><w:delText>bort</w:delText><w:instrText>PAGE</w:instrText></w:r>
<mc:AlternateContent><mc:Choice><w:p><w:r><w:t>I rutan</w:t></w:r></w:p></mc:Choice><mc:Fallback><w:p><w:r><w:t>I rutan</w:t></w:r></w:p></mc:Fallback></mc:AlternateContent></w:p>
</w:body></w:document>"#
        );
        let bytes = docx(&xml);
        assert!(is_docx(&bytes));
        let text = extract_text(&bytes, Path::new("a.docx")).unwrap();
        assert_eq!(
            text,
            "ANNA: Hej & välkommen!\n\nOLLE:\nTack\tså-mycket.\n\nI rutan"
        );
    }

    #[test]
    fn bold_names_and_table_rows_become_labels() {
        let bold = |name: &str, text: &str| {
            format!(
                r#"<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{name}</w:t></w:r><w:r><w:t xml:space="preserve"> {text}</w:t></w:r></w:p>"#
            )
        };
        let xml = format!(
            r#"<w:document {NS}><w:body>
<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Avsnitt 3</w:t></w:r></w:p>
{}{}{}
<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Viktigt</w:t></w:r><w:r><w:t xml:space="preserve"> är att lyssna.</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>Inte</w:t></w:r><w:r><w:t xml:space="preserve"> fet.</w:t></w:r></w:p>
<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Anna</w:t></w:r><w:r><w:t xml:space="preserve">: Med kolon.</w:t></w:r></w:p>
</w:body></w:document>"#,
            bold("Anna", "Välkommen, Olle."),
            bold("Olle", "Tack &amp; hej."),
            bold("Anna", "Vad gör du?"),
        );
        let text = extract_text(&docx(&xml), Path::new("a.docx")).unwrap();
        assert_eq!(
            text,
            "Avsnitt 3\n\nAnna: Välkommen, Olle.\n\nOlle Tack & hej.\n\nAnna: Vad gör du?\n\nViktigt är att lyssna.\n\nInte fet.\n\nAnna: Med kolon."
        );
        // Olle opens one paragraph only: left as it is (the labeled reader
        // still finds Anna's turns). Two make a name.
        let xml = format!(
            "<w:document {NS}><w:body>{}{}{}{}</w:body></w:document>",
            bold("Anna", "Hej."),
            bold("Olle", "Hej."),
            bold("Anna", "Vem är du?"),
            bold("Olle", "Planerare."),
        );
        let text = extract_text(&docx(&xml), Path::new("a.docx")).unwrap();
        assert_eq!(
            text,
            "Anna: Hej.\n\nOlle: Hej.\n\nAnna: Vem är du?\n\nOlle: Planerare."
        );

        let cell = |t: &str| format!("<w:tc><w:p><w:r><w:t>{t}</w:t></w:r></w:p></w:tc>");
        let row = |cells: &[&str]| {
            format!(
                "<w:tr>{}</w:tr>",
                cells.iter().map(|c| cell(c)).collect::<String>()
            )
        };
        let xml = format!(
            "<w:document {NS}><w:body><w:tbl>{}{}{}{}</w:tbl></w:body></w:document>",
            row(&["Tid", "Talare", "Text"]),
            row(&["00:00:03", "Anna", "Välkommen hit."]),
            row(&["[00:01:10]", "Olle:", "Tack, det är roligt att vara här."]),
            row(&["Anteckning om ljudet", "", "bruset i början är borta"]),
        );
        let text = extract_text(&docx(&xml), Path::new("a.docx")).unwrap();
        assert_eq!(
            text,
            "[00:00:03] Anna: Välkommen hit.\n\n[00:01:10] Olle: Tack, det är roligt att vara här.\n\nAnteckning om ljudet\tbruset i början är borta"
        );
    }

    #[test]
    fn broken_inputs_are_malformed() {
        let p = Path::new("a.docx");
        let e = extract_text(b"PK\x03\x04word/document.xml garbage", p).unwrap_err();
        assert!(matches!(e, ReadError::Malformed { .. }), "{e}");
        assert!(e.to_string().contains("save it again"), "{e}");

        let mut buf = Cursor::new(Vec::new());
        let mut z = zip::ZipWriter::new(&mut buf);
        z.start_file("other.xml", zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(b"<x/>").unwrap();
        z.finish().unwrap();
        let e = extract_text(&buf.into_inner(), p).unwrap_err();
        assert!(e.to_string().contains("word/document.xml"), "{e}");

        let e = extract_text(&docx("<w:document><w:p><w:t>a</w:p>"), p).unwrap_err();
        assert!(e.to_string().contains("not well-formed"), "{e}");
    }
}
