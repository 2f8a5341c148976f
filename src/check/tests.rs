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
fn eight_h_59_is_too_few_for_iop_and_says_how_much_to_add() {
    let mut sessions = three_evenings("21:00");
    sessions[2].end = t("20:59");
    let report = run(&plan(LevelId::Iop, sessions));
    assert_eq!(report.verdict, Verdict::DoesNotMeet);
    assert_eq!(report.weekly_minutes, 539);
    assert_eq!(report.intensity, Some(LevelId::Outpatient));
    assert_eq!(codes(&report), ["too_few_hours", "short_day"]);
    let msg = &report.findings[0].message;
    assert!(msg.contains("Add 1 min"), "{msg}");
    assert!(msg.contains("IOP's 9-hour minimum"), "{msg}");
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
        report.findings[0]
            .message
            .starts_with("Add 1 h 30 min of sessions to reach IOP's 9-hour minimum"),
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
    assert!(msg.contains("Remove 15 min"), "{msg}");
    assert!(msg.contains("Day program"), "{msg}");
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
fn too_few_days_even_with_enough_hours() {
    let sessions = vec![
        session(Day::Mon, "09:00", "14:00"),
        session(Day::Tue, "09:00", "14:00"),
    ];
    let report = run(&plan(LevelId::Iop, sessions));
    assert_eq!(report.weekly_minutes, 600);
    assert_eq!(codes(&report), ["too_few_days"]);
    assert!(report.findings[0].message.contains("1 more day"));
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
    assert!(f.message.contains("Add 1 h on Saturday"), "{}", f.message);
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
    assert_eq!(teen.warnings().count(), 3);
    let adult = run(&p);
    assert_eq!(adult.verdict, Verdict::DoesNotMeet);
    assert!(adult.findings[0].message.contains("Add 3 h"));
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
    let err = check_plan(&Plan::default(), Catalog::builtin(), Some("medicaid")).unwrap_err();
    let text = err.to_string();
    assert!(
        text.contains("medicaid") && text.contains("asam-adult"),
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
            "too_few_days",
            "session_overlap",
            "commitment_conflict",
            "short_day",
            "short_day"
        ]
    );
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
}
