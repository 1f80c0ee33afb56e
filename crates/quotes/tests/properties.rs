//! Properties over every output for every fixture: quotes are verbatim after
//! their recorded edits, within bounds, never from the announcer or (by
//! default) the host, never questions; ids are stable; pin and reject work.

mod common;

use podprint_quotes::{
    candidates, explain, reconstruct, select, to_json, to_markdown, Quote, QuoteOptions,
};
use podprint_transcript::{Episode, Paragraph, Role, SeriesMeta};

fn all_outputs() -> Vec<(Episode, Vec<Quote>)> {
    let series = common::series();
    let mut out = Vec::new();
    for (_, f) in common::all() {
        let mut no_teasers = f.episode.clone();
        no_teasers.turns.retain(|t| !t.teaser);
        for ep in [f.episode.clone(), no_teasers] {
            for opts in [
                QuoteOptions::default(),
                QuoteOptions {
                    min_chars: 40,
                    max_chars: 120,
                    ..QuoteOptions::default()
                },
                QuoteOptions {
                    roles: vec![Role::Host, Role::Guest],
                    ..QuoteOptions::default()
                },
            ] {
                out.push((ep.clone(), candidates(&series, &ep, &opts)));
                out.push((ep.clone(), select(&series, &ep, &opts, 10)));
            }
        }
    }
    out
}

#[test]
fn every_quote_is_its_turn_after_the_recorded_edits() {
    let mut n = 0;
    for (ep, quotes) in all_outputs() {
        for q in quotes {
            let turn_text = ep.turns[q.turn].text();
            assert_eq!(
                reconstruct(&turn_text, q.span, &q.edits),
                q.text,
                "{}",
                q.id
            );
            // Every removed word is really gone from the source passage's kept text.
            let src = &turn_text[q.span.0..q.span.1];
            for r in &q.removed {
                assert!(
                    src.to_lowercase().contains(r.as_str()),
                    "{r:?} not in {src:?}"
                );
            }
            n += 1;
        }
    }
    assert!(n > 100, "only {n} quotes checked");
}

#[test]
fn bounds_roles_and_shape_hold_by_default() {
    let series = common::series();
    for (_, f) in common::all() {
        let ep = &f.episode;
        let opts = QuoteOptions::default();
        for q in candidates(&series, ep, &opts)
            .iter()
            .chain(&select(&series, ep, &opts, 10))
        {
            let len = q.text.chars().count();
            assert!((60..=220).contains(&len), "{len}: {}", q.text);
            let role = ep.role_of(&q.speaker);
            assert_ne!(role, Role::Announcer, "{}", q.text);
            assert_ne!(role, Role::Host, "{}", q.text);
            assert!(!q.text.trim_end().ends_with('?'), "{}", q.text);
            assert!(
                !q.text.ends_with('…') && !q.text.ends_with(".."),
                "{}",
                q.text
            );
            assert!(
                q.text.chars().next().is_some_and(|c| !c.is_lowercase()),
                "{}",
                q.text
            );
            let first = q
                .text
                .split_whitespace()
                .next()
                .unwrap()
                .trim_end_matches(',')
                .to_lowercase();
            for bad in [
                "och", "men", "så", "ja", "nej", "and", "but", "so", "yeah", "han", "hon",
            ] {
                assert_ne!(first, bad, "{}", q.text);
            }
            assert_eq!(q.id.len(), 16);
        }
        let shorter = QuoteOptions {
            min_chars: 40,
            max_chars: 100,
            ..QuoteOptions::default()
        };
        for q in candidates(&series, ep, &shorter) {
            assert!((40..=100).contains(&q.text.chars().count()), "{}", q.text);
        }
    }
}

#[test]
fn without_guests_other_speakers_are_quoted_but_never_the_announcer() {
    let series = common::series();
    let (_, f) = common::all()
        .into_iter()
        .find(|(n, _)| *n == "en_services")
        .unwrap();
    let mut ep = f.episode.clone();
    for s in &mut ep.speakers {
        if s.role != Role::Announcer {
            s.role = Role::Other;
        }
    }
    let qs = select(&series, &ep, &QuoteOptions::default(), 10);
    assert!(!qs.is_empty());
    assert!(qs.iter().all(|q| q.speaker != "ANNOUNCER"));
    // Announcer by label only, roles not inferred at all.
    for s in &mut ep.speakers {
        s.role = Role::Other;
    }
    ep.turns[0].paragraphs = vec![Paragraph::parse(
        "Welcome to the show, where we always say that the key is to listen to people who are hard to reach.",
    )];
    let qs = candidates(&series, &ep, &QuoteOptions::default());
    assert!(qs.iter().all(|q| q.speaker != "ANNOUNCER"));
}

#[test]
fn ids_survive_edits_elsewhere_in_the_episode() {
    let series = common::series();
    for (_, f) in common::all() {
        let opts = QuoteOptions::default();
        let before = select(&series, &f.episode, &opts, 5);
        let mut edited = f.episode.clone();
        // Insert a new host turn at the top and reword another host turn.
        let host = edited
            .speakers
            .iter()
            .find(|s| s.role == Role::Host)
            .unwrap()
            .label
            .clone();
        let mut extra = edited.turns[edited.turns.len() - 2].clone();
        extra.speaker = host.clone();
        extra.paragraphs = vec![Paragraph::parse("En helt ny fråga här, eller hur?")];
        edited.turns.insert(1, extra);
        if let Some(t) = edited.turns.iter_mut().rev().find(|t| t.speaker == host) {
            t.paragraphs = vec![Paragraph::parse("Stort tack, det här var väldigt givande.")];
        }
        let after = select(&series, &edited, &opts, 5);
        for q in &before {
            let same = after
                .iter()
                .find(|a| a.id == q.id)
                .unwrap_or_else(|| panic!("lost {}", q.text));
            assert_eq!(same.text, q.text);
            assert_eq!(same.turn, q.turn + usize::from(q.turn >= 1));
        }
    }
}

#[test]
fn pin_and_reject_by_id() {
    let series = common::series();
    let (_, f) = common::all()
        .into_iter()
        .find(|(n, _)| *n == "sv_klimat")
        .unwrap();
    let ep = &f.episode;
    let base = select(&series, ep, &QuoteOptions::default(), 5);
    let all = candidates(&series, ep, &QuoteOptions::default());
    let low = all.last().unwrap().clone();
    assert!(!base.iter().any(|q| q.id == low.id));
    let opts = QuoteOptions {
        pin: vec![low.id.clone()],
        reject: vec![base[0].id.clone()],
        ..QuoteOptions::default()
    };
    let got = select(&series, ep, &opts, 5);
    assert_eq!(got.len(), 5);
    assert_eq!(got[0].id, low.id);
    assert!(got[0].editor_pick);
    assert!(!got.iter().any(|q| q.id == base[0].id));
    // A host quote can be pinned although hosts are not quoted by default.
    let hosts = QuoteOptions {
        roles: vec![Role::Host],
        ..QuoteOptions::default()
    };
    let host_q = candidates(&series, ep, &hosts)
        .into_iter()
        .next()
        .expect("a host candidate");
    let opts = QuoteOptions {
        pin: vec![host_q.id.clone()],
        ..QuoteOptions::default()
    };
    assert_eq!(select(&series, ep, &opts, 3)[0].id, host_q.id);
    assert!(QuoteOptions {
        pin: vec!["x".into()],
        reject: vec!["x".into()],
        ..QuoteOptions::default()
    }
    .validate()
    .is_err());
}

#[test]
fn boost_and_avoid_move_quotes() {
    let series = common::series();
    let (_, f) = common::all()
        .into_iter()
        .find(|(n, _)| *n == "en_services")
        .unwrap();
    let ep = &f.episode;
    let plain = candidates(&series, ep, &QuoteOptions::default());
    let target = plain
        .iter()
        .position(|q| q.text.contains("manual"))
        .unwrap();
    let boosted = candidates(
        &series,
        ep,
        &QuoteOptions {
            boost: vec!["Manual".into()],
            ..QuoteOptions::default()
        },
    );
    assert!(
        boosted
            .iter()
            .position(|q| q.text.contains("manual"))
            .unwrap()
            < target.max(1)
    );
    let avoided = candidates(
        &series,
        ep,
        &QuoteOptions {
            avoid: vec!["manual".into()],
            ..QuoteOptions::default()
        },
    );
    assert!(
        avoided
            .iter()
            .position(|q| q.text.contains("manual"))
            .unwrap()
            > target
    );
}

#[test]
fn no_two_selected_quotes_share_source_text() {
    let series = common::series();
    for (_, f) in common::all() {
        let qs = select(&series, &f.episode, &QuoteOptions::default(), 10);
        for (i, a) in qs.iter().enumerate() {
            for b in &qs[i + 1..] {
                assert!(
                    !(a.turn == b.turn && a.span.0 < b.span.1 && b.span.0 < a.span.1),
                    "{} / {}",
                    a.text,
                    b.text
                );
                assert!(!common::covers(&a.text, &b.text), "{} / {}", a.text, b.text);
            }
        }
    }
}

#[test]
fn json_markdown_and_explain_render_the_selection() {
    let series = common::series();
    let (_, f) = common::all()
        .into_iter()
        .find(|(n, _)| *n == "sv_bibliotek")
        .unwrap();
    let qs = select(&series, &f.episode, &QuoteOptions::default(), 5);
    let v: serde_json::Value = serde_json::from_str(&to_json(&qs)).unwrap();
    let arr = v["quotes"].as_array().unwrap();
    assert_eq!(arr.len(), qs.len());
    for (j, q) in arr.iter().zip(&qs) {
        for key in [
            "id", "episode", "speaker", "name", "text", "turn", "start", "score", "features",
        ] {
            assert!(j.get(key).is_some(), "missing {key}");
        }
        assert_eq!(j["text"], q.text.as_str());
        assert_eq!(j["episode"], "sv-bibliotek");
    }
    let meta = SeriesMeta {
        title: "Kulturpodden".into(),
        ..SeriesMeta::default()
    };
    let md = to_markdown(&meta, &f.episode, &qs);
    assert!(md.starts_with("# Citat: Avsnitt 12"));
    assert!(md.contains(&format!("## 1. ”{}”", qs[0].text)));
    assert!(md.contains("Redaktionens val"));
    assert!(md.contains(&format!("id `{}`", qs[2].id)));
    assert!(md.contains("Jonas Berggren"));
    let ex = explain(&qs[2]);
    assert!(ex.starts_with(&qs[2].id));
    let sum: f64 = qs[2].features.iter().map(|f| f.contribution).sum();
    assert!((sum - qs[2].score).abs() < 0.01);
    for f in &qs[2].features {
        assert!(ex.contains(f.name));
    }
}
