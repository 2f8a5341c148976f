//! The rules engine: a [`Plan`] judged against a [`RuleSet`] gives a [`Report`].
//!
//! Reference: docs/plan-format.md (findings) and docs/rules.md (rule sets). Every threshold
//! and every strength comes from the rule set (`data/rules.ron`), every level name from the
//! catalog (`data/levels.ron`).
//! The work is O(n log n) in sessions: one sort per day, then linear sweeps.

mod limits;
mod render;
mod words;

use serde::Serialize;

use crate::catalog::{Catalog, RuleSet};
use crate::plan::{Commitment, Day, LevelId, Plan, Session, TimeBlock, Week};

pub use render::{Detail, LevelName, LimitOf, Named, Title, capitalize_first};
pub use words::{
    band_phrase, band_phrase_in, band_text, band_text_in, block_in, cap_words, cap_words_in,
    day_name_in, day_short_in, days_against_minimum, days_against_minimum_in, duration,
    duration_in, headline, headline_in, hours_against_band, hours_against_band_in, hours_figure,
    hours_words, hours_words_in, kind_label_in,
};

use crate::i18n::Lang;

/// Said wherever a check leaves the app (reports, JSON, exports). English; [`disclaimer`]
/// gives it in any language.
pub const DISCLAIMER: &str = "It informs and does not replace an assessment by a clinician.";

/// [`DISCLAIMER`] in `lang`.
pub fn disclaimer(lang: Lang) -> String {
    crate::i18n::tr(lang, "disclaimer", &[])
}

/// How serious a finding is. Only errors change the verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Severity {
    Error,
    Warning,
}

/// What a finding is about; the codes are fixed by the contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Code {
    NoSessions,
    TooFewHours,
    TooManyHours,
    TooFewDays,
    CommitmentWhileInpatient,
    SessionOverlap,
    CommitmentConflict,
    ShortDay,
}

impl Code {
    /// The snake_case code used in JSON (`"too_few_hours"`).
    pub fn as_str(self) -> &'static str {
        match self {
            Code::NoSessions => "no_sessions",
            Code::TooFewHours => "too_few_hours",
            Code::TooManyHours => "too_many_hours",
            Code::TooFewDays => "too_few_days",
            Code::CommitmentWhileInpatient => "commitment_while_inpatient",
            Code::SessionOverlap => "session_overlap",
            Code::CommitmentConflict => "commitment_conflict",
            Code::ShortDay => "short_day",
        }
    }
}

/// One thing the check noticed: its code, and in [`Finding::detail`] what it found (numbers,
/// day, titles, the limit), from which [`Finding::message_in`] words a message in a language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub code: Code,
    /// The message in English, made when the finding is. The app's views and the tests read
    /// it; anything that can speak another language calls [`Finding::message_in`].
    pub message: String,
    /// What was found, in no language.
    #[serde(skip)]
    pub detail: Detail,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub day: Option<Day>,
    /// 0-based index into the plan's sessions.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session: Option<usize>,
    /// 0-based index into the plan's commitments.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub commitment: Option<usize>,
}

impl Finding {
    fn new(code: Code, severity: Severity, detail: Detail) -> Finding {
        Finding {
            severity,
            code,
            message: render::message(&detail, Lang::En),
            detail,
            day: None,
            session: None,
            commitment: None,
        }
    }

    /// The message in `lang`: states the fact and the gap, never what to do.
    pub fn message_in(&self, lang: Lang) -> String {
        match lang {
            Lang::En => self.message.clone(),
            _ => render::message(&self.detail, lang),
        }
    }

    fn on_day(mut self, day: Day) -> Finding {
        self.day = Some(day);
        self
    }

    fn session(mut self, index: usize) -> Finding {
        self.session = Some(index);
        self
    }

    fn commitment(mut self, index: usize) -> Finding {
        self.commitment = Some(index);
        self
    }
}

/// Whether the week meets the level's rules: it does when no finding is an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    Meets,
    DoesNotMeet,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Meets => "meets",
            Verdict::DoesNotMeet => "does_not_meet",
        }
    }
}

/// Everything the check found about one plan.
#[derive(Clone, Debug, PartialEq)]
pub struct Report {
    pub level: LevelId,
    /// Id of the rule set used.
    pub rules: String,
    pub verdict: Verdict,
    /// Length of the union of session time, in minutes (overlaps counted once).
    pub weekly_minutes: u32,
    /// Days with at least one session.
    pub session_days: u32,
    /// Union minutes per day, Monday first.
    pub minutes_by_day: [u32; 7],
    /// What the hours alone amount to; `None` when there are no sessions.
    pub intensity: Option<LevelId>,
    /// Errors first, then warnings; within each, a fixed order by code, day and index.
    pub findings: Vec<Finding>,
}

impl Report {
    pub fn weekly_hours(&self) -> f64 {
        f64::from(self.weekly_minutes) / 60.0
    }

    pub fn meets(&self) -> bool {
        self.verdict == Verdict::Meets
    }

    pub fn errors(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
    }

    pub fn warnings(&self) -> impl Iterator<Item = &Finding> {
        self.findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
    }
}

/// A rule set id that `data/rules.ron` does not define.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("\"{id}\" is not a rule set; the rule sets are: {}", known.join(", "))]
pub struct UnknownRuleSet {
    pub id: String,
    pub known: Vec<String>,
}

/// The check of a whole plan: one report per phase (a one-week plan has one).
#[derive(Clone, Debug, PartialEq)]
pub struct PlanReport {
    /// Id of the rule set used.
    pub rules: String,
    /// Meets when every phase meets.
    pub verdict: Verdict,
    /// One report per phase, in order.
    pub phases: Vec<Report>,
}

impl PlanReport {
    pub fn meets(&self) -> bool {
        self.verdict == Verdict::Meets
    }

    /// The report of phase `index` (clamped to the last phase, like [`Plan::phase`]).
    pub fn phase(&self, index: usize) -> &Report {
        &self.phases[index.min(self.phases.len().saturating_sub(1))]
    }
}

/// Looks up a rule set by id, or says which ids exist.
pub fn rule_set<'c>(catalog: &'c Catalog, id: &str) -> Result<&'c RuleSet, UnknownRuleSet> {
    catalog.rule_set(id).ok_or_else(|| UnknownRuleSet {
        id: id.to_owned(),
        known: catalog
            .rule_set_ids()
            .into_iter()
            .map(str::to_owned)
            .collect(),
    })
}

/// Checks every phase of `plan` under its own rule set, or under `rules_override` when given.
/// Each phase is checked like a one-week plan with the plan's commitments plus its own.
pub fn check_plan(
    plan: &Plan,
    catalog: &Catalog,
    rules_override: Option<&str>,
) -> Result<PlanReport, UnknownRuleSet> {
    let rules = rule_set(catalog, rules_override.unwrap_or(&plan.rules))?;
    let phases: Vec<Report> = (0..plan.phases.len())
        .map(|i| check(&plan.week(i), rules, catalog))
        .collect();
    let verdict = if phases.iter().all(Report::meets) {
        Verdict::Meets
    } else {
        Verdict::DoesNotMeet
    };
    Ok(PlanReport {
        rules: rules.id.clone(),
        verdict,
        phases,
    })
}

/// Checks one week against `rules`. Level names in messages come from `catalog`.
pub fn check(week: &Week<'_>, rules: &RuleSet, catalog: &Catalog) -> Report {
    let days = sessions_by_day(week.sessions);

    let mut minutes_by_day = [0u32; 7];
    for (day, list) in days.iter().enumerate() {
        minutes_by_day[day] = union_minutes(list.iter().map(|&i| week.sessions[i].block()));
    }
    let weekly_minutes: u32 = minutes_by_day.iter().sum();
    let session_days = days.iter().filter(|d| !d.is_empty()).count() as u32;
    let by_hours = rules.intensity(weekly_minutes);
    let intensity = (!week.sessions.is_empty()).then_some(by_hours);

    let mut findings = Vec::new();
    if week.sessions.is_empty() {
        findings.push(Finding::new(
            Code::NoSessions,
            Severity::Error,
            Detail::NoSessions {
                level: LevelName::of(catalog, week.level),
            },
        ));
    }
    if let Some(rule) = rules.rule(week.level) {
        let limits = limits::Limits {
            set: rules,
            rule,
            level: LevelName::of(catalog, week.level),
        };
        findings.extend(limits.weekly(weekly_minutes, by_hours, catalog));
        findings.extend(limits.days(session_days));
        findings.extend(limits.commitments(week));
        findings.extend(limits.short_days(&minutes_by_day));
    }
    overlap_findings(week, &days, &mut findings);
    conflict_findings(week, &days, &mut findings);

    // Stable: pairs naming the same session keep the order they were found in (by start).
    // A summing-up finding (no day) comes after the ones it sums up.
    findings.sort_by_key(|f| {
        let summary =
            f.day.is_none() && matches!(f.code, Code::SessionOverlap | Code::CommitmentConflict);
        (f.severity, f.code, summary, f.day, f.session, f.commitment)
    });
    let verdict = if findings.iter().any(|f| f.severity == Severity::Error) {
        Verdict::DoesNotMeet
    } else {
        Verdict::Meets
    };
    Report {
        level: week.level,
        rules: rules.id.clone(),
        verdict,
        weekly_minutes,
        session_days,
        minutes_by_day,
        intensity,
        findings,
    }
}

/// Session indices per day, each day sorted by start time, then end, then index.
fn sessions_by_day(sessions: &[Session]) -> [Vec<usize>; 7] {
    let mut days: [Vec<usize>; 7] = Default::default();
    for (i, s) in sessions.iter().enumerate() {
        days[s.day.index()].push(i);
    }
    for list in &mut days {
        list.sort_unstable_by_key(|&i| (sessions[i].start, sessions[i].end, i));
    }
    days
}

/// Total minutes covered by blocks of one day, overlapping time counted once.
/// Blocks must come sorted by start.
fn union_minutes(blocks: impl Iterator<Item = TimeBlock>) -> u32 {
    let mut total = 0;
    let mut current: Option<(u16, u16)> = None;
    for b in blocks {
        let (start, end) = (b.start.minutes(), b.end.minutes());
        match current {
            Some((s, e)) if start <= e => current = Some((s, e.max(end))),
            Some((s, e)) => {
                total += u32::from(e.saturating_sub(s));
                current = Some((start, end));
            }
            None => current = Some((start, end)),
        }
    }
    if let Some((s, e)) = current {
        total += u32::from(e.saturating_sub(s));
    }
    total
}

/// At most this many overlaps, and as many clashes, are listed one by one; the rest are
/// counted in one summing-up finding. A 4 MiB file can hold millions of overlapping pairs,
/// and nobody fixes a week from a list that long.
pub const LISTED_PER_CODE: usize = 200;

/// One finding for each pair of sessions that share time, naming the one that starts later
/// (its `session`) and the other in the message; past [`LISTED_PER_CODE`], a count.
fn overlap_findings(plan: &Week<'_>, days: &[Vec<usize>; 7], findings: &mut Vec<Finding>) {
    let mut listed = 0;
    let mut unlisted: u64 = 0;
    let mut active: Vec<usize> = Vec::new();
    for list in days {
        active.clear();
        let mut ends: Option<Vec<u16>> = None;
        for (pos, &i) in list.iter().enumerate() {
            let s = &plan.sessions[i];
            if listed < LISTED_PER_CODE {
                // Earlier-starting sessions still running when this one starts.
                active.retain(|&a| plan.sessions[a].end > s.start);
                for &a in &active {
                    let other = &plan.sessions[a];
                    if !s.block().overlaps(&other.block()) {
                        continue;
                    }
                    if listed == LISTED_PER_CODE {
                        unlisted += 1;
                        continue;
                    }
                    listed += 1;
                    let shared = s
                        .end
                        .min(other.end)
                        .minutes()
                        .saturating_sub(s.start.minutes());
                    findings.push(
                        Finding::new(
                            Code::SessionOverlap,
                            Severity::Error,
                            Detail::SessionOverlap {
                                session: named_session(s),
                                other: named_session(other),
                                shared: u32::from(shared),
                            },
                        )
                        .on_day(s.day)
                        .session(i),
                    );
                }
                active.push(i);
            } else {
                // Count without listing: sessions before this one that have not ended yet.
                let ends = ends.get_or_insert_with(|| {
                    let mut e: Vec<u16> = list
                        .iter()
                        .map(|&k| plan.sessions[k].end.minutes())
                        .collect();
                    e.sort_unstable();
                    e
                });
                let ended = ends.partition_point(|&e| e <= s.start.minutes());
                unlisted += pos.saturating_sub(ended) as u64;
            }
        }
    }
    if unlisted > 0 {
        findings.push(Finding::new(
            Code::SessionOverlap,
            Severity::Error,
            Detail::MoreOverlaps { count: unlisted },
        ));
    }
}

/// One finding for each (session, commitment) pair that shares time; past
/// [`LISTED_PER_CODE`], a count.
fn conflict_findings(plan: &Week<'_>, days: &[Vec<usize>; 7], findings: &mut Vec<Finding>) {
    let cs = &plan.commitments;
    let mut commitments: [Vec<usize>; 7] = Default::default();
    for (i, c) in cs.iter().enumerate() {
        commitments[c.day.index()].push(i);
    }
    let mut listed = 0;
    let mut unlisted: u64 = 0;
    for (day, list) in commitments.iter_mut().enumerate() {
        if list.is_empty() || days[day].is_empty() {
            continue;
        }
        list.sort_unstable_by_key(|&i| (cs[i].start, i));
        // The latest end among commitments [0..=k]: lets the backward scan stop early.
        let reach: Vec<_> = list
            .iter()
            .scan(0u16, |m, &i| {
                *m = (*m).max(cs[i].end.minutes());
                Some(*m)
            })
            .collect();
        let mut ends: Option<Vec<u16>> = None;
        for &si in &days[day] {
            let s = &plan.sessions[si];
            // Commitments starting before the session ends are the only candidates.
            let upto = list.partition_point(|&ci| cs[ci].start < s.end);
            if listed >= LISTED_PER_CODE {
                let ends = ends.get_or_insert_with(|| {
                    let mut e: Vec<u16> = list.iter().map(|&ci| cs[ci].end.minutes()).collect();
                    e.sort_unstable();
                    e
                });
                let ended = ends.partition_point(|&e| e <= s.start.minutes());
                unlisted += upto.saturating_sub(ended) as u64;
                continue;
            }
            let mut clashes = Vec::new();
            for k in (0..upto).rev() {
                if reach[k] <= s.start.minutes() {
                    break;
                }
                let ci = list[k];
                if cs[ci].end > s.start && s.block().overlaps(&cs[ci].block()) {
                    clashes.push(ci);
                }
            }
            clashes.sort_unstable();
            for ci in clashes {
                if listed < LISTED_PER_CODE {
                    listed += 1;
                    findings.push(conflict(s, si, &cs[ci], ci));
                } else {
                    unlisted += 1;
                }
            }
        }
    }
    if unlisted > 0 {
        findings.push(Finding::new(
            Code::CommitmentConflict,
            Severity::Error,
            Detail::MoreConflicts { count: unlisted },
        ));
    }
}

fn conflict(s: &Session, si: usize, c: &Commitment, ci: usize) -> Finding {
    let shared = s
        .end
        .min(c.end)
        .minutes()
        .saturating_sub(s.start.max(c.start).minutes());
    Finding::new(
        Code::CommitmentConflict,
        Severity::Error,
        Detail::CommitmentConflict {
            session: named_session(s),
            commitment: named_commitment(c),
            shared: u32::from(shared),
        },
    )
    .on_day(s.day)
    .session(si)
    .commitment(ci)
}

fn named_session(s: &Session) -> Named {
    Named {
        title: Title::session(&s.title, s.kind),
        block: s.block(),
    }
}

fn named_commitment(c: &Commitment) -> Named {
    Named {
        title: Title::commitment(&c.title),
        block: c.block(),
    }
}

#[cfg(test)]
mod tests;
