//! Line-end hyphens: join `tjänstedesign-`/`metodiken`, keep `IT-`/`medarbetare`
//! and the suspended `hälso-`/`och`, deciding with the document's own words.

use rustc_hash::FxHashSet as HashSet;

use super::extraction::Kind;

/// Words of the document (lower-case), for deciding line-end hyphens. Empty
/// when no line ends with a hyphen, so most documents pay nothing for it.
pub(super) fn vocabulary(body: &[&str], kinds: &[Kind]) -> HashSet<String> {
    let mut v = HashSet::default();
    let any_hyphen = body
        .iter()
        .zip(kinds)
        .any(|(l, k)| *k == Kind::Content && l.trim_end().ends_with('-'));
    if !any_hyphen {
        return v;
    }
    for (l, k) in body.iter().zip(kinds) {
        if *k != Kind::Content {
            continue;
        }
        let mut words = l.split_whitespace().peekable();
        while let Some(w) = words.next() {
            let last = words.peek().is_none();
            let w = w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-');
            // Only hyphenated or long words can decide a join.
            if w.is_empty() || (last && w.ends_with('-')) || (w.len() < 6 && !w.contains('-')) {
                continue;
            }
            if w.chars().any(char::is_uppercase) {
                v.insert(w.to_lowercase());
            } else if !v.contains(w) {
                v.insert(w.to_string());
            }
        }
    }
    v
}

#[derive(Default)]
pub(super) struct HyphenStats {
    pub(super) joined: usize,
    pub(super) kept: usize,
}

/// Words after a suspended hyphen (`hälso- och sjukvård`, `pre- and post-war`).
const CONJUNCTIONS: &[&str] = &[
    "och",
    "eller",
    "samt",
    "respektive",
    "som",
    "men",
    "and",
    "or",
    "nor",
    "to",
];

/// Append line `t` to paragraph `para`, undoing line-end hyphenation.
pub(super) fn join_line(
    para: &mut String,
    t: &str,
    vocab: &HashSet<String>,
    stats: &mut HyphenStats,
) {
    if para.is_empty() {
        para.push_str(t);
        return;
    }
    let trimmed_len = para.trim_end().len();
    para.truncate(trimmed_len);
    let ends_hyphen =
        para.ends_with('-') && para[..para.len() - 1].ends_with(char::is_alphanumeric);
    if !ends_hyphen {
        para.push(' ');
        para.push_str(t);
        return;
    }
    let left_start = super::after_last(&para[..para.len() - 1], |c: char| {
        c.is_whitespace() || c == '-' || c == '/' || c == '('
    });
    let left = &para[left_start..para.len() - 1];
    let word_start = super::after_last(para, char::is_whitespace);
    let whole_left =
        para[word_start..para.len() - 1].trim_start_matches(|c: char| !c.is_alphanumeric());
    let right_word: String = t
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '-')
        .collect();
    let right_lower = right_word.to_lowercase();
    let starts_lower = t.chars().next().is_some_and(char::is_lowercase);

    enum Join {
        Space,
        Hyphen,
        Glue,
    }
    let decision = if CONJUNCTIONS.contains(&right_lower.as_str()) {
        Join::Space
    } else if !starts_lower
        || left.chars().any(|c| c.is_ascii_digit())
        || (left.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && left
                .chars()
                .filter(|c| c.is_alphabetic())
                .all(char::is_uppercase))
    {
        Join::Hyphen
    } else {
        let glued = format!("{}{}", whole_left.to_lowercase(), right_lower);
        let hyphened = format!("{}-{}", whole_left.to_lowercase(), right_lower);
        if vocab.contains(&hyphened) && !vocab.contains(&glued) {
            Join::Hyphen
        } else {
            Join::Glue
        }
    };
    match decision {
        Join::Space => {
            para.push(' ');
            stats.kept += 1;
        }
        Join::Hyphen => stats.kept += 1,
        Join::Glue => {
            para.pop();
            stats.joined += 1;
        }
    }
    para.push_str(t);
}
