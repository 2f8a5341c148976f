//! Unsaved work across windows: two `CareLevelsApp`s on one data folder in one process, the
//! way two windows of the app share it. Dropping an app without closing it is a crash: the
//! operating system lets go of its lock, and its autosave stays.

use std::path::{Path, PathBuf};
use std::time::Duration;

use carelevels::document::Document;
use carelevels::plan::autosave;
use carelevels::plan::workspace::Workspace;
use carelevels::plan::{Clock, Day, Plan, Session, SessionKind, file};
use carelevels::ui::app::{Prefs, View};
use carelevels::ui::document::AUTOSAVE_DELAY;
use carelevels::ui::{AppOptions, CareLevelsApp};
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

    fn workspace(&self) -> Workspace {
        Workspace::at(self.dir.path().join("data"))
    }

    /// A window on the fixture's data folder, opening `open` if given.
    fn window(&self, open: Option<PathBuf>) -> Harness<'static, CareLevelsApp> {
        let options = AppOptions {
            workspace: Some(self.workspace()),
            native_dialogs: false,
            open,
            exit_after_first_frame: false,
            system_lang: carelevels::i18n::Lang::En,
        };
        let prefs = Prefs {
            view: View::Planner,
            ..Prefs::default()
        };
        let mut harness = Harness::builder()
            .with_size([1360.0, 860.0])
            .build_eframe(move |_cc| CareLevelsApp::with_prefs(prefs, options));
        harness.run();
        harness
    }

    fn saved_plan(&self, name: &str) -> PathBuf {
        let path = self.dir.path().join(format!("{name}.ron"));
        let plan = Plan {
            name: name.into(),
            ..Plan::default()
        };
        file::save(&path, &plan).unwrap();
        path
    }
}

fn session(day: Day) -> Session {
    Session {
        day,
        start: Clock::from_hm(10, 0).unwrap(),
        end: Clock::from_hm(11, 0).unwrap(),
        kind: SessionKind::Group,
        title: "Group".into(),
    }
}

/// Edits the window's plan and waits for the autosave.
fn edit_and_autosave(harness: &mut Harness<'_, CareLevelsApp>, day: Day) {
    harness
        .state_mut()
        .planner
        .edit(|p| p.phases[0].sessions.push(session(day)));
    harness.run();
    std::thread::sleep(AUTOSAVE_DELAY + Duration::from_millis(100));
    harness.run();
}

/// The plan and source in the one autosave file of `window`.
fn autosaved(window: &Harness<'_, CareLevelsApp>) -> (Plan, Option<PathBuf>) {
    let autosave = window.state().autosave().expect("the window autosaves");
    let path = autosave.path(autosave::Slot::Plan);
    match autosave::read(&path).expect("an autosave exists") {
        (Document::Plan(plan), source) => (plan, source),
        (other, _) => panic!("not a plan: {other:?}"),
    }
}

fn read_plan(path: &Path) -> Plan {
    match autosave::read(path).unwrap().0 {
        Document::Plan(plan) => plan,
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_second_window_neither_offers_nor_deletes_the_first_window_s_work() {
    let fx = Fixture::new();
    let x = fx.saved_plan("x");
    let y = fx.saved_plan("y");
    let mut a = fx.window(Some(x.clone()));
    edit_and_autosave(&mut a, Day::Mon);
    let (a_plan, a_source) = autosaved(&a);
    assert_eq!(a_source.as_deref(), Some(x.as_path()));

    // B starts while A runs: A's live work is not offered as a crash.
    let mut b = fx.window(Some(y.clone()));
    assert!(!b.state().offers_recovery());
    assert!(b.query_by_label("Restore it").is_none());
    // B's own work goes to B's own autosave, paired with B's own file.
    edit_and_autosave(&mut b, Day::Tue);
    let (b_plan, b_source) = autosaved(&b);
    assert_eq!(b_source.as_deref(), Some(y.as_path()));
    assert_ne!(b_plan, a_plan);
    assert_eq!(autosaved(&a), (a_plan.clone(), Some(x.clone())));
    // B is saved and closed; A's work is still there.
    b.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::S);
    b.run();
    drop(b);
    assert_eq!(autosaved(&a), (a_plan.clone(), Some(x.clone())));

    // A crashes; the next window offers A's work, with A's file.
    drop(a);
    let mut c = fx.window(None);
    assert!(c.state().offers_recovery());
    c.get_by_label("Restore it").click();
    c.run();
    assert_eq!(c.state().planner.plan(), &a_plan);
    assert_eq!(c.state().planner.path(), Some(x.as_path()));
}

#[test]
fn an_unanswered_offer_is_never_overwritten_or_deleted() {
    let fx = Fixture::new();
    let mut a = fx.window(None);
    edit_and_autosave(&mut a, Day::Wed);
    let (left_plan, _) = autosaved(&a);
    let left = a.state().autosave().unwrap().path(autosave::Slot::Plan);
    drop(a); // crash

    // B offers it; the person ignores the banner and works on another plan.
    let other = fx.saved_plan("other");
    let mut b = fx.window(Some(other));
    assert!(b.state().offers_recovery());
    edit_and_autosave(&mut b, Day::Fri);
    assert_eq!(read_plan(&left), left_plan, "not overwritten by B's work");
    // A third window does not offer what B is offering.
    let c = fx.window(None);
    assert!(!c.state().offers_recovery());
    drop(c);
    // B closes without answering: the work stays for next time.
    drop(b);
    assert_eq!(read_plan(&left), left_plan);
    let d = fx.window(None);
    assert!(d.state().offers_recovery());
}

#[test]
fn discarding_the_offer_removes_it() {
    let fx = Fixture::new();
    let mut a = fx.window(None);
    edit_and_autosave(&mut a, Day::Thu);
    drop(a);
    let mut b = fx.window(None);
    b.get_by_label("Discard it").click();
    b.run();
    assert!(!b.state().offers_recovery());
    assert!(fx.workspace().autosave_files().is_empty());
    drop(b);
    assert!(!fx.window(None).state().offers_recovery());
}

#[test]
fn an_unreadable_autosave_is_moved_aside_and_the_person_told_where() {
    let fx = Fixture::new();
    let ws = fx.workspace();
    let dir = ws.autosave_dir();
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("gone-1.plan.ron"), "Autosave(source: None, docu").unwrap();
    let window = fx.window(None);
    let status = window.state().status_text().unwrap_or_default().to_owned();
    let moved = ws.unreadable_dir().join("gone-1.plan.ron");
    assert!(moved.is_file());
    assert!(status.contains(&moved.display().to_string()), "{status}");
    assert!(!window.state().offers_recovery());
    drop(window);
    // Still there after a clean close.
    assert!(moved.is_file());
}

#[test]
fn the_window_title_shows_no_control_or_bidi_characters() {
    let fx = Fixture::new();
    let mut window = fx.window(None);
    window.state_mut().planner.edit(|p| {
        p.name = "Week\u{1b}]0;owned\u{7}\n\u{202e}x".into();
    });
    window.run();
    let title = window.state_mut().window_title();
    assert!(!title.chars().any(char::is_control), "{title:?}");
    assert!(!title.contains('\u{202e}'), "{title:?}");
    assert!(
        title.starts_with("carelevels - Week\u{241b}]0;owned\u{2407}"),
        "{title:?}"
    );
}
