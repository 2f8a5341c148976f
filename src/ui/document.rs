//! The open / save / autosave / close cycle of the plan being edited, and the offer to bring
//! back unsaved work that a window left behind.
//!
//! The rules (the files themselves are guarded by `plan::disk` and `plan::autosave`):
//! - opening never half-loads: on any problem the current plan stays as it was;
//! - unsaved changes are never dropped without asking (New, Open, a template, Restore, Close);
//! - the plan is autosaved a moment after each change, to this window's own autosave;
//! - left-over work is offered only when its window is gone, and removed only when the person
//!   answers; an unreadable autosave is moved aside and the status line says where.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::catalog::Catalog;
use crate::check;
use crate::document::Document;
use crate::export;
use crate::plan::file::{self, PlanFileError};
use crate::plan::workspace::{self, Autosave, Recovery, Slot, Workspace};
use crate::plan::{Plan, disk};

use super::app::{CareLevelsApp, View};
use super::files::{Chosen, Purpose, SaveChoice};

/// How long after the last change the working plan is autosaved.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(2);
/// How many recent files File > Open recent lists.
const RECENT_LIMIT: usize = 8;

/// Something that must wait for the answer to "Save your changes?".
#[derive(Clone, Debug, PartialEq)]
pub enum Pending {
    New,
    Open,
    OpenPath(PathBuf),
    Template(usize),
    /// Bring back the first offered [`Recovery`].
    Restore,
    Close,
}

/// The cycle's state: this window's autosave, and what waits on the person.
#[derive(Default)]
pub struct DocumentState {
    /// `None`: no autosave (no data folder, or it could not be made).
    pub autosave: Option<Autosave>,
    autosave_due: Option<Instant>,
    autosaved_revision: u64,
    /// The action waiting on Save / Discard / Cancel.
    pub confirm: Option<Pending>,
    /// The action to run once a Save As finishes.
    after_save: Option<Pending>,
    pub allowed_to_close: bool,
    /// Work other windows left unsaved, offered back one at a time (plans first).
    recoveries: Vec<Recovery>,
    /// Restored work whose new autosave failed: its old one stays, held by this window.
    held: Vec<Recovery>,
}

impl DocumentState {
    /// Starts this window's autosave in `workspace` and collects what gone windows left.
    /// Returns the state and a message for the status line, if any.
    pub fn start(workspace: Option<&Workspace>, revision: u64) -> (DocumentState, Option<String>) {
        let mut state = DocumentState {
            autosaved_revision: revision,
            ..DocumentState::default()
        };
        let Some(ws) = workspace else {
            return (state, None);
        };
        let autosave = match Autosave::start(ws) {
            Ok(autosave) => autosave,
            Err(e) => {
                let note = format!("Autosave is off for this window: {e}");
                return (state, Some(note));
            }
        };
        let (found, unreadable) = autosave.recoverable();
        state.autosave = Some(autosave);
        state.recoveries = found;
        // Plans first: this window restores plans; other documents wait for their view.
        state.recoveries.sort_by_key(|r| r.slot != Slot::Plan);
        let notes: Vec<String> = unreadable
            .into_iter()
            .map(|u| match u.moved_to {
                Some(to) => format!(
                    "Unsaved work from last time could not be read ({}). It was kept as {}.",
                    u.error,
                    to.display()
                ),
                None => format!(
                    "Unsaved work from last time could not be read ({}). It was left where it is.",
                    u.error
                ),
            })
            .collect();
        (state, (!notes.is_empty()).then(|| notes.join(" ")))
    }

    /// The recovery the banner offers now, if any.
    fn offered(&self) -> Option<&Recovery> {
        self.recoveries.first().filter(|r| r.slot == Slot::Plan)
    }

    /// Whether some left-over work is being offered back.
    pub fn offers_recovery(&self) -> bool {
        self.offered().is_some()
    }

    fn clear(&self) {
        if let Some(autosave) = &self.autosave {
            autosave.clear(Slot::Plan);
        }
    }
}

/// Cleans the app's stale temporary files out of the folders of recent files, off the UI
/// thread (a folder may be on a slow network disk).
pub fn clean_recent_folders(recent: &[PathBuf]) {
    let mut dirs: Vec<PathBuf> = recent
        .iter()
        .filter_map(|p| p.parent().map(Path::to_owned))
        .collect();
    dirs.sort();
    dirs.dedup();
    if dirs.is_empty() {
        return;
    }
    std::thread::spawn(move || {
        for dir in dirs {
            disk::clean_stale_temps(&dir);
        }
    });
}

/// A save error in the person's terms, with what to do next.
fn save_error(e: &PlanFileError) -> String {
    match e {
        PlanFileError::Write { problem, .. } if problem.save_as_helps() => {
            format!("{e} Choose Save As to save it somewhere else.")
        }
        _ => e.to_string(),
    }
}

impl CareLevelsApp {
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
                self.after_new_plan();
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
                self.after_new_plan();
                self.set_info(format!("Saved to {}", path.display()));
                true
            }
            Err(e) => {
                self.set_error(save_error(&e));
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
    pub(super) fn save(&mut self, ctx: &egui::Context) -> bool {
        match self.planner.path().map(Path::to_owned) {
            Some(path) => self.save_to(&path),
            None => {
                self.save_as(ctx);
                false
            }
        }
    }

    pub(super) fn save_as(&mut self, ctx: &egui::Context) {
        let suggested = self.planner.path().map(Path::to_owned).or_else(|| {
            Some(PathBuf::from(suggested_file_name(
                self.planner.plan(),
                "ron",
            )))
        });
        self.dialogs.ask(ctx, Purpose::SaveAs, suggested);
    }

    /// Runs `action` now, or first asks about unsaved changes.
    pub(super) fn request(&mut self, ctx: &egui::Context, action: Pending) {
        if self.planner.is_dirty() {
            self.doc.confirm = Some(action);
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
            Pending::Restore => self.restore(),
            Pending::Close => {
                self.doc.allowed_to_close = true;
                self.doc.clear();
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
        }
    }

    /// Brings back the offered work. It is autosaved again as this window's before the old
    /// autosave goes, so there is no moment when it exists nowhere.
    fn restore(&mut self) {
        if self.doc.offered().is_none() {
            return;
        }
        let recovery = self.doc.recoveries.remove(0);
        let Document::Plan(plan) = recovery.document.clone() else {
            self.doc.held.push(recovery);
            return;
        };
        self.planner.restore(plan, recovery.source.clone());
        self.prefs.view = View::Planner;
        let saved = self.doc.autosave.as_ref().map(|a| {
            let document = Document::Plan(self.planner.plan().clone());
            a.save(Slot::Plan, &document, self.planner.path())
        });
        match saved {
            Some(Ok(())) => {
                self.doc.autosaved_revision = self.planner.revision();
                self.doc.autosave_due = None;
                recovery.forget();
                self.set_info(
                    "Restored the unsaved plan from last time. Save it to keep it.".into(),
                );
            }
            Some(Err(e)) => {
                self.doc.held.push(recovery);
                self.set_error(format!(
                    "Restored the unsaved plan from last time, but it could not be autosaved again ({e}). The copy from last time is kept. Save the plan to keep it."
                ));
            }
            None => self.doc.held.push(recovery),
        }
    }

    /// A plan was opened, saved or started afresh: nothing is unsaved, so nothing to autosave.
    fn after_new_plan(&mut self) {
        self.doc.autosaved_revision = self.planner.revision();
        self.doc.autosave_due = None;
        self.doc.clear();
    }

    pub(super) fn on_chosen(&mut self, ctx: &egui::Context, chosen: Chosen) {
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
                } else if let Some(next) = self.doc.after_save.take() {
                    self.run(ctx, next);
                }
            }
            Purpose::ExportCalendar => {
                if let Some(text) = self.calendar.render(self.planner.plan()) {
                    self.write_export(&path, &text, "calendar");
                }
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
        if let Some(text) = self.status_text().map(str::to_owned) {
            self.dialogs.retry_typed(purpose, text);
        }
    }

    /// Autosaves the working plan a moment after each change, and wakes up to do so.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        if self.doc.autosave.is_none() {
            return;
        }
        let revision = self.planner.revision();
        if revision == self.doc.autosaved_revision {
            return;
        }
        if !self.planner.is_dirty() {
            self.after_new_plan();
            return;
        }
        let now = Instant::now();
        let due = *self.doc.autosave_due.get_or_insert(now + AUTOSAVE_DELAY);
        if now < due {
            ctx.request_repaint_after(due - now);
            return;
        }
        let document = Document::Plan(self.planner.plan().clone());
        let result = self
            .doc
            .autosave
            .as_ref()
            .map(|a| a.save(Slot::Plan, &document, self.planner.path()));
        if let Some(Err(e)) = result {
            self.set_error(format!(
                "Your changes could not be autosaved ({e}). Save the plan to keep them."
            ));
        }
        self.doc.autosaved_revision = revision;
        self.doc.autosave_due = None;
    }

    /// The offer to bring back left-over work: Restore or Discard; no answer keeps it.
    pub(super) fn restore_banner_ui(&mut self, ui: &mut egui::Ui) {
        if self.doc.confirm == Some(Pending::Restore) {
            return;
        }
        let Some(recovery) = self.doc.offered() else {
            return;
        };
        let name = match recovery.document.name().trim() {
            "" => "an untitled plan".to_owned(),
            name => format!("\"{}\"", crate::text::one_line(name)),
        };
        let mut choice = None;
        egui::Frame::group(ui.style())
            .fill(ui.visuals().faint_bg_color)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(format!(
                        "A carelevels window closed without saving. Its unsaved work on {name} was kept."
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
                let ctx = ui.ctx().clone();
                self.request(&ctx, Pending::Restore);
            }
            Some(false) => {
                let recovery = self.doc.recoveries.remove(0);
                recovery.forget();
                self.set_info("Discarded the unsaved work from last time.".into());
            }
            None => {}
        }
    }

    /// Holds a close while there are unsaved changes; a clean close clears the autosave.
    pub(super) fn close_guard(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.doc.allowed_to_close {
            return;
        }
        if self.planner.is_dirty() {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.doc.confirm = Some(Pending::Close);
        } else {
            self.doc.clear();
        }
    }

    pub(super) fn confirm_ui(&mut self, ctx: &egui::Context) {
        let Some(pending) = self.doc.confirm.clone() else {
            return;
        };
        let Some(choice) = super::files::unsaved_changes_ui(ctx, &self.planner.plan().name) else {
            return;
        };
        self.doc.confirm = None;
        match choice {
            SaveChoice::Save => {
                if self.planner.path().is_some() {
                    if self.save(ctx) {
                        self.run(ctx, pending);
                    }
                } else {
                    self.doc.after_save = Some(pending);
                    self.save_as(ctx);
                }
            }
            SaveChoice::Discard => {
                self.doc.clear();
                self.run(ctx, pending);
            }
            SaveChoice::Cancel => {}
        }
    }

    pub(super) fn dropped_files(&mut self, ctx: &egui::Context) {
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

/// "evening-iop-around-a-day-job.ron" from the plan's name.
pub fn suggested_file_name(plan: &Plan, extension: &str) -> String {
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
