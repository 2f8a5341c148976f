//! Findings from a level's limits: weekly hours, session days, hours on each session day, and
//! commitments during a 24-hour stay. Each finding's severity is its limit's strength; what it
//! records ([`Detail`]) is what its message needs to state the fact and the gap and name the
//! kind of source (see `render`).

use crate::catalog::{Catalog, LevelRule, RuleSet, Strength};
use crate::plan::{Day, LevelId, Week};

use super::render::{Detail, LevelName, LimitOf, Named, Title};
use super::{Code, Finding, Severity};

/// What every finding needs to know: the rule set (its kind and how to cite it) and the level.
pub(super) struct Limits<'a> {
    pub set: &'a RuleSet,
    pub rule: &'a LevelRule,
    pub level: LevelName,
}

fn severity(strength: Strength) -> Severity {
    match strength {
        Strength::Required => Severity::Error,
        Strength::Typical => Severity::Warning,
    }
}

impl Limits<'_> {
    /// The limit a finding measures against, with the strength of that limit.
    fn limit(&self, strength: Strength) -> LimitOf {
        LimitOf {
            strength,
            kind: self.set.kind,
            rules: self.set.id.clone(),
            cited_as: self.set.cited_as.clone(),
            level: self.level.clone(),
        }
    }

    /// `too_few_hours` and `too_many_hours`.
    pub fn weekly(&self, minutes: u32, intensity: LevelId, catalog: &Catalog) -> Vec<Finding> {
        let mut findings = Vec::new();
        if let Some(min) = &self.rule.min_hours
            && minutes < min.minutes()
        {
            findings.push(Finding::new(
                Code::TooFewHours,
                severity(min.strength),
                Detail::TooFewHours {
                    have: minutes,
                    min: min.minutes(),
                    limit: self.limit(min.strength),
                },
            ));
        }
        if let Some(cap) = &self.rule.max_hours
            && !cap.allows(minutes)
        {
            findings.push(Finding::new(
                Code::TooManyHours,
                severity(cap.strength),
                Detail::TooManyHours {
                    have: minutes,
                    cap: cap.minutes(),
                    inclusive: cap.inclusive,
                    limit: self.limit(cap.strength),
                    intensity: (intensity != self.rule.level)
                        .then(|| LevelName::of(catalog, intensity)),
                },
            ));
        }
        findings
    }

    /// `too_few_days`.
    pub fn days(&self, have: u32) -> Option<Finding> {
        let min = self.rule.min_days.as_ref()?;
        let want = u32::from(min.days);
        (have < want).then(|| {
            Finding::new(
                Code::TooFewDays,
                severity(min.strength),
                Detail::TooFewDays {
                    have,
                    want,
                    limit: self.limit(min.strength),
                },
            )
        })
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
                Finding::new(
                    Code::ShortDay,
                    severity(min.strength),
                    Detail::ShortDay {
                        day,
                        have: minutes_by_day[day.index()],
                        min: min.minutes(),
                        limit: self.limit(min.strength),
                    },
                )
                .on_day(day)
            })
            .collect()
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
                    Detail::CommitmentWhileInpatient {
                        level: self.level.clone(),
                        commitment: Named {
                            title: Title::commitment(&c.title),
                            block: c.block(),
                        },
                    },
                )
                .on_day(c.day)
                .commitment(i)
            })
            .collect()
    }
}
