//! Findings from a level's limits: weekly hours, session days, hours on each session day, and
//! commitments during a 24-hour stay. Each finding's severity is its limit's strength, and
//! its message states the fact and the gap and names the kind of source, never what to do.

use crate::catalog::{Level, LevelRule, MaxHours, MinDays, MinHours, RuleKind, RuleSet, Strength};
use crate::plan::{Day, LevelId, Week};

use super::words::{self, Duration, cap_words, duration, hours_words};
use super::{Code, Finding, Severity};

/// What every message needs to know: the rule set (its kind and how to cite it) and the level.
pub(super) struct Limits<'a> {
    pub set: &'a RuleSet,
    pub rule: &'a LevelRule,
    pub level: &'a Level,
}

fn severity(strength: Strength) -> Severity {
    match strength {
        Strength::Required => Severity::Error,
        Strength::Typical => Severity::Warning,
    }
}

/// How a typical limit names its source kind, in the parenthesis after the fact.
const USUAL: &str = "usual practice, not a rule";

impl Limits<'_> {
    /// The level's short name, for messages.
    #[allow(clippy::misnamed_getters)] // the level's name, not the limits' own `name`
    fn name(&self) -> &str {
        &self.level.short_name
    }

    /// `too_few_hours` and `too_many_hours`.
    pub fn weekly(
        &self,
        minutes: u32,
        intensity: LevelId,
        names: impl Fn(LevelId) -> String,
    ) -> Vec<Finding> {
        let mut findings = Vec::new();
        if let Some(min) = &self.rule.min_hours
            && minutes < min.minutes()
        {
            findings.push(Finding::new(
                Code::TooFewHours,
                severity(min.strength),
                self.too_few_hours(minutes, min),
            ));
        }
        if let Some(cap) = &self.rule.max_hours
            && !cap.allows(minutes)
        {
            let mut message = self.too_many_hours(minutes, cap);
            if intensity != self.rule.level {
                message.push_str(&format!(
                    " By hours alone this week is {} intensity.",
                    names(intensity)
                ));
            }
            findings.push(Finding::new(
                Code::TooManyHours,
                severity(cap.strength),
                message,
            ));
        }
        findings
    }

    fn too_few_hours(&self, have: u32, min: &MinHours) -> String {
        let (set, name) = (self.set, self.name());
        let figure = hours_words(min.minutes());
        let gap = duration(min.minutes() - have);
        let have = duration(have);
        match (min.strength, set.kind) {
            (Strength::Typical, _) => format!(
                "{have} a week; a typical {name} week has at least {figure} ({USUAL}; {gap} more would reach it)."
            ),
            (Strength::Required, RuleKind::Guideline) => format!(
                "{have} a week; {} describes {name} as at least {figure} a week ({gap} more would reach it).",
                set.cited_as
            ),
            (Strength::Required, RuleKind::Regulation) => format!(
                "{have} a week; {} asks at least {figure} a week for {name} ({gap} more would reach it).",
                set.cited_as
            ),
        }
    }

    fn too_many_hours(&self, have: u32, cap: &MaxHours) -> String {
        let (set, name) = (self.set, self.name());
        let limit = cap_words(cap);
        let over = have.saturating_sub(cap.minutes());
        let gap = if over == 0 {
            "this week is right at that line".to_owned()
        } else {
            format!("{} over", duration(over))
        };
        let have = duration(have);
        match (cap.strength, set.kind) {
            (Strength::Typical, _) => {
                format!("{have} a week; a typical {name} week has {limit} ({USUAL}; {gap}).")
            }
            (Strength::Required, RuleKind::Guideline) => format!(
                "{have} a week; {} describes {name} as {limit} a week ({gap}).",
                set.cited_as
            ),
            (Strength::Required, RuleKind::Regulation) => format!(
                "{have} a week; {} limits {name} to {limit} a week ({gap}).",
                set.cited_as
            ),
        }
    }

    /// `too_few_days`.
    pub fn days(&self, have: u32) -> Option<Finding> {
        let min = self.rule.min_days.as_ref()?;
        let want = u32::from(min.days);
        (have < want).then(|| {
            Finding::new(
                Code::TooFewDays,
                severity(min.strength),
                self.too_few_days(have, min),
            )
        })
    }

    fn too_few_days(&self, have: u32, min: &MinDays) -> String {
        let (set, name) = (self.set, self.name());
        let want = u32::from(min.days);
        let fact = if have == 0 {
            "No day has sessions yet".to_owned()
        } else {
            format!("Sessions fall on {}", words::count(have, "day", "days"))
        };
        let gap = format!(
            "{} more {} would reach it",
            want - have,
            if want - have == 1 { "day" } else { "days" }
        );
        match (min.strength, set.kind) {
            (Strength::Typical, _) => format!(
                "{fact}; a typical {name} week has sessions on {want} or more days ({USUAL}; {gap})."
            ),
            (Strength::Required, RuleKind::Guideline) => format!(
                "{fact}; {} describes {name} as sessions on at least {want} days a week ({gap}).",
                set.cited_as
            ),
            (Strength::Required, RuleKind::Regulation) => format!(
                "{fact}; {} asks sessions on at least {want} days a week for {name} ({gap}).",
                set.cited_as
            ),
        }
    }

    /// `short_day`: one finding for each session day under the level's hours per day.
    pub fn short_days(&self, minutes_by_day: &[u32; 7]) -> Vec<Finding> {
        let Some(min) = &self.rule.min_day_hours else {
            return Vec::new();
        };
        Day::ALL
            .into_iter()
            .filter(|d| (1..min.minutes()).contains(&minutes_by_day[d.index()]))
            .map(|day| {
                let have = minutes_by_day[day.index()];
                Finding::new(
                    Code::ShortDay,
                    severity(min.strength),
                    self.short_day(day, have, min),
                )
                .on_day(day)
            })
            .collect()
    }

    fn short_day(&self, day: Day, have: u32, min: &MinHours) -> String {
        let (set, name) = (self.set, self.name());
        let figure = hours_words(min.minutes());
        let gap = Duration(min.minutes() - have);
        let have = Duration(have);
        let day = day.name();
        match (min.strength, set.kind) {
            (Strength::Typical, _) => format!(
                "{day} has {have} of sessions; a typical {name} day is {figure} or more ({USUAL}; {gap} more would reach it)."
            ),
            (Strength::Required, RuleKind::Guideline) => format!(
                "{} describes each {name} day as at least {figure}; {day} has {have} ({gap} more would reach it).",
                set.cited_as
            ),
            (Strength::Required, RuleKind::Regulation) => format!(
                "{} asks at least {} service {} on each {name} day; {day} has {have} ({gap} more would reach it).",
                set.cited_as,
                words::hours_figure(min.minutes()),
                if min.minutes() == 60 { "hour" } else { "hours" },
            ),
        }
    }

    /// `commitment_while_inpatient`: one finding for each commitment of the week.
    pub fn commitments(&self, week: &Week<'_>) -> Vec<Finding> {
        let Some(limit) = &self.rule.no_commitments else {
            return Vec::new();
        };
        week.commitments
            .iter()
            .enumerate()
            .map(|(i, c)| {
                Finding::new(
                    Code::CommitmentWhileInpatient,
                    severity(limit.strength),
                    format!(
                        "{} means living at the program, so \"{}\" ({}) would fall during the stay.",
                        self.level.name,
                        c.display_title(),
                        words::block(&c.block()),
                    ),
                )
                .on_day(c.day)
                .commitment(i)
            })
            .collect()
    }
}
