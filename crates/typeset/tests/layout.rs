use podprint_typeset::{
    fit, layout_paragraph, measure, FitBox, FontSet, Shaper, Style, StyledText, TypesetError,
    BUNDLED_FONT_LICENSE,
};

fn text_of(lines: &[podprint_typeset::Line]) -> String {
    lines
        .iter()
        .map(|l| l.runs.iter().map(|r| r.text.as_str()).collect::<String>())
        .collect()
}

#[test]
fn bundled_fonts_cover_swedish_and_typography() {
    let fonts = FontSet::bundled();
    for style in Style::ALL {
        for c in "åäöÅÄÖéÉüÜ”“’‘–—…«»·•".chars() {
            assert!(fonts.has_char(style, c), "{style} lacks {c:?}");
        }
    }
    assert!(BUNDLED_FONT_LICENSE.contains("SIL OPEN FONT LICENSE Version 1.1"));
}

#[test]
fn missing_glyph_is_an_error_naming_the_character() {
    let fonts = FontSet::bundled();
    let shaper = Shaper::new(&fonts);
    let spans = [StyledText::new("Hej 漢字 där", Style::Regular)];
    let err = layout_paragraph(&shaper, &spans, 12.0, 300.0).unwrap_err();
    match &err {
        TypesetError::MissingGlyph {
            character, offset, ..
        } => {
            assert_eq!(*character, '漢');
            assert_eq!(*offset, 4);
        }
        other => panic!("unexpected {other:?}"),
    }
    assert!(err.to_string().contains("U+6F22"), "{err}");
    let emoji = shaper.shape("ok 🎙", Style::Bold).unwrap_err();
    assert!(matches!(
        emoji,
        TypesetError::MissingGlyph {
            character: '🎙', ..
        }
    ));
}

#[test]
fn measure_scales_with_size_and_kerns() {
    let fonts = FontSet::bundled();
    let w12 = measure(&fonts, "Välkommen", Style::Regular, 12.0).unwrap();
    let w24 = measure(&fonts, "Välkommen", Style::Regular, 24.0).unwrap();
    assert!(w12 > 30.0 && w12 < 90.0, "{w12}");
    assert!((w24 - 2.0 * w12).abs() < 0.001);
    let bold = measure(&fonts, "Välkommen", Style::Bold, 12.0).unwrap();
    assert!(bold > w12);
    // Kerning through shaping: the pair is narrower than its letters apart (or equal).
    let shaper = Shaper::new(&fonts);
    let av = shaper.measure("AV", Style::Regular, 100.0).unwrap();
    let a = shaper.measure("A", Style::Regular, 100.0).unwrap();
    let v = shaper.measure("V", Style::Regular, 100.0).unwrap();
    assert!(av < a + v, "AV {av} vs {a}+{v}");
}

#[test]
fn lines_fit_keep_all_text_and_styles() {
    let fonts = FontSet::bundled();
    let shaper = Shaper::new(&fonts);
    let body = "Det här är en ganska lång mening om kommunernas arbete med äldreomsorg, \
                skola och kollektivtrafik, och den ska brytas över flera rader utan att \
                något ord försvinner eller hamnar fel. ";
    let spans = [
        StyledText::new("Åsa Öberg: ", Style::Bold),
        StyledText::new(body, Style::Regular),
        StyledText::new("[skratt]", Style::Italic),
    ];
    let full: String = spans.iter().map(|s| s.text.as_str()).collect();
    let lines = layout_paragraph(&shaper, &spans, 11.0, 200.0).unwrap();
    assert!(lines.len() >= 4, "{}", lines.len());
    for l in &lines {
        assert!(
            l.width <= 200.0 + 1e-3,
            "{} too wide: {}",
            l.text(),
            l.width
        );
        assert!(!l.text().is_empty());
        // Runs abut.
        let mut x = 0.0;
        for r in &l.runs {
            assert!((r.x - x).abs() < 1e-3);
            x += r.width;
            let sum: f32 = r.glyphs.iter().map(|g| g.x_advance).sum::<f32>() * 11.0;
            assert!((sum - r.width).abs() < 1e-3);
        }
    }
    assert_eq!(text_of(&lines), full);
    assert_eq!(lines[0].runs[0].style, Style::Bold);
    assert_eq!(lines[0].runs[0].text, "Åsa Öberg: ");
    let last = lines.last().unwrap().runs.last().unwrap();
    assert_eq!(
        (last.style, last.text.as_str()),
        (Style::Italic, "[skratt]")
    );
    // Greedy: the first word of each next line did not fit on the line before.
    for pair in lines.windows(2) {
        let next_word = pair[1].text().split(' ').next().unwrap().to_string();
        let w = shaper.measure(&next_word, Style::Regular, 11.0).unwrap();
        let space = shaper.measure(" ", Style::Regular, 11.0).unwrap();
        assert!(
            pair[0].width + space + w > 200.0 - 1e-3,
            "{next_word:?} would fit"
        );
    }
}

#[test]
fn overlong_word_is_broken_and_newline_forces_a_break() {
    let fonts = FontSet::bundled();
    let shaper = Shaper::new(&fonts);
    let word = "Kommunalförbundsstyrelseordförandeskapsfrågorna";
    let spans = [StyledText::new(format!("Ett {word} här"), Style::Regular)];
    let lines = layout_paragraph(&shaper, &spans, 12.0, 80.0).unwrap();
    assert!(lines.iter().all(|l| l.width <= 80.0 + 1e-3));
    assert_eq!(text_of(&lines), format!("Ett {word} här"));
    assert!(lines.len() >= 4);

    let spans = [StyledText::new("rad ett\nrad två", Style::Regular)];
    let lines = layout_paragraph(&shaper, &spans, 12.0, 500.0).unwrap();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].text(), "rad ett");
    assert_eq!(lines[1].text(), "rad två");
}

#[test]
fn fit_finds_the_largest_size() {
    let fonts = FontSet::bundled();
    let shaper = Shaper::new(&fonts);
    let spans = [StyledText::new(
        "”Vi måste våga fråga invånarna vad de faktiskt behöver, inte vad vi tror att de behöver.”",
        Style::Regular,
    )];
    let bx = FitBox {
        width: 400.0,
        height: 300.0,
        min_size: 12.0,
        max_size: 96.0,
        line_height: 1.3,
    };
    let f = fit(&shaper, &spans, bx).unwrap().expect("fits");
    assert!(f.size > 12.0 && f.size < 96.0);
    assert!(f.height <= 300.0);
    // A quarter point larger does not fit.
    let bigger = layout_paragraph(&shaper, &spans, f.size + 0.25, 400.0).unwrap();
    let too_tall = bigger.len() as f32 * (f.size + 0.25) * 1.3 > 300.0;
    let too_wide = bigger.iter().any(|l| l.width > 400.0);
    assert!(too_tall || too_wide);
    // Short text hits the maximum; huge text does not fit at all.
    let short = [StyledText::new("Ja.", Style::Bold)];
    assert_eq!(fit(&shaper, &short, bx).unwrap().unwrap().size, 96.0);
    let long = [StyledText::new("ord ".repeat(2000), Style::Regular)];
    assert!(fit(&shaper, &long, bx).unwrap().is_none());
}

#[test]
fn user_fonts_load_and_bad_bytes_are_refused() {
    let b = FontSet::bundled();
    let f = FontSet::from_bytes(
        b.font(Style::Regular).bytes().to_vec(),
        b.font(Style::Bold).bytes().to_vec(),
        b.font(Style::Italic).bytes().to_vec(),
    )
    .unwrap();
    assert_eq!(f.font(Style::Bold).bytes(), b.font(Style::Bold).bytes());
    let err = FontSet::from_bytes(
        b.font(Style::Regular).bytes().to_vec(),
        b"not a font".to_vec(),
        b.font(Style::Italic).bytes().to_vec(),
    )
    .unwrap_err();
    assert_eq!(err, TypesetError::InvalidFont { style: Style::Bold });
    let m = b.font(Style::Regular).metrics();
    assert!(m.ascender > 0.5 && m.descender < 0.0);
}

/// Latin text through the pairwise path gives exactly what full shaping gives.
#[test]
fn pairwise_shaping_matches_full_shaping() {
    let fonts = FontSet::bundled();
    assert!(fonts.pairwise_latin());
    let alphabet: Vec<char> = ('a'..='z')
        .chain('A'..='Z')
        .chain('0'..='9')
        .chain("åäöÅÄÖéÉèüÜæøÆØçñßÿłŁ .,;:!?'\"()[]{}/-–—…”“’‘«»·•%&@#*+=<>€$§".chars())
        .collect();
    let mut words: Vec<String> = Vec::new();
    // Every pair, then pseudo-random words of 3–12 characters with spaces at the ends.
    for &a in &alphabet {
        for &b in &alphabet {
            words.push([a, b].iter().collect());
        }
    }
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..6000 {
        seed = seed
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        let len = 3 + (seed >> 60) as usize % 10;
        let mut w = String::new();
        let mut x = seed;
        for _ in 0..len {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            w.push(alphabet[(x % alphabet.len() as u64) as usize]);
        }
        words.push(w);
    }
    words.extend(
        "Välkommen till podden där vi pratar om kommunens äldreomsorg, skolans IT-stöd \
         och “ordet” – AVVAKTA, Tvåa, Yxa, WAV, fjäll, VA-taxa, LTAVYT 1974–2025."
            .split(' ')
            .map(|w| format!("{w} ")),
    );
    for style in Style::ALL {
        let shaper = Shaper::new(&fonts);
        for w in &words {
            let fast = shaper.shape(w, style).unwrap();
            let full = shaper.shape_full(w, style).unwrap();
            assert_eq!(fast.len(), full.len(), "{style} {w:?}");
            for (f, g) in fast.iter().zip(&full) {
                assert_eq!(f.id, g.id, "{style} {w:?}");
                assert_eq!(f.cluster, g.cluster, "{style} {w:?}");
                assert!(
                    (f.x_advance - g.x_advance).abs() < 1e-6
                        && f.x_offset == g.x_offset
                        && f.y_offset == g.y_offset,
                    "{style} {w:?}: {f:?} vs {g:?}"
                );
            }
        }
    }
}
