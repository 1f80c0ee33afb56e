//! The frame every XHTML content document shares.

use crate::escape::push_escaped;

/// Start an XHTML content document: XML declaration, doctype, `html` with
/// `lang`, `xml:lang` and `dir`, `head` with the title and the style sheet,
/// and the opening `body` tag.
pub(crate) fn open(out: &mut String, lang: &str, dir: &str, title: &str) {
    out.push_str(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n\
<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" lang=\"",
    );
    push_escaped(out, lang);
    out.push_str("\" xml:lang=\"");
    push_escaped(out, lang);
    out.push_str("\" dir=\"");
    out.push_str(dir);
    out.push_str("\">\n<head>\n<meta charset=\"utf-8\"/>\n<title>");
    push_escaped(out, title);
    out.push_str(
        "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n",
    );
}

/// Close what [`open`] and the body opened.
pub(crate) fn close(out: &mut String) {
    out.push_str("</html>\n");
}
