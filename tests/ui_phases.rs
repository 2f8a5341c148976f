//! Plans over several weeks in the whole app: the phase strip, step down, the timeline, the
//! "which phases meet" line, commitments of one phase, and the file safety nets on phases.

use carelevels::plan::autosave::Slot;
use carelevels::plan::workspace::{Workspace, templates};
use carelevels::plan::{LevelId, Plan, file};
use carelevels::ui::app::{Prefs, View};
use carelevels::ui::{AppOptions, CareLevelsApp};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const THREE: &str = "Day program, then IOP, then outpatient";

fn template(name: &str) -> Plan {
    templates()
        .iter()
        .find(|t| t.name == name)
        .unwrap_or_else(|| panic!("no template called {name}"))
        .clone()
}

fn app(plan: Plan, dir: &tempfile::TempDir, size: [f32; 2]) -> Harness<'static, CareLevelsApp> {
    let options = AppOptions {
        workspace: Some(Workspace::at(dir.path().join("data"))),
        native_dialogs: false,
        open: None,
        exit_after_first_frame: false,
        system_lang: carelevels::i18n::Lang::En,
    };
    let prefs = Prefs {
        view: View::Planner,
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(120)
        .build_eframe(move |_cc| {
            let mut app = CareLevelsApp::with_prefs(prefs, options);
            app.planner.load(plan, None);
            app
        });
    harness.run();
    harness
}

/// A day program week, one plain week (format 1).
fn day_program_week() -> Plan {
    let mut plan = template(THREE);
    plan.phases.truncate(1);
    plan.phases[0].weeks = None;
    plan.commitments.clear();
    assert!(plan.is_one_week());
    plan
}

#[test]
fn step_down_adds_a_lower_phase_after_the_shown_one_and_undo_takes_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(day_program_week(), &dir, [1400.0, 900.0]);
    assert!(
        harness.query_by_label_contains("Timeline of").is_none(),
        "a plain week has no timeline"
    );
    harness.get_by_label_contains("Phase 1 of 1: Day program");

    harness.get_by_label("Step down").click();
    harness.run();
    let plan = harness.state().planner.plan().clone();
    assert_eq!(plan.phases.len(), 2);
    assert_eq!(plan.phases[1].level, LevelId::Iop);
    assert_eq!(plan.phases[1].sessions, plan.phases[0].sessions);
    assert_eq!(harness.state().planner.phase(), 1, "the new phase is shown");
    harness.get_by_label_contains("Phase 2 of 2: IOP. IOP, 1 week (weeks 2 to 2), does not meet");
    harness.get_by_label_contains("Timeline of 2 weeks.");
    harness.get_by_label("1 of 2 phases meet their level's rules.");
    // The live check shows the copy: a day program's hours are too many for IOP.
    harness.get_by_label_contains("Outside ASAM's usual hours for IOP");
    // Under the strip, the copy is said in words.
    let note = "This phase starts as a copy of the week of Day program, now at IOP.";
    harness.get_by_label_contains(note);
    // Only for the phase it made: the first phase shows no note.
    harness.state_mut().planner.select_phase(0);
    harness.run();
    assert!(harness.query_by_label_contains(note).is_none());
    harness.state_mut().planner.select_phase(1);
    harness.run();
    harness.get_by_label_contains(note);

    // Step down again from the IOP copy, then undo both, one at a time.
    harness.get_by_label("Step down").click();
    harness.run();
    harness.get_by_label_contains("copy of the week of IOP, now at Outpatient.");
    assert_eq!(
        harness.state().planner.plan().phases[2].level,
        LevelId::Outpatient
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().planner.plan(), &plan);
    // Any change to the plan (here an undo) ends the note.
    assert!(
        harness
            .query_by_label_contains("starts as a copy")
            .is_none()
    );
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().planner.plan(), &day_program_week());
    assert!(harness.query_by_label_contains("Timeline of").is_none());
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(harness.state().planner.plan(), &plan);
}

#[test]
fn the_timeline_reads_every_week_and_takes_a_start_date() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(template(THREE), &dir, [1400.0, 900.0]);
    harness.get_by_label_contains(
        "Timeline of 13 weeks. Weeks 1 to 3: Day program, Day program, 25 h a week, meets.",
    );
    harness.get_by_label_contains("Weeks 10 to 13: Weekly counseling");
    harness.get_by_label("All 3 phases meet their level's rules.");

    // A date that is not one is refused with the format to use; a real one is kept.
    harness.get_by_label("Starts on").click();
    harness.run();
    harness.get_by_label("Starts on").type_text("4/1/2027");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(harness.state().planner.plan().start, None);
    harness.get_by_label_contains("is not a date: write it as YYYY-MM-DD");
    harness.get_by_label("Starts on").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_label("Starts on").type_text("2027-01-04");
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().planner.plan().start,
        chrono::NaiveDate::from_ymd_opt(2027, 1, 4)
    );
    assert!(harness.query_by_label_contains("is not a date").is_none());
    harness.get_by_label_contains("Timeline of 13 weeks, from Monday 4 January 2027.");
    harness.get_by_label("Monday 4 January 2027 to Sunday 4 April 2027");
    assert!(harness.state_mut().planner.is_dirty());
}

#[test]
fn the_results_name_the_phases_that_do_not_meet_and_show_one_on_click() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = template(THREE);
    plan.phases[1].sessions.truncate(1);
    let mut harness = app(plan, &dir, [1400.0, 900.0]);
    harness.get_by_label("2 of 3 phases meet their level's rules.");
    harness.get_by_label("2. Evening IOP, back at work").click();
    harness.run();
    assert_eq!(harness.state().planner.phase(), 1);
    harness.get_by_label_contains("Outside ASAM's usual hours for IOP");
    // The chips show phases too, from the keyboard as well.
    harness
        .get_by_label_contains("Phase 3 of 3: Weekly counseling")
        .click();
    harness.run();
    assert_eq!(harness.state().planner.phase(), 2);
    harness.get_by_label_contains("Within ASAM's usual hours for Outpatient");
}

#[test]
fn a_commitment_can_hold_for_the_whole_plan_or_one_phase() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(template(THREE), &dir, [1400.0, 900.0]);
    harness
        .get_by_label_contains("Phase 2 of 3: Evening IOP")
        .click();
    harness.run();
    harness.get_by_label("Commitment").click();
    harness.run();
    harness.get_by_label("This phase only").click();
    harness.run();
    harness.get_by_label("Add commitment").click();
    harness.run();
    let plan = harness.state().planner.plan().clone();
    let original = template(THREE);
    assert_eq!(plan.commitments, original.commitments);
    assert_eq!(
        plan.phases[1].commitments.len(),
        original.phases[1].commitments.len() + 1
    );
    harness.get_by_label("For this phase only");
    // In the week, this phase's own commitment is told apart from the plan's: drawn
    // cross-hatched, and named so to a screen reader.
    let own = harness
        .query_all_by_label_contains(", commitment for this phase only")
        .count();
    assert_eq!(own, plan.phases[1].commitments.len(), "this phase's own");
    let whole = harness.query_all_by_label_contains(", commitment").count() - own;
    assert_eq!(whole, plan.commitments.len(), "the whole plan's");

    // Undo drops the new commitment, and with it the selection: the form is back to adding.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    harness.get_by_label("Whole plan").click();
    harness.run();
    harness.get_by_label("Add commitment").click();
    harness.run();
    let plan = harness.state().planner.plan().clone();
    assert_eq!(plan.commitments.len(), original.commitments.len() + 1);
    assert_eq!(plan.phases, original.phases);
    harness.get_by_label("Holds for the whole plan");
}

#[test]
fn phases_are_renamed_given_weeks_reordered_and_removed_from_the_strip() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(template(THREE), &dir, [1400.0, 900.0]);
    harness.get_by_label("Phase name").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness
        .get_by_label("Phase name")
        .type_text("Partial hospital");
    harness.run();
    assert_eq!(
        harness.state().planner.plan().phases[0].name,
        "Day program",
        "typing is not yet an edit"
    );
    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().planner.plan().phases[0].name,
        "Partial hospital"
    );

    harness.get_by_label("Move later").click();
    harness.run();
    assert_eq!(
        harness.state().planner.plan().phases[1].name,
        "Partial hospital"
    );
    assert_eq!(harness.state().planner.phase(), 1);
    harness.get_by_label("Move earlier").click();
    harness.run();
    assert_eq!(
        harness.state().planner.plan().phases[0].name,
        "Partial hospital"
    );

    harness.get_by_label("Remove phase").click();
    harness.run();
    let plan = harness.state().planner.plan().clone();
    assert_eq!(plan.phases.len(), 2);
    assert_eq!(plan.phases[0].level, LevelId::Iop);
    harness.get_by_label("Remove phase").click();
    harness.run();
    assert_eq!(harness.state().planner.plan().phases.len(), 1);
    assert!(
        harness.query_by_label("Remove phase").is_none(),
        "the last phase stays"
    );
    // Five edits, each undone on its own.
    for _ in 0..5 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run();
    }
    assert_eq!(harness.state().planner.plan(), &template(THREE));
}

#[test]
fn a_plan_of_phases_saves_reopens_and_is_remembered() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(Plan::default(), &dir, [1400.0, 900.0]);
    harness.state_mut().planner.start_from(template(THREE));
    harness.run();
    assert!(harness.state_mut().planner.is_dirty());
    let path = dir.path().join("step-down.ron");
    assert!(harness.state_mut().save_to(Slot::Plan, &path));
    assert!(!harness.state_mut().planner.is_dirty());
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("format: 2,"), "{text}");
    assert_eq!(&file::load(&path).unwrap(), harness.state().planner.plan());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert_eq!(harness.state().planner.plan().phases.len(), 1);
    assert!(harness.state_mut().open_path(&path));
    harness.run();
    assert_eq!(harness.state().planner.plan(), &template(THREE));
    assert!(
        harness
            .state()
            .prefs
            .recent
            .iter()
            .any(|p| p.ends_with("step-down.ron"))
    );
    // A change to a phase is an unsaved change the close guard asks about.
    harness.get_by_label("Step down").click();
    harness.run();
    harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    harness.step();
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::CancelClose),
        "{commands:?}"
    );
}

#[test]
fn the_strip_and_timeline_fit_the_smallest_window() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(template(THREE), &dir, [900.0, 600.0]);
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(900.0, 600.0));
    for label in ["Step down", "Add phase", "Remove phase", "Move later"] {
        let rect = harness.get_by_label(label).rect();
        assert!(window.contains_rect(rect), "{label} at {rect:?}");
    }
    for i in 1..=3 {
        let label = format!("Phase {i} of 3:");
        let chip = harness.get_by_label_contains(&label);
        assert!(window.contains_rect(chip.rect()), "chip {i}");
    }
    // The timeline starts folded here so the week keeps its room; it opens on a click.
    assert!(
        harness
            .query_by_label_contains("Timeline of 13 weeks")
            .is_none()
    );
    harness.get_by_label("Timeline: 13 weeks").click();
    harness.run();
    harness.get_by_label_contains("Timeline of 13 weeks");
}

#[test]
fn an_empty_phase_has_nothing_to_check_yet_rather_than_not_meeting() {
    let dir = tempfile::tempdir().unwrap();
    let mut empty = day_program_week();
    empty.phases[0].sessions.clear();
    let harness = app(empty, &dir, [1400.0, 900.0]);
    harness.get_by_label_contains(
        "Phase 1 of 1: Day program. Day program, 1 week (weeks 1 to 1), nothing to check yet",
    );
    assert!(harness.query_by_label_contains("does not meet").is_none());
}

#[test]
fn the_shown_phases_name_and_weeks_share_the_strips_row_when_they_fit() {
    let dir = tempfile::tempdir().unwrap();
    let row_of = |harness: &Harness<'_, CareLevelsApp>| {
        let step = harness.get_by_label("Step down").rect();
        let name = harness.get_by_label("Phase name").rect();
        (step.center().y - name.center().y).abs() < 2.0
    };
    let harness = app(day_program_week(), &dir, [1400.0, 900.0]);
    assert!(row_of(&harness), "one row in a wide window");
    // A narrow window starts a row for them, label and field together.
    let mut harness = app(day_program_week(), &dir, [900.0, 600.0]);
    harness.set_size(egui::vec2(600.0, 400.0));
    harness.run();
    assert!(!row_of(&harness), "a row of their own when narrow");
    let label = harness.get_by_label("Phase name").rect();
    let weeks = harness.get_by_label("Weeks").rect();
    assert!(
        (label.center().y - weeks.center().y).abs() < 2.0,
        "name and weeks together: {label:?} {weeks:?}"
    );
}

#[test]
fn in_a_short_view_the_phases_and_timeline_leave_the_week_most_of_the_height() {
    let dir = tempfile::tempdir().unwrap();
    // Opened roomy, the timeline is open; then the window turns short (900x600 at 150%).
    let mut harness = app(template(THREE), &dir, [1400.0, 900.0]);
    assert!(harness.query_by_label_contains("Timeline of").is_some());
    harness.set_size(egui::vec2(600.0, 400.0));
    harness.run();
    let days = harness.get_by_label("Days of the week").rect();
    assert!(
        days.bottom() < 400.0 * 0.6,
        "the week's day names at {days:?}: the week keeps room below them"
    );
    assert!(
        harness.query_by_label_contains("Timeline of").is_none(),
        "the timeline folds when the view turns short"
    );
    // Opening it again is the person's choice, and the week still keeps its room.
    harness.get_by_label_contains("Timeline:").click();
    harness.run();
    let days = harness.get_by_label("Days of the week").rect();
    assert!(days.bottom() < 400.0 * 0.6, "{days:?}");
}
