//! From a config to a checked [`Plan`]: paths resolved, options validated, every
//! error found before any work starts.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use podprint_cards::CardOptions;
use podprint_epub::EpubOptions;
use podprint_pdf::PdfOptions;
use podprint_quotes::QuoteOptions;
use podprint_text::TextOptions;
use podprint_transcript::{Format, Lang, SeriesMeta, SpeakerInfo};

use crate::config::{Config, EpisodeEntry, Episodes};

/// An output format `build` can make.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    /// Plain text.
    Text,
    /// EPUB.
    Epub,
    /// PDF.
    Pdf,
    /// Pull quotes (JSON and Markdown).
    Quotes,
    /// Quote cards.
    Cards,
}

impl Kind {
    /// All kinds, in build order.
    pub const ALL: [Kind; 5] = [Kind::Text, Kind::Epub, Kind::Pdf, Kind::Quotes, Kind::Cards];

    /// Name as used in `--only` and in the config.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Text => "text",
            Kind::Epub => "epub",
            Kind::Pdf => "pdf",
            Kind::Quotes => "quotes",
            Kind::Cards => "cards",
        }
    }

    /// Parse a name.
    pub fn parse(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.name() == s.trim())
    }
}

/// One episode to build.
#[derive(Clone, Debug)]
pub struct EpisodePlan {
    /// Transcript path, resolved.
    pub source: PathBuf,
    /// Config entry (overrides for title, number, date…).
    pub entry: EpisodeEntry,
    /// Forced format, if the config names one.
    pub format: Option<Format>,
    /// Speakers: series-wide merged with this episode's.
    pub speakers: BTreeMap<String, SpeakerInfo>,
}

/// What a build will do.
#[derive(Clone, Debug)]
pub struct Plan {
    /// Directory that relative paths in the config start from.
    pub root: PathBuf,
    /// Output directory.
    pub out_dir: PathBuf,
    /// Series metadata (modified time is set when episodes are read).
    pub series: SeriesMeta,
    /// Episodes, in config order.
    pub episodes: Vec<EpisodePlan>,
    /// Plain text options, when on.
    pub text: Option<TextOptions>,
    /// EPUB options, when on.
    pub epub: Option<EpubOptions>,
    /// PDF options, when on.
    pub pdf: Option<PdfOptions>,
    /// Quote options (also used by cards).
    pub quotes: QuoteOptions,
    /// Whether quotes are written.
    pub quotes_on: bool,
    /// Card options, when on.
    pub cards: Option<CardOptions>,
    /// Word list for OCR repair.
    pub wordlist: Option<PathBuf>,
    /// Whether OCR repair runs.
    pub ocr_repair: bool,
}

impl Plan {
    /// The output kinds that are on.
    pub fn kinds(&self) -> Vec<Kind> {
        let mut k = Vec::new();
        if self.text.is_some() {
            k.push(Kind::Text);
        }
        if self.epub.is_some() {
            k.push(Kind::Epub);
        }
        if self.pdf.is_some() {
            k.push(Kind::Pdf);
        }
        if self.quotes_on {
            k.push(Kind::Quotes);
        }
        if self.cards.is_some() {
            k.push(Kind::Cards);
        }
        k
    }

    /// Keep only the kinds in `only`.
    pub fn narrow(&mut self, only: &[Kind]) {
        if !only.contains(&Kind::Text) {
            self.text = None;
        }
        if !only.contains(&Kind::Epub) {
            self.epub = None;
        }
        if !only.contains(&Kind::Pdf) {
            self.pdf = None;
        }
        if !only.contains(&Kind::Quotes) {
            self.quotes_on = false;
        }
        if !only.contains(&Kind::Cards) {
            self.cards = None;
        }
    }
}

/// A problem found while planning: `file:line: message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanError {
    /// File the problem is in (the config or a transcript).
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong and what to do.
    pub message: String,
}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path.display(), l, self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

/// The project root for a config: the parent of `config/` when the file lives
/// there (so `transcripts/…` in `config/podprint.toml` means `./transcripts/…`),
/// the file's own directory otherwise.
pub fn project_root(config_path: &Path) -> PathBuf {
    let dir = config_path
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default();
    if dir.file_name().is_some_and(|n| n == "config") {
        dir.parent().map(Path::to_path_buf).unwrap_or_default()
    } else {
        dir
    }
}

/// Check a config and resolve it into a plan. Problems with single episodes
/// (missing file, bad format name) are returned beside the plan so that the
/// other episodes still build; problems with the config as a whole are errors.
pub fn plan(
    config: Config,
    config_path: &Path,
    out_override: Option<&Path>,
) -> Result<(Plan, Vec<PlanError>), Vec<PlanError>> {
    let root = project_root(config_path);
    let mut fatal = Vec::new();
    let mut warnings = Vec::new();
    let cfg_err = |message: String| PlanError {
        path: config_path.to_path_buf(),
        line: None,
        message,
    };

    let language = Lang(
        config
            .series
            .language
            .clone()
            .unwrap_or_else(|| "sv".into()),
    );
    if !is_lang_tag(language.as_str()) {
        fatal.push(cfg_err(format!(
            "[series] language `{}` is not a language tag; use e.g. \"sv\" or \"en\"",
            language
        )));
    }
    let series = SeriesMeta {
        title: config
            .series
            .title
            .clone()
            .unwrap_or_else(|| "Podcast".into()),
        publisher: config.series.publisher.clone(),
        language,
        description: config.series.description.clone(),
        modified: None,
    };

    let entries: Vec<EpisodeEntry> = match &config.episodes {
        Episodes::List(l) => l.clone(),
        Episodes::Glob(g) => match expand_glob(&root, g) {
            Ok(paths) => paths
                .into_iter()
                .map(|source| EpisodeEntry {
                    source,
                    ..EpisodeEntry::default()
                })
                .collect(),
            Err(e) => {
                fatal.push(cfg_err(e));
                Vec::new()
            }
        },
    };
    if entries.is_empty() && fatal.is_empty() {
        fatal.push(cfg_err(
            "no episodes: add [[episodes]] tables with `source = \"transcripts/ep01.txt\"`, or `episodes = \"transcripts/*.txt\"`".into(),
        ));
    }
    let mut episodes = Vec::new();
    for e in entries {
        let source = if e.source.is_absolute() {
            e.source.clone()
        } else {
            root.join(&e.source)
        };
        let format = match e.format.as_deref() {
            None => None,
            Some(f) => match Format::parse(f) {
                Some(f) => Some(f),
                None => {
                    warnings.push(cfg_err(format!(
                        "episode {}: unknown format `{f}`; use one of labeled, markdown, vtt, srt, json, docx, columns",
                        e.source.display()
                    )));
                    continue;
                }
            },
        };
        if !source.is_file() {
            warnings.push(PlanError {
                path: source.clone(),
                line: None,
                message: format!(
                    "transcript not found (listed in {}); fix the `source` path or remove the episode",
                    config_path.display()
                ),
            });
            continue;
        }
        let mut speakers = config.speakers.clone();
        for (k, v) in &e.speakers {
            let merged = speakers.entry(k.clone()).or_default();
            if v.name.is_some() {
                merged.name = v.name.clone();
            }
            if v.role.is_some() {
                merged.role = v.role;
            }
            if v.affiliation.is_some() {
                merged.affiliation = v.affiliation.clone();
            }
        }
        episodes.push(EpisodePlan {
            source,
            entry: e,
            format,
            speakers,
        });
    }

    let out_dir = match out_override {
        Some(o) => o.to_path_buf(),
        None => root.join(
            config
                .output
                .dir
                .clone()
                .unwrap_or_else(|| PathBuf::from("output")),
        ),
    };
    if let Some(t) = &config.output.text {
        if t.width < TextOptions::MIN_WIDTH {
            fatal.push(cfg_err(format!(
                "[output.text] width = {} is too narrow; use at least {}",
                t.width,
                TextOptions::MIN_WIDTH
            )));
        }
    }
    let quotes_on = config.quotes.is_some();
    let quotes = config.quotes.clone().unwrap_or_default();
    if let Err(e) = quotes.validate() {
        fatal.push(cfg_err(format!("[quotes] {e}")));
    }
    if let Some(c) = &config.output.cards {
        if let Err(e) = podprint_cards::check_contrast(c) {
            fatal.push(cfg_err(format!("[output.cards] {e}")));
        }
        if let Err(e) = podprint_cards::parse_sizes(c) {
            fatal.push(cfg_err(format!("[output.cards] {e}")));
        }
        if let Some(f) = &c.font {
            for path in [&f.regular, &f.bold] {
                if !root.join(path).is_file() {
                    fatal.push(cfg_err(format!(
                        "[output.cards] font file `{}` not found",
                        path.display()
                    )));
                }
            }
        }
        if let Some(logo) = &c.logo {
            if !root.join(logo).is_file() {
                fatal.push(cfg_err(format!(
                    "[output.cards] logo `{}` not found",
                    logo.display()
                )));
            }
        }
    }
    if let Some(p) = &config.output.pdf {
        if let Some(f) = &p.font {
            for path in [&f.regular, &f.bold, &f.italic] {
                if !root.join(path).is_file() {
                    fatal.push(cfg_err(format!(
                        "[output.pdf] font file `{}` not found",
                        path.display()
                    )));
                }
            }
        }
    }
    let wordlist = config.ocr.wordlist.as_ref().map(|w| root.join(w));
    if let Some(w) = &wordlist {
        if !w.is_file() {
            fatal.push(cfg_err(format!(
                "[ocr] wordlist `{}` not found",
                w.display()
            )));
        }
    }
    if !fatal.is_empty() {
        return Err(fatal);
    }
    Ok((
        Plan {
            root,
            out_dir,
            series,
            episodes,
            text: config.output.text,
            epub: config.output.epub,
            pdf: config.output.pdf,
            quotes,
            quotes_on,
            cards: config.output.cards,
            wordlist,
            ocr_repair: config.ocr.repair,
        },
        warnings,
    ))
}

fn is_lang_tag(s: &str) -> bool {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    (2..=3).contains(&first.len())
        && first.chars().all(|c| c.is_ascii_alphabetic())
        && parts
            .all(|p| !p.is_empty() && p.len() <= 8 && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Expand a glob with `*` and `?` in its last component (`transcripts/*.txt`),
/// sorted by file name so episode order is stable.
pub fn expand_glob(root: &Path, pattern: &str) -> Result<Vec<PathBuf>, String> {
    let pat = Path::new(pattern);
    let dir = pat
        .parent()
        .map(|p| root.join(p))
        .unwrap_or_else(|| root.to_path_buf());
    let name = pat
        .file_name()
        .and_then(|n| n.to_str())
        .ok_or_else(|| format!("episodes = \"{pattern}\" has no file pattern"))?;
    if dir.to_string_lossy().contains(['*', '?']) {
        return Err(format!(
            "episodes = \"{pattern}\": wildcards only in the file name, e.g. \"transcripts/*.txt\""
        ));
    }
    let rd = std::fs::read_dir(&dir).map_err(|e| {
        format!(
            "episodes = \"{pattern}\": cannot list {}: {e}",
            dir.display()
        )
    })?;
    let mut out: Vec<PathBuf> = rd
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .filter(|e| e.file_name().to_str().is_some_and(|n| wildcard(name, n)))
        .map(|e| e.path())
        .collect();
    out.sort();
    if out.is_empty() {
        return Err(format!(
            "episodes = \"{pattern}\" matches no file in {}",
            dir.display()
        ));
    }
    Ok(out)
}

/// `*` and `?` matching.
fn wildcard(pat: &str, s: &str) -> bool {
    let p: Vec<char> = pat.chars().collect();
    let t: Vec<char> = s.chars().collect();
    let (mut pi, mut ti, mut star, mut mark) = (0, 0, None, 0);
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some(pi);
            mark = ti;
            pi += 1;
        } else if let Some(s) = star {
            pi = s + 1;
            mark += 1;
            ti = mark;
        } else {
            return false;
        }
    }
    while pi < p.len() && p[pi] == '*' {
        pi += 1;
    }
    pi == p.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wildcards() {
        assert!(wildcard("*.txt", "ep01.txt"));
        assert!(wildcard("ep??.md", "ep01.md"));
        assert!(!wildcard("*.txt", "ep01.md"));
        assert!(wildcard("*", "x"));
    }

    #[test]
    fn roots() {
        assert_eq!(
            project_root(Path::new("config/podprint.toml")),
            PathBuf::from("")
        );
        assert_eq!(
            project_root(Path::new("/a/b/config/p.toml")),
            PathBuf::from("/a/b")
        );
        assert_eq!(
            project_root(Path::new("/a/b/p.toml")),
            PathBuf::from("/a/b")
        );
        assert!(is_lang_tag("sv") && is_lang_tag("en-GB") && !is_lang_tag("swedish!"));
    }
}
