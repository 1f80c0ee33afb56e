//! Golden tests: each fixture in `tests/fixtures/golden/` is read and
//! normalized, serialized as JSON and compared with the `.json` beside it.
//! `UPDATE_GOLDEN=1 cargo test -p podprint-transcript --test golden` rewrites
//! the expected files; review the diff before committing.

use std::path::Path;

use podprint_transcript::{normalize, read_bytes, NormalizeOptions, ReadOptions};

#[test]
fn readers_match_golden_json() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/golden");
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "json"))
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 3, "fixtures missing");
    let update = std::env::var_os("UPDATE_GOLDEN").is_some();
    let mut failures = Vec::new();
    for input in inputs {
        let bytes = std::fs::read(&input).unwrap();
        let name = Path::new(input.file_name().unwrap());
        let mut imported = read_bytes(&bytes, name, &ReadOptions::default()).unwrap();
        normalize(&mut imported.episode, &NormalizeOptions::default());
        let got = serde_json::to_string_pretty(&imported).unwrap() + "\n";
        let golden = input.with_extension(format!(
            "{}.json",
            input.extension().unwrap().to_string_lossy()
        ));
        if update {
            std::fs::write(&golden, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&golden).unwrap_or_default();
        if got != want {
            failures.push(format!(
                "{}: output differs from {}\n{got}",
                input.display(),
                golden.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
