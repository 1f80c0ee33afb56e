//! Progress reporting: a bar on a terminal, plain lines otherwise, nothing with `-q`.

use std::io::IsTerminal;
use std::sync::atomic::{AtomicU64, Ordering};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// How progress is shown.
pub enum Progress {
    /// Nothing (`-q`).
    Quiet,
    /// One line per finished job on stderr.
    Lines { total: AtomicU64, done: AtomicU64 },
    /// An indicatif bar on a terminal.
    Bar(ProgressBar),
}

impl Progress {
    /// Pick the mode for this run.
    pub fn new(quiet: bool) -> Self {
        if quiet {
            Progress::Quiet
        } else if std::io::stderr().is_terminal() {
            let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{spinner} [{bar:30}] {pos}/{len} {wide_msg}")
                    .expect("valid template")
                    .progress_chars("=> "),
            );
            Progress::Bar(bar)
        } else {
            Progress::Lines {
                total: AtomicU64::new(0),
                done: AtomicU64::new(0),
            }
        }
    }

    /// Set the number of jobs.
    pub fn start(&self, n: u64) {
        match self {
            Progress::Quiet => {}
            Progress::Lines { total, .. } => total.store(n, Ordering::Relaxed),
            Progress::Bar(b) => b.set_length(n),
        }
    }

    /// One job finished; `what` names its files.
    pub fn done(&self, what: &str) {
        match self {
            Progress::Quiet => {}
            Progress::Lines { total, done } => {
                let d = done.fetch_add(1, Ordering::Relaxed) + 1;
                if !what.is_empty() {
                    eprintln!("[{d}/{}] {what}", total.load(Ordering::Relaxed));
                }
            }
            Progress::Bar(b) => {
                b.set_message(what.to_string());
                b.inc(1);
            }
        }
    }

    /// A message between jobs (reading, planning).
    pub fn note(&self, msg: &str) {
        match self {
            Progress::Quiet => {}
            Progress::Lines { .. } => eprintln!("{msg}"),
            Progress::Bar(b) => b.println(msg),
        }
    }

    /// All jobs done.
    pub fn finish(&self) {
        if let Progress::Bar(b) = self {
            b.finish_and_clear();
        }
    }
}
