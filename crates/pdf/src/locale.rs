//! The few words the PDF prints itself, in Swedish and English.

use podprint_transcript::Lang;

/// Words for one language.
pub(crate) struct Words {
    pub participants: &'static str,
    pub teasers: &'static str,
    pub transcript: &'static str,
    pub episode: &'static str,
    pub date: &'static str,
    pub page: &'static str,
    pub of: &'static str,
}

const SV: Words = Words {
    participants: "Medverkande",
    teasers: "Smakprov",
    transcript: "Samtalet",
    episode: "Avsnitt",
    date: "Publicerat",
    page: "Sida",
    of: "av",
};

const EN: Words = Words {
    participants: "Participants",
    teasers: "Cold open",
    transcript: "Transcript",
    episode: "Episode",
    date: "Published",
    page: "Page",
    of: "of",
};

impl Words {
    /// Words for a language (English unless Swedish).
    pub fn for_lang(lang: &Lang) -> &'static Words {
        if lang.is_swedish() {
            &SV
        } else {
            &EN
        }
    }

    /// "Sida 3 av 12" / "Page 3 of 12".
    pub fn page_of(&self, n: usize, m: usize) -> String {
        format!("{} {n} {} {m}", self.page, self.of)
    }
}
