//! What `carelevels check` prints: a short human report, or the JSON object of the contract,
//! for a one-week plan, a plan of phases, or a programs file.

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::catalog::{Catalog, RuleKind};
use crate::check::{
    Code, Finding, PlanReport, Report, Severity, day_short_in, days_against_minimum_in, disclaimer,
    duration_in, headline_in, hours_against_band_in,
};
use crate::i18n::{Arg, Lang, tr};
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
    figures: Figures,
    disclaimer: String,
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
    disclaimer: String,
}

#[derive(Serialize)]
struct PhaseJson<'a> {
    name: &'a str,
    level: &'static str,
    weeks: u32,
    first_week: u32,
    #[serde(flatten)]
    figures: Figures,
}

#[derive(Serialize)]
struct ProgramsJson<'a> {
    file: String,
    name: &'a str,
    rules: &'a str,
    rules_kind: &'static str,
    programs: Vec<ProgramJson<'a>>,
    disclaimer: String,
}

#[derive(Serialize)]
struct ProgramJson<'a> {
    name: &'a str,
    level: &'static str,
    #[serde(flatten)]
    figures: Figures,
}

/// One finding in the JSON: the contract's keys, the message in the chosen language.
#[derive(Serialize)]
struct FindingJson {
    severity: Severity,
    code: Code,
    message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    day: Option<Day>,
    #[serde(skip_serializing_if = "Option::is_none")]
    session: Option<usize>,
    #[serde(skip_serializing_if = "Option::is_none")]
    commitment: Option<usize>,
}

impl FindingJson {
    fn of(f: &Finding, lang: Lang) -> FindingJson {
        FindingJson {
            severity: f.severity,
            code: f.code,
            message: f.message_in(lang),
            day: f.day,
            session: f.session,
            commitment: f.commitment,
        }
    }
}

/// What every checked week reports, in the contract's order; a program without a schedule
/// reports `unknown` with no hours.
#[derive(Serialize)]
struct Figures {
    verdict: &'static str,
    weekly_hours: f64,
    session_days: u32,
    intensity: Option<&'static str>,
    hours_by_day: HoursByDay,
    findings: Vec<FindingJson>,
}

impl Figures {
    fn of(report: Option<&Report>, lang: Lang) -> Figures {
        match report {
            Some(r) => Figures {
                verdict: r.verdict.as_str(),
                weekly_hours: hours(r.weekly_minutes),
                session_days: r.session_days,
                intensity: r.intensity.map(|l| l.code()),
                hours_by_day: HoursByDay::of(&r.minutes_by_day),
                findings: r
                    .findings
                    .iter()
                    .map(|f| FindingJson::of(f, lang))
                    .collect(),
            },
            None => Figures {
                verdict: "unknown",
                weekly_hours: 0.0,
                session_days: 0,
                intensity: None,
                hours_by_day: HoursByDay::of(&[0; 7]),
                findings: Vec::new(),
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
/// plan, the phases shape otherwise. English messages; see [`json_report_in`].
pub fn json_report(path: &Path, plan: &Plan, report: &PlanReport, catalog: &Catalog) -> String {
    json_report_in(Lang::En, path, plan, report, catalog)
}

/// [`json_report`] with the messages and the disclaimer in `lang`; keys, codes and numbers
/// are the same in every language.
pub fn json_report_in(
    lang: Lang,
    path: &Path,
    plan: &Plan,
    report: &PlanReport,
    catalog: &Catalog,
) -> String {
    let kind = rules_kind(catalog, &report.rules);
    if plan.is_one_week() {
        let week = report.phase(0);
        return one_line_json(&WeekJson {
            file: path.display().to_string(),
            name: &plan.name,
            level: week.level.code(),
            rules: &report.rules,
            rules_kind: kind,
            figures: Figures::of(Some(week), lang),
            disclaimer: disclaimer(lang),
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
            figures: Figures::of(Some(week), lang),
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
        disclaimer: disclaimer(lang),
    })
}

/// The contract's JSON object for a programs file, on one line, words in `lang`.
pub fn programs_json(
    lang: Lang,
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
            figures: Figures::of(r.as_ref(), lang),
        })
        .collect();
    one_line_json(&ProgramsJson {
        file: path.display().to_string(),
        name: &programs.name,
        rules: &report.rules,
        rules_kind: rules_kind(catalog, &report.rules),
        programs: list,
        disclaimer: disclaimer(lang),
    })
}

fn title_or(name: &str, fallback: String) -> String {
    let name = for_display(name);
    let name = name.trim();
    if name.is_empty() {
        fallback
    } else {
        name.to_owned()
    }
}

/// The catalog to name things from: the one given for English, the built-in translation
/// otherwise (ids, numbers and rules are the same in both).
fn names_in(lang: Lang, catalog: &Catalog) -> &Catalog {
    match lang {
        Lang::En => catalog,
        _ => Catalog::builtin_in(lang),
    }
}

/// A label padded so the values line up: "Verdict:   ".
fn label(lang: Lang, id: &str) -> String {
    format!("{:<11}", format!("{}:", tr(lang, id, &[])))
}

/// "asam-adult (ASAM Criteria, adults, a guideline)".
fn rules_line(lang: Lang, catalog: &Catalog, id: &str) -> String {
    match names_in(lang, catalog).rule_set(id) {
        Some(set) => {
            let which = match set.kind {
                RuleKind::Guideline => "rules-with-guideline",
                RuleKind::Regulation => "rules-with-regulation",
            };
            tr(
                lang,
                which,
                &[("id", id.into()), ("name", set.name.as_str().into())],
            )
        }
        None => id.to_owned(),
    }
}

/// One week's lines: verdict, hours, days, by day, intensity, findings; each line after the
/// first `indent`ed.
fn week_lines(lang: Lang, s: &mut String, report: &Report, catalog: &Catalog, indent: &str) {
    let level = catalog.level(report.level);
    let rule = catalog
        .rule_set(&report.rules)
        .and_then(|r| r.rule(report.level));
    let verdict = tr(
        lang,
        if report.meets() {
            "verdict-meets"
        } else {
            "verdict-does-not-meet"
        },
        &[],
    );
    let rules = catalog.rule_set(&report.rules);
    let _ = writeln!(
        s,
        "{indent}{}{verdict} - {}",
        label(lang, "label-verdict"),
        headline_in(lang, report, rules, catalog)
    );
    let _ = writeln!(
        s,
        "{indent}{}{}",
        label(lang, "label-hours"),
        hours_against_band_in(lang, report, rule, level)
    );
    let _ = writeln!(
        s,
        "{indent}{}{}",
        label(lang, "label-days"),
        days_against_minimum_in(lang, report, rule, level)
    );
    let by_day: Vec<String> = Day::ALL
        .iter()
        .map(|&d| match report.minutes_by_day[d.index()] {
            0 => format!("{} -", day_short_in(lang, d)),
            m => format!("{} {}", day_short_in(lang, d), duration_in(lang, m)),
        })
        .collect();
    let _ = writeln!(
        s,
        "{indent}{}{}",
        label(lang, "label-by-day"),
        by_day.join(" | ")
    );
    if let Some(intensity) = report.intensity {
        let name = &names_in(lang, catalog).level(intensity).short_name;
        let _ = writeln!(
            s,
            "{indent}{}",
            tr(lang, "by-hours-alone", &[("level", name.as_str().into())])
        );
    }
    if report.findings.is_empty() {
        let _ = writeln!(s, "\n{indent}{}", tr(lang, "no-problems", &[]));
    } else {
        let _ = writeln!(s, "\n{indent}{}", tr(lang, "findings-heading", &[]));
        for f in &report.findings {
            let tag = match f.severity {
                Severity::Error => tr(lang, "tag-error", &[]),
                Severity::Warning => tr(lang, "tag-warning", &[]),
            };
            let _ = writeln!(
                s,
                "{indent}  {tag} [{}] {}",
                f.code.as_str(),
                for_display(&f.message_in(lang))
            );
        }
    }
}

fn closing(lang: Lang, s: &mut String) {
    let _ = writeln!(
        s,
        "\n{}",
        tr(
            lang,
            "checks-hours-only",
            &[("disclaimer", disclaimer(lang).into())]
        )
    );
}

/// A short report for people reading a terminal, in English; see [`human_report_in`].
pub fn human_report(path: &Path, plan: &Plan, report: &PlanReport, catalog: &Catalog) -> String {
    human_report_in(Lang::En, path, plan, report, catalog)
}

/// A short report for people reading a terminal, in `lang`.
pub fn human_report_in(
    lang: Lang,
    path: &Path,
    plan: &Plan,
    report: &PlanReport,
    catalog: &Catalog,
) -> String {
    let names = names_in(lang, catalog);
    let mut s = String::new();
    let title = title_or(&plan.name, tr(lang, "untitled-plan", &[]));
    let _ = writeln!(s, "{title} ({})", for_display(&path.display().to_string()));
    if plan.is_one_week() {
        let week = report.phase(0);
        let _ = writeln!(
            s,
            "{}{}",
            label(lang, "label-level"),
            tr(
                lang,
                "level-and-rules",
                &[
                    ("level", names.level(week.level).name.as_str().into()),
                    ("rules", rules_line(lang, catalog, &report.rules).into()),
                ]
            )
        );
        week_lines(lang, &mut s, week, catalog, "");
        closing(lang, &mut s);
        return s;
    }
    let _ = writeln!(
        s,
        "{}{}",
        label(lang, "label-rules"),
        rules_line(lang, catalog, &report.rules)
    );
    let failing = report.phases.iter().filter(|r| !r.meets()).count();
    let verdict = if failing == 0 {
        tr(lang, "every-phase-meets", &[])
    } else {
        tr(
            lang,
            "phases-do-not-meet",
            &[
                ("failing", failing.into()),
                ("total", report.phases.len().into()),
            ],
        )
    };
    let _ = writeln!(s, "{}{verdict}", label(lang, "label-verdict"));
    let weeks = match plan.start {
        Some(d) => tr(
            lang,
            "weeks-starting",
            &[
                ("weeks", plan.total_weeks().into()),
                ("date", d.format("%Y-%m-%d").to_string().into()),
            ],
        ),
        None => plan.total_weeks().to_string(),
    };
    let _ = writeln!(s, "{}{weeks}", label(lang, "label-weeks"));
    let first_weeks = plan.first_weeks();
    for (i, (phase, week)) in plan.phases.iter().zip(&report.phases).enumerate() {
        let weeks = phase.week_count();
        let last = first_weeks[i] + weeks - 1;
        let span = if last > first_weeks[i] {
            tr(
                lang,
                "span-weeks",
                &[("first", first_weeks[i].into()), ("last", last.into())],
            )
        } else {
            tr(lang, "span-week", &[("first", first_weeks[i].into())])
        };
        let n = Arg::from(i + 1);
        let name = title_or(&phase.name, tr(lang, "phase-untitled", &[("n", n.clone())]));
        let _ = writeln!(
            s,
            "\n{}",
            tr(
                lang,
                "phase-heading",
                &[
                    ("n", n),
                    ("name", name.into()),
                    ("level", names.level(week.level).name.as_str().into()),
                    ("span", span.into()),
                ]
            )
        );
        week_lines(lang, &mut s, week, catalog, "  ");
    }
    closing(lang, &mut s);
    s
}

/// A short report of every program for people reading a terminal, in `lang`.
pub fn programs_report(
    lang: Lang,
    path: &Path,
    programs: &Programs,
    report: &ProgramsReport,
    catalog: &Catalog,
) -> String {
    let names = names_in(lang, catalog);
    let mut s = String::new();
    let title = title_or(&programs.name, tr(lang, "programs-untitled", &[]));
    let _ = writeln!(s, "{title} ({})", for_display(&path.display().to_string()));
    let _ = writeln!(
        s,
        "{}{}",
        label(lang, "label-rules"),
        rules_line(lang, catalog, &report.rules)
    );
    let _ = writeln!(
        s,
        "{}{}",
        label(lang, "label-my-week"),
        tr(
            lang,
            "count-commitments",
            &[("n", programs.my_week.len().into())]
        )
    );
    for (i, (program, week)) in programs.programs.iter().zip(&report.programs).enumerate() {
        let _ = writeln!(
            s,
            "\n{}",
            tr(
                lang,
                "program-heading",
                &[
                    ("n", (i + 1).into()),
                    (
                        "name",
                        title_or(&program.name, tr(lang, "no-name", &[])).into()
                    ),
                    ("level", names.level(program.level).name.as_str().into()),
                ]
            )
        );
        match week {
            Some(week) => week_lines(lang, &mut s, week, catalog, "  "),
            None => {
                let _ = writeln!(
                    s,
                    "  {}{}",
                    label(lang, "label-verdict"),
                    tr(lang, "program-unknown", &[])
                );
            }
        }
        let missed = programs.missed_must_haves(program);
        if !missed.is_empty() {
            let labels: Vec<String> = missed.iter().map(|q| for_display(q).into_owned()).collect();
            let _ = writeln!(
                s,
                "  {}",
                tr(
                    lang,
                    "must-haves-missed",
                    &[("list", labels.join(", ").into())]
                )
            );
        }
    }
    closing(lang, &mut s);
    s
}
