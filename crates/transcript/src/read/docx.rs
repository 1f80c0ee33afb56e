//! Word documents: the paragraph text of `word/document.xml`, which the
//! caller then reads as labeled text.
//!
//! Each `w:p` paragraph becomes one line made of its `w:t` runs (`w:tab` is a
//! tab, `w:br`/`w:cr` a line break, `w:noBreakHyphen` a hyphen), with a blank
//! line between paragraphs. Empty paragraphs, deleted text (`w:delText`),
//! field codes and the fallback copies of text boxes (`mc:Fallback`) are left
//! out.

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

/// The paragraph text of a WordprocessingML document body.
fn paragraphs(xml: &str) -> Result<String, (u64, String)> {
    let mut reader = Reader::from_str(xml);
    let mut out = String::new();
    // One buffer per open `w:p` (text boxes nest paragraphs inside paragraphs).
    let mut stack: Vec<String> = Vec::new();
    let mut in_text = 0usize;
    // Depth inside elements whose content is skipped (`mc:Fallback`, `w:instrText`…).
    let mut skip = 0usize;
    let push_para = |out: &mut String, p: String| {
        let p = p.trim_end_matches([' ', '\n']).to_string();
        if p.trim().is_empty() {
            return;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&p);
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
                    b"w:p" => stack.push(String::new()),
                    b"w:t" => in_text += 1,
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
                            push_para(&mut out, p);
                        }
                    }
                    b"w:t" => in_text = in_text.saturating_sub(1),
                    _ => {}
                }
            }
            Event::Empty(e) => {
                if skip > 0 {
                    continue;
                }
                let Some(cur) = stack.last_mut() else {
                    continue;
                };
                match e.name().as_ref() {
                    b"w:tab" => cur.push('\t'),
                    b"w:br" | b"w:cr" => cur.push('\n'),
                    b"w:noBreakHyphen" => cur.push('-'),
                    b"w:p" => {}
                    _ => {}
                }
            }
            Event::Text(t) if in_text > 0 && skip == 0 => {
                if let Some(cur) = stack.last_mut() {
                    let s = t
                        .xml10_content()
                        .map_err(|e| (reader.buffer_position(), e.to_string()))?;
                    cur.push_str(&s);
                }
            }
            Event::GeneralRef(r) if in_text > 0 && skip == 0 => {
                if let Some(cur) = stack.last_mut() {
                    if let Ok(Some(c)) = r.resolve_char_ref() {
                        cur.push(c);
                    } else if let Ok(name) = r.decode() {
                        if let Some(s) = quick_xml::escape::resolve_predefined_entity(&name) {
                            cur.push_str(s);
                        }
                    }
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    while let Some(p) = stack.pop() {
        push_para(&mut out, p);
    }
    Ok(out)
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
