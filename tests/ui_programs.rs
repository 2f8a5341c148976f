//! "My programs" on its own: add programs, lay a program's week over my week and see the
//! clash, mark a must-have and see who misses it, undo, and a save that reopens the same.

use carelevels::catalog::{Catalog, QuestionGroup};
use carelevels::document::{self, Document};
use carelevels::plan::{Clock, Commitment, Day, LevelId, Session, SessionKind};
use carelevels::programs::{Program, Programs, Reply};
use carelevels::ui::keymap;
use carelevels::ui::programs::{Page, ProgramsView, new_programs};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn harness(view: ProgramsView, size: [f32; 2]) -> Harness<'static, ProgramsView> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(60)
        .build_ui_state(
            |ui, view: &mut ProgramsView| {
                for action in keymap::pressed(ui.ctx()) {
                    match action {
                        keymap::Action::Undo => view.undo(),
                        keymap::Action::Redo => view.redo(),
                        _ => {}
                    }
                }
                egui::CentralPanel::default().show(ui, |ui| {
                    view.ui(ui, Catalog::builtin(), None);
                });
            },
            view,
        );
    harness.run();
    harness
}

fn session(day: Day, start: &str, end: &str) -> Session {
    Session {
        day,
        start: start.parse::<Clock>().unwrap(),
        end: end.parse::<Clock>().unwrap(),
        kind: SessionKind::Group,
        title: "Group".into(),
    }
}

/// The `n`th (0-based) node with exactly this label, in reading order (top to bottom, then
/// left to right: row by row, program by program).
fn nth_by_label<'a>(
    harness: &'a Harness<'static, ProgramsView>,
    label: &'a str,
    n: usize,
) -> egui_kittest::Node<'a> {
    let mut nodes: Vec<_> = harness.query_all_by_label(label).collect();
    nodes.sort_by_key(|n| {
        (
            n.rect().top().round() as i64,
            n.rect().left().round() as i64,
        )
    });
    assert!(
        nodes.len() > n,
        "only {} nodes labelled {label:?}",
        nodes.len()
    );
    nodes.swap_remove(n)
}

#[test]
fn a_new_list_has_two_programs_and_more_can_be_added_named_and_moved() {
    let mut h = harness(ProgramsView::default(), [1360.0, 860.0]);
    assert_eq!(h.state().programs().programs.len(), 2);
    h.get_by_label("Add a program").click();
    h.run();
    assert_eq!(h.state().programs().programs.len(), 3);
    assert_eq!(h.state().programs().programs[2].name, "Program 3");

    let name = h.get_by_label("Name of program 1");
    name.click();
    h.run();
    h.key_press_modifiers(Modifiers::COMMAND, Key::A);
    h.get_by_label("Name of program 1")
        .type_text("Riverside evening IOP");
    h.run();
    assert_eq!(
        h.state().programs().programs[0].name,
        "Riverside evening IOP"
    );

    nth_by_label(&h, "Move >", 0).click();
    h.run();
    let names: Vec<&str> = h
        .state()
        .programs()
        .programs
        .iter()
        .map(|p| p.name.as_str())
        .collect();
    assert_eq!(names, ["Program 2", "Riverside evening IOP", "Program 3"]);
}

#[test]
fn a_week_that_clashes_with_my_week_is_flagged_in_its_column() {
    let mut h = harness(ProgramsView::default(), [1360.0, 860.0]);
    // My week: the form's default is Monday to Friday, 09:00 to 17:00, "Work".
    h.get_by_label("Add my work or school hours").click();
    h.run();
    h.get_by_label("Add these hours to my week").click();
    h.run();
    assert_eq!(h.state().programs().my_week.len(), 5);

    // Program 1's week: the morning IOP template, groups from 09:00 to 12:00.
    nth_by_label(&h, "Enter its week", 0).click();
    h.run();
    assert_eq!(h.state().page, Page::Week(0));
    h.get_by_label("Start from a template").click();
    h.run();
    h.get_by_label_contains("Morning IOP").click();
    h.run();
    assert!(!h.state().programs().programs[0].sessions.is_empty());
    assert!(
        h.query_all_by_label_contains("clashes with my week")
            .next()
            .is_some()
    );
    h.get_by_label("Back to all programs").click();
    h.run();
    assert_eq!(h.state().page, Page::Table);

    assert!(
        h.query_all_by_label_contains("clashes with my week")
            .next()
            .is_some()
    );
    let strip = h.get_by_label_contains("Program 1's week:");
    let text = strip.accesskit_node().label().unwrap_or_default();
    assert!(
        text.contains("with my week: Tuesday 09:00 to 12:00 (Work)"),
        "{text}"
    );
    assert!(
        h.query_by_label_contains("Program 2: usual week not entered yet")
            .is_some(),
        "the other program is unknown, not flagged"
    );
}

#[test]
fn a_must_have_flags_every_program_not_yet_answering_yes() {
    let mut h = harness(ProgramsView::default(), [1360.0, 860.0]);
    assert!(h.query_by_label_contains("not confirmed yet").is_none());
    let catalog = Catalog::builtin();
    let first_row = catalog
        .questions()
        .iter()
        .find(|q| q.group == QuestionGroup::Practical)
        .unwrap();
    nth_by_label(&h, "Must be Yes", 0).click();
    h.run();
    assert_eq!(
        h.state().programs().must_haves,
        std::slice::from_ref(&first_row.id)
    );
    let flags: Vec<_> = h.query_all_by_label_contains("not confirmed yet").collect();
    assert_eq!(flags.len(), 2, "both programs are flagged");

    // Program 1 says Yes: only program 2 stays flagged.
    nth_by_label(&h, "Yes", 0).click();
    h.run();
    let p = &h.state().programs().programs;
    assert_eq!(p[0].reply(&first_row.id), Reply::Yes);
    assert!(
        p[0].answer(&first_row.id).unwrap().asked.is_some(),
        "the date is noted"
    );
    let flags: Vec<_> = h.query_all_by_label_contains("not confirmed yet").collect();
    assert_eq!(flags.len(), 1);
    assert!(flags[0].rect().left() > nth_by_label(&h, "Move >", 0).rect().right());

    // Program 2 says No: still flagged, and the flag says it was a No, not a question to ask.
    nth_by_label(&h, "No", 1).click();
    h.run();
    assert_eq!(
        h.state().programs().programs[1].reply(&first_row.id),
        Reply::No
    );
    assert!(h.query_by_label_contains("not confirmed yet").is_none());
    assert!(
        h.query_by_label_contains(&format!("Must-haves answered No: {}", first_row.label))
            .is_some()
    );
}

#[test]
fn undo_and_redo_walk_back_through_the_edits() {
    let mut h = harness(ProgramsView::default(), [1360.0, 860.0]);
    h.get_by_label("Add a program").click();
    h.run();
    nth_by_label(&h, "Remove", 2).click();
    h.run();
    assert_eq!(h.state().programs().programs.len(), 2);
    assert!(
        h.query_by_label_contains("Undo (Ctrl+Z) brings it back")
            .is_some()
    );
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().programs().programs.len(), 3);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run();
    assert_eq!(h.state().programs().programs.len(), 2);
    assert!(!h.state().can_undo());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run();
    assert_eq!(h.state().programs().programs.len(), 3);
}

#[test]
fn what_the_view_makes_saves_and_reopens_the_same() {
    let mut programs = new_programs();
    programs.name = "Near me".into();
    programs.programs[0].sessions = vec![session(Day::Mon, "18:00", "21:00")];
    let mut h = harness(ProgramsView::new(programs, None), [1360.0, 860.0]);
    nth_by_label(&h, "Must be Yes", 0).click();
    h.run();
    nth_by_label(&h, "No", 1).click();
    h.run();
    let made = h.state().programs().clone();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("programs.ron");
    document::save(&path, &Document::Programs(made.clone())).unwrap();
    assert_eq!(
        document::load(&path).unwrap(),
        Document::Programs(made.clone())
    );
    let reopened = harness(ProgramsView::new(made.clone(), Some(path)), [1360.0, 860.0]);
    assert_eq!(reopened.state().programs(), &made);
    assert_eq!(
        reopened
            .query_all_by_label_contains("not confirmed yet")
            .count(),
        1,
        "the Not sure yet is flagged as a question to ask"
    );
    assert_eq!(
        reopened.query_all_by_label_contains("answered No").count(),
        1,
        "the No is flagged as a No"
    );
}

/// Twelve programs of thirty sessions fit at the smallest window: the table scrolls sideways
/// and nothing panics.
#[test]
fn twelve_busy_programs_at_the_smallest_window() {
    let mut programs = Programs {
        programs: Vec::new(),
        ..new_programs()
    };
    for i in 0..12 {
        let mut p = Program::new(format!("Program {}", i + 1), LevelId::Iop);
        for s in 0..30u16 {
            let start = 6 * 60 + (s * 37) % (14 * 60);
            p.sessions.push(Session {
                day: Day::ALL[usize::from(s) % 7],
                start: Clock::from_minutes(start).unwrap(),
                end: Clock::from_minutes(start + 50).unwrap(),
                kind: SessionKind::Group,
                title: format!("Session {s}"),
            });
        }
        programs.programs.push(p);
    }
    let h = harness(ProgramsView::new(programs, None), [900.0, 600.0]);
    assert!(h.query_by_label("Name of program 1").is_some());
    assert_eq!(h.state().programs().programs.len(), 12);
}

#[test]
fn a_drag_across_my_work_adds_a_session_and_leaves_my_week_alone() {
    let mut programs = new_programs();
    programs.my_week = vec![Commitment {
        day: Day::Mon,
        start: "09:00".parse().unwrap(),
        end: "17:00".parse().unwrap(),
        title: "Work".into(),
    }];
    let mut h = harness(ProgramsView::new(programs, None), [1360.0, 860.0]);
    nth_by_label(&h, "Enter its week", 0).click();
    h.run();
    let work = h
        .get_by_label("Work, Monday 09:00 to 17:00, commitment")
        .rect();
    // From about 10:00 to about 13:00, inside the hatched work block.
    let hour = work.height() / 8.0;
    let from = egui::pos2(work.center().x, work.top() + hour * 1.05);
    let to = egui::pos2(work.center().x, work.top() + hour * 4.05);
    h.hover_at(from);
    h.drag_at(from);
    for t in [0.25, 0.5, 0.75, 1.0] {
        h.hover_at(from + (to - from) * t);
    }
    h.drop_at(to);
    h.run();
    let state = h.state().programs();
    assert_eq!(
        state.my_week[0].start.to_string(),
        "09:00",
        "my work did not move"
    );
    assert_eq!(state.programs[0].sessions.len(), 1, "a session was added");
    assert_eq!(state.programs[0].sessions[0].day, Day::Mon);
}

#[test]
fn my_week_chips_fit_a_narrow_window_and_a_click_removes_one() {
    let mut programs = new_programs();
    for day in [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri] {
        programs.my_week.push(Commitment {
            day,
            start: "09:00".parse().unwrap(),
            end: "17:00".parse().unwrap(),
            title: "Work".into(),
        });
    }
    let mut h = harness(ProgramsView::new(programs, None), [900.0, 600.0]);
    h.get_by_label("My week: 5 commitments").click();
    h.run();
    let chips: Vec<egui::Rect> = h
        .query_all_by_label_contains("09:00-17:00 Work")
        .map(|n| n.rect())
        .collect();
    assert_eq!(chips.len(), 5);
    for chip in &chips {
        assert!(
            chip.right() <= 900.0,
            "a chip runs off the window: {chip:?}"
        );
        assert!(chip.height() < 40.0, "a chip wraps: {chip:?}");
    }
    h.get_by_label_contains("Mon 09:00-17:00 Work").click();
    h.run();
    assert_eq!(h.state().programs().my_week.len(), 4);
}
