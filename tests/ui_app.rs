//! The whole app driven through egui_kittest: views, help, files, the unsaved-changes guard,
//! undo. Native file dialogs are off; the in-app path field stands in for them.

mod common;

use carelevels::catalog::Catalog;
use carelevels::document::Document;
use carelevels::plan::autosave;
use carelevels::plan::workspace::Workspace;
use carelevels::plan::{Clock, Day, Plan, Session, SessionKind, file};
use carelevels::ui::app::{Prefs, View};
use carelevels::ui::{AppOptions, CareLevelsApp};
use common::answer_path_prompt;
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        Fixture {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    fn options(&self, open: Option<std::path::PathBuf>) -> AppOptions {
        AppOptions {
            workspace: Some(Workspace::at(self.dir.path().join("data"))),
            native_dialogs: false,
            open,
            exit_after_first_frame: false,
            system_lang: carelevels::i18n::Lang::En,
        }
    }

    fn harness(
        &self,
        prefs: Prefs,
        open: Option<std::path::PathBuf>,
    ) -> Harness<'static, CareLevelsApp> {
        let options = self.options(open);
        let mut harness = Harness::builder()
            .with_size([1360.0, 860.0])
            .build_eframe(move |_cc| CareLevelsApp::with_prefs(prefs, options));
        harness.run();
        harness
    }

    fn path(&self, name: &str) -> std::path::PathBuf {
        self.dir.path().join(name)
    }

    /// A plan named `name` with `sessions`, saved as `file` in the fixture's folder.
    fn saved_plan(
        &self,
        file: &str,
        name: &str,
        sessions: Vec<Session>,
    ) -> (std::path::PathBuf, Plan) {
        let path = self.path(file);
        let mut plan = Plan {
            name: name.into(),
            ..Plan::default()
        };
        plan.phases[0].sessions = sessions;
        file::save(&path, &plan).unwrap();
        (path, plan)
    }
}

fn planner_prefs() -> Prefs {
    Prefs {
        view: View::Planner,
        ..Prefs::default()
    }
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

#[test]
fn the_app_opens_on_compare_with_the_four_levels() {
    let fx = Fixture::new();
    let harness = fx.harness(Prefs::default(), None);
    assert_eq!(harness.state().view(), View::Compare);
    for level in &Catalog::builtin().levels {
        assert!(
            harness.query_all_by_label(&level.name).next().is_some(),
            "column for {}",
            level.name
        );
    }
}

#[test]
fn tabs_and_shortcuts_switch_views() {
    let fx = Fixture::new();
    let mut harness = fx.harness(Prefs::default(), None);
    harness.get_by_label("Plan my week").click();
    harness.run();
    assert_eq!(harness.state().view(), View::Planner);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num3);
    harness.run();
    assert_eq!(harness.state().view(), View::Programs);
    assert!(harness.query_all_by_label("Add a program").next().is_some());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num4);
    harness.run();
    assert_eq!(harness.state().view(), View::Sources);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Num1);
    harness.run();
    assert_eq!(harness.state().view(), View::Compare);
}

#[test]
fn help_lines_are_always_one_click_away() {
    let fx = Fixture::new();
    let mut harness = fx.harness(Prefs::default(), None);
    // The footer shows them on every view.
    harness.get_by_label("Help now: SAMHSA Helpline 1-800-662-4357 (free, 24/7)");
    harness.get_by_label("988 Suicide & Crisis Lifeline: call or text 988");
    harness.get_by_label("Emergency: 911");
    harness.get_by_label("Help lines").click();
    harness.run();
    assert!(harness.state().help_is_open());
    harness.get_by_label("If you need help now");
    harness.get_by_label("SAMHSA National Helpline: 1-800-662-4357 (1-800-662-HELP)");
    assert_eq!(
        harness
            .query_all_by_label("988 Suicide & Crisis Lifeline: call or text 988")
            .count(),
        2,
        "in the footer and in the help panel"
    );
    harness.get_by_label("In an emergency, call 911");
}

#[test]
fn a_short_window_keeps_the_help_lines_numbers_on_one_line() {
    // 900x600 with the text at 150% leaves 400 points of height: the footer keeps to the
    // numbers, each naming its line on hover, and the disclaimer waits in the help panel.
    let fx = Fixture::new();
    let mut harness = fx.harness(Prefs::default(), None);
    harness.set_size(egui::vec2(600.0, 400.0));
    harness.run();
    // "Help now:" goes with the first number.
    let samhsa = harness
        .get_by_label("Help now: SAMHSA 1-800-662-4357")
        .rect();
    let lifeline = harness.get_by_label("988 (call or text)").rect();
    let emergency = harness.get_by_label("911").rect();
    assert!(
        (samhsa.top() - lifeline.top()).abs() < 1.0
            && (lifeline.top() - emergency.top()).abs() < 1.0,
        "one line: {samhsa:?} {lifeline:?} {emergency:?}"
    );
    assert!(
        harness
            .query_by_label_contains("does not diagnose")
            .is_none(),
        "the disclaimer is in the help panel, not the footer"
    );
    harness.get_by_label("More about help lines (F1)").click();
    harness.run();
    harness.get_by_label_contains("does not diagnose");
}

#[test]
fn the_help_panel_fits_a_short_window_in_spanish() {
    let fx = Fixture::new();
    let prefs = Prefs {
        lang: Some(carelevels::i18n::Lang::Es),
        ..Prefs::default()
    };
    let mut harness = fx.harness(prefs, None);
    harness.set_size(egui::vec2(600.0, 400.0));
    harness.run();
    harness.key_press(Key::F1);
    harness.run();
    // The top bar's help button is whole, inside the window.
    let button = harness.get_by_label("Líneas de ayuda").rect();
    assert!(button.right() <= 600.0, "{button:?}");
    // Its title (and close button beside it) on screen; the text scrolls below.
    let title = harness
        .get_by_label("Líneas de ayuda y sobre esta aplicación")
        .rect();
    assert!(title.top() >= 0.0 && title.bottom() <= 400.0, "{title:?}");
}

#[test]
fn f1_toggles_the_help_panel() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    harness.key_press(Key::F1);
    harness.run();
    assert!(harness.state().help_is_open());
}

#[test]
fn a_plan_given_at_start_is_opened_in_the_planner() {
    let fx = Fixture::new();
    let (path, plan) = fx.saved_plan(
        "week.ron",
        "My week",
        vec![session(Day::Mon, "18:00", "21:00")],
    );
    let harness = fx.harness(Prefs::default(), Some(path.clone()));
    assert_eq!(harness.state().view(), View::Planner);
    assert_eq!(harness.state().planner.plan(), &plan);
    assert_eq!(harness.state().planner.path(), Some(path.as_path()));
}

#[test]
fn save_as_and_reopen_through_the_path_field() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    harness.state_mut().planner.edit(|p| {
        p.phases[0]
            .sessions
            .push(session(Day::Tue, "09:00", "12:00"))
    });
    let expected = harness.state().planner.plan().clone();
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    let path = fx.path("saved-week.ron");
    let suggested = harness
        .get_by_label("File path")
        .value()
        .unwrap_or_default();
    assert!(suggested.ends_with("my-week.ron"), "{suggested}");
    answer_path_prompt(&mut harness, &path, "Save");
    assert_eq!(file::load(&path).unwrap(), expected);
    assert!(!harness.state_mut().planner.is_dirty());

    // New (no prompt: nothing unsaved), then open it again by typing its path.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    assert!(harness.state().planner.plan().phases[0].sessions.is_empty());
    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Open by typing a path...").click();
    harness.run();
    answer_path_prompt(&mut harness, &path, "Open");
    assert_eq!(harness.state().planner.plan(), &expected);
    assert!(
        harness
            .state()
            .prefs
            .recent
            .iter()
            .any(|p| p.ends_with("saved-week.ron"))
    );
}

#[test]
fn new_with_unsaved_changes_asks_first() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    harness.state_mut().planner.edit(|p| {
        p.phases[0]
            .sessions
            .push(session(Day::Wed, "18:00", "21:00"))
    });
    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("Save your changes?");
    harness.get_by_label("Cancel").click();
    harness.run();
    assert_eq!(
        harness.state().planner.plan().phases[0].sessions.len(),
        1,
        "Cancel keeps the plan"
    );

    harness.key_press_modifiers(Modifiers::COMMAND, Key::N);
    harness.run();
    harness.get_by_label("Discard").click();
    harness.run();
    assert!(
        harness.state().planner.plan().phases[0].sessions.is_empty(),
        "Discard starts anew"
    );
}

#[test]
fn closing_with_unsaved_changes_is_cancelled_and_asks() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    harness.state_mut().planner.edit(|p| {
        p.phases[0]
            .sessions
            .push(session(Day::Wed, "18:00", "21:00"))
    });
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
    harness.run();
    harness.get_by_label("Save your changes?");
}

#[test]
fn an_invalid_file_leaves_the_plan_as_it_was() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    harness.state_mut().planner.edit(|p| {
        p.phases[0]
            .sessions
            .push(session(Day::Thu, "18:00", "21:00"))
    });
    let before = harness.state().planner.plan().clone();
    let bad = fx.path("bad.ron");
    std::fs::write(&bad, "Plan(format: 1, level: \"iop\", sesions: [])").unwrap();
    harness.state_mut().open_path(&bad);
    harness.run();
    assert_eq!(harness.state().planner.plan(), &before);
    let status = harness.state().status_text().unwrap().to_owned();
    assert!(
        status.contains("sesions") && status.contains("bad.ron"),
        "{status}"
    );
    harness.get_by_label(&status);
}

#[test]
fn a_wrong_session_is_named_by_its_day_and_start_not_its_index() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    // Writes `text` as `name`, opens it, and returns the status line it leaves.
    let mut open = |name: &str, text: &str| {
        let path = fx.path(name);
        std::fs::write(&path, text).unwrap();
        harness.state_mut().open_path(&path);
        harness.run();
        harness.state().status_text().unwrap().to_owned()
    };
    let status = open(
        "broken.ron",
        r#"Plan(format: 1, level: "iop", sessions: [
            Session(day: Mon, start: "18:00", end: "21:00", kind: Group),
            Session(day: Wed, start: "18:00", end: "17:00", kind: Group),
        ])"#,
    );
    assert!(
        status.contains("in the 2nd session (Wednesday 18:00), the end"),
        "{status}"
    );
    assert!(!status.contains("index"), "{status}");
    assert!(!status.contains("field `"), "{status}");

    // A phase's session says its phase; a start that is not a time leaves out the time.
    let status = open(
        "phased.ron",
        r#"Plan(format: 2, phases: [
            Phase(name: "Evenings", level: "iop", weeks: 4, sessions: [
                Session(day: Tue, start: "9", end: "10:00", kind: Group),
            ]),
        ])"#,
    );
    assert!(
        status.contains("in the 1st session of phase 1 (Evenings) (Tuesday), "),
        "{status}"
    );

    // A commitment says it is one.
    let status = open(
        "work.ron",
        r#"Plan(format: 1, level: "iop", sessions: [], commitments: [
            Commitment(day: Fri, start: "09:00", end: "25:00", title: "Work"),
        ])"#,
    );
    assert!(
        status.contains("in the 1st commitment (Friday 09:00), "),
        "{status}"
    );
}

#[test]
fn undo_and_redo_restore_the_plan() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    let empty = harness.state().planner.plan().clone();
    harness.state_mut().planner.edit(|p| {
        p.phases[0]
            .sessions
            .push(session(Day::Fri, "10:00", "11:00"))
    });
    let one = harness.state().planner.plan().clone();
    harness.run();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run();
    assert_eq!(harness.state().planner.plan(), &empty);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run();
    assert_eq!(harness.state().planner.plan(), &one);
}

#[test]
fn the_form_adds_a_session_from_the_keyboard() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    harness.get_by_label("Add session").click();
    harness.run();
    let plan = harness.state().planner.plan();
    assert_eq!(
        plan.phases[0].sessions.len(),
        1,
        "the default 18:00-21:00 session"
    );
    assert_eq!(plan.phases[0].sessions[0].start.to_string(), "18:00");
}

#[test]
fn work_hours_become_commitments_on_each_chosen_day() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    harness.get_by_label("Add my work or school hours").click();
    harness.run();
    harness.get_by_label("Add these hours to my week").click();
    harness.run();
    let plan = harness.state().planner.plan();
    assert_eq!(plan.commitments.len(), 5);
    assert!(plan.commitments.iter().all(|c| c.title == "Work"));
    assert_eq!(plan.commitments[4].day, Day::Fri);
}

#[test]
fn autosave_writes_the_working_plan_and_is_offered_back() {
    let fx = Fixture::new();
    let ws = Workspace::at(fx.dir.path().join("data"));
    let (week, original) = fx.saved_plan("week.ron", "Week", vec![]);
    {
        let mut harness = fx.harness(planner_prefs(), Some(week.clone()));
        harness.state_mut().planner.edit(|p| {
            p.phases[0]
                .sessions
                .push(session(Day::Sat, "10:00", "11:00"))
        });
        harness.run();
        // The autosave waits a moment after the last change.
        std::thread::sleep(std::time::Duration::from_millis(2100));
        harness.run();
        let files = ws.autosave_files();
        assert_eq!(files.len(), 1, "{files:?}");
        let (saved, from) = autosave::read(&files[0]).unwrap();
        let Document::Plan(saved) = saved else {
            panic!("a plan was autosaved")
        };
        assert_eq!(saved.phases[0].sessions.len(), 1);
        assert_eq!(from.as_deref(), Some(week.as_path()));
        // Dropped without closing: like a crash.
    }
    assert_eq!(
        file::load(&week).unwrap(),
        original,
        "the file itself is untouched"
    );
    let mut harness = fx.harness(planner_prefs(), None);
    harness.get_by_label("Restore it").click();
    harness.run();
    assert_eq!(harness.state().planner.plan().phases[0].sessions.len(), 1);
    assert!(harness.state_mut().planner.is_dirty());
    // Save goes back to the plan's own file, and the autosave is then cleared.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run();
    assert_eq!(file::load(&week).unwrap().phases[0].sessions.len(), 1);
    assert!(ws.autosave_files().is_empty());
}

#[test]
fn a_mistyped_path_reopens_the_prompt_with_the_reason() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    let before = harness.state().planner.plan().clone();
    harness.key_press_modifiers(Modifiers::COMMAND, Key::O);
    harness.run();
    let typo = fx.path("no-such-week.ron");
    answer_path_prompt(&mut harness, &typo, "Open");
    // Still asking, with what went wrong, and the typed path kept for correction.
    let field = harness.get_by_label("File path");
    assert_eq!(
        field.value().unwrap_or_default(),
        typo.display().to_string()
    );
    assert_eq!(
        harness
            .query_all_by_label_contains("cannot read the file")
            .count(),
        2,
        "in the prompt and in the status line"
    );
    assert_eq!(harness.state().planner.plan(), &before);
    harness.get_by_label("Cancel").click();
    harness.run();
    assert!(harness.query_by_label("File path").is_none());
}

#[test]
fn a_failed_save_as_asks_for_another_folder_not_for_save_as() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::S);
    harness.run();
    let nowhere = fx.path("no-such-folder").join("week.ron");
    answer_path_prompt(&mut harness, &nowhere, "Save");
    harness.get_by_label("File path");
    assert_eq!(
        harness
            .query_all_by_label_contains("Choose another folder or name")
            .count(),
        2,
        "the prompt, still open, and the status line ask for another folder"
    );
    assert!(
        harness.query_by_label_contains("Choose Save as").is_none(),
        "not for the Save as the person is already in"
    );
}

/// A file dropped onto the window, as the windowing layer hands it to egui.
#[derive(Debug)]
struct Dropped(std::path::PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &std::path::Path {
        &self.0
    }

    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

#[test]
fn dropping_a_plan_on_the_window_opens_it() {
    let fx = Fixture::new();
    let (path, plan) = fx.saved_plan(
        "dropped.ron",
        "Dropped week",
        vec![session(Day::Tue, "17:00", "20:00")],
    );
    let mut harness = fx.harness(Prefs::default(), None);
    harness
        .input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(path.clone())));
    harness.run();
    assert_eq!(harness.state().planner.plan(), &plan);
    assert_eq!(harness.state().view(), View::Planner);
}

#[test]
fn the_week_exports_to_a_calendar_file_and_a_printable_summary() {
    let fx = Fixture::new();
    let mut harness = fx.harness(planner_prefs(), None);
    harness.state_mut().planner.edit(|p| {
        p.name = "Evening IOP".into();
        p.phases[0]
            .sessions
            .push(session(Day::Mon, "18:00", "21:00"));
    });
    harness.run();

    harness.get_by_label("File").click();
    harness.run();
    harness.get_by_label("Export calendar (.ics)...").click();
    harness.run();
    harness.get_by_label("Choose file...").click();
    harness.run();
    let ics = fx.path("week.ics");
    answer_path_prompt(&mut harness, &ics, "Export");
    let text = std::fs::read_to_string(&ics).unwrap();
    assert!(text.starts_with("BEGIN:VCALENDAR"), "{text}");
    assert!(text.contains("RRULE:FREQ=WEEKLY;BYDAY=MO"), "{text}");
    assert!(text.contains("SUMMARY:Group"), "{text}");

    harness.get_by_label("File").click();
    harness.run();
    harness
        .get_by_label("Export printable summary (.txt)...")
        .click();
    harness.run();
    let txt = fx.path("week.txt");
    answer_path_prompt(&mut harness, &txt, "Export");
    let summary = std::fs::read_to_string(&txt).unwrap();
    assert!(summary.contains("Evening IOP"), "{summary}");
    assert!(summary.contains("18:00"), "{summary}");
}

/// Start-up time: the app's first frame is laid out in two passes, and the first does no more
/// than measure the top bar and the footer (egui cuts a panel off at the height it had in the
/// pass before). After it, frames are laid out once: in both languages, at the default size
/// and the smallest.
#[test]
fn the_first_frame_measures_the_bars_then_lays_out_once() {
    use std::sync::{Arc, Mutex};
    let fixture = Fixture::new();
    for lang in [carelevels::i18n::Lang::En, carelevels::i18n::Lang::Es] {
        for size in [[1360.0, 860.0], [900.0, 600.0]] {
            let prefs = Prefs {
                lang: Some(lang),
                ..Prefs::default()
            };
            let options = fixture.options(None);
            // Each layout pass: its frame, why it was thrown away, and how many texts had been
            // laid out by its end.
            type Pass = (u64, Vec<String>, usize);
            let passes: Arc<Mutex<Vec<Pass>>> = Arc::default();
            let record = Arc::clone(&passes);
            let _harness = Harness::builder().with_size(size).build_eframe(move |cc| {
                cc.egui_ctx.on_end_pass(
                    "record passes",
                    Arc::new(move |ui: &mut egui::Ui| {
                        let ctx = ui.ctx();
                        let reasons = ctx.output(|o| {
                            let reasons = o.request_discard_reasons.iter();
                            reasons.map(|r| r.reason.to_string()).collect()
                        });
                        let texts = ctx.fonts(|f| f.num_galleys_in_cache());
                        let pass = (ctx.cumulative_frame_nr(), reasons, texts);
                        record.lock().unwrap().push(pass);
                    }),
                );
                CareLevelsApp::with_prefs(prefs, options)
            });
            let passes = passes.lock().unwrap();
            let first: Vec<&Pass> = passes.iter().filter(|(frame, ..)| *frame == 0).collect();
            assert_eq!(first.len(), 2, "{lang:?} at {size:?}: {first:?}");
            let reasons = &first[0].1;
            assert!(
                reasons.iter().any(|r| r.contains("footer changed height")),
                "{lang:?} at {size:?}: {reasons:?}"
            );
            // The view was left for the second pass: the first laid out the bars' words only.
            let (bars, whole) = (first[0].2, first[1].2);
            assert!(
                bars * 3 < whole,
                "{lang:?} at {size:?}: {bars} texts, then {whole}"
            );
            let later: Vec<&Pass> = passes
                .iter()
                .filter(|(frame, reasons, _)| *frame > 0 && !reasons.is_empty())
                .collect();
            assert!(later.is_empty(), "{lang:?} at {size:?}: {later:?}");
        }
    }
}
