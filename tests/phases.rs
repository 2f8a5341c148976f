//! Plans of phases (format 2) against plans of one week (format 1): the same week checks the
//! same either way, both formats survive a save and a load, and the app's safety nets (undo,
//! autosave, the unsaved marker) hold whole plans of phases.

use carelevels::catalog::Catalog;
use carelevels::check::{check, check_plan};
use carelevels::document::Document;
use carelevels::plan::autosave::{Autosave, Slot};
use carelevels::plan::file;
use carelevels::plan::workspace::{Workspace, templates};
use carelevels::plan::{
    Clock, Commitment, Day, LevelId, MAX_PHASE_WEEKS, Phase, Plan, Session, SessionKind,
};
use carelevels::ui::planner::Planner;
use carelevels::ui::planner::phases::PhaseAction;
use proptest::prelude::*;

fn arb_clock_pair() -> impl Strategy<Value = (Clock, Clock)> {
    (0u16..1440, 1u16..=600).prop_map(|(s, len)| {
        let e = (s + len).min(1440);
        (
            Clock::from_minutes(s).unwrap(),
            Clock::from_minutes(e).unwrap(),
        )
    })
}

fn arb_session() -> impl Strategy<Value = Session> {
    (0usize..7, arb_clock_pair(), 0usize..7, "[a-zA-Z ]{0,12}").prop_map(
        |(d, (start, end), k, title)| Session {
            day: Day::from_index(d).unwrap(),
            start,
            end,
            kind: SessionKind::ALL[k],
            title,
        },
    )
}

fn arb_commitment() -> impl Strategy<Value = Commitment> {
    (0usize..7, arb_clock_pair(), "[a-zA-Z ]{0,12}").prop_map(|(d, (start, end), title)| {
        Commitment {
            day: Day::from_index(d).unwrap(),
            start,
            end,
            title,
        }
    })
}

/// A week: level, rule set, sessions and commitments.
type WeekParts = (LevelId, &'static str, Vec<Session>, Vec<Commitment>);

fn arb_week() -> impl Strategy<Value = WeekParts> {
    (
        prop::sample::select(LevelId::ALL.to_vec()),
        prop::sample::select(vec!["asam-adult", "asam-adolescent"]),
        prop::collection::vec(arb_session(), 0..16),
        prop::collection::vec(arb_commitment(), 0..6),
    )
}

fn arb_phase() -> impl Strategy<Value = Phase> {
    (
        "[a-zA-Z ]{0,16}",
        prop::sample::select(LevelId::ALL.to_vec()),
        1u16..=MAX_PHASE_WEEKS,
        prop::collection::vec(arb_session(), 0..8),
        prop::collection::vec(arb_commitment(), 0..4),
    )
        .prop_map(|(name, level, weeks, sessions, commitments)| Phase {
            name,
            level,
            weeks: Some(weeks),
            sessions,
            commitments,
        })
}

/// Any plan of weeks: one to five phases, a start date or none, commitments on both levels.
fn arb_phased_plan() -> impl Strategy<Value = Plan> {
    (
        "[a-zA-Z ]{0,20}",
        prop::option::of(0i64..3000),
        prop::collection::vec(arb_commitment(), 0..4),
        prop::collection::vec(arb_phase(), 1..5),
    )
        .prop_map(|(name, start, commitments, phases)| Plan {
            name,
            rules: "asam-adult".into(),
            start: start.map(|days| {
                chrono::NaiveDate::from_ymd_opt(2026, 1, 5).unwrap() + chrono::Duration::days(days)
            }),
            commitments,
            phases,
        })
}

/// The week written as a format-1 file, read back.
fn as_format_one((level, rules, sessions, commitments): &WeekParts) -> (String, Plan) {
    let mut plan = Plan::new(*level);
    plan.rules = (*rules).to_owned();
    plan.phases[0].sessions = sessions.clone();
    plan.commitments = commitments.clone();
    let text = file::to_ron(&plan);
    let read = file::parse(&text).expect("format 1 reads back");
    (text, read)
}

/// The same week as a format-2 file of one phase lasting one week, with the first `shared`
/// commitments the plan's own and the rest the phase's (the week keeps them in that order).
fn as_format_two(
    (level, rules, sessions, commitments): &WeekParts,
    shared: usize,
) -> (String, Plan) {
    let shared = shared.min(commitments.len());
    let mut plan = Plan::new(*level);
    plan.rules = (*rules).to_owned();
    plan.phases[0].sessions = sessions.clone();
    plan.phases[0].weeks = Some(1);
    plan.commitments = commitments[..shared].to_vec();
    plan.phases[0].commitments = commitments[shared..].to_vec();
    let text = file::to_ron(&plan);
    let read = file::parse(&text).expect("format 2 reads back");
    (text, read)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(192))]

    #[test]
    fn a_one_phase_format_two_plan_checks_exactly_like_the_format_one_plan(
        week in arb_week(),
        shared in 0usize..8,
    ) {
        let catalog = Catalog::builtin();
        let (one_text, one) = as_format_one(&week);
        let (two_text, two) = as_format_two(&week, shared);
        prop_assert!(one_text.contains("format: 1,"), "{}", one_text);
        prop_assert!(two_text.contains("format: 2,"), "{}", two_text);
        let one_report = check_plan(&one, catalog, None).unwrap();
        let two_report = check_plan(&two, catalog, None).unwrap();
        prop_assert_eq!(&one_report, &two_report);
        prop_assert_eq!(one_report.phases.len(), 1);
        // And both are the plain check of that week.
        let rules = catalog.rule_set(week.1).unwrap();
        prop_assert_eq!(&one_report.phases[0], &check(&one.week(0), rules, catalog));
    }

    #[test]
    fn any_plan_of_phases_round_trips_through_the_disk(plan in arb_phased_plan()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("phases.ron");
        file::save(&path, &plan).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        prop_assert!(text.contains("format: 2,"), "{}", text);
        prop_assert_eq!(file::load(&path).unwrap(), plan);
    }

    #[test]
    fn a_one_week_plan_round_trips_as_format_one(week in arb_week()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("week.ron");
        let (_, plan) = as_format_one(&week);
        prop_assert!(plan.is_one_week());
        file::save(&path, &plan).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        prop_assert!(text.contains("format: 1,") && !text.contains("phases"), "{}", text);
        prop_assert_eq!(file::load(&path).unwrap(), plan);
    }
}

fn template(name: &str) -> Plan {
    templates()
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no template called {name}"))
        .clone()
}

#[test]
fn the_step_down_templates_are_offered_and_meet_every_phase() {
    let catalog = Catalog::builtin();
    let three = template("Day program, then IOP, then outpatient");
    let levels: Vec<LevelId> = three.phases.iter().map(|p| p.level).collect();
    assert_eq!(
        levels,
        [LevelId::DayProgram, LevelId::Iop, LevelId::Outpatient]
    );
    assert_eq!(three.total_weeks(), 13);
    let two = template("IOP stepping down to outpatient");
    assert_eq!(two.phases.len(), 2);
    assert_eq!(two.total_weeks(), 12);
    for plan in [three, two] {
        let report = check_plan(&plan, catalog, None).unwrap();
        assert!(report.meets(), "{}: {:?}", plan.name, report.phases);
        // Hours go down from one phase to the next.
        let hours: Vec<u32> = report.phases.iter().map(|r| r.weekly_minutes).collect();
        assert!(hours.windows(2).all(|w| w[0] > w[1]), "{hours:?}");
    }
}

/// A planner on the three-phase template, saved to a file so it starts clean.
fn planner_on_three_phases(dir: &tempfile::TempDir) -> Planner {
    let plan = template("Day program, then IOP, then outpatient");
    let path = dir.path().join("three.ron");
    file::save(&path, &plan).unwrap();
    Planner::new(file::load(&path).unwrap(), Some(path))
}

#[test]
fn every_phase_change_is_one_undoable_edit_that_marks_the_plan_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let mut planner = planner_on_three_phases(&dir);
    let original = planner.plan().clone();
    assert!(!planner.is_dirty());

    let steps = [
        PhaseAction::StepDown(1),
        PhaseAction::SetWeeks(0, Some(4)),
        PhaseAction::Rename(2, "After work".into()),
        PhaseAction::Move { from: 2, to: 0 },
        PhaseAction::Add { after: 3 },
        PhaseAction::Remove(1),
        PhaseAction::SetStart(chrono::NaiveDate::from_ymd_opt(2027, 1, 4)),
    ];
    let mut seen = vec![original.clone()];
    for step in steps {
        planner.apply_phase(step.clone());
        assert_ne!(
            planner.plan(),
            seen.last().unwrap(),
            "{step:?} changed nothing"
        );
        assert!(planner.is_dirty(), "{step:?}");
        seen.push(planner.plan().clone());
    }
    // Each step undoes on its own, back to the file as opened, and redoes the same way.
    for expected in seen.iter().rev().skip(1) {
        planner.undo();
        assert_eq!(planner.plan(), expected);
    }
    assert!(!planner.is_dirty());
    assert!(!planner.can_undo());
    for expected in seen.iter().skip(1) {
        planner.redo();
        assert_eq!(planner.plan(), expected);
    }
}

#[test]
fn selecting_a_phase_shows_its_week_and_survives_undo() {
    let dir = tempfile::tempdir().unwrap();
    let mut planner = planner_on_three_phases(&dir);
    planner.apply_phase(PhaseAction::Select(2));
    assert_eq!(planner.phase(), 2);
    assert_eq!(planner.report().level, LevelId::Outpatient);
    let revision = planner.revision();
    planner.apply_phase(PhaseAction::Select(1));
    assert_eq!(
        planner.revision(),
        revision,
        "showing a phase is not an edit"
    );
    planner.apply_phase(PhaseAction::StepDown(1));
    assert_eq!(planner.phase(), 2, "the new phase is shown");
    assert_eq!(planner.report().level, LevelId::Outpatient);
    planner.apply_phase(PhaseAction::Select(3));
    planner.undo();
    assert_eq!(planner.phase(), 2, "the shown phase stays within the plan");
    assert_eq!(planner.plan().phases.len(), 3);
}

#[test]
fn an_autosaved_plan_of_phases_comes_back_whole() {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::at(dir.path().join("data"));
    let mut plan = template("IOP stepping down to outpatient");
    plan.start = chrono::NaiveDate::from_ymd_opt(2027, 3, 1);
    plan.phases[1].commitments.push(Commitment {
        day: Day::Sat,
        start: Clock::from_hm(9, 0).unwrap(),
        end: Clock::from_hm(13, 0).unwrap(),
        title: "Volunteering".into(),
    });
    let from = dir.path().join("step-down.ron");
    let gone = Autosave::start(&ws).unwrap();
    gone.save(Slot::Plan, &Document::Plan(plan.clone()), Some(&from))
        .unwrap();
    drop(gone); // the window closed with work unsaved: its autosave stays
    let next = Autosave::start(&ws).unwrap();
    let (mut found, unreadable) = next.recoverable();
    assert!(unreadable.is_empty());
    assert_eq!(found.len(), 1);
    let recovery = found.remove(0);
    assert_eq!(recovery.slot, Slot::Plan);
    let Document::Plan(back) = recovery.document.clone() else {
        panic!("a plan was autosaved")
    };
    let source = recovery.source.clone();
    assert_eq!(back, plan);
    assert_eq!(source, Some(from.clone()));

    // Restoring it onto a planner keeps every phase and marks it unsaved for that file.
    let mut planner = Planner::default();
    planner.restore(back, source);
    assert_eq!(planner.plan(), &plan);
    assert!(planner.is_dirty());
    assert_eq!(planner.path(), Some(from.as_path()));
}
