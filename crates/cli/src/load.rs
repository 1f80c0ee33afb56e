//! Reading every episode of a plan into a [`Series`], in parallel.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use podprint_transcript::ocr::{is_ocr, repair_episode, series_vocabulary};
use podprint_transcript::{
    normalize, read_path, slugify, Diagnostic, Episode, Format, Lang, NormalizeOptions, ReadError,
    ReadOptions, Series,
};
use rayon::prelude::*;

use crate::plan::{EpisodePlan, Plan};

/// An episode that was read, with where it came from.
#[derive(Clone, Debug)]
pub struct Loaded {
    /// The episode, normalized.
    pub episode: Episode,
    /// Detected format.
    pub format: Format,
    /// Detected encoding.
    pub encoding: &'static str,
    /// The transcript file.
    pub source: PathBuf,
    /// When this episode last changed (ISO 8601 UTC): `SOURCE_DATE_EPOCH`, or the file's mtime.
    pub modified: String,
}

/// The result of reading all episodes: the series of those that could be read,
/// and the errors of those that could not.
#[derive(Debug, Default)]
pub struct LoadResult {
    /// Episodes that were read, in plan order.
    pub series: Series,
    /// Per-episode details, parallel to `series.episodes`.
    pub loaded: Vec<Loaded>,
    /// Files that could not be read.
    pub errors: Vec<ReadError>,
}

/// Read one episode as the plan says: sniff or forced format, config overrides, normalization.
/// `series_lang` is the default language; `None` lets the reader detect it.
pub fn load_one(ep: &EpisodePlan, series_lang: Option<&Lang>) -> Result<Loaded, ReadError> {
    let language = ep
        .entry
        .language
        .clone()
        .map(Lang)
        .or_else(|| series_lang.cloned());
    let opts = ReadOptions {
        format: ep.format,
        language,
    };
    let imported = read_path(&ep.source, &opts)?;
    let mut episode = imported.episode;
    apply_overrides(&mut episode, ep);
    normalize(
        &mut episode,
        &NormalizeOptions {
            speakers: ep.speakers.clone(),
        },
    );
    let modified = modified_time(std::iter::once(ep.source.as_path()));
    Ok(Loaded {
        episode,
        format: imported.format,
        encoding: imported.encoding,
        source: ep.source.clone(),
        modified,
    })
}

fn apply_overrides(episode: &mut Episode, ep: &EpisodePlan) {
    let e = &ep.entry;
    if let Some(n) = e.number {
        episode.meta.number = Some(n);
        episode.meta.id = format!("ep{n:02}");
    }
    if let Some(t) = &e.title {
        episode.meta.title = t.clone();
    }
    if let Some(id) = &e.id {
        episode.meta.id = slugify(id);
    }
    episode.meta.date = e.date.clone();
    episode.meta.description = e.description.clone();
}

/// Read every episode of the plan in parallel, repair OCR'd ones with the
/// vocabulary of the others, and give episodes unique ids.
pub fn load_all(plan: &Plan) -> LoadResult {
    let results: Vec<Result<Loaded, ReadError>> = plan
        .episodes
        .par_iter()
        .map(|ep| load_one(ep, Some(&plan.series.language)))
        .collect();
    let mut loaded = Vec::new();
    let mut errors = Vec::new();
    for r in results {
        match r {
            Ok(l) => loaded.push(l),
            Err(e) => errors.push(e),
        }
    }
    if plan.ocr_repair {
        let wordlist = plan
            .wordlist
            .as_ref()
            .and_then(|p| std::fs::read(p).ok())
            .map(|b| String::from_utf8_lossy(&b).into_owned());
        repair_series(&mut loaded, wordlist.as_deref());
    }
    unique_ids(&mut loaded);
    let mut series = Series {
        meta: plan.series.clone(),
        episodes: loaded.iter().map(|l| l.episode.clone()).collect(),
    };
    series.meta.modified = Some(modified_time(loaded.iter().map(|l| l.source.as_path())));
    LoadResult {
        series,
        loaded,
        errors,
    }
}

/// Repair episodes misread by OCR with a vocabulary built from the clean ones.
pub fn repair_series(loaded: &mut [Loaded], wordlist: Option<&str>) {
    let needs: Vec<bool> = loaded
        .iter()
        .map(|l| is_ocr(l.format, &l.episode))
        .collect();
    if !needs.iter().any(|&n| n) {
        return;
    }
    let clean = loaded
        .iter()
        .zip(&needs)
        .filter(|(_, &n)| !n)
        .map(|(l, _)| &l.episode);
    let swedish = loaded
        .iter()
        .zip(&needs)
        .any(|(l, &n)| n && l.episode.meta.language.is_swedish());
    let vocab = series_vocabulary(clean, wordlist, swedish);
    if vocab.is_empty() {
        return;
    }
    loaded
        .par_iter_mut()
        .zip(needs.par_iter())
        .filter(|(_, n)| **n)
        .for_each(|(l, _)| {
            repair_episode(&mut l.episode, &vocab);
        });
}

/// Make episode ids unique (`ep01`, `ep01-2`) so no output overwrites another.
fn unique_ids(loaded: &mut [Loaded]) {
    let mut seen = std::collections::HashSet::new();
    for l in loaded.iter_mut() {
        let base = l.episode.meta.id.clone();
        let mut id = base.clone();
        let mut n = 2;
        while !seen.insert(id.clone()) {
            id = format!("{base}-{n}");
            n += 1;
        }
        if id != base {
            l.episode.diagnostics.push(Diagnostic::warning(
                None,
                format!("episode id `{base}` is used by another episode; this one is `{id}` (set `id` in the config)"),
            ));
            l.episode.meta.id = id;
        }
    }
}

/// `SOURCE_DATE_EPOCH` if set, else the newest source's modification time, as ISO 8601 UTC.
pub fn modified_time<'a>(sources: impl Iterator<Item = &'a Path>) -> String {
    let secs = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse::<i64>().ok())
        .unwrap_or_else(|| {
            sources
                .filter_map(|p| std::fs::metadata(p).ok()?.modified().ok())
                .filter_map(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
                .map(|d| d.as_secs() as i64)
                .max()
                .unwrap_or(0)
        });
    iso_utc(secs)
}

/// Format seconds since the epoch as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn iso_utc(secs: i64) -> String {
    let days = secs.div_euclid(86_400);
    let rem = secs.rem_euclid(86_400);
    // Civil-from-days (Howard Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = if m <= 2 { y + 1 } else { y };
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::iso_utc;

    #[test]
    fn iso_dates() {
        assert_eq!(iso_utc(0), "1970-01-01T00:00:00Z");
        assert_eq!(iso_utc(1_700_000_000), "2023-11-14T22:13:20Z");
        assert_eq!(iso_utc(951_782_400), "2000-02-29T00:00:00Z");
    }
}
