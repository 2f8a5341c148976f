//! The week grid driven the way a person uses it: pointer drags, clicks and keys, with blocks
//! found by their accessible names.

use carelevels::catalog::Catalog;
use carelevels::check::{Report, check_plan};
use carelevels::plan::{Clock, Commitment, Day, Plan, Session, SessionKind};
use carelevels::ui::planner::grid::{GridState, kind_color, week_grid_ui};
use carelevels::ui::planner::{GridAction, Item};
use egui::{Key, Modifiers, Pos2, Rect, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// What the planner would hold around the grid.
struct Planner {
    plan: Plan,
    grid: GridState,
    report: Report,
    selection: Option<Item>,
    actions: Vec<GridAction>,
    /// Apply moves, resizes and deletions to the plan, like the planner does.
    apply_edits: bool,
}

fn clock(text: &str) -> Clock {
    text.parse()
        .unwrap_or_else(|e| panic!("bad time in test: {e}"))
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

fn report_for(plan: &Plan) -> Report {
    let mut report = check_plan(plan, Catalog::builtin(), None).expect("the built-in rule set exists");
    report.phases.remove(0)
}

/// Monday group 18:00-21:00, Tuesday individual 09:00-10:00, Friday work 09:00-17:00.
fn sample_plan() -> Plan {
    let mut plan = Plan::default();
    plan.phases[0].sessions
        .push(session(Day::Mon, "18:00", "21:00", SessionKind::Group, ""));
    plan.phases[0].sessions.push(session(
        Day::Tue,
        "09:00",
        "10:00",
        SessionKind::Individual,
        "",
    ));
    plan.commitments.push(Commitment {
        day: Day::Fri,
        start: clock("09:00"),
        end: clock("17:00"),
        title: "Work".to_owned(),
    });
    plan
}

const MONDAY_GROUP: &str = "Group therapy, Monday 18:00 to 21:00, session";
const TUESDAY_INDIVIDUAL: &str = "Individual counseling, Tuesday 09:00 to 10:00, session";
const FRIDAY_WORK: &str = "Work, Friday 09:00 to 17:00, commitment";

fn harness(plan: Plan, apply_edits: bool) -> Harness<'static, Planner> {
    let report = report_for(&plan);
    let state = Planner {
        plan,
        grid: GridState::default(),
        report,
        selection: None,
        actions: Vec::new(),
        apply_edits,
    };
    let mut harness = Harness::builder()
        .with_size([1000.0, 800.0])
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(120)
        .build_ui_state(
            |ui, p: &mut Planner| {
                let week = p.plan.week(0);
                let actions = week_grid_ui(ui, &mut p.grid, &week, &p.report, p.selection);
                drop(week);
                for action in actions {
                    apply(p, &action);
                    p.actions.push(action);
                }
            },
            state,
        );
    harness.run();
    harness
}

fn apply(p: &mut Planner, action: &GridAction) {
    match *action {
        GridAction::Select(item) => p.selection = Some(item),
        GridAction::ClearSelection => p.selection = None,
        GridAction::SetBlock {
            item,
            day,
            start,
            end,
        } if p.apply_edits => {
            match item {
                Item::Session(i) => {
                    let s = &mut p.plan.phases[0].sessions[i];
                    (s.day, s.start, s.end) = (day, start, end);
                }
                Item::Commitment(i) => {
                    let c = &mut p.plan.commitments[i];
                    (c.day, c.start, c.end) = (day, start, end);
                }
            }
            p.report = report_for(&p.plan);
        }
        GridAction::Delete(Item::Session(i)) if p.apply_edits => {
            p.plan.phases[0].sessions.remove(i);
            p.selection = None;
            p.report = report_for(&p.plan);
        }
        _ => {}
    }
}

fn rect_of(harness: &Harness<'_, Planner>, label: &str) -> Rect {
    harness.get_by_label(label).rect()
}

/// Screen positions worked out from the Monday 18:00-21:00 and Tuesday blocks.
struct Layout {
    monday_left: f32,
    column_width: f32,
    midnight_y: f32,
    hour_height: f32,
}

impl Layout {
    fn measure(harness: &Harness<'_, Planner>) -> Layout {
        let monday = rect_of(harness, MONDAY_GROUP);
        let tuesday = rect_of(harness, TUESDAY_INDIVIDUAL);
        // A block spans from half a point below its start line to a point above its end line.
        let hour_height = (monday.bottom() + 1.0 - (monday.top() - 0.5)) / 3.0;
        Layout {
            monday_left: monday.left(),
            column_width: tuesday.left() - monday.left(),
            midnight_y: monday.top() - 0.5 - 18.0 * hour_height,
            hour_height,
        }
    }

    /// A point a little inside the left of `day`'s column at `hours` past midnight.
    fn at(&self, day: Day, hours: f32) -> Pos2 {
        pos2(
            self.monday_left + day.index() as f32 * self.column_width + 12.0,
            self.midnight_y + hours * self.hour_height,
        )
    }
}

/// Press at `from`, move in a few steps to `to`, release there.
fn drag(harness: &mut Harness<'_, Planner>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.drag_at(from);
    for t in [0.25, 0.5, 0.75, 1.0] {
        harness.hover_at(from + (to - from) * t);
    }
    harness.drop_at(to);
    harness.run();
}

fn actions(harness: &mut Harness<'_, Planner>) -> Vec<GridAction> {
    std::mem::take(&mut harness.state_mut().actions)
}

#[test]
fn blocks_have_accessible_names() {
    let harness = harness(sample_plan(), false);
    harness.get_by_label(MONDAY_GROUP);
    harness.get_by_label(TUESDAY_INDIVIDUAL);
    harness.get_by_label(FRIDAY_WORK);
}

#[test]
fn the_view_opens_at_six_in_the_morning() {
    let mut plan = sample_plan();
    plan.phases[0].sessions.push(session(
        Day::Wed,
        "06:00",
        "07:00",
        SessionKind::Peer,
        "Early",
    ));
    plan.phases[0].sessions.push(session(
        Day::Wed,
        "01:00",
        "02:00",
        SessionKind::Peer,
        "Night",
    ));
    let mut harness = harness(plan, false);
    let header_bottom = 40.0;
    let early = rect_of(&harness, "Early, Wednesday 06:00 to 07:00, session");
    assert!(
        early.top() >= header_bottom && early.top() < header_bottom + 20.0,
        "06:00 should be at the top of the view, the block is at {early:?}"
    );
    let night = rect_of(&harness, "Night, Wednesday 01:00 to 02:00, session");
    assert!(
        night.bottom() < header_bottom,
        "01:00 starts scrolled out of view"
    );

    harness.state_mut().grid.reveal(Day::Wed, clock("01:00"));
    harness.run();
    let night = rect_of(&harness, "Night, Wednesday 01:00 to 02:00, session");
    assert!(
        night.top() >= header_bottom - 1.0 && night.bottom() < 800.0,
        "reveal scrolls 01:00 into view, the block is at {night:?}"
    );
}

#[test]
fn dragging_on_empty_time_creates_a_snapped_session() {
    let mut harness = harness(sample_plan(), false);
    let layout = Layout::measure(&harness);
    // A little off the quarter hours, as a hand would be.
    let from = layout.at(Day::Wed, 18.0 + 4.0 / 60.0);
    let to = layout.at(Day::Wed, 21.0 - 5.0 / 60.0);
    drag(&mut harness, from, to);
    assert_eq!(
        actions(&mut harness),
        vec![GridAction::Create {
            day: Day::Wed,
            start: clock("18:00"),
            end: clock("21:00"),
        }]
    );

    // Upwards works too, and a tiny drag still makes a quarter hour.
    let from = layout.at(Day::Thu, 11.0);
    let to = layout.at(Day::Thu, 9.5);
    drag(&mut harness, from, to);
    assert_eq!(
        actions(&mut harness),
        vec![GridAction::Create {
            day: Day::Thu,
            start: clock("09:30"),
            end: clock("11:00"),
        }]
    );
}

#[test]
fn escape_during_a_drag_cancels_it() {
    let mut harness = harness(sample_plan(), false);
    let layout = Layout::measure(&harness);
    let from = layout.at(Day::Wed, 12.0);
    let to = layout.at(Day::Wed, 14.0);
    harness.hover_at(from);
    harness.drag_at(from);
    harness.hover_at(from + (to - from) * 0.5);
    harness.hover_at(to);
    harness.key_press(Key::Escape);
    harness.drop_at(to);
    harness.run();
    assert_eq!(actions(&mut harness), vec![]);
}

#[test]
fn a_plain_click_on_empty_time_clears_the_selection() {
    let mut harness = harness(sample_plan(), false);
    harness.state_mut().selection = Some(Item::Session(0));
    let layout = Layout::measure(&harness);
    let spot = layout.at(Day::Sat, 12.0);
    harness.hover_at(spot);
    harness.event(egui::Event::PointerButton {
        pos: spot,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.event(egui::Event::PointerButton {
        pos: spot,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run();
    assert_eq!(actions(&mut harness), vec![GridAction::ClearSelection]);
    assert_eq!(harness.state().selection, None);
}

#[test]
fn dragging_a_block_to_the_next_column_moves_it_a_day_keeping_its_length() {
    let mut harness = harness(sample_plan(), false);
    let layout = Layout::measure(&harness);
    let block = rect_of(&harness, MONDAY_GROUP);
    let from = block.center();
    let to = from + egui::vec2(layout.column_width, layout.hour_height);
    drag(&mut harness, from, to);
    assert_eq!(
        actions(&mut harness),
        vec![
            GridAction::Select(Item::Session(0)),
            GridAction::SetBlock {
                item: Item::Session(0),
                day: Day::Tue,
                start: clock("19:00"),
                end: clock("22:00"),
            }
        ]
    );
}

#[test]
fn commitments_can_be_moved_too() {
    let mut harness = harness(sample_plan(), false);
    let layout = Layout::measure(&harness);
    let work = rect_of(&harness, FRIDAY_WORK);
    let from = work.center();
    let to = from - egui::vec2(0.0, layout.hour_height);
    drag(&mut harness, from, to);
    assert_eq!(
        actions(&mut harness),
        vec![
            GridAction::Select(Item::Commitment(0)),
            GridAction::SetBlock {
                item: Item::Commitment(0),
                day: Day::Fri,
                start: clock("08:00"),
                end: clock("16:00"),
            }
        ]
    );
}

#[test]
fn dragging_the_bottom_edge_down_an_hour_resizes_the_block() {
    let mut harness = harness(sample_plan(), false);
    let layout = Layout::measure(&harness);
    let block = rect_of(&harness, MONDAY_GROUP);
    let from = pos2(block.center().x, block.bottom() - 2.0);
    let to = from + egui::vec2(0.0, layout.hour_height);
    drag(&mut harness, from, to);
    assert_eq!(
        actions(&mut harness),
        vec![
            GridAction::Select(Item::Session(0)),
            GridAction::SetBlock {
                item: Item::Session(0),
                day: Day::Mon,
                start: clock("18:00"),
                end: clock("22:00"),
            }
        ]
    );
}

#[test]
fn dragging_the_top_edge_changes_the_start_and_never_below_a_quarter_hour() {
    let mut harness = harness(sample_plan(), false);
    let layout = Layout::measure(&harness);
    let block = rect_of(&harness, MONDAY_GROUP);
    let from = pos2(block.center().x, block.top() + 2.0);
    // Far past the end: the block keeps its last quarter hour.
    let to = from + egui::vec2(0.0, 5.0 * layout.hour_height);
    drag(&mut harness, from, to);
    assert_eq!(
        actions(&mut harness),
        vec![
            GridAction::Select(Item::Session(0)),
            GridAction::SetBlock {
                item: Item::Session(0),
                day: Day::Mon,
                start: clock("20:45"),
                end: clock("21:00"),
            }
        ]
    );
}

#[test]
fn click_selects_and_double_click_edits() {
    let mut harness = harness(sample_plan(), false);
    harness.get_by_label(TUESDAY_INDIVIDUAL).click();
    harness.run();
    assert_eq!(
        actions(&mut harness),
        vec![GridAction::Select(Item::Session(1))]
    );
    assert_eq!(harness.state().selection, Some(Item::Session(1)));

    let node = harness.get_by_label(FRIDAY_WORK);
    node.click();
    node.click();
    harness.run();
    assert_eq!(
        actions(&mut harness),
        vec![
            GridAction::Select(Item::Commitment(0)),
            GridAction::Edit(Item::Commitment(0)),
        ]
    );
}

#[test]
fn focusing_a_block_selects_it_and_keys_edit_move_resize_and_delete_it() {
    let mut harness = harness(sample_plan(), true);
    harness.get_by_label(MONDAY_GROUP).focus();
    harness.run();
    assert!(harness.get_by_label(MONDAY_GROUP).is_focused());
    assert_eq!(
        actions(&mut harness),
        vec![GridAction::Select(Item::Session(0))]
    );

    harness.key_press(Key::ArrowDown);
    harness.run();
    let moved = GridAction::SetBlock {
        item: Item::Session(0),
        day: Day::Mon,
        start: clock("18:15"),
        end: clock("21:15"),
    };
    assert_eq!(actions(&mut harness), vec![moved]);

    // Still focused under its new name; Right moves it a day.
    let label = "Group therapy, Monday 18:15 to 21:15, session";
    assert!(harness.get_by_label(label).is_focused());
    harness.key_press(Key::ArrowRight);
    harness.run();
    assert_eq!(
        actions(&mut harness),
        vec![GridAction::SetBlock {
            item: Item::Session(0),
            day: Day::Tue,
            start: clock("18:15"),
            end: clock("21:15"),
        }]
    );

    harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowDown);
    harness.run();
    assert_eq!(
        actions(&mut harness),
        vec![GridAction::SetBlock {
            item: Item::Session(0),
            day: Day::Tue,
            start: clock("18:15"),
            end: clock("21:30"),
        }]
    );

    harness.key_press(Key::ArrowUp);
    harness.key_press(Key::ArrowLeft);
    harness.run();
    assert_eq!(
        actions(&mut harness),
        vec![
            GridAction::SetBlock {
                item: Item::Session(0),
                day: Day::Tue,
                start: clock("18:00"),
                end: clock("21:15"),
            },
            GridAction::SetBlock {
                item: Item::Session(0),
                day: Day::Mon,
                start: clock("18:00"),
                end: clock("21:15"),
            },
        ]
    );

    harness.key_press(Key::Enter);
    harness.run();
    assert_eq!(
        actions(&mut harness),
        vec![GridAction::Edit(Item::Session(0))]
    );

    harness.key_press(Key::Delete);
    harness.run();
    assert_eq!(
        actions(&mut harness),
        vec![GridAction::Delete(Item::Session(0))]
    );
    assert_eq!(harness.state().plan.phases[0].sessions.len(), 1);
}

#[test]
fn keys_never_push_a_block_out_of_the_day() {
    let mut plan = Plan::default();
    plan.phases[0].sessions.push(session(
        Day::Sun,
        "23:45",
        "24:00",
        SessionKind::Medication,
        "Late",
    ));
    let mut harness = harness(plan, true);
    harness
        .get_by_label("Late, Sunday 23:45 to 24:00, session")
        .focus();
    harness.run();
    actions(&mut harness);
    harness.key_press(Key::ArrowDown);
    harness.key_press(Key::ArrowRight);
    harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowDown);
    harness.key_press_modifiers(Modifiers::SHIFT, Key::ArrowUp);
    harness.run();
    assert_eq!(actions(&mut harness), vec![]);
    assert_eq!(harness.state().plan.phases[0].sessions[0].end, Clock::END_OF_DAY);
}

#[test]
fn tab_goes_through_blocks_by_day_then_start() {
    let mut plan = sample_plan();
    plan.phases[0].sessions.push(session(
        Day::Mon,
        "08:00",
        "09:00",
        SessionKind::Education,
        "Skills",
    ));
    let mut harness = harness(plan, false);
    harness
        .get_by_label("Skills, Monday 08:00 to 09:00, session")
        .focus();
    harness.run();
    harness.key_press(Key::Tab);
    harness.run();
    assert!(harness.get_by_label(MONDAY_GROUP).is_focused());
    harness.key_press(Key::Tab);
    harness.run();
    assert!(harness.get_by_label(TUESDAY_INDIVIDUAL).is_focused());
    assert_eq!(harness.state().selection, Some(Item::Session(1)));
}

#[test]
fn tab_scrolls_a_hidden_block_into_view_but_a_click_does_not_scroll() {
    let mut plan = sample_plan();
    plan.phases[0].sessions.push(session(
        Day::Wed,
        "01:00",
        "02:00",
        SessionKind::Peer,
        "Night",
    ));
    plan.phases[0].sessions.push(session(
        Day::Thu,
        "22:00",
        "23:45",
        SessionKind::Group,
        "Late group",
    ));
    let mut harness = harness(plan, false);
    let late = "Late group, Thursday 22:00 to 23:45, session";
    let before = rect_of(&harness, late);
    assert!(
        before.bottom() > 800.0,
        "the test needs it partly hidden: {before:?}"
    );
    let spot = before.left_top() + egui::vec2(10.0, 12.0);
    assert!(spot.y < 780.0, "the test needs its top in view: {before:?}");
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos: spot,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: Modifiers::NONE,
        });
    }
    harness.run();
    assert_eq!(harness.state().selection, Some(Item::Session(3)));
    assert!(harness.get_by_label(late).is_focused());
    assert_eq!(rect_of(&harness, late), before, "a click does not scroll");

    let night = "Night, Wednesday 01:00 to 02:00, session";
    harness.get_by_label(TUESDAY_INDIVIDUAL).focus();
    harness.run();
    assert!(rect_of(&harness, night).bottom() < 40.0);
    harness.key_press(Key::Tab);
    harness.run();
    assert!(harness.get_by_label(night).is_focused());
    let shown = rect_of(&harness, night);
    assert!(shown.top() >= 38.0, "Tab brings it into view: {shown:?}");
}

#[test]
fn overlaps_and_odd_plans_draw_without_panicking() {
    let mut plan = sample_plan();
    // Overlapping sessions, a session during work, a block at the very end of the day,
    // and a zero-length block that only a hand-edited plan could hold.
    plan.phases[0].sessions.push(session(
        Day::Mon,
        "20:00",
        "22:00",
        SessionKind::Peer,
        "Peer",
    ));
    plan.phases[0].sessions.push(session(
        Day::Fri,
        "12:00",
        "13:00",
        SessionKind::Medication,
        "Meds",
    ));
    plan.phases[0].sessions
        .push(session(Day::Sun, "23:45", "24:00", SessionKind::Other, ""));
    plan.phases[0].sessions.push(session(
        Day::Sat,
        "10:00",
        "10:00",
        SessionKind::Other,
        "Empty",
    ));
    let harness = harness(plan, false);
    let group = rect_of(&harness, MONDAY_GROUP);
    let peer = rect_of(&harness, "Peer, Monday 20:00 to 22:00, session");
    assert!(
        peer.left() > group.left() + 10.0 && peer.right() >= group.right() - 0.5,
        "the later of two overlapping sessions sits indented over the earlier: {group:?} {peer:?}"
    );
    harness.get_by_label("Meds, Friday 12:00 to 13:00, session");
    harness.get_by_label("Other, Sunday 23:45 to 24:00, session");
    harness.get_by_label("Empty, Saturday 10:00 to 10:00, session");

    let empty = Harness::builder().with_size([400.0, 300.0]).build_ui_state(
        |ui, p: &mut Planner| {
            let week = p.plan.week(0);
            week_grid_ui(ui, &mut p.grid, &week, &p.report, p.selection);
        },
        Planner {
            plan: Plan::default(),
            grid: GridState::default(),
            report: report_for(&Plan::default()),
            selection: None,
            actions: Vec::new(),
            apply_edits: false,
        },
    );
    drop(empty);
}

fn big_plan(n: usize) -> Plan {
    let mut plan = Plan::default();
    for i in 0..n {
        let day = Day::from_index(i % 7).unwrap_or(Day::Mon);
        let start = ((i * 37) % (22 * 4)) as u16 * 15;
        let length = 30 + ((i * 13) % 8) as u16 * 15;
        plan.phases[0].sessions.push(Session {
            day,
            start: Clock::from_minutes(start).unwrap_or(Clock::MIDNIGHT),
            end: Clock::from_minutes((start + length).min(24 * 60)).unwrap_or(Clock::END_OF_DAY),
            kind: SessionKind::ALL[i % 7],
            title: format!("Session {i}"),
        });
    }
    for day in Day::ALL {
        plan.commitments.push(Commitment {
            day,
            start: clock("09:00"),
            end: clock("17:00"),
            title: "Work".to_owned(),
        });
    }
    plan
}

#[test]
fn a_thousand_sessions_draw() {
    let plan = big_plan(1000);
    let mut harness = harness(plan, false);
    harness.get_by_label("Session 0, Monday 00:00 to 00:30, session");
    harness.key_press(Key::Tab);
    harness.run();
}

#[test]
fn kinds_have_distinct_colours_in_both_themes() {
    for dark in [false, true] {
        let colors: Vec<_> = SessionKind::ALL
            .iter()
            .map(|&k| kind_color(k, dark))
            .collect();
        for (i, a) in colors.iter().enumerate() {
            for b in &colors[i + 1..] {
                assert_ne!(a, b);
            }
        }
    }
}
