//! Language-specific word lists: fillers, pointer words, aphorism and contrast
//! patterns, pronouns, hedges, stop words. Swedish and English; other languages
//! use the English lists.

use std::collections::HashSet;
use std::hash::BuildHasherDefault;
use std::sync::OnceLock;

use podprint_transcript::Lang;

use crate::corpus::Fnv;

mod en;
mod phrases;
mod sv;

pub(crate) use phrases::Phrases;

use en::EN;
use sv::SV;

type StopSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// Word lists for one language. All entries are lower case.
pub(crate) struct Lexicon {
    /// Fillers removed wherever they occur (`eh`, `um`).
    pub fillers_always: &'static [&'static str],
    /// Fillers removed only when set off by commas or after a word that makes
    /// them a filler (`liksom`, `alltså`, `typ`, `like`); multi-word allowed.
    pub fillers_guarded: &'static [&'static str],
    /// First words of the guarded fillers (a quick pre-check).
    pub guarded_first: &'static [&'static str],
    /// Words before which a guarded filler is a filler (modals, pronouns…).
    pub filler_hosts: &'static [&'static str],
    /// Words after which a guarded filler is *not* a filler (`en typ`, `precis liksom`).
    pub filler_blockers: &'static [&'static str],
    /// Openers that point back and may be trimmed (`och`, `men`, `ja`, `and`).
    pub pointers_trim: &'static [&'static str],
    /// Openers that point back and cannot be trimmed (`han`, `den`, `that`).
    pub pointers_hard: &'static [&'static str],
    /// Openers that point back unless followed by an expletive pattern.
    pub pointers_soft: &'static [&'static str],
    /// Patterns that make a soft pointer an expletive ("det finns", "it takes").
    pub expletive: &'static [&'static str],
    /// Words a trimmed quote may start with (a clean start).
    pub clean_starts: &'static [&'static str],
    /// Conjunctions that open a clause inside a sentence.
    pub clause_openers: &'static [&'static str],
    /// General or aphoristic statement patterns.
    pub general: &'static [&'static str],
    /// Opinion markers.
    pub opinion: &'static [&'static str],
    /// Contrast patterns: (first, second) in order within the quote, or a single phrase.
    pub contrast: &'static [(&'static str, &'static str)],
    /// A word that, opening a sentence after a negated one, corrects it
    /// ("Inte i det som står. Utan i det som ingen har skrivit.").
    pub correction_opener: Option<&'static str>,
    /// Image/comparison markers.
    pub image: &'static [&'static str],
    /// Personal pronouns (inclusive/generic first).
    pub pronouns_we: &'static [&'static str],
    /// First person singular.
    pub pronouns_i: &'static [&'static str],
    /// Phrases that refer back to the conversation ("som du sa").
    pub backrefs: &'static [&'static str],
    /// Third-person or demonstrative references that need context early in a quote.
    pub early_refs: &'static [&'static str],
    /// Hedges.
    pub hedges: &'static [&'static str],
    /// Sentence adverbs: after a subject pronoun they show subordinate word
    /// order, i.e. a clause cut out of a longer sentence (sv "vi inte alls…").
    pub subordinate_adverbs: &'static [&'static str],
    /// Subject pronouns (for the word-order check).
    pub subjects: &'static [&'static str],
    /// Openers of a fragment rather than a sentence (sv "att…", en "to…").
    pub fragment_starts: &'static [&'static str],
    /// Verbs that introduce direct speech ("sa", "frågade", "said", "goes").
    pub speech_verbs: &'static [&'static str],
    /// Phrases that move a story on ("och sen", "and then").
    pub story_sequence: &'static [&'static str],
    /// Words of felt emotion ("grät", "rädd", "cried", "shaking").
    pub emotions: &'static [&'static str],
    /// The complementizer that opens a reported clause ("att", "that").
    pub complementizer: &'static str,
    /// The coordinating "and" ("och", "and").
    pub and: &'static str,
    /// The coordinating "but" ("men", "but").
    pub but: &'static str,
    /// Words that cannot open a reported clause after the complementizer: no
    /// subject follows ("att få …", "that already exists").
    pub clause_nonstarts: &'static [&'static str],
    /// Verbs of saying, thinking and learning, and the copula of a
    /// pseudo-cleft ("det jag vill säga är att"): a clause after them and the
    /// complementizer is the speaker's statement and may open a quote
    /// ("jag brukar säga att | skulder växer i tystnad").
    pub framing: &'static [&'static str],
    /// Subordinating conjunctions: a sentence of only such a clause is a
    /// fragment ("medan", "eftersom", "because", "while").
    pub subordinators: &'static [&'static str],
    /// Prepositions that, before a question word, open a fragment ("om hur").
    pub wh_prepositions: &'static [&'static str],
    /// Phrases with which speakers announce their own line ("jag brukar säga",
    /// "I always say"): what follows them is a prepared statement.
    pub signposts: &'static [&'static str],
    /// Opposed evaluations that may stand in two sentences ("det lätta …
    /// det svåra", "the easy part … the hard part").
    pub antithesis: &'static [(&'static str, &'static str)],
    /// Sentence openers that deny a reading the next sentence corrects ("det
    /// är inte så att …", "it's not that …").
    pub denials: &'static [&'static str],
    /// A change of mind or a realisation ("jag insåg", "I used to think").
    pub insight: &'static [&'static str],
    /// Demonstratives that point at something said before ("de här", "these").
    pub deictic: &'static [&'static str],
    /// Question words; with an auxiliary next they open a question.
    pub wh: &'static [&'static str],
    /// Auxiliaries and common verbs that follow a question word in a question.
    pub aux: &'static [&'static str],
    /// Abstract-noun suffixes (low concreteness).
    pub abstract_suffixes: &'static [&'static str],
    /// Softeners too weak to count as a full hedge (the modal particle "väl").
    pub soft_hedges: &'static [&'static str],
    /// Negations, for parallel contrast ("inte", "aldrig", "not"; "-n't" too).
    pub negations: &'static [&'static str],
    /// The verb may follow the negation ("don't need"); in Swedish main
    /// clauses it comes first ("är inte"), and "vi inte har" is subordinate.
    pub verb_after_negation: bool,
    /// Subject pronouns that open the second half of a parallel contrast.
    pub parallel_subjects: &'static [&'static str],
    /// Equative comparison frames ("så" … "som", "as" … "as").
    pub equative: &'static [(&'static str, &'static str)],
    /// Comparative phrases ("mer än", "more than"); the first two are "more
    /// than" and "less than", which can weigh two kinds of one thing.
    pub comparatives: &'static [&'static str],
    /// Words that make an equative frame an idiom ("as long as", "så länge som").
    pub equative_idioms: &'static [&'static str],
    /// Cleft openers ("det är", "it's").
    pub cleft_openers: &'static [&'static str],
    /// Modal particles that may follow a cleft opener ("väl", "really").
    pub particles: &'static [&'static str],
    /// Quantifiers that make a cleft a general claim ("få", "sällan", "few").
    pub quantifiers: &'static [&'static str],
    /// Relative words that close a cleft ("som", "that").
    pub relatives: &'static [&'static str],
    /// Conditional openers of a rule ("om", "när", "if"); the first is the
    /// plain "if".
    pub conditionals: &'static [&'static str],
    /// Common past-tense verbs (a narrative, not a rule).
    pub past: &'static [&'static str],
    /// The regular past-tense ending ("-de", "-ed").
    pub past_suffix: &'static str,
    /// Generic subjects of a rule ("man", "du", "you").
    pub generic: &'static [&'static str],
    /// Determiners of a generic subject ("en", "varje", "a", "every").
    pub generic_determiners: &'static [&'static str],
    /// Nouns too empty to make a generic subject ("en sak som", "a lot").
    pub dummy_nouns: &'static [&'static str],
    /// Generic relatives opening a sentence ("den som", "those who").
    pub generic_relatives: &'static [&'static str],
    /// Plural nouns for people in general, the subject of a claim about them
    /// ("folk vill inte ha det enkelt", "patients don't read letters").
    pub generic_nouns: &'static [&'static str],
    /// Present-tense verbs and adverbs that may follow a generic noun in a
    /// claim (English only: Swedish present tense ends in -r).
    pub generic_verbs: &'static [&'static str],
    /// Copulas ("är", "is").
    pub copulas: &'static [&'static str],
    /// Copulas, present and past ("är", "var", "is", "was").
    pub copulas_past: &'static [&'static str],
    /// Value words (trust, courage, honesty), exact forms.
    pub values: &'static [&'static str],
    /// Stems of value words, matched as word prefixes ("förtroende" → "förtroendet").
    pub value_stems: &'static [&'static str],
    /// Function words ignored for distinctiveness and similarity.
    pub stop: &'static [&'static str],
    /// Nouns with which a speaker announces a point the next sentence states
    /// as an "att"-clause ("Det var den viktigaste lärdomen. Att man …").
    pub key_points: &'static [&'static str],
    /// Words that tell a sentence from a phrase without a verb.
    pub clause: &'static ClauseWords,
}

/// Words for telling a sentence of its own from a fragment: what opens a
/// phrase that needs a verb, what shows a finite verb, what opens a relative
/// clause (whose verb is not the sentence's).
pub(crate) struct ClauseWords {
    /// Prepositions that open an adverbial phrase ("i", "på", "in", "with").
    pub prepositions: &'static [&'static str],
    /// Determiners, quantifiers and possessives that open a noun phrase ("en",
    /// "varje", "det", "the", "every", "my").
    pub determiners: &'static [&'static str],
    /// Small numbers, which make a phrase of time ("om tio år").
    pub numerals: &'static [&'static str],
    /// Finite verbs no rule of form finds: modals, deponents, strong past
    /// forms ("måste", "känns", "förstod", "must", "brought").
    pub finite: &'static [&'static str],
    /// Words that open a relative clause ("som", "that", "which").
    pub relatives: &'static [&'static str],
    /// Words that open the main clause after a fronted condition ("så",
    /// "då", "then").
    pub then: &'static [&'static str],
    /// Subjects that may follow a verb (Swedish verb-second) or come before
    /// one (English): pronouns and pronoun-like quantifiers.
    pub subjects: &'static [&'static str],
}

impl Lexicon {
    /// The lexicon for a language.
    pub fn for_lang(lang: &Lang) -> &'static Lexicon {
        if lang.is_swedish() {
            &SV
        } else {
            &EN
        }
    }

    /// Whether `w` looks like an abstract noun (one of the abstract suffixes,
    /// or the whole word is one of them).
    pub fn is_abstract(&self, w: &str) -> bool {
        // The suffixes by last byte, built once per language: only those
        // ending like `w` are compared.
        type ByLast = Vec<Vec<&'static str>>;
        static BY_LAST: [OnceLock<ByLast>; 2] = [OnceLock::new(), OnceLock::new()];
        let Some(&last) = w.as_bytes().last() else {
            return false;
        };
        let by_last = BY_LAST[usize::from(!self.is_swedish())].get_or_init(|| {
            let mut t: ByLast = vec![Vec::new(); 256];
            for s in self.abstract_suffixes {
                if let Some(&b) = s.as_bytes().last() {
                    t[usize::from(b)].push(s);
                }
            }
            t
        });
        by_last[usize::from(last)]
            .iter()
            .any(|s| w.ends_with(s) && (w.len() > s.len() + 1 || w.len() == s.len()))
    }

    /// Whether this is the Swedish lexicon (for rules of Swedish grammar).
    pub fn is_swedish(&self) -> bool {
        std::ptr::eq(self, &SV)
    }

    /// Whether `w` is one of the common past-tense verbs ([`Lexicon::past`]).
    pub fn is_past_form(&self, w: &str) -> bool {
        static SETS: [OnceLock<StopSet>; 2] = [OnceLock::new(), OnceLock::new()];
        self.in_set(&SETS, self.past, w)
    }

    /// Whether `w` is a verb the lists name: an auxiliary, a common past
    /// form or a finite verb of [`ClauseWords::finite`].
    pub fn is_listed_verb(&self, w: &str) -> bool {
        self.aux.contains(&w) || self.is_past_form(w) || self.clause.finite.contains(&w)
    }

    /// Whether `w` is a function word ([`Lexicon::stop`]).
    pub fn is_stop(&self, w: &str) -> bool {
        static SETS: [OnceLock<StopSet>; 2] = [OnceLock::new(), OnceLock::new()];
        self.in_set(&SETS, self.stop, w)
    }

    /// Whether `w` is in `list`, looked up in a set built once per language
    /// (`sets`: Swedish, English).
    fn in_set(
        &self,
        sets: &'static [OnceLock<StopSet>; 2],
        list: &'static [&'static str],
        w: &str,
    ) -> bool {
        let cell = &sets[usize::from(!self.is_swedish())];
        cell.get_or_init(|| list.iter().copied().collect())
            .contains(w)
    }
}
