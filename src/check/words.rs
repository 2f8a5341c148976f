//! Small pieces of plain words shared by findings and reports. Each comes in English (the old
//! name, which the app and the tests call) and in any language (`*_in(lang, ...)`), from the
//! message files (`i18n/*/check.ftl`).

use std::fmt;

use crate::catalog::{Catalog, Level, LevelRule, MaxHours, RuleKind, RuleSet, Strength};
use crate::i18n::{Arg, Lang, tr};
use crate::plan::{Day, SessionKind, TimeBlock};

use super::{Code, Report};

/// "45 min", "9 h", "1 h 30 min".
pub fn duration(minutes: u32) -> String {
    Duration(minutes).to_string()
}

/// A duration in minutes, written like [`duration`] without allocating: messages are built
/// for every overlap in large plans.
pub struct Duration(pub u32);

impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.0 / 60, self.0 % 60) {
            (0, m) => write!(f, "{m} min"),
            (h, 0) => write!(f, "{h} h"),
            (h, m) => write!(f, "{h} h {m} min"),
        }
    }
}

/// A threshold as a number of hours for phrases like "9-hour minimum": "9", "7.5".
pub fn hours_figure(minutes: u32) -> String {
    if minutes.is_multiple_of(60) {
        (minutes / 60).to_string()
    } else {
        let text = format!("{:.2}", f64::from(minutes) / 60.0);
        text.trim_end_matches('0').to_owned()
    }
}

/// A threshold in words for sentences: "9 hours", "1 hour", "7.5 hours".
pub fn hours_words(minutes: u32) -> String {
    hours_words_in(Lang::En, minutes)
}

/// [`hours_words`] in `lang`.
pub fn hours_words_in(lang: Lang, minutes: u32) -> String {
    tr(
        lang,
        "hours-words",
        &[
            ("hours", Arg::Number(f64::from(minutes) / 60.0)),
            ("figure", hours_figure(minutes).into()),
        ],
    )
}

/// A cap in words: "under 20 hours" (exclusive), "at most 19 hours" (inclusive).
pub fn cap_words(cap: &MaxHours) -> String {
    cap_words_in(Lang::En, cap)
}

/// [`cap_words`] in `lang`.
pub fn cap_words_in(lang: Lang, cap: &MaxHours) -> String {
    let id = if cap.inclusive {
        "cap-at-most"
    } else {
        "cap-under"
    };
    tr(
        lang,
        id,
        &[("hours", hours_words_in(lang, cap.minutes()).into())],
    )
}

/// "45 min", "9 h", "1 h 30 min" in `lang`.
pub fn duration_in(lang: Lang, minutes: u32) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => tr(lang, "duration-min", &[("m", m.into())]),
        (h, 0) => tr(lang, "duration-h", &[("h", h.into())]),
        (h, m) => tr(lang, "duration-h-min", &[("h", h.into()), ("m", m.into())]),
    }
}

const DAY_IDS: [(&str, &str); 7] = [
    ("day-mon", "day-short-mon"),
    ("day-tue", "day-short-tue"),
    ("day-wed", "day-short-wed"),
    ("day-thu", "day-short-thu"),
    ("day-fri", "day-short-fri"),
    ("day-sat", "day-short-sat"),
    ("day-sun", "day-short-sun"),
];

/// "Monday" / "lunes": a day's full name for sentences.
pub fn day_name_in(lang: Lang, day: Day) -> String {
    tr(lang, DAY_IDS[day.index()].0, &[])
}

/// "Mon" / "lun": a day's short name for columns and blocks.
pub fn day_short_in(lang: Lang, day: Day) -> String {
    tr(lang, DAY_IDS[day.index()].1, &[])
}

/// "Group therapy" / "Terapia de grupo": a kind of session for people.
pub fn kind_label_in(lang: Lang, kind: SessionKind) -> String {
    let id = match kind {
        SessionKind::Group => "kind-group",
        SessionKind::Individual => "kind-individual",
        SessionKind::Family => "kind-family",
        SessionKind::Medication => "kind-medication",
        SessionKind::Education => "kind-education",
        SessionKind::Peer => "kind-peer",
        SessionKind::Other => "kind-other",
    };
    tr(lang, id, &[])
}

/// "Mon 18:00-21:00" / "lun 18:00-21:00".
pub fn block_in(lang: Lang, b: &TimeBlock) -> String {
    tr(
        lang,
        "block",
        &[
            ("day", day_short_in(lang, b.day).into()),
            ("start", b.start.to_string().into()),
            ("end", b.end.to_string().into()),
        ],
    )
}

/// The catalog whose names to use in `lang`: the one given for English (tests may bring their
/// own), the built-in translation otherwise.
fn names(lang: Lang, catalog: &Catalog) -> &Catalog {
    match lang {
        Lang::En => catalog,
        _ => Catalog::builtin_in(lang),
    }
}

/// The weekly-hour band of a rule, short: "9 to under 20 h", "9 to 19 h", "under 9 h",
/// "20 h or more"; `None` when the rule has no band (inpatient, Medicare's outpatient).
pub fn band_phrase(rule: &LevelRule) -> Option<String> {
    band_phrase_in(Lang::En, rule)
}

/// [`band_phrase`] in `lang`.
pub fn band_phrase_in(lang: Lang, rule: &LevelRule) -> Option<String> {
    let cap = rule.max_hours.as_ref();
    let max = cap.map(|c| Arg::from(hours_figure(c.minutes())));
    let min = rule.min_minutes().map(|m| Arg::from(hours_figure(m)));
    let id = match (&min, cap) {
        (Some(_), Some(c)) if c.inclusive => "band-from-to",
        (Some(_), Some(_)) => "band-from-under",
        (Some(_), None) => "band-from",
        (None, Some(c)) if c.inclusive => "band-at-most",
        (None, Some(_)) => "band-under",
        (None, None) => return None,
    };
    let args: Vec<(&str, Arg)> = [("min", min), ("max", max)]
        .into_iter()
        .filter_map(|(name, value)| value.map(|v| (name, v)))
        .collect();
    Some(tr(lang, id, &args))
}

/// The weekly-hour band of a rule in words: "9 to under 20 h a week".
pub fn band_text(rule: &LevelRule) -> String {
    band_text_in(Lang::En, rule)
}

/// [`band_text`] in `lang`.
pub fn band_text_in(lang: Lang, rule: &LevelRule) -> String {
    band_phrase_in(lang, rule).map_or_else(
        || tr(lang, "no-weekly-limit", &[]),
        |band| tr(lang, "band-a-week", &[("band", band.into())]),
    )
}

/// "9 h 30 min a week (IOP: 9 to under 20 h a week)".
pub fn hours_against_band(report: &Report, rule: Option<&LevelRule>, level: &Level) -> String {
    hours_against_band_in(Lang::En, report, rule, level)
}

/// [`hours_against_band`] in `lang`.
pub fn hours_against_band_in(
    lang: Lang,
    report: &Report,
    rule: Option<&LevelRule>,
    level: &Level,
) -> String {
    let band = rule.map_or_else(
        || tr(lang, "no-weekly-limit", &[]),
        |r| band_text_in(lang, r),
    );
    tr(
        lang,
        "hours-against-band",
        &[
            ("hours", duration_in(lang, report.weekly_minutes).into()),
            ("level", short_name(lang, level).into()),
            ("band", band.into()),
        ],
    )
}

/// A level's short name in `lang` (the given level's own for English).
fn short_name(lang: Lang, level: &Level) -> String {
    match lang {
        Lang::En => level.short_name.clone(),
        _ => Catalog::builtin_in(lang).level(level.id).short_name.clone(),
    }
}

/// "3 with sessions (IOP: usually at least 3)"; "usually" marks typical practice.
pub fn days_against_minimum(report: &Report, rule: Option<&LevelRule>, level: &Level) -> String {
    days_against_minimum_in(Lang::En, report, rule, level)
}

/// [`days_against_minimum`] in `lang`.
pub fn days_against_minimum_in(
    lang: Lang,
    report: &Report,
    rule: Option<&LevelRule>,
    level: &Level,
) -> String {
    let mut text = tr(
        lang,
        "days-with-sessions",
        &[("n", report.session_days.into())],
    );
    if let Some(d) = rule.and_then(|r| r.min_days.as_ref()) {
        let id = match d.strength {
            Strength::Typical => "days-minimum-typical",
            Strength::Required => "days-minimum-required",
        };
        let minimum = tr(
            lang,
            id,
            &[
                ("level", short_name(lang, level).into()),
                ("want", d.days.into()),
            ],
        );
        text.push_str(&format!(" ({minimum})"));
    }
    text
}

/// The verdict of one week in a few words, naming who set the rules and whether they are a
/// guideline or a regulation: "Within ASAM's usual hours for IOP", "Meets Virginia Medicaid's
/// IOP rule", "2 sessions clash with your commitments" (when clashes are the only errors).
pub fn headline(report: &Report, rules: Option<&RuleSet>, catalog: &Catalog) -> String {
    headline_in(Lang::En, report, rules, catalog)
}

/// [`headline`] in `lang`.
pub fn headline_in(
    lang: Lang,
    report: &Report,
    rules: Option<&RuleSet>,
    catalog: &Catalog,
) -> String {
    let level = names(lang, catalog).level(report.level).short_name.clone();
    let say = |id: &str, owner: &str| {
        tr(
            lang,
            id,
            &[("level", level.as_str().into()), ("owner", owner.into())],
        )
    };
    let Some(set) = rules else {
        let id = if report.meets() {
            "meets-rules-for"
        } else {
            "does-not-meet-rules-for"
        };
        return say(id, "");
    };
    // English writes the owner as "ASAM's"; Spanish says "de ASAM" in the sentence itself.
    let owner = match lang {
        Lang::En => set.issuer_possessive(),
        _ => names(lang, catalog)
            .rule_set(&set.id)
            .map_or_else(|| set.issuer.clone(), |r| r.issuer.clone()),
    };
    let has_band = set.rule(report.level).is_some_and(LevelRule::has_hour_band);
    let pick = |band: &'static str, description: &'static str, rule: &'static str| match (
        set.kind, has_band,
    ) {
        (RuleKind::Guideline, true) => band,
        (RuleKind::Guideline, false) => description,
        (RuleKind::Regulation, _) => rule,
    };
    if report.meets() {
        return say(
            pick("within-usual-hours", "fits-description", "meets-rule"),
            &owner,
        );
    }
    if report.findings.iter().any(|f| f.code == Code::NoSessions) {
        return say(
            pick(
                "no-sessions-usual-hours",
                "no-sessions-description",
                "no-sessions-rule",
            ),
            &owner,
        );
    }
    if let Some(schedule) = schedule_headline(lang, report, &level) {
        return schedule;
    }
    say(
        pick(
            "outside-usual-hours",
            "does-not-fit-description",
            "does-not-meet-rule",
        ),
        &owner,
    )
}

/// When the only errors are about the schedule (clashes, overlaps, commitments during a
/// 24-hour stay), says so instead of blaming the hour rules.
fn schedule_headline(lang: Lang, report: &Report, level: &str) -> Option<String> {
    let schedule = |c: Code| {
        matches!(
            c,
            Code::SessionOverlap | Code::CommitmentConflict | Code::CommitmentWhileInpatient
        )
    };
    if report.errors().next().is_none() || !report.errors().all(|f| schedule(f.code)) {
        return None;
    }
    let of = |code: Code| report.errors().filter(move |f| f.code == code);
    let summed = |code: Code| of(code).any(|f| f.day.is_none());
    let mut clashing: Vec<usize> = of(Code::CommitmentConflict)
        .filter_map(|f| f.session)
        .collect();
    clashing.sort_unstable();
    clashing.dedup();
    let overlaps = of(Code::SessionOverlap).count();
    let stay = of(Code::CommitmentWhileInpatient).count();
    let mut parts = Vec::new();
    if summed(Code::CommitmentConflict) {
        parts.push(tr(lang, "many-clash", &[]));
    } else if !clashing.is_empty() {
        parts.push(tr(lang, "sessions-clash", &[("n", clashing.len().into())]));
    }
    if summed(Code::SessionOverlap) {
        parts.push(tr(lang, "many-overlap", &[]));
    } else if overlaps > 0 {
        parts.push(tr(lang, "pairs-overlap", &[("n", overlaps.into())]));
    }
    if stay > 0 {
        parts.push(tr(
            lang,
            "commitments-during-stay",
            &[("n", stay.into()), ("level", level.into())],
        ));
    }
    let mut text = parts.join("; ");
    super::render::capitalize_first(&mut text);
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(0), "0 min");
        assert_eq!(duration(45), "45 min");
        assert_eq!(duration(540), "9 h");
        assert_eq!(duration(90), "1 h 30 min");
        assert_eq!(hours_figure(540), "9");
        assert_eq!(hours_figure(450), "7.5");
        assert_eq!(duration_in(Lang::Es, 90), "1 h 30 min");
        assert_eq!(hours_words_in(Lang::En, 60), "1 hour");
        assert_eq!(hours_words_in(Lang::En, 450), "7.5 hours");
        assert_eq!(hours_words_in(Lang::Es, 60), "1 hora");
        assert_eq!(hours_words_in(Lang::Es, 540), "9 horas");
    }
}
