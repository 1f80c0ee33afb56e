//! Stable quote ids.

/// FNV-1a 64 of `bytes`.
fn fnv1a(bytes: impl IntoIterator<Item = u8>, mut h: u64) -> u64 {
    for b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// The id of a quote: FNV-1a 64 (16 hex digits) of the episode id, the speaker
/// label and the quote's words, lower-cased and joined by single spaces, so
/// the id depends on nothing else in the episode (not the turn index, not the
/// punctuation or white space).
pub fn quote_id(episode: &str, speaker: &str, text: &str) -> String {
    let mut h = 0xcbf2_9ce4_8422_2325;
    h = fnv1a(episode.bytes(), h);
    h = fnv1a([0u8], h);
    h = fnv1a(speaker.bytes(), h);
    h = fnv1a([0u8], h);
    let lower = crate::words::lowered(text);
    for (i, r) in crate::words::word_ranges(&lower).into_iter().enumerate() {
        if i > 0 {
            h = fnv1a([b' '], h);
        }
        h = fnv1a(lower[r].bytes(), h);
    }
    format!("{h:016x}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_ignore_case_and_punctuation_but_not_speaker() {
        let a = quote_id("ep1", "OLLE", "Vi måste lyssna, på riktigt.");
        assert_eq!(a, quote_id("ep1", "OLLE", "vi måste  lyssna på riktigt"));
        assert_ne!(a, quote_id("ep1", "ANNA", "Vi måste lyssna, på riktigt."));
        assert_ne!(a, quote_id("ep2", "OLLE", "Vi måste lyssna, på riktigt."));
        assert_eq!(a.len(), 16);
        // Hashing word by word gives the id of the whole lower-cased text.
        let whole = |text: &str| {
            let mut h = 0xcbf2_9ce4_8422_2325;
            h = fnv1a("ep1".bytes(), h);
            h = fnv1a([0u8], h);
            h = fnv1a("OLLE".bytes(), h);
            h = fnv1a([0u8], h);
            let lower = crate::words::lowered(text);
            let words: Vec<&str> = crate::words::word_ranges(&lower)
                .into_iter()
                .map(|r| &lower[r])
                .collect();
            format!("{:016x}", fnv1a(words.join(" ").into_bytes(), h))
        };
        for text in [
            "ÅSA’S ögon, Öresund och VÅRD-OCH-OMSORG.",
            "It’s İstanbul’s DAY – 24/7!",
            "ΣΟΦΊΑ ΚΑΙ ΟΔΟΣ",
        ] {
            assert_eq!(quote_id("ep1", "OLLE", text), whole(text), "{text}");
        }
        // FNV-1a 64 of the empty input is the offset basis.
        assert_eq!(
            format!("{:016x}", fnv1a([], 0xcbf2_9ce4_8422_2325)),
            "cbf29ce484222325"
        );
    }
}
