//! "Plan my week" in the whole app: drag sessions onto the week and watch the live check.

mod common;

use carelevels::plan::workspace::Workspace;
use carelevels::plan::{Day, Plan, Session, SessionKind};
use carelevels::ui::app::{Prefs, View};
use carelevels::ui::planner::Item;
use carelevels::ui::{AppOptions, CareLevelsApp};
use common::{Known, WeekLayout, clock, drag, group};
use egui::{Key, Modifiers, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

const MONDAY: &str = "Process group, Monday 18:00 to 21:00, session";
const WEDNESDAY: &str = "Process group, Wednesday 18:00 to 21:00, session";
const MEETS: &str = "Within ASAM's usual hours for IOP";

/// Two evening groups: six hours on two days, short of adult IOP.
fn two_evenings() -> Plan {
    let mut plan = Plan {
        name: "Evening IOP".into(),
        ..Plan::default()
    };
    plan.phases[0].sessions = vec![
        group(Day::Mon, "18:00", "21:00"),
        group(Day::Wed, "18:00", "21:00"),
    ];
    plan
}

fn app(plan: Plan, dir: &tempfile::TempDir) -> Harness<'static, CareLevelsApp> {
    let options = AppOptions {
        workspace: Some(Workspace::at(dir.path())),
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
        .with_size([1400.0, 900.0])
        .with_max_steps(120)
        .build_eframe(move |_cc| {
            let mut app = CareLevelsApp::with_prefs(prefs, options);
            app.planner.load(plan, None);
            app
        });
    harness.run();
    harness
}

/// Screen positions from the Monday and Wednesday 18:00-21:00 blocks.
fn measure(harness: &Harness<'_, CareLevelsApp>) -> WeekLayout {
    let evening = |label, day| Known {
        label,
        day,
        hours: (18.0, 21.0),
    };
    WeekLayout::measure(
        harness,
        evening(MONDAY, Day::Mon),
        evening(WEDNESDAY, Day::Wed),
    )
}

fn verdict_meets(harness: &Harness<'_, CareLevelsApp>) -> bool {
    harness.query_by_label_contains(MEETS).is_some()
}

#[test]
fn the_verdict_turns_to_meets_as_the_ninth_hour_lands() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(two_evenings(), &dir);
    assert!(!verdict_meets(&harness));
    assert!(
        harness
            .query_by_label_contains("Outside ASAM's usual hours for IOP")
            .is_some()
    );
    let week = measure(&harness);

    // Drag out Thursday 18:00-20:00: eight hours on three days, still short.
    drag(
        &mut harness,
        week.at(Day::Thu, 18.0),
        week.at(Day::Thu, 20.0),
    );
    let plan = harness.state().planner.plan().clone();
    assert_eq!(plan.phases[0].sessions.len(), 3);
    let new = &plan.phases[0].sessions[2];
    assert_eq!(
        (new.day, new.start, new.end),
        (Day::Thu, clock("18:00"), clock("20:00"))
    );
    assert!(!verdict_meets(&harness));

    // Move it to Friday: same length, still eight hours.
    let block = harness
        .get_by_label_contains("Thursday 18:00 to 20:00")
        .rect();
    drag(
        &mut harness,
        block.center(),
        block.center() + egui::vec2(week.column_width, 0.0),
    );
    let moved = harness.state().planner.plan().phases[0].sessions[2].clone();
    assert_eq!(
        (moved.day, moved.start, moved.end),
        (Day::Fri, clock("18:00"), clock("20:00"))
    );
    assert!(!verdict_meets(&harness));

    // Stretch its bottom edge by an hour: the ninth hour lands and the week meets IOP.
    let block = harness
        .get_by_label_contains("Friday 18:00 to 20:00")
        .rect();
    let edge = pos2(block.center().x, block.bottom() - 2.0);
    drag(&mut harness, edge, edge + egui::vec2(0.0, week.hour_height));
    let stretched = harness.state().planner.plan().phases[0].sessions[2].clone();
    assert_eq!(stretched.end, clock("21:00"));
    assert!(
        verdict_meets(&harness),
        "nine hours over three days meets adult IOP"
    );

    // Undo takes the ninth hour back.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(
        harness.state().planner.plan().phases[0].sessions[2].end,
        clock("20:00")
    );
    assert!(!verdict_meets(&harness));
}

#[test]
fn clicking_a_finding_selects_the_session_it_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut plan = two_evenings();
    plan.phases[0].sessions.push(Session {
        title: "Counselor".into(),
        kind: SessionKind::Individual,
        ..group(Day::Mon, "20:00", "21:00")
    });
    let mut harness = app(plan, &dir);
    assert_eq!(harness.state().planner.selection, None);
    harness.get_by_label_contains("overlaps").click();
    harness.run();
    assert_eq!(harness.state().planner.selection, Some(Item::Session(2)));
}

#[test]
fn a_template_fills_the_week_and_meets_its_level() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(Plan::default(), &dir);
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("New plan from template").click();
    harness.run();
    harness
        .get_by_label("Day program, Monday to Friday")
        .click();
    harness.run();
    let plan = harness.state().planner.plan();
    assert_eq!(plan.phases[0].sessions.len(), 10);
    assert!(
        harness
            .query_by_label_contains("Within ASAM's usual hours for Day program")
            .is_some()
    );
    assert!(
        harness.state_mut().planner.is_dirty(),
        "a template is a new, unsaved plan"
    );
}

#[test]
fn the_level_picker_rechecks_the_week() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(two_evenings(), &dir);
    harness.get_by_label("Level of care").click();
    harness.run();
    harness.get_by_label("Standard outpatient").click();
    harness.run();
    assert_eq!(
        harness.state().planner.plan().phases[0].level,
        carelevels::plan::LevelId::Outpatient
    );
    assert!(
        harness
            .query_by_label_contains("Within ASAM's usual hours for Outpatient")
            .is_some()
    );
}

#[test]
fn delete_removes_the_focused_block_and_undo_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(two_evenings(), &dir);
    harness.get_by_label(WEDNESDAY).focus();
    harness.run();
    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(harness.state().planner.plan().phases[0].sessions.len(), 1);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().planner.plan(), &two_evenings());
}

#[test]
fn the_week_keeps_its_room_when_text_is_enlarged() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(two_evenings(), &dir);
    let at_100 = measure(&harness).column_width;
    harness.ctx.set_zoom_factor(1.5);
    harness.run();
    let at_150 = measure(&harness).column_width;
    // Side panels give way: a day column keeps more than half its width in points (fixed-size
    // panels left it about 40%), so blocks stay readable instead of shrinking to slivers.
    assert!(
        at_150 > at_100 * 0.55,
        "day column {at_150:.0} pt at 150% vs {at_100:.0} pt at 100%"
    );
    assert!(at_150 >= 55.0, "day column {at_150:.0} pt at 150%");
}

#[test]
fn a_narrow_check_panel_puts_the_day_squares_in_two_rows() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(two_evenings(), &dir);
    let squares = |harness: &Harness<'_, CareLevelsApp>| {
        harness
            .get(
                egui_kittest::kittest::by()
                    .role(egui::accesskit::Role::Group)
                    .label_contains("days with sessions"),
            )
            .rect()
    };
    let wide = squares(&harness);
    assert!(wide.width() > 2.0 * wide.height(), "one row: {wide:?}");
    // 900x600 with the text at 150%.
    harness.set_size(egui::vec2(600.0, 400.0));
    harness.run();
    let narrow = squares(&harness);
    assert!(
        narrow.height() > narrow.width() * 0.35,
        "two rows of squares: {narrow:?}"
    );
}

#[test]
fn side_panels_go_back_to_their_width_when_the_window_grows_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(two_evenings(), &dir);
    let widths = |harness: &Harness<'_, CareLevelsApp>| {
        let check = harness.get_by_label("Level of care").rect().width();
        let form = harness.get_by_label("Plan name").rect().width();
        (check, form)
    };
    let (check, form) = widths(&harness);
    harness.set_size(egui::vec2(900.0, 600.0));
    harness.run();
    let narrow_check = harness.get_by_label("Level of care").rect().width();
    assert!(
        narrow_check < check - 20.0,
        "squeezed: {narrow_check} < {check}"
    );
    harness.set_size(egui::vec2(1400.0, 900.0));
    harness.run();
    let (again_check, again_form) = widths(&harness);
    assert!(
        (again_check - check).abs() < 8.0 && (again_form - form).abs() < 8.0,
        "back to {check} and {form}: {again_check} and {again_form}"
    );
}
