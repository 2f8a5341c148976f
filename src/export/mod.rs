//! Exports of a plan: an iCalendar file of weekly recurring events, a plain-text summary, and a
//! PDF ([`pdf`]).
//!
//! Architecture invariant: no egui here. The planner calls these and writes the text through
//! the file layer; the functions themselves never touch the file system.
//!
//! The calendar uses floating local times (no time zone): a session planned at 18:00 lands at
//! 18:00 on the wall clock of whoever imports it, which is what a weekly plan means.
//!
pub mod pdf;

use std::fmt::Write as _;

use chrono::{DateTime, Datelike, Days, NaiveDate, NaiveDateTime, NaiveTime, Utc};
use icalendar::{Calendar, Component, Event, EventLike, Property};

use crate::catalog::Catalog;
use crate::check::{
    PlanReport, Report, Severity, Title, days_against_minimum_in, duration_in,
    hours_against_band_in, kind_label_in,
};
use crate::i18n::{Arg, Lang, t, tr};
use crate::plan::{Clock, Commitment, Day, Plan, Week};
use crate::programs::{Programs, ProgramsReport, Reply};

/// The calendar's `PRODID`.
pub const PRODID: &str = "-//carelevels//EN";

/// The disclaimer closing every printed summary, in English (`export-disclaimer` in any
/// language).
pub const DISCLAIMER: &str = "This plan informs and does not replace an assessment by a clinician.";

/// An iCalendar (RFC 5545) file with one weekly recurring event per session (and, when
/// `include_commitments`, per commitment).
///
/// Each event's first occurrence is the first date on or after `start_date` that falls on its
/// weekday (pass a Monday to start the whole week together). It repeats every week for `weeks`
/// weeks (`COUNT`; `Some(0)` counts as one week) or with no end when `weeks` is `None`.
/// Times are floating local times; a block ending at 24:00 ends at 00:00 the next day.
/// UIDs are stable: exporting the same plan from the same start date again gives the same UIDs,
/// so a calendar updates the events instead of duplicating them.
pub fn to_icalendar(
    plan: &Plan,
    start_date: NaiveDate,
    weeks: Option<u32>,
    include_commitments: bool,
) -> String {
    to_icalendar_in(Lang::En, plan, start_date, weeks, include_commitments)
}

/// [`to_icalendar`] with its words in `lang`: the kinds of session, "Commitment", the
/// disclaimer. The UIDs do not depend on the language, so exporting again in the other
/// language updates the same events.
pub fn to_icalendar_in(
    lang: Lang,
    plan: &Plan,
    start_date: NaiveDate,
    weeks: Option<u32>,
    include_commitments: bool,
) -> String {
    to_icalendar_stamped(
        lang,
        plan,
        start_date,
        weeks,
        include_commitments,
        Utc::now(),
    )
}

/// [`to_icalendar_in`] with a fixed `DTSTAMP`, so the output is fully reproducible (tests,
/// diffs).
pub fn to_icalendar_stamped(
    lang: Lang,
    plan: &Plan,
    start_date: NaiveDate,
    weeks: Option<u32>,
    include_commitments: bool,
    stamp: DateTime<Utc>,
) -> String {
    let calendar_name = if plan.name.trim().is_empty() {
        t(lang, "export-calendar-untitled")
    } else {
        one_line(&plan.name)
    };
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", PRODID))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .append_property(Property::new("X-WR-CALNAME", escape_text(&calendar_name)));

    // A one-week plan repeats for `weeks` (or open-ended); a phased plan repeats each phase's
    // week for its own weeks, from the day the phase starts; the plan's own commitments hold
    // for the whole plan.
    let first_weeks = plan.first_weeks();
    let phased = !plan.is_one_week();
    let total = plan.total_weeks();
    let mut blocks: Vec<(Block, NaiveDate, Option<u32>)> = Vec::new();
    for (p, phase) in plan.phases.iter().enumerate() {
        let offset = u64::from(first_weeks[p] - 1) * 7;
        let Some(from) = start_date.checked_add_days(Days::new(offset)) else {
            continue;
        };
        let count = if phased {
            Some(phase.week_count())
        } else {
            weeks
        };
        for (i, x) in phase.sessions.iter().enumerate() {
            let block = Block {
                tag: 's',
                phase: p,
                index: i,
                day: x.day,
                start: x.start,
                end: x.end,
                summary: Title::session(&x.title, x.kind).text(lang),
                description: kind_label_in(lang, x.kind),
            };
            blocks.push((block, from, count));
        }
        let own = phase.commitments.iter().enumerate();
        for (i, c) in own.filter(|_| include_commitments) {
            let block = Block::commitment(lang, p, plan.commitments.len() + i, c);
            blocks.push((block, from, count));
        }
    }
    let shared = plan.commitments.iter().enumerate();
    for (i, c) in shared.filter(|_| include_commitments) {
        let count = if phased { Some(total) } else { weeks };
        blocks.push((Block::commitment(lang, 0, i, c), start_date, count));
    }
    let disclaimer = t(lang, "export-disclaimer");
    for (block, from, count) in blocks {
        let Some((starts, ends)) = block.first_occurrence(from) else {
            continue; // only past the end of chrono's calendar
        };
        let rrule = format!(
            "FREQ=WEEKLY;BYDAY={}{}",
            byday(block.day),
            weekly_rule(count)
        );
        let uid = block.uid(&plan.name, start_date);
        let event = Event::new()
            .uid(&uid)
            .timestamp(stamp)
            .summary(&one_line(&block.summary))
            .description(&format!("{}\n\n{disclaimer}", block.description))
            .starts(starts)
            .ends(ends)
            .add_property("RRULE", rrule)
            .done();
        calendar.push(event);
    }
    calendar.done().to_string()
}

/// One session or commitment on its way into the calendar, its words already in the
/// calendar's language.
struct Block {
    /// 's' for a session, 'c' for a commitment: keeps their UIDs apart.
    tag: char,
    phase: usize,
    index: usize,
    day: Day,
    start: Clock,
    end: Clock,
    summary: String,
    description: String,
}

impl Block {
    fn commitment(lang: Lang, phase: usize, index: usize, c: &Commitment) -> Block {
        let kind = t(lang, "commitment-untitled");
        Block {
            tag: 'c',
            phase,
            index,
            day: c.day,
            start: c.start,
            end: c.end,
            summary: Title::commitment(&c.title).text(lang),
            description: kind,
        }
    }

    /// The first start and end on or after `from`; `None` only past chrono's last date.
    fn first_occurrence(&self, from: NaiveDate) -> Option<(NaiveDateTime, NaiveDateTime)> {
        let from_index = from.weekday().num_days_from_monday() as usize;
        let ahead = (self.day.index() + 7 - from_index) % 7;
        let date = from.checked_add_days(Days::new(ahead as u64))?;
        Some((at(date, self.start)?, at(date, self.end)?))
    }

    /// A UID that stays the same for the same plan, block and start date.
    fn uid(&self, plan_name: &str, start_date: NaiveDate) -> String {
        // Phase 0 keeps the key of one-week plans, so re-exporting an old plan updates events.
        let phase = if self.phase == 0 {
            String::new()
        } else {
            format!("p{}", self.phase)
        };
        let key = format!(
            "{plan_name}\u{1f}{phase}{}{}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{start_date}",
            self.tag, self.index, self.day, self.start, self.end
        );
        format!(
            "{:016x}-{phase}{}{}@carelevels",
            fnv1a(&key),
            self.tag,
            self.index
        )
    }
}

/// The date and time of `clock` on `date`; 24:00 is midnight at the start of the next day.
fn at(date: NaiveDate, clock: Clock) -> Option<NaiveDateTime> {
    if clock >= Clock::END_OF_DAY {
        return Some(
            date.checked_add_days(Days::new(1))?
                .and_time(NaiveTime::MIN),
        );
    }
    let time = NaiveTime::from_hms_opt(u32::from(clock.hour()), u32::from(clock.minute()), 0)?;
    Some(date.and_time(time))
}

/// The `;COUNT=n` part of the rule, or nothing for an open-ended series.
fn weekly_rule(weeks: Option<u32>) -> String {
    weeks
        .map(|n| format!(";COUNT={}", n.max(1)))
        .unwrap_or_default()
}

/// The RFC 5545 weekday code (`MO`).
fn byday(day: Day) -> &'static str {
    match day {
        Day::Mon => "MO",
        Day::Tue => "TU",
        Day::Wed => "WE",
        Day::Thu => "TH",
        Day::Fri => "FR",
        Day::Sat => "SA",
        Day::Sun => "SU",
    }
}

/// 64-bit FNV-1a: small and, unlike `DefaultHasher`, the same in every Rust release.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Text on one line and safe to show (the one sanitiser, [`crate::text`]).
fn one_line(text: &str) -> String {
    crate::text::one_line(text)
}

/// RFC 5545 TEXT escaping, for the `X-` property the crate does not escape by itself.
fn escape_text(text: &str) -> String {
    text.replace('\\', "\\\\")
        .replace(',', "\\,")
        .replace(';', "\\;")
}

/// The verdict in one plain sentence, naming who set the rules: "Within ASAM's usual hours
/// for IOP." or "Does not meet Virginia Medicaid's IOP rule: 2 findings."
pub fn verdict_sentence(report: &Report, catalog: &Catalog) -> String {
    verdict_sentence_in(Lang::En, report, catalog)
}

/// [`verdict_sentence`] in `lang`.
pub fn verdict_sentence_in(lang: Lang, report: &Report, catalog: &Catalog) -> String {
    let head = crate::check::headline_in(lang, report, catalog.rule_set(&report.rules), catalog);
    if report.meets() {
        format!("{head}.")
    } else {
        let n = report.errors().count();
        tr(
            lang,
            "export-verdict-findings",
            &[("headline", head.into()), ("n", n.into())],
        )
    }
}

/// How a finding's severity reads to a person: "Needs a change" or "Worth a look".
pub fn severity_words(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Needs a change",
        Severity::Warning => "Worth a look",
    }
}

/// [`severity_words`] in `lang`, the same words the app shows beside a finding.
pub fn severity_words_in(lang: Lang, severity: Severity) -> String {
    match severity {
        Severity::Error => t(lang, "severity-error"),
        Severity::Warning => t(lang, "severity-warning"),
    }
}

/// A plain-text summary a person can print or send to their counselor: plan name, then for
/// each phase its level and rules, verdict, weekly hours against the level's band, session
/// days, the week day by day (sessions and commitments) and the findings; last the disclaimer
/// ([`DISCLAIMER`]).
///
/// `report` is `plan` checked against its rule set; `catalog` supplies names and rules.
pub fn text_summary(plan: &Plan, report: &PlanReport, catalog: &Catalog) -> String {
    text_summary_in(Lang::En, plan, report, catalog)
}

/// [`text_summary`] in `lang`. Pass the catalog in `lang` (`Catalog::builtin_in`), so the
/// level and rule-set names speak it too; the numbers are the same in every language.
pub fn text_summary_in(lang: Lang, plan: &Plan, report: &PlanReport, catalog: &Catalog) -> String {
    let mut s = String::new();
    let title = if plan.name.trim().is_empty() {
        t(lang, "untitled-plan")
    } else {
        one_line(&plan.name)
    };
    let _ = writeln!(s, "{title}");
    let _ = writeln!(s, "{}", "=".repeat(title.chars().count().max(3)));
    let rules_name = catalog
        .rule_set(&report.rules)
        .map_or(report.rules.as_str(), |r| r.name.as_str());
    if plan.is_one_week() {
        let level = catalog.level(plan.phases[0].level);
        let level_text = format!("{} - {}", level.name, level.asam);
        fields(
            &mut s,
            1,
            &[
                (t(lang, "export-level-of-care"), level_text.as_str()),
                (t(lang, "export-hour-rules"), rules_name),
            ],
        );
        week_summary(lang, &mut s, &plan.week(0), report.phase(0), catalog);
    } else {
        let _ = writeln!(s, "{}: {rules_name}", t(lang, "export-hour-rules"));
        let phases = plan.phases.len();
        let weeks = plan.total_weeks();
        let span = match plan.start {
            Some(date) => tr(
                lang,
                "export-plan-span-from",
                &[
                    ("phases", phases.into()),
                    ("weeks", weeks.into()),
                    ("date", date.format("%Y-%m-%d").to_string().into()),
                ],
            ),
            None => tr(
                lang,
                "export-plan-span",
                &[("phases", phases.into()), ("weeks", weeks.into())],
            ),
        };
        let _ = writeln!(s, "{span}");
        let meeting = report.phases.iter().filter(|r| r.meets()).count();
        let meet = tr(
            lang,
            "export-phases-meet",
            &[("meeting", meeting.into()), ("phases", phases.into())],
        );
        let _ = writeln!(s, "{meet}");
        let first_weeks = plan.first_weeks();
        for (i, phase) in plan.phases.iter().enumerate() {
            let level = catalog.level(phase.level);
            let weeks = phase.week_count();
            let first = first_weeks[i];
            let last = first + weeks - 1;
            let span = if last > first {
                tr(
                    lang,
                    "export-span-weeks",
                    &[("first", first.into()), ("last", last.into())],
                )
            } else {
                tr(lang, "export-span-week", &[("first", first.into())])
            };
            let mut args = vec![
                ("n", Arg::from(i + 1)),
                ("level", level.name.as_str().into()),
                ("weeks", weeks.into()),
                ("span", span.into()),
            ];
            let id = if phase.name.trim().is_empty() {
                "export-phase"
            } else {
                args.push(("name", one_line(&phase.name).into()));
                "export-phase-named"
            };
            let _ = writeln!(s);
            heading(&mut s, &tr(lang, id, &args));
            week_summary(lang, &mut s, &plan.week(i), report.phase(i), catalog);
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", t(lang, "export-counts-clock-hours"));
    let _ = writeln!(s, "{}", t(lang, "export-disclaimer"));
    s
}

/// Labelled lines whose values line up: each label padded to the longest, then `gap` spaces.
/// The padding is counted in characters, so "Días:" lines up with "Horas:".
fn fields(s: &mut String, gap: usize, lines: &[(String, &str)]) {
    let width = lines
        .iter()
        .map(|(label, _)| label.chars().count())
        .max()
        .unwrap_or(0);
    for (label, value) in lines {
        let pad = width - label.chars().count() + gap;
        let _ = writeln!(s, "{label}:{}{value}", " ".repeat(pad));
    }
}

/// A heading and its underline of dashes.
fn heading(s: &mut String, text: &str) {
    let _ = writeln!(s, "{text}");
    let _ = writeln!(s, "{}", "-".repeat(text.chars().count()));
}

/// A day's name to begin a line: "Monday", "Lunes" (Spanish writes day names in lower case
/// inside a sentence, not at its start).
fn day_at_line_start(lang: Lang, day: Day) -> String {
    let mut name = crate::check::day_name_in(lang, day);
    crate::check::capitalize_first(&mut name);
    name
}

/// One week's part of the summary: verdict, hours, days, the week day by day, findings.
fn week_summary(lang: Lang, s: &mut String, week: &Week<'_>, report: &Report, catalog: &Catalog) {
    let level = catalog.level(report.level);
    let rule = catalog
        .rule_set(&report.rules)
        .and_then(|r| r.rule(report.level));
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", verdict_sentence_in(lang, report, catalog));
    let _ = writeln!(s);
    let hours = hours_against_band_in(lang, report, rule, level);
    let days = days_against_minimum_in(lang, report, rule, level);
    fields(
        s,
        3,
        &[
            (t(lang, "export-hours"), hours.as_str()),
            (t(lang, "export-days"), days.as_str()),
        ],
    );
    if let Some(intensity) = report.intensity {
        let short = catalog.level(intensity).short_name.as_str();
        let _ = writeln!(
            s,
            "{}",
            tr(lang, "by-hours-alone", &[("level", short.into())])
        );
    }

    let _ = writeln!(s);
    heading(s, &t(lang, "export-the-week"));
    let commitment = t(lang, "export-commitment");
    for day in Day::ALL {
        let minutes = report.minutes_by_day[day.index()];
        let mut entries: Vec<(Clock, Clock, String)> = week
            .sessions
            .iter()
            .filter(|x| x.day == day)
            .map(|x| {
                let kind = kind_label_in(lang, x.kind);
                let what = if x.title.trim().is_empty() || x.title == kind {
                    kind
                } else {
                    format!("{} ({kind})", one_line(&x.title))
                };
                (x.start, x.end, what)
            })
            .chain(week.commitments.iter().filter(|c| c.day == day).map(|c| {
                let title = Title::commitment(&c.title).text(lang);
                (
                    c.start,
                    c.end,
                    format!("{} ({commitment})", one_line(&title)),
                )
            }))
            .collect();
        entries.sort_by_key(|e| (e.0, e.1));
        let name = day_at_line_start(lang, day);
        let line = if minutes > 0 {
            let time = duration_in(lang, minutes);
            tr(
                lang,
                "export-day-sessions",
                &[("day", name.into()), ("time", time.into())],
            )
        } else {
            tr(lang, "export-day-free", &[("day", name.into())])
        };
        let _ = writeln!(s, "{line}");
        for (start, end, what) in entries {
            let _ = writeln!(s, "  {start}-{end}  {what}");
        }
    }

    let _ = writeln!(s);
    if report.findings.is_empty() {
        let _ = writeln!(s, "{}", t(lang, "export-no-findings"));
    } else {
        heading(s, &t(lang, "export-findings"));
        for f in &report.findings {
            let _ = writeln!(
                s,
                "- {}: {}",
                severity_words_in(lang, f.severity),
                one_line(&f.message_in(lang))
            );
        }
    }
}

/// A question's short row label ("Accreditation and license"), or its id when the catalog has
/// no such question (a file written by a newer version).
fn question_label<'a>(catalog: &'a Catalog, id: &'a str) -> &'a str {
    catalog.question(id).map_or(id, |q| q.label.as_str())
}

/// A plain-text comparison of the programs a person is considering: each program's level,
/// whether its week meets the level's rules and fits around my week, its details, the
/// must-haves it has not confirmed, and the disclaimer. It ranks nothing.
pub fn programs_summary(programs: &Programs, report: &ProgramsReport, catalog: &Catalog) -> String {
    programs_summary_in(Lang::En, programs, report, catalog)
}

/// [`programs_summary`] in `lang`; pass the catalog in `lang`, as for [`text_summary_in`].
pub fn programs_summary_in(
    lang: Lang,
    programs: &Programs,
    report: &ProgramsReport,
    catalog: &Catalog,
) -> String {
    let mut s = String::new();
    let title = if programs.name.trim().is_empty() {
        t(lang, "programs-untitled")
    } else {
        one_line(&programs.name)
    };
    let _ = writeln!(s, "{title}");
    let _ = writeln!(s, "{}", "=".repeat(title.chars().count().max(3)));
    let rules_name = catalog
        .rule_set(&report.rules)
        .map_or(report.rules.as_str(), |r| r.name.as_str());
    let _ = writeln!(s, "{}: {rules_name}", t(lang, "export-hour-rules"));
    let _ = writeln!(s);
    heading(&mut s, &t(lang, "label-my-week"));
    if programs.my_week.is_empty() {
        let _ = writeln!(s, "{}", t(lang, "export-no-commitments"));
    }
    for c in &programs.my_week {
        let _ = writeln!(
            s,
            "  {} {}-{}  {}",
            day_at_line_start(lang, c.day),
            c.start,
            c.end,
            one_line(&Title::commitment(&c.title).text(lang))
        );
    }
    for (i, (program, week)) in programs.programs.iter().zip(&report.programs).enumerate() {
        let heading_text = format!(
            "{}. {} - {}",
            i + 1,
            one_line(&program.name),
            catalog.level(program.level).name
        );
        let _ = writeln!(s);
        heading(&mut s, &heading_text);
        for (id, text) in [
            ("programs-field-start", &program.start),
            ("programs-field-contact", &program.contact),
            ("programs-field-address", &program.address),
            ("programs-field-cost", &program.cost),
            ("programs-field-languages", &program.languages),
            ("programs-field-notes", &program.notes),
        ] {
            if !text.trim().is_empty() {
                let _ = writeln!(s, "{}: {}", t(lang, id), one_line(text));
            }
        }
        for a in &program.answers {
            let label = question_label(catalog, &a.question);
            let reply = t(
                lang,
                match a.reply {
                    Reply::Yes => "programs-reply-yes",
                    Reply::No => "programs-reply-no",
                    Reply::NotSure => "programs-reply-not-sure",
                },
            );
            let asked = a
                .asked
                .map(|d| {
                    let date = d.format("%Y-%m-%d").to_string();
                    format!(" ({})", tr(lang, "export-asked", &[("date", date.into())]))
                })
                .unwrap_or_default();
            let note = if a.note.trim().is_empty() {
                String::new()
            } else {
                format!(": {}", one_line(&a.note))
            };
            let _ = writeln!(s, "{label}: {reply}{asked}{note}");
        }
        let missed = programs.missed_must_haves(program);
        if !missed.is_empty() {
            let labels: Vec<&str> = missed.iter().map(|q| question_label(catalog, q)).collect();
            let list = labels.join(", ");
            let _ = writeln!(
                s,
                "{}",
                tr(lang, "must-haves-missed", &[("list", list.into())])
            );
        }
        match week {
            Some(report) => week_summary(
                lang,
                &mut s,
                &programs
                    .week(i)
                    .unwrap_or_else(|| Week::new(program.level, &[], &[])),
                report,
                catalog,
            ),
            None => {
                let _ = writeln!(s, "{}", t(lang, "export-week-not-entered"));
            }
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", t(lang, "export-disclaimer"));
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_plan;
    use crate::plan::{Commitment, LevelId, Session, SessionKind};

    fn clock(text: &str) -> Clock {
        text.parse().expect("a valid test time")
    }

    fn session(day: Day, start: &str, end: &str, kind: SessionKind, title: &str) -> Session {
        Session {
            day,
            start: clock(start),
            end: clock(end),
            kind,
            title: title.to_owned(),
        }
    }

    fn iop_week() -> Plan {
        let mut plan = Plan::new(LevelId::Iop);
        plan.name = "Evening IOP, around work".to_owned();
        for day in [Day::Mon, Day::Wed, Day::Thu] {
            plan.phases[0].sessions.push(session(
                day,
                "18:00",
                "21:00",
                SessionKind::Group,
                "Process group",
            ));
        }
        plan.phases[0]
            .sessions
            .push(session(Day::Sun, "22:00", "24:00", SessionKind::Peer, ""));
        plan.commitments.push(Commitment {
            day: Day::Mon,
            start: clock("09:00"),
            end: clock("17:00"),
            title: "Work".to_owned(),
        });
        plan
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
    }

    fn stamp() -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000, 0).expect("a real instant")
    }

    fn parse(text: &str) -> Calendar {
        text.parse::<Calendar>().expect("our own output parses")
    }

    fn events(calendar: &Calendar) -> Vec<&Event> {
        calendar
            .components
            .iter()
            .filter_map(|c| c.as_event())
            .collect()
    }

    #[test]
    fn one_recurring_event_per_session_with_floating_times() {
        // 2025-03-05 is a Wednesday: Monday's session first falls on the next Monday.
        let text = to_icalendar_stamped(
            Lang::En,
            &iop_week(),
            date(2025, 3, 5),
            Some(12),
            false,
            stamp(),
        );
        let calendar = parse(&text);
        assert_eq!(calendar.property_value("VERSION"), Some("2.0"));
        assert_eq!(calendar.property_value("PRODID"), Some(PRODID));
        assert_eq!(
            calendar.property_value("X-WR-CALNAME"),
            Some("Evening IOP\\, around work")
        );
        let events = events(&calendar);
        assert_eq!(events.len(), 4);

        let monday = events[0];
        assert_eq!(monday.get_summary(), Some("Process group"));
        let described = format!("Group therapy\n\n{DISCLAIMER}");
        assert_eq!(monday.get_description(), Some(described.as_str()));
        assert_eq!(monday.property_value("DTSTART"), Some("20250310T180000"));
        assert_eq!(monday.property_value("DTEND"), Some("20250310T210000"));
        assert_eq!(
            monday.property_value("RRULE"),
            Some("FREQ=WEEKLY;BYDAY=MO;COUNT=12")
        );
        assert_eq!(monday.property_value("DTSTAMP"), Some("20231114T221320Z"));

        // Wednesday is the start date itself.
        assert_eq!(events[1].property_value("DTSTART"), Some("20250305T180000"));
        assert_eq!(events[2].property_value("DTSTART"), Some("20250306T180000"));

        // A session ending at 24:00 ends at midnight the next day; a blank title uses the kind.
        let sunday = events[3];
        assert_eq!(sunday.get_summary(), Some("Peer support"));
        assert_eq!(sunday.property_value("DTSTART"), Some("20250309T220000"));
        assert_eq!(sunday.property_value("DTEND"), Some("20250310T000000"));
    }

    #[test]
    fn the_file_is_crlf_and_folded() {
        let mut plan = iop_week();
        plan.phases[0].sessions[0].title = "A very long title ".repeat(10);
        let text = to_icalendar_stamped(Lang::En, &plan, date(2025, 3, 3), None, true, stamp());
        assert!(text.starts_with("BEGIN:VCALENDAR\r\n"));
        assert!(text.ends_with("END:VCALENDAR\r\n"));
        assert!(!text.replace("\r\n", "").contains('\n'), "bare LF");
        assert!(text.split("\r\n").all(|line| line.len() <= 75));
        let calendar = parse(&text);
        let events = events(&calendar);
        assert_eq!(events.len(), 5, "four sessions and one commitment");
        assert_eq!(
            events[0].get_summary(),
            Some("A very long title ".repeat(10).trim())
        );
        assert_eq!(
            events[0].property_value("RRULE"),
            Some("FREQ=WEEKLY;BYDAY=MO")
        );
        let work = events[4];
        assert_eq!(work.get_summary(), Some("Work"));
        assert!(work.get_description().unwrap().starts_with("Commitment"));
        assert!(work.get_description().unwrap().ends_with(DISCLAIMER));
        assert_eq!(work.property_value("DTSTART"), Some("20250303T090000"));
    }

    #[test]
    fn uids_are_stable_and_distinct() {
        let plan = iop_week();
        let a = to_icalendar_stamped(Lang::En, &plan, date(2025, 3, 3), Some(4), true, stamp());
        let b = to_icalendar(&plan, date(2025, 3, 3), Some(4), true);
        let uids = |text: &str| -> Vec<String> {
            events(&parse(text))
                .iter()
                .map(|e| e.get_uid().unwrap_or_default().to_owned())
                .collect()
        };
        let (ua, ub) = (uids(&a), uids(&b));
        assert_eq!(ua, ub);
        assert!(ua.iter().all(|u| u.ends_with("@carelevels")));
        let mut unique = ua.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ua.len());
        let later =
            to_icalendar_stamped(Lang::En, &plan, date(2025, 3, 10), Some(4), true, stamp());
        assert_ne!(uids(&later), ua, "another start date is another series");
    }

    #[test]
    fn zero_weeks_counts_as_one_and_line_breaks_in_titles_stay_on_one_line() {
        let mut plan = iop_week();
        plan.name = "Line\r\nbreak".to_owned();
        plan.phases[0].sessions[0].title = "Two\nlines".to_owned();
        let text = to_icalendar_stamped(Lang::En, &plan, date(2025, 3, 3), Some(0), false, stamp());
        let calendar = parse(&text);
        assert_eq!(calendar.property_value("X-WR-CALNAME"), Some("Line  break"));
        let events = events(&calendar);
        assert_eq!(events[0].get_summary(), Some("Two lines"));
        assert!(
            events[0]
                .property_value("RRULE")
                .is_some_and(|r| r.ends_with(";COUNT=1"))
        );
    }

    #[test]
    fn an_empty_plan_is_a_valid_empty_calendar() {
        let text = to_icalendar_stamped(
            Lang::En,
            &Plan::default(),
            date(2025, 3, 3),
            Some(1),
            true,
            stamp(),
        );
        let calendar = parse(&text);
        assert!(events(&calendar).is_empty());
        assert_eq!(
            calendar.property_value("X-WR-CALNAME"),
            Some("carelevels plan")
        );
    }

    #[test]
    fn the_summary_names_every_session_the_verdict_and_the_disclaimer() {
        let catalog = Catalog::builtin();
        let plan = iop_week();
        let plan_report = check_plan(&plan, catalog, None).expect("a known rule set");
        let text = text_summary(&plan, &plan_report, catalog);
        let report = plan_report.phase(0);
        assert!(text.starts_with("Evening IOP, around work\n"));
        assert!(text.contains(&verdict_sentence(report, catalog)));
        assert!(text.contains("18:00-21:00  Process group (Group therapy)"));
        assert!(text.contains("22:00-24:00  Peer support"));
        assert!(text.contains("09:00-17:00  Work (commitment)"));
        assert!(text.contains("Tuesday: no sessions"));
        assert!(text.contains("11 h a week"));
        assert!(text.contains("9 to under 20 h a week"));
        for f in &report.findings {
            assert!(text.contains(&f.message), "{}", f.message);
        }
        assert!(text.contains(DISCLAIMER));
    }

    #[test]
    fn verdict_sentences_read_plainly() {
        let catalog = Catalog::builtin();
        let empty = check_plan(&Plan::default(), catalog, None).expect("a known rule set");
        let sentence = verdict_sentence(empty.phase(0), catalog);
        assert_eq!(
            sentence,
            "No sessions yet to compare with ASAM's usual hours for IOP: 2 findings."
        );
        let mut plan = Plan::new(LevelId::Iop);
        for day in [Day::Mon, Day::Wed, Day::Fri] {
            plan.phases[0]
                .sessions
                .push(session(day, "09:00", "12:00", SessionKind::Group, ""));
        }
        let report = check_plan(&plan, catalog, None).expect("a known rule set");
        assert!(report.meets(), "{:?}", report.phases);
        assert_eq!(
            verdict_sentence(report.phase(0), catalog),
            "Within ASAM's usual hours for IOP."
        );
    }

    /// The runs of digits in `text`, sorted: what must not change with the language.
    fn numbers(text: &str) -> Vec<String> {
        let mut found: Vec<String> = text
            .split(|c: char| !c.is_ascii_digit())
            .filter(|run| !run.is_empty())
            .map(str::to_owned)
            .collect();
        found.sort();
        found
    }

    /// English words of the summary and the calendar that a Spanish export must not show.
    const ENGLISH: [&str; 20] = [
        "Untitled plan",
        "Level of care",
        "Hour rules",
        "Hours:",
        "Days:",
        "The week",
        "Monday",
        "no sessions",
        "of sessions",
        "(commitment)",
        "Group therapy",
        "Peer support",
        "What to look at",
        "No findings",
        " a week",
        "Needs a change",
        "Worth a look",
        "This plan informs",
        "clock hours",
        "phases over",
    ];

    fn no_english(text: &str) {
        for english in ENGLISH {
            assert!(
                !text.contains(english),
                "English left: {english:?} in\n{text}"
            );
        }
    }

    #[test]
    fn the_english_disclaimer_is_the_message() {
        assert_eq!(t(Lang::En, "export-disclaimer"), DISCLAIMER);
    }

    #[test]
    fn the_spanish_summary_speaks_spanish_with_the_same_numbers() {
        let es = Catalog::builtin_in(Lang::Es);
        let mut plan = iop_week();
        plan.name.clear();
        let report = check_plan(&plan, es, None).expect("a known rule set");
        let text = text_summary_in(Lang::Es, &plan, &report, es);
        assert!(text.starts_with("Plan sin nombre\n"), "{text}");
        for spanish in [
            "Nivel de atención: Programa intensivo ambulatorio (IOP)",
            "Reglas de horas:   ",
            "Horas:   11 h a la semana (IOP: de 9 a menos de 20 h a la semana)",
            "Días:    ",
            "La semana\n---------",
            "Lunes: 3 h de sesiones",
            "Martes: sin sesiones",
            "18:00-21:00  Process group (Terapia de grupo)",
            "22:00-24:00  Apoyo entre pares",
            "09:00-17:00  Work (compromiso)",
            "La revisión cuenta horas de reloj",
            "Este plan informa y no reemplaza",
        ] {
            assert!(text.contains(spanish), "no {spanish:?} in\n{text}");
        }
        let phase = report.phase(0);
        assert!(text.contains(&verdict_sentence_in(Lang::Es, phase, es)));
        for f in &phase.findings {
            assert!(text.contains(&f.message_in(Lang::Es)), "{text}");
        }
        no_english(&text);

        let en = Catalog::builtin();
        let english = text_summary(&plan, &check_plan(&plan, en, None).unwrap(), en);
        assert_eq!(numbers(&text), numbers(&english));
        assert_eq!(text.lines().count(), english.lines().count());
    }

    #[test]
    fn a_phased_summary_in_spanish() {
        let es = Catalog::builtin_in(Lang::Es);
        let plan: Plan = crate::plan::file::parse(include_str!(
            "../../data/examples/step-down-day-program-iop-outpatient.ron"
        ))
        .expect("the template loads");
        let report = check_plan(&plan, es, None).expect("a known rule set");
        let text = text_summary_in(Lang::Es, &plan, &report, es);
        assert!(text.contains("3 etapas en 13 semanas"), "{text}");
        assert!(text.contains("Etapa 1: "), "{text}");
        assert!(text.contains("(semanas 1 a 3)"), "{text}");
        // The person's own titles ("Peer support") are theirs, in whatever language they wrote.
        let mut words = text.clone();
        for session in plan.phases.iter().flat_map(|p| &p.sessions) {
            words = words.replace(&session.title, "");
        }
        no_english(&words);
        let en = Catalog::builtin();
        let english = text_summary(&plan, &check_plan(&plan, en, None).unwrap(), en);
        assert!(english.contains("3 phases over 13 weeks"), "{english}");
        assert!(english.contains("(week 1 to 3)"), "{english}");
        assert_eq!(numbers(&text), numbers(&english));
    }

    #[test]
    fn a_spanish_calendar_is_valid_and_updates_the_same_events() {
        let mut plan = iop_week();
        plan.name.clear();
        plan.phases[0].sessions[1].title =
            "Sesión de educación: ¿qué es la recaída?, parte 1; después, café y preguntas"
                .to_owned();
        let es = to_icalendar_stamped(Lang::Es, &plan, date(2025, 3, 3), Some(12), true, stamp());
        let en = to_icalendar_stamped(Lang::En, &plan, date(2025, 3, 3), Some(12), true, stamp());
        assert!(
            es.split("\r\n").all(|line| line.len() <= 75),
            "a line over 75 octets"
        );
        assert!(!es.replace("\r\n", "").contains('\n'), "bare LF");
        let (es_cal, en_cal) = (parse(&es), parse(&en));
        assert_eq!(
            es_cal.property_value("X-WR-CALNAME"),
            Some("plan de carelevels")
        );
        let (es_events, en_events) = (events(&es_cal), events(&en_cal));
        assert_eq!(es_events.len(), en_events.len());
        for (e, n) in es_events.iter().zip(&en_events) {
            assert_eq!(e.get_uid(), n.get_uid());
            for property in ["DTSTART", "DTEND", "RRULE"] {
                assert_eq!(e.property_value(property), n.property_value(property));
            }
        }
        let monday = es_events[0];
        assert_eq!(monday.get_summary(), Some("Process group"));
        let disclaimer = t(Lang::Es, "export-disclaimer");
        let described = format!("Terapia de grupo\n\n{disclaimer}");
        assert_eq!(monday.get_description(), Some(described.as_str()));
        // Accents, commas and semicolons survive escaping and folding.
        assert_eq!(
            es_events[1].get_summary(),
            Some("Sesión de educación: ¿qué es la recaída?, parte 1; después, café y preguntas")
        );
        assert_eq!(es_events[3].get_summary(), Some("Apoyo entre pares"));
        let work = es_events[4];
        assert_eq!(work.get_summary(), Some("Work"));
        assert!(work.get_description().unwrap().starts_with("Compromiso\n"));
        let unfolded = es.replace("\r\n ", "");
        no_english(&unfolded.replace("Process group", "").replace("Work", ""));
    }

    #[test]
    fn verdict_sentences_count_findings_in_spanish() {
        let es = Catalog::builtin_in(Lang::Es);
        let empty = check_plan(&Plan::default(), es, None).expect("a known rule set");
        assert_eq!(
            verdict_sentence_in(Lang::Es, empty.phase(0), es),
            "Aún no hay sesiones para comparar con las horas habituales de ASAM para IOP: 2 hallazgos."
        );
    }
}
