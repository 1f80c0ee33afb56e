//! The config file (`config/podprint.toml`): one TOML file drives everything.
//!
//! Each `[output.x]` table deserializes straight into its exporter's options
//! struct. Unknown keys are errors that name the key, the line and the closest
//! valid key.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use podprint_cards::CardOptions;
use podprint_epub::EpubOptions;
use podprint_pdf::PdfOptions;
use podprint_quotes::QuoteOptions;
use podprint_text::TextOptions;
use podprint_transcript::SpeakerInfo;
use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

/// The whole config file.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct Config {
    /// `[series]`.
    #[serde(default)]
    pub series: SeriesConfig,
    /// `[speakers]`: recurring people by label.
    #[serde(default)]
    pub speakers: BTreeMap<String, SpeakerInfo>,
    /// `[[episodes]]` or `episodes = "transcripts/*.txt"`.
    #[serde(default)]
    pub episodes: Episodes,
    /// `[quotes]`: selection settings.
    #[serde(default)]
    pub quotes: Option<QuoteOptions>,
    /// `[ocr]`: repair of OCR'd transcripts.
    #[serde(default)]
    pub ocr: OcrConfig,
    /// `[output]` and its per-format tables.
    #[serde(default)]
    pub output: OutputConfig,
}

/// `[series]`.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SeriesConfig {
    /// Title of the series.
    #[serde(default)]
    pub title: Option<String>,
    /// Publisher.
    #[serde(default)]
    pub publisher: Option<String>,
    /// Language: `sv` or `en` (any BCP 47 tag).
    #[serde(default)]
    pub language: Option<String>,
    /// Description.
    #[serde(default)]
    pub description: Option<String>,
}

/// `[ocr]`.
#[derive(Clone, Debug, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct OcrConfig {
    /// A word list (one word a line) or hunspell `.dic` file that helps repair OCR errors.
    #[serde(default)]
    pub wordlist: Option<PathBuf>,
    /// Repair letters misread by OCR. Default true.
    #[serde(default = "yes")]
    pub repair: bool,
}

fn yes() -> bool {
    true
}

impl Default for OcrConfig {
    fn default() -> Self {
        OcrConfig {
            wordlist: None,
            repair: true,
        }
    }
}

/// `[output]`.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct OutputConfig {
    /// Output directory, relative to the config's project root. Default `output`.
    #[serde(default)]
    pub dir: Option<PathBuf>,
    /// `[output.text]`.
    #[serde(default)]
    pub text: Option<TextOptions>,
    /// `[output.epub]`.
    #[serde(default)]
    pub epub: Option<EpubOptions>,
    /// `[output.pdf]`.
    #[serde(default)]
    pub pdf: Option<PdfOptions>,
    /// `[output.cards]`.
    #[serde(default)]
    pub cards: Option<CardOptions>,
}

/// One `[[episodes]]` entry.
#[derive(Clone, Debug, Default, Deserialize, Serialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct EpisodeEntry {
    /// Transcript path, relative to the project root.
    pub source: PathBuf,
    /// Id used in file names; from the number or file name when absent.
    #[serde(default)]
    pub id: Option<String>,
    /// Title; from the transcript heading when absent.
    #[serde(default)]
    pub title: Option<String>,
    /// Episode number; from the heading when absent.
    #[serde(default)]
    pub number: Option<u32>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub date: Option<String>,
    /// Description.
    #[serde(default)]
    pub description: Option<String>,
    /// Language, when it differs from the series.
    #[serde(default)]
    pub language: Option<String>,
    /// Input format, when sniffing guesses wrong (`labeled`, `markdown`, `vtt`, …).
    #[serde(default)]
    pub format: Option<String>,
    /// Speakers of this episode (merged over `[speakers]`).
    #[serde(default)]
    pub speakers: BTreeMap<String, SpeakerInfo>,
}

/// The `episodes` key: a glob or a list of tables.
#[derive(Clone, Debug, Serialize)]
#[serde(untagged)]
pub enum Episodes {
    /// `episodes = "transcripts/*.txt"`.
    Glob(String),
    /// `[[episodes]]` tables.
    List(Vec<EpisodeEntry>),
}

impl Default for Episodes {
    fn default() -> Self {
        Episodes::List(Vec::new())
    }
}

impl<'de> Deserialize<'de> for Episodes {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Episodes;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a glob such as \"transcripts/*.txt\" or [[episodes]] tables")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Episodes, E> {
                Ok(Episodes::Glob(v.to_string()))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Episodes, A::Error> {
                let mut out = Vec::new();
                while let Some(e) = seq.next_element::<EpisodeEntry>()? {
                    out.push(e);
                }
                Ok(Episodes::List(out))
            }
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Episodes, A::Error> {
                let e = EpisodeEntry::deserialize(de::value::MapAccessDeserializer::new(map))?;
                Ok(Episodes::List(vec![e]))
            }
        }
        d.deserialize_any(V)
    }
}

/// A config error that points into the file.
#[derive(Debug)]
pub struct ConfigError {
    /// The config file.
    pub path: PathBuf,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// What is wrong and what to do.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(l) => write!(f, "{}:{}: {}", self.path.display(), l, self.message),
            None => write!(f, "{}: {}", self.path.display(), self.message),
        }
    }
}

impl std::error::Error for ConfigError {}

/// Read and parse a config file.
pub fn load(path: &Path) -> Result<Config, ConfigError> {
    let text = std::fs::read_to_string(path).map_err(|e| ConfigError {
        path: path.to_path_buf(),
        line: None,
        message: if e.kind() == std::io::ErrorKind::NotFound {
            "config file not found; run `podprint init` to create one, or pass `-c PATH`".into()
        } else {
            format!("cannot read the config: {e}")
        },
    })?;
    parse(&text, path)
}

/// Parse config text (`path` names it in errors).
pub fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
    let text = &quote_unicode_keys(text);
    toml::from_str::<Config>(text).map_err(|e| {
        let line = e
            .span()
            .map(|s| text[..s.start.min(text.len())].matches('\n').count() + 1);
        ConfigError {
            path: path.to_path_buf(),
            line,
            message: explain(e.message()),
        }
    })
}

/// TOML allows only ASCII letters in bare keys, but speaker labels are often
/// Swedish (`PRESENTATÖR = { role = "announcer" }`). Quote such keys at the
/// start of a line and in table headers before parsing; lines keep their numbers.
pub fn quote_unicode_keys(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    let mut in_multiline = false;
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let toggles = line.matches("\"\"\"").count() + line.matches("'''").count();
        if in_multiline {
            out.push_str(line);
            if toggles % 2 == 1 {
                in_multiline = false;
            }
            continue;
        }
        if toggles % 2 == 1 {
            in_multiline = true;
        }
        let indent = line.len() - line.trim_start().len();
        let body = &line[indent..];
        let (prefix, key_part, suffix) = if let Some(h) = body.strip_prefix("[[") {
            match h.find("]]") {
                Some(e) => ("[[", &h[..e], &h[e..]),
                None => ("", "", body),
            }
        } else if let Some(h) = body.strip_prefix('[') {
            match h.find(']') {
                Some(e) => ("[", &h[..e], &h[e..]),
                None => ("", "", body),
            }
        } else if let Some(eq) = body.find('=') {
            if body.starts_with(['#', '"', '\'']) {
                ("", "", body)
            } else {
                ("", &body[..eq], &body[eq..])
            }
        } else {
            ("", "", body)
        };
        out.push_str(&line[..indent]);
        out.push_str(prefix);
        if key_part.is_ascii() || key_part.contains(['"', '\'']) {
            out.push_str(key_part);
        } else {
            let segs: Vec<String> = key_part
                .split('.')
                .map(|seg| {
                    let t = seg.trim();
                    if t.is_ascii() {
                        seg.to_string()
                    } else {
                        let pad_l = &seg[..seg.len() - seg.trim_start().len()];
                        let pad_r = &seg[seg.trim_end().len()..];
                        format!("{pad_l}\"{t}\"{pad_r}")
                    }
                })
                .collect();
            out.push_str(&segs.join("."));
        }
        out.push_str(suffix);
    }
    out
}

/// Make serde's message friendlier: name the closest valid key.
fn explain(msg: &str) -> String {
    let msg = msg.trim();
    if let Some(rest) = msg.strip_prefix("unknown field `") {
        if let Some(end) = rest.find('`') {
            let key = &rest[..end];
            let expected: Vec<&str> = rest[end..].split('`').skip(2).step_by(2).collect();
            let best = expected
                .iter()
                .map(|k| (strsim::jaro_winkler(key, k), *k))
                .max_by(|a, b| a.0.total_cmp(&b.0));
            return match best {
                Some((score, k)) if score > 0.7 => {
                    format!(
                        "unknown key `{key}`; did you mean `{k}`? (valid keys: {})",
                        expected.join(", ")
                    )
                }
                _ => format!("unknown key `{key}` (valid keys: {})", expected.join(", ")),
            };
        }
    }
    msg.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typo_names_key_line_and_suggestion() {
        let text = "[series]\ntitle = \"X\"\n\n[quotes]\nper-episod = 3\n";
        let e = parse(text, Path::new("c.toml")).unwrap_err();
        assert_eq!(e.line, Some(5));
        assert!(
            e.message.contains("`per-episod`") && e.message.contains("did you mean `per-episode`"),
            "{}",
            e.message
        );
    }

    #[test]
    fn output_tables_typed() {
        let text = "[output.text]\nwidht = 60\n";
        let e = parse(text, Path::new("c.toml")).unwrap_err();
        assert!(e.message.contains("did you mean `width`"), "{}", e.message);
        let c = parse(
            "episodes = \"t/*.txt\"\n[output.pdf]\npaper = \"letter\"\n",
            Path::new("c.toml"),
        )
        .unwrap();
        assert!(matches!(c.episodes, Episodes::Glob(_)));
        assert!(c.output.pdf.is_some());
    }

    #[test]
    fn swedish_bare_keys() {
        let text = "[speakers]\nPRESENTATÖR = { role = \"announcer\" }\nÅSA = { name = \"Åsa\" }\n\n[[episodes]]\nsource = \"a.txt\"\nspeakers.GÖRAN = { role = \"guest\" }\ndescription = \"x = ö\"\n";
        let c = parse(text, Path::new("c.toml")).unwrap();
        assert!(c.speakers.contains_key("PRESENTATÖR") && c.speakers.contains_key("ÅSA"));
        let Episodes::List(l) = c.episodes else {
            panic!()
        };
        assert!(l[0].speakers.contains_key("GÖRAN"));
        assert_eq!(l[0].description.as_deref(), Some("x = ö"));
    }

    #[test]
    fn ocr_repair_is_on_by_default() {
        assert!(parse("", Path::new("c.toml")).unwrap().ocr.repair);
        assert!(parse("[ocr]\n", Path::new("c.toml")).unwrap().ocr.repair);
        assert!(
            !parse("[ocr]\nrepair = false\n", Path::new("c.toml"))
                .unwrap()
                .ocr
                .repair
        );
    }

    #[test]
    fn episode_list() {
        let text = "[[episodes]]\nsource = \"a.txt\"\ndate = \"2025-01-01\"\nspeakers.OLLE = { name = \"Olle\", role = \"guest\" }\n[[episodes]]\nsource = \"b.txt\"\n";
        let c = parse(text, Path::new("c.toml")).unwrap();
        let Episodes::List(l) = c.episodes else {
            panic!()
        };
        assert_eq!(l.len(), 2);
        assert_eq!(l[0].speakers["OLLE"].name.as_deref(), Some("Olle"));
        let e = parse("[[episodes]]\nsorce = \"a\"\n", Path::new("c.toml")).unwrap_err();
        assert!(e.message.contains("did you mean `source`"), "{}", e.message);
    }
}
