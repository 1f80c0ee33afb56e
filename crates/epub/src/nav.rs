//! The navigation document and the title page.

use crate::document;
use crate::escape::push_escaped;
use crate::locale::Words;
use crate::package::{nonempty, DocRef};
use podprint_transcript::Series;

/// `nav.xhtml`: a table of contents (series, then its episodes) and landmarks.
pub(crate) fn nav(
    series: &Series,
    lang: &str,
    dir: &str,
    words: &Words,
    docs: &[DocRef],
) -> String {
    let mut o = String::with_capacity(2048 + docs.len() * 120);
    document::open(&mut o, lang, dir, words.contents);
    o.push_str("<body>\n<nav epub:type=\"toc\" role=\"doc-toc\" id=\"toc\" aria-labelledby=\"toc-heading\">\n<h1 id=\"toc-heading\">");
    push_escaped(&mut o, words.contents);
    o.push_str("</h1>\n<ol>\n<li><a href=\"title.xhtml\">");
    push_escaped(&mut o, series.meta.title.trim());
    o.push_str("</a>");
    if !docs.is_empty() {
        o.push_str("\n<ol>\n");
        for d in docs {
            o.push_str("<li><a href=\"");
            o.push_str(&d.href);
            if let Some(l) = &d.lang {
                o.push_str("\" lang=\"");
                push_escaped(&mut o, l);
                o.push_str("\" xml:lang=\"");
                push_escaped(&mut o, l);
            }
            o.push_str("\">");
            push_escaped(&mut o, &d.title);
            o.push_str("</a></li>\n");
        }
        o.push_str("</ol>\n");
    }
    o.push_str("</li>\n</ol>\n</nav>\n");
    o.push_str("<nav epub:type=\"landmarks\" id=\"landmarks\" aria-labelledby=\"landmarks-heading\" hidden=\"hidden\">\n<h2 id=\"landmarks-heading\">");
    push_escaped(&mut o, words.landmarks);
    o.push_str("</h2>\n<ol>\n<li><a epub:type=\"titlepage\" href=\"title.xhtml\">");
    push_escaped(&mut o, words.title_page);
    o.push_str("</a></li>\n<li><a epub:type=\"toc\" href=\"nav.xhtml#toc\">");
    push_escaped(&mut o, words.contents);
    o.push_str("</a></li>\n");
    if let Some(first) = docs.first() {
        o.push_str("<li><a epub:type=\"bodymatter\" href=\"");
        o.push_str(&first.href);
        o.push_str("\">");
        push_escaped(&mut o, words.start);
        o.push_str("</a></li>\n");
    }
    o.push_str("</ol>\n</nav>\n</body>\n");
    document::close(&mut o);
    o
}

/// `title.xhtml`: series title, publisher, description and episode count.
pub(crate) fn title_page(series: &Series, lang: &str, dir: &str, words: &Words) -> String {
    let title = series.meta.title.trim();
    let mut o = String::with_capacity(2048);
    document::open(&mut o, lang, dir, title);
    o.push_str("<body>\n<section class=\"title-page\" aria-labelledby=\"book-title\">\n<h1 id=\"book-title\">");
    push_escaped(&mut o, title);
    o.push_str("</h1>\n");
    if let Some(p) = nonempty(series.meta.publisher.as_deref()) {
        o.push_str("<p class=\"publisher\">");
        push_escaped(&mut o, words.publisher);
        o.push_str(": ");
        push_escaped(&mut o, p);
        o.push_str("</p>\n");
    }
    if let Some(d) = nonempty(series.meta.description.as_deref()) {
        o.push_str("<p class=\"description\">");
        push_escaped(&mut o, d);
        o.push_str("</p>\n");
    }
    o.push_str("<p class=\"count\">");
    push_escaped(&mut o, words.episodes);
    o.push_str(": ");
    o.push_str(&series.episodes.len().to_string());
    o.push_str("</p>\n</section>\n</body>\n");
    document::close(&mut o);
    o
}
