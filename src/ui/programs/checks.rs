//! Each program's check, cached: re-run only when the file's revision moves on, and then only
//! for the programs whose week changed (typing a note re-checks nothing).

use crate::catalog::{Catalog, RuleSet};
use crate::check::{self, Report};
use crate::plan::{Commitment, LevelId, Session, Week};
use crate::programs::{Programs, ProgramsReport};

/// What a program's check depends on, besides the rules and my week.
#[derive(Clone, Debug, PartialEq)]
struct Key {
    level: LevelId,
    sessions: Vec<Session>,
}

#[derive(Debug)]
pub struct Checks {
    revision: u64,
    rules: String,
    my_week: Vec<Commitment>,
    keys: Vec<Key>,
    /// One per program, also for a program without sessions (the week grid needs a report;
    /// the table shows such a program as "not entered yet").
    reports: Vec<Report>,
    /// How many single-program checks ran, for the tests of the cache.
    runs: u64,
}

impl Default for Checks {
    fn default() -> Self {
        Checks {
            revision: u64::MAX,
            rules: String::new(),
            my_week: Vec::new(),
            keys: Vec::new(),
            reports: Vec::new(),
            runs: 0,
        }
    }
}

impl Checks {
    /// Brings the reports up to date with `programs` at `revision`.
    pub fn refresh(&mut self, programs: &Programs, revision: u64, catalog: &Catalog) {
        if revision == self.revision && self.reports.len() == programs.programs.len() {
            return;
        }
        self.revision = revision;
        let rules = rules_of(programs, catalog);
        let all = rules.id != self.rules || programs.my_week != self.my_week;
        if all {
            self.rules = rules.id.clone();
            self.my_week = programs.my_week.clone();
        }
        self.keys.truncate(programs.programs.len());
        self.reports.truncate(programs.programs.len());
        for (i, program) in programs.programs.iter().enumerate() {
            let fresh = !all
                && self
                    .keys
                    .get(i)
                    .is_some_and(|k| k.level == program.level && k.sessions == program.sessions);
            if fresh {
                continue;
            }
            let week = Week::new(program.level, &program.sessions, &programs.my_week);
            let report = check::check(&week, rules, catalog);
            self.runs += 1;
            let key = Key {
                level: program.level,
                sessions: program.sessions.clone(),
            };
            if i < self.reports.len() {
                self.reports[i] = report;
                self.keys[i] = key;
            } else {
                self.reports.push(report);
                self.keys.push(key);
            }
        }
    }

    pub fn reports(&self) -> &[Report] {
        &self.reports
    }

    /// The reports as the core gives them: `None` for a program without a schedule.
    pub fn programs_report(&self, programs: &Programs) -> ProgramsReport {
        ProgramsReport {
            rules: self.rules.clone(),
            programs: programs
                .programs
                .iter()
                .zip(&self.reports)
                .map(|(p, r)| (!p.sessions.is_empty()).then(|| r.clone()))
                .collect(),
        }
    }
}

/// The file's rule set; an unknown one falls back to the first (files naming an unknown rule
/// set are refused on open, so this is only a safety net).
fn rules_of<'c>(programs: &Programs, catalog: &'c Catalog) -> &'c RuleSet {
    check::rule_set(catalog, &programs.rules).unwrap_or(&catalog.rule_sets[0])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Clock, Day, SessionKind};
    use crate::programs::check_programs;

    fn session(day: Day, start: u16, end: u16) -> Session {
        Session {
            day,
            start: Clock::from_hm(start, 0).unwrap(),
            end: Clock::from_hm(end, 0).unwrap(),
            kind: SessionKind::Group,
            title: String::new(),
        }
    }

    #[test]
    fn only_changed_programs_are_checked_again_and_the_result_matches_the_core() {
        let catalog = Catalog::builtin();
        let mut programs = crate::ui::programs::new_programs();
        programs.programs[0].sessions = vec![session(Day::Mon, 18, 21)];
        let mut checks = Checks::default();
        checks.refresh(&programs, 1, catalog);
        assert_eq!(checks.runs, 2);
        checks.refresh(&programs, 1, catalog);
        assert_eq!(checks.runs, 2, "same revision, nothing re-run");

        programs.programs[1].notes = "Called Monday".into();
        checks.refresh(&programs, 2, catalog);
        assert_eq!(checks.runs, 2, "a note does not change a week");

        programs.programs[1].sessions = vec![session(Day::Tue, 9, 12)];
        checks.refresh(&programs, 3, catalog);
        assert_eq!(checks.runs, 3, "only the changed program");

        programs.my_week.push(Commitment {
            day: Day::Mon,
            start: Clock::from_hm(17, 0).unwrap(),
            end: Clock::from_hm(19, 0).unwrap(),
            title: "Work".into(),
        });
        checks.refresh(&programs, 4, catalog);
        assert_eq!(checks.runs, 5, "my week changes every program's check");
        assert_eq!(
            checks.programs_report(&programs),
            check_programs(&programs, catalog, None).unwrap()
        );

        programs.programs.remove(0);
        checks.refresh(&programs, 5, catalog);
        assert_eq!(checks.reports().len(), 1);
        assert_eq!(
            checks.programs_report(&programs),
            check_programs(&programs, catalog, None).unwrap()
        );
    }
}
