//! The package document (OPF), the container file and the book's identity.

use crate::escape::push_escaped;
use crate::locale::{direction, Words};
use crate::EpubError;
use podprint_transcript::{Lang, Series};
use uuid::Uuid;

/// `dcterms:modified` when the series has no `modified` date.
pub(crate) const DEFAULT_MODIFIED: &str = "2000-01-01T00:00:00Z";

/// Namespace of podprint's name-based (version 5) UUIDs.
const NAMESPACE: Uuid = Uuid::from_u128(0x6f1d_2c1e_8a43_5b0f_9d2e_7c41_a0b3_e5d1);

/// The default `dc:identifier` of a series: `urn:uuid:` and a version 5 UUID of
/// the series title and publisher, so the same series keeps its identity across
/// builds and as episodes are added.
///
/// ```
/// use podprint_epub::identifier;
/// use podprint_transcript::{Series, SeriesMeta};
/// let s = Series { meta: SeriesMeta { title: "Exempelpodden".into(), ..Default::default() }, episodes: vec![] };
/// assert!(identifier(&s).starts_with("urn:uuid:"));
/// assert_eq!(identifier(&s), identifier(&s.clone()));
/// ```
pub fn identifier(series: &Series) -> String {
    let mut name = String::from("podprint-series\n");
    name.push_str(series.meta.title.trim());
    name.push('\n');
    name.push_str(series.meta.publisher.as_deref().unwrap_or("").trim());
    format!("urn:uuid:{}", Uuid::new_v5(&NAMESPACE, name.as_bytes()))
}

/// The modification date as `CCYY-MM-DDThh:mm:ssZ`, as EPUB requires. A bare
/// date gets midnight; fractions of a second are dropped; `None` gives
/// [`DEFAULT_MODIFIED`] (never the clock).
pub(crate) fn modified(value: Option<&str>) -> Result<String, EpubError> {
    let Some(raw) = value else {
        return Ok(DEFAULT_MODIFIED.to_string());
    };
    let v = raw.trim();
    let bad = || EpubError::BadModified {
        value: raw.to_string(),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let date = v.get(..10).ok_or_else(bad)?;
    let d: Vec<&str> = date.split('-').collect();
    if d.len() != 3 || d[0].len() != 4 || d[1].len() != 2 || d[2].len() != 2 {
        return Err(bad());
    }
    if !d.iter().all(|p| digits(p)) {
        return Err(bad());
    }
    let (month, day): (u32, u32) = (d[1].parse().unwrap_or(0), d[2].parse().unwrap_or(0));
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return Err(bad());
    }
    let rest = &v[10..];
    if rest.is_empty() {
        return Ok(format!("{date}T00:00:00Z"));
    }
    let time = rest
        .strip_prefix('T')
        .and_then(|t| t.strip_suffix('Z'))
        .ok_or_else(bad)?;
    let hms = time.split('.').next().unwrap_or("");
    let t: Vec<&str> = hms.split(':').collect();
    if t.len() != 3 || !t.iter().all(|p| p.len() == 2 && digits(p)) {
        return Err(bad());
    }
    let (h, m, s): (u32, u32, u32) = (
        t[0].parse().unwrap_or(99),
        t[1].parse().unwrap_or(99),
        t[2].parse().unwrap_or(99),
    );
    if h > 23 || m > 59 || s > 60 {
        return Err(bad());
    }
    Ok(format!("{date}T{hms}Z"))
}

/// `META-INF/container.xml`.
pub(crate) const CONTAINER: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
"#;

/// One content document of the book, as the package and nav list it.
pub(crate) struct DocRef {
    /// Manifest id.
    pub id: String,
    /// File name relative to `EPUB/`.
    pub href: String,
    /// Title for the table of contents.
    pub title: String,
    /// Language of the document when it differs from the book's.
    pub lang: Option<String>,
}

/// The package document.
pub(crate) fn opf(
    series: &Series,
    lang: &Lang,
    identifier: &str,
    modified: &str,
    episodes: &[DocRef],
) -> String {
    let words = Words::for_lang(lang);
    let mut o = String::with_capacity(4096 + episodes.len() * 160);
    o.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    o.push_str("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"pub-id\" xml:lang=\"");
    push_escaped(&mut o, lang.as_str());
    o.push_str("\" dir=\"");
    o.push_str(direction(lang));
    o.push_str("\">\n  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    let element = |o: &mut String, open: &str, close: &str, value: &str| {
        o.push_str("    ");
        o.push_str(open);
        push_escaped(o, value);
        o.push_str(close);
        o.push('\n');
    };
    element(
        &mut o,
        "<dc:identifier id=\"pub-id\">",
        "</dc:identifier>",
        identifier,
    );
    element(
        &mut o,
        "<dc:title>",
        "</dc:title>",
        series.meta.title.trim(),
    );
    element(&mut o, "<dc:language>", "</dc:language>", lang.as_str());
    if let Some(p) = nonempty(series.meta.publisher.as_deref()) {
        element(&mut o, "<dc:creator>", "</dc:creator>", p);
        element(&mut o, "<dc:publisher>", "</dc:publisher>", p);
    }
    if let Some(d) = nonempty(series.meta.description.as_deref()) {
        element(&mut o, "<dc:description>", "</dc:description>", d);
    }
    element(
        &mut o,
        "<meta property=\"dcterms:modified\">",
        "</meta>",
        modified,
    );
    let a11y: [(&str, &str); 9] = [
        ("schema:accessMode", "textual"),
        ("schema:accessModeSufficient", "textual"),
        ("schema:accessibilityFeature", "structuralNavigation"),
        ("schema:accessibilityFeature", "tableOfContents"),
        ("schema:accessibilityFeature", "readingOrder"),
        ("schema:accessibilityFeature", "displayTransformability"),
        ("schema:accessibilityHazard", "none"),
        ("schema:accessibilitySummary", words.summary),
        (
            "dcterms:conformsTo",
            "EPUB Accessibility 1.1 - WCAG 2.2 Level AA",
        ),
    ];
    for (property, value) in a11y.iter() {
        o.push_str("    <meta property=\"");
        o.push_str(property);
        o.push_str("\">");
        push_escaped(&mut o, value);
        o.push_str("</meta>\n");
    }
    o.push_str("  </metadata>\n  <manifest>\n");
    o.push_str("    <item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n");
    o.push_str(
        "    <item id=\"title-page\" href=\"title.xhtml\" media-type=\"application/xhtml+xml\"/>\n",
    );
    o.push_str("    <item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
    for e in episodes {
        o.push_str("    <item id=\"");
        o.push_str(&e.id);
        o.push_str("\" href=\"");
        o.push_str(&e.href);
        o.push_str("\" media-type=\"application/xhtml+xml\"/>\n");
    }
    o.push_str("  </manifest>\n  <spine>\n");
    o.push_str("    <itemref idref=\"title-page\"/>\n    <itemref idref=\"nav\"/>\n");
    for e in episodes {
        o.push_str("    <itemref idref=\"");
        o.push_str(&e.id);
        o.push_str("\"/>\n");
    }
    o.push_str("  </spine>\n</package>\n");
    o
}

/// `Some(trimmed)` unless the value is absent or blank.
pub(crate) fn nonempty(s: Option<&str>) -> Option<&str> {
    s.map(str::trim).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modified_is_normalized_or_rejected() {
        assert_eq!(modified(None).unwrap(), DEFAULT_MODIFIED);
        assert_eq!(
            modified(Some("2025-03-01")).unwrap(),
            "2025-03-01T00:00:00Z"
        );
        assert_eq!(
            modified(Some("2025-03-01T12:30:05.123Z")).unwrap(),
            "2025-03-01T12:30:05Z"
        );
        for bad in [
            "",
            "yesterday",
            "2025-3-1",
            "2025-03-01T12:00:00+01:00",
            "2025-13-01",
        ] {
            assert!(modified(Some(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn identifier_depends_on_title_and_publisher_only() {
        let mut a = Series::default();
        a.meta.title = "Podden".into();
        let mut b = a.clone();
        b.episodes.push(Default::default());
        assert_eq!(identifier(&a), identifier(&b));
        b.meta.publisher = Some("Kommunen".into());
        assert_ne!(identifier(&a), identifier(&b));
        assert_eq!(identifier(&a).len(), "urn:uuid:".len() + 36);
    }
}
