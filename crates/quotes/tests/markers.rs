//! Marked lines: a line a speaker announces as their own ("jag brukar säga så
//! här:", "I always say") is a candidate from the announced start and scores
//! as signposted; a change of mind ("I used to think … Now I think") scores as
//! an insight.

mod common;

fn feature_of(src: &str, needle: &str) -> Option<(String, f64)> {
    named_feature(src, needle, "signposted")
}

fn named_feature(src: &str, needle: &str, name: &str) -> Option<(String, f64)> {
    let all = common::candidates_of(src);
    let q = all
        .iter()
        .filter(|q| q.text.starts_with(needle))
        .min_by_key(|q| q.text.len())?;
    let sign = q.features.iter().find(|x| x.name == name)?;
    Some((q.text.clone(), sign.contribution))
}

#[test]
fn swedish_announced_line_starts_after_the_colon() {
    let src = "# id: sv-sign\n# lang: sv\n# speaker: PER | Per | host\n# speaker: EVA | Eva | guest\n\
        PER: Hur ser ni på beredskapen i kommunen?\n\
        EVA: Ja, alltså, jag brukar säga så här till nämnden, och de har hört det förut: om ingen svarar i telefonen när det brinner, då spelar alla planer ingen roll. Det är det vi jobbar med varje dag.\n";
    let (text, weight) = feature_of(src, "Om ingen svarar").expect("signposted candidate");
    assert!(weight > 0.0);
    assert!(text.starts_with("Om ingen svarar i telefonen"), "{text}");
}

#[test]
fn english_announced_line_after_a_dash() {
    let src = "# id: en-sign\n# lang: en\n# speaker: KIM | Kim | host\n# speaker: LEE | Lee | guest\n\
        KIM: What did the redesign teach you?\n\
        LEE: Well, I always say this at every town hall — if people need an app to understand the service, the service is too complicated. That was the whole idea.\n";
    let (text, _) = feature_of(src, "If people need an app").expect("signposted candidate");
    assert!(text.ends_with("too complicated."), "{text}");
}

#[test]
fn an_ordinary_colon_is_not_a_signpost() {
    let src = "# id: en-plain\n# lang: en\n# speaker: KIM | Kim | host\n# speaker: LEE | Lee | guest\n\
        KIM: What did the redesign teach you?\n\
        LEE: We had three goals: if people need an app to understand the service, the service is too complicated. That was the whole idea.\n";
    assert_eq!(feature_of(src, "If people need an app"), None);
}

#[test]
fn a_change_of_mind_is_an_insight() {
    let src = "# id: en-insight\n# lang: en\n# speaker: KIM | Kim | host\n# speaker: LEE | Lee | guest\n\
        KIM: How has the job changed you?\n\
        LEE: I used to think the forms were the point of the job. Now I think the forms are only where the conversation starts.\n";
    let (_, weight) = named_feature(src, "I used to think", "insight").expect("insight candidate");
    assert!(weight > 0.0);
    let plain = "# id: en-plain\n# lang: en\n# speaker: KIM | Kim | host\n# speaker: LEE | Lee | guest\n\
        KIM: How has the job changed you?\n\
        LEE: The forms were the point of the job for years. The forms are only where the conversation starts.\n";
    assert_eq!(named_feature(plain, "The forms were", "insight"), None);
}

#[test]
fn time_words_are_no_superlative_claims() {
    let src = "# id: sv-time\n# lang: sv\n# speaker: PER | Per | host\n# speaker: EVA | Eva | guest\n\
        PER: Hur har det gått?\n\
        EVA: Vi har haft en ganska stabil grupp de senaste åren och det märks i hur vi planerar veckorna.\n\
        PER: Och framåt?\n\
        EVA: Den största utmaningen är att hålla kvar det vi har byggt när pengarna blir färre.\n";
    assert_eq!(
        named_feature(src, "Vi har haft en ganska stabil", "superlative"),
        None
    );
    let (_, weight) = named_feature(src, "Den största utmaningen", "superlative")
        .expect("a definite superlative");
    assert!(weight >= 0.7, "{weight}");
}

#[test]
fn about_right_is_not_what_something_is_about() {
    let src =
        "# id: en-about\n# lang: en\n# speaker: KIM | Kim | host\n# speaker: LEE | Lee | guest\n\
        KIM: Is that a fair description of your job?\n\
        LEE: Yeah, the description is about right for most of the weeks we have had this year.\n\
        KIM: And the reform?\n\
        LEE: The reform is really about trusting the people who do the work every single day.\n";
    assert_eq!(
        named_feature(src, "Yeah, the description", "generality").or_else(|| named_feature(
            src,
            "The description",
            "generality"
        )),
        None
    );
    let (text, weight) =
        named_feature(src, "The reform is really about", "generality").expect("general");
    assert!(weight > 0.0, "{text}");
}

#[test]
fn a_cue_to_the_host_says_nothing() {
    let src = "# id: sv-cue\n# lang: sv\n# speaker: LENA | Lena | host\n# speaker: EVA | Eva | guest\n\
        LENA: Hur hinner ni ses?\n\
        EVA: Du säger, Lena. Det handlar om att prioritera mötena så att vi faktiskt hinner ses varje vecka.\n";
    let (text, weight) =
        named_feature(src, "Du säger, Lena", "empty-start").expect("an empty start");
    assert!(weight < 0.0, "{text}");
}

#[test]
fn a_point_announced_by_a_key_noun_opens_after_att() {
    let src = "# id: sv-key\n# lang: sv\n# speaker: PER | Per | host\n# speaker: EVA | Eva | guest\n\
        PER: Vad tar du med dig från piloten?\n\
        EVA: Men för mig var det nog den viktigaste lärdomen av hela piloten. Att man tror att man köper en teknik, men det man egentligen gör är att man ändrar ett arbetssätt.\n\
        PER: Och det svåra?\n\
        EVA: Det var nog det svåraste för oss. Att min bild inte är hela bilden av hur det ser ut för familjerna här.\n\
        PER: Och sen?\n\
        EVA: Det var kärnan i det hela. Att våga släppa kontrollen över hur det blir för brukarna i slutändan.\n";
    let (text, weight) =
        named_feature(src, "Man tror att man köper", "signposted").expect("announced point");
    assert!(weight > 0.0);
    assert!(text.ends_with("ändrar ett arbetssätt."), "{text}");
    // Subordinate order or an infinitive after "att" is no clause of its own.
    assert_eq!(named_feature(src, "Min bild inte", "signposted"), None);
    assert_eq!(named_feature(src, "Våga släppa", "signposted"), None);
}
