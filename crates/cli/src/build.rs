//! `podprint build`: every (episode × output) job in parallel, files written
//! atomically, a summary at the end.

use std::path::PathBuf;
use std::sync::Mutex;
use std::time::Instant;

use anyhow::{anyhow, Result};
use podprint_pdf::Variant;
use podprint_quotes::{Corpus, Quote};
use podprint_transcript::{Episode, Level, Series};
use rayon::prelude::*;

use crate::cache::{content_hash, Cache, FileRecord, Fnv};
use crate::cards::{self, CardsCtx};
use crate::load::LoadResult;
use crate::plan::{Kind, Plan};
use crate::progress::Progress;
pub use crate::summary::{print_summary, Summary};
use crate::write::{human_size, write_atomic};

/// One unit of work.
#[derive(Clone, Debug)]
enum Job {
    Text(usize),
    EpubCollection,
    EpubEpisode(usize),
    Pdf(usize, Variant),
    PdfCollection(Variant),
    QuotesMarkdown(usize),
    QuotesJson,
    Cards(usize),
    CardsIndex,
}

impl Job {
    fn kind(&self) -> Kind {
        match self {
            Job::Text(_) => Kind::Text,
            Job::EpubCollection | Job::EpubEpisode(_) => Kind::Epub,
            Job::Pdf(..) | Job::PdfCollection(_) => Kind::Pdf,
            Job::QuotesMarkdown(_) | Job::QuotesJson => Kind::Quotes,
            Job::Cards(_) | Job::CardsIndex => Kind::Cards,
        }
    }
    /// Stable name of the job in the cache.
    fn name(&self, series: &Series) -> String {
        let id = |i: &usize| series.episodes[*i].meta.id.as_str();
        match self {
            Job::Text(i) => format!("text:{}", id(i)),
            Job::EpubCollection => "epub:collection".into(),
            Job::EpubEpisode(i) => format!("epub:{}", id(i)),
            Job::Pdf(i, v) => format!("pdf:{}{}", id(i), v.file_suffix()),
            Job::PdfCollection(v) => format!("pdf:collection{}", v.file_suffix()),
            Job::QuotesMarkdown(i) => format!("quotes:{}", id(i)),
            Job::QuotesJson => "quotes:json".into(),
            Job::Cards(i) => format!("cards:{}", id(i)),
            Job::CardsIndex => "cards:index".into(),
        }
    }

    /// Rough cost, so the expensive jobs start first.
    fn weight(&self, counts: &[usize]) -> usize {
        let words = |i: usize| counts[i];
        let all = || counts.iter().sum::<usize>();
        match self {
            Job::PdfCollection(_) => all() * 4,
            Job::EpubCollection => all(),
            Job::Pdf(i, _) => words(*i) * 4,
            Job::Cards(i) => 40_000 + words(*i),
            Job::EpubEpisode(i) | Job::Text(i) | Job::QuotesMarkdown(i) => words(*i),
            Job::QuotesJson | Job::CardsIndex => 1,
        }
    }
}

/// A file a job made.
struct Output {
    rel: PathBuf,
    bytes: Vec<u8>,
}

impl Output {
    /// Outputs from (path relative to the output directory, bytes) pairs.
    fn all<P: Into<PathBuf>>(files: Vec<(P, Vec<u8>)>) -> Vec<Output> {
        files
            .into_iter()
            .map(|(rel, bytes)| Output {
                rel: rel.into(),
                bytes,
            })
            .collect()
    }
}

/// Inputs shared by all jobs of one build.
struct Ctx<'a> {
    plan: &'a Plan,
    series: &'a Series,
    /// Per episode: the series meta with that episode's own modification time.
    metas: Vec<podprint_transcript::SeriesMeta>,
    quotes: Vec<Vec<Quote>>,
    fonts: podprint_typeset::FontSet,
    cards: Option<CardsCtx>,
}

impl Ctx<'_> {
    fn one(&self, i: usize) -> Series {
        Series {
            meta: self.metas[i].clone(),
            episodes: vec![self.series.episodes[i].clone()],
        }
    }
}

/// Hash of everything a job reads.
fn input_hash(job: &Job, ctx: &Ctx, ep_hash: &[String], font_hash: &str) -> String {
    let mut h = Fnv::default();
    h.bytes(crate::cache::build_id().as_bytes())
        .json(&job.name(ctx.series));
    let all = |h: &mut Fnv| {
        h.json(&ctx.series.meta);
        for e in ep_hash {
            h.bytes(e.as_bytes());
        }
    };
    match job {
        Job::Text(i) => h
            .json(&ctx.plan.text)
            .json(&ctx.metas[*i])
            .bytes(ep_hash[*i].as_bytes()),
        Job::EpubCollection => {
            h.json(&ctx.plan.epub);
            all(&mut h);
            &mut h
        }
        Job::EpubEpisode(i) => h
            .json(&ctx.plan.epub)
            .json(&ctx.metas[*i])
            .bytes(ep_hash[*i].as_bytes()),
        Job::Pdf(i, v) => h
            .json(&ctx.plan.pdf)
            .json(&v.file_suffix())
            .bytes(font_hash.as_bytes())
            .json(&ctx.metas[*i])
            .bytes(ep_hash[*i].as_bytes()),
        Job::PdfCollection(v) => {
            h.json(&ctx.plan.pdf)
                .json(&v.file_suffix())
                .bytes(font_hash.as_bytes());
            all(&mut h);
            &mut h
        }
        Job::QuotesMarkdown(i) => h
            .json(&ctx.metas[*i])
            .bytes(ep_hash[*i].as_bytes())
            .json(&ctx.quotes[*i]),
        Job::QuotesJson => h.json(&ctx.quotes),
        Job::CardsIndex => {
            h.json(&ctx.plan.cards)
                .json(&ctx.cards.as_ref().map(|c| &c.font_hash))
                .json(&ctx.quotes);
            for e in &ctx.series.episodes {
                h.json(&e.meta).json(&e.speakers);
            }
            &mut h
        }
        Job::Cards(i) => h
            .json(&ctx.plan.cards)
            .json(&ctx.cards.as_ref().map(|c| &c.font_hash))
            .json(&ctx.metas[*i])
            .json(&ctx.series.episodes[*i].meta)
            .json(&ctx.series.episodes[*i].speakers)
            .json(&ctx.quotes[*i]),
    };
    h.hex()
}

/// Run the jobs of a plan over the loaded series. Jobs whose inputs did not
/// change since the last build (per `cache`) are skipped unless `force`.
pub fn run(
    plan: &Plan,
    loaded: &LoadResult,
    progress: &Progress,
    cache: &mut Cache,
    force: bool,
) -> Summary {
    let series = &loaded.series;
    let n = series.episodes.len();
    let mut jobs: Vec<Job> = Vec::new();
    if plan.text.is_some() {
        jobs.extend((0..n).map(Job::Text));
    }
    if let Some(e) = &plan.epub {
        if e.collection && n > 0 {
            jobs.push(Job::EpubCollection);
        }
        if e.per_episode {
            jobs.extend((0..n).map(Job::EpubEpisode));
        }
    }
    if let Some(p) = &plan.pdf {
        let variants: &[Variant] = if p.large_print {
            &[Variant::Standard, Variant::LargePrint]
        } else {
            &[Variant::Standard]
        };
        for &v in variants {
            jobs.extend((0..n).map(|i| Job::Pdf(i, v)));
            if p.collection && n > 0 {
                jobs.push(Job::PdfCollection(v));
            }
        }
    }
    let need_quotes = plan.quotes_on || plan.cards.is_some();
    if plan.quotes_on {
        jobs.extend((0..n).map(Job::QuotesMarkdown));
        jobs.push(Job::QuotesJson);
    }
    if plan.cards.is_some() {
        jobs.extend((0..n).map(Job::Cards));
        jobs.push(Job::CardsIndex);
    }
    // Expensive jobs first; word counts computed once, not per comparison.
    let counts: Vec<usize> = series.episodes.iter().map(Episode::word_count).collect();
    jobs.sort_by_cached_key(|j| std::cmp::Reverse(j.weight(&counts)));

    // Quotes are shared by the quote files and the cards: select them once.
    let quotes: Vec<Vec<Quote>> = if need_quotes {
        let corpus = Corpus::new(series);
        series
            .episodes
            .par_iter()
            .map(|ep| {
                podprint_quotes::select_in(&corpus, ep, &plan.quotes, plan.quotes.per_episode)
            })
            .collect()
    } else {
        Vec::new()
    };
    let (fonts, font_hash) = match pdf_fonts(plan) {
        Ok(f) => f,
        Err(e) => {
            let mut s = Summary::default();
            s.errors.push(format!("{e:#}"));
            return s;
        }
    };
    let metas = loaded
        .loaded
        .iter()
        .map(|l| podprint_transcript::SeriesMeta {
            modified: Some(l.modified.clone()),
            ..series.meta.clone()
        })
        .collect();
    let cards = match cards::load(plan) {
        Ok(c) => c,
        Err(e) => {
            let mut s = Summary::default();
            s.errors.push(format!("{e:#}"));
            return s;
        }
    };
    let ctx = Ctx {
        plan,
        series,
        metas,
        quotes,
        fonts,
        cards,
    };

    let ep_hash: Vec<String> = series
        .episodes
        .par_iter()
        .map(|e| Fnv::default().json(e).hex())
        .collect();
    let keyed: Vec<(Job, String, String)> = jobs
        .into_par_iter()
        .map(|j| {
            let name = j.name(series);
            let input = input_hash(&j, &ctx, &ep_hash, &font_hash);
            (j, name, input)
        })
        .collect();
    let live: std::collections::HashSet<String> = keyed.iter().map(|k| k.1.clone()).collect();
    let (fresh, todo): (Vec<_>, Vec<_>) = keyed
        .into_iter()
        .partition(|(_, name, input)| !force && cache.is_fresh(&plan.out_dir, name, input));

    let summary = Mutex::new(Summary::default());
    {
        let mut s = summary.lock().expect("summary lock");
        s.up_to_date = fresh.len();
        s.kept = fresh.iter().map(|f| cache.files(&f.1).len()).sum();
    }
    let records = Mutex::new(Vec::new());
    progress.start(todo.len() as u64);
    todo.par_iter().for_each(|(job, name, input)| {
        let t0 = Instant::now();
        let result = run_job(job, &ctx);
        let (result, job_warnings) = match result {
            Ok((o, w)) => (Ok(o), w),
            Err(e) => (Err(e), Vec::new()),
        };
        let elapsed = t0.elapsed();
        let mut lines = Vec::new();
        let mut written = Vec::new();
        let mut ok = true;
        let mut errors = Vec::new();
        match result {
            Ok(outputs) => {
                for o in outputs {
                    match write_atomic(&plan.out_dir, &o.rel, &o.bytes) {
                        Ok(_) => {
                            lines.push(format!(
                                "{} ({})",
                                o.rel.display(),
                                human_size(o.bytes.len() as u64)
                            ));
                            written.push(FileRecord {
                                path: o.rel.to_string_lossy().replace('\\', "/"),
                                size: o.bytes.len() as u64,
                                hash: content_hash(&o.bytes),
                            });
                        }
                        Err(e) => {
                            ok = false;
                            errors.push(format!("{e:#}"));
                        }
                    }
                }
            }
            Err(e) => {
                ok = false;
                errors.push(format!("{e:#}"));
            }
        }
        // One line per job: its files, or for a many-file job (cards) a count.
        let line = if lines.len() <= 3 {
            lines.join(", ")
        } else {
            let dir = written
                .first()
                .and_then(|f| f.path.rsplit_once('/').map(|(d, _)| d.to_string()))
                .unwrap_or_default();
            let size: u64 = written.iter().map(|f| f.size).sum();
            format!("{dir}/ ({} files, {})", written.len(), human_size(size))
        };
        {
            let mut s = summary.lock().expect("summary lock");
            *s.time.entry(job.kind().name()).or_default() += elapsed;
            s.files
                .extend(written.iter().map(|f| (PathBuf::from(&f.path), f.size)));
            s.errors.extend(errors);
            s.warnings.extend(job_warnings);
        }
        if ok {
            records
                .lock()
                .expect("records lock")
                .push((name.clone(), input.clone(), written));
        }
        progress.done(&line);
    });
    progress.finish();
    cache.retain(&live);
    for (name, input, files) in records.into_inner().expect("records lock") {
        cache.record(name, input, files);
    }
    let mut s = summary.into_inner().expect("summary lock");
    s.files.sort();
    for l in &loaded.loaded {
        for d in &l.episode.diagnostics {
            if d.level >= Level::Warning {
                let at = d.line.map(|x| format!(":{x}")).unwrap_or_default();
                s.warnings.push(format!(
                    "{}{}: {}: {}",
                    l.source.display(),
                    at,
                    d.level,
                    d.message
                ));
            }
        }
    }
    s
}

/// The PDF fonts and a hash of their bytes (for the cache).
fn pdf_fonts(plan: &Plan) -> Result<(podprint_typeset::FontSet, String)> {
    match plan.pdf.as_ref().and_then(|p| p.font.as_ref()) {
        None => Ok((podprint_typeset::FontSet::bundled(), "bundled".into())),
        Some(f) => {
            let read = |p: &PathBuf| {
                std::fs::read(plan.root.join(p))
                    .map_err(|e| anyhow!("{}: cannot read font: {e}", p.display()))
            };
            let (r, b, i) = (read(&f.regular)?, read(&f.bold)?, read(&f.italic)?);
            let hash = Fnv::default().bytes(&r).bytes(&b).bytes(&i).hex();
            let set = podprint_typeset::FontSet::from_bytes(r, b, i)
                .map_err(|e| anyhow!("[output.pdf] font: {e}"))?;
            Ok((set, hash))
        }
    }
}

/// Run one job: the files it makes, and warnings (e.g. a quote too long for a card).
fn run_job(job: &Job, ctx: &Ctx) -> Result<(Vec<Output>, Vec<String>)> {
    let mut warnings = Vec::new();
    let outputs = run_job_inner(job, ctx, &mut warnings)?;
    Ok((outputs, warnings))
}

fn run_job_inner(job: &Job, ctx: &Ctx, warnings: &mut Vec<String>) -> Result<Vec<Output>> {
    let (plan, series, quotes, fonts) = (ctx.plan, ctx.series, &ctx.quotes, &ctx.fonts);
    let ep_src = |i: usize| series.episodes[i].meta.source.clone().unwrap_or_default();
    let id = |i: usize| series.episodes[i].meta.id.clone();
    let slug = series.slug();
    Ok(match job {
        Job::Text(i) => {
            let opts = plan.text.as_ref().expect("text on");
            let s = podprint_text::render(&ctx.metas[*i], &series.episodes[*i], opts)
                .map_err(|e| anyhow!("{}: {e}", ep_src(*i)))?;
            vec![Output {
                rel: format!("text/{}.txt", id(*i)).into(),
                bytes: s.into_bytes(),
            }]
        }
        Job::EpubCollection => {
            let opts = plan.epub.as_ref().expect("epub on");
            let b = podprint_epub::render(series, opts)
                .map_err(|e| anyhow!("EPUB of the series: {e}"))?;
            vec![Output {
                rel: format!("epub/{slug}.epub").into(),
                bytes: b,
            }]
        }
        Job::EpubEpisode(i) => {
            let opts = plan.epub.as_ref().expect("epub on");
            // A book of its own: its own title, and so its own identifier.
            let mut book = ctx.one(*i);
            book.meta.title = format!("{}: {}", book.meta.title, book.episodes[0].meta.title);
            let b =
                podprint_epub::render(&book, opts).map_err(|e| anyhow!("{}: {e}", ep_src(*i)))?;
            vec![Output {
                rel: format!("epub/{}.epub", id(*i)).into(),
                bytes: b,
            }]
        }
        Job::Pdf(i, v) => {
            let opts = plan.pdf.as_ref().expect("pdf on");
            let b = podprint_pdf::render(&ctx.one(*i), opts, *v, fonts)
                .map_err(|e| anyhow!("{}: {e}", ep_src(*i)))?;
            vec![Output {
                rel: format!("pdf/{}{}.pdf", id(*i), v.file_suffix()).into(),
                bytes: b,
            }]
        }
        Job::PdfCollection(v) => {
            let opts = plan.pdf.as_ref().expect("pdf on");
            let b = podprint_pdf::render(series, opts, *v, fonts)
                .map_err(|e| anyhow!("PDF of the series: {e}"))?;
            vec![Output {
                rel: format!("pdf/{slug}{}.pdf", v.file_suffix()).into(),
                bytes: b,
            }]
        }
        Job::QuotesMarkdown(i) => {
            let md =
                podprint_quotes::to_markdown(&ctx.metas[*i], &series.episodes[*i], &quotes[*i]);
            vec![Output {
                rel: format!("quotes/{}.md", id(*i)).into(),
                bytes: md.into_bytes(),
            }]
        }
        Job::QuotesJson => {
            let all: Vec<Quote> = quotes.iter().flatten().cloned().collect();
            vec![Output {
                rel: "quotes/quotes.json".into(),
                bytes: podprint_quotes::to_json(&all).into_bytes(),
            }]
        }
        Job::Cards(i) => {
            let cc = ctx.cards.as_ref().expect("cards context");
            let opts = plan.cards.as_ref().expect("cards on");
            let files = cards::episode_cards(
                cc,
                opts,
                &ctx.metas[*i],
                &series.episodes[*i],
                &quotes[*i],
                warnings,
            )
            .map_err(|e| anyhow!("{}: {e}", ep_src(*i)))?;
            Output::all(files)
        }
        Job::CardsIndex => {
            let cc = ctx.cards.as_ref().expect("cards context");
            let opts = plan.cards.as_ref().expect("cards on");
            let files = cards::index(cc, opts, series, &ctx.metas, quotes);
            Output::all(files)
        }
    })
}
