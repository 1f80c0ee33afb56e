//! Dummy subjects: whether an opening "det"/"it" is an expletive or cleft
//! subject ("det finns", "det är få … som", "det svåra är", "det är svårt
//! att", "it takes") rather than a reference back to something said before.

use crate::lexicon::Lexicon;

/// Whether the words (starting with a soft pointer such as `det`/`it`) form an
/// expletive or cleft opening rather than a reference back.
pub(crate) fn is_expletive(head: &[&str], lex: &Lexicon) -> bool {
    if lex
        .expletive
        .iter()
        .any(|p| crate::words::starts_with_phrase(head, p))
    {
        return true;
    }
    // A nominalised adjective: "det svåra är …", "det fina var …".
    if let [a, adj, be, ..] = head {
        if *a == "det"
            && adj.ends_with('a')
            && adj.chars().count() >= 4
            && ["är", "var", "blir"].contains(be)
        {
            return true;
        }
    }
    // A definite superlative noun phrase: "den största utmaningen är …",
    // "de bästa idéerna kommer …" (an article, not a pronoun).
    if let [a, sup, _, ..] = head {
        if ["den", "det", "de"].contains(a)
            && sup.chars().count() >= 5
            && (sup.ends_with("aste") || sup.ends_with("sta"))
        {
            return true;
        }
    }
    // A focus contrast: "det var inte A, det var B", "it wasn't A, it was B":
    // the pronoun and its verb come back a few words on.
    if focus_contrast(head, lex) {
        return true;
    }
    // Extraposition: "det är (ju) otroligt svårt att …", "it's hard to …".
    if extraposed(head, lex) {
        return true;
    }
    // Cleft: "det är X som …", "it is X that/who …".
    let (be, rel): (&[&str], &[&str]) = (&["är", "var", "is", "was"], &["som", "that", "who"]);
    // The focus may not be a pronoun itself: "det är väl det som …" points
    // back ("that's what …").
    let focus_is_pronoun = |rest: &[&str]| {
        rest.iter()
            .find(|w| !lex.particles.contains(w))
            .is_some_and(|w| lex.pointers_soft.contains(w) || *w == "this")
    };
    match head {
        [a, b, rest @ ..] if (*a == "det" || *a == "it") && be.contains(b) => {
            !focus_is_pronoun(rest) && rest.iter().take(8).skip(1).any(|w| rel.contains(w))
        }
        [a, rest @ ..] if *a == "it's" => rest.iter().take(8).skip(1).any(|w| rel.contains(w)),
        _ => false,
    }
}

/// "det är/var inte A, det är/var B", "it's not A, it's B", "it wasn't A, it
/// was B": a negated pronoun-and-verb opening taken up again within twelve
/// words (the second verb may drop the negation's contraction). Not "that":
/// "That's not A, that's B" still points back.
fn focus_contrast(head: &[&str], lex: &Lexicon) -> bool {
    let (verb_at, neg_from) = match head {
        [p, _, ..] if ["det", "it"].contains(p) => (1, 2),
        [p, ..] if *p == "it's" => (0, 1),
        _ => return false,
    };
    let verb = head[verb_at].trim_end_matches("n't");
    let negated = head[verb_at].ends_with("n't")
        || head
            .iter()
            .skip(neg_from)
            .take(2)
            .any(|w| lex.negations.contains(w));
    negated
        && head
            .iter()
            .enumerate()
            .skip(verb_at + 2)
            .take(12)
            .any(|(k, w)| *w == head[0] && (verb_at == 0 || head.get(k + 1) == Some(&verb)))
}

/// "det är/var/blir (particles) ADJ att", "it's/it is/it was (particles) ADJ
/// to/that": a dummy subject for the clause that follows.
fn extraposed(head: &[&str], lex: &Lexicon) -> bool {
    let at = |i: usize| head.get(i).copied();
    let mut i = match (at(0), at(1)) {
        (Some("det"), Some("är" | "var" | "blir")) | (Some("it"), Some("is" | "was")) => 2,
        (Some("it's"), _) => 1,
        _ => return false,
    };
    while at(i).is_some_and(|w| lex.particles.contains(&w) || INTENSIFIERS.contains(&w)) {
        i += 1;
    }
    let (Some(adj), Some(next)) = (at(i), at(i + 1)) else {
        return false;
    };
    let pointer = lex.pointers_soft.contains(&adj)
        || lex.pointers_hard.contains(&adj)
        || lex.pointers_trim.contains(&adj);
    let sv_adj = adj.ends_with('t') || matches!(adj, "bra" | "fel" | "synd" | "dags");
    match next {
        "att" => !pointer && sv_adj,
        "to" | "that" => !pointer && !lex.is_stop(adj),
        _ => false,
    }
}

/// Degree words allowed before the adjective of an extraposition.
const INTENSIFIERS: &[&str] = &[
    "väldigt",
    "otroligt",
    "jätte",
    "ganska",
    "helt",
    "så",
    "mycket",
    "lite",
    "nästan",
    "very",
    "so",
    "really",
    "quite",
    "incredibly",
    "pretty",
    "almost",
];
