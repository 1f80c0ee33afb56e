mod fixture;

use fixture::*;
use lopdf::{Document, Object};
use podprint_pdf::{render, FontSet, Paper, PdfError, PdfOptions, Variant};
use podprint_transcript::{Lang, Paragraph};
use std::collections::BTreeSet;
use std::process::Command;

fn opts() -> PdfOptions {
    PdfOptions::default()
}

fn long_series() -> podprint_transcript::Series {
    series(vec![swedish_episode(60)], Lang::sv())
}

fn name_of(obj: &Object) -> Option<String> {
    obj.as_name()
        .ok()
        .map(|n| String::from_utf8_lossy(n).into_owned())
}

/// Struct element roles in document order, and /Lang values seen.
fn struct_roles(doc: &Document) -> (Vec<String>, BTreeSet<String>) {
    let catalog = doc.catalog().unwrap();
    let root = catalog
        .get(b"StructTreeRoot")
        .unwrap()
        .as_reference()
        .unwrap();
    let mut roles = Vec::new();
    let mut langs = BTreeSet::new();
    let mut stack = vec![Object::Reference(root)];
    while let Some(obj) = stack.pop() {
        let obj = match obj {
            Object::Reference(r) => doc.get_object(r).unwrap().clone(),
            o => o,
        };
        if let Object::Array(items) = obj {
            stack.extend(items.into_iter().rev());
            continue;
        }
        let Ok(dict) = obj.as_dict() else { continue };
        if let Ok(s) = dict.get(b"S") {
            roles.push(name_of(s).unwrap());
        }
        if let Ok(Object::String(l, _)) = dict.get(b"Lang") {
            langs.insert(String::from_utf8_lossy(l).into_owned());
        }
        if let Ok(k) = dict.get(b"K") {
            stack.push(k.clone());
        }
    }
    (roles, langs)
}

#[test]
fn tag_tree_lang_title_outline() {
    let s = long_series();
    let pdf = render(&s, &opts(), Variant::Standard, &FontSet::bundled()).unwrap();
    let doc = Document::load_mem(&pdf).unwrap();
    let catalog = doc.catalog().unwrap();
    let lang = catalog.get(b"Lang").unwrap();
    assert_eq!(lang.as_str().unwrap(), b"sv");
    let mark = catalog.get(b"MarkInfo").unwrap();
    let mark = match mark {
        Object::Reference(r) => doc.get_dictionary(*r).unwrap(),
        o => o.as_dict().unwrap(),
    };
    assert!(mark.get(b"Marked").unwrap().as_bool().unwrap());
    let vp = catalog.get(b"ViewerPreferences").unwrap();
    let vp = match vp {
        Object::Reference(r) => doc.get_dictionary(*r).unwrap(),
        o => o.as_dict().unwrap(),
    };
    assert!(vp.get(b"DisplayDocTitle").unwrap().as_bool().unwrap());
    assert!(catalog.get(b"Outlines").is_ok());

    let (roles, _) = struct_roles(&doc);
    for want in [
        "H1",
        "H2",
        "P",
        "Span",
        "L",
        "LI",
        "Lbl",
        "LBody",
        "BlockQuote",
        "Sect",
    ] {
        assert!(roles.iter().any(|r| r == want), "no {want} in {roles:?}");
    }
    assert_eq!(roles.iter().filter(|r| *r == "H1").count(), 1);
    // One P per turn (title-block paragraphs besides): 63 turns, 2 in the BlockQuote.
    let turns = s.episodes[0].turns.len();
    let spans = roles.iter().filter(|r| *r == "Span").count();
    assert_eq!(spans, turns, "one Span (speaker name) per turn");
    let ps = roles.iter().filter(|r| *r == "P").count();
    assert!(ps >= turns && ps <= turns + 3, "{ps} P for {turns} turns");
    assert!(
        doc.get_pages().len() >= 3,
        "{} pages",
        doc.get_pages().len()
    );

    // Info title.
    let info = doc.trailer.get(b"Info").unwrap().as_reference().unwrap();
    let title = doc.get_dictionary(info).unwrap().get(b"Title").unwrap();
    let title = lopdf::decode_text_string(title).unwrap();
    assert!(title.starts_with("Välfärd nära invånarna"), "{title}");
}

#[test]
fn collection_has_outline_entry_per_episode_and_episode_lang() {
    let s = series(vec![swedish_episode(6), english_episode()], Lang::sv());
    let pdf = render(&s, &opts(), Variant::Standard, &FontSet::bundled()).unwrap();
    let doc = Document::load_mem(&pdf).unwrap();
    let outlines = doc
        .catalog()
        .unwrap()
        .get(b"Outlines")
        .unwrap()
        .as_reference()
        .unwrap();
    let outlines = doc.get_dictionary(outlines).unwrap();
    assert_eq!(outlines.get(b"Count").unwrap().as_i64().unwrap(), 2);
    let (roles, langs) = struct_roles(&doc);
    assert_eq!(roles.iter().filter(|r| *r == "H1").count(), 2);
    assert!(langs.contains("en"), "English episode marked: {langs:?}");
    // The English episode starts on a new page.
    let text = pdftotext(&pdf);
    if let Some(text) = text {
        let pages: Vec<&str> = text.split('\u{c}').collect();
        let p = pages
            .iter()
            .position(|p| p.contains("Libraries as meeting places"))
            .unwrap();
        assert!(pages[p].contains("Page") || pages[p].contains("Sida"));
        assert!(!pages[p].contains("Örjan Ek:"));
    }
}

fn pdftotext(pdf: &[u8]) -> Option<String> {
    let dir = std::env::temp_dir().join(format!("podprint-pdf-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).ok()?;
    let path = dir.join(format!(
        "{:x}.pdf",
        pdf.len() * 31 + pdf[pdf.len() / 2] as usize
    ));
    std::fs::write(&path, pdf).ok()?;
    let out = Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output();
    let _ = std::fs::remove_file(&path);
    match out {
        Ok(o) if o.status.success() => Some(String::from_utf8(o.stdout).unwrap()),
        _ => {
            eprintln!("note: pdftotext not available; skipping the text round trip");
            None
        }
    }
}

/// Longest common subsequence length of two word lists.
fn lcs(a: &[String], b: &[String]) -> usize {
    let mut prev = vec![0usize; b.len() + 1];
    for x in a {
        let mut cur = vec![0usize; b.len() + 1];
        for (j, y) in b.iter().enumerate() {
            cur[j + 1] = if x == y {
                prev[j] + 1
            } else {
                prev[j + 1].max(cur[j])
            };
        }
        prev = cur;
    }
    prev[b.len()]
}

#[test]
fn text_round_trip_in_reading_order() {
    for variant in [Variant::Standard, Variant::LargePrint] {
        let s = series(vec![swedish_episode(40), english_episode()], Lang::sv());
        let pdf = render(&s, &opts(), variant, &FontSet::bundled()).unwrap();
        let Some(text) = pdftotext(&pdf) else { return };
        assert!(text.contains("Åtta av tio"), "å/ä/ö survive");
        assert!(text.contains("Örjan Ek"));
        let got: Vec<String> = text.split_whitespace().map(str::to_string).collect();
        let want = model_words(&s);
        let matched = lcs(&want, &got);
        let ratio = matched as f64 / want.len() as f64;
        eprintln!(
            "{variant:?}: {matched}/{} words in order ({:.2}%)",
            want.len(),
            ratio * 100.0
        );
        assert!(
            ratio >= 0.995,
            "{variant:?}: only {:.2}% of words in order",
            ratio * 100.0
        );
        assert!(text.contains("Sida 1 av"));
    }
}

#[test]
fn deterministic_bytes() {
    let s = series(vec![swedish_episode(30), english_episode()], Lang::sv());
    let fonts = FontSet::bundled();
    let a = render(&s, &opts(), Variant::Standard, &fonts).unwrap();
    let b = render(&s, &opts(), Variant::Standard, &FontSet::bundled()).unwrap();
    assert_eq!(a, b);
    let c = render(&s, &opts(), Variant::LargePrint, &fonts).unwrap();
    assert_ne!(a, c);
}

/// Font sizes used with `Tf` in the content streams.
fn font_sizes(pdf: &[u8]) -> Vec<f32> {
    let doc = Document::load_mem(pdf).unwrap();
    let mut sizes = Vec::new();
    for (_, page) in doc.get_pages() {
        let content = doc.get_and_decode_page_content(page).unwrap();
        for op in content.operations {
            if op.operator == "Tf" {
                sizes.push(op.operands[1].as_float().unwrap());
            }
        }
    }
    sizes
}

#[test]
fn large_print_is_at_least_18pt_with_wide_leading() {
    let s = long_series();
    let fonts = FontSet::bundled();
    let std_pdf = render(&s, &opts(), Variant::Standard, &fonts).unwrap();
    let large = render(&s, &opts(), Variant::LargePrint, &fonts).unwrap();
    let sizes = font_sizes(&large);
    // Header and footer artifacts are 14 pt; everything else at least 18 pt.
    let body: Vec<f32> = sizes.iter().copied().filter(|s| *s > 14.5).collect();
    assert!(!body.is_empty());
    assert!(sizes.iter().all(|s| *s >= 14.0), "{sizes:?}");
    assert!(body.iter().all(|s| *s >= 18.0), "{body:?}");
    let n_std = Document::load_mem(&std_pdf).unwrap().get_pages().len();
    let n_large = Document::load_mem(&large).unwrap().get_pages().len();
    assert!(
        n_large as f32 >= n_std as f32 * 2.0,
        "{n_std} vs {n_large} pages"
    );
    // Line spacing: baselines of consecutive body lines at least 1.5 × 18 pt apart.
    let doc = Document::load_mem(&large).unwrap();
    let (_, page) = doc.get_pages().into_iter().nth(1).unwrap();
    let content = doc.get_and_decode_page_content(page).unwrap();
    let mut ys = Vec::new();
    let mut size = 0.0;
    for op in content.operations {
        match op.operator.as_str() {
            "Tf" => size = op.operands[1].as_float().unwrap(),
            "Tm" if size == 18.0 => ys.push(op.operands[5].as_float().unwrap()),
            _ => {}
        }
    }
    ys.dedup();
    let gaps: Vec<f32> = ys
        .windows(2)
        .map(|w| (w[0] - w[1]).abs())
        .filter(|g| *g > 0.1)
        .collect();
    assert!(!gaps.is_empty());
    assert!(gaps.iter().all(|g| *g >= 27.0 - 0.01), "{gaps:?}");
}

#[test]
fn missing_glyph_names_character_episode_and_line() {
    let mut ep = swedish_episode(3);
    ep.turns[4].paragraphs = vec![Paragraph::parse("Vi sa 你好 till alla.")];
    let line = ep.turns[4].line;
    let s = series(vec![ep], Lang::sv());
    let err = render(&s, &opts(), Variant::Standard, &FontSet::bundled()).unwrap_err();
    match &err {
        PdfError::MissingGlyph {
            character,
            episode,
            line: l,
            ..
        } => {
            assert_eq!(*character, '你');
            assert_eq!(episode, "ep07");
            assert_eq!(*l, Some(line));
        }
        other => panic!("unexpected {other}"),
    }
    let msg = err.to_string();
    assert!(
        msg.contains("ep07") && msg.contains(&format!("line {line}")) && msg.contains("U+4F60"),
        "{msg}"
    );

    let mut ep = english_episode();
    ep.turns[0].paragraphs = vec![Paragraph::parse("Great 🎉")];
    let err = render(
        &series(vec![ep], Lang::en()),
        &opts(),
        Variant::LargePrint,
        &FontSet::bundled(),
    )
    .unwrap_err();
    assert!(
        matches!(
            err,
            PdfError::MissingGlyph {
                character: '🎉',
                line: Some(1),
                ..
            }
        ),
        "{err}"
    );
}

#[test]
fn refuses_without_language_or_episodes() {
    let mut s = series(vec![english_episode()], Lang(String::new()));
    s.episodes[0].meta.language = Lang(" ".into());
    let err = render(&s, &opts(), Variant::Standard, &FontSet::bundled()).unwrap_err();
    assert!(
        matches!(err, PdfError::NoLanguage { ref episode } if episode == "ep08"),
        "{err}"
    );
    // The episode's language is enough.
    s.episodes[0].meta.language = Lang::en();
    let pdf = render(&s, &opts(), Variant::Standard, &FontSet::bundled()).unwrap();
    let doc = Document::load_mem(&pdf).unwrap();
    assert_eq!(
        doc.catalog()
            .unwrap()
            .get(b"Lang")
            .unwrap()
            .as_str()
            .unwrap(),
        b"en"
    );
    s.episodes.clear();
    assert!(matches!(
        render(&s, &opts(), Variant::Standard, &FontSet::bundled()),
        Err(PdfError::NoEpisodes)
    ));
}

#[test]
fn paper_sizes_and_options_from_toml_like_json() {
    let s = series(vec![english_episode()], Lang::en());
    let mut o = opts();
    o.paper = Paper::Letter;
    let pdf = render(&s, &o, Variant::Standard, &FontSet::bundled()).unwrap();
    let doc = Document::load_mem(&pdf).unwrap();
    let (_, page) = doc.get_pages().into_iter().next().unwrap();
    let mb = doc
        .get_dictionary(page)
        .unwrap()
        .get(b"MediaBox")
        .unwrap()
        .as_array()
        .unwrap()
        .clone();
    let w = mb[2].as_float().unwrap();
    let h = mb[3].as_float().unwrap();
    assert_eq!((w, h), (612.0, 792.0));
    assert_eq!(PdfOptions::default().paper, Paper::A4);
    assert!(PdfOptions::default().large_print);
    assert!(!PdfOptions::default().collection);
}

#[test]
fn no_widows_or_orphans_and_names_stay_with_text() {
    // Read back with pdftotext -layout per page: a page never starts with a
    // single line of a paragraph that began on the page before, and never
    // ends with a lone name.
    let s = long_series();
    let pdf = render(&s, &opts(), Variant::LargePrint, &FontSet::bundled()).unwrap();
    let Some(text) = pdftotext(&pdf) else { return };
    for page in text.split('\u{c}') {
        let lines: Vec<&str> = page.lines().filter(|l| !l.trim().is_empty()).collect();
        // Last content line before the footer is not only a speaker name.
        if lines.len() >= 2 {
            let last = lines[lines.len() - 2].trim();
            assert!(
                !(last.ends_with(':') && last.split_whitespace().count() <= 3),
                "stranded {last:?}"
            );
        }
    }
}
