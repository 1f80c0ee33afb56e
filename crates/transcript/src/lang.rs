//! Language detection for the languages podprint knows (`sv`, `en`).

use crate::model::Lang;

/// Guess Swedish or English from frequent function words; Swedish wins ties.
pub fn detect(text: &str) -> Lang {
    const SV: &[&str] = &[
        "och", "att", "det", "är", "som", "en", "på", "jag", "vi", "inte", "med", "för", "har",
        "de", "till", "så", "man", "ju",
    ];
    const EN: &[&str] = &[
        "the", "and", "to", "of", "is", "that", "it", "in", "you", "we", "i", "a", "this", "not",
        "with", "for", "have", "so",
    ];
    let mut sv = 0usize;
    let mut en = 0usize;
    for w in text.split(|c: char| !c.is_alphabetic()).take(20_000) {
        if w.is_empty() {
            continue;
        }
        // Every marker word is at most 4 bytes: longer words need no lower-casing.
        if w.len() <= 4 {
            let lw = w.to_lowercase();
            if SV.contains(&lw.as_str()) {
                sv += 1;
            }
            if EN.contains(&lw.as_str()) {
                en += 1;
            }
        }
        if w.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']) {
            sv += 1;
        }
    }
    if en > sv {
        Lang::en()
    } else {
        Lang::sv()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects() {
        assert_eq!(
            detect("ANNA: Det är här vi börjar, och det är bra."),
            Lang::sv()
        );
        assert_eq!(
            detect("ANNA: This is where we start, and it is good to have you."),
            Lang::en()
        );
    }
}
