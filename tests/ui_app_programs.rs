//! "My programs" as a document of the app: its tab and shortcut, Save and reopen, the window
//! title, undo from the keyboard, autosave and recovery, and a close that asks about each
//! document with unsaved changes.

mod common;

use std::path::PathBuf;
use std::time::Duration;

use carelevels::document::{self, Document};
use carelevels::plan::autosave::{self, Slot};
use carelevels::plan::workspace::Workspace;
use carelevels::plan::{Day, LevelId, Plan, file};
use carelevels::programs::{Program, Programs};
use carelevels::ui::app::{Prefs, View};
use carelevels::ui::document::AUTOSAVE_DELAY;
use carelevels::ui::{AppOptions, CareLevelsApp};
use common::answer_path_prompt;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn window(&self, view: View, open: Option<PathBuf>) -> Harness<'static, CareLevelsApp> {
        let options = AppOptions {
            workspace: Some(Workspace::at(self.dir.path().join("data"))),
            native_dialogs: false,
            open,
            exit_after_first_frame: false,
            system_lang: carelevels::i18n::Lang::En,
        };
        let prefs = Prefs {
            view,
            ..Prefs::default()
        };
        let mut harness = Harness::builder()
            .with_size([1360.0, 860.0])
            .build_eframe(move |_cc| CareLevelsApp::with_prefs(prefs, options));
        harness.run();
        harness
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

fn title(harness: &mut Harness<'_, CareLevelsApp>) -> String {
    harness.state_mut().window_title()
}

fn two_programs() -> Programs {
    Programs {
        name: "Evening programs".into(),
        programs: vec![
            Program::new("Riverside", LevelId::Iop),
            Program::new("Hillcrest", LevelId::Iop),
        ],
        ..Programs::default()
    }
}

#[test]
fn ctrl_3_shows_my_programs_and_a_new_list_saves_and_reopens() {
    let fx = Fixture::new();
    let mut harness = fx.window(View::Compare, None);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run();
    assert_eq!(harness.state().view(), View::Programs);
    assert_eq!(title(&mut harness), "carelevels");

    harness.get_by_label("Add a program").click();
    harness.run();
    assert_eq!(harness.state().programs.programs().programs.len(), 3);
    assert_eq!(title(&mut harness), "carelevels - Untitled programs list *");

    // Ctrl+S on a list never saved asks where (the path field stands in for the dialog).
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let path = fx.path("programs.ron");
    answer_path_prompt(&mut harness, &path, "Save");
    let saved = match document::load(&path).expect("the file was written") {
        Document::Programs(programs) => programs,
        other => panic!("saved as a programs file, not {other:?}"),
    };
    assert_eq!(&saved, harness.state().programs.programs());
    assert_eq!(title(&mut harness), "carelevels - programs");
    // The plan was not touched, and is not what was saved.
    assert!(!harness.state_mut().planner.is_dirty());
    assert!(harness.state().planner.path().is_none());

    // A new window opens the file in My programs, and lists it among recent files.
    let mut again = fx.window(View::Planner, Some(path.clone()));
    assert_eq!(again.state().view(), View::Programs);
    assert_eq!(again.state().programs.programs(), &saved);
    assert_eq!(again.state().programs.path(), Some(path.as_path()));
    assert!(!again.state_mut().programs.is_dirty());
    assert!(
        again
            .state()
            .prefs
            .recent
            .iter()
            .any(|p| p.ends_with("programs.ron"))
    );
}

#[test]
fn undo_in_my_programs_undoes_the_programs_not_the_plan() {
    let fx = Fixture::new();
    let mut harness = fx.window(View::Programs, None);
    harness
        .state_mut()
        .planner
        .edit(|p| p.name = "My plan".into());
    harness.get_by_label("Add a program").click();
    harness.run();
    assert_eq!(harness.state().programs.programs().programs.len(), 3);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().programs.programs().programs.len(), 2);
    assert_eq!(harness.state().planner.plan().name, "My plan");
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(harness.state().programs.programs().programs.len(), 3);
}

#[test]
fn opening_a_programs_file_over_unsaved_programs_asks_first() {
    let fx = Fixture::new();
    let path = fx.path("evening.ron");
    document::save(&path, &Document::Programs(two_programs())).unwrap();
    let mut harness = fx.window(View::Programs, None);
    harness.get_by_label("Add a program").click();
    harness.run();
    let mine = harness.state().programs.programs().clone();

    assert!(harness.state_mut().open_path(&path));
    harness.run();
    harness.get_by_label("Save your changes?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        harness.state().programs.programs(),
        &mine,
        "Cancel keeps them"
    );

    assert!(harness.state_mut().open_path(&path));
    harness.run();
    harness.get_by_label("Discard").click();
    harness.run();
    assert_eq!(harness.state().programs.programs(), &two_programs());
    assert_eq!(harness.state().view(), View::Programs);
}

#[test]
fn opening_a_plan_from_my_programs_goes_to_the_planner_and_keeps_the_programs() {
    let fx = Fixture::new();
    let path = fx.path("week.ron");
    let plan = Plan {
        name: "Evening IOP".into(),
        ..Plan::default()
    };
    file::save(&path, &plan).unwrap();
    let mut harness = fx.window(View::Programs, None);
    harness.get_by_label("Add a program").click();
    harness.run();
    assert!(harness.state_mut().open_path(&path));
    harness.run();
    assert!(
        harness.query_by_label("Save your changes?").is_none(),
        "the plan replaced has no changes, so nothing to ask"
    );
    assert_eq!(harness.state().view(), View::Planner);
    assert_eq!(harness.state().planner.plan(), &plan);
    assert_eq!(harness.state().programs.programs().programs.len(), 3);
}

#[test]
fn unsaved_programs_are_autosaved_and_offered_back_after_a_crash() {
    let fx = Fixture::new();
    let mut window = fx.window(View::Programs, None);
    window
        .state_mut()
        .programs
        .edit(|p| p.programs[0].name = "Riverside".into());
    window.run();
    std::thread::sleep(AUTOSAVE_DELAY + Duration::from_millis(100));
    window.run();
    let autosave = window.state().autosave().expect("the window autosaves");
    let kept = autosave.path(Slot::Programs);
    let (document, source) = autosave::read(&kept).expect("the programs were autosaved");
    assert_eq!(
        document,
        Document::Programs(window.state().programs.programs().clone())
    );
    assert_eq!(source, None);
    let expected = window.state().programs.programs().clone();

    drop(window); // a crash: the lock goes with the process, the autosave stays
    let mut next = fx.window(View::Compare, None);
    assert!(next.state().offers_recovery());
    assert!(
        next.query_by_label_contains("unsaved work on an untitled programs list")
            .is_some()
    );
    next.get_by_label("Restore it").click();
    next.run();
    assert_eq!(next.state().view(), View::Programs);
    assert_eq!(next.state().programs.programs(), &expected);
    assert!(next.state_mut().programs.is_dirty());
}

#[test]
fn closing_asks_about_each_document_with_unsaved_changes() {
    let fx = Fixture::new();
    let mut harness = fx.window(View::Planner, None);
    harness
        .state_mut()
        .planner
        .edit(|p| p.name = "My week".into());
    harness
        .state_mut()
        .programs
        .edit(|p| p.name = "My list".into());
    harness.run();
    let close = |harness: &mut Harness<'_, CareLevelsApp>| {
        harness
            .input_mut()
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .events
            .push(egui::ViewportEvent::Close);
        harness.step();
        harness.run();
    };
    close(&mut harness);
    assert!(
        harness
            .query_by_label_contains("\"My week\" has changes")
            .is_some()
    );
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("\"My list\" has changes")
            .is_some(),
        "the programs list is asked about too"
    );
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(
        harness.state_mut().programs.is_dirty(),
        "Cancel keeps the window and the work"
    );

    // Asked again, both are discarded: the window closes.
    close(&mut harness);
    harness.get_by_label("Discard").click();
    harness.run();
    harness.get_by_label("Discard").click();
    harness.step();
    let commands = &harness.output().viewport_output[&egui::ViewportId::ROOT].commands;
    assert!(
        commands.contains(&egui::ViewportCommand::Close),
        "{commands:?}"
    );
}

#[test]
fn the_next_start_reopens_what_was_open_on_the_view_it_was_on() {
    let fx = Fixture::new();
    let plan_path = fx.path("week.ron");
    let plan = Plan {
        name: "Evening IOP".into(),
        ..Plan::default()
    };
    file::save(&plan_path, &plan).unwrap();
    let list = fx.path("list.ron");
    document::save(&list, &Document::Programs(two_programs())).unwrap();
    let options = AppOptions {
        workspace: Some(Workspace::at(fx.dir.path().join("data"))),
        native_dialogs: false,
        open: None,
        exit_after_first_frame: false,
        system_lang: carelevels::i18n::Lang::En,
    };
    let prefs = Prefs {
        view: View::Compare,
        last_plan: Some(plan_path.clone()),
        last_programs: Some(list.clone()),
        ..Prefs::default()
    };
    let app = CareLevelsApp::with_prefs(prefs, options);
    assert_eq!(app.view(), View::Compare);
    assert_eq!(app.planner.plan(), &plan);
    assert_eq!(app.programs.programs(), &two_programs());
    assert_eq!(
        app.status_text(),
        Some("Reopened what you had open last time.")
    );

    // A file gone since is skipped without a word.
    std::fs::remove_file(&plan_path).unwrap();
    let options = AppOptions {
        workspace: Some(Workspace::at(fx.dir.path().join("data"))),
        native_dialogs: false,
        open: None,
        exit_after_first_frame: false,
        system_lang: carelevels::i18n::Lang::En,
    };
    let prefs = Prefs {
        last_plan: Some(plan_path),
        ..Prefs::default()
    };
    let app = CareLevelsApp::with_prefs(prefs, options);
    assert!(app.planner.path().is_none());
    assert_eq!(app.status_text(), None);
}

#[test]
fn the_smallest_window_stops_at_200_percent_where_the_menus_still_fit() {
    let fx = Fixture::new();
    let mut harness = fx.window(View::Compare, None);
    harness.set_size(egui::vec2(900.0, 600.0));
    harness.run();
    for _ in 0..10 {
        // The window keeps its size on screen: in points it shrinks as the text grows.
        let zoom = harness.ctx.zoom_factor();
        harness.set_size(egui::vec2(900.0, 600.0) / zoom);
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
    }
    assert!((harness.ctx.zoom_factor() - 2.0).abs() < 0.001);
}

#[test]
fn text_size_steps_and_escape_closes_help() {
    let fx = Fixture::new();
    let mut harness = fx.window(View::Compare, None);
    for expected in [1.1, 1.25, 1.5] {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
        harness.run();
        assert!((harness.ctx.zoom_factor() - expected).abs() < 0.001);
    }
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run();
    assert!((harness.ctx.zoom_factor() - 1.25).abs() < 0.001);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num0);
    harness.run();
    assert!((harness.ctx.zoom_factor() - 1.0).abs() < 0.001);

    harness.key_press(Key::F1);
    harness.run();
    assert!(harness.state().help_is_open());
    harness.key_press(Key::Escape);
    harness.run();
    assert!(!harness.state().help_is_open());
}

#[test]
fn a_new_document_is_offered_the_folder_of_the_last_file_saved() {
    let fx = Fixture::new();
    let folder = fx.path("plans");
    std::fs::create_dir_all(&folder).unwrap();
    let mut harness = fx.window(View::Planner, None);
    harness
        .state_mut()
        .planner
        .edit(|p| p.name = "Evening IOP".into());
    harness.run();
    let plan_path = folder.join("evening.ron");
    assert!(harness.state_mut().save_to(Slot::Plan, &plan_path));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run();
    harness.get_by_label("Add a program").click();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    let proposed = harness
        .get_by_label("File path")
        .value()
        .unwrap_or_default();
    assert!(
        proposed.starts_with(&format!("{}/", folder.display())),
        "{proposed}"
    );
    assert!(proposed.ends_with("my-programs.ron"), "{proposed}");
}

#[test]
fn my_week_copies_the_work_hours_of_the_plan_open_in_plan_my_week() {
    let fx = Fixture::new();
    let path = fx.path("week.ron");
    let work: Vec<_> = [Day::Mon, Day::Tue]
        .into_iter()
        .map(|day| common::commitment(day, "09:00", "17:00", "Work"))
        .collect();
    let plan = common::plan_of(Vec::new(), work.clone());
    file::save(&path, &plan).unwrap();
    let mut harness = fx.window(View::Planner, Some(path));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run();
    assert!(harness.state().programs.programs().my_week.is_empty());

    harness
        .get_by_label("Copy 2 blocks of work or other hours from Plan my week")
        .click();
    harness.run();
    assert_eq!(harness.state().programs.programs().my_week, work);
    // Copied once: nothing is left to copy, and the button says so instead of doubling them.
    assert!(
        harness
            .query_by_label("Copy 2 blocks of work or other hours from Plan my week")
            .is_none()
    );
    let button = harness.get_by_label("Copy work and other hours from Plan my week");
    assert!(button.accesskit_node().is_disabled());

    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert!(
        harness.state().programs.programs().my_week.is_empty(),
        "the copy is one step to undo"
    );
}
