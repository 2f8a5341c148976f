//! Plan files, format 1 (RON): loading with limits and precise errors, atomic saving.
//!
//! The contract is `shared/spec/plan-and-check.md`, section 1. A load either returns a whole,
//! valid [`Plan`] or an error that names the file and the problem; nothing is half-loaded.

use std::borrow::Cow;
use std::fmt::{self, Write as _};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::Deserialize;
use serde::de::{self, Deserializer, Visitor};

use super::{Clock, Commitment, Day, LevelId, Plan, Session, SessionKind};

/// The only format this version writes and reads.
pub const FORMAT: u64 = 1;
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
    },
    #[error(
        "this plan was made by a newer carelevels (format {0}); this version reads format 1. Update carelevels to open it"
    )]
    NewerFormat(u64),
    #[error("format {0} is not a plan format; the first format is 1")]
    UnknownFormat(u64),
    #[error("the file is not UTF-8 text, so it cannot be a plan file")]
    NotText,
    #[error(
        "the file is empty; a plan starts with `Plan(` (see the examples that come with carelevels)"
    )]
    Empty,
}

/// Why a plan file could not be loaded or saved; always names the file.
#[derive(Debug, thiserror::Error)]
pub enum PlanFileError {
    #[error("{}: cannot read the file: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}: the file is {size} bytes; plan files are at most 4 MiB, so this is not a plan",
        path.display()
    )]
    TooLarge { path: PathBuf, size: u64 },
    #[error("{}: {problem}", path.display())]
    Invalid { path: PathBuf, problem: PlanError },
    #[error("{}: cannot save: {source}. The previous file, if any, is unchanged", path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// Reads and validates a plan file.
pub fn load(path: &Path) -> Result<Plan, PlanFileError> {
    let read_err = |source| PlanFileError::Read {
        path: path.to_owned(),
        source,
    };
    let file = std::fs::File::open(path).map_err(read_err)?;
    let size = file.metadata().map_err(read_err)?.len();
    if size > MAX_FILE_BYTES {
        return Err(PlanFileError::TooLarge {
            path: path.to_owned(),
            size,
        });
    }
    // The size can change between stat and read; never read past the limit.
    let mut bytes = Vec::with_capacity(size as usize);
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(PlanFileError::TooLarge {
            path: path.to_owned(),
            size: bytes.len() as u64,
        });
    }
    parse_bytes(&bytes).map_err(|problem| PlanFileError::Invalid {
        path: path.to_owned(),
        problem,
    })
}

/// Parses a plan from raw bytes (which must be UTF-8).
pub fn parse_bytes(bytes: &[u8]) -> Result<Plan, PlanError> {
    let text = std::str::from_utf8(bytes).map_err(|_| PlanError::NotText)?;
    parse(text)
}

/// Parses and validates a plan from text.
pub fn parse(text: &str) -> Result<Plan, PlanError> {
    // Some Windows editors start UTF-8 files with a byte-order mark; it is not part of the plan.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(PlanError::Empty);
    }
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

fn syntax_error(err: &ron::error::SpannedError) -> PlanError {
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

/// Writes `plan` to `path` atomically: a temporary file in the same folder is written, flushed
/// and synced, then renamed over the target. A failed save leaves the old file intact.
pub fn save(path: &Path, plan: &Plan) -> Result<(), PlanFileError> {
    write_atomic(path, &to_ron(plan))
}

/// Writes any text (a plan, an export) atomically, the same way as [`save`].
pub fn write_atomic(path: &Path, text: &str) -> Result<(), PlanFileError> {
    let write_err = |source| PlanFileError::Write {
        path: path.to_owned(),
        source,
    };
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".carelevels-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(write_err)?;
    temp.write_all(text.as_bytes()).map_err(write_err)?;
    temp.flush().map_err(write_err)?;
    temp.as_file().sync_all().map_err(write_err)?;
    temp.persist(path).map_err(|e| write_err(e.error))?;
    Ok(())
}

/// The plan as format-1 RON: struct names, one session or commitment per line.
pub fn to_ron(plan: &Plan) -> String {
    let mut out = String::with_capacity(256 + 96 * (plan.sessions.len() + plan.commitments.len()));
    out.push_str("// A weekly plan made with carelevels. Times are 24-hour \"HH:MM\".\n");
    out.push_str("Plan(\n");
    let _ = writeln!(out, "    format: {FORMAT},");
    let _ = writeln!(out, "    name: {},", quote(&plan.name));
    let _ = writeln!(out, "    level: {},", quote(plan.level.code()));
    let _ = writeln!(out, "    rules: {},", quote(&plan.rules));
    out.push_str("    sessions: [\n");
    for s in &plan.sessions {
        let _ = writeln!(
            out,
            "        Session(day: {}, start: \"{}\", end: \"{}\", kind: {}, title: {}),",
            s.day,
            s.start,
            s.end,
            s.kind.code(),
            quote(&s.title)
        );
    }
    out.push_str("    ],\n    commitments: [\n");
    for c in &plan.commitments {
        let _ = writeln!(
            out,
            "        Commitment(day: {}, start: \"{}\", end: \"{}\", title: {}),",
            c.day,
            c.start,
            c.end,
            quote(&c.title)
        );
    }
    out.push_str("    ],\n)\n");
    out
}

fn quote(text: &str) -> String {
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

// Times and names are borrowed from the text where they can be: a large plan then costs one
// allocation per session (its title) instead of five. Values are read loosely (`Loose`) and
// judged afterwards, so `start: 900` is reported as "session 4, field `start`", not only as a
// line and column.

#[derive(Deserialize)]
#[serde(rename = "Plan", deny_unknown_fields)]
struct RawPlan<'a> {
    #[serde(borrow)]
    format: Loose<'a>,
    #[serde(default, borrow)]
    name: Loose<'a>,
    #[serde(borrow)]
    level: Loose<'a>,
    #[serde(default, borrow)]
    rules: Loose<'a>,
    #[serde(borrow, deserialize_with = "sessions")]
    sessions: Vec<RawSession<'a>>,
    #[serde(default, borrow, deserialize_with = "commitments")]
    commitments: Vec<RawCommitment<'a>>,
}

/// A session as written. Read by hand (not derived) so each value is read with the cheap,
/// exact call for its type while an error still names its field; `Loose` would cost a
/// `deserialize_any` per value, which is most of the load time of a large plan.
struct RawSession<'a> {
    block: RawBlock<'a>,
    kind: Option<Ident<'a>>,
}

/// A commitment as written.
struct RawCommitment<'a> {
    block: RawBlock<'a>,
}

/// What sessions and commitments share.
struct RawBlock<'a> {
    day: Ident<'a>,
    start: Cow<'a, str>,
    end: Cow<'a, str>,
    title: String,
}

const SESSION_FIELDS: &[&str] = &["day", "start", "end", "kind", "title"];
const COMMITMENT_FIELDS: &[&str] = &["day", "start", "end", "title"];

/// Reads `Session(..)` or `Commitment(..)`; `kind` is only allowed in sessions.
struct BlockVisitor {
    name: &'static str,
    fields: &'static [&'static str],
}

impl<'de> Visitor<'de> for BlockVisitor {
    type Value = (RawBlock<'de>, Option<Ident<'de>>);

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "a {}(day: .., start: \"HH:MM\", end: \"HH:MM\")",
            self.name
        )
    }

    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut day, mut start, mut end, mut kind, mut title) = (None, None, None, None, None);
        fn field<'de, T: Deserialize<'de>, A: de::MapAccess<'de>>(
            map: &mut A,
            slot: &mut Option<T>,
            name: &'static str,
            hint: &str,
        ) -> Result<(), A::Error> {
            if slot.is_some() {
                return Err(de::Error::duplicate_field(name));
            }
            let value = map
                .next_value::<T>()
                .map_err(|e| de::Error::custom(format_args!("field `{name}`: {e}; {hint}")))?;
            *slot = Some(value);
            Ok(())
        }
        while let Some(key) = map.next_key::<Ident<'de>>()? {
            match key.0.as_ref() {
                "day" => field(
                    &mut map,
                    &mut day,
                    "day",
                    "write it without quotes, like day: Tue",
                )?,
                "start" => field(
                    &mut map,
                    &mut start,
                    "start",
                    "write it in quotes, like start: \"18:00\"",
                )?,
                "end" => field(
                    &mut map,
                    &mut end,
                    "end",
                    "write it in quotes, like end: \"21:00\"",
                )?,
                "kind" if self.fields.contains(&"kind") => field(
                    &mut map,
                    &mut kind,
                    "kind",
                    "write it without quotes, like kind: Group",
                )?,
                "title" => field(
                    &mut map,
                    &mut title,
                    "title",
                    "write it in quotes, like title: \"Group\"",
                )?,
                other => return Err(de::Error::unknown_field(other, self.fields)),
            }
        }
        let block = RawBlock {
            day: day.ok_or_else(|| de::Error::missing_field("day"))?,
            start: start
                .map(|Text(t)| t)
                .ok_or_else(|| de::Error::missing_field("start"))?,
            end: end
                .map(|Text(t)| t)
                .ok_or_else(|| de::Error::missing_field("end"))?,
            title: title.map(|Text(t)| t.into_owned()).unwrap_or_default(),
        };
        Ok((block, kind))
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for RawSession<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawSession<'a>, D::Error> {
        let visitor = BlockVisitor {
            name: "Session",
            fields: SESSION_FIELDS,
        };
        let (block, kind) = d.deserialize_struct("Session", SESSION_FIELDS, visitor)?;
        Ok(RawSession { block, kind })
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for RawCommitment<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<RawCommitment<'a>, D::Error> {
        let visitor = BlockVisitor {
            name: "Commitment",
            fields: COMMITMENT_FIELDS,
        };
        let (block, _) = d.deserialize_struct("Commitment", COMMITMENT_FIELDS, visitor)?;
        Ok(RawCommitment { block })
    }
}

/// A quoted string, borrowed from the text when it has no escapes.
struct Text<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Text<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text<'a>, D::Error> {
        d.deserialize_str(CowVisitor("text in double quotes"))
            .map(Text)
    }
}

/// Hands back a string or identifier, borrowed from the text where ron can.
struct CowVisitor(&'static str);

impl<'de> Visitor<'de> for CowVisitor {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.0)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

/// A value as written, before it is judged: text, a whole number, or something else
/// (described in words for the error message).
#[derive(Default)]
enum Loose<'a> {
    /// The field was left out (a plain `Option` would make ron demand `Some(..)`).
    #[default]
    Missing,
    Text(Cow<'a, str>),
    Whole(u64),
    Other(String),
}

impl<'a> Loose<'a> {
    /// The text, or a message saying what was written instead.
    fn text(self, example: &str) -> Result<Cow<'a, str>, String> {
        match self {
            Loose::Text(text) => Ok(text),
            Loose::Missing => Ok(Cow::Borrowed("")),
            Loose::Whole(n) => Err(format!(
                "the number {n} is not text: write it in double quotes, like {example}"
            )),
            Loose::Other(what) => Err(format!(
                "{what} is not text: write it in double quotes, like {example}"
            )),
        }
    }
}

impl<'de: 'a, 'a> Deserialize<'de> for Loose<'a> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Loose<'a>, D::Error> {
        struct LooseVisitor;
        impl<'de> Visitor<'de> for LooseVisitor {
            type Value = Loose<'de>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a value")
            }
            fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Loose<'de>, E> {
                Ok(Loose::Text(Cow::Borrowed(v)))
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<Loose<'de>, E> {
                Ok(Loose::Text(Cow::Owned(v.to_owned())))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<Loose<'de>, E> {
                Ok(Loose::Text(Cow::Owned(v)))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Loose<'de>, E> {
                Ok(Loose::Whole(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Loose<'de>, E> {
                Ok(u64::try_from(v)
                    .map_or_else(|_| Loose::Other(format!("the number {v}")), Loose::Whole))
            }
            fn visit_u128<E: de::Error>(self, v: u128) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(format!("the number {v}")))
            }
            fn visit_i128<E: de::Error>(self, v: i128) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(format!("the number {v}")))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(format!("the number {v}")))
            }
            fn visit_bool<E: de::Error>(self, v: bool) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(format!("`{v}`")))
            }
            fn visit_char<E: de::Error>(self, v: char) -> Result<Loose<'de>, E> {
                Ok(Loose::Other(format!("the character '{v}'")))
            }
            fn visit_unit<E: de::Error>(self) -> Result<Loose<'de>, E> {
                Ok(Loose::Other("a name without quotes".into()))
            }
            fn visit_none<E: de::Error>(self) -> Result<Loose<'de>, E> {
                Ok(Loose::Other("`None`".into()))
            }
            fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Loose<'de>, D::Error> {
                de::IgnoredAny::deserialize(d)?;
                Ok(Loose::Other("`Some(..)`".into()))
            }
            fn visit_newtype_struct<D: Deserializer<'de>>(
                self,
                d: D,
            ) -> Result<Loose<'de>, D::Error> {
                de::IgnoredAny::deserialize(d)?;
                Ok(Loose::Other("a bracketed value".into()))
            }
            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Loose<'de>, A::Error> {
                while seq.next_element::<de::IgnoredAny>()?.is_some() {}
                Ok(Loose::Other("a list".into()))
            }
            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Loose<'de>, A::Error> {
                while map
                    .next_entry::<de::IgnoredAny, de::IgnoredAny>()?
                    .is_some()
                {}
                Ok(Loose::Other("a bracketed value".into()))
            }
            fn visit_bytes<E: de::Error>(self, _: &[u8]) -> Result<Loose<'de>, E> {
                Ok(Loose::Other("a byte string".into()))
            }
        }
        deserializer.deserialize_any(LooseVisitor)
    }
}

/// Reads a list of sessions or commitments, saying which item a problem is in.
struct Listed<T> {
    what: &'static str,
    item: std::marker::PhantomData<T>,
}

impl<'de, T: Deserialize<'de>> Visitor<'de> for Listed<T> {
    type Value = Vec<T>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "a list of {}s in square brackets", self.what)
    }

    fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(1 << 16));
        loop {
            match seq.next_element::<T>() {
                Ok(Some(item)) => items.push(item),
                Ok(None) => return Ok(items),
                Err(e) => {
                    let n = items.len();
                    return Err(de::Error::custom(format_args!(
                        "{} {} (index {n}): {}",
                        self.what,
                        n + 1,
                        e
                    )));
                }
            }
        }
    }
}

fn sessions<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<Vec<RawSession<'a>>, D::Error> {
    d.deserialize_seq(Listed {
        what: "session",
        item: std::marker::PhantomData,
    })
}

fn commitments<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Vec<RawCommitment<'a>>, D::Error> {
    d.deserialize_seq(Listed {
        what: "commitment",
        item: std::marker::PhantomData,
    })
}

/// A bare identifier such as `Mon` or `Group`, checked after parsing so the error can name the
/// session and field instead of only a position.
struct Ident<'a>(Cow<'a, str>);

impl<'de: 'a, 'a> Deserialize<'de> for Ident<'a> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Ident<'a>, D::Error> {
        d.deserialize_identifier(CowVisitor("a name such as Mon or Group"))
            .map(Ident)
    }
}

/// What `format:` says, judged: 1, newer, or not a format at all.
fn judge_format(format: Loose<'_>) -> Result<(), PlanError> {
    match format {
        Loose::Whole(FORMAT) => Ok(()),
        Loose::Whole(f) if f > FORMAT => Err(PlanError::NewerFormat(f)),
        Loose::Whole(f) => Err(PlanError::UnknownFormat(f)),
        Loose::Text(t) => Err(PlanError::Value {
            place: "the plan".into(),
            field: "format",
            message: format!("\"{t}\" is text; write the number without quotes: format: 1"),
        }),
        Loose::Other(what) => Err(PlanError::Value {
            place: "the plan".into(),
            field: "format",
            message: format!("{what} is not a plan format; this version reads format: 1"),
        }),
        Loose::Missing => Err(PlanError::Value {
            place: "the plan".into(),
            field: "format",
            message: "the required field `format` is missing; add format: 1".into(),
        }),
    }
}

impl RawPlan<'_> {
    fn into_plan(self) -> Result<Plan, PlanError> {
        judge_format(self.format)?;
        let plan_value = |field, message| PlanError::Value {
            place: "the plan".into(),
            field,
            message,
        };
        let name = self
            .name
            .text("name: \"My week\"")
            .map_err(|m| plan_value("name", m))?
            .into_owned();
        let level = self
            .level
            .text("level: \"iop\"")
            .map_err(|m| plan_value("level", m))?;
        let level = LevelId::from_code(&level).ok_or_else(|| {
            plan_value(
                "level",
                format!(
                    "\"{level}\" is not a level of care; use \"outpatient\", \"iop\", \"day_program\" or \"inpatient\""
                ),
            )
        })?;
        // An unknown or empty rule set id is the checker's to refuse, so `--rules` can override it.
        let rules = match self.rules {
            Loose::Missing => super::DEFAULT_RULES.to_owned(),
            rules => rules
                .text("rules: \"asam-adult\"")
                .map_err(|m| plan_value("rules", m))?
                .into_owned(),
        };
        let sessions = self
            .sessions
            .into_iter()
            .enumerate()
            .map(|(i, raw)| {
                let place = || format!("session {} (index {i})", i + 1);
                let (day, start, end) = block(&place, &raw.block)?;
                let k = raw.kind.map_or(Cow::Borrowed(SessionKind::default().code()), |i| i.0);
                let kind = SessionKind::ALL
                    .into_iter()
                    .find(|kind| kind.code() == k)
                    .ok_or_else(|| PlanError::Value {
                        place: place(),
                        field: "kind",
                        message: format!(
                            "`{k}` is not a kind of session; use one of Group, Individual, Family, Medication, Education, Peer, Other"
                        ),
                    })?;
                Ok(Session {
                    day,
                    start,
                    end,
                    kind,
                    title: raw.block.title,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        let commitments = self
            .commitments
            .into_iter()
            .enumerate()
            .map(|(i, raw)| {
                let place = || format!("commitment {} (index {i})", i + 1);
                let (day, start, end) = block(&place, &raw.block)?;
                Ok(Commitment {
                    day,
                    start,
                    end,
                    title: raw.block.title,
                })
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Plan {
            name,
            level,
            rules,
            sessions,
            commitments,
        })
    }
}

/// Validates the day and times shared by sessions and commitments.
fn block(place: &dyn Fn() -> String, raw: &RawBlock<'_>) -> Result<(Day, Clock, Clock), PlanError> {
    let (day, start, end) = (&raw.day, raw.start.as_ref(), raw.end.as_ref());
    let value = |field, message| PlanError::Value {
        place: place(),
        field,
        message,
    };
    let day = Day::ALL
        .into_iter()
        .find(|d| d.code() == day.0)
        .ok_or_else(|| {
            value(
                "day",
                format!(
                    "`{}` is not a day; use Mon, Tue, Wed, Thu, Fri, Sat or Sun",
                    day.0
                ),
            )
        })?;
    let (start, end) =
        super::parse_times(start, end).map_err(|e| value(e.field(), e.to_string()))?;
    Ok((day, start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

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
        assert_eq!(plan.level, LevelId::Iop);
        assert_eq!(plan.sessions.len(), 2);
        assert_eq!(plan.sessions[1].kind, SessionKind::Group);
        assert_eq!(plan.sessions[1].title, "");
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
            parse(r#"(format: 2, level: "iop", sessions: [], colour: Blue)"#).unwrap_err(),
            PlanError::NewerFormat(2)
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
        plan.sessions[0].title = "Group \"A\"".into();
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
        assert!(err.to_string().contains("cannot save"), "{err}");
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
}
