//! Putting the book together: the zip container and [`render`].

use crate::locale::{direction, Words};
use crate::package::{self, DocRef};
use crate::{episode, nav, EpubError, EpubOptions};
use podprint_transcript::{Lang, Series};
use std::io::{Cursor, Write};
use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, DateTime, ZipWriter};

const STYLE: &str = include_str!("style.css");

/// Render every episode of `series`, in order, into one EPUB 3.3 and return
/// the bytes of the `.epub` file.
///
/// Entries are written in a fixed order (`mimetype` first and stored, then
/// `META-INF/container.xml`, `EPUB/package.opf`, `EPUB/style.css`,
/// `EPUB/nav.xhtml`, `EPUB/title.xhtml`, `EPUB/episode-0001.xhtml`, …), with
/// permissions 0644 and the `modified` date of the series as time stamp, so
/// identical input gives identical bytes. Episodes are rendered one at a time
/// and compressed straight into the archive, so memory stays near the size of
/// the finished book.
pub fn render(series: &Series, opts: &EpubOptions) -> Result<Vec<u8>, EpubError> {
    if series.meta.title.trim().is_empty() {
        return Err(EpubError::MissingTitle);
    }
    let modified = package::modified(series.meta.modified.as_deref())?;
    let lang = if series.meta.language.as_str().trim().is_empty() {
        Lang("und".into())
    } else {
        series.meta.language.clone()
    };
    let words = Words::for_lang(&lang);
    let dir = direction(&lang);
    let identifier = match package::nonempty(opts.identifier.as_deref()) {
        Some(id) => id.to_string(),
        None => package::identifier(series),
    };
    let docs: Vec<DocRef> = series
        .episodes
        .iter()
        .enumerate()
        .map(|(i, e)| DocRef {
            id: format!("episode-{:04}", i + 1),
            href: format!("episode-{:04}.xhtml", i + 1),
            title: episode::title(e, i, words),
            lang: Some(crate::locale::tag(&e.meta.language, &lang))
                .filter(|l| *l != lang.as_str())
                .map(str::to_string),
        })
        .collect();

    // Deflated XHTML is about a third of its size.
    let guess: usize = series.episodes.iter().map(estimate).sum::<usize>() / 3;
    let mut zip = ZipWriter::new(Cursor::new(Vec::with_capacity(16 * 1024 + guess)));
    let stamp = zip_time(&modified);
    let stored = SimpleFileOptions::default()
        .compression_method(CompressionMethod::Stored)
        .last_modified_time(stamp)
        .unix_permissions(0o644);
    let deflated = if opts.compression == 0 {
        stored
    } else {
        SimpleFileOptions::default()
            .compression_method(CompressionMethod::Deflated)
            .compression_level(Some(i64::from(opts.compression.min(9))))
            .last_modified_time(stamp)
            .unix_permissions(0o644)
    };

    let put = |zip: &mut ZipWriter<Cursor<Vec<u8>>>,
               name: &str,
               options: SimpleFileOptions,
               data: &[u8]|
     -> Result<(), EpubError> {
        let err = |source| EpubError::Zip {
            entry: name.to_string(),
            source,
        };
        zip.start_file(name, options).map_err(err)?;
        zip.write_all(data)
            .map_err(|e| err(zip::result::ZipError::Io(e)))
    };

    put(&mut zip, "mimetype", stored, b"application/epub+zip")?;
    put(
        &mut zip,
        "META-INF/container.xml",
        deflated,
        package::CONTAINER.as_bytes(),
    )?;
    let opf = package::opf(series, &lang, &identifier, &modified, &docs);
    put(&mut zip, "EPUB/package.opf", deflated, opf.as_bytes())?;
    put(&mut zip, "EPUB/style.css", deflated, STYLE.as_bytes())?;
    let nav = nav::nav(series, lang.as_str(), dir, words, &docs);
    put(&mut zip, "EPUB/nav.xhtml", deflated, nav.as_bytes())?;
    let title = nav::title_page(series, lang.as_str(), dir, words);
    put(&mut zip, "EPUB/title.xhtml", deflated, title.as_bytes())?;

    let mut buf = String::new();
    for (ep, doc) in series.episodes.iter().zip(&docs) {
        buf.clear();
        buf.reserve(estimate(ep));
        episode::render(&mut buf, ep, &lang, &doc.title, opts.timestamps);
        let name = format!("EPUB/{}", doc.href);
        put(&mut zip, &name, deflated, buf.as_bytes())?;
    }
    let cursor = zip.finish().map_err(|source| EpubError::Zip {
        entry: "central directory".into(),
        source,
    })?;
    Ok(cursor.into_inner())
}

/// A generous guess of an episode document's size in bytes.
fn estimate(ep: &podprint_transcript::Episode) -> usize {
    let text: usize = ep
        .turns
        .iter()
        .flat_map(|t| &t.paragraphs)
        .flat_map(|p| &p.0)
        .map(|i| match i {
            podprint_transcript::Inline::Text(t) => t.len(),
            podprint_transcript::Inline::Event(e) => e.len() + 32,
        })
        .sum();
    4096 + text + ep.turns.len() * 96
}

/// The zip time stamp for `CCYY-MM-DDThh:mm:ssZ`, clamped to what zip can hold.
fn zip_time(modified: &str) -> DateTime {
    let n = |r: std::ops::Range<usize>| modified.get(r).and_then(|s| s.parse::<u16>().ok());
    let parts = (n(0..4), n(5..7), n(8..10), n(11..13), n(14..16), n(17..19));
    if let (Some(y), Some(mo), Some(d), Some(h), Some(mi), Some(s)) = parts {
        let y = y.clamp(1980, 2107);
        if let Ok(t) =
            DateTime::from_date_and_time(y, mo as u8, d as u8, h as u8, mi as u8, (s as u8).min(58))
        {
            return t;
        }
    }
    DateTime::default()
}
