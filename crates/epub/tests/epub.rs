//! Reads rendered EPUBs back: archive layout, package, navigation and content.

use podprint_epub::{identifier, render, EpubError, EpubOptions};
use podprint_transcript::{
    Episode, EpisodeMeta, Inline, Lang, Paragraph, Role, Series, SeriesMeta, Speaker, Turn,
};
use roxmltree::{Document, Node};
use std::collections::BTreeMap;
use std::io::{Cursor, Read};

const XML_NS: &str = "http://www.w3.org/XML/1998/namespace";
const OPF_NS: &str = "http://www.idpf.org/2007/opf";
const EPUB_NS: &str = "http://www.idpf.org/2007/ops";

fn speaker(label: &str, name: &str, role: Role, affiliation: Option<&str>) -> Speaker {
    Speaker {
        label: label.into(),
        name: name.into(),
        role,
        affiliation: affiliation.map(Into::into),
    }
}

fn turn(label: &str, paragraphs: &[&str], teaser: bool, start: Option<f64>) -> Turn {
    Turn {
        speaker: label.into(),
        paragraphs: paragraphs.iter().map(|p| Paragraph::parse(p)).collect(),
        start,
        end: None,
        teaser,
        line: 1,
    }
}

const NASTY: &str = "Skriv <script>alert(\"x\")</script> & sedan ]]> och 'så' \u{1}klart";

fn swedish() -> Series {
    let ep1 = Episode {
        meta: EpisodeMeta {
            id: "ep07".into(),
            number: Some(7),
            title: "EP7 - Tillgänglighet i vardagen".into(),
            date: Some("2025-02-14".into()),
            language: Lang::sv(),
            description: Some("Om klarspråk & ramper.".into()),
            source: None,
        },
        speakers: vec![
            speaker("ANNA", "Anna Berglund", Role::Host, Some("Exempelkommunen")),
            speaker("BO", "Bo Lind", Role::Guest, Some("Region Norr")),
            speaker("PRESENTATÖR", "Presentatör", Role::Announcer, None),
        ],
        turns: vec![
            turn("BO", &["Man måste börja i det lilla."], true, None),
            turn("ANNA", &["Vem bestämmer egentligen?"], true, None),
            turn(
                "PRESENTATÖR",
                &["Du lyssnar på Exempelpodden. [musik]"],
                false,
                None,
            ),
            turn("ANNA", &["Välkommen hit, Bo! [skratt]"], false, None),
            turn(
                "BO",
                &[
                    "Tack. Man måste börja i det lilla, tycker jag.",
                    "Och sedan växer det, steg för steg.",
                ],
                false,
                None,
            ),
            turn("ANNA", &[NASTY], false, None),
        ],
        diagnostics: vec![],
    };
    let ep2 = Episode {
        meta: EpisodeMeta {
            id: "ep08".into(),
            number: Some(8),
            title: "".into(),
            date: Some("mars 2025".into()),
            language: Lang::en(),
            ..Default::default()
        },
        speakers: vec![speaker("SAM", "Sam Reed", Role::Guest, None)],
        turns: vec![
            turn("SAM", &["Hello from the archive."], false, Some(83.5)),
            turn("SAM", &["Still me, an hour later."], false, Some(3723.0)),
        ],
        diagnostics: vec![],
    };
    Series {
        meta: SeriesMeta {
            title: "Exempelpodden".into(),
            publisher: Some("Exempelförbundet".into()),
            language: Lang::sv(),
            description: Some("Samtal om välfärd.".into()),
            modified: Some("2025-02-20T08:30:00Z".into()),
        },
        episodes: vec![ep1, ep2],
    }
}

fn english() -> Series {
    let ep = Episode {
        meta: EpisodeMeta {
            id: "one".into(),
            title: "Episode One".into(),
            language: Lang::en(),
            ..Default::default()
        },
        speakers: vec![
            speaker("JO", "Jo Park", Role::Host, None),
            speaker("KIM", "Kim Ode", Role::Guest, Some("City Library")),
            speaker("X", "Voice", Role::Other, None),
        ],
        turns: vec![
            turn("JO", &["Welcome, Kim."], false, None),
            turn("KIM", &["Thanks [laughs] for having me."], false, None),
        ],
        diagnostics: vec![],
    };
    Series {
        meta: SeriesMeta {
            title: "Library Talk".into(),
            publisher: None,
            language: Lang::en(),
            description: None,
            modified: None,
        },
        episodes: vec![ep],
    }
}

/// Entries in archive order, with their bytes.
fn unzip(bytes: &[u8]) -> Vec<(String, Vec<u8>)> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    (0..archive.len())
        .map(|i| {
            let mut f = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            f.read_to_end(&mut data).unwrap();
            (f.name().to_string(), data)
        })
        .collect()
}

fn entries(bytes: &[u8]) -> BTreeMap<String, String> {
    unzip(bytes)
        .into_iter()
        .map(|(n, d)| (n, String::from_utf8(d).expect("UTF-8 entry")))
        .collect()
}

/// Parse XML, allowing the `<!DOCTYPE html>` every XHTML document has.
fn parse(s: &str) -> Result<Document<'_>, roxmltree::Error> {
    let opts = roxmltree::ParsingOptions {
        allow_dtd: true,
        ..Default::default()
    };
    Document::parse_with_options(s, opts)
}

fn text(node: Node) -> String {
    node.descendants()
        .filter(|n| n.is_text())
        .map(|n| n.text().unwrap())
        .collect()
}

fn elements<'a, 'i>(doc: &'a Document<'i>, name: &str) -> Vec<Node<'a, 'i>> {
    doc.descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == name)
        .collect()
}

fn class<'a, 'i>(doc: &'a Document<'i>, name: &str, class: &str) -> Vec<Node<'a, 'i>> {
    elements(doc, name)
        .into_iter()
        .filter(|n| n.attribute("class") == Some(class))
        .collect()
}

#[test]
fn archive_layout_is_fixed_and_mimetype_comes_first_stored() {
    let bytes = render(&swedish(), &EpubOptions::default()).unwrap();
    // Local file header of the first entry: signature, method 0 (stored),
    // name "mimetype", no extra field, then the content itself.
    assert_eq!(&bytes[0..4], b"PK\x03\x04");
    assert_eq!(u16::from_le_bytes([bytes[8], bytes[9]]), 0, "stored");
    assert_eq!(u16::from_le_bytes([bytes[26], bytes[27]]), 8);
    assert_eq!(
        u16::from_le_bytes([bytes[28], bytes[29]]),
        0,
        "no extra field"
    );
    assert_eq!(&bytes[30..38], b"mimetype");
    assert_eq!(&bytes[38..58], b"application/epub+zip");

    let names: Vec<String> = unzip(&bytes).into_iter().map(|(n, _)| n).collect();
    assert_eq!(
        names,
        [
            "mimetype",
            "META-INF/container.xml",
            "EPUB/package.opf",
            "EPUB/style.css",
            "EPUB/nav.xhtml",
            "EPUB/title.xhtml",
            "EPUB/episode-0001.xhtml",
            "EPUB/episode-0002.xhtml",
        ]
    );
    let mut archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).unwrap();
    for i in 0..archive.len() {
        let f = archive.by_index(i).unwrap();
        assert_eq!(f.unix_mode(), Some(0o100644), "{}", f.name());
        let t = f.last_modified().unwrap();
        assert_eq!(
            (t.year(), t.month(), t.day(), t.hour(), t.minute()),
            (2025, 2, 20, 8, 30)
        );
    }
}

#[test]
fn identical_input_gives_identical_bytes() {
    let a = render(&swedish(), &EpubOptions::default()).unwrap();
    let b = render(&swedish(), &EpubOptions::default()).unwrap();
    assert_eq!(a, b);
    let mut changed = swedish();
    changed.episodes[0].turns[3].paragraphs[0] = Paragraph::parse("Välkommen, Bo!");
    assert_ne!(a, render(&changed, &EpubOptions::default()).unwrap());
    // Without a modified date, a fixed epoch is used rather than the clock.
    let e1 = render(&english(), &EpubOptions::default()).unwrap();
    let e2 = render(&english(), &EpubOptions::default()).unwrap();
    assert_eq!(e1, e2);
    let opf = entries(&e1)["EPUB/package.opf"].clone();
    assert!(opf.contains("<meta property=\"dcterms:modified\">2000-01-01T00:00:00Z</meta>"));
}

#[test]
fn every_document_is_well_formed_and_has_a_language() {
    let files = entries(&render(&swedish(), &EpubOptions::default()).unwrap());
    let container = parse(&files["META-INF/container.xml"]).unwrap();
    let rootfile = elements(&container, "rootfile")[0];
    assert_eq!(rootfile.attribute("full-path"), Some("EPUB/package.opf"));
    for (name, content) in &files {
        if !name.ends_with(".xhtml") && !name.ends_with(".opf") {
            continue;
        }
        let doc = parse(content).unwrap_or_else(|e| panic!("{name}: {e}"));
        let root = doc.root_element();
        assert!(root.attribute((XML_NS, "lang")).is_some(), "{name}");
        if name.ends_with(".xhtml") {
            assert_eq!(root.tag_name().name(), "html");
            assert_eq!(root.attribute("lang"), root.attribute((XML_NS, "lang")));
            assert_eq!(root.attribute("dir"), Some("ltr"));
            assert!(
                !text(elements(&doc, "title")[0]).trim().is_empty(),
                "{name}"
            );
            assert!(elements(&doc, "script").is_empty(), "{name}");
        }
    }
    // The English episode inside the Swedish series is marked as English.
    let ep2 = parse(&files["EPUB/episode-0002.xhtml"]).unwrap();
    assert_eq!(ep2.root_element().attribute("lang"), Some("en"));
    let ep1 = parse(&files["EPUB/episode-0001.xhtml"]).unwrap();
    assert_eq!(ep1.root_element().attribute("lang"), Some("sv"));
}

#[test]
fn package_has_identity_and_accessibility_metadata() {
    let series = swedish();
    let files = entries(&render(&series, &EpubOptions::default()).unwrap());
    let doc = parse(&files["EPUB/package.opf"]).unwrap();
    let package = doc.root_element();
    assert_eq!(package.tag_name().namespace(), Some(OPF_NS));
    assert_eq!(package.attribute((XML_NS, "lang")), Some("sv"));
    assert_eq!(package.attribute("dir"), Some("ltr"));
    assert_eq!(package.attribute("unique-identifier"), Some("pub-id"));
    let dc = |name: &str| -> Vec<String> { elements(&doc, name).into_iter().map(text).collect() };
    assert_eq!(dc("title"), ["Exempelpodden"]);
    assert_eq!(dc("language"), ["sv"]);
    assert_eq!(dc("creator"), ["Exempelförbundet"]);
    assert_eq!(dc("publisher"), ["Exempelförbundet"]);
    assert_eq!(dc("identifier"), [identifier(&series)]);
    assert!(dc("identifier")[0].starts_with("urn:uuid:"));

    let metas: Vec<(String, String)> = elements(&doc, "meta")
        .into_iter()
        .map(|m| (m.attribute("property").unwrap().to_string(), text(m)))
        .collect();
    let values = |p: &str| -> Vec<&str> {
        metas
            .iter()
            .filter(|(k, _)| k == p)
            .map(|(_, v)| v.as_str())
            .collect()
    };
    assert_eq!(values("dcterms:modified"), ["2025-02-20T08:30:00Z"]);
    assert_eq!(values("schema:accessMode"), ["textual"]);
    assert_eq!(values("schema:accessModeSufficient"), ["textual"]);
    for f in ["structuralNavigation", "tableOfContents", "readingOrder"] {
        assert!(values("schema:accessibilityFeature").contains(&f), "{f}");
    }
    assert_eq!(values("schema:accessibilityHazard"), ["none"]);
    assert_eq!(
        values("dcterms:conformsTo"),
        ["EPUB Accessibility 1.1 - WCAG 2.2 Level AA"]
    );
    let summary = values("schema:accessibilitySummary");
    assert_eq!(summary.len(), 1);
    assert!(
        summary[0].contains("innehållsförteckning"),
        "{}",
        summary[0]
    );

    // Every manifest item exists; the spine reads title page, contents, episodes.
    let items: BTreeMap<&str, &str> = elements(&doc, "item")
        .into_iter()
        .map(|i| (i.attribute("id").unwrap(), i.attribute("href").unwrap()))
        .collect();
    for href in items.values() {
        assert!(files.contains_key(&format!("EPUB/{href}")), "{href}");
    }
    let nav = elements(&doc, "item")
        .into_iter()
        .find(|i| i.attribute("properties") == Some("nav"))
        .unwrap();
    assert_eq!(nav.attribute("href"), Some("nav.xhtml"));
    let spine: Vec<&str> = elements(&doc, "itemref")
        .into_iter()
        .map(|i| items[i.attribute("idref").unwrap()])
        .collect();
    assert_eq!(
        spine,
        [
            "title.xhtml",
            "nav.xhtml",
            "episode-0001.xhtml",
            "episode-0002.xhtml"
        ]
    );
}

#[test]
fn navigation_lists_series_then_episodes_and_landmarks() {
    let files = entries(&render(&swedish(), &EpubOptions::default()).unwrap());
    let doc = parse(&files["EPUB/nav.xhtml"]).unwrap();
    let navs = elements(&doc, "nav");
    let kind = |n: &Node| n.attribute((EPUB_NS, "type")).unwrap_or("").to_string();
    let toc = navs.iter().find(|n| kind(n) == "toc").expect("toc nav");
    let top = toc
        .children()
        .find(|n| n.has_tag_name("ol"))
        .unwrap()
        .children()
        .filter(|n| n.has_tag_name("li"))
        .collect::<Vec<_>>();
    assert_eq!(top.len(), 1);
    let series_link = top[0].children().find(|n| n.has_tag_name("a")).unwrap();
    assert_eq!(text(series_link), "Exempelpodden");
    assert_eq!(series_link.attribute("href"), Some("title.xhtml"));
    let episodes: Vec<(String, String)> = top[0]
        .children()
        .find(|n| n.has_tag_name("ol"))
        .unwrap()
        .descendants()
        .filter(|n| n.has_tag_name("a"))
        .map(|a| (a.attribute("href").unwrap().to_string(), text(a)))
        .collect();
    assert_eq!(
        episodes,
        [
            (
                "episode-0001.xhtml".to_string(),
                "EP7 - Tillgänglighet i vardagen".to_string()
            ),
            ("episode-0002.xhtml".to_string(), "Avsnitt 8".to_string()),
        ]
    );
    // The English episode's entry is marked as English, the Swedish one is not.
    let links: Vec<Node> = top[0]
        .descendants()
        .filter(|n| n.has_tag_name("a"))
        .collect();
    assert_eq!(links[1].attribute("lang"), None);
    assert_eq!(links[2].attribute("lang"), Some("en"));
    assert_eq!(links[2].attribute((XML_NS, "lang")), Some("en"));
    let landmarks = navs.iter().find(|n| kind(n) == "landmarks").unwrap();
    let marks: Vec<String> = landmarks
        .descendants()
        .filter(|n| n.has_tag_name("a"))
        .map(|a| a.attribute((EPUB_NS, "type")).unwrap().to_string())
        .collect();
    assert_eq!(marks, ["titlepage", "toc", "bodymatter"]);

    let title = parse(&files["EPUB/title.xhtml"]).unwrap();
    assert_eq!(text(elements(&title, "h1")[0]), "Exempelpodden");
    assert!(text(title.root_element()).contains("Exempelförbundet"));
}

#[test]
fn episode_document_has_title_participants_teasers_and_turns() {
    let files = entries(&render(&swedish(), &EpubOptions::default()).unwrap());
    let doc = parse(&files["EPUB/episode-0001.xhtml"]).unwrap();
    let h1 = elements(&doc, "h1");
    assert_eq!(h1.len(), 1);
    assert_eq!(text(h1[0]), "EP7 - Tillgänglighet i vardagen");
    let time = elements(&doc, "time")[0];
    assert_eq!(time.attribute("datetime"), Some("2025-02-14"));
    assert_eq!(
        text(class(&doc, "p", "description")[0]),
        "Om klarspråk & ramper."
    );

    let people: Vec<String> = elements(&doc, "li").into_iter().map(text).collect();
    assert_eq!(
        people,
        [
            "Anna Berglund, programledare, Exempelkommunen",
            "Bo Lind, gäst, Region Norr",
            "Presentatör, presentatör",
        ]
    );

    let quotes = elements(&doc, "blockquote");
    assert_eq!(quotes.len(), 2);
    assert_eq!(text(quotes[0]).trim(), "Man måste börja i det lilla.");
    let captions: Vec<String> = elements(&doc, "figcaption").into_iter().map(text).collect();
    assert_eq!(captions, ["Bo Lind", "Anna Berglund"]);

    // One paragraph per turn paragraph; the name only on a turn's first one.
    let turns = class(&doc, "p", "turn");
    let speakers: Vec<String> = turns
        .iter()
        .map(|p| text(p.first_element_child().unwrap()))
        .collect();
    assert_eq!(
        speakers,
        [
            "Presentatör:",
            "Anna Berglund:",
            "Bo Lind:",
            "Anna Berglund:"
        ]
    );
    for p in &turns {
        assert_eq!(
            p.first_element_child().unwrap().attribute("class"),
            Some("speaker")
        );
    }
    assert_eq!(text(turns[1]), "Anna Berglund: Välkommen hit, Bo! [skratt]");
    let cont = class(&doc, "p", "turn-continued");
    assert_eq!(cont.len(), 1);
    assert_eq!(text(cont[0]), "Och sedan växer det, steg för steg.");
    assert!(cont[0].first_element_child().is_none());
    let events: Vec<String> = class(&doc, "span", "event").into_iter().map(text).collect();
    assert_eq!(events, ["[musik]", "[skratt]"]);

    // Markup in the transcript stays literal text; forbidden characters go.
    assert_eq!(
        text(turns[3]),
        "Anna Berglund: Skriv <script>alert(\"x\")</script> & sedan ]]> och 'så' klart"
    );
    assert!(elements(&doc, "script").is_empty());
}

#[test]
fn every_word_of_the_body_is_in_the_episode_in_order() {
    let series = swedish();
    let files = entries(&render(&series, &EpubOptions::default()).unwrap());
    let doc = parse(&files["EPUB/episode-0001.xhtml"]).unwrap();
    let section = class(&doc, "section", "transcript")[0];
    let got: Vec<String> = section
        .children()
        .filter(|n| n.has_tag_name("p"))
        .flat_map(|p| {
            let skip = p
                .first_element_child()
                .filter(|c| c.attribute("class") == Some("speaker"));
            p.children()
                .filter(|c| Some(*c) != skip)
                .map(text)
                .collect::<String>()
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    let want: Vec<String> = series.episodes[0]
        .turns
        .iter()
        .filter(|t| !t.teaser)
        .flat_map(|t| {
            t.text()
                .replace('\u{1}', "")
                .split_whitespace()
                .map(str::to_string)
                .collect::<Vec<_>>()
        })
        .collect();
    assert_eq!(got, want);
}

#[test]
fn timestamps_follow_the_option() {
    let series = swedish();
    let on = entries(&render(&series, &EpubOptions::default()).unwrap());
    let doc = parse(&on["EPUB/episode-0002.xhtml"]).unwrap();
    let stamps: Vec<String> = class(&doc, "span", "timestamp")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(stamps, ["(01:23)", "(1:02:03)"]);
    assert_eq!(
        text(class(&doc, "p", "turn")[0]),
        "Sam Reed (01:23): Hello from the archive."
    );
    // A date that is not ISO is shown as written, without a <time> element.
    assert!(elements(&doc, "time").is_empty());
    assert!(text(doc.root_element()).contains("Date: mars 2025"));

    let opts = EpubOptions {
        timestamps: false,
        ..Default::default()
    };
    let off = entries(&render(&series, &opts).unwrap());
    let doc = parse(&off["EPUB/episode-0002.xhtml"]).unwrap();
    assert!(class(&doc, "span", "timestamp").is_empty());
}

#[test]
fn english_book_uses_english_words() {
    let files = entries(&render(&english(), &EpubOptions::default()).unwrap());
    let doc = parse(&files["EPUB/episode-0001.xhtml"]).unwrap();
    let people: Vec<String> = elements(&doc, "li").into_iter().map(text).collect();
    assert_eq!(
        people,
        [
            "Jo Park, host",
            "Kim Ode, guest, City Library",
            "Voice, participant"
        ]
    );
    let h2: Vec<String> = elements(&doc, "h2").into_iter().map(text).collect();
    assert_eq!(h2, ["Participants", "Transcript"]);
    let opf = parse(&files["EPUB/package.opf"]).unwrap();
    let summary = elements(&opf, "meta")
        .into_iter()
        .find(|m| m.attribute("property") == Some("schema:accessibilitySummary"))
        .map(text)
        .unwrap();
    assert!(summary.contains("table of contents"), "{summary}");
    assert!(elements(&opf, "creator").is_empty());
    let nav = parse(&files["EPUB/nav.xhtml"]).unwrap();
    assert_eq!(text(elements(&nav, "h1")[0]), "Contents");
}

#[test]
fn identifier_option_overrides_the_derived_one() {
    let opts = EpubOptions {
        identifier: Some("urn:isbn:9789100000000".into()),
        ..Default::default()
    };
    let files = entries(&render(&english(), &opts).unwrap());
    let doc = parse(&files["EPUB/package.opf"]).unwrap();
    assert_eq!(
        text(elements(&doc, "identifier")[0]),
        "urn:isbn:9789100000000"
    );
}

#[test]
fn bad_series_metadata_is_an_error() {
    let mut s = english();
    s.meta.title = "  ".into();
    assert!(matches!(
        render(&s, &EpubOptions::default()),
        Err(EpubError::MissingTitle)
    ));
    let mut s = english();
    s.meta.modified = Some("last tuesday".into());
    match render(&s, &EpubOptions::default()) {
        Err(EpubError::BadModified { value }) => assert_eq!(value, "last tuesday"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_series_without_episodes_still_makes_a_valid_book() {
    let mut s = english();
    s.episodes.clear();
    let files = entries(&render(&s, &EpubOptions::default()).unwrap());
    assert!(!files.keys().any(|k| k.contains("episode-")));
    let nav = parse(&files["EPUB/nav.xhtml"]).unwrap();
    assert_eq!(elements(&nav, "a").len(), 3);
}

#[test]
fn events_inside_paragraphs_are_kept_in_place() {
    let mut s = english();
    s.episodes[0].turns[0].paragraphs = vec![Paragraph(vec![
        Inline::Text("Before ".into()),
        Inline::Event("music & <noise>".into()),
        Inline::Text(" after.".into()),
    ])];
    let files = entries(&render(&s, &EpubOptions::default()).unwrap());
    let doc = parse(&files["EPUB/episode-0001.xhtml"]).unwrap();
    assert_eq!(
        text(class(&doc, "p", "turn")[0]),
        "Jo Park: Before [music & <noise>] after."
    );
}

#[test]
fn options_deserialize_from_kebab_case_and_reject_typos() {
    let o: EpubOptions =
        serde_json::from_str(r#"{"per-episode": true, "timestamps": false}"#).unwrap();
    assert!(o.per_episode && o.collection && !o.timestamps);
    assert!(serde_json::from_str::<EpubOptions>(r#"{"per_episode": true}"#).is_err());
    assert_eq!(
        serde_json::from_str::<EpubOptions>("{}").unwrap(),
        EpubOptions::default()
    );
}
