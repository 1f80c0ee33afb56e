//! `podprint`: turn podcast transcripts into accessible EPUB, PDF/UA-1, plain
//! text, pull quotes and quote cards, from one config, in one parallel build.

mod build;
mod cache;
mod cards;
mod config;
mod convert;
mod init;
mod inspect;
mod load;
mod plan;
mod progress;
mod summary;
mod write;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::{anyhow, bail, Context, Result};
use clap::{Parser, Subcommand};
use podprint_transcript::{Format, Lang, Level, Series};

use crate::plan::{EpisodePlan, Kind};

#[derive(Parser)]
#[command(
    name = "podprint",
    version,
    about = "Accessible publications and quote cards from podcast transcripts"
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Build every output the config turns on (default config: config/podprint.toml).
    Build {
        /// Config file.
        #[arg(short, long, default_value = "config/podprint.toml")]
        config: PathBuf,
        /// Output directory (overrides `[output] dir`).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Only these outputs: comma-separated pdf,epub,text,quotes,cards.
        #[arg(long, value_delimiter = ',')]
        only: Vec<String>,
        /// Worker threads (default: all cores).
        #[arg(short, long)]
        jobs: Option<usize>,
        /// No progress or summary; errors only.
        #[arg(short, long)]
        quiet: bool,
        /// Render everything, ignoring the build cache.
        #[arg(long)]
        force: bool,
    },
    /// Convert transcripts to one output without a config; the format comes from
    /// OUTPUT's extension (.pdf, .epub, .txt, .json for quotes, .png/.svg for a card).
    Convert {
        /// Transcript files.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Output file.
        #[arg(short, long)]
        output: PathBuf,
        /// Language (`sv`, `en`); detected when absent.
        #[arg(long)]
        lang: Option<String>,
        /// Series title (default: the first episode's title).
        #[arg(long)]
        title: Option<String>,
    },
    /// Show how a transcript is read: format, encoding, speakers, turns, diagnostics.
    Inspect {
        /// Transcript file.
        input: PathBuf,
        /// Print the model as JSON.
        #[arg(long)]
        json: bool,
        /// Force a format: labeled, markdown, vtt, srt, json, docx, columns.
        #[arg(long)]
        format: Option<String>,
        /// Language (`sv`, `en`); detected when absent.
        #[arg(long)]
        lang: Option<String>,
    },
    /// Rank pull quotes of transcripts.
    Quotes {
        /// Transcript files.
        #[arg(required = true)]
        inputs: Vec<PathBuf>,
        /// Config file for `[quotes]` and `[speakers]` (used when it exists).
        #[arg(short, long, default_value = "config/podprint.toml")]
        config: PathBuf,
        /// How many quotes per episode.
        #[arg(long, default_value_t = 10)]
        top: usize,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Show each feature's contribution to the score.
        #[arg(long)]
        explain: bool,
    },
    /// Validate the config and every transcript; write nothing.
    Check {
        /// Config file.
        #[arg(short, long, default_value = "config/podprint.toml")]
        config: PathBuf,
    },
    /// Write config/podprint.toml for a folder of transcripts.
    Init {
        /// Project folder (transcripts in DIR/transcripts or DIR).
        #[arg(default_value = ".")]
        dir: PathBuf,
        /// Replace an existing config.
        #[arg(long)]
        force: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.cmd {
        Cmd::Build {
            config,
            output,
            only,
            jobs,
            quiet,
            force,
        } => cmd_build(&config, output.as_deref(), &only, jobs, quiet, force),
        Cmd::Convert {
            inputs,
            output,
            lang,
            title,
        } => convert::run(&inputs, &output, lang, title),
        Cmd::Inspect {
            input,
            json,
            format,
            lang,
        } => cmd_inspect(&input, json, format, lang),
        Cmd::Quotes {
            inputs,
            config,
            top,
            json,
            explain,
        } => cmd_quotes(&inputs, &config, top, json, explain),
        Cmd::Check { config } => cmd_check(&config),
        Cmd::Init { dir, force } => cmd_init(&dir, force),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn parse_format(f: Option<String>) -> Result<Option<Format>> {
    f.map(|f| {
        Format::parse(&f).ok_or_else(|| {
            anyhow!("unknown format `{f}`; use labeled, markdown, vtt, srt, json, docx or columns")
        })
    })
    .transpose()
}

fn cmd_inspect(
    input: &Path,
    json: bool,
    format: Option<String>,
    lang: Option<String>,
) -> Result<ExitCode> {
    let entry = config::EpisodeEntry {
        source: input.to_path_buf(),
        ..Default::default()
    };
    let ep = EpisodePlan {
        source: input.to_path_buf(),
        entry,
        format: parse_format(format)?,
        speakers: Default::default(),
    };
    let series_lang = lang.map(Lang);
    // Alone, an OCR'd file is repaired with its own clean parts only (the
    // columns reader does that); a build also uses the other episodes.
    let loaded = load::load_one(&ep, series_lang.as_ref())?;
    if json {
        print!("{}", inspect::to_json(&loaded));
    } else {
        print!("{}", inspect::to_text(&loaded));
    }
    let errors = loaded
        .episode
        .diagnostics
        .iter()
        .any(|d| d.level == Level::Error);
    Ok(if errors {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// Load a config and plan it. Errors that make the config unusable are
/// printed and returned as one error; per-episode problems come back beside the plan.
fn load_plan(config_path: &Path, out: Option<&Path>) -> Result<(plan::Plan, Vec<plan::PlanError>)> {
    let cfg = config::load(config_path)?;
    match plan::plan(cfg, config_path, out) {
        Ok(p) => Ok(p),
        Err(errs) => {
            for e in &errs {
                eprintln!("error: {e}");
            }
            bail!(
                "{} problem(s) in {}; nothing was built",
                errs.len(),
                config_path.display()
            )
        }
    }
}

fn cmd_build(
    config_path: &Path,
    out: Option<&Path>,
    only: &[String],
    jobs: Option<usize>,
    quiet: bool,
    force: bool,
) -> Result<ExitCode> {
    let t0 = Instant::now();
    let (mut plan, plan_warnings) = load_plan(config_path, out)?;
    if !only.is_empty() {
        let mut kinds = Vec::new();
        for o in only {
            match Kind::parse(o) {
                Some(k) => kinds.push(k),
                None => {
                    eprintln!(
                        "error: --only: unknown output `{o}`; use pdf, epub, text, quotes, cards"
                    );
                    return Ok(ExitCode::from(2));
                }
            }
        }
        for k in &kinds {
            if !plan.kinds().contains(k) && *k != Kind::Quotes {
                eprintln!(
                    "warning: --only {}: [output.{}] is not in {}, so it is off",
                    k.name(),
                    k.name(),
                    config_path.display()
                );
            }
        }
        if kinds.contains(&Kind::Quotes) {
            plan.quotes_on = true;
        }
        plan.narrow(&kinds);
    }
    if let Some(n) = jobs {
        rayon::ThreadPoolBuilder::new()
            .num_threads(n.max(1))
            .build_global()
            .context("cannot set up worker threads")?;
    }
    for w in &plan_warnings {
        eprintln!("error: {w}");
    }
    let progress = progress::Progress::new(quiet);
    progress.note(&format!("reading {} transcript(s)…", plan.episodes.len()));
    let loaded = load::load_all(&plan);
    for e in &loaded.errors {
        eprintln!("error: {e}");
    }
    if plan.kinds().is_empty() {
        eprintln!("nothing to build: add [output.text], [output.epub], [output.pdf], [quotes] or [output.cards] to the config");
    }
    write::sweep_temp_files(&plan.out_dir);
    let mut cache = cache::Cache::load(&plan.out_dir);
    let summary = build::run(&plan, &loaded, &progress, &mut cache, force);
    if let Err(e) = cache.save(&plan.out_dir) {
        eprintln!("warning: could not save the build cache: {e:#}");
    }
    let had_errors = build::print_summary(&summary, t0.elapsed(), quiet);
    let failed = had_errors || !loaded.errors.is_empty() || !plan_warnings.is_empty();
    Ok(if failed {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn cmd_check(config_path: &Path) -> Result<ExitCode> {
    let (plan, plan_warnings) = load_plan(config_path, None)?;
    let mut errors = plan_warnings.len();
    for w in &plan_warnings {
        println!("error: {w}");
    }
    let loaded = load::load_all(&plan);
    for e in &loaded.errors {
        println!("error: {e}");
        errors += 1;
    }
    let mut warnings = 0;
    for l in &loaded.loaded {
        let ep = &l.episode;
        println!(
            "{}: {} turns, {} speakers ({}), format {}, {}",
            l.source.display(),
            ep.turns.len(),
            ep.speakers.len(),
            ep.speakers
                .iter()
                .map(|s| format!("{} {}", s.label, s.role.as_str()))
                .collect::<Vec<_>>()
                .join(", "),
            l.format.as_str(),
            l.encoding
        );
        for d in &ep.diagnostics {
            let at = d.line.map(|x| format!(":{x}")).unwrap_or_default();
            println!("  {}{}: {}: {}", l.source.display(), at, d.level, d.message);
            match d.level {
                Level::Error => errors += 1,
                Level::Warning => warnings += 1,
                Level::Info => {}
            }
        }
    }
    let on: Vec<&str> = plan.kinds().iter().map(|k| k.name()).collect();
    println!(
        "{}: {} episode(s) ok, outputs: {}; {} error(s), {} warning(s)",
        config_path.display(),
        loaded.loaded.len(),
        if on.is_empty() {
            "none".to_string()
        } else {
            on.join(", ")
        },
        errors,
        warnings
    );
    Ok(if errors > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn cmd_init(dir: &Path, force: bool) -> Result<ExitCode> {
    let (path, notes) = init::init(dir, force)?;
    for n in &notes {
        eprintln!("warning: {n}");
    }
    println!(
        "wrote {}; check it with `podprint check -c {}`",
        path.display(),
        path.display()
    );
    Ok(ExitCode::SUCCESS)
}

/// Read transcripts given on the command line into a series (no config needed).
pub(crate) fn series_from_inputs(
    inputs: &[PathBuf],
    lang: Option<String>,
    speakers: &std::collections::BTreeMap<String, podprint_transcript::SpeakerInfo>,
) -> Result<(Series, Vec<load::Loaded>)> {
    let mut loaded = Vec::new();
    for input in inputs {
        let entry = config::EpisodeEntry {
            source: input.clone(),
            ..Default::default()
        };
        let ep = EpisodePlan {
            source: input.clone(),
            entry,
            format: None,
            speakers: speakers.clone(),
        };
        let l = lang.clone().map(Lang);
        loaded.push(load::load_one(&ep, l.as_ref())?);
    }
    load::repair_series(&mut loaded, None);
    let language = loaded
        .first()
        .map(|l| l.episode.meta.language.clone())
        .unwrap_or_default();
    let series = Series {
        meta: podprint_transcript::SeriesMeta {
            title: loaded
                .first()
                .map(|l| l.episode.meta.title.clone())
                .unwrap_or_default(),
            publisher: None,
            language,
            description: None,
            modified: Some(load::modified_time(
                loaded.iter().map(|l| l.source.as_path()),
            )),
        },
        episodes: loaded.iter().map(|l| l.episode.clone()).collect(),
    };
    Ok((series, loaded))
}

fn cmd_quotes(
    inputs: &[PathBuf],
    config_path: &Path,
    top: usize,
    json: bool,
    explain: bool,
) -> Result<ExitCode> {
    let (opts, speakers) = if config_path.is_file() {
        let c = config::load(config_path)?;
        (c.quotes.unwrap_or_default(), c.speakers)
    } else {
        (Default::default(), Default::default())
    };
    let (series, _) = series_from_inputs(inputs, None, &speakers)?;
    let corpus = podprint_quotes::Corpus::new(&series);
    let mut all = Vec::new();
    for ep in &series.episodes {
        let qs = podprint_quotes::select_in(&corpus, ep, &opts, top);
        if !json {
            println!("# {} ({})", ep.meta.title, ep.meta.id);
            for (i, q) in qs.iter().enumerate() {
                let pick = if q.editor_pick { " [editor pick]" } else { "" };
                println!(
                    "{:>2}. {:.2}  {}{}  — {} (turn {})",
                    i + 1,
                    q.score,
                    q.text,
                    pick,
                    q.name,
                    q.turn + 1
                );
                if explain {
                    for line in podprint_quotes::explain(q).lines() {
                        println!("      {line}");
                    }
                }
            }
            println!();
        }
        all.extend(qs);
    }
    if json {
        print!("{}", podprint_quotes::to_json(&all));
    }
    Ok(ExitCode::SUCCESS)
}
