//! The app shell: top bar with the views, menus and shortcuts, files, autosave, the close
//! guard, and the always-visible help footer.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::check;
use crate::export;
use crate::plan::workspace::{self, Workspace};
use crate::plan::{Plan, file};

use super::compare::CompareView;
use super::files::{Chosen, FileDialogs, Purpose, SaveChoice};
use super::planner::Planner;
use super::{help, sources};

/// How long after the last change the working plan is autosaved.
const AUTOSAVE_DELAY: Duration = Duration::from_secs(2);
/// How many recent files File > Open recent lists.
const RECENT_LIMIT: usize = 8;

/// The app's views, in tab order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    #[default]
    Compare,
    Planner,
    Sources,
}

impl View {
    const ALL: [View; 3] = [View::Compare, View::Planner, View::Sources];

    fn label(self) -> &'static str {
        match self {
            View::Compare => "Compare",
            View::Planner => "Plan my week",
            View::Sources => "Sources",
        }
    }

    fn shortcut(self) -> egui::KeyboardShortcut {
        let key = match self {
            View::Compare => egui::Key::Num1,
            View::Planner => egui::Key::Num2,
            View::Sources => egui::Key::Num3,
        };
        egui::KeyboardShortcut::new(egui::Modifiers::COMMAND, key)
    }
}

/// Preferences kept between runs (eframe persistence). Plans are never stored here: they
/// live in their own files and the autosave.
#[derive(Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub view: View,
    pub compare: CompareView,
    pub recent: Vec<PathBuf>,
}

/// How the app is started: where it autosaves, whether it uses native dialogs, what to open.
pub struct AppOptions {
    /// `None`: no autosave (no data folder on this system).
    pub workspace: Option<Workspace>,
    /// Use the system's file dialogs (off in tests: the in-app path field is used).
    pub native_dialogs: bool,
    /// A plan to open at start (`carelevels PLAN.ron`).
    pub open: Option<PathBuf>,
    /// Close after the first frame: start-up measurements against a bare window
    /// (`CARELEVELS_EXIT_AFTER_FIRST_FRAME=1`, see examples/bare_window.rs).
    pub exit_after_first_frame: bool,
}

impl AppOptions {
    /// The real app: the user's data folder and native dialogs.
    pub fn for_user(open: Option<PathBuf>) -> AppOptions {
        AppOptions {
            workspace: Workspace::for_user(),
            native_dialogs: true,
            open,
            exit_after_first_frame: std::env::var_os("CARELEVELS_EXIT_AFTER_FIRST_FRAME").is_some(),
        }
    }
}

/// Something that must wait for the answer to "Save your changes?".
#[derive(Clone, Debug, PartialEq)]
enum Pending {
    New,
    Open,
    OpenPath(PathBuf),
    Template(usize),
    Restore(Plan, Option<PathBuf>),
    Close,
}

#[derive(Clone, Debug, PartialEq)]
struct Status {
    text: String,
    is_error: bool,
    /// The plan's revision when the message was set: the next edit clears it.
    revision: u64,
}

/// The calendar export's settings, asked before the file is chosen.
struct CalendarExport {
    /// Whether the settings dialog is showing.
    open: bool,
    start: String,
    weeks: u32,
    include_commitments: bool,
    error: Option<String>,
}

impl CalendarExport {
    /// The first week's date, when `start` is a real YYYY-MM-DD date.
    fn first_date(&self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::parse_from_str(self.start.trim(), "%Y-%m-%d").ok()
    }
}

/// The whole app.
pub struct CareLevelsApp {
    pub prefs: Prefs,
    pub planner: Planner,
    dialogs: FileDialogs,
    workspace: Option<Workspace>,
    help_open: bool,
    status: Option<Status>,
    /// The action waiting on Save / Discard / Cancel.
    confirm: Option<Pending>,
    /// The action to run once a Save As finishes.
    after_save: Option<Pending>,
    allowed_to_close: bool,
    autosave_due: Option<Instant>,
    autosaved_revision: u64,
    /// A plan found in the autosave at start, offered back.
    restore: Option<(Plan, Option<PathBuf>)>,
    calendar: CalendarExport,
    title: String,
    exit_after_first_frame: bool,
}

impl CareLevelsApp {
    /// Builds the app, restoring preferences from eframe storage when there is some.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> CareLevelsApp {
        let prefs: Prefs = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        CareLevelsApp::with_prefs(prefs, options)
    }

    /// Builds the app from given preferences (tests use this without storage).
    pub fn with_prefs(prefs: Prefs, options: AppOptions) -> CareLevelsApp {
        let mut app = CareLevelsApp {
            prefs,
            planner: Planner::default(),
            dialogs: FileDialogs::new(options.native_dialogs),
            workspace: options.workspace,
            help_open: false,
            status: None,
            confirm: None,
            after_save: None,
            allowed_to_close: false,
            autosave_due: None,
            autosaved_revision: 0,
            restore: None,
            calendar: CalendarExport {
                open: false,
                start: next_monday(),
                weeks: 12,
                include_commitments: false,
                error: None,
            },
            title: String::new(),
            exit_after_first_frame: options.exit_after_first_frame,
        };
        app.autosaved_revision = app.planner.revision();
        if let Some(ws) = &app.workspace {
            match ws.recover() {
                Some(Ok(found)) => app.restore = Some(found),
                Some(Err(e)) => {
                    app.set_error(format!(
                        "The autosaved plan from last time could not be read ({e}). It was left in place."
                    ));
                }
                None => {}
            }
        }
        if let Some(path) = options.open {
            app.prefs.view = View::Planner;
            app.open_path(&path);
        }
        app
    }

    /// The current view.
    pub fn view(&self) -> View {
        self.prefs.view
    }

    /// Whether the help panel is open.
    pub fn help_is_open(&self) -> bool {
        self.help_open
    }

    /// The status line's text (last save, last error), if any.
    pub fn status_text(&self) -> Option<&str> {
        self.status.as_ref().map(|s| s.text.as_str())
    }

    fn set_error(&mut self, text: String) {
        self.status = Some(Status {
            text,
            is_error: true,
            revision: self.planner.revision(),
        });
    }

    fn set_info(&mut self, text: String) {
        self.status = Some(Status {
            text,
            is_error: false,
            revision: self.planner.revision(),
        });
    }

    /// Opens a plan file; on any problem the current plan stays exactly as it was.
    /// Returns whether the plan was opened.
    pub fn open_path(&mut self, path: &Path) -> bool {
        let catalog = Catalog::builtin();
        match file::load(path) {
            Ok(plan) => {
                let report = match check::check_plan(&plan, catalog, None) {
                    Ok(report) => report,
                    Err(e) => {
                        self.set_error(format!("{}: {e}", path.display()));
                        return false;
                    }
                };
                self.planner
                    .load_checked(plan, report, Some(path.to_owned()));
                self.autosaved_revision = self.planner.revision();
                self.remember(path);
                self.prefs.view = View::Planner;
                self.set_info(format!("Opened {}", path.display()));
                true
            }
            Err(e) => {
                self.set_error(format!("Could not open the plan. {e}"));
                false
            }
        }
    }

    /// Saves to `path`; returns whether it worked.
    pub fn save_to(&mut self, path: &Path) -> bool {
        match file::save(path, self.planner.plan()) {
            Ok(()) => {
                self.planner.mark_saved(path.to_owned());
                self.remember(path);
                if let Some(ws) = &self.workspace {
                    ws.clear();
                }
                self.autosaved_revision = self.planner.revision();
                self.autosave_due = None;
                self.set_info(format!("Saved to {}", path.display()));
                true
            }
            Err(e) => {
                self.set_error(e.to_string());
                false
            }
        }
    }

    fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.prefs.recent.retain(|p| p != &path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(RECENT_LIMIT);
    }

    /// Save (Ctrl+S): to the plan's file, or ask where when it has none. Returns whether the
    /// plan is now saved.
    fn save(&mut self, ctx: &egui::Context) -> bool {
        match self.planner.path().map(Path::to_owned) {
            Some(path) => self.save_to(&path),
            None => {
                self.save_as(ctx);
                false
            }
        }
    }

    fn save_as(&mut self, ctx: &egui::Context) {
        let suggested = self.planner.path().map(Path::to_owned).or_else(|| {
            Some(PathBuf::from(suggested_file_name(
                self.planner.plan(),
                "ron",
            )))
        });
        self.dialogs.ask(ctx, Purpose::SaveAs, suggested);
    }

    /// Runs `action` now, or first asks about unsaved changes.
    fn request(&mut self, ctx: &egui::Context, action: Pending) {
        if self.planner.is_dirty() {
            self.confirm = Some(action);
        } else {
            self.run(ctx, action);
        }
    }

    fn run(&mut self, ctx: &egui::Context, action: Pending) {
        match action {
            Pending::New => {
                let level = self.planner.plan().phase(self.planner.phase()).level;
                self.planner.load(Plan::new(level), None);
                self.after_new_plan();
                self.prefs.view = View::Planner;
                self.set_info("Started a new, empty plan.".into());
            }
            Pending::Open => self.dialogs.ask(ctx, Purpose::Open, None),
            Pending::OpenPath(path) => {
                self.open_path(&path);
            }
            Pending::Template(i) => {
                if let Some(template) = workspace::templates().get(i).cloned() {
                    let name = template.name.clone();
                    self.planner.start_from(template);
                    self.prefs.view = View::Planner;
                    self.set_info(format!(
                        "Started from the template \"{name}\". Change it to fit your week, then save it."
                    ));
                }
            }
            Pending::Restore(plan, path) => {
                self.planner.restore(plan, path);
                self.prefs.view = View::Planner;
                self.set_info(
                    "Restored the unsaved plan from last time. Save it to keep it.".into(),
                );
            }
            Pending::Close => {
                self.allowed_to_close = true;
                if let Some(ws) = &self.workspace {
                    ws.clear();
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    fn after_new_plan(&mut self) {
        self.autosaved_revision = self.planner.revision();
        self.autosave_due = None;
        if let Some(ws) = &self.workspace {
            ws.clear();
        }
    }

    fn on_chosen(&mut self, ctx: &egui::Context, chosen: Chosen) {
        let Chosen::Path(purpose, path) = chosen;
        match purpose {
            Purpose::Open => {
                if !self.open_path(&path) {
                    self.retry_typed(Purpose::Open);
                }
            }
            Purpose::SaveAs => {
                if !self.save_to(&path) {
                    self.retry_typed(Purpose::SaveAs);
                } else if let Some(next) = self.after_save.take() {
                    self.run(ctx, next);
                }
            }
            Purpose::ExportCalendar => {
                let settings = &self.calendar;
                let Some(date) = settings.first_date() else {
                    return;
                };
                let weeks = (settings.weeks > 0).then_some(settings.weeks);
                let text = export::to_icalendar(
                    self.planner.plan(),
                    date,
                    weeks,
                    settings.include_commitments,
                );
                self.write_export(&path, &text, "calendar");
            }
            Purpose::ExportSummary => {
                let report = self.planner.plan_report().clone();
                let text = export::text_summary(self.planner.plan(), &report, Catalog::builtin());
                self.write_export(&path, &text, "summary");
            }
        }
    }

    fn write_export(&mut self, path: &Path, text: &str, what: &str) {
        match file::write_atomic(path, text) {
            Ok(()) => self.set_info(format!("Exported the {what} to {}", path.display())),
            Err(e) => self.set_error(e.to_string()),
        }
    }

    /// Shows the path prompt again, with the error, when a typed path did not work.
    fn retry_typed(&mut self, purpose: Purpose) {
        if let Some(status) = &self.status {
            self.dialogs.retry_typed(purpose, status.text.clone());
        }
    }

    /// Autosaves the working plan a moment after each change, and wakes up to do so.
    fn autosave(&mut self, ctx: &egui::Context) {
        let Some(ws) = &self.workspace else { return };
        let revision = self.planner.revision();
        if revision == self.autosaved_revision {
            return;
        }
        if !self.planner.is_dirty() {
            ws.clear();
            self.autosaved_revision = revision;
            self.autosave_due = None;
            return;
        }
        let now = Instant::now();
        let due = *self.autosave_due.get_or_insert(now + AUTOSAVE_DELAY);
        if now >= due {
            match ws.autosave(self.planner.plan(), self.planner.path()) {
                Ok(()) => {}
                Err(e) => self.set_error(format!("Autosave failed: {e}")),
            }
            self.autosaved_revision = revision;
            self.autosave_due = None;
        } else {
            ctx.request_repaint_after(due - now);
        }
    }

    fn window_title(&mut self) -> String {
        let plan = self.planner.plan();
        let name = if !plan.name.trim().is_empty() {
            Some(plan.name.clone())
        } else {
            self.planner
                .path()
                .and_then(|p| p.file_stem())
                .map(|s| s.to_string_lossy().into_owned())
        };
        let dirty = if self.planner.is_dirty() { " *" } else { "" };
        match name {
            Some(name) => format!("carelevels - {name}{dirty}"),
            None if !dirty.is_empty() => format!("carelevels - Untitled plan{dirty}"),
            None => "carelevels".to_owned(),
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        use egui::{Key, KeyboardShortcut, Modifiers};
        let cmd = Modifiers::COMMAND;
        let shift = Modifiers::COMMAND | Modifiers::SHIFT;
        let (save_as, save, open, new, help, views) = ctx.input_mut(|i| {
            let save_as = i.consume_shortcut(&KeyboardShortcut::new(shift, Key::S));
            let save = i.consume_shortcut(&KeyboardShortcut::new(cmd, Key::S));
            let open = i.consume_shortcut(&KeyboardShortcut::new(cmd, Key::O));
            let new = i.consume_shortcut(&KeyboardShortcut::new(cmd, Key::N));
            let help = i.key_pressed(Key::F1);
            let views: Vec<View> = View::ALL
                .into_iter()
                .filter(|v| i.consume_shortcut(&v.shortcut()))
                .collect();
            (save_as, save, open, new, help, views)
        });
        if let Some(view) = views.last() {
            self.prefs.view = *view;
        }
        if help {
            self.help_open = !self.help_open;
        }
        if self.dialogs.busy() || self.confirm.is_some() {
            return;
        }
        if save_as {
            self.save_as(ctx);
        } else if save {
            self.save(ctx);
        } else if open {
            self.request(ctx, Pending::Open);
        } else if new {
            self.request(ctx, Pending::New);
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button("File", |ui| {
                if ui.add(shortcut_button("New plan", "Ctrl+N")).clicked() {
                    self.request(&ctx, Pending::New);
                }
                ui.menu_button("New from template", |ui| {
                    for (i, t) in workspace::templates().iter().enumerate() {
                        if ui.button(&t.name).clicked() {
                            self.request(&ctx, Pending::Template(i));
                        }
                    }
                });
                ui.separator();
                if ui.add(shortcut_button("Open...", "Ctrl+O")).clicked() {
                    self.request(&ctx, Pending::Open);
                }
                ui.menu_button("Open recent", |ui| {
                    if self.prefs.recent.is_empty() {
                        ui.label("No recent plans yet");
                    }
                    for path in self.prefs.recent.clone() {
                        if ui.button(path.display().to_string()).clicked() {
                            self.request(&ctx, Pending::OpenPath(path));
                        }
                    }
                });
                if ui.button("Open by typing a path...").clicked() {
                    self.dialogs.prompt = Some(super::files::PathPrompt {
                        purpose: Purpose::Open,
                        text: String::new(),
                        note: None,
                    });
                }
                ui.separator();
                if ui.add(shortcut_button("Save", "Ctrl+S")).clicked() {
                    self.save(&ctx);
                }
                if ui
                    .add(shortcut_button("Save as...", "Ctrl+Shift+S"))
                    .clicked()
                {
                    self.save_as(&ctx);
                }
                ui.separator();
                if ui.button("Export calendar (.ics)...").clicked() {
                    self.calendar.open = true;
                    self.calendar.error = None;
                }
                if ui.button("Export printable summary (.txt)...").clicked() {
                    let suggested = suggested_file_name(self.planner.plan(), "txt");
                    self.dialogs
                        .ask(&ctx, Purpose::ExportSummary, Some(PathBuf::from(suggested)));
                }
                if ui.button("Copy summary to clipboard").clicked() {
                    let report = self.planner.plan_report().clone();
                    let text =
                        export::text_summary(self.planner.plan(), &report, Catalog::builtin());
                    ui.ctx().copy_text(text);
                    self.set_info("Copied the plan's summary to the clipboard.".into());
                }
                ui.separator();
                if ui.button("Quit").clicked() {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            });
            ui.menu_button("Edit", |ui| {
                if ui
                    .add_enabled(self.planner.can_undo(), shortcut_button("Undo", "Ctrl+Z"))
                    .clicked()
                {
                    self.planner.undo();
                }
                if ui
                    .add_enabled(
                        self.planner.can_redo(),
                        shortcut_button("Redo", "Ctrl+Shift+Z"),
                    )
                    .clicked()
                {
                    self.planner.redo();
                }
            });
            ui.menu_button("View", |ui| {
                for view in View::ALL {
                    let shortcut = ctx.format_shortcut(&view.shortcut());
                    if ui.add(shortcut_button(view.label(), &shortcut)).clicked() {
                        self.prefs.view = view;
                    }
                }
                ui.separator();
                ui.label("Theme");
                ui.horizontal(super::theme::theme_switch_ui);
                ui.separator();
                ui.label("Text size: Ctrl + and Ctrl - (Ctrl 0 resets)");
            });
            ui.menu_button("Help", |ui| {
                if ui.add(shortcut_button("Help lines", "F1")).clicked() {
                    self.help_open = true;
                }
                if ui.button("Sources").clicked() {
                    self.prefs.view = View::Sources;
                }
            });
        });
    }

    fn tabs_ui(&mut self, ui: &mut egui::Ui) {
        ui.horizontal(|ui| {
            for view in View::ALL {
                let shortcut = ui.ctx().format_shortcut(&view.shortcut());
                let tab = ui
                    .selectable_label(
                        self.prefs.view == view,
                        egui::RichText::new(view.label()).size(16.0),
                    )
                    .on_hover_text(format!("Show {} ({shortcut})", view.label()));
                if tab.clicked() {
                    self.prefs.view = view;
                }
            }
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if ui
                    .button("Help lines")
                    .on_hover_text("Free, public help lines, and what this app is (F1)")
                    .clicked()
                {
                    self.help_open = true;
                }
                // Right-to-left: the last added shows first.
                ui.add_space(8.0);
                super::theme::theme_switch_ui(ui);
                ui.label("Theme:");
            });
        });
    }

    fn restore_banner_ui(&mut self, ui: &mut egui::Ui) {
        let Some((plan, _)) = &self.restore else {
            return;
        };
        let name = if plan.name.trim().is_empty() {
            "an untitled plan".to_owned()
        } else {
            format!("\"{}\"", plan.name)
        };
        let mut choice = None;
        egui::Frame::group(ui.style())
            .fill(ui.visuals().faint_bg_color)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!(
                        "carelevels did not close normally last time. Your unsaved work on {name} was kept."
                    ));
                    if ui.button("Restore it").clicked() {
                        choice = Some(true);
                    }
                    if ui.button("Discard it").clicked() {
                        choice = Some(false);
                    }
                });
            });
        match choice {
            Some(true) => {
                if let Some((plan, path)) = self.restore.take() {
                    let ctx = ui.ctx().clone();
                    self.request(&ctx, Pending::Restore(plan, path));
                }
            }
            Some(false) => {
                self.restore = None;
                if let Some(ws) = &self.workspace {
                    ws.clear();
                }
            }
            None => {}
        }
    }

    fn calendar_ui(&mut self, ctx: &egui::Context) {
        let settings = &mut self.calendar;
        if !settings.open {
            return;
        }
        let mut done = None;
        egui::Modal::new(egui::Id::unique("calendar-export")).show(ctx, |ui| {
            ui.set_width(420.0);
            ui.heading("Export the week to your calendar");
            ui.label(
                "Each session becomes a weekly repeating event that Google Calendar, Outlook and \
                 Apple Calendar can import.",
            );
            egui::Grid::new("calendar-grid")
                .num_columns(2)
                .show(ui, |ui| {
                    let l = ui.label("First week (YYYY-MM-DD)");
                    ui.text_edit_singleline(&mut settings.start)
                        .labelled_by(l.id);
                    ui.end_row();
                    let l = ui.label("Number of weeks (0 = no end)");
                    ui.add(egui::DragValue::new(&mut settings.weeks).range(0..=104))
                        .labelled_by(l.id);
                    ui.end_row();
                });
            ui.checkbox(
                &mut settings.include_commitments,
                "Also include work, school and other commitments",
            );
            if let Some(e) = &settings.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            ui.horizontal(|ui| {
                if ui.button("Choose file...").clicked() {
                    done = Some(true);
                }
                if ui.button("Cancel").clicked() {
                    done = Some(false);
                }
            });
        });
        match done {
            Some(true) => {
                if settings.first_date().is_none() {
                    settings.error =
                        Some("Write the first week's date as YYYY-MM-DD, e.g. 2026-12-07.".into());
                    return;
                }
                settings.open = false;
                let suggested = suggested_file_name(self.planner.plan(), "ics");
                self.dialogs
                    .ask(ctx, Purpose::ExportCalendar, Some(PathBuf::from(suggested)));
            }
            Some(false) => settings.open = false,
            None => {}
        }
    }

    fn close_guard(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.allowed_to_close {
            return;
        }
        if self.planner.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.confirm = Some(Pending::Close);
        } else if let Some(ws) = &self.workspace {
            ws.clear();
        }
    }

    fn confirm_ui(&mut self, ctx: &egui::Context) {
        let Some(pending) = self.confirm.clone() else {
            return;
        };
        let Some(choice) = super::files::unsaved_changes_ui(ctx, &self.planner.plan().name) else {
            return;
        };
        self.confirm = None;
        match choice {
            SaveChoice::Save => {
                if self.planner.path().is_some() {
                    if self.save(ctx) {
                        self.run(ctx, pending);
                    }
                } else {
                    self.after_save = Some(pending);
                    self.save_as(ctx);
                }
            }
            SaveChoice::Discard => {
                if let Some(ws) = &self.workspace {
                    ws.clear();
                }
                self.run(ctx, pending);
            }
            SaveChoice::Cancel => {}
        }
    }

    fn dropped_files(&mut self, ctx: &egui::Context) {
        let dropped: Vec<PathBuf> = ctx.input(|i| {
            i.raw
                .dropped_files
                .iter()
                .map(|f| f.path().to_owned())
                .collect()
        });
        if let Some(path) = dropped.into_iter().next() {
            self.request(ctx, Pending::OpenPath(path));
        }
    }
}

fn shortcut_button<'a>(text: &'a str, shortcut: &'a str) -> egui::Button<'a> {
    egui::Button::new(text).shortcut_text(shortcut)
}

/// "evening-iop-around-a-day-job.ron" from the plan's name.
fn suggested_file_name(plan: &Plan, extension: &str) -> String {
    let stem: String = plan
        .name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stem = if stem.is_empty() {
        "my-week".to_owned()
    } else {
        stem
    };
    format!("{stem}.{extension}")
}

/// The coming Monday (or today when today is Monday), as YYYY-MM-DD.
fn next_monday() -> String {
    use chrono::Datelike;
    let today = chrono::Local::now().date_naive();
    let ahead = (7 - today.weekday().num_days_from_monday()) % 7;
    (today + chrono::Days::new(u64::from(ahead)))
        .format("%Y-%m-%d")
        .to_string()
}

impl eframe::App for CareLevelsApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let catalog = Catalog::builtin();
        self.close_guard(&ctx);
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);

        egui::Panel::top("top-bar").show(ui, |ui| {
            self.menu_bar_ui(ui);
            self.tabs_ui(ui);
        });
        if self
            .status
            .as_ref()
            .is_some_and(|s| s.revision != self.planner.revision())
        {
            self.status = None;
        }
        egui::Panel::bottom("footer").show(ui, |ui| {
            if let Some(status) = &self.status {
                let color = if status.is_error {
                    ui.visuals().error_fg_color
                } else {
                    ui.visuals().text_color()
                };
                ui.colored_label(color, &status.text);
            }
            if help::footer_ui(ui) {
                self.help_open = true;
            }
        });
        egui::CentralPanel::default().show(ui, |ui| {
            self.restore_banner_ui(ui);
            match self.prefs.view {
                View::Compare => self.prefs.compare.ui(ui, catalog),
                View::Planner => self.planner.ui(ui, catalog),
                View::Sources => sources::sources_ui(ui, catalog),
            }
        });

        help::help_window(&ctx, &mut self.help_open);
        self.calendar_ui(&ctx);
        if let Some(chosen) = self.dialogs.ui(&ctx) {
            self.on_chosen(&ctx, chosen);
        }
        self.confirm_ui(&ctx);
        self.autosave(&ctx);

        let title = self.window_title();
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if self.exit_after_first_frame {
            self.allowed_to_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }
}
