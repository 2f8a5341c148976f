//! Plan files, formats 1 and 2 (RON): loading with limits and precise errors, atomic saving.
//!
//! The formats are described for users in `docs/plan-format.md`. A load either returns a whole,
//! valid [`Plan`] or an error that names the file and the problem; nothing is half-loaded.

use std::borrow::Cow;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::Deserializer;

use super::raw::{self, Listed, Loose, RawCommitment, RawSession};
use super::{Commitment, LevelId, MAX_PHASE_WEEKS, Phase, Plan, Session};

/// One week (format 1): what a plan of one phase with no weeks and no start is saved as.
pub const FORMAT_ONE_WEEK: u64 = 1;
/// The newest format this version reads and writes: phases over several weeks.
pub const FORMAT: u64 = 2;
/// Files larger than this are refused before parsing.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// What is wrong with a plan's text, without the file name.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    /// The text is not valid RON, or a value has the wrong type.
    #[error("line {line}, column {column}: {message}")]
    Syntax {
        line: usize,
        column: usize,
        message: String,
    },
    /// A value is well-formed but not allowed, e.g. a start time of "25:00".
    #[error("{place}, field `{field}`: {message}")]
    Value {
        /// "session 3 (index 2)", "commitment 1 (index 0)" or "the plan".
        place: String,
        field: &'static str,
        message: String,
        /// The session or commitment at fault, for the app to name in the person's words
        /// ("the 2nd session (Wednesday 18:00)"); `None` for the plan's own fields.
        spot: Option<Box<Spot>>,
    },
    #[error(
        "this plan was made by a newer carelevels (format {0}); this version reads formats 1 and 2. Update carelevels to open it"
    )]
    NewerFormat(u64),
    #[error("format {0} is not a plan format; the first format is 1")]
    UnknownFormat(u64),
    #[error(
        "this is a programs file (the programs you are considering), not a plan; open it in the app's My programs view"
    )]
    NotAPlan,
    #[error("the file is not UTF-8 text, so it cannot be a plan file")]
    NotText,
    #[error(
        "the file is empty; a plan starts with `Plan(` (see the examples that come with carelevels)"
    )]
    Empty,
}

/// A session or commitment that a file gets wrong, as a person would find it in the week.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Spot {
    /// A session, else a commitment.
    pub session: bool,
    /// Its place in its list, from 0.
    pub index: usize,
    /// The phase or program that holds it: what, its number from 1, its name.
    pub within: Option<(Within, usize, String)>,
    /// Its day and start, when the file gives valid ones.
    pub day: Option<super::Day>,
    pub start: Option<super::Clock>,
}

/// What holds a [`Spot`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Within {
    Phase,
    Program,
}

impl PlanError {
    /// The error, saying which session or commitment it is about.
    pub(crate) fn at(self, spot: Spot) -> PlanError {
        match self {
            PlanError::Value {
                place,
                field,
                message,
                spot: None,
            } => PlanError::Value {
                place,
                field,
                message,
                spot: Some(Box::new(spot)),
            },
            other => other,
        }
    }
}

/// Why a plan file could not be loaded or saved; always names the file.
#[derive(Debug, thiserror::Error)]
pub enum PlanFileError {
    #[error("{}: cannot read the file: {}", path.display(), read_reason(source))]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}: this is not a regular file (it is a folder, a device or a pipe), so it cannot be a plan or programs file",
        path.display()
    )]
    NotAFile { path: PathBuf },
    #[error(
        "{}: the file is {size} bytes; carelevels files are at most 4 MiB, so this is not a plan or programs file",
        path.display()
    )]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}: {problem}", path.display())]
    Invalid { path: PathBuf, problem: PlanError },
    /// Saving (or exporting) failed. `existed`: whether there was a file at `path` before,
    /// which the failed save left unchanged.
    #[error("{}", write_message(path, problem, *existed, source.as_ref()))]
    Write {
        path: PathBuf,
        problem: WriteProblem,
        existed: bool,
        source: Option<std::io::Error>,
    },
}

/// What stopped a save, in the person's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum WriteProblem {
    /// The file's permissions do not allow writing (e.g. 0444).
    ReadOnlyFile,
    /// A new file cannot be made in the folder.
    ReadOnlyFolder,
    /// The whole disk is mounted read-only.
    ReadOnlyDisk,
    DiskFull,
    NoFolder,
    /// A folder, a device, a FIFO.
    NotAFile,
    /// A symbolic link to a file that does not exist.
    DanglingLink,
    /// Writing in place stopped half way and the old contents could not be put back: they
    /// are in `backup`.
    HalfWritten {
        backup: PathBuf,
    },
    /// Anything else; the system's own words follow.
    Other,
}

impl WriteProblem {
    /// Whether saving somewhere else can help (every case but a half-written file, where the
    /// person first needs the backup).
    pub fn save_as_helps(&self) -> bool {
        !matches!(self, WriteProblem::HalfWritten { .. })
    }
}

/// "No such file", "Permission denied": the system's words alone, for reading.
fn read_reason(source: &std::io::Error) -> String {
    match source.kind() {
        std::io::ErrorKind::NotFound => "there is no file with this name".to_owned(),
        std::io::ErrorKind::PermissionDenied => "you do not have permission to read it".to_owned(),
        std::io::ErrorKind::IsADirectory => "this is a folder, not a file".to_owned(),
        _ => format!("the system reported: {source}"),
    }
}

fn write_message(
    path: &Path,
    problem: &WriteProblem,
    existed: bool,
    source: Option<&std::io::Error>,
) -> String {
    let what = match problem {
        WriteProblem::ReadOnlyFile => "the file is read-only".to_owned(),
        WriteProblem::ReadOnlyFolder => {
            "the folder is read-only (you cannot make files in it)".to_owned()
        }
        WriteProblem::ReadOnlyDisk => "the disk it is on is read-only".to_owned(),
        WriteProblem::DiskFull => "the disk is full".to_owned(),
        WriteProblem::NoFolder => "its folder does not exist".to_owned(),
        WriteProblem::NotAFile => {
            "this is not a regular file (it is a folder, a device or a pipe)".to_owned()
        }
        WriteProblem::DanglingLink => "it is a link to a file that does not exist".to_owned(),
        WriteProblem::HalfWritten { backup } => {
            return format!(
                "Could not save \"{}\": writing stopped half way{}. The previous version is kept in \"{}\".",
                path.display(),
                source.map(|e| format!(" ({e})")).unwrap_or_default(),
                backup.display()
            );
        }
        WriteProblem::Other => match source {
            Some(e) => format!("the system reported: {e}"),
            None => "the system refused".to_owned(),
        },
    };
    let after = if existed {
        "Your file was not changed."
    } else {
        "Nothing was written."
    };
    format!("Could not save \"{}\": {what}. {after}", path.display())
}

/// Reads and validates a plan file (a programs file is refused with a message that says so).
pub fn load(path: &Path) -> Result<Plan, PlanFileError> {
    let bytes = read_limited(path)?;
    parse_bytes(&bytes).map_err(|problem| PlanFileError::Invalid {
        path: path.to_owned(),
        problem,
    })
}

pub use super::disk::{read_limited, write_atomic};

/// Parses a plan from raw bytes (which must be UTF-8).
pub fn parse_bytes(bytes: &[u8]) -> Result<Plan, PlanError> {
    let text = std::str::from_utf8(bytes).map_err(|_| PlanError::NotText)?;
    parse(text)
}

/// The text without a byte-order mark, or an error when there is nothing in it.
pub(crate) fn content(text: &str) -> Result<&str, PlanError> {
    // Some Windows editors start UTF-8 files with a byte-order mark; it is not part of the plan.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(PlanError::Empty);
    }
    Ok(text)
}

/// Parses and validates a plan from text.
pub fn parse(text: &str) -> Result<Plan, PlanError> {
    let text = content(text)?;
    if crate::programs::file::looks_like_programs(text) {
        return Err(PlanError::NotAPlan);
    }
    parse_plan(text)
}

/// Parses a plan from text already known not to be a programs file.
pub(crate) fn parse_plan(text: &str) -> Result<Plan, PlanError> {
    let raw: RawPlan = match ron::from_str(text) {
        Ok(raw) => raw,
        Err(err) => {
            // A newer format may have fields this version does not know; say that, not "unknown field".
            if let Ok(FormatProbe {
                format: Loose::Whole(f),
            }) = ron::from_str::<FormatProbe>(text)
                && f > FORMAT
            {
                return Err(PlanError::NewerFormat(f));
            }
            return Err(syntax_error(&err));
        }
    };
    raw.into_plan()
}

pub(crate) fn syntax_error(err: &ron::error::SpannedError) -> PlanError {
    use ron::error::Error as E;
    let message = match &err.code {
        E::NoSuchStructField {
            expected, found, ..
        } => format!(
            "unknown field `{found}`; the fields here are {}",
            expected
                .iter()
                .map(|f| format!("`{f}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        E::MissingStructField { field, outer } => match outer {
            Some(outer) => format!("`{outer}` is missing its required field `{field}`"),
            None => format!("the required field `{field}` is missing"),
        },
        E::Eof => "the file ends too early: a bracket or quote is not closed".to_owned(),
        E::ExpectedStructLike if err.span.start.line == 1 && err.span.start.col == 1 => {
            "this is not a plan: a plan file starts with `Plan(`, like the examples that come with carelevels".to_owned()
        }
        E::ExpectedNamedStructLike("Plan") => {
            "this is not a plan: a plan file starts with `Plan(`, like the examples that come with carelevels".to_owned()
        }
        other => other.to_string(),
    };
    PlanError::Syntax {
        line: err.span.start.line,
        column: err.span.start.col,
        message,
    }
}

/// Writes `plan` to `path` through [`write_atomic`]: a failed save leaves the old file intact,
/// links, permissions and group are kept (see [`super::disk`]).
pub fn save(path: &Path, plan: &Plan) -> Result<(), PlanFileError> {
    write_atomic(path, to_ron(plan))
}

/// The plan as RON: format 1 when it is one plain week (one phase, no weeks, no start), so
/// files made by earlier versions keep their format; format 2 otherwise. Struct names, one
/// session or commitment per line.
pub fn to_ron(plan: &Plan) -> String {
    let blocks: usize = plan
        .phases
        .iter()
        .map(|p| p.sessions.len() + p.commitments.len())
        .sum();
    let mut out = String::with_capacity(256 + 96 * (blocks + plan.commitments.len()));
    if plan.is_one_week() {
        let phase = &plan.phases[0];
        out.push_str("// A weekly plan made with carelevels. Times are 24-hour \"HH:MM\".\n");
        out.push_str("Plan(\n");
        let _ = writeln!(out, "    format: {FORMAT_ONE_WEEK},");
        let _ = writeln!(out, "    name: {},", quote(&plan.name));
        let _ = writeln!(out, "    level: {},", quote(phase.level.code()));
        let _ = writeln!(out, "    rules: {},", quote(&plan.rules));
        write_sessions(&mut out, "    ", &phase.sessions);
        let all: Vec<&Commitment> = plan.commitments.iter().chain(&phase.commitments).collect();
        write_commitments(&mut out, "    ", all);
        out.push_str(")\n");
        return out;
    }
    out.push_str(
        "// A plan over several weeks, made with carelevels: phases, each a weekly pattern\n// repeated for its number of weeks. Times are 24-hour \"HH:MM\".\n",
    );
    out.push_str("Plan(\n");
    let _ = writeln!(out, "    format: {FORMAT},");
    let _ = writeln!(out, "    name: {},", quote(&plan.name));
    let _ = writeln!(out, "    rules: {},", quote(&plan.rules));
    if let Some(start) = plan.start {
        let _ = writeln!(out, "    start: \"{}\",", start.format("%Y-%m-%d"));
    }
    write_commitments(&mut out, "    ", plan.commitments.iter().collect());
    out.push_str("    phases: [\n");
    for phase in &plan.phases {
        out.push_str("        Phase(\n");
        let _ = writeln!(out, "            name: {},", quote(&phase.name));
        let _ = writeln!(out, "            level: {},", quote(phase.level.code()));
        let _ = writeln!(out, "            weeks: {},", phase.week_count());
        write_sessions(&mut out, "            ", &phase.sessions);
        write_commitments(&mut out, "            ", phase.commitments.iter().collect());
        out.push_str("        ),\n");
    }
    out.push_str("    ],\n)\n");
    out
}

/// `sessions: [ .. ],` at `indent`, one session per line.
pub(crate) fn write_sessions(out: &mut String, indent: &str, sessions: &[Session]) {
    let _ = writeln!(out, "{indent}sessions: [");
    for s in sessions {
        let _ = writeln!(
            out,
            "{indent}    Session(day: {}, start: \"{}\", end: \"{}\", kind: {}, title: {}),",
            s.day,
            s.start,
            s.end,
            s.kind.code(),
            quote(&s.title)
        );
    }
    let _ = writeln!(out, "{indent}],");
}

/// `commitments: [ .. ],` at `indent` (named by `field`), one per line.
pub(crate) fn write_commitments_as(
    out: &mut String,
    indent: &str,
    field: &str,
    commitments: Vec<&Commitment>,
) {
    let _ = writeln!(out, "{indent}{field}: [");
    for c in commitments {
        let _ = writeln!(
            out,
            "{indent}    Commitment(day: {}, start: \"{}\", end: \"{}\", title: {}),",
            c.day,
            c.start,
            c.end,
            quote(&c.title)
        );
    }
    let _ = writeln!(out, "{indent}],");
}

fn write_commitments(out: &mut String, indent: &str, commitments: Vec<&Commitment>) {
    write_commitments_as(out, indent, "commitments", commitments);
}

pub(crate) fn quote(text: &str) -> String {
    // ron's own string serializer gets every escape right.
    ron::to_string(text).unwrap_or_else(|_| "\"\"".to_owned())
}

// ---- the file's shape, before validation ----

#[derive(Deserialize)]
#[serde(rename = "Plan")]
struct FormatProbe<'a> {
    #[serde(borrow)]
    format: Loose<'a>,
}

/// Both formats in one shape, so a file is read once; which fields belong to which format is
/// judged afterwards, with a message that says so.
#[derive(Deserialize)]
#[serde(rename = "Plan", deny_unknown_fields)]
struct RawPlan<'a> {
    #[serde(borrow)]
    format: Loose<'a>,
    #[serde(default, borrow)]
    name: Loose<'a>,
    #[serde(default, borrow)]
    level: Loose<'a>,
    #[serde(default, borrow)]
    rules: Loose<'a>,
    #[serde(default, borrow)]
    start: Loose<'a>,
    #[serde(default, borrow, deserialize_with = "some_sessions")]
    sessions: Option<Vec<RawSession<'a>>>,
    #[serde(default, borrow, deserialize_with = "raw::commitments")]
    commitments: Vec<RawCommitment<'a>>,
    #[serde(default, borrow, deserialize_with = "phases")]
    phases: Option<Vec<RawPhase<'a>>>,
}

#[derive(Deserialize)]
#[serde(rename = "Phase", deny_unknown_fields)]
struct RawPhase<'a> {
    #[serde(default, borrow)]
    name: Loose<'a>,
    #[serde(default, borrow)]
    level: Loose<'a>,
    #[serde(default, borrow)]
    weeks: Loose<'a>,
    #[serde(default, borrow, deserialize_with = "some_sessions")]
    sessions: Option<Vec<RawSession<'a>>>,
    #[serde(default, borrow, deserialize_with = "raw::commitments")]
    commitments: Vec<RawCommitment<'a>>,
}

fn some_sessions<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Vec<RawSession<'a>>>, D::Error> {
    raw::sessions(d).map(Some)
}

fn phases<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<RawPhase<'a>>>, D::Error> {
    d.deserialize_seq(Listed::<RawPhase<'a>>::new("phase"))
        .map(Some)
}

/// What `format:` says, judged: 1, 2, newer, or not a format at all.
fn judge_format(format: Loose<'_>) -> Result<u64, PlanError> {
    let value = |message| PlanError::Value {
        place: "the plan".into(),
        field: "format",
        message,
        spot: None,
    };
    match format {
        Loose::Whole(f @ (FORMAT_ONE_WEEK | FORMAT)) => Ok(f),
        Loose::Whole(f) if f > FORMAT => Err(PlanError::NewerFormat(f)),
        Loose::Whole(f) => Err(PlanError::UnknownFormat(f)),
        Loose::Text(t) => Err(value(format!(
            "\"{t}\" is text; write the number without quotes: format: 1"
        ))),
        Loose::Other(what) => Err(value(format!(
            "{what} is not a plan format; this version reads format: 1 and format: 2"
        ))),
        Loose::Missing => Err(value(
            "the required field `format` is missing; add format: 1".into(),
        )),
    }
}

/// A level id as written, judged.
fn judge_level(
    level: Loose<'_>,
    value: &dyn Fn(&'static str, String) -> PlanError,
) -> Result<LevelId, PlanError> {
    if matches!(level, Loose::Missing) {
        return Err(value(
            "level",
            "the required field `level` is missing; add one such as level: \"iop\"".into(),
        ));
    }
    let level = level
        .text("level: \"iop\"")
        .map_err(|m| value("level", m))?;
    LevelId::from_code(&level).ok_or_else(|| {
        value(
            "level",
            format!(
                "\"{level}\" is not a level of care; use \"outpatient\", \"iop\", \"day_program\" or \"inpatient\""
            ),
        )
    })
}

/// A name or other optional text, judged.
pub(crate) fn judge_text(
    text: Loose<'_>,
    field: &'static str,
    example: &str,
    value: &dyn Fn(&'static str, String) -> PlanError,
) -> Result<String, PlanError> {
    text.text(example)
        .map(Cow::into_owned)
        .map_err(|m| value(field, m))
}

/// The rule set id; an unknown or empty id is the checker's to refuse, so `--rules` can
/// override it.
pub(crate) fn judge_rules(
    rules: Loose<'_>,
    value: &dyn Fn(&'static str, String) -> PlanError,
) -> Result<String, PlanError> {
    match rules {
        Loose::Missing => Ok(super::DEFAULT_RULES.to_owned()),
        rules => judge_text(rules, "rules", "rules: \"asam-adult\"", value),
    }
}

/// A plan's optional start date.
fn judge_start(
    start: Loose<'_>,
    value: &dyn Fn(&'static str, String) -> PlanError,
) -> Result<Option<chrono::NaiveDate>, PlanError> {
    match start {
        Loose::Missing => Ok(None),
        start => judge_date(start, "start", value).map(Some),
    }
}

/// A `YYYY-MM-DD` date.
pub(crate) fn judge_date(
    date: Loose<'_>,
    field: &'static str,
    value: &dyn Fn(&'static str, String) -> PlanError,
) -> Result<chrono::NaiveDate, PlanError> {
    let text = date.text("\"2027-01-04\"").map_err(|m| value(field, m))?;
    let well_formed = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| match i {
            4 | 7 => b == b'-',
            _ => b.is_ascii_digit(),
        });
    well_formed
        .then(|| chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d").ok())
        .flatten()
        .ok_or_else(|| {
            value(
                field,
                format!(
                    "\"{text}\" is not a date: write it as \"YYYY-MM-DD\", like \"2027-01-04\""
                ),
            )
        })
}

/// Whole weeks from 1 to [`MAX_PHASE_WEEKS`].
fn judge_weeks(
    weeks: Loose<'_>,
    value: &dyn Fn(&'static str, String) -> PlanError,
) -> Result<u16, PlanError> {
    let range = format!("a whole number of weeks from 1 to {MAX_PHASE_WEEKS}");
    match weeks {
        Loose::Whole(n) if (1..=u64::from(MAX_PHASE_WEEKS)).contains(&n) => Ok(n as u16),
        Loose::Whole(n) => Err(value("weeks", format!("{n} is not {range}"))),
        Loose::Missing => Err(value(
            "weeks",
            format!("the required field `weeks` is missing; give {range}, like weeks: 4"),
        )),
        Loose::Text(t) => Err(value(
            "weeks",
            format!("\"{t}\" is text; write {range} without quotes, like weeks: 4"),
        )),
        Loose::Other(what) => Err(value("weeks", format!("{what} is not {range}"))),
    }
}

impl RawPlan<'_> {
    fn into_plan(self) -> Result<Plan, PlanError> {
        let format = judge_format(self.format)?;
        let plan_value = |field, message| PlanError::Value {
            place: "the plan".into(),
            field,
            message,
            spot: None,
        };
        let name = judge_text(self.name, "name", "name: \"My week\"", &plan_value)?;
        let rules = judge_rules(self.rules, &plan_value)?;
        if format == FORMAT_ONE_WEEK {
            let belongs_to_two = |field| {
                plan_value(
                    field,
                    format!(
                        "`{field}` is part of format 2 (plans over several weeks); write format: 2 to use it"
                    ),
                )
            };
            if self.phases.is_some() {
                return Err(belongs_to_two("phases"));
            }
            if !matches!(self.start, Loose::Missing) {
                return Err(belongs_to_two("start"));
            }
            let level = judge_level(self.level, &plan_value)?;
            let sessions = self.sessions.ok_or_else(|| {
                plan_value(
                    "sessions",
                    "the required field `sessions` is missing; write sessions: [] if there are none yet".into(),
                )
            })?;
            let mut phase = Phase::new(level);
            phase.sessions = raw::sessions_of("", None, sessions)?;
            return Ok(Plan {
                name,
                rules,
                start: None,
                commitments: raw::commitments_of("", None, self.commitments)?,
                phases: vec![phase],
            });
        }
        let in_phases = |field| {
            plan_value(
                field,
                format!("a format-2 plan keeps `{field}` in each phase: write it inside Phase(..)"),
            )
        };
        if !matches!(self.level, Loose::Missing) {
            return Err(in_phases("level"));
        }
        if self.sessions.is_some() {
            return Err(in_phases("sessions"));
        }
        let start = judge_start(self.start, &plan_value)?;
        let raw_phases = self.phases.ok_or_else(|| {
            plan_value(
                "phases",
                "the required field `phases` is missing; a format-2 plan lists at least one Phase(..)".into(),
            )
        })?;
        if raw_phases.is_empty() {
            return Err(plan_value(
                "phases",
                "a format-2 plan needs at least one phase".into(),
            ));
        }
        let commitments = raw::commitments_of("", None, self.commitments)?;
        let phases = raw_phases
            .into_iter()
            .enumerate()
            .map(|(i, raw)| raw.into_phase(i))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Plan {
            name,
            rules,
            start,
            commitments,
            phases,
        })
    }
}

impl RawPhase<'_> {
    fn into_phase(self, index: usize) -> Result<Phase, PlanError> {
        let bare = format!("phase {}", index + 1);
        let bare_value = |field, message| PlanError::Value {
            place: bare.clone(),
            field,
            message,
            spot: None,
        };
        let level = judge_level(self.level, &bare_value)?;
        // "phase 2 (IOP)": the level says which phase a person means better than an index.
        let place = format!(
            "phase {} ({})",
            index + 1,
            crate::catalog::Catalog::builtin().level(level).short_name
        );
        let value = |field, message| PlanError::Value {
            place: place.clone(),
            field,
            message,
            spot: None,
        };
        let name = judge_text(self.name, "name", "name: \"Day program\"", &value)?;
        let weeks = judge_weeks(self.weeks, &value)?;
        let sessions = self.sessions.ok_or_else(|| {
            value(
                "sessions",
                "the required field `sessions` is missing; list the phase's weekly sessions, or write sessions: []".into(),
            )
        })?;
        let prefix = format!("{place}, ");
        let within = (Within::Phase, index + 1, name.clone());
        Ok(Phase {
            sessions: raw::sessions_of(&prefix, Some(&within), sessions)?,
            commitments: raw::commitments_of(&prefix, Some(&within), self.commitments)?,
            name,
            level,
            weeks: Some(weeks),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Clock, SessionKind};

    const EXAMPLE: &str = r#"
// A weekly plan.
Plan(
    format: 1,
    name: "Evening IOP around a day job",
    level: "iop",
    rules: "asam-adult",
    sessions: [
        Session(day: Mon, start: "18:00", end: "21:00", kind: Group, title: "Process group"),
        (day: Wed, start: "18:00", end: "21:00"),
    ],
    commitments: [
        Commitment(day: Mon, start: "09:00", end: "17:00", title: "Work"),
    ],
)
"#;

    #[test]
    fn the_contract_example_loads() {
        let plan = parse(EXAMPLE).unwrap();
        assert_eq!(plan.name, "Evening IOP around a day job");
        assert_eq!(plan.phases[0].level, LevelId::Iop);
        assert_eq!(plan.phases[0].sessions.len(), 2);
        assert_eq!(plan.phases[0].sessions[1].kind, SessionKind::Group);
        assert_eq!(plan.phases[0].sessions[1].title, "");
        assert_eq!(plan.commitments[0].end, Clock::from_hm(17, 0).unwrap());
    }

    #[test]
    fn optional_fields_take_their_defaults() {
        let plan = parse(r#"(format: 1, level: "outpatient", sessions: [])"#).unwrap();
        assert_eq!(plan.name, "");
        assert_eq!(plan.rules, "asam-adult");
        assert!(plan.commitments.is_empty());
    }

    #[test]
    fn a_typo_in_a_field_name_is_named() {
        let err = parse(r#"Plan(format: 1, level: "iop", sesions: [])"#).unwrap_err();
        let text = err.to_string();
        assert!(text.contains("sesions"), "{text}");
        assert!(matches!(err, PlanError::Syntax { line: 1, .. }), "{err:?}");
    }

    #[test]
    fn syntax_errors_give_line_and_column() {
        let err = parse("Plan(\n  format: 1,\n  level: \"iop\"\n  sessions: [],\n)").unwrap_err();
        let PlanError::Syntax { line, .. } = err else {
            panic!("{err:?}")
        };
        assert_eq!(line, 4);
    }

    #[test]
    fn bad_values_name_the_session_and_field() {
        let err = parse(
            r#"(format: 1, level: "iop", sessions: [
                (day: Mon, start: "09:00", end: "10:00"),
                (day: Tue, start: "25:00", end: "26:00"),
            ])"#,
        )
        .unwrap_err();
        assert_eq!(
            err,
            PlanError::Value {
                place: "session 2 (index 1)".into(),
                field: "start",
                message: BadClock_msg("25:00"),
                spot: Some(Box::new(Spot {
                    session: true,
                    index: 1,
                    within: None,
                    day: Some(crate::plan::Day::Tue),
                    start: None,
                })),
            }
        );
        let err = parse(
            r#"(format: 1, level: "iop", sessions: [(day: Mnday, start: "09:00", end: "10:00")])"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("`day`"), "{err}");
        assert!(err.to_string().contains("Mnday"), "{err}");
        let err = parse(r#"(format: 1, level: "iop", sessions: [(day: Mon, start: "09:00", end: "10:00", kind: Yoga)])"#)
            .unwrap_err();
        assert!(err.to_string().contains("`kind`"), "{err}");
    }

    #[allow(non_snake_case)]
    fn BadClock_msg(text: &str) -> String {
        super::super::BadClock(text.into()).to_string()
    }

    #[test]
    fn end_must_follow_start_and_24_00_only_ends() {
        let one = |s: &str, e: &str| {
            parse(&format!(
                r#"(format: 1, level: "iop", sessions: [(day: Mon, start: "{s}", end: "{e}")])"#
            ))
        };
        assert!(one("20:00", "24:00").is_ok());
        assert!(one("00:00", "00:01").is_ok());
        assert!(one("10:00", "10:00").is_err());
        assert!(one("22:00", "02:00").is_err());
        assert!(one("24:00", "24:00").is_err());
        assert!(one("9:00", "10:00").is_err());
        assert!(one("09:00", "24:01").is_err());
    }

    #[test]
    fn levels_and_formats_are_checked() {
        let err = parse(r#"(format: 1, level: "detox", sessions: [])"#).unwrap_err();
        assert!(err.to_string().contains("`level`"), "{err}");
        assert_eq!(
            parse(r#"(format: 3, level: "iop", sessions: [], colour: Blue)"#).unwrap_err(),
            PlanError::NewerFormat(3)
        );
        assert_eq!(
            parse(r#"(format: 0, level: "iop", sessions: [])"#).unwrap_err(),
            PlanError::UnknownFormat(0)
        );
        let err = parse(r#"(level: "iop", sessions: [])"#).unwrap_err();
        assert!(err.to_string().contains("format"), "{err}");
        let err = parse(r#"(format: 1, level: "iop")"#).unwrap_err();
        assert!(err.to_string().contains("sessions"), "{err}");
    }

    #[test]
    fn a_wrong_struct_name_is_refused() {
        assert!(parse(r#"Week(format: 1, level: "iop", sessions: [])"#).is_err());
    }

    #[test]
    fn saving_then_loading_returns_the_same_plan() {
        let mut plan = parse(EXAMPLE).unwrap();
        plan.name = "Quotes \" and \\ backslashes, naïve ünicode\nnew line".into();
        plan.phases[0].sessions[0].title = "Group \"A\"".into();
        let text = to_ron(&plan);
        assert_eq!(parse(&text).unwrap(), plan);
        assert_eq!(text.lines().filter(|l| l.contains("Session(")).count(), 2);
    }

    #[test]
    fn save_is_atomic_and_load_reads_it_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("week.ron");
        let plan = parse(EXAMPLE).unwrap();
        save(&path, &plan).unwrap();
        assert_eq!(load(&path).unwrap(), plan);
        // Only the target remains: the temporary file was renamed, not left behind.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_failed_save_leaves_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("no-such-folder").join("week.ron");
        let err = save(&missing, &Plan::default()).unwrap_err();
        assert!(err.to_string().contains("Could not save"), "{err}");
    }

    #[test]
    fn oversized_and_binary_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let big = dir.path().join("big.ron");
        std::fs::write(&big, vec![b' '; (MAX_FILE_BYTES + 1) as usize]).unwrap();
        assert!(matches!(load(&big), Err(PlanFileError::TooLarge { .. })));
        assert_eq!(parse_bytes(&[0xff, 0xfe, 0x00]), Err(PlanError::NotText));
        let err = load(&dir.path().join("absent.ron")).unwrap_err();
        assert!(err.to_string().contains("absent.ron"), "{err}");
    }

    #[test]
    fn a_phased_plan_round_trips_as_format_2_and_one_week_stays_format_1() {
        let text = r#"(format: 2, name: "Steps", start: "2027-01-04",
            commitments: [(day: Sat, start: "10:00", end: "12:00", title: "Kids")],
            phases: [
                (name: "Day", level: "day_program", weeks: 3, sessions: [(day: Mon, start: "09:00", end: "14:00")]),
                Phase(level: "iop", weeks: 8, sessions: [], commitments: [(day: Mon, start: "09:00", end: "17:00")]),
            ])"#;
        let plan = parse(text).unwrap();
        assert_eq!(plan.phases.len(), 2);
        assert_eq!(plan.phases[1].weeks, Some(8));
        assert_eq!(plan.total_weeks(), 11);
        assert_eq!(plan.first_weeks(), vec![1, 4]);
        assert_eq!(plan.week(1).commitments.len(), 2);
        let saved = to_ron(&plan);
        assert!(saved.contains("format: 2,"), "{saved}");
        assert_eq!(parse(&saved).unwrap(), plan);

        let week = parse(EXAMPLE).unwrap();
        assert!(week.is_one_week());
        assert!(to_ron(&week).contains("format: 1,"));
    }

    #[test]
    fn phase_values_are_judged_with_the_phase_named() {
        let err =
            parse(r#"(format: 2, phases: [(level: "iop", weeks: 0, sessions: [])])"#).unwrap_err();
        assert!(
            err.to_string().starts_with("phase 1 (IOP), field `weeks`"),
            "{err}"
        );
        let err = parse(r#"(format: 2, phases: [])"#).unwrap_err();
        assert!(err.to_string().contains("at least one phase"), "{err}");
        let err = parse(
            r#"(format: 2, start: "2027-13-01", phases: [(level: "iop", weeks: 1, sessions: [])])"#,
        )
        .unwrap_err();
        assert!(err.to_string().contains("YYYY-MM-DD"), "{err}");
        let err =
            parse(r#"(format: 2, phases: [(level: "iop", weeks: 1, sessions: [], colour: 1)])"#)
                .unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
        assert!(matches!(
            parse(r#"Programs(format: 1, programs: [(name: "A", level: "iop")])"#),
            Err(PlanError::NotAPlan)
        ));
    }
}
