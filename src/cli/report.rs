//! What `carelevels check` prints: a short human report, or the JSON object of the contract,
//! for a one-week plan, a plan of phases, or a programs file.

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::catalog::Catalog;
use crate::check::{
    DISCLAIMER, Finding, PlanReport, Report, Severity, days_against_minimum, duration, headline,
    hours_against_band,
};
use crate::plan::{Day, Plan};
use crate::programs::{Programs, ProgramsReport};
use crate::text::for_display;

#[derive(Serialize)]
struct WeekJson<'a> {
    file: String,
    name: &'a str,
    level: &'static str,
    rules: &'a str,
    rules_kind: &'static str,
    #[serde(flatten)]
    figures: Figures<'a>,
    disclaimer: &'static str,
}

#[derive(Serialize)]
struct PhasedJson<'a> {
    file: String,
    name: &'a str,
    rules: &'a str,
    rules_kind: &'static str,
    verdict: &'static str,
    total_weeks: u32,
    start: Option<String>,
    phases: Vec<PhaseJson<'a>>,
    disclaimer: &'static str,
}

#[derive(Serialize)]
struct PhaseJson<'a> {
    name: &'a str,
    level: &'static str,
    weeks: u32,
    first_week: u32,
    #[serde(flatten)]
    figures: Figures<'a>,
}

#[derive(Serialize)]
struct ProgramsJson<'a> {
    file: String,
    name: &'a str,
    rules: &'a str,
    rules_kind: &'static str,
    programs: Vec<ProgramJson<'a>>,
    disclaimer: &'static str,
}

#[derive(Serialize)]
struct ProgramJson<'a> {
    name: &'a str,
    level: &'static str,
    #[serde(flatten)]
    figures: Figures<'a>,
}

/// What every checked week reports, in the contract's order; a program without a schedule
/// reports `unknown` with no hours.
#[derive(Serialize)]
struct Figures<'a> {
    verdict: &'static str,
    weekly_hours: f64,
    session_days: u32,
    intensity: Option<&'static str>,
    hours_by_day: HoursByDay,
    findings: &'a [Finding],
}

impl<'a> Figures<'a> {
    fn of(report: Option<&'a Report>) -> Figures<'a> {
        match report {
            Some(r) => Figures {
                verdict: r.verdict.as_str(),
                weekly_hours: hours(r.weekly_minutes),
                session_days: r.session_days,
                intensity: r.intensity.map(|l| l.code()),
                hours_by_day: HoursByDay::of(&r.minutes_by_day),
                findings: &r.findings,
            },
            None => Figures {
                verdict: "unknown",
                weekly_hours: 0.0,
                session_days: 0,
                intensity: None,
                hours_by_day: HoursByDay::of(&[0; 7]),
                findings: &[],
            },
        }
    }
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

impl HoursByDay {
    fn of(minutes: &[u32; 7]) -> HoursByDay {
        let by_day = |d: Day| hours(minutes[d.index()]);
        HoursByDay {
            Mon: by_day(Day::Mon),
            Tue: by_day(Day::Tue),
            Wed: by_day(Day::Wed),
            Thu: by_day(Day::Thu),
            Fri: by_day(Day::Fri),
            Sat: by_day(Day::Sat),
            Sun: by_day(Day::Sun),
        }
    }
}

fn hours(minutes: u32) -> f64 {
    f64::from(minutes) / 60.0
}

fn rules_kind(catalog: &Catalog, id: &str) -> &'static str {
    catalog
        .rule_set(id)
        .map_or("guideline", |r| r.kind.as_str())
}

fn one_line_json<T: Serialize>(value: &T) -> String {
    let mut text = serde_json::to_string(value).unwrap_or_else(|_| "{}".to_owned());
    text.push('\n');
    text
}

/// The contract's JSON object for a plan, on one line: the one-week shape for a format-1
/// plan, the phases shape otherwise.
pub fn json_report(path: &Path, plan: &Plan, report: &PlanReport, catalog: &Catalog) -> String {
    let kind = rules_kind(catalog, &report.rules);
    if plan.is_one_week() {
        let week = report.phase(0);
        return one_line_json(&WeekJson {
            file: path.display().to_string(),
            name: &plan.name,
            level: week.level.code(),
            rules: &report.rules,
            rules_kind: kind,
            figures: Figures::of(Some(week)),
            disclaimer: DISCLAIMER,
        });
    }
    let first_weeks = plan.first_weeks();
    let phases = plan
        .phases
        .iter()
        .zip(&report.phases)
        .zip(first_weeks)
        .map(|((phase, week), first_week)| PhaseJson {
            name: &phase.name,
            level: week.level.code(),
            weeks: phase.week_count(),
            first_week,
            figures: Figures::of(Some(week)),
        })
        .collect();
    one_line_json(&PhasedJson {
        file: path.display().to_string(),
        name: &plan.name,
        rules: &report.rules,
        rules_kind: kind,
        verdict: report.verdict.as_str(),
        total_weeks: plan.total_weeks(),
        start: plan.start.map(|d| d.format("%Y-%m-%d").to_string()),
        phases,
        disclaimer: DISCLAIMER,
    })
}

/// The contract's JSON object for a programs file, on one line.
pub fn programs_json(
    path: &Path,
    programs: &Programs,
    report: &ProgramsReport,
    catalog: &Catalog,
) -> String {
    let list = programs
        .programs
        .iter()
        .zip(&report.programs)
        .map(|(p, r)| ProgramJson {
            name: &p.name,
            level: p.level.code(),
            figures: Figures::of(r.as_ref()),
        })
        .collect();
    one_line_json(&ProgramsJson {
        file: path.display().to_string(),
        name: &programs.name,
        rules: &report.rules,
        rules_kind: rules_kind(catalog, &report.rules),
        programs: list,
        disclaimer: DISCLAIMER,
    })
}

fn title_or(name: &str, fallback: &str) -> String {
    let name = for_display(name);
    let name = name.trim();
    if name.is_empty() {
        fallback.to_owned()
    } else {
        name.to_owned()
    }
}

/// "asam-adult (ASAM Criteria, adults)".
fn rules_line(catalog: &Catalog, id: &str) -> String {
    format!(
        "{id}{}",
        catalog
            .rule_set(id)
            .map(|r| format!(" ({}, a {})", r.name, r.kind.as_str()))
            .unwrap_or_default()
    )
}

/// One week's lines: verdict, hours, days, by day, intensity, findings; each line after the
/// first `indent`ed.
fn week_lines(s: &mut String, report: &Report, catalog: &Catalog, indent: &str) {
    let level = catalog.level(report.level);
    let rule = catalog
        .rule_set(&report.rules)
        .and_then(|r| r.rule(report.level));
    let verdict = if report.meets() {
        "MEETS"
    } else {
        "DOES NOT MEET"
    };
    let rules = catalog.rule_set(&report.rules);
    let _ = writeln!(
        s,
        "{indent}Verdict:   {verdict} - {}",
        headline(report, rules, catalog)
    );
    let _ = writeln!(
        s,
        "{indent}Hours:     {}",
        hours_against_band(report, rule, level)
    );
    let _ = writeln!(
        s,
        "{indent}Days:      {}",
        days_against_minimum(report, rule, level)
    );
    let by_day: Vec<String> = Day::ALL
        .iter()
        .map(|d| match report.minutes_by_day[d.index()] {
            0 => format!("{d} -"),
            m => format!("{d} {}", duration(m)),
        })
        .collect();
    let _ = writeln!(s, "{indent}By day:    {}", by_day.join(" | "));
    if let Some(intensity) = report.intensity {
        let _ = writeln!(
            s,
            "{indent}By hours alone this week is {} intensity.",
            catalog.level(intensity).short_name
        );
    }
    if report.findings.is_empty() {
        let _ = writeln!(s, "\n{indent}No problems found.");
    } else {
        let _ = writeln!(s, "\n{indent}Findings:");
        for f in &report.findings {
            let tag = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
            };
            let _ = writeln!(
                s,
                "{indent}  {tag} [{}] {}",
                f.code.as_str(),
                for_display(&f.message)
            );
        }
    }
}

fn closing(s: &mut String) {
    let _ = writeln!(s, "\nThis checks scheduled hours only. {DISCLAIMER}");
}

/// A short report for people reading a terminal.
pub fn human_report(path: &Path, plan: &Plan, report: &PlanReport, catalog: &Catalog) -> String {
    let mut s = String::new();
    let title = title_or(&plan.name, "Untitled plan");
    let _ = writeln!(s, "{title} ({})", for_display(&path.display().to_string()));
    if plan.is_one_week() {
        let week = report.phase(0);
        let level = catalog.level(week.level);
        let _ = writeln!(
            s,
            "Level:     {} - rules: {}",
            level.name,
            rules_line(catalog, &report.rules)
        );
        week_lines(&mut s, week, catalog, "");
        closing(&mut s);
        return s;
    }
    let _ = writeln!(s, "Rules:     {}", rules_line(catalog, &report.rules));
    let failing = report.phases.iter().filter(|r| !r.meets()).count();
    let verdict = if failing == 0 {
        "MEETS: every phase meets its level's rules".to_owned()
    } else {
        format!(
            "DOES NOT MEET: {failing} of {} phases {} not meet {} level's rules",
            report.phases.len(),
            if failing == 1 { "does" } else { "do" },
            if failing == 1 { "its" } else { "their" },
        )
    };
    let _ = writeln!(s, "Verdict:   {verdict}");
    let _ = writeln!(
        s,
        "Weeks:     {}{}",
        plan.total_weeks(),
        plan.start
            .map(|d| format!(", starting {}", d.format("%Y-%m-%d")))
            .unwrap_or_default()
    );
    let first_weeks = plan.first_weeks();
    for (i, (phase, week)) in plan.phases.iter().zip(&report.phases).enumerate() {
        let weeks = phase.week_count();
        let last = first_weeks[i] + weeks - 1;
        let span = if last > first_weeks[i] {
            format!("weeks {} to {last}", first_weeks[i])
        } else {
            format!("week {}", first_weeks[i])
        };
        let name = title_or(&phase.name, &format!("Phase {}", i + 1));
        let _ = writeln!(
            s,
            "\nPhase {}: {name} - {}, {span}",
            i + 1,
            catalog.level(week.level).name
        );
        week_lines(&mut s, week, catalog, "  ");
    }
    closing(&mut s);
    s
}

/// A short report of every program for people reading a terminal.
pub fn programs_report(
    path: &Path,
    programs: &Programs,
    report: &ProgramsReport,
    catalog: &Catalog,
) -> String {
    let mut s = String::new();
    let title = title_or(&programs.name, "Programs I'm considering");
    let _ = writeln!(s, "{title} ({})", for_display(&path.display().to_string()));
    let _ = writeln!(s, "Rules:     {}", rules_line(catalog, &report.rules));
    let _ = writeln!(
        s,
        "My week:   {} {}",
        programs.my_week.len(),
        if programs.my_week.len() == 1 {
            "commitment"
        } else {
            "commitments"
        }
    );
    for (i, (program, week)) in programs.programs.iter().zip(&report.programs).enumerate() {
        let _ = writeln!(
            s,
            "\nProgram {}: {} - {}",
            i + 1,
            title_or(&program.name, "(no name)"),
            catalog.level(program.level).name
        );
        match week {
            Some(week) => week_lines(&mut s, week, catalog, "  "),
            None => {
                let _ = writeln!(
                    s,
                    "  Verdict:   UNKNOWN: the program's weekly schedule is not entered yet"
                );
            }
        }
        let missed = programs.missed_must_haves(program);
        if !missed.is_empty() {
            let labels: Vec<String> = missed.iter().map(|q| for_display(q).into_owned()).collect();
            let _ = writeln!(s, "  Must-haves not confirmed yet: {}", labels.join(", "));
        }
    }
    closing(&mut s);
    s
}
