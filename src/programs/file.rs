//! Programs files, format 1 (RON): the same limits and guarantees as plan files (4 MiB, precise
//! errors that name the program, atomic save). Described for users in `docs/programs-format.md`.

use std::fmt::Write as _;

use serde::Deserialize;
use serde::de::Deserializer;

use super::{Answer, MAX_PROGRAMS, Program, Programs, Reply};
use crate::plan::LevelId;
use crate::plan::file::{self, PlanError, judge_rules, judge_text, quote};
use crate::plan::raw::{self, Ident, Listed, Loose, RawCommitment, RawSession};

/// The only programs-file format so far.
pub const FORMAT: u64 = 1;

/// Parses and validates a programs file from text (without a byte-order mark).
pub fn parse(text: &str) -> Result<Programs, PlanError> {
    let raw: RawPrograms = ron::from_str(text).map_err(|e| file::syntax_error(&e))?;
    raw.into_programs()
}

/// The programs as RON: struct names, one session or commitment per line.
pub fn to_ron(programs: &Programs) -> String {
    let mut out = String::with_capacity(1024);
    out.push_str(
        "// Programs I'm considering, made with carelevels: my own week, and each program's usual\n// week and what I learned about it. Times are 24-hour \"HH:MM\".\n",
    );
    out.push_str("Programs(\n");
    let _ = writeln!(out, "    format: {FORMAT},");
    let _ = writeln!(out, "    name: {},", quote(&programs.name));
    let _ = writeln!(out, "    rules: {},", quote(&programs.rules));
    file::write_commitments_as(
        &mut out,
        "    ",
        "my_week",
        programs.my_week.iter().collect(),
    );
    let must: Vec<String> = programs.must_haves.iter().map(|q| quote(q)).collect();
    let _ = writeln!(out, "    must_haves: [{}],", must.join(", "));
    out.push_str("    programs: [\n");
    for p in &programs.programs {
        out.push_str("        Program(\n");
        let ind = "            ";
        let _ = writeln!(out, "{ind}name: {},", quote(&p.name));
        let _ = writeln!(out, "{ind}level: {},", quote(p.level.code()));
        for (field, text) in [
            ("start", &p.start),
            ("contact", &p.contact),
            ("address", &p.address),
            ("cost", &p.cost),
            ("languages", &p.languages),
            ("notes", &p.notes),
        ] {
            let _ = writeln!(out, "{ind}{field}: {},", quote(text));
        }
        let _ = writeln!(out, "{ind}answers: [");
        for a in &p.answers {
            let asked = a
                .asked
                .map(|d| format!(", asked: \"{}\"", d.format("%Y-%m-%d")))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{ind}    Answer(question: {}, reply: {}{asked}, note: {}),",
                quote(&a.question),
                a.reply.code(),
                quote(&a.note)
            );
        }
        let _ = writeln!(out, "{ind}],");
        file::write_sessions(&mut out, ind, &p.sessions);
        out.push_str("        ),\n");
    }
    out.push_str("    ],\n)\n");
    out
}

// ---- the file's shape, before validation ----

#[derive(Deserialize)]
#[serde(rename = "Programs", deny_unknown_fields)]
struct RawPrograms<'a> {
    #[serde(borrow)]
    format: Loose<'a>,
    #[serde(default, borrow)]
    name: Loose<'a>,
    #[serde(default, borrow)]
    rules: Loose<'a>,
    #[serde(default, borrow, deserialize_with = "raw::commitments")]
    my_week: Vec<RawCommitment<'a>>,
    #[serde(default)]
    must_haves: Vec<String>,
    #[serde(default, borrow, deserialize_with = "programs")]
    programs: Option<Vec<RawProgram<'a>>>,
}

#[derive(Deserialize)]
#[serde(rename = "Program", deny_unknown_fields)]
struct RawProgram<'a> {
    #[serde(default, borrow)]
    name: Loose<'a>,
    #[serde(default, borrow)]
    level: Loose<'a>,
    #[serde(default, borrow, deserialize_with = "raw::sessions")]
    sessions: Vec<RawSession<'a>>,
    #[serde(default, borrow)]
    start: Loose<'a>,
    #[serde(default, borrow)]
    contact: Loose<'a>,
    #[serde(default, borrow)]
    address: Loose<'a>,
    #[serde(default, borrow)]
    cost: Loose<'a>,
    #[serde(default, borrow)]
    languages: Loose<'a>,
    #[serde(default, borrow)]
    notes: Loose<'a>,
    #[serde(default, borrow, deserialize_with = "answers")]
    answers: Vec<RawAnswer<'a>>,
}

#[derive(Deserialize)]
#[serde(rename = "Answer", deny_unknown_fields)]
struct RawAnswer<'a> {
    #[serde(default, borrow)]
    question: Loose<'a>,
    #[serde(borrow)]
    reply: Ident<'a>,
    #[serde(default, borrow)]
    asked: Loose<'a>,
    #[serde(default, borrow)]
    note: Loose<'a>,
}

fn programs<'de: 'a, 'a, D: Deserializer<'de>>(
    d: D,
) -> Result<Option<Vec<RawProgram<'a>>>, D::Error> {
    d.deserialize_seq(Listed::<RawProgram<'a>>::new("program"))
        .map(Some)
}

fn answers<'de: 'a, 'a, D: Deserializer<'de>>(d: D) -> Result<Vec<RawAnswer<'a>>, D::Error> {
    d.deserialize_seq(Listed::<RawAnswer<'a>>::new("answer"))
}

impl RawPrograms<'_> {
    fn into_programs(self) -> Result<Programs, PlanError> {
        let value = |field, message| PlanError::Value {
            place: "the programs file".into(),
            field,
            message,
            spot: None,
        };
        match self.format {
            Loose::Whole(FORMAT) => {}
            Loose::Whole(f) if f > FORMAT => return Err(PlanError::NewerFormat(f)),
            Loose::Whole(f) => return Err(PlanError::UnknownFormat(f)),
            Loose::Missing => {
                return Err(value(
                    "format",
                    "the required field `format` is missing; add format: 1".into(),
                ));
            }
            _ => {
                return Err(value(
                    "format",
                    "write the number without quotes: format: 1".into(),
                ));
            }
        }
        let name = judge_text(self.name, "name", "name: \"Programs near me\"", &value)?;
        let rules = judge_rules(self.rules, &value)?;
        let my_week = raw::commitments_of("my_week: ", None, self.my_week)?;
        let raw_programs = self.programs.ok_or_else(|| {
            value(
                "programs",
                "the required field `programs` is missing; list 1 to 12 Program(..)".into(),
            )
        })?;
        if raw_programs.is_empty() || raw_programs.len() > MAX_PROGRAMS {
            return Err(value(
                "programs",
                format!(
                    "a programs file holds 1 to {MAX_PROGRAMS} programs; this one has {}",
                    raw_programs.len()
                ),
            ));
        }
        let programs = raw_programs
            .into_iter()
            .enumerate()
            .map(|(i, raw)| raw.into_program(i))
            .collect::<Result<Vec<_>, _>>()?;
        for (i, q) in self.must_haves.iter().enumerate() {
            if q.trim().is_empty() {
                return Err(value(
                    "must_haves",
                    format!(
                        "must-have {} is empty; name a question, like \"moud\"",
                        i + 1
                    ),
                ));
            }
        }
        Ok(Programs {
            name,
            rules,
            my_week,
            must_haves: self.must_haves,
            programs,
        })
    }
}

impl RawProgram<'_> {
    fn into_program(self, index: usize) -> Result<Program, PlanError> {
        let bare = format!("program {}", index + 1);
        let bare_value = |field, message| PlanError::Value {
            place: bare.clone(),
            field,
            message,
            spot: None,
        };
        let name = judge_text(
            self.name,
            "name",
            "name: \"Riverside evening IOP\"",
            &bare_value,
        )?;
        if name.trim().is_empty() {
            return Err(bare_value(
                "name",
                "every program needs a name, like name: \"Riverside evening IOP\"".into(),
            ));
        }
        // "program 2 (Riverside evening IOP)": people know their programs by name.
        let place = format!("program {} ({})", index + 1, name.trim());
        let value = |field, message| PlanError::Value {
            place: place.clone(),
            field,
            message,
            spot: None,
        };
        let level = match self.level {
            Loose::Missing => {
                return Err(value(
                    "level",
                    "the required field `level` is missing; add one such as level: \"iop\"".into(),
                ));
            }
            level => {
                let code = level
                    .text("level: \"iop\"")
                    .map_err(|m| value("level", m))?;
                LevelId::from_code(&code).ok_or_else(|| {
                    value(
                        "level",
                        format!(
                            "\"{code}\" is not a level of care; use \"outpatient\", \"iop\", \"day_program\" or \"inpatient\""
                        ),
                    )
                })?
            }
        };
        let text = |loose: Loose<'_>, field| judge_text(loose, field, "\"...\"", &value);
        let answers = self
            .answers
            .into_iter()
            .enumerate()
            .map(|(i, a)| a.into_answer(&format!("{place}, answer {}", i + 1)))
            .collect::<Result<Vec<Answer>, _>>()?;
        for (i, a) in answers.iter().enumerate() {
            if answers[..i].iter().any(|b| b.question == a.question) {
                return Err(value(
                    "answers",
                    format!("the question \"{}\" is answered twice", a.question),
                ));
            }
        }
        Ok(Program {
            sessions: raw::sessions_of(
                &format!("{place}, "),
                Some(&(crate::plan::file::Within::Program, index + 1, name.clone())),
                self.sessions,
            )?,
            name,
            level,
            start: text(self.start, "start")?,
            contact: text(self.contact, "contact")?,
            address: text(self.address, "address")?,
            cost: text(self.cost, "cost")?,
            languages: text(self.languages, "languages")?,
            notes: text(self.notes, "notes")?,
            answers,
        })
    }
}

impl RawAnswer<'_> {
    fn into_answer(self, place: &str) -> Result<Answer, PlanError> {
        let value = |field, message| PlanError::Value {
            place: place.to_owned(),
            field,
            message,
            spot: None,
        };
        let question = judge_text(self.question, "question", "question: \"moud\"", &value)?;
        if question.trim().is_empty() {
            return Err(value(
                "question",
                "name the question this answers, like question: \"moud\"".into(),
            ));
        }
        let reply = Reply::from_code(&self.reply.0).ok_or_else(|| {
            value(
                "reply",
                format!("`{}` is not a reply; use Yes, No or NotSure", self.reply.0),
            )
        })?;
        let asked = match self.asked {
            Loose::Missing => None,
            asked => Some(file::judge_date(asked, "asked", &value)?),
        };
        Ok(Answer {
            question,
            reply,
            asked,
            note: judge_text(self.note, "note", "note: \"...\"", &value)?,
        })
    }
}

/// Whether `text` (a whole file, without a byte-order mark) is a programs file rather than a
/// plan: its struct name says so, or, written bare, it has a top-level `programs` or `my_week`
/// field.
pub fn looks_like_programs(text: &str) -> bool {
    let mut rest = skip_blank(text);
    if let Some(after) = rest.strip_prefix("Programs") {
        return skip_blank(after).starts_with('(');
    }
    if !rest.starts_with('(') {
        return false;
    }
    // Walk the top level of the bare struct, outside strings and comments, reading keys.
    rest = &rest[1..];
    let mut depth = 0usize;
    let mut chars = rest.char_indices().peekable();
    let mut expecting_key = true;
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                let mut escaped = false;
                for (_, c) in chars.by_ref() {
                    match (escaped, c) {
                        (false, '\\') => escaped = true,
                        (false, '"') => break,
                        _ => escaped = false,
                    }
                }
                expecting_key = false;
            }
            '/' if rest[i..].starts_with("//") => {
                for (_, c) in chars.by_ref() {
                    if c == '\n' {
                        break;
                    }
                }
            }
            '/' if rest[i..].starts_with("/*") => {
                let end = rest[i + 2..]
                    .find("*/")
                    .map_or(rest.len(), |e| i + 2 + e + 2);
                while chars.peek().is_some_and(|&(j, _)| j < end) {
                    chars.next();
                }
            }
            '(' | '[' | '{' => {
                depth += 1;
                expecting_key = false;
            }
            ')' | ']' | '}' => {
                if depth == 0 {
                    return false;
                }
                depth -= 1;
            }
            ',' if depth == 0 => expecting_key = true,
            c if depth == 0 && expecting_key && (c.is_ascii_alphabetic() || c == '_') => {
                let word: String = rest[i..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                    .collect();
                if word == "programs" || word == "my_week" || word == "must_haves" {
                    return true;
                }
                for _ in 1..word.chars().count() {
                    chars.next();
                }
                expecting_key = false;
            }
            _ => {}
        }
    }
    false
}

/// Skips white space and comments at the start of `text`.
fn skip_blank(mut text: &str) -> &str {
    loop {
        let trimmed = text.trim_start();
        if let Some(rest) = trimmed.strip_prefix("//") {
            text = rest.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(rest) = trimmed.strip_prefix("/*") {
            text = rest.split_once("*/").map_or("", |(_, r)| r);
        } else {
            return trimmed;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::Day;

    const EXAMPLE: &str = r#"
Programs(
    format: 1,
    name: "Programs near me",
    rules: "asam-adult",
    my_week: [
        Commitment(day: Mon, start: "09:00", end: "17:00", title: "Work"),
    ],
    programs: [
        Program(
            name: "Riverside evening IOP",
            level: "iop",
            sessions: [
                Session(day: Mon, start: "18:00", end: "21:00", kind: Group, title: "Group"),
            ],
        ),
        (name: "Hillcrest", level: "iop"),
    ],
)
"#;

    #[test]
    fn the_contract_example_loads_and_round_trips() {
        let mut programs = parse(EXAMPLE).unwrap();
        assert_eq!(programs.programs.len(), 2);
        assert_eq!(programs.my_week[0].day, Day::Mon);
        assert!(programs.programs[1].sessions.is_empty());
        programs.must_haves.push("moud".into());
        let a = programs.programs[0].answer_mut("moud");
        a.reply = Reply::Yes;
        a.asked = chrono::NaiveDate::from_ymd_opt(2026, 11, 20);
        a.note = "buprenorphine \"only\"".into();
        programs.programs[1].notes = "Called, left a message\nsecond line".into();
        let text = to_ron(&programs);
        assert_eq!(parse(&text).unwrap(), programs);
    }

    #[test]
    fn errors_name_the_program() {
        let err = parse(
            r#"Programs(format: 1, programs: [(name: "A", level: "iop"), (name: "Riverside evening IOP", level: "iop", sessions: [(day: Mon, start: "18:00", end: "17:00")])])"#,
        )
        .unwrap_err();
        let text = err.to_string();
        assert!(
            text.starts_with("program 2 (Riverside evening IOP), session 1 (index 0), field `end`"),
            "{text}"
        );
        let err = parse(r#"Programs(format: 1, programs: [(level: "iop")])"#).unwrap_err();
        assert!(err.to_string().contains("needs a name"), "{err}");
        let err = parse(r#"Programs(format: 1, programs: [])"#).unwrap_err();
        assert!(err.to_string().contains("1 to 12"), "{err}");
        let err = parse(r#"Programs(format: 1, programs: [(name: "A", level: "iop", colour: 1)])"#)
            .unwrap_err();
        assert!(err.to_string().contains("colour"), "{err}");
        assert_eq!(
            parse(r#"Programs(format: 2, programs: [])"#).unwrap_err(),
            PlanError::NewerFormat(2)
        );
    }

    #[test]
    fn programs_files_are_told_from_plans() {
        assert!(looks_like_programs(EXAMPLE));
        assert!(looks_like_programs(
            "// mine\n(format: 1, name: \"x\", programs: [])"
        ));
        assert!(looks_like_programs(
            "(format: 1, name: \"programs: no\", my_week: [])"
        ));
        assert!(!looks_like_programs(
            "(format: 1, name: \"programs: [\", level: \"iop\", sessions: [])"
        ));
        assert!(!looks_like_programs(
            "Plan(format: 1, level: \"iop\", sessions: [])"
        ));
        assert!(!looks_like_programs(
            "(format: 2, phases: [(level: \"iop\", weeks: 2, sessions: [(day: Mon, start: \"09:00\", end: \"10:00\", title: \"programs\")])])"
        ));
    }
}
