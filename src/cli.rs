//! The command line: `carelevels [PLAN.ron]` and `carelevels check PLAN.ron [--rules ID] [--json]`.
//!
//! Contract: `shared/spec/plan-and-check.md`, section 4. Exit 0 when the plan meets its level,
//! 1 when it does not, 2 when the file cannot be read or is not a valid plan (message on stderr,
//! nothing on stdout).

use std::io::Write;
use std::path::{Path, PathBuf};

use clap::{Parser, Subcommand};
use serde::Serialize;

use crate::catalog::Catalog;
use crate::check::{
    self, Finding, Report, Severity, days_against_minimum, duration, hours_against_band,
};
use crate::plan::{Day, Plan, file};

/// Exit status: the plan meets its level's rules (warnings allowed).
pub const EXIT_MEETS: i32 = 0;
/// Exit status: the plan does not meet its level's rules.
pub const EXIT_DOES_NOT_MEET: i32 = 1;
/// Exit status: the file cannot be read or is not a valid plan.
pub const EXIT_INVALID: i32 = 2;

/// Compare levels of addiction and mental-health care, and plan a week that meets one.
#[derive(Debug, Parser)]
#[command(name = "carelevels", version, args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A plan file (.ron) to open in the app.
    pub plan: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a weekly plan against its level of care's hour rules, without opening a window.
    ///
    /// Exit status: 0 meets, 1 does not meet, 2 the file cannot be read or is not a valid plan.
    Check {
        /// The plan file (.ron, format 1).
        plan: PathBuf,
        /// Use this rule set instead of the one the file names (asam-adult, asam-adolescent).
        #[arg(long, value_name = "ID")]
        rules: Option<String>,
        /// Print one JSON object instead of the human report.
        #[arg(long)]
        json: bool,
    },
}

/// Runs `check` and returns the exit status. Reports go to `out`, problems to `err`.
pub fn run_check(
    path: &Path,
    rules: Option<&str>,
    json: bool,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let catalog = Catalog::builtin();
    let plan = match file::load(path) {
        Ok(plan) => plan,
        Err(e) => {
            let _ = writeln!(err, "carelevels: {e}");
            return EXIT_INVALID;
        }
    };
    let report = match check::check_plan(&plan, catalog, rules) {
        Ok(report) => report,
        Err(e) => {
            let _ = match rules {
                Some(id) => writeln!(err, "carelevels: --rules {id}: {e}"),
                None => writeln!(err, "carelevels: {}: field `rules`: {e}", path.display()),
            };
            return EXIT_INVALID;
        }
    };
    let text = if json {
        json_report(path, &plan, &report)
    } else {
        human_report(path, &plan, &report, catalog)
    };
    // A closed pipe (`| head`) is not the plan's fault; the exit status still tells the verdict.
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        let _ = writeln!(err, "carelevels: could not write the report: {e}");
    }
    if report.meets() {
        EXIT_MEETS
    } else {
        EXIT_DOES_NOT_MEET
    }
}

#[derive(Serialize)]
struct JsonReport<'a> {
    file: String,
    name: &'a str,
    level: &'static str,
    rules: &'a str,
    verdict: &'static str,
    weekly_hours: f64,
    session_days: u32,
    intensity: Option<&'static str>,
    hours_by_day: HoursByDay,
    findings: &'a [Finding],
}

#[derive(Serialize)]
#[allow(non_snake_case)] // the keys are the contract's day codes
struct HoursByDay {
    Mon: f64,
    Tue: f64,
    Wed: f64,
    Thu: f64,
    Fri: f64,
    Sat: f64,
    Sun: f64,
}

fn hours(minutes: u32) -> f64 {
    f64::from(minutes) / 60.0
}

/// The contract's JSON object, on one line.
pub fn json_report(path: &Path, plan: &Plan, report: &Report) -> String {
    let by_day = |d: Day| hours(report.minutes_by_day[d.index()]);
    let json = JsonReport {
        file: path.display().to_string(),
        name: &plan.name,
        level: report.level.code(),
        rules: &report.rules,
        verdict: report.verdict.as_str(),
        weekly_hours: hours(report.weekly_minutes),
        session_days: report.session_days,
        intensity: report.intensity.map(|l| l.code()),
        hours_by_day: HoursByDay {
            Mon: by_day(Day::Mon),
            Tue: by_day(Day::Tue),
            Wed: by_day(Day::Wed),
            Thu: by_day(Day::Thu),
            Fri: by_day(Day::Fri),
            Sat: by_day(Day::Sat),
            Sun: by_day(Day::Sun),
        },
        findings: &report.findings,
    };
    let mut text = serde_json::to_string(&json).unwrap_or_else(|_| "{}".to_owned());
    text.push('\n');
    text
}

/// A short report for people reading a terminal.
pub fn human_report(path: &Path, plan: &Plan, report: &Report, catalog: &Catalog) -> String {
    use std::fmt::Write as _;
    let level = catalog.level(report.level);
    let rules = catalog.rule_set(&report.rules);
    let rule = rules.and_then(|r| r.rule(report.level));
    let mut s = String::new();
    // Control characters (new lines, terminal escapes) in a name must not reach the terminal.
    let name: String = plan
        .name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let title = if name.trim().is_empty() {
        "Untitled plan"
    } else {
        name.trim()
    };
    let _ = writeln!(s, "{title} ({})", path.display());
    let _ = writeln!(
        s,
        "Level:     {} - rules: {}{}",
        level.name,
        report.rules,
        rules.map(|r| format!(" ({})", r.name)).unwrap_or_default()
    );
    let verdict = if report.meets() {
        "MEETS the level's rules"
    } else {
        "DOES NOT MEET the level's rules"
    };
    let _ = writeln!(s, "Verdict:   {verdict}");
    let _ = writeln!(s, "Hours:     {}", hours_against_band(report, rule, level));
    let _ = writeln!(
        s,
        "Days:      {}",
        days_against_minimum(report, rule, level)
    );
    let by_day: Vec<String> = Day::ALL
        .iter()
        .map(|d| {
            let m = report.minutes_by_day[d.index()];
            if m == 0 {
                format!("{d} -")
            } else {
                format!("{d} {}", duration(m))
            }
        })
        .collect();
    let _ = writeln!(s, "By day:    {}", by_day.join(" | "));
    if let Some(intensity) = report.intensity {
        let _ = writeln!(
            s,
            "By hours alone this week is {} intensity.",
            catalog.level(intensity).short_name
        );
    }
    if report.findings.is_empty() {
        let _ = writeln!(s, "\nNo problems found.");
    } else {
        let _ = writeln!(s, "\nFindings:");
        for f in &report.findings {
            let tag = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let _ = writeln!(s, "  {tag} [{}] {}", f.code.as_str(), f.message);
        }
    }
    let _ = writeln!(
        s,
        "\nThis checks scheduled hours only. It informs and does not replace an assessment by a clinician."
    );
    s
}
