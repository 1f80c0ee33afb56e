//! The real transcripts in `../shared/seeds/` (beside the repository; read at
//! test time only, never copied in). Skipped with a note when absent.

use std::path::PathBuf;

use podprint_tests::{root, run, text};
use serde_json::Value;

fn seed(name: &str) -> Option<PathBuf> {
    let p = root().join("../shared/seeds").join(name);
    if p.is_file() {
        Some(p)
    } else {
        eprintln!("note: {} not found, seed test skipped", p.display());
        None
    }
}

fn inspect(path: &std::path::Path) -> Value {
    let o = run(&root(), &["inspect", "--json", path.to_str().unwrap()]);
    assert!(o.status.success(), "{}", text(&o));
    serde_json::from_slice(&o.stdout).expect("inspect --json is JSON")
}

#[test]
fn seed_000_imports_exactly() {
    let Some(p) = seed("000_e0dbac5c6335d4c9.txt") else {
        return;
    };
    let v = inspect(&p);
    let turns = v["turns"].as_array().unwrap();
    assert_eq!(turns.len(), 66);
    assert_eq!(turns[0]["speaker"], "PRESENTATÖR");
    let teasers: Vec<usize> = turns
        .iter()
        .enumerate()
        .filter(|(_, t)| t["teaser"] == true)
        .map(|(i, _)| i)
        .collect();
    assert_eq!(teasers, vec![1, 2]);
    assert!(turns[1..3].iter().all(|t| t["speaker"] == "KAJSA"));
    assert_eq!(turns.len() - 3, 63, "body turns");
    let mut labels: Vec<&str> = v["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["label"].as_str().unwrap())
        .collect();
    labels.sort();
    assert_eq!(labels, vec!["KAJSA", "LISBETH", "PRESENTATÖR"]);
    assert_eq!(
        v["meta"]["title"],
        "EP33 - Näravårdpodden träffar Kajsa Westling"
    );
    assert_eq!(v["meta"]["number"], 33);
    let roles: Vec<(&str, &str)> = v["speakers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["label"].as_str().unwrap(), s["role"].as_str().unwrap()))
        .collect();
    assert!(
        roles.contains(&("PRESENTATÖR", "announcer"))
            && roles.contains(&("LISBETH", "host"))
            && roles.contains(&("KAJSA", "guest"))
    );
    for t in turns {
        let s = t["text"].as_str().unwrap();
        // The page number between "det fanns" and "något i Danmark" is gone.
        assert!(!s.contains("fanns 21"), "page number left in a turn");
        assert!(!s.contains('\t'));
    }
    assert!(turns.iter().any(|t| t["text"]
        .as_str()
        .unwrap()
        .contains("det fanns något i Danmark")));
    // No text of the tab-indented block: its lines are truncated repeats, so a
    // turn never appears twice.
    let texts: Vec<&str> = turns.iter().map(|t| t["text"].as_str().unwrap()).collect();
    let mut uniq = texts.clone();
    uniq.sort();
    uniq.dedup();
    assert_eq!(uniq.len(), texts.len(), "a turn is duplicated");
    // Line-end hyphens: joined where the word is one word, kept where it is a real hyphen.
    let all = texts.join(" ");
    assert!(all.contains("tjänstedesignmetodiken"));
    assert!(all.contains("IT-medarbetare") || all.contains("IT-chef"));
    assert!(all.contains("hälso- och sjukvården"));
}

#[test]
fn seed_003_has_ninety_turns() {
    let Some(p) = seed("003_54703e3acdf03822.txt") else {
        return;
    };
    let v = inspect(&p);
    assert_eq!(v["format"], "columns");
    let turns = v["turns"].as_array().unwrap();
    assert_eq!(turns.len(), 90);
    let first: Vec<&str> = turns
        .iter()
        .take(4)
        .map(|t| t["speaker"].as_str().unwrap())
        .collect();
    assert_eq!(first, vec!["VINJETT", "LENA", "MAGNUS", "LISBETH"]);
    assert!(turns[1]["teaser"] == true && turns[2]["teaser"] == true);
}
