//! The quote-card jobs of a build: fonts and logo read once, cards for one
//! episode, the `cards.json` index and gallery, and `convert`'s single card.

use std::path::PathBuf;

use anyhow::{anyhow, Result};
use podprint_cards::{CardContext, CardError, CardOptions};
use podprint_quotes::{Corpus, Quote};
use podprint_transcript::{Episode, Series, SeriesMeta};

use crate::cache::Fnv;
use crate::plan::Plan;

/// What the card jobs share: fonts, logo, sizes.
pub struct CardsCtx {
    /// Fonts (regular, bold; bold again for italic: cards never use it).
    pub fonts: podprint_typeset::FontSet,
    /// Hash of the font and logo bytes, for the build cache.
    pub font_hash: String,
    /// The logo, when configured.
    pub logo: Option<podprint_cards::Logo>,
    /// Card sizes.
    pub sizes: Vec<(u32, u32)>,
}

/// Read the card fonts and logo named in the config.
pub fn load(plan: &Plan) -> Result<Option<CardsCtx>> {
    let Some(c) = &plan.cards else {
        return Ok(None);
    };
    let read = |p: &PathBuf| {
        std::fs::read(plan.root.join(p)).map_err(|e| anyhow!("{}: cannot read: {e}", p.display()))
    };
    let (fonts, font_hash) = match &c.font {
        None => (podprint_typeset::FontSet::bundled(), "bundled".to_string()),
        Some(f) => {
            let (r, b) = (read(&f.regular)?, read(&f.bold)?);
            let hash = Fnv::default().bytes(&r).bytes(&b).hex();
            let set = podprint_typeset::FontSet::from_bytes(r.clone(), b, r)
                .map_err(|e| anyhow!("[output.cards] font: {e}"))?;
            (set, hash)
        }
    };
    let logo = match &c.logo {
        None => None,
        Some(p) => {
            let kind = podprint_cards::LogoKind::from_path(p).ok_or_else(|| {
                anyhow!(
                    "[output.cards] logo `{}`: use an .svg or .png file",
                    p.display()
                )
            })?;
            let bytes = read(p)?;
            Some(
                podprint_cards::Logo::new(bytes, kind)
                    .map_err(|e| anyhow!("[output.cards] logo: {e}"))?,
            )
        }
    };
    let sizes = podprint_cards::parse_sizes(c).map_err(|e| anyhow!("[output.cards] {e}"))?;
    let font_hash = format!(
        "{font_hash}:{}",
        logo.as_ref().map_or(String::new(), |l| Fnv::default()
            .json(&format!("{l:?}"))
            .hex())
    );
    Ok(Some(CardsCtx {
        fonts,
        font_hash,
        logo,
        sizes,
    }))
}

fn context<'a>(cc: &'a CardsCtx, meta: &'a SeriesMeta, episode: &'a Episode) -> CardContext<'a> {
    CardContext {
        series: meta,
        episode,
        logo: cc.logo.as_ref(),
        fonts: &cc.fonts,
    }
}

/// Every card of one episode, as (path under the output dir, bytes). A quote
/// too long for a size is skipped with a warning; other errors fail the job.
pub fn episode_cards(
    cc: &CardsCtx,
    opts: &CardOptions,
    meta: &SeriesMeta,
    episode: &Episode,
    quotes: &[Quote],
    warnings: &mut Vec<String>,
) -> Result<Vec<(String, Vec<u8>)>> {
    let cctx = context(cc, meta, episode);
    let dir = format!("cards/{}", episode.meta.id);
    let mut out = Vec::new();
    for q in quotes {
        for &size in &cc.sizes {
            match podprint_cards::render(q, size, &cctx, opts) {
                Ok(card) => {
                    if opts.png {
                        out.push((format!("{dir}/{}.png", card.file_stem), card.png));
                    }
                    if opts.svg {
                        out.push((
                            format!("{dir}/{}.svg", card.file_stem),
                            card.svg.into_bytes(),
                        ));
                    }
                }
                Err(e @ CardError::DoesNotFit { .. }) => {
                    let src = episode.meta.source.as_deref().unwrap_or(&episode.meta.id);
                    warnings.push(format!("{src}: card skipped: {e}"));
                }
                Err(e) => return Err(anyhow!("card for quote {}: {e}", q.id)),
            }
        }
    }
    Ok(out)
}

/// `cards/cards.json` and `cards/index.html` for every card of the series.
/// Lists exactly the cards [`episode_cards`] makes: a card that does not fit
/// is left out here too.
pub fn index(
    cc: &CardsCtx,
    opts: &CardOptions,
    series: &Series,
    metas: &[SeriesMeta],
    quotes: &[Vec<Quote>],
) -> Vec<(String, Vec<u8>)> {
    let mut entries = Vec::new();
    for (i, qs) in quotes.iter().enumerate() {
        let cctx = context(cc, &metas[i], &series.episodes[i]);
        for q in qs {
            for &size in &cc.sizes {
                if podprint_cards::layout(q, size, &cctx, opts).is_err() {
                    continue;
                }
                let card = podprint_cards::Card {
                    file_stem: format!("{}-{}x{}", q.id, size.0, size.1),
                    width: size.0,
                    height: size.1,
                    svg: String::new(),
                    png: Vec::new(),
                    alt: podprint_cards::alt_text(q, &cctx),
                };
                entries.push(podprint_cards::CardEntry::new(&card, q, &cctx, opts));
            }
        }
    }
    vec![
        (
            "cards/cards.json".into(),
            podprint_cards::cards_json(&entries).into_bytes(),
        ),
        (
            "cards/index.html".into(),
            podprint_cards::gallery_html(&entries, &series.meta).into_bytes(),
        ),
    ]
}

/// The top quote of the first episode as a 1080×1080 card (`convert … -o x.png|svg`).
pub fn convert_card(series: &Series, ext: &str) -> Result<Vec<u8>> {
    let ep = series
        .episodes
        .first()
        .ok_or_else(|| anyhow!("no episode"))?;
    let corpus = Corpus::new(series);
    let qopts = podprint_quotes::QuoteOptions::default();
    let q = podprint_quotes::select_in(&corpus, ep, &qopts, 1)
        .into_iter()
        .next()
        .ok_or_else(|| anyhow!("no quote found in {} to put on a card", ep.meta.title))?;
    let opts = podprint_cards::CardOptions {
        png: ext == "png",
        ..Default::default()
    };
    let fonts = podprint_typeset::FontSet::bundled();
    let cctx = podprint_cards::CardContext {
        series: &series.meta,
        episode: ep,
        logo: None,
        fonts: &fonts,
    };
    let card =
        podprint_cards::render(&q, (1080, 1080), &cctx, &opts).map_err(|e| anyhow!("{e}"))?;
    Ok(if ext == "png" {
        card.png
    } else {
        card.svg.into_bytes()
    })
}
