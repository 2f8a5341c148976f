//! Small pieces of plain English shared by findings and reports.

use std::fmt;

use crate::catalog::{Catalog, Level, LevelRule, MaxHours, RuleKind, RuleSet, Strength};
use crate::plan::TimeBlock;

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

/// "1 day", "3 days".
pub fn count(n: u32, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// "Mon 18:00-21:00".
pub fn block(b: &TimeBlock) -> Block {
    Block(*b)
}

/// A block written as "Mon 18:00-21:00".
pub struct Block(TimeBlock);

impl fmt::Display for Block {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}-{}", self.0.day, self.0.start, self.0.end)
    }
}

/// A threshold in words for sentences: "9 hours", "1 hour", "7.5 hours".
pub fn hours_words(minutes: u32) -> String {
    let figure = hours_figure(minutes);
    if minutes == 60 {
        format!("{figure} hour")
    } else {
        format!("{figure} hours")
    }
}

/// A cap in words: "under 20 hours" (exclusive), "at most 19 hours" (inclusive).
pub fn cap_words(cap: &MaxHours) -> String {
    if cap.inclusive {
        format!("at most {}", hours_words(cap.minutes()))
    } else {
        format!("under {}", hours_words(cap.minutes()))
    }
}

/// The weekly-hour band of a rule, short: "9 to under 20 h", "9 to 19 h", "under 9 h",
/// "20 h or more"; `None` when the rule has no band (inpatient, Medicare's outpatient).
pub fn band_phrase(rule: &LevelRule) -> Option<String> {
    let cap = rule.max_hours.as_ref();
    let cap_figure = cap.map(|c| hours_figure(c.minutes()));
    match (rule.min_minutes(), cap, cap_figure) {
        (Some(min), Some(c), Some(max)) if c.inclusive => {
            Some(format!("{} to {max} h", hours_figure(min)))
        }
        (Some(min), Some(_), Some(max)) => Some(format!("{} to under {max} h", hours_figure(min))),
        (Some(min), None, _) => Some(format!("{} h or more", hours_figure(min))),
        (None, Some(c), Some(max)) if c.inclusive => Some(format!("at most {max} h")),
        (None, Some(_), Some(max)) => Some(format!("under {max} h")),
        _ => None,
    }
}

/// The weekly-hour band of a rule in words: "9 to under 20 h a week".
pub fn band_text(rule: &LevelRule) -> String {
    band_phrase(rule).map_or_else(
        || "no weekly-hour limit".to_owned(),
        |b| format!("{b} a week"),
    )
}

/// "9 h 30 min a week (IOP: 9 to under 20 h a week)".
pub fn hours_against_band(report: &Report, rule: Option<&LevelRule>, level: &Level) -> String {
    let band = rule.map_or_else(|| "no weekly-hour limit".to_owned(), band_text);
    format!(
        "{} a week ({}: {band})",
        duration(report.weekly_minutes),
        level.short_name
    )
}

/// "3 with sessions (IOP: usually at least 3)"; "usually" marks typical practice.
pub fn days_against_minimum(report: &Report, rule: Option<&LevelRule>, level: &Level) -> String {
    let minimum = rule
        .and_then(|r| r.min_days.as_ref())
        .map(|d| {
            let usually = match d.strength {
                Strength::Typical => "usually ",
                Strength::Required => "",
            };
            format!(" ({}: {usually}at least {})", level.short_name, d.days)
        })
        .unwrap_or_default();
    format!("{} with sessions{minimum}", report.session_days)
}

/// The verdict of one week in a few words, naming who set the rules and whether they are a
/// guideline or a regulation: "Within ASAM's usual hours for IOP", "Meets Virginia Medicaid's
/// IOP rule", "2 sessions clash with your commitments" (when clashes are the only errors).
pub fn headline(report: &Report, rules: Option<&RuleSet>, catalog: &Catalog) -> String {
    let level = &catalog.level(report.level).short_name;
    let Some(set) = rules else {
        return if report.meets() {
            format!("Meets the rules for {level}")
        } else {
            format!("Does not meet the rules for {level}")
        };
    };
    let issuer = set.issuer_possessive();
    let has_band = set.rule(report.level).is_some_and(LevelRule::has_hour_band);
    if report.meets() {
        return match (set.kind, has_band) {
            (RuleKind::Guideline, true) => format!("Within {issuer} usual hours for {level}"),
            (RuleKind::Guideline, false) => format!("Fits {issuer} description of {level}"),
            (RuleKind::Regulation, _) => format!("Meets {issuer} {level} rule"),
        };
    }
    if report.findings.iter().any(|f| f.code == Code::NoSessions) {
        return match (set.kind, has_band) {
            (RuleKind::Guideline, true) => {
                format!("No sessions yet to compare with {issuer} usual hours for {level}")
            }
            (RuleKind::Guideline, false) => {
                format!("No sessions yet to compare with {issuer} description of {level}")
            }
            (RuleKind::Regulation, _) => {
                format!("No sessions yet to compare with {issuer} {level} rule")
            }
        };
    }
    if let Some(schedule) = schedule_headline(report, level) {
        return schedule;
    }
    match (set.kind, has_band) {
        (RuleKind::Guideline, true) => format!("Outside {issuer} usual hours for {level}"),
        (RuleKind::Guideline, false) => format!("Does not fit {issuer} description of {level}"),
        (RuleKind::Regulation, _) => format!("Does not meet {issuer} {level} rule"),
    }
}

/// When the only errors are about the schedule (clashes, overlaps, commitments during a
/// 24-hour stay), says so instead of blaming the hour rules.
fn schedule_headline(report: &Report, level: &str) -> Option<String> {
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
        parts.push("Many sessions clash with your commitments".to_owned());
    } else if !clashing.is_empty() {
        let verb = if clashing.len() == 1 {
            "clashes"
        } else {
            "clash"
        };
        parts.push(format!(
            "{} {verb} with your commitments",
            count(clashing.len() as u32, "session", "sessions")
        ));
    }
    if summed(Code::SessionOverlap) {
        parts.push("many sessions overlap".to_owned());
    } else if overlaps > 0 {
        let verb = if overlaps == 1 { "overlaps" } else { "overlap" };
        parts.push(format!(
            "{} of sessions {verb}",
            count(overlaps as u32, "pair", "pairs")
        ));
    }
    if stay > 0 {
        let verb = if stay == 1 { "falls" } else { "fall" };
        parts.push(format!(
            "{} {verb} during the {level} stay",
            count(stay as u32, "commitment", "commitments")
        ));
    }
    let mut text = parts.join("; ");
    if let Some(first) = text.get(..1) {
        let upper = first.to_uppercase();
        text.replace_range(..1, &upper);
    }
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
        assert_eq!(count(1, "day", "days"), "1 day");
        assert_eq!(count(2, "day", "days"), "2 days");
    }
}
