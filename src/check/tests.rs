use proptest::prelude::*;

use super::*;
use crate::plan::{Clock, SessionKind};

fn t(text: &str) -> Clock {
    text.parse().unwrap()
}

fn session(day: Day, start: &str, end: &str) -> Session {
    Session {
        day,
        start: t(start),
        end: t(end),
        kind: SessionKind::Group,
        title: String::new(),
    }
}

fn commitment(day: Day, start: &str, end: &str) -> Commitment {
    Commitment {
        day,
        start: t(start),
        end: t(end),
        title: "Work".into(),
    }
}

fn plan(level: LevelId, sessions: Vec<Session>) -> Plan {
    let mut plan = Plan::new(level);
    plan.phases[0].sessions = sessions;
    plan
}

fn run(plan: &Plan) -> Report {
    let mut report = check_plan(plan, Catalog::builtin(), None).unwrap();
    report.phases.remove(0)
}

fn run_with(plan: &Plan, rules: &str) -> Report {
    let mut report = check_plan(plan, Catalog::builtin(), Some(rules)).unwrap();
    report.phases.remove(0)
}

fn codes(report: &Report) -> Vec<&'static str> {
    report.findings.iter().map(|f| f.code.as_str()).collect()
}

/// Three evening sessions of the given length on Mon, Wed, Thu.
fn three_evenings(end: &str) -> Vec<Session> {
    [Day::Mon, Day::Wed, Day::Thu]
        .into_iter()
        .map(|d| session(d, "18:00", end))
        .collect()
}

#[test]
fn evening_iop_of_nine_hours_meets() {
    let report = run(&plan(LevelId::Iop, three_evenings("21:00")));
    assert_eq!(report.verdict, Verdict::Meets);
    assert_eq!(report.weekly_minutes, 540);
    assert_eq!(report.session_days, 3);
    assert_eq!(report.intensity, Some(LevelId::Iop));
    assert!(report.findings.is_empty(), "{:?}", report.findings);
}

#[test]
fn eight_h_59_is_too_few_for_iop_and_says_how_far_off_it_is() {
    let mut sessions = three_evenings("21:00");
    sessions[2].end = t("20:59");
    let report = run(&plan(LevelId::Iop, sessions));
    assert_eq!(report.verdict, Verdict::DoesNotMeet);
    assert_eq!(report.weekly_minutes, 539);
    assert_eq!(report.intensity, Some(LevelId::Outpatient));
    assert_eq!(codes(&report), ["too_few_hours", "short_day"]);
    let msg = &report.findings[0].message;
    assert_eq!(
        msg,
        "8 h 59 min a week; ASAM describes IOP as at least 9 hours a week (1 min more would reach it)."
    );
    assert_eq!(report.findings[1].day, Some(Day::Thu));
}

#[test]
fn the_contract_message_example() {
    let sessions = vec![
        session(Day::Mon, "18:00", "21:00"),
        session(Day::Wed, "18:00", "21:00"),
        session(Day::Thu, "18:00", "19:30"),
    ];
    let report = run(&plan(LevelId::Iop, sessions));
    assert!(
        report.findings[0].message.starts_with(
            "7 h 30 min a week; ASAM describes IOP as at least 9 hours a week (1 h 30 min more would reach it)"
        ),
        "{}",
        report.findings[0].message
    );
}

#[test]
fn nineteen_h_59_is_iop_and_twenty_is_too_many() {
    let mut sessions: Vec<Session> = [Day::Mon, Day::Tue, Day::Wed, Day::Thu]
        .into_iter()
        .map(|d| session(d, "09:00", "14:00"))
        .collect();
    sessions[3].end = t("13:59");
    let report = run(&plan(LevelId::Iop, sessions.clone()));
    assert_eq!(report.weekly_minutes, 20 * 60 - 1);
    assert_eq!(report.verdict, Verdict::Meets);
    assert_eq!(report.intensity, Some(LevelId::Iop));

    sessions[3].end = t("14:00");
    let report = run(&plan(LevelId::Iop, sessions));
    assert_eq!(report.weekly_minutes, 20 * 60);
    assert_eq!(codes(&report), ["too_many_hours"]);
    assert_eq!(report.intensity, Some(LevelId::DayProgram));
    let msg = &report.findings[0].message;
    assert_eq!(
        msg,
        "20 h a week; ASAM describes IOP as under 20 hours a week (this week is right at that line). \
         By hours alone this week is Day program intensity."
    );
}

#[test]
fn outpatient_stays_under_nine_hours() {
    let report = run(&plan(LevelId::Outpatient, three_evenings("20:59")));
    assert_eq!(report.verdict, Verdict::Meets);
    let report = run(&plan(LevelId::Outpatient, three_evenings("21:00")));
    assert_eq!(codes(&report), ["too_many_hours"]);
    assert!(report.findings[0].message.contains("IOP"));
}

#[test]
fn a_single_weekly_session_meets_outpatient() {
    let report = run(&plan(
        LevelId::Outpatient,
        vec![session(Day::Tue, "17:00", "18:00")],
    ));
    assert_eq!(report.verdict, Verdict::Meets);
    assert!(report.findings.is_empty());
}

#[test]
fn too_few_days_is_only_worth_a_look_under_asam() {
    let sessions = vec![
        session(Day::Mon, "09:00", "14:00"),
        session(Day::Tue, "09:00", "14:00"),
    ];
    let report = run(&plan(LevelId::Iop, sessions));
    assert_eq!(report.weekly_minutes, 600);
    assert_eq!(report.verdict, Verdict::Meets);
    assert_eq!(codes(&report), ["too_few_days"]);
    let f = &report.findings[0];
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(
        f.message,
        "Sessions fall on 2 days; a typical IOP week has sessions on 3 or more days \
         (usual practice, not a rule; 1 more day would reach it)."
    );
}

#[test]
fn day_program_needs_twenty_hours_over_five_days() {
    let weekdays = &Day::ALL[..5];
    let sessions: Vec<Session> = weekdays
        .iter()
        .map(|&d| session(d, "09:00", "13:00"))
        .collect();
    let report = run(&plan(LevelId::DayProgram, sessions.clone()));
    assert_eq!(report.weekly_minutes, 1200);
    assert_eq!(report.verdict, Verdict::Meets);
    // 4 h days are under the 5 h typical day: warnings, not errors.
    assert_eq!(report.warnings().count(), 5);

    let report = run(&plan(LevelId::DayProgram, sessions[..4].to_vec()));
    assert_eq!(codes(&report)[..2], ["too_few_hours", "too_few_days"]);
    assert_eq!(report.findings[0].severity, Severity::Error);
    assert_eq!(report.findings[1].severity, Severity::Warning);
}

#[test]
fn touching_sessions_do_not_overlap_but_overlaps_count_once() {
    let touching = vec![
        session(Day::Mon, "09:00", "10:00"),
        session(Day::Mon, "10:00", "11:00"),
    ];
    let report = run(&plan(LevelId::Outpatient, touching));
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert_eq!(report.weekly_minutes, 120);

    let overlapping = vec![
        session(Day::Mon, "09:00", "11:00"),
        session(Day::Mon, "10:00", "12:00"),
    ];
    let report = run(&plan(LevelId::Outpatient, overlapping));
    assert_eq!(report.weekly_minutes, 180);
    assert_eq!(codes(&report), ["session_overlap"]);
    let f = &report.findings[0];
    assert_eq!((f.day, f.session), (Some(Day::Mon), Some(1)));
    assert!(f.message.contains("by 1 h"), "{}", f.message);
}

#[test]
fn three_sessions_sharing_time_make_three_pairs() {
    let sessions = vec![
        session(Day::Tue, "09:00", "13:00"),
        session(Day::Tue, "10:00", "11:00"),
        session(Day::Tue, "10:30", "11:30"),
    ];
    let report = run(&plan(LevelId::Outpatient, sessions));
    let pairs: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == Code::SessionOverlap)
        .map(|f| {
            (
                f.session,
                f.message.contains("10:00-11:00") && f.message.contains("10:30"),
            )
        })
        .collect();
    // B overlaps A; C overlaps A; C overlaps B (named by the later one, C).
    assert_eq!(pairs, [(Some(1), false), (Some(2), false), (Some(2), true)]);
}

#[test]
fn huge_numbers_of_overlaps_and_clashes_are_counted_not_listed() {
    let n = 400;
    let mut p = plan(
        LevelId::Outpatient,
        (0..n)
            .map(|_| session(Day::Mon, "00:00", "24:00"))
            .collect(),
    );
    p.commitments = (0..n)
        .map(|_| commitment(Day::Mon, "00:00", "24:00"))
        .collect();
    let report = run(&p);
    let overlaps: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == Code::SessionOverlap)
        .collect();
    assert_eq!(overlaps.len(), LISTED_PER_CODE + 1);
    let pairs = n * (n - 1) / 2;
    let summary = overlaps.last().unwrap();
    assert_eq!(summary.session, None);
    assert!(
        summary
            .message
            .starts_with(&format!("{} more overlaps", pairs - LISTED_PER_CODE)),
        "{}",
        summary.message
    );
    let clashes: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == Code::CommitmentConflict)
        .collect();
    assert_eq!(clashes.len(), LISTED_PER_CODE + 1);
    assert!(
        clashes
            .last()
            .unwrap()
            .message
            .starts_with(&format!("{} more clashes", n * n - LISTED_PER_CODE)),
        "{}",
        clashes.last().unwrap().message
    );
}

#[test]
fn each_overlapping_pair_is_reported_once() {
    let sessions = vec![
        session(Day::Tue, "09:00", "17:00"),
        session(Day::Tue, "10:00", "11:00"),
        session(Day::Tue, "12:00", "13:00"),
        session(Day::Tue, "17:00", "18:00"),
    ];
    let report = run(&plan(LevelId::Outpatient, sessions));
    let overlaps: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == Code::SessionOverlap)
        .map(|f| f.session)
        .collect();
    assert_eq!(overlaps, [Some(1), Some(2)]);
}

#[test]
fn sessions_clashing_with_commitments_are_errors_but_touching_is_fine() {
    let mut p = plan(LevelId::Iop, three_evenings("21:00"));
    p.commitments = vec![
        commitment(Day::Mon, "09:00", "18:00"),
        commitment(Day::Wed, "09:00", "18:30"),
    ];
    let report = run(&p);
    assert_eq!(codes(&report), ["commitment_conflict"]);
    let f = &report.findings[0];
    assert_eq!(
        (f.day, f.session, f.commitment),
        (Some(Day::Wed), Some(1), Some(1))
    );
    assert!(f.message.contains("for 30 min"), "{}", f.message);
}

#[test]
fn a_session_clashing_with_two_commitments_gets_two_findings() {
    let mut p = plan(
        LevelId::Outpatient,
        vec![session(Day::Fri, "08:00", "20:00")],
    );
    p.commitments = vec![
        commitment(Day::Fri, "09:00", "10:00"),
        commitment(Day::Fri, "07:00", "23:00"),
        commitment(Day::Fri, "12:00", "13:00"),
        commitment(Day::Sat, "12:00", "13:00"),
    ];
    let report = run(&p);
    let found: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.code == Code::CommitmentConflict)
        .map(|f| f.commitment)
        .collect();
    assert_eq!(found, [Some(0), Some(1), Some(2)]);
}

#[test]
fn inpatient_plans_cannot_keep_commitments() {
    let mut p = plan(
        LevelId::Inpatient,
        vec![session(Day::Mon, "09:00", "10:00")],
    );
    assert_eq!(run(&p).verdict, Verdict::Meets);
    p.commitments = vec![commitment(Day::Tue, "09:00", "17:00")];
    let report = run(&p);
    assert_eq!(codes(&report), ["commitment_while_inpatient"]);
    assert_eq!(report.findings[0].commitment, Some(0));
    assert_eq!(report.findings[0].day, Some(Day::Tue));
}

#[test]
fn every_level_needs_a_session() {
    for level in LevelId::ALL {
        let report = run(&plan(level, vec![]));
        assert_eq!(report.verdict, Verdict::DoesNotMeet);
        assert_eq!(report.findings[0].code, Code::NoSessions);
        assert_eq!(report.intensity, None);
    }
    assert_eq!(
        codes(&run(&plan(LevelId::Inpatient, vec![]))),
        ["no_sessions"]
    );
}

#[test]
fn short_days_warn_without_changing_the_verdict() {
    let mut sessions = three_evenings("21:00");
    sessions.push(session(Day::Sat, "10:00", "12:00"));
    let report = run(&plan(LevelId::Iop, sessions));
    assert_eq!(report.verdict, Verdict::Meets);
    assert_eq!(codes(&report), ["short_day"]);
    let f = &report.findings[0];
    assert_eq!(f.severity, Severity::Warning);
    assert_eq!(f.day, Some(Day::Sat));
    assert_eq!(
        f.message,
        "Saturday has 2 h of sessions; a typical IOP day is 3 hours or more \
         (usual practice, not a rule; 1 h more would reach it)."
    );
}

#[test]
fn a_block_to_24_00_counts_to_midnight() {
    let report = run(&plan(
        LevelId::Outpatient,
        vec![session(Day::Sun, "22:00", "24:00")],
    ));
    assert_eq!(report.minutes_by_day[6], 120);
}

#[test]
fn adolescents_reach_iop_at_six_hours() {
    let sessions = vec![
        session(Day::Mon, "15:30", "17:30"),
        session(Day::Tue, "15:30", "17:30"),
        session(Day::Thu, "15:30", "17:30"),
    ];
    let p = plan(LevelId::Iop, sessions);
    let teen = run_with(&p, "asam-adolescent");
    assert_eq!(teen.verdict, Verdict::Meets);
    assert_eq!(teen.intensity, Some(LevelId::Iop));
    // A typical teen IOP day is 2 hours: these 2-hour days draw nothing.
    assert!(teen.findings.is_empty(), "{:?}", teen.findings);
    let adult = run(&p);
    assert_eq!(adult.verdict, Verdict::DoesNotMeet);
    assert!(
        adult.findings[0]
            .message
            .contains("(3 h more would reach it)")
    );
    assert_eq!(adult.intensity, Some(LevelId::Outpatient));

    let mut five = p.clone();
    five.phases[0].sessions[2].end = t("17:29");
    assert_eq!(
        codes(&run_with(&five, "asam-adolescent"))[0],
        "too_few_hours"
    );
    let out = plan(LevelId::Outpatient, p.phases[0].sessions.clone());
    assert_eq!(
        codes(&run_with(&out, "asam-adolescent")),
        ["too_many_hours"]
    );
}

#[test]
fn unknown_rule_sets_are_named() {
    let err = check_plan(&Plan::default(), Catalog::builtin(), Some("medicaid-ohio")).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("medicaid-ohio") && text.contains("asam-adult") && text.contains("medicare"),
        "{text}"
    );
}

#[test]
fn findings_come_errors_first_in_a_fixed_order() {
    let mut p = plan(
        LevelId::Iop,
        vec![
            session(Day::Wed, "18:00", "19:00"),
            session(Day::Mon, "18:00", "19:00"),
            session(Day::Mon, "18:30", "19:30"),
        ],
    );
    p.commitments = vec![commitment(Day::Mon, "09:00", "18:15")];
    let report = run(&p);
    assert_eq!(
        codes(&report),
        [
            "too_few_hours",
            "session_overlap",
            "commitment_conflict",
            "too_few_days",
            "short_day",
            "short_day"
        ]
    );
}

/// `n` sessions of `start`-`end`, one on each day from Monday.
fn days_of(n: usize, start: &str, end: &str) -> Vec<Session> {
    Day::ALL[..n]
        .iter()
        .map(|&d| session(d, start, end))
        .collect()
}

/// The codes and severities of a report, for exact comparisons.
fn found(report: &Report) -> Vec<(&'static str, Severity)> {
    report
        .findings
        .iter()
        .map(|f| (f.code.as_str(), f.severity))
        .collect()
}

const E: Severity = Severity::Error;
const W: Severity = Severity::Warning;

#[test]
fn a_four_day_day_program_of_five_hours_meets_with_a_days_warning_under_asam() {
    let p = plan(LevelId::DayProgram, days_of(4, "09:00", "14:00"));
    let asam = run(&p);
    assert_eq!(asam.weekly_minutes, 20 * 60);
    assert_eq!(asam.verdict, Verdict::Meets);
    assert_eq!(found(&asam), [("too_few_days", W)]);
    // Virginia and Medicare set no day count.
    for rules in ["virginia-medicaid-adult", "medicare"] {
        let report = run_with(&p, rules);
        assert_eq!(report.verdict, Verdict::Meets, "{rules}");
        assert!(report.findings.is_empty(), "{rules}: {:?}", report.findings);
    }
}

#[test]
fn two_days_of_four_and_a_half_hours_meet_iop() {
    let p = plan(LevelId::Iop, days_of(2, "09:00", "13:30"));
    let asam = run(&p);
    assert_eq!(asam.weekly_minutes, 9 * 60);
    assert_eq!(asam.verdict, Verdict::Meets);
    assert_eq!(found(&asam), [("too_few_days", W)]);
    for rules in ["virginia-medicaid-adult", "medicare"] {
        let report = run_with(&p, rules);
        assert!(report.findings.is_empty(), "{rules}: {:?}", report.findings);
    }
}

#[test]
fn virginia_caps_adult_iop_at_19_hours_inclusive() {
    let mut sessions = days_of(4, "09:00", "14:00");
    sessions[3].end = t("13:00");
    let p = plan(LevelId::Iop, sessions.clone());
    let at_cap = run_with(&p, "virginia-medicaid-adult");
    assert_eq!(at_cap.weekly_minutes, 19 * 60);
    assert_eq!(at_cap.verdict, Verdict::Meets);
    assert!(at_cap.findings.is_empty(), "{:?}", at_cap.findings);

    sessions[3].end = t("13:15");
    let p = plan(LevelId::Iop, sessions);
    let over = run_with(&p, "virginia-medicaid-adult");
    assert_eq!(found(&over), [("too_many_hours", E)]);
    assert_eq!(
        over.findings[0].message,
        "19 h 15 min a week; Virginia's Medicaid rule limits IOP to at most 19 hours a week (15 min over)."
    );
    assert_eq!(over.intensity, Some(LevelId::Iop));
    // ASAM's cap is "under 20": the same week is fine there.
    assert_eq!(run(&p).verdict, Verdict::Meets);
    assert_eq!(
        run_with(&p, "virginia-medicaid-youth").verdict,
        Verdict::DoesNotMeet
    );
}

#[test]
fn virginia_asks_three_service_hours_on_each_adult_iop_day() {
    let mut sessions = vec![
        session(Day::Mon, "18:00", "21:00"),
        session(Day::Wed, "18:00", "21:00"),
        session(Day::Thu, "18:00", "20:30"),
        session(Day::Fri, "18:00", "21:00"),
    ];
    let p = plan(LevelId::Iop, sessions.clone());
    let virginia = run_with(&p, "virginia-medicaid-adult");
    assert_eq!(virginia.verdict, Verdict::DoesNotMeet);
    assert_eq!(found(&virginia), [("short_day", E)]);
    let f = &virginia.findings[0];
    assert_eq!(f.day, Some(Day::Thu));
    assert_eq!(
        f.message,
        "Virginia's Medicaid rule asks at least 3 service hours on each IOP day; \
         Thursday has 2 h 30 min (30 min more would reach it)."
    );
    // Under ASAM the same short day is typical practice only.
    let asam = run(&p);
    assert_eq!(asam.verdict, Verdict::Meets);
    assert_eq!(found(&asam), [("short_day", W)]);

    sessions[2].end = t("21:00");
    let p = plan(LevelId::Iop, sessions);
    assert!(run_with(&p, "virginia-medicaid-adult").findings.is_empty());
}

#[test]
fn virginia_youth_iop_days_of_two_hours_are_fine() {
    let mut sessions = vec![
        session(Day::Mon, "15:30", "17:30"),
        session(Day::Tue, "15:30", "17:30"),
        session(Day::Thu, "15:30", "17:30"),
    ];
    let p = plan(LevelId::Iop, sessions.clone());
    let youth = run_with(&p, "virginia-medicaid-youth");
    assert_eq!(youth.verdict, Verdict::Meets);
    assert!(youth.findings.is_empty(), "{:?}", youth.findings);
    // The adult rule needs 9 hours and 3 hours a day: two errors of two kinds.
    let adult = run_with(&p, "virginia-medicaid-adult");
    assert_eq!(
        found(&adult),
        [
            ("too_few_hours", E),
            ("short_day", E),
            ("short_day", E),
            ("short_day", E)
        ]
    );
    assert!(
        adult.findings[0]
            .message
            .contains("Virginia's Medicaid rule asks at least 9 hours a week for IOP")
    );

    sessions.push(session(Day::Fri, "15:30", "17:00"));
    let p = plan(LevelId::Iop, sessions);
    let youth = run_with(&p, "virginia-medicaid-youth");
    assert_eq!(found(&youth), [("short_day", E)]);
    assert_eq!(youth.findings[0].day, Some(Day::Fri));
    let teen = run_with(&p, "asam-adolescent");
    assert_eq!(found(&teen), [("short_day", W)]);
}

#[test]
fn virginia_day_programs_need_five_service_hours_each_day() {
    let mut sessions = days_of(5, "09:00", "14:00");
    sessions[4].end = t("13:00");
    let p = plan(LevelId::DayProgram, sessions);
    let virginia = run_with(&p, "virginia-medicaid-adult");
    assert_eq!(virginia.weekly_minutes, 24 * 60);
    assert_eq!(found(&virginia), [("short_day", E)]);
    assert_eq!(virginia.findings[0].day, Some(Day::Fri));
    assert_eq!(found(&run(&p)), [("short_day", W)]);
    assert_eq!(
        found(&run_with(&p, "virginia-medicaid-youth")),
        [("short_day", E)]
    );
    assert!(run_with(&p, "medicare").findings.is_empty());
}

#[test]
fn medicare_sets_no_outpatient_hour_limit() {
    let p = plan(LevelId::Outpatient, days_of(5, "09:00", "15:00"));
    let medicare = run_with(&p, "medicare");
    assert_eq!(medicare.weekly_minutes, 30 * 60);
    assert_eq!(medicare.verdict, Verdict::Meets);
    assert!(medicare.findings.is_empty(), "{:?}", medicare.findings);
    assert_eq!(medicare.intensity, Some(LevelId::DayProgram));
    assert_eq!(found(&run(&p)), [("too_many_hours", E)]);
}

#[test]
fn medicare_iop_needs_nine_hours_and_has_no_cap() {
    let mut sessions = three_evenings("21:00");
    sessions[2].end = t("20:59");
    let p = plan(LevelId::Iop, sessions);
    let short = run_with(&p, "medicare");
    assert_eq!(found(&short), [("too_few_hours", E)]);
    assert_eq!(
        short.findings[0].message,
        "8 h 59 min a week; Medicare's rule asks at least 9 hours a week for IOP (1 min more would reach it)."
    );
    assert_eq!(short.intensity, Some(LevelId::Outpatient));

    let long = plan(LevelId::Iop, days_of(5, "09:00", "17:00"));
    let report = run_with(&long, "medicare");
    assert_eq!(report.weekly_minutes, 40 * 60);
    assert!(report.findings.is_empty(), "{:?}", report.findings);
    assert_eq!(report.intensity, Some(LevelId::DayProgram));
}

#[test]
fn outpatient_caps_are_exclusive() {
    let six = plan(LevelId::Outpatient, days_of(3, "15:00", "17:00"));
    for rules in ["asam-adolescent", "virginia-medicaid-youth"] {
        assert_eq!(
            found(&run_with(&six, rules)),
            [("too_many_hours", E)],
            "{rules}"
        );
    }
    assert_eq!(run(&six).verdict, Verdict::Meets);
    assert_eq!(
        run_with(&six, "virginia-medicaid-adult").verdict,
        Verdict::Meets
    );
}

#[test]
fn every_rule_set_keeps_inpatient_free_of_commitments() {
    let mut p = plan(
        LevelId::Inpatient,
        vec![session(Day::Mon, "09:00", "10:00")],
    );
    p.commitments = vec![commitment(Day::Tue, "09:00", "17:00")];
    for set in &Catalog::builtin().rule_sets {
        let report = run_with(&p, &set.id);
        assert_eq!(
            found(&report),
            [("commitment_while_inpatient", E)],
            "{}",
            set.id
        );
        let name = &Catalog::builtin().level(LevelId::Inpatient).name;
        assert_eq!(
            report.findings[0].message,
            format!(
                "{name} means living at the program, so \"Work\" (Tue 09:00-17:00) would fall during the stay."
            )
        );
    }
}

/// Words that would open an order about care. A message (or any sentence or clause in it) that
/// starts with one of these tells a person what to do instead of what the rule says.
const IMPERATIVES: &[&str] = &[
    "add",
    "remove",
    "spread",
    "choose",
    "move",
    "ask",
    "shorten",
    "lengthen",
    "change",
    "fix",
    "try",
    "consider",
    "drop",
    "cut",
    "reduce",
    "increase",
    "put",
    "take",
    "make",
    "schedule",
    "plan",
    "pick",
    "select",
    "book",
    "call",
    "go",
    "see",
    "check",
    "talk",
    "keep",
    "extend",
    "shift",
    "delete",
    "use",
    "get",
    "find",
    "switch",
    "aim",
    "skip",
    "cancel",
    "stop",
    "start",
    "attend",
    "join",
    "quit",
    "leave",
    "reschedule",
    "contact",
    "speak",
    "tell",
    "avoid",
];

/// The first word of the message and of every sentence, clause or parenthesis in it, lower case.
fn openings(message: &str) -> Vec<String> {
    let mut starts = vec![message];
    for sep in [". ", "; ", ": ", "(", ", or ", ", then ", " - "] {
        starts.extend(
            message
                .match_indices(sep)
                .map(|(i, _)| &message[i + sep.len()..]),
        );
    }
    starts
        .into_iter()
        .filter_map(|rest| {
            rest.split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
        })
        .map(str::to_lowercase)
        .collect()
}

#[test]
fn the_imperative_scan_catches_orders() {
    for order in [
        "Add 1 h on Saturday.",
        "8 h a week. Remove 15 min (to 19 h 45).",
        "Too long; spread the sessions over 1 more day.",
        "20 h, or choose Day program if this many hours is the plan.",
        "\"A\" overlaps \"B\". Move one of them.",
    ] {
        assert!(
            openings(order)
                .iter()
                .any(|w| IMPERATIVES.contains(&w.as_str())),
            "{order}"
        );
    }
}

fn arb_rules() -> impl Strategy<Value = String> {
    let ids: Vec<String> = Catalog::builtin()
        .rule_sets
        .iter()
        .map(|r| r.id.clone())
        .collect();
    prop::sample::select(ids)
}

fn arb_session() -> impl Strategy<Value = Session> {
    (0usize..7, 0u16..1440, 1u16..=240).prop_map(|(d, start, len)| {
        let end = (start + len).min(1440);
        Session {
            day: Day::from_index(d).unwrap(),
            start: Clock::from_minutes(start).unwrap(),
            end: Clock::from_minutes(end).unwrap(),
            kind: SessionKind::Group,
            title: String::new(),
        }
    })
}

fn arb_level() -> impl Strategy<Value = LevelId> {
    prop::sample::select(LevelId::ALL.to_vec())
}

proptest! {
    /// Plans built in code (not loaded) can hold empty or reversed blocks; the check must cope.
    #[test]
    fn the_check_never_panics_even_on_reversed_blocks(
        blocks in prop::collection::vec((0usize..7, 0u16..=1440, 0u16..=1440), 0..30),
        commitments in prop::collection::vec((0usize..7, 0u16..=1440, 0u16..=1440), 0..6),
        level in arb_level(),
    ) {
        let mut p = plan(level, blocks.iter().map(|&(d, a, b)| Session {
            day: Day::from_index(d).unwrap(),
            start: Clock::from_minutes(a).unwrap(),
            end: Clock::from_minutes(b).unwrap(),
            kind: SessionKind::Other,
            title: String::new(),
        }).collect());
        p.commitments = commitments.iter().map(|&(d, a, b)| Commitment {
            day: Day::from_index(d).unwrap(),
            start: Clock::from_minutes(a).unwrap(),
            end: Clock::from_minutes(b).unwrap(),
            title: String::new(),
        }).collect();
        let report = run(&p);
        prop_assert!(report.weekly_minutes <= 7 * 1440);
    }

    #[test]
    fn weekly_hours_never_exceed_the_sum_of_durations(
        sessions in prop::collection::vec(arb_session(), 0..60),
        level in arb_level(),
    ) {
        let sum: u32 = sessions.iter().map(Session::minutes).sum();
        let report = run(&plan(level, sessions.clone()));
        prop_assert!(report.weekly_minutes <= sum);
        let overlaps = report.findings.iter().any(|f| f.code == Code::SessionOverlap);
        if !overlaps {
            prop_assert_eq!(report.weekly_minutes, sum);
        } else {
            prop_assert!(report.weekly_minutes < sum);
        }
        prop_assert_eq!(report.minutes_by_day.iter().sum::<u32>(), report.weekly_minutes);
        prop_assert_eq!(report.verdict == Verdict::Meets, report.errors().next().is_none());
    }

    #[test]
    fn weekly_hours_equal_the_sum_when_sessions_do_not_overlap(
        slots in prop::collection::btree_set((0usize..7, 0u16..24), 0..40),
        len in 1u16..=60,
    ) {
        let sessions: Vec<Session> = slots.iter().map(|&(d, h)| Session {
            day: Day::from_index(d).unwrap(),
            start: Clock::from_minutes(h * 60).unwrap(),
            end: Clock::from_minutes(h * 60 + len).unwrap(),
            kind: SessionKind::Individual,
            title: String::new(),
        }).collect();
        let sum: u32 = sessions.iter().map(Session::minutes).sum();
        let report = run(&plan(LevelId::Outpatient, sessions));
        prop_assert_eq!(report.weekly_minutes, sum);
        prop_assert!(report.findings.iter().all(|f| f.code != Code::SessionOverlap));
    }

    #[test]
    fn shuffling_sessions_changes_nothing_but_indices(
        sessions in prop::collection::vec(arb_session(), 1..40),
        level in arb_level(),
        seed in any::<u64>(),
    ) {
        let mut shuffled = sessions.clone();
        // A deterministic Fisher-Yates from the seed.
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let a = run(&plan(level, sessions));
        let b = run(&plan(level, shuffled));
        prop_assert_eq!(a.weekly_minutes, b.weekly_minutes);
        prop_assert_eq!(a.minutes_by_day, b.minutes_by_day);
        prop_assert_eq!(a.session_days, b.session_days);
        prop_assert_eq!(a.intensity, b.intensity);
        prop_assert_eq!(a.verdict, b.verdict);
        let mut ca: Vec<_> = a.findings.iter().map(|f| (f.code, f.day)).collect();
        let mut cb: Vec<_> = b.findings.iter().map(|f| (f.code, f.day)).collect();
        ca.sort(); cb.sort();
        prop_assert_eq!(ca, cb);
    }

    /// Every message over many generated weeks, under every rule set, states facts: none
    /// opens a sentence or clause with an order about care.
    #[test]
    fn no_message_gives_orders(
        sessions in prop::collection::vec(arb_session(), 0..24),
        commitments in prop::collection::vec(arb_session(), 0..4),
        level in arb_level(),
        rules in arb_rules(),
    ) {
        let mut p = plan(level, sessions);
        p.commitments = commitments.into_iter().map(|s| Commitment {
            day: s.day, start: s.start, end: s.end, title: String::new(),
        }).collect();
        let report = run_with(&p, &rules);
        for f in &report.findings {
            for word in openings(&f.message) {
                prop_assert!(!IMPERATIVES.contains(&word.as_str()), "{:?}: {}", word, f.message);
            }
        }
    }

    /// Typical limits are warnings, required ones errors, exactly as the data says; the
    /// verdict follows errors only.
    #[test]
    fn severities_follow_the_strengths_in_the_data(
        sessions in prop::collection::vec(arb_session(), 1..24),
        level in arb_level(),
        rules in arb_rules(),
    ) {
        use crate::catalog::Strength;
        let report = run_with(&plan(level, sessions), &rules);
        let rule = Catalog::builtin().rule_set(&rules).unwrap().rule(level).unwrap();
        let strength = |code: Code| match code {
            Code::TooFewHours => rule.min_hours.as_ref().map(|l| l.strength),
            Code::TooManyHours => rule.max_hours.as_ref().map(|l| l.strength),
            Code::TooFewDays => rule.min_days.as_ref().map(|l| l.strength),
            Code::ShortDay => rule.min_day_hours.as_ref().map(|l| l.strength),
            Code::CommitmentWhileInpatient => rule.no_commitments.as_ref().map(|l| l.strength),
            _ => Some(Strength::Required),
        };
        for f in &report.findings {
            let expected = match strength(f.code) {
                Some(Strength::Required) => Severity::Error,
                Some(Strength::Typical) => Severity::Warning,
                None => { prop_assert!(false, "{:?} without a limit", f.code); unreachable!() }
            };
            prop_assert_eq!(f.severity, expected, "{}", f.message);
        }
        prop_assert_eq!(report.meets(), report.errors().next().is_none());
    }
}
