//! Guards on the text of `data/`: what the facts may say and how they say it.
//!
//! The loader already checks structure (every level has every criterion, every source id
//! resolves). These tests check the promises the data files make in their headers and the fixes
//! of the fact check: no phone numbers but the public help lines, no prices, plain ASCII, short
//! sentences, no retracted claim, and every fact resting on at least one primary source.

use carelevels::catalog::{Catalog, Quality};

/// The only phone numbers any fact may show (besides 988 and 911, which are too short to look
/// like a phone number to the scanner below).
const HELP_LINES: [&str; 1] = ["1-800-662-4357"];

/// Every user-facing text of the facts, the needs and the questions, with where it comes from.
fn texts(c: &Catalog) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    for criterion in &c.criteria {
        out.push((
            format!("criterion {}", criterion.id),
            criterion.label.as_str(),
        ));
        out.push((
            format!("criterion {} help", criterion.id),
            criterion.help.as_str(),
        ));
    }
    for level in &c.levels {
        out.push((format!("{} summary", level.id), level.summary.as_str()));
        out.push((format!("{} asam", level.id), level.asam.as_str()));
        for (criterion, fact) in &level.facts {
            let at = format!("{} {criterion}", level.id);
            out.push((at.clone(), fact.summary.as_str()));
            out.push((at, fact.detail.as_str()));
        }
    }
    for need in &c.needs {
        out.push((format!("need {}", need.id), need.label.as_str()));
        for (level, fit) in &need.fits {
            out.push((format!("need {} {level}", need.id), fit.why.as_str()));
        }
    }
    for q in c.questions() {
        out.push((format!("question {}", q.id), q.label.as_str()));
        out.push((format!("question {} ask", q.id), q.ask.as_str()));
        out.push((format!("question {} why", q.id), q.why.as_str()));
    }
    out
}

/// Runs of digits and phone separators ("-", ".", "(", ")", " ") holding 7 or more digits.
/// A run glued to a letter is a code, not a phone number ("12VAC30-130-5100").
fn phone_like(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut run = String::new();
    let mut glued = false;
    let mut flush = |run: &mut String, glued: bool| {
        let token = run.trim_matches(|c: char| !c.is_ascii_digit());
        if !glued && token.chars().filter(char::is_ascii_digit).count() >= 7 {
            found.push(token.to_string());
        }
        run.clear();
    };
    let mut previous = ' ';
    for ch in text.chars() {
        if run.is_empty() && ch == ' ' {
            // A run starts at a digit or a bracket, never at a space.
            previous = ch;
            continue;
        }
        if ch.is_ascii_digit() || "-.() ".contains(ch) {
            if run.is_empty() {
                glued = previous.is_ascii_alphabetic();
            }
            run.push(ch);
        } else {
            flush(&mut run, glued);
        }
        previous = ch;
    }
    flush(&mut run, glued);
    found
}

#[test]
fn the_phone_scanner_finds_phone_numbers() {
    // A test of the scanner itself, so the guard below cannot pass by finding nothing.
    assert_eq!(phone_like("Call 1-800-662-4357 now"), ["1-800-662-4357"]);
    assert_eq!(phone_like("or (555) 123-4567."), ["555) 123-4567"]);
    assert_eq!(phone_like("call 555.123.4567"), ["555.123.4567"]);
    assert!(phone_like("9 to 19 hours (42 CFR 410.43(c)(1)), 3,600 adults").is_empty());
    assert!(phone_like("Virginia 12VAC30-130-5100 and 12VAC35-105-1740").is_empty());
}

#[test]
fn fact_texts_hold_no_phone_numbers_but_the_public_help_lines() {
    let c = Catalog::builtin();
    for (at, text) in texts(c) {
        for number in phone_like(text) {
            assert!(
                HELP_LINES.contains(&number.as_str()),
                "{at}: phone number {number:?} is not a public help line"
            );
        }
        // Toll-free prefixes written with letters ("1-800-GET-HELP") slip past the digit count.
        for (i, _) in text.match_indices("1-8") {
            assert!(
                HELP_LINES.iter().any(|line| text[i..].starts_with(line)),
                "{at}: {:?} looks like a toll-free number that is not a help line",
                &text[i..(i + 14).min(text.len())]
            );
        }
    }
}

#[test]
fn fact_texts_show_no_prices() {
    // Current prices come only from commercial sites; the app shows none as facts.
    let c = Catalog::builtin();
    for (at, text) in texts(c) {
        assert!(!text.contains('$'), "{at}: shows a price: {text}");
    }
}

#[test]
fn fact_texts_are_plain_ascii() {
    let c = Catalog::builtin();
    for (at, text) in texts(c) {
        assert!(text.is_ascii(), "{at}: non-ASCII text: {text}");
        assert!(
            !text.trim().is_empty() || at.ends_with("why"),
            "{at} is empty"
        );
    }
}

/// The longest sentence, in words, that a fact may use (plain language, about grade 8).
const MAX_WORDS: usize = 35;

#[test]
fn fact_sentences_stay_short() {
    let c = Catalog::builtin();
    for (at, text) in texts(c) {
        for sentence in text.split(['.', '?', '!', ';']) {
            let words = sentence.split_whitespace().count();
            assert!(
                words <= MAX_WORDS,
                "{at}: a sentence of {words} words (at most {MAX_WORDS}): {sentence}"
            );
        }
    }
}

/// Claims the fact check retracted. Each phrase once stood in `data/levels.ron`.
const RETRACTED: [(&str, &str); 8] = [
    (
        "takes at least 3 days",
        "9 hours fit in 2 days of 4.5 hours",
    ),
    (
        "He-M 426",
        "New Hampshire's rule is about program days, not patient hours",
    ),
    (
        "New Hampshire",
        "New Hampshire's rule is about program days, not patient hours",
    ),
    (
        "still use",
        "no dated source says how many states use the 3rd edition",
    ),
    (
        "insurance coverage history",
        "no primary source for the 28/30-day origin",
    ),
    ("6 or 7", "no primary source for 6- or 7-day programs"),
    (
        "50 minutes to an hour",
        "no primary source for a 50-minute norm",
    ),
    (
        "5 times a week",
        "the IOM day-hospital reading could not be verified",
    ),
];

#[test]
fn retracted_claims_stay_out() {
    let c = Catalog::builtin();
    for (at, text) in texts(c) {
        for (phrase, why) in RETRACTED {
            assert!(
                !text.contains(phrase),
                "{at} says {phrase:?}, retracted because {why}"
            );
        }
    }
}

#[test]
fn every_fact_rests_on_at_least_one_primary_source() {
    let c = Catalog::builtin();
    let primary = |id: &String| c.source(id).is_some_and(|s| s.quality == Quality::Primary);
    for level in &c.levels {
        for (criterion, fact) in &level.facts {
            assert!(
                fact.sources.iter().any(primary),
                "{} {criterion} cites only secondary sources",
                level.id
            );
        }
    }
    for q in c.questions() {
        assert!(
            q.sources.iter().any(primary),
            "question {} cites only secondary sources",
            q.id
        );
    }
}

#[test]
fn every_source_says_how_it_was_read() {
    // A secondary source, or a primary one we could not open ourselves, must say so.
    let c = Catalog::builtin();
    for s in &c.sources {
        assert!(!s.note.trim().is_empty(), "source {} has no note", s.id);
        assert!(
            !s.section.trim().is_empty(),
            "source {} names no section",
            s.id
        );
        assert!(s.url.starts_with("https://"), "source {}: {}", s.id, s.url);
    }
    assert!(
        c.sources.iter().any(|s| s.quality == Quality::Secondary),
        "the studies and reviews cited are secondary sources"
    );
}

#[test]
fn the_rows_people_deciding_ask_about_are_there() {
    let c = Catalog::builtin();
    for id in ["cost", "moud", "telehealth", "quality", "mental_health"] {
        assert!(
            c.criteria.iter().any(|cr| cr.id == id),
            "missing criterion {id}"
        );
    }
    let cites = |level: carelevels::plan::LevelId, criterion: &str, source: &str| {
        c.level(level).facts[criterion]
            .sources
            .iter()
            .any(|s| s == source)
    };
    use carelevels::plan::LevelId::*;
    // Medicare's daily coinsurance for IOP and PHP; Medicaid's IMD exclusion for residential.
    assert!(cites(Iop, "cost", "medicare-gov-iop"));
    assert!(cites(DayProgram, "cost", "medicare-gov-php"));
    assert!(cites(Inpatient, "cost", "ssa-1905-imd"));
    for level in [Outpatient, Iop, DayProgram, Inpatient] {
        assert!(cites(level, "quality", "samhsa-quality-guide"), "{level}");
        assert!(cites(level, "mental_health", "locus"), "{level}");
    }
}

#[test]
fn teen_iop_facts_follow_virginias_2_hour_youth_day() {
    // 12VAC30-130-5090 A: at least 2 service hours per day for children and adolescents.
    let iop = Catalog::builtin().level(carelevels::plan::LevelId::Iop);
    let teen = &iop.facts["hours_adolescent"].detail;
    assert!(teen.contains("2 service hours"), "{teen}");
    for (criterion, fact) in &iop.facts {
        for sentence in fact.detail.split(". ") {
            let about_teens = ["adolescent", "teen", "children"]
                .iter()
                .any(|w| sentence.contains(w));
            let adult_figure = sentence.contains("3 service hours") && !sentence.contains("adult");
            assert!(
                !(about_teens && adult_figure),
                "iop {criterion}: gives teens the adult 3-hour day: {sentence}"
            );
        }
    }
}

#[test]
fn questions_cover_what_a_person_should_learn_about_a_program() {
    let c = Catalog::builtin();
    for id in [
        "accreditation",
        "moud",
        "evidence_based",
        "family",
        "aftercare",
        "telehealth",
        "in_network",
        "accepts_medicaid",
        "accepts_medicare",
        "accepts_private_insurance",
        "sliding_fee",
        "free_care",
        "language",
        "start_date",
    ] {
        let q = c.question(id).unwrap_or_else(|| panic!("no question {id}"));
        assert!(q.ask.trim_end().ends_with('?'), "{id}: {:?}", q.ask);
        assert!(!q.why.trim().is_empty(), "{id} says not why it is asked");
    }
    let mut labels: Vec<&str> = c.questions().iter().map(|q| q.label.as_str()).collect();
    labels.sort_unstable();
    labels.dedup();
    assert_eq!(
        labels.len(),
        c.questions().len(),
        "two questions share a label"
    );
}
