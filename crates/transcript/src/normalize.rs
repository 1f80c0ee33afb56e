//! Normalization after reading: speakers from the config, inferred roles, and
//! the cold-open teasers.

use std::collections::{BTreeMap, HashSet};

use serde::{Deserialize, Serialize};

use crate::model::{Diagnostic, Episode, Role, Turn};

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
    "presentatör",
    "vinjett",
    "jingel",
    "jingle",
    "intro",
    "outro",
    "berättare",
    "speaker",
    "announcer",
    "narrator",
    "voiceover",
    "voice-over",
    "speakerröst",
    "röst",
];

/// Phrases of a jingle line ("En podcast från …").
const JINGLE_PHRASES: &[&str] = &[
    "en podcast från",
    "en podd från",
    "en podcast av",
    "en podd av",
    "du lyssnar på",
    "ni lyssnar på",
    "a podcast from",
    "a podcast by",
    "you're listening to",
    "you are listening to",
    "welcome to the podcast",
];

/// The most a speaker found by a jingle line says in the whole episode.
const JINGLE_MAX_WORDS: usize = 120;

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
        // A jingle voice says little: not the one voice of a transcript
        // without speaker labels that happens to open with the jingle.
        let said: usize = ep
            .turns
            .iter()
            .filter(|t| t.speaker == label)
            .map(Turn::word_count)
            .sum();
        if !configured.contains(&label)
            && !announcers.contains(&label)
            && JINGLE_PHRASES.iter().any(|p| text.contains(p))
            && turns_of(&label) <= 2
            && said <= JINGLE_MAX_WORDS
        {
            notes.push(format!("{label} announcer (jingle line)"));
            announcers.push(label);
        }
    }

    // Host: welcomes people and asks most questions. One pass over the turns.
    let has_host = ep
        .speakers
        .iter()
        .any(|s| s.role == Role::Host && configured.contains(&s.label));
    let mut stats: Vec<(usize, bool)> = vec![(0, false); ep.speakers.len()];
    for (i, t) in ep.turns.iter().enumerate() {
        let Some(k) = ep.speakers.iter().position(|s| s.label == t.speaker) else {
            continue;
        };
        let mut question = false;
        let mut welcome = false;
        for p in &t.paragraphs {
            for inline in &p.0 {
                if let crate::model::Inline::Text(x) = inline {
                    question |= x.contains('?');
                    if i < 12 {
                        let lower = x.to_lowercase();
                        welcome |= lower.contains("välkommen") || lower.contains("welcome");
                    }
                }
            }
        }
        stats[k].0 += usize::from(question);
        stats[k].1 |= welcome;
    }
    let mut host: Option<(String, usize, usize, bool)> = None;
    if !has_host {
        for (s, &(questions, welcomes)) in ep.speakers.iter().zip(&stats) {
            if configured.contains(&s.label) || announcers.contains(&s.label) {
                continue;
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

/// Fold a character so OCR noise and small spelling changes don't matter:
/// å/ä/é/&/4/e → a, ö/6/0 → o, 1/i → l; punctuation and `…` dropped.
fn fold(c: char) -> Option<char> {
    let c = if c.is_ascii() {
        c.to_ascii_lowercase()
    } else {
        c.to_lowercase().next().unwrap_or(c)
    };
    Some(match c {
        'å' | 'ä' | 'à' | 'á' | 'â' | 'é' | 'è' | 'ê' | '&' | '@' | '4' | 'e' => 'a',
        'ö' | 'ø' | 'ó' | 'ò' | '6' | '0' => 'o',
        '1' | 'i' | 'í' | '|' => 'l',
        c if c.is_alphanumeric() => c,
        _ => return None,
    })
}

/// [`fold`] for ASCII bytes as a table (0: dropped).
const ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = (b as u8).to_ascii_lowercase();
        t[b] = match c {
            b'e' | b'&' | b'@' | b'4' => b'a',
            b'6' | b'0' => b'o',
            b'1' | b'i' | b'|' => b'l',
            c if c.is_ascii_alphanumeric() => c,
            _ => 0,
        };
        b += 1;
    }
    t
};

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0100_0000_01b3;

/// Hashes of the word trigrams of `text`, words folded by [`fold`]. One pass
/// over the bytes, no allocation per word.
fn trigrams(text: &str, out: &mut Vec<u64>) {
    out.clear();
    let bytes = text.as_bytes();
    let mut words: [u64; 3] = [0; 3];
    let mut n = 0usize;
    let mut h = FNV_OFFSET;
    let mut any = false;
    let mut end_word = |h: &mut u64, any: &mut bool, out: &mut Vec<u64>| {
        if *any {
            words = [words[1], words[2], *h];
            n += 1;
            if n >= 3 {
                out.push(words[0].rotate_left(42) ^ words[1].rotate_left(21) ^ words[2]);
            }
        }
        *h = FNV_OFFSET;
        *any = false;
    };
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            i += 1;
            if b.is_ascii_whitespace() {
                end_word(&mut h, &mut any, out);
            } else {
                let f = ASCII_FOLD[usize::from(b)];
                if f != 0 {
                    h = (h ^ u64::from(f)).wrapping_mul(FNV_PRIME);
                    any = true;
                }
            }
        } else {
            let c = text[i..].chars().next().unwrap_or(' ');
            i += c.len_utf8();
            if c.is_whitespace() {
                end_word(&mut h, &mut any, out);
            } else if let Some(f) = fold(c) {
                h = (h ^ u64::from(u32::from(f))).wrapping_mul(FNV_PRIME);
                any = true;
            }
        }
    }
    end_word(&mut h, &mut any, out);
}

type GramSet = HashSet<u64, crate::swar::PreHashed>;

/// How many leading turns are looked at for a cold open.
const TEASER_WINDOW: usize = 8;

/// Trigrams of a teaser a later turn must repeat to count as one of its
/// passages.
const TEASER_PASSAGE: usize = 8;

/// Mark the cold-open teasers: leading turns whose words the same speaker says
/// again later (at least 60 % of their word trigrams, in one turn or passage by
/// passage over several). Linear in the length of the episode.
fn mark_teasers(ep: &mut Episode) {
    if ep.turns.len() < 4 {
        return;
    }
    // The cold open ends where the conversation starts: at the first question
    // that is not itself a teaser (the host's welcome or first question), at
    // most TEASER_WINDOW turns in.
    let is_question = |t: &crate::model::Turn| t.paragraphs.iter().any(|p| p.text().contains('?'));
    let window = TEASER_WINDOW.min(ep.turns.len() / 2);
    if window == 0 {
        return;
    }
    let mut lead: Vec<GramSet> = Vec::with_capacity(window);
    let mut buf = Vec::new();
    for t in &ep.turns[..window] {
        trigrams(&t.text(), &mut buf);
        lead.push(buf.iter().copied().collect());
    }
    // For each lead turn: is most of it (60 % of its trigrams) said again
    // later by the same speaker? In one turn, or in several when subtitles
    // ran two teaser passages together into one turn: each later turn then
    // counts with a passage (TEASER_PASSAGE trigrams or more), not with a
    // stray phrase.
    let mut found: Vec<GramSet> = vec![GramSet::default(); window];
    let mut repeated = vec![false; window];
    for (j, t) in ep.turns.iter().enumerate().skip(2) {
        if repeated.iter().zip(&lead).all(|(r, l)| *r || l.len() < 4) {
            break;
        }
        let candidates: Vec<usize> = (0..window)
            .filter(|&i| {
                j >= i + 2 && !repeated[i] && lead[i].len() >= 4 && ep.turns[i].speaker == t.speaker
            })
            .collect();
        if candidates.is_empty() {
            continue;
        }
        trigrams(&t.text(), &mut buf);
        buf.sort_unstable();
        buf.dedup();
        for &i in &candidates {
            let hits: Vec<u64> = buf
                .iter()
                .copied()
                .filter(|g| lead[i].contains(g))
                .collect();
            if hits.len() * 10 >= lead[i].len() * 6 || hits.len() >= TEASER_PASSAGE {
                found[i].extend(hits);
            }
            if found[i].len() * 10 >= lead[i].len() * 6 {
                repeated[i] = true;
            }
        }
    }
    let mut marked = Vec::new();
    let mut misses = 0;
    for (i, &is_repeat) in repeated.iter().enumerate() {
        if is_repeat {
            marked.push(i);
            misses = 0;
        } else {
            misses += 1;
            // The announcer may open the show; a second miss ends the cold open,
            // and so does a question that is not repeated.
            if misses >= 2 || !marked.is_empty() || is_question(&ep.turns[i]) {
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
            format!(
                "cold open: {} teaser turn(s) repeated later in the episode",
                marked.len()
            ),
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
                .map(|(i, (s, t))| DraftTurn {
                    speaker: s.to_string(),
                    paragraphs: vec![t.to_string()],
                    line: i + 1,
                    ..Default::default()
                })
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
        let teasers: Vec<usize> = e
            .turns
            .iter()
            .enumerate()
            .filter(|(_, t)| t.teaser)
            .map(|(i, _)| i)
            .collect();
        assert_eq!(teasers, vec![1]);
        assert!(e
            .diagnostics
            .iter()
            .any(|d| d.message.contains("roles inferred")));
    }

    #[test]
    fn one_long_voice_opening_with_a_jingle_is_no_announcer() {
        // A transcript without speaker labels: one voice says everything,
        // the jingle included. Called an announcer, nothing would be quoted.
        let body = "Vi bygger om hela vården kring den som behöver den. ".repeat(20);
        let mut e = ep(&[
            ("SPEAKER_00", "En podcast från Exempelregionen."),
            ("SPEAKER_00", body.as_str()),
        ]);
        normalize(&mut e, &NormalizeOptions::default());
        assert_ne!(e.role_of("SPEAKER_00"), Role::Announcer);
        // The jingle voice of a labelled transcript still is one.
        let mut e = ep(&[
            ("RÖST1", "En podcast från Exempelregionen."),
            ("ANNA", "Välkommen! Vem är du?"),
            ("OLLE", body.as_str()),
        ]);
        normalize(&mut e, &NormalizeOptions::default());
        assert_eq!(e.role_of("RÖST1"), Role::Announcer);
    }

    #[test]
    fn config_wins() {
        let mut e = sample();
        let mut opts = NormalizeOptions::default();
        opts.speakers.insert(
            "ANNA".into(),
            SpeakerInfo {
                name: Some("Anna Ek".into()),
                role: Some(Role::Guest),
                affiliation: Some("Region X".into()),
            },
        );
        normalize(&mut e, &opts);
        let anna = e.speaker("ANNA").unwrap();
        assert_eq!(
            (anna.name.as_str(), anna.role, anna.affiliation.as_deref()),
            ("Anna Ek", Role::Guest, Some("Region X"))
        );
    }

    #[test]
    fn no_teaser_without_repeat() {
        let mut e = ep(&[
            ("ANNA", "Hej och välkommen till podden idag."),
            ("OLLE", "Tack så mycket för att jag fick komma."),
            ("ANNA", "Vad gör du?"),
            ("OLLE", "Jag bygger hus av trä i skogen."),
        ]);
        normalize(&mut e, &NormalizeOptions::default());
        assert!(e.turns.iter().all(|t| !t.teaser));
    }

    #[test]
    fn a_teaser_may_ask_a_question() {
        let mut e = ep(&[
            ("OLLE", "…vem bestämmer egentligen över gatan där jag bor varje dag?…"),
            ("EVA", "…vi måste våga fråga dem som faktiskt använder parken varje vecka…"),
            ("VINJETT", "En podd från Exempelkommunen."),
            ("ANNA", "Välkommen Olle och Eva! Vad gör ni?"),
            ("OLLE", "Jag undrar ofta: vem bestämmer egentligen över gatan där jag bor varje dag? Ingen vet."),
            ("ANNA", "Och du, Eva?"),
            ("EVA", "Jag tycker att vi måste våga fråga dem som faktiskt använder parken varje vecka, helt enkelt."),
            ("ANNA", "Tack för att ni kom."),
        ]);
        normalize(&mut e, &NormalizeOptions::default());
        let teasers: Vec<usize> = (0..e.turns.len()).filter(|&i| e.turns[i].teaser).collect();
        assert_eq!(teasers, vec![0, 1]);
        // A question that is not repeated still ends the cold open.
        let mut e = ep(&[
            ("ANNA", "Välkommen! Vem är du?"),
            ("OLLE", "…det handlar om att vi måste lyssna på dom som bor här innan vi bygger…"),
            ("OLLE", "Jag tror att det handlar om att vi måste lyssna på dom som bor här innan vi bygger något."),
            ("ANNA", "Tack."),
        ]);
        normalize(&mut e, &NormalizeOptions::default());
        assert!(e.turns.iter().all(|t| !t.teaser));
    }

    #[test]
    fn two_teaser_passages_run_together_are_one_teaser() {
        // Subtitles merge the guest's two cold-open passages into one turn;
        // each comes back in a different answer.
        let mut e = ep(&[
            ("OLLE", "…det är reglerna som styr oss och inte behoven hos dom vi finns till för… …och vi måste börja i vardagen hos dom som bor här, inte i organisationsschemat…"),
            ("ANNA", "Välkommen Olle! Vem är du?"),
            ("OLLE", "Jag är planerare i kommunen sedan länge."),
            ("ANNA", "Vad är problemet?"),
            ("OLLE", "Ofta är det reglerna som styr oss och inte behoven hos dom vi finns till för, tyvärr."),
            ("ANNA", "Och vad gör ni nu?"),
            ("OLLE", "Jag tror att vi måste börja i vardagen hos dom som bor här, inte i organisationsschemat."),
            ("ANNA", "Tack."),
        ]);
        normalize(&mut e, &NormalizeOptions::default());
        let teasers: Vec<usize> = (0..e.turns.len()).filter(|&i| e.turns[i].teaser).collect();
        assert_eq!(teasers, vec![0]);
        // Stray phrases said again here and there are no repeat.
        let mut e = ep(&[
            ("OLLE", "Vi har jobbat med det här i många år nu och det har varit både roligt och svårt på samma gång."),
            ("ANNA", "Välkommen Olle! Vem är du?"),
            ("OLLE", "Vi har jobbat med det här i kommunen."),
            ("ANNA", "Hur då?"),
            ("OLLE", "Det har varit både roligt och svårt."),
            ("ANNA", "Tack."),
        ]);
        normalize(&mut e, &NormalizeOptions::default());
        assert!(e.turns.iter().all(|t| !t.teaser));
    }
}
