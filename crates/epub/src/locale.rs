//! Words the book itself uses, in Swedish or English.

use podprint_transcript::Lang;

/// Fixed texts of the book in one language.
pub(crate) struct Words {
    pub contents: &'static str,
    pub landmarks: &'static str,
    pub title_page: &'static str,
    pub start: &'static str,
    pub date: &'static str,
    pub participants: &'static str,
    pub cold_open: &'static str,
    pub transcript: &'static str,
    pub episodes: &'static str,
    pub publisher: &'static str,
    pub summary: &'static str,
    pub untitled_episode: &'static str,
}

const SV: Words = Words {
    contents: "Innehåll",
    landmarks: "Landmärken",
    title_page: "Titelsida",
    start: "Början",
    date: "Datum",
    participants: "Medverkande",
    cold_open: "Smakprov",
    transcript: "Utskrift",
    episodes: "Avsnitt",
    publisher: "Utgivare",
    summary: "Boken innehåller utskrifter av poddavsnitt som text, utan bilder eller ljud. \
Den har en innehållsförteckning, rubriker för varje avsnitt och en logisk läsordning. \
Varje avsnitt listar de medverkande, talarens namn står först i varje replik och ljud \
som skratt eller musik beskrivs inom hakparentes. Texten följer läsarens inställningar \
för typsnitt, storlek och färg. Boken uppfyller EPUB Accessibility 1.1 och WCAG 2.2 nivå AA.",
    untitled_episode: "Avsnitt",
};

const EN: Words = Words {
    contents: "Contents",
    landmarks: "Landmarks",
    title_page: "Title page",
    start: "Start",
    date: "Date",
    participants: "Participants",
    cold_open: "Cold open",
    transcript: "Transcript",
    episodes: "Episodes",
    publisher: "Publisher",
    summary: "This book contains podcast episode transcripts as text, with no images or audio. \
It has a table of contents, a heading for each episode and a logical reading order. \
Each episode lists its participants, every turn starts with the speaker's name, and \
sounds such as laughter or music are described in square brackets. The text follows \
the reader's settings for font, size and colour. The book meets EPUB Accessibility 1.1 \
and WCAG 2.2 Level AA.",
    untitled_episode: "Episode",
};

impl Words {
    /// The words for a language: Swedish for `sv*`, English otherwise.
    pub fn for_lang(lang: &Lang) -> &'static Words {
        if lang.is_swedish() {
            &SV
        } else {
            &EN
        }
    }
}

/// Writing direction of a language: `rtl` for Arabic, Hebrew, Persian, Urdu and
/// a few others, `ltr` otherwise.
pub(crate) fn direction(lang: &Lang) -> &'static str {
    match lang.primary().as_str() {
        "ar" | "he" | "fa" | "ur" | "yi" | "ps" | "sd" | "ckb" | "dv" => "rtl",
        _ => "ltr",
    }
}

/// The language tag to write: the tag itself, or `fallback` when it is empty.
pub(crate) fn tag<'a>(lang: &'a Lang, fallback: &'a Lang) -> &'a str {
    if lang.as_str().trim().is_empty() {
        fallback.as_str()
    } else {
        lang.as_str()
    }
}
