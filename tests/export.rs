//! Exports through the disk: a plan file in, an iCalendar file and a printable summary out,
//! each read back the way a calendar program or a person would.

use std::fs;

use carelevels::catalog::Catalog;
use carelevels::check::check_plan;
use carelevels::export::{DISCLAIMER, PRODID, text_summary, to_icalendar};
use carelevels::plan::file;
use chrono::{Datelike, NaiveDate, NaiveDateTime, Timelike, Weekday};
use icalendar::{Calendar, Component, Event};

const PLAN: &str = r#"Plan(
    format: 1,
    name: "Evening IOP around a day job",
    level: "iop",
    sessions: [
        Session(day: Mon, start: "18:00", end: "21:00", kind: Group, title: "Process group"),
        Session(day: Wed, start: "18:00", end: "21:00", kind: Group, title: "Relapse prevention"),
        Session(day: Thu, start: "18:00", end: "19:00", kind: Individual, title: "Counselor check-in"),
        Session(day: Thu, start: "19:00", end: "21:00", kind: Education, title: "Coping skills"),
        Session(day: Sat, start: "22:30", end: "24:00", kind: Peer),
    ],
    commitments: [
        Commitment(day: Mon, start: "09:00", end: "17:00", title: "Work"),
        Commitment(day: Tue, start: "09:00", end: "17:00", title: "Work"),
    ],
)
"#;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("a real date")
}

fn when(value: Option<&str>) -> NaiveDateTime {
    let value = value.expect("the property is present");
    NaiveDateTime::parse_from_str(value, "%Y%m%dT%H%M%S")
        .unwrap_or_else(|e| panic!("{value:?} is not a floating date-time: {e}"))
}

fn events(calendar: &Calendar) -> Vec<&Event> {
    calendar
        .components
        .iter()
        .filter_map(|c| c.as_event())
        .collect()
}

#[test]
fn a_plan_file_becomes_a_calendar_file_that_reads_back() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let plan_path = dir.path().join("evening.ron");
    fs::write(&plan_path, PLAN).expect("the plan is written");
    let plan = file::load(&plan_path).expect("the plan loads");

    let ics_path = dir.path().join("evening.ics");
    // 2025-06-04 is a Wednesday: the week's events start from there.
    let text = to_icalendar(&plan, date(2025, 6, 4), Some(12), false);
    file::write_atomic(&ics_path, &text).expect("the calendar is written");

    let bytes = fs::read(&ics_path).expect("the calendar reads back");
    let read = String::from_utf8(bytes).expect("UTF-8");
    assert_eq!(read, text, "the file holds exactly what was exported");
    assert!(read.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    assert!(
        read.split_terminator('\n').all(|line| line.ends_with('\r')),
        "every line ends in CRLF"
    );

    let calendar: Calendar = read.parse().expect("a calendar program can parse it");
    assert_eq!(calendar.property_value("PRODID"), Some(PRODID));
    assert_eq!(
        calendar.property_value("X-WR-CALNAME"),
        Some("Evening IOP around a day job")
    );
    let events = events(&calendar);
    assert_eq!(events.len(), plan.phases[0].sessions.len());

    for (event, session) in events.iter().zip(&plan.phases[0].sessions) {
        assert_eq!(event.get_summary(), Some(session.display_title()));
        let description = event.get_description().unwrap_or_default();
        assert!(description.starts_with(session.kind.label()), "{description}");
        assert!(description.ends_with(DISCLAIMER), "{description}");
        let start = when(event.property_value("DTSTART"));
        assert!(start.date() >= date(2025, 6, 4), "{start}");
        assert!(start.date() < date(2025, 6, 11), "{start}");
        assert_eq!(
            start.weekday().num_days_from_monday() as usize,
            session.day.index()
        );
        assert_eq!(start.hour(), u32::from(session.start.hour()));
        assert_eq!(start.minute(), u32::from(session.start.minute()));
        let end = when(event.property_value("DTEND"));
        assert_eq!(
            (end - start).num_minutes(),
            i64::from(session.minutes()),
            "{}",
            session.display_title()
        );
        let rule = event.property_value("RRULE").expect("a weekly rule");
        let byday = &start.weekday().to_string()[..2].to_uppercase();
        assert_eq!(rule, format!("FREQ=WEEKLY;BYDAY={byday};COUNT=12"));
        let uid = event.get_uid().expect("a UID");
        assert!(uid.ends_with("@carelevels"), "{uid}");
    }

    let monday = when(events[0].property_value("DTSTART"));
    assert_eq!(
        monday,
        date(2025, 6, 9).and_hms_opt(18, 0, 0).expect("a time")
    );
    assert_eq!(monday.weekday(), Weekday::Mon);
    let saturday_end = when(events[4].property_value("DTEND"));
    assert_eq!(
        saturday_end,
        date(2025, 6, 8).and_hms_opt(0, 0, 0).expect("a time"),
        "a session ending at 24:00 ends at midnight the next day"
    );
    assert_eq!(events[4].get_summary(), Some("Peer support"));
}

#[test]
fn commitments_are_optional_and_an_open_ended_series_has_no_count() {
    let plan = file::parse(PLAN).expect("the plan parses");
    let text = to_icalendar(&plan, date(2025, 6, 2), None, true);
    let calendar: Calendar = text.parse().expect("it parses");
    let events = events(&calendar);
    assert_eq!(events.len(), plan.phases[0].sessions.len() + plan.commitments.len());
    for event in &events {
        let rule = event.property_value("RRULE").expect("a weekly rule");
        assert!(rule.starts_with("FREQ=WEEKLY;BYDAY="), "{rule}");
        assert!(!rule.contains("COUNT"), "{rule}");
    }
    let work: Vec<_> = events
        .iter()
        .filter(|e| e.get_summary() == Some("Work"))
        .collect();
    assert_eq!(work.len(), 2);
    assert_eq!(
        when(work[1].property_value("DTSTART")),
        date(2025, 6, 3).and_hms_opt(9, 0, 0).expect("a time")
    );
}

#[test]
fn the_printable_summary_goes_to_disk_and_says_everything() {
    let catalog = Catalog::builtin();
    let plan = file::parse(PLAN).expect("the plan parses");
    let report = check_plan(&plan, catalog, None).expect("a known rule set");
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("evening.txt");
    file::write_atomic(&path, &text_summary(&plan, &report, catalog)).expect("written");
    let text = fs::read_to_string(&path).expect("it reads back");

    assert!(text.starts_with("Evening IOP around a day job\n"));
    assert!(text.contains(&catalog.level(plan.phases[0].level).name));
    for session in &plan.phases[0].sessions {
        let line = format!(
            "{}-{}  {}",
            session.start,
            session.end,
            session.display_title()
        );
        assert!(text.contains(&line), "missing {line:?} in\n{text}");
    }
    assert!(text.contains("09:00-17:00  Work (commitment)"));
    let verdict = if report.meets() {
        "Meets the hour rules for"
    } else {
        "Does not meet the hour rules for"
    };
    assert!(text.contains(verdict), "{text}");
    for finding in &report.phase(0).findings {
        assert!(text.contains(&finding.message), "{}", finding.message);
    }
    assert!(text.trim_end().ends_with(DISCLAIMER));
}
