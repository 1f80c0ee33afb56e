//! What a build did, and the summary printed at its end: files, sizes,
//! time per format, warnings and errors.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use crate::write::human_size;

/// What a build did.
#[derive(Debug, Default)]
pub struct Summary {
    /// Files written, with sizes.
    pub files: Vec<(PathBuf, u64)>,
    /// Jobs skipped because nothing they read changed.
    pub up_to_date: usize,
    /// Files those jobs made earlier (still valid).
    pub kept: usize,
    /// Time spent per output kind (summed over threads).
    pub time: BTreeMap<&'static str, Duration>,
    /// Errors (file, reason).
    pub errors: Vec<String>,
    /// Warnings.
    pub warnings: Vec<String>,
}

/// Print the summary; returns true when there were errors.
pub fn print_summary(s: &Summary, elapsed: Duration, quiet: bool) -> bool {
    for e in &s.errors {
        eprintln!("error: {e}");
    }
    if quiet {
        return !s.errors.is_empty();
    }
    let total: u64 = s.files.iter().map(|f| f.1).sum();
    let mut per: BTreeMap<String, (usize, u64)> = BTreeMap::new();
    for (p, n) in &s.files {
        let k = p
            .components()
            .next()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .unwrap_or_default();
        let e = per.entry(k).or_default();
        e.0 += 1;
        e.1 += n;
    }
    eprintln!();
    eprintln!(
        "{:<8} {:>6} {:>10} {:>10}",
        "output", "files", "size", "cpu time"
    );
    for (k, (count, size)) in &per {
        let t = s.time.get(k.as_str()).copied().unwrap_or_default();
        eprintln!(
            "{:<8} {:>6} {:>10} {:>9.2}s",
            k,
            count,
            human_size(*size),
            t.as_secs_f64()
        );
    }
    if s.up_to_date > 0 {
        eprintln!(
            "{} job(s) up to date ({} file(s) kept)",
            s.up_to_date, s.kept
        );
    }
    eprintln!(
        "wrote {} file(s), {} in {:.2}s; {} warning(s), {} error(s)",
        s.files.len(),
        human_size(total),
        elapsed.as_secs_f64(),
        s.warnings.len(),
        s.errors.len()
    );
    for w in &s.warnings {
        eprintln!("warning: {w}");
    }
    !s.errors.is_empty()
}
