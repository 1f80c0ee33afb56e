//! End-to-end tests of the `podprint` binary: build, check, init, inspect,
//! convert, and bad input.

use std::path::Path;

use podprint_tests::{root, run, text, TempDir};
use serde_json::Value;

/// Copy the sample series (config + transcripts) into a temp project.
fn sample_project(tag: &str) -> TempDir {
    let d = TempDir::new(tag);
    for dir in ["config", "transcripts"] {
        for e in std::fs::read_dir(root().join(dir)).unwrap() {
            let e = e.unwrap();
            let bytes = std::fs::read(e.path()).unwrap();
            d.write(&format!("{dir}/{}", e.file_name().to_string_lossy()), bytes);
        }
    }
    d
}

fn read_tree(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut out = Vec::new();
    fn walk(base: &Path, d: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        for e in std::fs::read_dir(d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(base, &p, out);
            } else if p.file_name().is_some_and(|n| n == ".podprint-cache.json") {
                // The build cache, not an output.
            } else {
                out.push((
                    p.strip_prefix(base).unwrap().display().to_string(),
                    std::fs::read(&p).unwrap(),
                ));
            }
        }
    }
    if dir.exists() {
        walk(dir, dir, &mut out);
    }
    out.sort();
    out
}

#[test]
fn build_writes_every_output_of_the_samples() {
    let d = sample_project("build");
    let o = run(d.path(), &["build", "--only", "text,epub,pdf,quotes"]);
    assert!(o.status.success(), "{}", text(&o));
    let files: Vec<String> = read_tree(&d.path().join("output"))
        .into_iter()
        .map(|f| f.0)
        .collect();
    for want in [
        "epub/exempelpodden.epub",
        "text/ep01.txt",
        "text/ep02.txt",
        "text/ep03.txt",
        "pdf/ep01.pdf",
        "pdf/ep01-large.pdf",
        "quotes/quotes.json",
        "quotes/ep01.md",
    ] {
        assert!(
            files.iter().any(|f| f == want),
            "missing {want} in {files:?}"
        );
    }
    assert!(
        !files.iter().any(|f| f.ends_with(".tmp")),
        "temp file left: {files:?}"
    );
    let summary = text(&o);
    assert!(
        summary.contains("wrote") && summary.contains("0 error(s)"),
        "{summary}"
    );
    // The quotes file has the documented shape and no announcer or host quote.
    let q: Value =
        serde_json::from_slice(&std::fs::read(d.path().join("output/quotes/quotes.json")).unwrap())
            .unwrap();
    let quotes = q["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty());
    for quote in quotes {
        for key in [
            "id", "episode", "speaker", "name", "text", "turn", "score", "features",
        ] {
            assert!(quote.get(key).is_some(), "quote lacks {key}: {quote}");
        }
        assert!(!["ANNA", "PRESENTATÖR", "Anna Andersson", "Presentatör"]
            .contains(&quote["speaker"].as_str().unwrap()));
    }
}

#[test]
fn builds_are_byte_identical_with_one_or_many_threads() {
    let d = sample_project("determinism");
    let go = |out: &str, jobs: &str| {
        let o = std::process::Command::new(podprint_tests::bin())
            .args([
                "build",
                "-q",
                "--only",
                "text,epub,pdf,quotes",
                "-o",
                out,
                "-j",
                jobs,
            ])
            .current_dir(d.path())
            .env("SOURCE_DATE_EPOCH", "1700000000")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o));
        read_tree(&d.path().join(out))
    };
    let a = go("out-a", "1");
    let b = go("out-b", "2");
    assert!(!a.is_empty());
    assert_eq!(a.len(), b.len());
    for (x, y) in a.iter().zip(&b) {
        assert_eq!(x.0, y.0);
        assert!(x.1 == y.1, "{} differs between -j 1 and -j 2", x.0);
    }
}

#[test]
fn only_narrows_the_build() {
    let d = sample_project("only");
    let o = run(d.path(), &["build", "-q", "--only", "text"]);
    assert!(o.status.success(), "{}", text(&o));
    let files = read_tree(&d.path().join("output"));
    assert_eq!(
        files.len(),
        3,
        "{:?}",
        files.iter().map(|f| &f.0).collect::<Vec<_>>()
    );
    assert!(files.iter().all(|f| f.0.starts_with("text/")));
    let o = run(d.path(), &["build", "--only", "nonsense"]);
    assert_eq!(o.status.code(), Some(2), "{}", text(&o));
}

#[test]
fn config_typo_names_key_line_and_suggestion() {
    let d = sample_project("typo");
    let cfg = std::fs::read_to_string(d.path().join("config/podprint.toml")).unwrap();
    let line = cfg
        .lines()
        .position(|l| l.starts_with("per-episode = 5"))
        .unwrap()
        + 1;
    d.write(
        "config/podprint.toml",
        cfg.replace("per-episode = 5", "per-episod = 5"),
    );
    for cmd in ["check", "build"] {
        let o = run(d.path(), &[cmd]);
        assert_eq!(o.status.code(), Some(1), "{}", text(&o));
        let msg = text(&o);
        assert!(
            msg.contains(&format!("config/podprint.toml:{line}:")),
            "{msg}"
        );
        assert!(
            msg.contains("per-episod") && msg.contains("did you mean `per-episode`"),
            "{msg}"
        );
    }
    assert!(
        !d.path().join("output").exists(),
        "nothing built from a bad config"
    );
}

#[test]
fn bad_inputs_are_reported_and_the_rest_still_builds() {
    let d = TempDir::new("bad");
    d.write(
        "t/good.txt",
        "ANNA: Välkommen hit, Olle.\nOLLE: Tack, roligt att vara här och prata om vatten.\n",
    );
    d.write("t/empty.txt", "");
    d.write("t/binary.txt", [0u8, 1, 2, 3, 0, 255, 254, 0]);
    d.write(
        "t/nolabels.txt",
        "Det här är bara löptext utan några talare alls.\nInga etiketter.\n",
    );
    d.write(
        "t/bad.json",
        "{\"segments\": [ {\"speaker\": \"A\", \n \"body\": }\n",
    );
    d.write(
        "config/podprint.toml",
        "[series]\ntitle = \"T\"\n[[episodes]]\nsource = \"t/good.txt\"\n[[episodes]]\nsource = \"t/empty.txt\"\n[[episodes]]\nsource = \"t/binary.txt\"\n[[episodes]]\nsource = \"t/nolabels.txt\"\n[[episodes]]\nsource = \"t/bad.json\"\n[[episodes]]\nsource = \"t/missing.txt\"\n[output.text]\n",
    );
    let o = run(d.path(), &["build"]);
    let msg = text(&o);
    assert_eq!(o.status.code(), Some(1), "{msg}");
    assert!(!msg.contains("panicked"), "{msg}");
    for name in [
        "empty.txt",
        "binary.txt",
        "nolabels.txt",
        "bad.json:2",
        "missing.txt",
    ] {
        assert!(msg.contains(name), "no message naming {name}: {msg}");
    }
    let files = read_tree(&d.path().join("output"));
    assert_eq!(
        files.iter().map(|f| f.0.as_str()).collect::<Vec<_>>(),
        vec!["text/good.txt"]
    );
    let o = run(d.path(), &["check"]);
    assert_eq!(o.status.code(), Some(1), "{}", text(&o));
}

#[test]
fn init_scaffolds_a_config_that_checks() {
    let d = TempDir::new("init");
    d.write("transcripts/a.txt", "Avsnitt 4 - Om parker\n\nVINJETT: En podd från Exempelstad.\nANNA: Välkommen, Åsa!\nÅSA: Tack. Parker är stadens vardagsrum, och vi behöver fler av dem.\nANNA: Varför då?\nÅSA: För att alla har rätt till grönska nära hemmet.\n");
    d.write(
        "transcripts/b.md",
        "# Avsnitt 5\n\n**Anna:** Hej Per!\n\n**Per:** Hej hej.\n",
    );
    let o = run(d.path(), &["init"]);
    assert!(o.status.success(), "{}", text(&o));
    let cfg = std::fs::read_to_string(d.path().join("config/podprint.toml")).unwrap();
    assert!(
        cfg.contains("transcripts/a.txt") && cfg.contains("transcripts/b.md"),
        "{cfg}"
    );
    assert!(
        cfg.contains("Om parker") && cfg.contains("ÅSA") && cfg.contains("number = 4"),
        "{cfg}"
    );
    let o = run(d.path(), &["check"]);
    assert!(o.status.success(), "{}", text(&o));
    // Never overwrites without --force.
    let o = run(d.path(), &["init"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("--force"));
}

#[test]
fn inspect_json_has_the_documented_shape() {
    let d = TempDir::new("inspect");
    let p = d.write("ep.txt", "EP7 - Ett prov\n\nPRESENTATÖR: En podcast från Exempelstad.\nANNA: Välkommen, Olle! Vad gör du?\nOLLE: Jag lagar vägar [skratt] och cyklar till jobbet.\n");
    let o = run(d.path(), &["inspect", "--json", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["format"], "labeled");
    assert_eq!(v["encoding"], "UTF-8");
    assert_eq!(v["meta"]["number"], 7);
    assert_eq!(v["meta"]["id"], "ep07");
    assert_eq!(v["turns"][2]["speaker"], "OLLE");
    assert_eq!(
        v["turns"][2]["text"],
        "Jag lagar vägar [skratt] och cyklar till jobbet."
    );
    assert_eq!(v["turns"][2]["teaser"], false);
    assert!(v["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d.get("level").is_some() && d.get("message").is_some()));
    let o = run(d.path(), &["inspect", p.to_str().unwrap()]);
    assert!(text(&o).contains("turns:     3"), "{}", text(&o));
    let o = run(d.path(), &["inspect", "nope.txt"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains("nope.txt"));
}

#[test]
fn convert_picks_the_format_from_the_extension() {
    let d = TempDir::new("convert");
    let p = d.write("ep.txt", "ANNA: Välkommen, Olle! Vad gör du om dagarna?\nOLLE: Jag bygger broar. Det viktigaste är inte betongen utan att folk vågar gå över dem.\n");
    for out in ["x.txt", "x.epub", "x.pdf", "x.json", "x.png", "x.svg"] {
        let o = run(d.path(), &["convert", p.to_str().unwrap(), "-o", out]);
        assert!(o.status.success(), "{out}: {}", text(&o));
        assert!(std::fs::metadata(d.path().join(out)).unwrap().len() > 0);
    }
    let t = std::fs::read_to_string(d.path().join("x.txt")).unwrap();
    assert!(t.contains("Jag bygger broar."));
    assert!(std::fs::read(d.path().join("x.pdf"))
        .unwrap()
        .starts_with(b"%PDF"));
    let o = run(d.path(), &["convert", p.to_str().unwrap(), "-o", "x.doc"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(text(&o).contains(".pdf, .epub"));
}

#[test]
fn subtitles_without_speaker_labels_are_quoted_with_times() {
    // Auto-made subtitles: no labels, a jingle first, pauses and a dialogue
    // dash where the voice changes.
    let d = TempDir::new("unlabeled-srt");
    let cues = [
        (1, 3, "En podcast från Exempelregionen."),
        (5, 9, "Välkommen hit, Olle. Vad har ni lärt er av flytten?"),
        (
            9,
            14,
            "- Det viktigaste är inte lokalerna utan att personalen får vara med och bestämma.",
        ),
        (
            14,
            18,
            "Vi trodde att det handlade om pengar, men det handlar om tillit.",
        ),
        (22, 26, "Och hur har invånarna tagit emot det här?"),
        (
            26,
            31,
            "- Man måste fråga dem som bor här innan man bygger något nytt, inte efteråt.",
        ),
        (31, 35, "Det har vi lärt oss den hårda vägen, kan jag säga."),
    ];
    let mut srt = String::new();
    for (i, (a, b, t)) in cues.iter().enumerate() {
        srt.push_str(&format!(
            "{}\n00:00:{a:02},000 --> 00:00:{b:02},000\n{t}\n\n",
            i + 1
        ));
    }
    let p = d.write("avsnitt.srt", srt);
    let o = run(d.path(), &["quotes", "--json", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    let quotes = v["quotes"].as_array().unwrap();
    assert!(!quotes.is_empty(), "no quotes: {}", text(&o));
    let starts: Vec<f64> = quotes
        .iter()
        .map(|q| q["start"].as_f64().unwrap())
        .collect();
    assert!(starts.contains(&9.0), "{starts:?}");
    assert!(starts.contains(&26.0), "{starts:?}");
    assert!(quotes
        .iter()
        .all(|q| !q["text"].as_str().unwrap().contains("En podcast")));
}

#[test]
fn a_lone_swedish_ocr_file_is_repaired_from_the_common_words() {
    let d = TempDir::new("ocr-alone");
    // OCR'd Swedish without one å, ä or ö, and no clean text beside it.
    let p = d.write(
        "ocr.txt",
        "ANNA: Vilkommen hit, Olle! Vad &r det du gor om dagarna?\n\
         OLLE: Jag tinker att det dr viktigt att vi forstar vérden. Man maste fa vara nira.\n\
         ANNA: Och hur ser det ut hir hos er?\n\
         OLLE: Det ar svart att sdga, men vi har en gemensam malbild och vi ska dit tillsammans.\n",
    );
    let o = run(d.path(), &["convert", p.to_str().unwrap(), "-o", "x.txt"]);
    assert!(o.status.success(), "{}", text(&o));
    let t = std::fs::read_to_string(d.path().join("x.txt")).unwrap();
    let t = t.split_whitespace().collect::<Vec<_>>().join(" ");
    for fixed in [
        "tänker att det är viktigt",
        "måste få vara nära",
        "här hos er",
        "vi har en gemensam målbild",
    ] {
        assert!(t.contains(fixed), "{fixed:?} missing from:\n{t}");
    }
}

#[test]
fn second_build_renders_nothing_and_one_edit_rebuilds_one_episode() {
    let d = sample_project("incremental");
    let build = || {
        let o = run(d.path(), &["build", "--only", "text,epub,pdf,quotes"]);
        assert!(o.status.success(), "{}", text(&o));
        text(&o)
    };
    build();
    let again = build();
    assert!(again.contains("wrote 0 file(s)"), "{again}");
    assert!(again.contains("up to date"), "{again}");
    // Edit one transcript: its own outputs and the collection are rebuilt, no others.
    let p = d.path().join("transcripts/ep02-skolan.md");
    let src = std::fs::read_to_string(&p).unwrap();
    std::fs::write(
        &p,
        src.replace(
            "Det kostar mindre än man tror.",
            "Det kostar mycket mindre än man tror.",
        ),
    )
    .unwrap();
    let third = build();
    for want in ["text/ep02.txt", "pdf/ep02.pdf", "epub/exempelpodden.epub"] {
        assert!(third.contains(want), "{want} not rebuilt: {third}");
    }
    for unchanged in ["text/ep01.txt", "pdf/ep03.pdf", "pdf/ep01-large.pdf"] {
        assert!(
            !third.contains(unchanged),
            "{unchanged} rebuilt needlessly: {third}"
        );
    }
    let t = std::fs::read_to_string(d.path().join("output/text/ep02.txt")).unwrap();
    assert!(t.contains("mycket mindre"));
    // --force renders everything again.
    let o = run(d.path(), &["build", "--force", "--only", "text"]);
    assert!(text(&o).contains("wrote 3 file(s)"), "{}", text(&o));
}

#[test]
fn a_rebuilt_podprint_does_not_keep_files_an_older_one_wrote() {
    let d = sample_project("rebuilt-binary");
    // A copy of the binary stands for the installed podprint.
    let exe = d.path().join("podprint-copy");
    std::fs::copy(podprint_tests::bin(), &exe).unwrap();
    let build = || {
        let o = std::process::Command::new(&exe)
            .args(["build", "--only", "text"])
            .current_dir(d.path())
            .env_remove("SOURCE_DATE_EPOCH")
            .output()
            .unwrap();
        assert!(o.status.success(), "{}", text(&o));
        text(&o)
    };
    build();
    assert!(build().contains("wrote 0 file(s)"));
    // The same version, rebuilt (new ranking, new layout): a new executable.
    let f = std::fs::File::options().write(true).open(&exe).unwrap();
    f.set_modified(std::time::SystemTime::now() + std::time::Duration::from_secs(60))
        .unwrap();
    drop(f);
    let after = build();
    assert!(after.contains("wrote 3 file(s)"), "{after}");
}

#[test]
fn ocr_episode_is_repaired_with_the_vocabulary_of_the_series() {
    let d = TempDir::new("ocr");
    // Two pages of a two-column OCR layout (labels first), letters misread,
    // no clean repeat block: only the other episode can teach the words.
    d.write(
        "t/a-ocr.txt",
        " ANNA:\n\nOLLE:\n\nHej och vilkommen hit, Olle. Hur mar du idag?\nTack, jag mar bra. Vérden i kommunen har blivit bittre.\n ANNA:\n\nOLLE:\n\nVad &r viktigast framover?\nAtt vi fortsdtter samarbeta och att vérden blir nira alla.\n",
    );
    d.write(
        "t/b-clean.txt",
        "ANNA: Välkommen hit! Hur mår du?\nOLLE: Jag mår bra, tack. Vården har blivit bättre och nära vård är viktigast. Vi fortsätter samarbeta framöver, för vården ska vara nära alla.\nANNA: Vad är viktigast för dig?\nOLLE: Att vården blir bättre för alla som bor här.\n",
    );
    d.write(
        "config/podprint.toml",
        "episodes = \"t/*.txt\"\n[series]\ntitle = \"T\"\nlanguage = \"sv\"\n[output.text]\n",
    );
    let o = run(d.path(), &["check"]);
    assert!(o.status.success(), "{}", text(&o));
    assert!(text(&o).contains("format columns"), "{}", text(&o));
    let o = run(d.path(), &["build", "-q"]);
    assert!(o.status.success(), "{}", text(&o));
    let t = std::fs::read_to_string(d.path().join("output/text/a-ocr.txt")).unwrap();
    for want in [
        "välkommen",
        "Vården i kommunen har blivit bättre",
        "fortsätter",
        "nära alla",
    ] {
        assert!(t.contains(want), "`{want}` not repaired:\n{t}");
    }
    // Without [ocr] repair the series vocabulary is not used.
    let cfg = std::fs::read_to_string(d.path().join("config/podprint.toml")).unwrap();
    d.write(
        "config/podprint.toml",
        format!("{cfg}[ocr]\nrepair = false\n"),
    );
    let o = run(d.path(), &["build", "-q", "-o", "out2"]);
    assert!(o.status.success(), "{}", text(&o));
    let t = std::fs::read_to_string(d.path().join("out2/text/a-ocr.txt")).unwrap();
    assert!(!t.contains("fortsätter"), "{t}");
}
