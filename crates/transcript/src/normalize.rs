//! Normalization after reading: speakers from the config, inferred roles, and
//! the cold-open teasers.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::model::{Diagnostic, Episode, Role};

/// What the config says about one speaker label.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case", deny_unknown_fields)]
pub struct SpeakerInfo {
    /// Display name.
    #[serde(default)]
    pub name: Option<String>,
    /// Role.
    #[serde(default)]
    pub role: Option<Role>,
    /// Affiliation or title.
    #[serde(default)]
    pub affiliation: Option<String>,
}

/// Options for [`normalize`].
#[derive(Clone, Debug, Default)]
pub struct NormalizeOptions {
    /// Known speakers by label (series-wide merged with episode-specific).
    pub speakers: BTreeMap<String, SpeakerInfo>,
}

/// Labels that always mean an announcer or jingle voice.
const ANNOUNCER_LABELS: &[&str] = &[
    "presentatör", "vinjett", "jingel", "jingle", "intro", "outro", "berättare", "speaker", "announcer", "narrator",
    "voiceover", "voice-over", "speakerröst", "röst",
];

/// Phrases of a jingle line ("En podcast från …").
const JINGLE_PHRASES: &[&str] = &[
    "en podcast från", "en podd från", "en podcast av", "en podd av", "du lyssnar på", "ni lyssnar på",
    "a podcast from", "a podcast by", "you're listening to", "you are listening to", "welcome to the podcast",
];

/// Apply config speakers, infer roles the config does not give, mark cold-open teasers.
pub fn normalize(ep: &mut Episode, opts: &NormalizeOptions) {
    let mut configured: HashSet<String> = HashSet::new();
    for s in &mut ep.speakers {
        if let Some(info) = opts.speakers.get(&s.label) {
            if let Some(n) = &info.name {
                s.name = n.clone();
            }
            if let Some(r) = info.role {
                s.role = r;
                configured.insert(s.label.clone());
            }
            if info.affiliation.is_some() {
                s.affiliation = info.affiliation.clone();
            }
        }
    }
    infer_roles(ep, &configured);
    mark_teasers(ep);
}

fn infer_roles(ep: &mut Episode, configured: &HashSet<String>) {
    if ep.speakers.iter().all(|s| configured.contains(&s.label)) {
        return;
    }
    let mut notes: Vec<String> = Vec::new();
    let turns_of = |label: &str| ep.turns.iter().filter(|t| t.speaker == label).count();

    // Announcer: a jingle voice by label, or a first turn that reads like a jingle.
    let mut announcers: Vec<String> = Vec::new();
    for s in &ep.speakers {
        if configured.contains(&s.label) {
            continue;
        }
        let lower = s.label.to_lowercase();
        if ANNOUNCER_LABELS.iter().any(|a| lower == *a) {
            announcers.push(s.label.clone());
            notes.push(format!("{} announcer (label)", s.label));
        }
    }
    if let Some(first) = ep.turns.first() {
        let text = first.text().to_lowercase();
        let label = first.speaker.clone();
        if !configured.contains(&label)
            && !announcers.contains(&label)
            && JINGLE_PHRASES.iter().any(|p| text.contains(p))
            && turns_of(&label) <= 2
        {
            notes.push(format!("{label} announcer (jingle line)"));
            announcers.push(label);
        }
    }

    // Host: welcomes people and asks most questions.
    let has_host = ep.speakers.iter().any(|s| s.role == Role::Host && configured.contains(&s.label));
    let mut host: Option<(String, usize, usize, bool)> = None;
    if !has_host {
        for s in &ep.speakers {
            if configured.contains(&s.label) || announcers.contains(&s.label) {
                continue;
            }
            let mut questions = 0;
            let mut welcomes = false;
            for (i, t) in ep.turns.iter().enumerate().filter(|(_, t)| t.speaker == s.label) {
                let text = t.text();
                if text.contains('?') {
                    questions += 1;
                }
                let lower = text.to_lowercase();
                if i < 12 && (lower.contains("välkommen") || lower.contains("welcome")) {
                    welcomes = true;
                }
            }
            let score = questions + if welcomes { 5 } else { 0 };
            if host.as_ref().is_none_or(|h| score > h.1) {
                host = Some((s.label.clone(), score, questions, welcomes));
            }
        }
    }
    let speaking: Vec<&str> = ep
        .speakers
        .iter()
        .map(|s| s.label.as_str())
        .filter(|l| !announcers.iter().any(|a| a == l))
        .collect();
    let host = host.filter(|h| h.1 > 0 && speaking.len() >= 2);
    if let Some((label, _, q, welcomes)) = &host {
        let mut why = format!("asks {q} question(s)");
        if *welcomes {
            why.push_str(", welcomes the guest(s)");
        }
        notes.push(format!("{label} host ({why})"));
    }
    for s in &mut ep.speakers {
        if configured.contains(&s.label) {
            continue;
        }
        if announcers.contains(&s.label) {
            s.role = Role::Announcer;
        } else if host.as_ref().is_some_and(|h| h.0 == s.label) {
            s.role = Role::Host;
        } else if host.is_some() || has_host {
            s.role = Role::Guest;
            notes.push(format!("{} guest", s.label));
        }
    }
    if !notes.is_empty() {
        ep.diagnostics.push(Diagnostic::info(
            None,
            format!(
                "roles inferred: {}; set them under [speakers] in the config to override",
                notes.join(", ")
            ),
        ));
    }
}

/// A word skeleton that survives OCR noise and small spelling changes:
/// letters folded (å/ä/é/&/4 → a, ö/6/0 → o, 1 → l), punctuation and `…` dropped.
fn skeleton_words(text: &str) -> Vec<String> {
    text.split_whitespace()
        .filter_map(|w| {
            let s: String = w
                .chars()
                .filter_map(|c| {
                    let c = c.to_lowercase().next().unwrap_or(c);
                    Some(match c {
                        'å' | 'ä' | 'à' | 'á' | 'â' | 'é' | 'è' | 'ê' | '&' | '@' | '4' | 'e' => 'a',
                        'ö' | 'ø' | 'ó' | 'ò' | '6' | '0' => 'o',
                        '1' | 'i' | 'í' | '|' => 'l',
                        c if c.is_alphanumeric() => c,
                        _ => return None,
                    })
                })
                .collect();
            (!s.is_empty()).then_some(s)
        })
        .collect()
}

fn trigrams(words: &[String]) -> Vec<u64> {
    words
        .windows(3)
        .map(|w| {
            let mut h: u64 = 0xcbf29ce484222325;
            for s in w {
                for b in s.bytes().chain(std::iter::once(0)) {
                    h ^= u64::from(b);
                    h = h.wrapping_mul(0x100000001b3);
                }
            }
            h
        })
        .collect()
}

/// How many leading turns are looked at for a cold open.
const TEASER_WINDOW: usize = 8;

/// Mark the cold-open teasers: leading turns whose words occur again later.
fn mark_teasers(ep: &mut Episode) {
    if ep.turns.len() < 4 {
        return;
    }
    let window = TEASER_WINDOW.min(ep.turns.len() / 2);
    let lead: Vec<Vec<u64>> = ep.turns[..window].iter().map(|t| trigrams(&skeleton_words(&t.text()))).collect();
    let body_sets: Vec<HashSet<u64>> = ep.turns.iter().map(|t| trigrams(&skeleton_words(&t.text())).into_iter().collect()).collect();
    let mut marked = Vec::new();
    let mut misses = 0;
    for i in 0..window {
        let grams = &lead[i];
        let speaker = ep.turns[i].speaker.clone();
        let is_repeat = grams.len() >= 4
            && (i + 2..ep.turns.len()).any(|j| {
                ep.turns[j].speaker == speaker && {
                    let hit = grams.iter().filter(|g| body_sets[j].contains(g)).count();
                    hit * 10 >= grams.len() * 6
                }
            });
        if is_repeat {
            marked.push(i);
            misses = 0;
        } else {
            misses += 1;
            // The announcer may open the show; a second miss ends the cold open.
            if misses >= 2 || !marked.is_empty() {
                break;
            }
        }
    }
    for &i in &marked {
        ep.turns[i].teaser = true;
    }
    if let Some(&first) = marked.first() {
        ep.diagnostics.push(Diagnostic::info(
            Some(ep.turns[first].line),
            format!("cold open: {} teaser turn(s) repeated later in the episode", marked.len()),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::read::{finish, Draft, DraftTurn};
    use std::path::Path;

    fn ep(turns: &[(&str, &str)]) -> Episode {
        let draft = Draft {
            turns: turns
                .iter()
                .enumerate()
                .map(|(i, (s, t))| DraftTurn { speaker: s.to_string(), paragraphs: vec![t.to_string()], line: i + 1, ..Default::default() })
                .collect(),
            ..Default::default()
        };
        finish(draft, Path::new("x.txt"), crate::Lang::sv())
    }

    fn sample() -> Episode {
        ep(&[
            ("VINJETT", "En podd från Exempelkommunen."),
            ("OLLE", "…det handlar om att vi måste lyssna på dom som bor här innan vi bygger något nytt…"),
            ("ANNA", "Välkommen Olle! Vem är du?"),
            ("OLLE", "Tack. Jag är planerare i kommunen sedan många år."),
            ("ANNA", "Vad är det viktigaste?"),
            ("OLLE", "Jag tror att det handlar om att vi måste lyssna på dem som bor här innan vi bygger nagot nytt, helt enkelt."),
            ("ANNA", "Tack för att du kom."),
        ])
    }

    #[test]
    fn roles_and_teasers_inferred() {
        let mut e = sample();
        normalize(&mut e, &NormalizeOptions::default());
        assert_eq!(e.role_of("VINJETT"), Role::Announcer);
        assert_eq!(e.role_of("ANNA"), Role::Host);
        assert_eq!(e.role_of("OLLE"), Role::Guest);
        let teasers: Vec<usize> = e.turns.iter().enumerate().filter(|(_, t)| t.teaser).map(|(i, _)| i).collect();
        assert_eq!(teasers, vec![1]);
        assert!(e.diagnostics.iter().any(|d| d.message.contains("roles inferred")));
    }

    #[test]
    fn config_wins() {
        let mut e = sample();
        let mut opts = NormalizeOptions::default();
        opts.speakers.insert(
            "ANNA".into(),
            SpeakerInfo { name: Some("Anna Ek".into()), role: Some(Role::Guest), affiliation: Some("Region X".into()) },
        );
        normalize(&mut e, &opts);
        let anna = e.speaker("ANNA").unwrap();
        assert_eq!((anna.name.as_str(), anna.role, anna.affiliation.as_deref()), ("Anna Ek", Role::Guest, Some("Region X")));
    }

    #[test]
    fn no_teaser_without_repeat() {
        let mut e = ep(&[("ANNA", "Hej och välkommen till podden idag."), ("OLLE", "Tack så mycket för att jag fick komma."), ("ANNA", "Vad gör du?"), ("OLLE", "Jag bygger hus av trä i skogen.")]);
        normalize(&mut e, &NormalizeOptions::default());
        assert!(e.turns.iter().all(|t| !t.teaser));
    }
}
