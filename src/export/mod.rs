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
    PlanReport, Report, Severity, days_against_minimum, duration, hours_against_band,
};
use crate::plan::{Clock, Commitment, Day, Plan, Week};
use crate::programs::{Programs, ProgramsReport, Reply};

/// The calendar's `PRODID`.
pub const PRODID: &str = "-//carelevels//EN";

/// The disclaimer closing every printed summary.
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
    to_icalendar_stamped(plan, start_date, weeks, include_commitments, Utc::now())
}

/// [`to_icalendar`] with a fixed `DTSTAMP`, so the output is fully reproducible (tests, diffs).
pub fn to_icalendar_stamped(
    plan: &Plan,
    start_date: NaiveDate,
    weeks: Option<u32>,
    include_commitments: bool,
    stamp: DateTime<Utc>,
) -> String {
    let calendar_name = if plan.name.trim().is_empty() {
        "carelevels plan".to_owned()
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
                summary: x.display_title(),
                description: x.kind.label(),
            };
            blocks.push((block, from, count));
        }
        let own = phase.commitments.iter().enumerate();
        for (i, c) in own.filter(|_| include_commitments) {
            let block = Block::commitment(p, plan.commitments.len() + i, c);
            blocks.push((block, from, count));
        }
    }
    let shared = plan.commitments.iter().enumerate();
    for (i, c) in shared.filter(|_| include_commitments) {
        let count = if phased { Some(total) } else { weeks };
        blocks.push((Block::commitment(0, i, c), start_date, count));
    }
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
            .summary(&one_line(block.summary))
            .description(&format!("{}\n\n{DISCLAIMER}", block.description))
            .starts(starts)
            .ends(ends)
            .add_property("RRULE", rrule)
            .done();
        calendar.push(event);
    }
    calendar.done().to_string()
}

/// One session or commitment on its way into the calendar.
struct Block<'a> {
    /// 's' for a session, 'c' for a commitment: keeps their UIDs apart.
    tag: char,
    phase: usize,
    index: usize,
    day: Day,
    start: Clock,
    end: Clock,
    summary: &'a str,
    description: &'static str,
}

impl<'a> Block<'a> {
    fn commitment(phase: usize, index: usize, c: &'a Commitment) -> Block<'a> {
        Block {
            tag: 'c',
            phase,
            index,
            day: c.day,
            start: c.start,
            end: c.end,
            summary: c.display_title(),
            description: "Commitment",
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
    verdict_sentence_in(crate::i18n::Lang::En, report, catalog)
}

/// [`verdict_sentence`] in `lang`.
pub fn verdict_sentence_in(lang: crate::i18n::Lang, report: &Report, catalog: &Catalog) -> String {
    let head = crate::check::headline_in(lang, report, catalog.rule_set(&report.rules), catalog);
    let errors = report.errors().count();
    if report.meets() {
        format!("{head}.")
    } else {
        let word = match (lang, errors) {
            (crate::i18n::Lang::Es, 1) => "hallazgo",
            (crate::i18n::Lang::Es, _) => "hallazgos",
            (_, 1) => "finding",
            _ => "findings",
        };
        format!("{head}: {errors} {word}.")
    }
}

/// How a finding's severity reads to a person: "Needs a change" or "Worth a look".
pub fn severity_words(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "Needs a change",
        Severity::Warning => "Worth a look",
    }
}

/// A plain-text summary a person can print or send to their counselor: plan name, then for
/// each phase its level and rules, verdict, weekly hours against the level's band, session
/// days, the week day by day (sessions and commitments) and the findings; last the disclaimer
/// ([`DISCLAIMER`]).
///
/// `report` is `plan` checked against its rule set; `catalog` supplies names and rules.
pub fn text_summary(plan: &Plan, report: &PlanReport, catalog: &Catalog) -> String {
    let mut s = String::new();
    let title = if plan.name.trim().is_empty() {
        "Untitled plan".to_owned()
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
        let _ = writeln!(s, "Level of care: {} - {}", level.name, level.asam);
        let _ = writeln!(s, "Hour rules:    {rules_name}");
        week_summary(&mut s, &plan.week(0), report.phase(0), catalog);
    } else {
        let _ = writeln!(s, "Hour rules: {rules_name}");
        let _ = writeln!(
            s,
            "{} phases over {} weeks{}.",
            plan.phases.len(),
            plan.total_weeks(),
            plan.start
                .map(|d| format!(", starting {}", d.format("%Y-%m-%d")))
                .unwrap_or_default()
        );
        let meeting = report.phases.iter().filter(|r| r.meets()).count();
        let _ = writeln!(
            s,
            "{meeting} of {} phases meet their level's rules.",
            plan.phases.len()
        );
        let first_weeks = plan.first_weeks();
        for (i, phase) in plan.phases.iter().enumerate() {
            let level = catalog.level(phase.level);
            let weeks = phase.week_count();
            let last = first_weeks[i] + weeks - 1;
            let heading = format!(
                "Phase {}: {}{} - {} {} (week {}{})",
                i + 1,
                if phase.name.trim().is_empty() {
                    String::new()
                } else {
                    format!("{} - ", one_line(&phase.name))
                },
                level.name,
                weeks,
                if weeks == 1 { "week" } else { "weeks" },
                first_weeks[i],
                if last > first_weeks[i] {
                    format!(" to {last}")
                } else {
                    String::new()
                },
            );
            let _ = writeln!(s);
            let _ = writeln!(s, "{heading}");
            let _ = writeln!(s, "{}", "-".repeat(heading.chars().count()));
            week_summary(&mut s, &plan.week(i), report.phase(i), catalog);
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(
        s,
        "The check counts clock hours of scheduled sessions (a 50-minute group counts 50 minutes)."
    );
    let _ = writeln!(s, "{DISCLAIMER}");
    s
}

/// One week's part of the summary: verdict, hours, days, the week day by day, findings.
fn week_summary(s: &mut String, week: &Week<'_>, report: &Report, catalog: &Catalog) {
    let level = catalog.level(report.level);
    let rule = catalog
        .rule_set(&report.rules)
        .and_then(|r| r.rule(report.level));
    let _ = writeln!(s);
    let _ = writeln!(s, "{}", verdict_sentence(report, catalog));
    let _ = writeln!(s);
    let _ = writeln!(s, "Hours:   {}", hours_against_band(report, rule, level));
    let _ = writeln!(s, "Days:    {}", days_against_minimum(report, rule, level));
    if let Some(intensity) = report.intensity {
        let _ = writeln!(
            s,
            "By hours alone this week is {} intensity.",
            catalog.level(intensity).short_name
        );
    }

    let _ = writeln!(s);
    let _ = writeln!(s, "The week");
    let _ = writeln!(s, "--------");
    for day in Day::ALL {
        let minutes = report.minutes_by_day[day.index()];
        let mut entries: Vec<(Clock, Clock, String)> = week
            .sessions
            .iter()
            .filter(|x| x.day == day)
            .map(|x| {
                let kind = x.kind.label();
                let what = if x.display_title() == kind {
                    kind.to_owned()
                } else {
                    format!("{} ({kind})", one_line(x.display_title()))
                };
                (x.start, x.end, what)
            })
            .chain(week.commitments.iter().filter(|c| c.day == day).map(|c| {
                (
                    c.start,
                    c.end,
                    format!("{} (commitment)", one_line(c.display_title())),
                )
            }))
            .collect();
        entries.sort_by_key(|e| (e.0, e.1));
        if minutes > 0 {
            let _ = writeln!(s, "{}: {} of sessions", day.name(), duration(minutes));
        } else {
            let _ = writeln!(s, "{}: no sessions", day.name());
        }
        for (start, end, what) in entries {
            let _ = writeln!(s, "  {start}-{end}  {what}");
        }
    }

    let _ = writeln!(s);
    if report.findings.is_empty() {
        let _ = writeln!(s, "No findings.");
    } else {
        let _ = writeln!(s, "What to look at");
        let _ = writeln!(s, "---------------");
        for f in &report.findings {
            let _ = writeln!(
                s,
                "- {}: {}",
                severity_words(f.severity),
                one_line(&f.message)
            );
        }
    }
}

/// A question's short label, or its id when the catalog has no such question.
fn question_label<'a>(_catalog: &'a Catalog, id: &'a str) -> &'a str {
    id
}

/// A plain-text comparison of the programs a person is considering: each program's level,
/// whether its week meets the level's rules and fits around my week, its details, the
/// must-haves it has not confirmed, and the disclaimer. It ranks nothing.
pub fn programs_summary(programs: &Programs, report: &ProgramsReport, catalog: &Catalog) -> String {
    let mut s = String::new();
    let title = if programs.name.trim().is_empty() {
        "Programs I'm considering".to_owned()
    } else {
        one_line(&programs.name)
    };
    let _ = writeln!(s, "{title}");
    let _ = writeln!(s, "{}", "=".repeat(title.chars().count().max(3)));
    let rules_name = catalog
        .rule_set(&report.rules)
        .map_or(report.rules.as_str(), |r| r.name.as_str());
    let _ = writeln!(s, "Hour rules: {rules_name}");
    let _ = writeln!(s);
    let _ = writeln!(s, "My week");
    let _ = writeln!(s, "-------");
    if programs.my_week.is_empty() {
        let _ = writeln!(s, "No commitments entered.");
    }
    for c in &programs.my_week {
        let _ = writeln!(
            s,
            "  {} {}-{}  {}",
            c.day.name(),
            c.start,
            c.end,
            one_line(c.display_title())
        );
    }
    for (i, (program, week)) in programs.programs.iter().zip(&report.programs).enumerate() {
        let heading = format!(
            "{}. {} - {}",
            i + 1,
            one_line(&program.name),
            catalog.level(program.level).name
        );
        let _ = writeln!(s);
        let _ = writeln!(s, "{heading}");
        let _ = writeln!(s, "{}", "-".repeat(heading.chars().count()));
        for (label, text) in [
            ("Start or wait", &program.start),
            ("Contact", &program.contact),
            ("Address", &program.address),
            ("Cost to me", &program.cost),
            ("Languages", &program.languages),
            ("Notes", &program.notes),
        ] {
            if !text.trim().is_empty() {
                let _ = writeln!(s, "{label}: {}", one_line(text));
            }
        }
        for a in &program.answers {
            let label = question_label(catalog, &a.question);
            let reply = match a.reply {
                Reply::Yes => "Yes",
                Reply::No => "No",
                Reply::NotSure => "Not sure yet",
            };
            let asked = a
                .asked
                .map(|d| format!(" (asked {})", d.format("%Y-%m-%d")))
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
            let _ = writeln!(s, "Must-haves not confirmed yet: {}", labels.join(", "));
        }
        match week {
            Some(report) => week_summary(
                &mut s,
                &programs
                    .week(i)
                    .unwrap_or_else(|| Week::new(program.level, &[], &[])),
                report,
                catalog,
            ),
            None => {
                let _ = writeln!(s, "Its weekly schedule is not entered yet.");
            }
        }
    }
    let _ = writeln!(s);
    let _ = writeln!(s, "{DISCLAIMER}");
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
        let text = to_icalendar_stamped(&iop_week(), date(2025, 3, 5), Some(12), false, stamp());
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
        let text = to_icalendar_stamped(&plan, date(2025, 3, 3), None, true, stamp());
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
        let a = to_icalendar_stamped(&plan, date(2025, 3, 3), Some(4), true, stamp());
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
        let later = to_icalendar_stamped(&plan, date(2025, 3, 10), Some(4), true, stamp());
        assert_ne!(uids(&later), ua, "another start date is another series");
    }

    #[test]
    fn zero_weeks_counts_as_one_and_line_breaks_in_titles_stay_on_one_line() {
        let mut plan = iop_week();
        plan.name = "Line\r\nbreak".to_owned();
        plan.phases[0].sessions[0].title = "Two\nlines".to_owned();
        let text = to_icalendar_stamped(&plan, date(2025, 3, 3), Some(0), false, stamp());
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
        let text = to_icalendar_stamped(&Plan::default(), date(2025, 3, 3), Some(1), true, stamp());
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
}
