//! `podprint inspect`: what podprint sees in one transcript.

use serde::Serialize;

use crate::load::Loaded;
use podprint_transcript::{Diagnostic, EpisodeMeta, Speaker};

/// The JSON shape of `inspect --json` (see design.md).
#[derive(Serialize)]
struct InspectJson<'a> {
    format: &'static str,
    encoding: &'static str,
    meta: &'a EpisodeMeta,
    speakers: &'a [Speaker],
    turns: Vec<TurnJson<'a>>,
    diagnostics: &'a [Diagnostic],
}

#[derive(Serialize)]
struct TurnJson<'a> {
    speaker: &'a str,
    name: &'a str,
    text: String,
    teaser: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    start: Option<f64>,
    line: usize,
}

/// The `inspect --json` document for an episode.
pub fn to_json(l: &Loaded) -> String {
    let ep = &l.episode;
    let doc = InspectJson {
        format: l.format.as_str(),
        encoding: l.encoding,
        meta: &ep.meta,
        speakers: &ep.speakers,
        turns: ep
            .turns
            .iter()
            .map(|t| TurnJson {
                speaker: &t.speaker,
                name: ep.name_of(&t.speaker),
                text: t.text(),
                teaser: t.teaser,
                start: t.start,
                line: t.line,
            })
            .collect(),
        diagnostics: &ep.diagnostics,
    };
    serde_json::to_string_pretty(&doc).expect("serializable") + "\n"
}

/// A human-readable report.
pub fn to_text(l: &Loaded) -> String {
    let ep = &l.episode;
    let mut s = String::new();
    let p = l.source.display();
    s.push_str(&format!("{p}\n"));
    s.push_str(&format!(
        "  format:    {}\n  encoding:  {}\n",
        l.format.as_str(),
        l.encoding
    ));
    s.push_str(&format!("  title:     {}\n", ep.meta.title));
    if let Some(n) = ep.meta.number {
        s.push_str(&format!("  number:    {n}\n"));
    }
    s.push_str(&format!(
        "  id:        {}\n  language:  {}\n",
        ep.meta.id, ep.meta.language
    ));
    let words = ep.word_count();
    let teasers = ep.turns.iter().filter(|t| t.teaser).count();
    s.push_str(&format!(
        "  turns:     {} ({} teaser(s)), {} words\n",
        ep.turns.len(),
        teasers,
        words
    ));
    s.push_str("  speakers:\n");
    for sp in &ep.speakers {
        let n = ep.turns.iter().filter(|t| t.speaker == sp.label).count();
        let aff = sp
            .affiliation
            .as_deref()
            .map(|a| format!(", {a}"))
            .unwrap_or_default();
        s.push_str(&format!(
            "    {:<14} {:<10} {:>3} turn(s)  {}{}\n",
            sp.label,
            sp.role.as_str(),
            n,
            sp.name,
            aff
        ));
    }
    if !ep.diagnostics.is_empty() {
        s.push_str("  diagnostics:\n");
        for d in &ep.diagnostics {
            let at = d.line.map(|l| format!("{p}:{l}: ")).unwrap_or_default();
            s.push_str(&format!("    {}: {at}{}\n", d.level, d.message));
        }
    }
    s
}
