//! `podprint init [DIR]`: scaffold `config/podprint.toml` from a folder of transcripts.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use podprint_transcript::{normalize, read_path, NormalizeOptions, ReadOptions, Role};

/// Extensions `init` looks for.
const EXTS: &[&str] = &["txt", "md", "markdown", "vtt", "srt", "json", "docx"];

/// Find transcripts: `DIR/transcripts/` if it exists, else `DIR` itself.
pub fn find_transcripts(dir: &Path) -> Result<(PathBuf, Vec<PathBuf>)> {
    let sub = dir.join("transcripts");
    let base = if sub.is_dir() { sub } else { dir.to_path_buf() };
    let mut files: Vec<PathBuf> = std::fs::read_dir(&base)
        .with_context(|| format!("cannot list {}", base.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file())
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| EXTS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    files.sort();
    Ok((base, files))
}

fn q(s: &str) -> String {
    toml::Value::String(s.to_string()).to_string()
}

/// Write `DIR/config/podprint.toml`. Refuses to overwrite unless `force`.
/// Returns the path written and notes about files that could not be read.
pub fn init(dir: &Path, force: bool) -> Result<(PathBuf, Vec<String>)> {
    let dest = dir.join("config").join("podprint.toml");
    if dest.exists() && !force {
        bail!(
            "{} already exists; edit it, or pass --force to replace it",
            dest.display()
        );
    }
    let (_base, files) = find_transcripts(dir)?;
    if files.is_empty() {
        bail!(
            "no transcripts found in {} or {}/transcripts (looked for .{}); put them there first",
            dir.display(),
            dir.display(),
            EXTS.join(", .")
        );
    }
    let mut notes = Vec::new();
    let mut speakers: BTreeMap<String, (String, Role)> = BTreeMap::new();
    let mut episodes = String::new();
    let mut lang_votes = (0usize, 0usize);
    for f in &files {
        let rel = f.strip_prefix(dir).unwrap_or(f);
        let rel_s = rel.to_string_lossy().replace('\\', "/");
        match read_path(f, &ReadOptions::default()) {
            Ok(imp) => {
                let mut ep = imp.episode;
                normalize(&mut ep, &NormalizeOptions::default());
                if ep.meta.language.is_swedish() {
                    lang_votes.0 += 1;
                } else {
                    lang_votes.1 += 1;
                }
                for s in &ep.speakers {
                    speakers
                        .entry(s.label.clone())
                        .or_insert((s.name.clone(), s.role));
                }
                episodes.push_str("\n[[episodes]]\n");
                episodes.push_str(&format!("source = {}\n", q(&rel_s)));
                episodes.push_str(&format!(
                    "# detected: {} format, {} turns, speakers {}\n",
                    imp.format.as_str(),
                    ep.turns.len(),
                    ep.speakers
                        .iter()
                        .map(|s| s.label.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                ));
                episodes.push_str(&format!("title = {}\n", q(&ep.meta.title)));
                if let Some(n) = ep.meta.number {
                    episodes.push_str(&format!("number = {n}\n"));
                }
                episodes.push_str("# date = \"2025-01-01\"\n");
            }
            Err(e) => notes.push(format!("skipped: {e}")),
        }
    }
    let lang = if lang_votes.1 > lang_votes.0 {
        "en"
    } else {
        "sv"
    };
    let title = dir
        .canonicalize()
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "Podcast".into());
    let mut out = String::new();
    out.push_str("# podprint config: written by `podprint init`; edit freely.\n");
    out.push_str("# Reference: README.md, section \"Config\". Check it with `podprint check`.\n\n");
    out.push_str("[series]\n");
    out.push_str(&format!("title = {}\n", q(&title)));
    out.push_str("# publisher = \"Your organisation\"\n");
    out.push_str(&format!("language = \"{lang}\"\n\n"));
    out.push_str("[speakers]  # by the label in the transcripts; roles were guessed, check them\n");
    for (label, (name, role)) in &speakers {
        let key = if label
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
        {
            label.clone()
        } else {
            q(label)
        };
        out.push_str(&format!(
            "{key} = {{ name = {}, role = \"{}\" }}\n",
            q(name),
            role.as_str()
        ));
    }
    out.push_str(&episodes);
    out.push_str(
        "\n[quotes]\nper-episode = 5\nroles = [\"guest\"]\n\n[output]\ndir = \"output\"\n\n[output.text]\nwidth = 72\n\n[output.epub]\ncollection = true\nper-episode = false\n\n[output.pdf]\npaper = \"a4\"\nlarge-print = true\n\n[output.cards]\nsizes = [\"1080x1080\", \"1080x1920\", \"1200x675\"]\nbackground = \"#0B3B5C\"\nforeground = \"#FFFFFF\"\n",
    );
    // The result must load: a broken scaffold is a bug.
    crate::config::parse(&out, &dest)
        .map_err(|e| anyhow::anyhow!("internal error: generated config does not parse: {e}"))?;
    crate::write::write_atomic(dir, Path::new("config/podprint.toml"), out.as_bytes())?;
    Ok((dest, notes))
}
