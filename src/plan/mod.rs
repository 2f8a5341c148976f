//! The weekly plan: days, clock times, program sessions and outside commitments.
//!
//! Everything here is plain data with no knowledge of files or of the UI. Loading and saving
//! live in [`file`]; judging a plan against a rule set lives in [`crate::check`].

pub mod autosave;
pub mod disk;
pub mod file;
pub mod history;
pub(crate) mod raw;
pub mod workspace;

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

/// A day of the week, Monday first (the order the week grid and reports use).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Day {
    Mon,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat,
    Sun,
}

impl Day {
    /// Monday to Sunday.
    pub const ALL: [Day; 7] = [
        Day::Mon,
        Day::Tue,
        Day::Wed,
        Day::Thu,
        Day::Fri,
        Day::Sat,
        Day::Sun,
    ];

    /// 0 for Monday to 6 for Sunday.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The day at `index` (0 = Monday); `None` past Sunday.
    pub fn from_index(index: usize) -> Option<Day> {
        Day::ALL.get(index).copied()
    }

    /// The three-letter code used in files and JSON (`"Mon"`).
    pub fn code(self) -> &'static str {
        match self {
            Day::Mon => "Mon",
            Day::Tue => "Tue",
            Day::Wed => "Wed",
            Day::Thu => "Thu",
            Day::Fri => "Fri",
            Day::Sat => "Sat",
            Day::Sun => "Sun",
        }
    }

    /// The full English name (`"Monday"`), for sentences and screen readers.
    pub fn name(self) -> &'static str {
        match self {
            Day::Mon => "Monday",
            Day::Tue => "Tuesday",
            Day::Wed => "Wednesday",
            Day::Thu => "Thursday",
            Day::Fri => "Friday",
            Day::Sat => "Saturday",
            Day::Sun => "Sunday",
        }
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A time of day in minutes since midnight, from 00:00 (0) to 24:00 (1440).
///
/// 24:00 exists so a block can run to the end of the day; it is only valid as an end time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Clock(u16);

impl Clock {
    /// Midnight at the start of the day.
    pub const MIDNIGHT: Clock = Clock(0);
    /// Midnight at the end of the day (`"24:00"`).
    pub const END_OF_DAY: Clock = Clock(24 * 60);

    /// A clock time from minutes since midnight; `None` past 24:00.
    pub fn from_minutes(minutes: u16) -> Option<Clock> {
        (minutes <= 24 * 60).then_some(Clock(minutes))
    }

    /// A clock time from hours and minutes; `None` unless it is a real time or exactly 24:00.
    pub fn from_hm(hours: u16, minutes: u16) -> Option<Clock> {
        if minutes >= 60 || hours > 24 || (hours == 24 && minutes != 0) {
            return None;
        }
        Some(Clock(hours * 60 + minutes))
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u16 {
        self.0
    }

    pub fn hour(self) -> u16 {
        self.0 / 60
    }

    pub fn minute(self) -> u16 {
        self.0 % 60
    }
}

impl fmt::Display for Clock {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // By hand rather than `{:02}`: large plans print a clock in every finding.
        let (h, m) = (self.hour(), self.minute());
        let digit = |n: u16| char::from(b'0' + (n % 10) as u8);
        for c in [digit(h / 10), digit(h), ':', digit(m / 10), digit(m)] {
            fmt::Write::write_char(f, c)?;
        }
        Ok(())
    }
}

/// Why a piece of text is not an `"HH:MM"` time.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "\"{0}\" is not a time: write it as \"HH:MM\" on a 24-hour clock, from \"00:00\" to \"24:00\""
)]
pub struct BadClock(pub String);

impl FromStr for Clock {
    type Err = BadClock;

    fn from_str(text: &str) -> Result<Clock, BadClock> {
        let bad = || BadClock(text.to_owned());
        let (h, m) = text.split_once(':').ok_or_else(bad)?;
        let two_digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
        if !two_digits(h) || !two_digits(m) {
            return Err(bad());
        }
        let hours: u16 = h.parse().map_err(|_| bad())?;
        let minutes: u16 = m.parse().map_err(|_| bad())?;
        Clock::from_hm(hours, minutes).ok_or_else(bad)
    }
}

/// Why a typed start and end do not make a block (format 1: same day, not empty).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum BadTimes {
    #[error("{0}")]
    Start(BadClock),
    #[error("{0}")]
    End(BadClock),
    #[error("\"24:00\" can only end a block; a block that starts at midnight starts at \"00:00\"")]
    StartsAtEndOfDay,
    #[error(
        "the end \"{end}\" must be later than the start \"{start}\" (blocks cannot be empty or run past midnight; split an overnight block in two)"
    )]
    EndNotAfterStart { start: Clock, end: Clock },
}

impl BadTimes {
    /// Which of the two times to fix: `"start"` or `"end"`.
    pub fn field(&self) -> &'static str {
        match self {
            BadTimes::Start(_) | BadTimes::StartsAtEndOfDay => "start",
            BadTimes::End(_) | BadTimes::EndNotAfterStart { .. } => "end",
        }
    }
}

/// Reads a block's start and end as written (`"18:00"`, `"21:00"`, no spaces): the one rule
/// shared by plan files and the planner's forms.
pub fn parse_times(start: &str, end: &str) -> Result<(Clock, Clock), BadTimes> {
    let start: Clock = start.parse().map_err(BadTimes::Start)?;
    if start == Clock::END_OF_DAY {
        return Err(BadTimes::StartsAtEndOfDay);
    }
    let end: Clock = end.parse().map_err(BadTimes::End)?;
    if end <= start {
        return Err(BadTimes::EndNotAfterStart { start, end });
    }
    Ok((start, end))
}

/// What kind of program session a block is; sessions are coloured by kind in the planner.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize,
)]
pub enum SessionKind {
    #[default]
    Group,
    Individual,
    Family,
    Medication,
    Education,
    Peer,
    Other,
}

impl SessionKind {
    pub const ALL: [SessionKind; 7] = [
        SessionKind::Group,
        SessionKind::Individual,
        SessionKind::Family,
        SessionKind::Medication,
        SessionKind::Education,
        SessionKind::Peer,
        SessionKind::Other,
    ];

    /// The identifier used in plan files (`Group`).
    pub fn code(self) -> &'static str {
        match self {
            SessionKind::Group => "Group",
            SessionKind::Individual => "Individual",
            SessionKind::Family => "Family",
            SessionKind::Medication => "Medication",
            SessionKind::Education => "Education",
            SessionKind::Peer => "Peer",
            SessionKind::Other => "Other",
        }
    }

    /// A plain-language name for people ("Group therapy").
    pub fn label(self) -> &'static str {
        match self {
            SessionKind::Group => "Group therapy",
            SessionKind::Individual => "Individual counseling",
            SessionKind::Family => "Family session",
            SessionKind::Medication => "Medication visit",
            SessionKind::Education => "Education / skills",
            SessionKind::Peer => "Peer support",
            SessionKind::Other => "Other",
        }
    }
}

/// The four levels of care a plan can be checked against.
///
/// The ids are fixed by the plan-file contract; their names, facts and hour rules come from
/// `data/` through [`crate::catalog`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum LevelId {
    Outpatient,
    Iop,
    DayProgram,
    Inpatient,
}

impl LevelId {
    /// From least to most intensive.
    pub const ALL: [LevelId; 4] = [
        LevelId::Outpatient,
        LevelId::Iop,
        LevelId::DayProgram,
        LevelId::Inpatient,
    ];

    /// The id used in plan files, rule sets and JSON (`"day_program"`).
    pub fn code(self) -> &'static str {
        match self {
            LevelId::Outpatient => "outpatient",
            LevelId::Iop => "iop",
            LevelId::DayProgram => "day_program",
            LevelId::Inpatient => "inpatient",
        }
    }

    /// Parses a level id as written in plan files.
    pub fn from_code(code: &str) -> Option<LevelId> {
        LevelId::ALL.into_iter().find(|l| l.code() == code)
    }
}

/// A level id that is not one of the four.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error(
    "\"{0}\" is not a level of care: use \"outpatient\", \"iop\", \"day_program\" or \"inpatient\""
)]
pub struct UnknownLevel(pub String);

impl TryFrom<String> for LevelId {
    type Error = UnknownLevel;

    fn try_from(code: String) -> Result<LevelId, UnknownLevel> {
        LevelId::from_code(&code).ok_or(UnknownLevel(code))
    }
}

impl From<LevelId> for &'static str {
    fn from(level: LevelId) -> &'static str {
        level.code()
    }
}

impl fmt::Display for LevelId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// One block of time on one day, `start` inclusive and `end` exclusive.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TimeBlock {
    pub day: Day,
    pub start: Clock,
    pub end: Clock,
}

impl TimeBlock {
    /// Length in minutes (0 if the block is empty or reversed).
    pub fn minutes(&self) -> u32 {
        u32::from(self.end.minutes().saturating_sub(self.start.minutes()))
    }

    /// Whether two blocks share any time; blocks that only touch (end = start) do not.
    pub fn overlaps(&self, other: &TimeBlock) -> bool {
        self.day == other.day && self.start < other.end && other.start < self.end
    }
}

/// A scheduled treatment session: group, individual counseling, a medication visit...
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Session {
    pub day: Day,
    pub start: Clock,
    pub end: Clock,
    pub kind: SessionKind,
    pub title: String,
}

impl Session {
    pub fn block(&self) -> TimeBlock {
        TimeBlock {
            day: self.day,
            start: self.start,
            end: self.end,
        }
    }

    /// Length in minutes.
    pub fn minutes(&self) -> u32 {
        self.block().minutes()
    }

    /// The title, or the kind's name when the title is blank.
    pub fn display_title(&self) -> &str {
        if self.title.trim().is_empty() {
            self.kind.label()
        } else {
            &self.title
        }
    }
}

/// Time the person already owes elsewhere: work, school, childcare...
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Commitment {
    pub day: Day,
    pub start: Clock,
    pub end: Clock,
    pub title: String,
}

impl Commitment {
    pub fn block(&self) -> TimeBlock {
        TimeBlock {
            day: self.day,
            start: self.start,
            end: self.end,
        }
    }

    /// Length in minutes.
    pub fn minutes(&self) -> u32 {
        self.block().minutes()
    }

    /// The title, or "Commitment" when blank.
    pub fn display_title(&self) -> &str {
        if self.title.trim().is_empty() {
            "Commitment"
        } else {
            &self.title
        }
    }
}

/// The rule set a plan names when its file says nothing.
pub const DEFAULT_RULES: &str = "asam-adult";

/// The longest a phase may run, in weeks (two years).
pub const MAX_PHASE_WEEKS: u16 = 104;

/// A block in a week the user can select: a session, or a commitment by its index in the
/// week's commitments (the plan's own first, then the phase's; see [`Plan::week`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Item {
    Session(usize),
    Commitment(usize),
}

/// One stretch of care: a weekly pattern of sessions at one level, repeated for some weeks.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Phase {
    pub name: String,
    pub level: LevelId,
    /// How many weeks the pattern repeats; `None` for a plain one-week plan (format 1).
    pub weeks: Option<u16>,
    pub sessions: Vec<Session>,
    /// Commitments of this phase only (back to work in phase 2), on top of the plan's own.
    pub commitments: Vec<Commitment>,
}

impl Phase {
    /// An empty phase at `level`.
    pub fn new(level: LevelId) -> Phase {
        Phase {
            name: String::new(),
            level,
            weeks: None,
            sessions: Vec::new(),
            commitments: Vec::new(),
        }
    }

    /// Weeks this phase lasts, counting a plain week as one.
    pub fn week_count(&self) -> u32 {
        u32::from(self.weeks.unwrap_or(1))
    }
}

/// A plan: one week of sessions (format 1), or several phases of weeks (format 2), each meant
/// for one level of care, all under one rule set.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Plan {
    pub name: String,
    /// Id of a rule set in `data/rules.ron`, e.g. `asam-adult`.
    pub rules: String,
    /// The first phase's first day, if the person has one in mind.
    pub start: Option<chrono::NaiveDate>,
    /// Commitments every phase keeps (childcare, school...).
    pub commitments: Vec<Commitment>,
    /// At least one.
    pub phases: Vec<Phase>,
}

/// One week as the checker and the week grid see it: a level, its sessions, and every
/// commitment around them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Week<'a> {
    pub level: LevelId,
    pub sessions: &'a [Session],
    /// The plan's commitments, then the phase's own.
    pub commitments: Cow<'a, [Commitment]>,
    /// How many of `commitments` hold for every phase; the rest are this phase's own.
    pub shared: usize,
}

impl<'a> Week<'a> {
    /// A week of `sessions` with `commitments` around them (a program against my week).
    pub fn new(level: LevelId, sessions: &'a [Session], commitments: &'a [Commitment]) -> Week<'a> {
        Week {
            level,
            sessions,
            commitments: Cow::Borrowed(commitments),
            shared: commitments.len(),
        }
    }

    /// The block an item names, if it exists.
    pub fn block(&self, item: Item) -> Option<TimeBlock> {
        match item {
            Item::Session(i) => self.sessions.get(i).map(Session::block),
            Item::Commitment(i) => self.commitments.get(i).map(Commitment::block),
        }
    }
}

impl Default for Plan {
    fn default() -> Self {
        Plan::new(LevelId::Iop)
    }
}

impl Plan {
    /// An empty one-week plan for `level` under the default rule set.
    pub fn new(level: LevelId) -> Plan {
        Plan {
            name: String::new(),
            rules: DEFAULT_RULES.to_owned(),
            start: None,
            commitments: Vec::new(),
            phases: vec![Phase::new(level)],
        }
    }

    /// Whether the plan is one plain week, which is saved as format 1.
    pub fn is_one_week(&self) -> bool {
        self.phases.len() == 1 && self.phases[0].weeks.is_none() && self.start.is_none()
    }

    /// The phase at `index`, or the last one when `index` is past the end (a plan always has
    /// at least one phase; views that remember a selection across undo rely on this).
    pub fn phase(&self, index: usize) -> &Phase {
        let last = self.phases.len().saturating_sub(1);
        &self.phases[index.min(last)]
    }

    /// The phase at `index` (clamped like [`Plan::phase`]), for editing.
    pub fn phase_mut(&mut self, index: usize) -> &mut Phase {
        if self.phases.is_empty() {
            self.phases.push(Phase::new(LevelId::Iop));
        }
        let last = self.phases.len() - 1;
        &mut self.phases[index.min(last)]
    }

    /// The week of phase `index`: its sessions, and the plan's commitments followed by the
    /// phase's own.
    pub fn week(&self, index: usize) -> Week<'_> {
        let phase = self.phase(index);
        let commitments = if phase.commitments.is_empty() {
            Cow::Borrowed(self.commitments.as_slice())
        } else if self.commitments.is_empty() {
            Cow::Borrowed(phase.commitments.as_slice())
        } else {
            Cow::Owned([self.commitments.as_slice(), &phase.commitments].concat())
        };
        Week {
            level: phase.level,
            sessions: &phase.sessions,
            commitments,
            shared: self.commitments.len(),
        }
    }

    /// Weeks in the whole plan.
    pub fn total_weeks(&self) -> u32 {
        self.phases.iter().map(Phase::week_count).sum()
    }

    /// The 1-based week each phase starts in.
    pub fn first_weeks(&self) -> Vec<u32> {
        let mut week = 1;
        self.phases
            .iter()
            .map(|p| {
                let first = week;
                week += p.week_count();
                first
            })
            .collect()
    }

    /// The commitment `i` of phase `phase`'s week (the plan's first, then the phase's).
    pub fn commitment(&self, phase: usize, i: usize) -> Option<&Commitment> {
        let shared = self.commitments.len();
        if i < shared {
            self.commitments.get(i)
        } else {
            self.phase(phase).commitments.get(i - shared)
        }
    }

    /// The commitment `i` of phase `phase`'s week, for editing.
    pub fn commitment_mut(&mut self, phase: usize, i: usize) -> Option<&mut Commitment> {
        let shared = self.commitments.len();
        if i < shared {
            self.commitments.get_mut(i)
        } else {
            self.phase_mut(phase).commitments.get_mut(i - shared)
        }
    }

    /// Whether commitment `i` of a phase's week belongs to that phase only.
    pub fn is_phase_commitment(&self, i: usize) -> bool {
        i >= self.commitments.len()
    }

    /// The day and times of an item in phase `phase`'s week.
    pub fn block(&self, phase: usize, item: Item) -> Option<TimeBlock> {
        match item {
            Item::Session(i) => self.phase(phase).sessions.get(i).map(Session::block),
            Item::Commitment(i) => self.commitment(phase, i).map(Commitment::block),
        }
    }

    /// Moves or resizes an item; an empty or reversed block is ignored.
    pub fn set_block(&mut self, phase: usize, item: Item, block: TimeBlock) {
        if block.end <= block.start {
            return;
        }
        let slot = match item {
            Item::Session(i) => self
                .phase_mut(phase)
                .sessions
                .get_mut(i)
                .map(|s| (&mut s.day, &mut s.start, &mut s.end)),
            Item::Commitment(i) => self
                .commitment_mut(phase, i)
                .map(|c| (&mut c.day, &mut c.start, &mut c.end)),
        };
        if let Some((day, start, end)) = slot {
            (*day, *start, *end) = (block.day, block.start, block.end);
        }
    }

    /// Removes an item from phase `phase`'s week, if it exists.
    pub fn remove(&mut self, phase: usize, item: Item) {
        match item {
            Item::Session(i) => {
                let sessions = &mut self.phase_mut(phase).sessions;
                if i < sessions.len() {
                    sessions.remove(i);
                }
            }
            Item::Commitment(i) => {
                let shared = self.commitments.len();
                if i < shared {
                    self.commitments.remove(i);
                } else {
                    let own = &mut self.phase_mut(phase).commitments;
                    if i - shared < own.len() {
                        own.remove(i - shared);
                    }
                }
            }
        }
    }

    /// Whether an item exists in phase `phase`'s week.
    pub fn contains(&self, phase: usize, item: Item) -> bool {
        self.block(phase, item).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_make_a_block_only_when_the_end_follows_the_start() {
        let t = |h, m| Clock::from_hm(h, m).unwrap();
        assert_eq!(parse_times("18:00", "21:00"), Ok((t(18, 0), t(21, 0))));
        assert_eq!(
            parse_times("23:45", "24:00"),
            Ok((t(23, 45), Clock::END_OF_DAY))
        );
        assert_eq!(
            parse_times("9:00", "10:00"),
            Err(BadTimes::Start(BadClock("9:00".into())))
        );
        assert_eq!(parse_times("09:00", "25:00").unwrap_err().field(), "end");
        assert_eq!(
            parse_times("24:00", "24:00"),
            Err(BadTimes::StartsAtEndOfDay)
        );
        let err = parse_times("18:00", "17:00").unwrap_err();
        assert_eq!(err.field(), "end");
        assert!(err.to_string().contains("must be later"), "{err}");
        assert!(
            parse_times(" 18:00", "21:00").is_err(),
            "files are read exactly"
        );
    }
}
