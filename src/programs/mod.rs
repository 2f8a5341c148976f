//! The programs a person is weighing: each program's usual week, what they learned about it,
//! and their own week, so each program can be laid over it and checked.
//!
//! Plain data, like [`crate::plan`]. Loading and saving live in [`file`]; the format is
//! described for users in `docs/programs-format.md`.

pub mod file;

use crate::catalog::Catalog;
use crate::check::{self, Report, UnknownRuleSet, Verdict};
use crate::plan::{Commitment, DEFAULT_RULES, LevelId, Session, Week};

/// The most programs a file holds (a side-by-side table wider than this helps nobody).
pub const MAX_PROGRAMS: usize = 12;

/// An answer to one of the questions worth asking a program (`data/questions.ron`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Reply {
    Yes,
    No,
    /// Not asked yet, or the program has not said.
    #[default]
    NotSure,
}

impl Reply {
    pub const ALL: [Reply; 3] = [Reply::Yes, Reply::No, Reply::NotSure];

    /// The identifier used in files (`NotSure`).
    pub fn code(self) -> &'static str {
        match self {
            Reply::Yes => "Yes",
            Reply::No => "No",
            Reply::NotSure => "NotSure",
        }
    }

    pub fn from_code(code: &str) -> Option<Reply> {
        Reply::ALL.into_iter().find(|r| r.code() == code)
    }
}

/// What a person learned about one question for one program.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Answer {
    /// Id of a question in `data/questions.ron`.
    pub question: String,
    pub reply: Reply,
    /// When they asked, if they noted it.
    pub asked: Option<chrono::NaiveDate>,
    /// Their own words ("buprenorphine only", "in network with Aetna").
    pub note: String,
}

/// One program a person is considering.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Program {
    pub name: String,
    pub level: LevelId,
    /// The program's usual week; empty when not entered yet.
    pub sessions: Vec<Session>,
    /// When they could start, or how long the wait is, in their words.
    pub start: String,
    /// Phone, email, a person's name: free text.
    pub contact: String,
    pub address: String,
    /// Estimated out-of-pocket cost, in their words.
    pub cost: String,
    /// Languages the program offers care in.
    pub languages: String,
    pub notes: String,
    /// At most one answer per question.
    pub answers: Vec<Answer>,
}

impl Program {
    /// An empty program at `level`.
    pub fn new(name: impl Into<String>, level: LevelId) -> Program {
        Program {
            name: name.into(),
            level,
            sessions: Vec::new(),
            start: String::new(),
            contact: String::new(),
            address: String::new(),
            cost: String::new(),
            languages: String::new(),
            notes: String::new(),
            answers: Vec::new(),
        }
    }

    /// The reply to a question ("not sure yet" when there is none).
    pub fn reply(&self, question: &str) -> Reply {
        self.answer(question).map(|a| a.reply).unwrap_or_default()
    }

    pub fn answer(&self, question: &str) -> Option<&Answer> {
        self.answers.iter().find(|a| a.question == question)
    }

    /// The answer to a question, made if missing, for editing.
    pub fn answer_mut(&mut self, question: &str) -> &mut Answer {
        let at = match self.answers.iter().position(|a| a.question == question) {
            Some(at) => at,
            None => {
                self.answers.push(Answer {
                    question: question.to_owned(),
                    ..Answer::default()
                });
                self.answers.len() - 1
            }
        };
        &mut self.answers[at]
    }
}

/// The programs file: the person's own week and the programs they are weighing.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Programs {
    pub name: String,
    /// Id of a rule set in `data/rules.ron`.
    pub rules: String,
    /// The person's own commitments, shared by every program.
    pub my_week: Vec<Commitment>,
    /// Question ids the person marked as must-haves: a program whose reply is not Yes is
    /// flagged (never ranked).
    pub must_haves: Vec<String>,
    /// 1 to [`MAX_PROGRAMS`].
    pub programs: Vec<Program>,
}

impl Default for Programs {
    fn default() -> Self {
        Programs {
            name: String::new(),
            rules: DEFAULT_RULES.to_owned(),
            my_week: Vec::new(),
            must_haves: Vec::new(),
            programs: vec![Program::new("Program 1", LevelId::Iop)],
        }
    }
}

impl Programs {
    /// Program `index`'s week laid over my week.
    pub fn week(&self, index: usize) -> Option<Week<'_>> {
        self.programs
            .get(index)
            .map(|p| Week::new(p.level, &p.sessions, &self.my_week))
    }

    /// The must-haves a program does not (yet) answer Yes to, in the order they were marked.
    pub fn missed_must_haves(&self, program: &Program) -> Vec<&str> {
        self.must_haves
            .iter()
            .filter(|q| program.reply(q) != Reply::Yes)
            .map(String::as_str)
            .collect()
    }
}

/// The check of one program: `None` when its schedule is not entered yet (verdict "unknown").
pub type ProgramReport = Option<Report>;

/// The check of every program in a file.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramsReport {
    pub rules: String,
    pub programs: Vec<ProgramReport>,
}

impl ProgramsReport {
    /// Whether every program with a schedule meets its level (programs without one don't count).
    pub fn all_known_meet(&self) -> bool {
        self.programs.iter().flatten().all(Report::meets)
    }
}

/// The contract's word for a program's verdict: `meets`, `does_not_meet` or `unknown`.
pub fn verdict_code(report: &ProgramReport) -> &'static str {
    report.as_ref().map_or("unknown", |r| r.verdict.as_str())
}

/// Checks each program with sessions like a one-week plan, with `my_week` as its
/// commitments, under the file's rule set or `rules_override`.
pub fn check_programs(
    programs: &Programs,
    catalog: &Catalog,
    rules_override: Option<&str>,
) -> Result<ProgramsReport, UnknownRuleSet> {
    let rules = check::rule_set(catalog, rules_override.unwrap_or(&programs.rules))?;
    let reports = programs
        .programs
        .iter()
        .map(|p| {
            (!p.sessions.is_empty()).then(|| {
                check::check(
                    &Week::new(p.level, &p.sessions, &programs.my_week),
                    rules,
                    catalog,
                )
            })
        })
        .collect();
    Ok(ProgramsReport {
        rules: rules.id.clone(),
        programs: reports,
    })
}

impl ProgramsReport {
    /// Meets when every program with a schedule meets.
    pub fn verdict(&self) -> Verdict {
        if self.all_known_meet() {
            Verdict::Meets
        } else {
            Verdict::DoesNotMeet
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Clock, Day, SessionKind};

    fn block(day: Day, start: &str, end: &str) -> (Day, Clock, Clock) {
        (day, start.parse().unwrap(), end.parse().unwrap())
    }

    fn session(day: Day, start: &str, end: &str) -> Session {
        let (day, start, end) = block(day, start, end);
        Session {
            day,
            start,
            end,
            kind: SessionKind::Group,
            title: "Group".into(),
        }
    }

    #[test]
    fn a_program_is_checked_against_my_week_and_one_without_a_schedule_is_unknown() {
        let (day, start, end) = block(Day::Mon, "09:00", "17:00");
        let mut programs = Programs {
            my_week: vec![Commitment {
                day,
                start,
                end,
                title: "Work".into(),
            }],
            ..Programs::default()
        };
        programs.programs[0].sessions = [Day::Mon, Day::Wed, Day::Thu]
            .into_iter()
            .map(|d| session(d, "16:00", "19:00"))
            .collect();
        programs
            .programs
            .push(Program::new("Not called yet", LevelId::Iop));
        let report = check_programs(&programs, Catalog::builtin(), None).unwrap();
        let first = report.programs[0].as_ref().unwrap();
        assert_eq!(first.weekly_minutes, 9 * 60);
        assert!(
            first
                .findings
                .iter()
                .any(|f| f.code.as_str() == "commitment_conflict" && f.commitment == Some(0))
        );
        assert_eq!(verdict_code(&report.programs[0]), "does_not_meet");
        assert_eq!(verdict_code(&report.programs[1]), "unknown");
        assert!(!report.all_known_meet());
    }

    #[test]
    fn must_haves_not_answered_yes_are_missed() {
        let mut programs = Programs {
            must_haves: vec!["moud".into(), "telehealth".into()],
            ..Programs::default()
        };
        programs.programs[0].answer_mut("moud").reply = Reply::Yes;
        programs.programs[0].answer_mut("telehealth").reply = Reply::No;
        let missed = programs.missed_must_haves(&programs.programs[0]);
        assert_eq!(missed, ["telehealth"]);
    }
}
