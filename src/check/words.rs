//! Small pieces of plain English shared by findings and reports.

use std::fmt;

use crate::catalog::{Level, LevelRule};
use crate::plan::TimeBlock;

use super::Report;

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

/// The weekly-hour band of a rule, short: "9 to under 20 h", "under 9 h", "20 h or more";
/// `None` when the rule has no band (inpatient).
pub fn band_phrase(rule: &LevelRule) -> Option<String> {
    match (rule.min_minutes(), rule.max_minutes()) {
        (Some(min), Some(max)) => Some(format!(
            "{} to under {} h",
            hours_figure(min),
            hours_figure(max)
        )),
        (Some(min), None) => Some(format!("{} h or more", hours_figure(min))),
        (None, Some(max)) => Some(format!("under {} h", hours_figure(max))),
        (None, None) => None,
    }
}

/// The weekly-hour band of a rule in words: "9 to under 20 h a week".
pub fn band_text(rule: &LevelRule) -> String {
    band_phrase(rule).map_or_else(
        || "no weekly-hour rule".to_owned(),
        |b| format!("{b} a week"),
    )
}

/// "9 h 30 min a week (IOP: 9 to under 20 h a week)".
pub fn hours_against_band(report: &Report, rule: Option<&LevelRule>, level: &Level) -> String {
    let band = rule.map_or_else(|| "no weekly-hour rule".to_owned(), band_text);
    format!(
        "{} a week ({}: {band})",
        duration(report.weekly_minutes),
        level.short_name
    )
}

/// "3 with sessions (IOP: at least 3)".
pub fn days_against_minimum(report: &Report, rule: Option<&LevelRule>, level: &Level) -> String {
    let minimum = rule
        .and_then(|r| r.min_days)
        .map(|d| format!(" ({}: at least {d})", level.short_name))
        .unwrap_or_default();
    format!("{} with sessions{minimum}", report.session_days)
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
