//! The open / save / autosave / close cycle of the two documents a window edits (the plan in
//! "Plan my week" and the programs file in "My programs"), and the offer to bring back unsaved
//! work that a window left behind.
//!
//! The rules (the files themselves are guarded by `plan::disk` and `plan::autosave`):
//! - opening never half-loads: on any problem the open documents stay as they were;
//! - unsaved changes are never dropped without asking (New, Open, a template, Restore, Close);
//! - each document is autosaved a moment after each change, to this window's own autosave;
//! - left-over work is offered only when its window is gone, and removed only when the person
//!   answers; an unreadable autosave is moved aside and the status line says where.
//!
//! File > Save, Save As and the exports act on the document of the current view ([`View::slot`]);
//! Open puts a file in the view for its kind.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::catalog::Catalog;
use crate::check::{self, PlanReport};
use crate::document::{self, Document};
use crate::i18n::Lang;
use crate::plan::workspace::{self, Autosave, Recovery, Slot, Workspace};
use crate::plan::{Plan, disk};
use crate::ui::{t, tr};

mod messages;
mod questions;

use messages::{load_error_in, save_error};

use super::app::{CareLevelsApp, View};
use super::exports::suggested_file_name;
use super::files::{Chosen, Purpose};
use super::picture::Target;
use super::planner::Planner;
use super::programs::{ProgramsView, new_programs_in};

/// How long after the last change a document is autosaved.
pub const AUTOSAVE_DELAY: Duration = Duration::from_secs(2);
/// How many recent files File > Open recent lists.
const RECENT_LIMIT: usize = 8;

/// What the file cycle needs of a document being edited.
pub trait Edited {
    /// The document as it is now, in the form files and autosaves hold.
    fn document(&self) -> Document;
    /// Its own name ("" when it has none).
    fn name(&self) -> &str;
    /// The file it was opened from or last saved to.
    fn path(&self) -> Option<&Path>;
    /// Bumps on every change.
    fn revision(&self) -> u64;
    /// Whether it differs from what was last opened or saved.
    fn is_dirty(&mut self) -> bool;
    /// It is now saved at `path`.
    fn mark_saved(&mut self, path: PathBuf);
}

impl Edited for Planner {
    fn document(&self) -> Document {
        Document::Plan(self.plan().clone())
    }
    fn name(&self) -> &str {
        &self.plan().name
    }
    fn path(&self) -> Option<&Path> {
        Planner::path(self)
    }
    fn revision(&self) -> u64 {
        Planner::revision(self)
    }
    fn is_dirty(&mut self) -> bool {
        Planner::is_dirty(self)
    }
    fn mark_saved(&mut self, path: PathBuf) {
        Planner::mark_saved(self, path);
    }
}

impl Edited for ProgramsView {
    fn document(&self) -> Document {
        Document::Programs(self.programs().clone())
    }
    fn name(&self) -> &str {
        &self.programs().name
    }
    fn path(&self) -> Option<&Path> {
        ProgramsView::path(self)
    }
    fn revision(&self) -> u64 {
        ProgramsView::revision(self)
    }
    fn is_dirty(&mut self) -> bool {
        ProgramsView::is_dirty(self)
    }
    fn mark_saved(&mut self, path: PathBuf) {
        ProgramsView::mark_saved(self, path);
    }
}

/// The document in a slot, in the person's words ("plan", "programs list").
pub fn kind_words(lang: Lang, slot: Slot) -> String {
    t(lang, &format!("doc-kind-{}", kind_code(slot)))
}

/// `"plan"` or `"programs"`: chooses the wording (and in Spanish the gender) of messages
/// about a document, as `$kind` in ui.ftl.
pub fn kind_code(slot: Slot) -> &'static str {
    match slot {
        Slot::Plan => "plan",
        Slot::Programs => "programs",
    }
}

/// "Untitled plan", "Untitled programs list".
pub fn untitled(lang: Lang, slot: Slot) -> String {
    tr(lang, "doc-untitled", &[("kind", kind_code(slot).into())])
}

fn ix(slot: Slot) -> usize {
    slot as usize
}

fn slot_of(document: &Document) -> Slot {
    match document {
        Document::Plan(_) => Slot::Plan,
        Document::Programs(_) => Slot::Programs,
    }
}

/// A file read and checked, waiting to take its view's place.
#[derive(Clone, Debug)]
pub struct Opened {
    document: Document,
    /// A plan's check, made once on opening and handed to the planner.
    report: Option<PlanReport>,
    path: PathBuf,
}

/// Something that must wait for the answer to "Save your changes?".
#[derive(Clone, Debug)]
pub enum Pending {
    New,
    /// An opened file, to replace the document of its kind.
    Replace(Box<Opened>),
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
    /// Per slot ([`Slot`] order): when the next autosave is due, and the revision last autosaved.
    autosave_due: [Option<Instant>; 2],
    autosaved_revision: [u64; 2],
    /// The action waiting on Save / Discard / Cancel, and whose changes the question is about.
    pub confirm: Option<(Slot, Pending)>,
    /// The action to run once a Save As finishes.
    after_save: Option<Pending>,
    /// The document a Save As or an export dialog is for (the view may change meanwhile).
    pub(super) target: Option<Slot>,
    /// While closing: the documents whose unsaved changes the person chose to discard.
    discarded: [bool; 2],
    pub allowed_to_close: bool,
    /// Work other windows left unsaved, offered back one at a time (plans first).
    recoveries: Vec<Recovery>,
    /// Restored work whose new autosave failed: its old one stays, held by this window.
    held: Vec<Recovery>,
}

impl DocumentState {
    /// Starts this window's autosave in `workspace` and collects what gone windows left.
    /// `revisions` are the documents' revisions now (per slot). Returns the state and a message
    /// for the status line, if any.
    pub fn start(
        workspace: Option<&Workspace>,
        revisions: [u64; 2],
    ) -> (DocumentState, Option<String>) {
        let mut state = DocumentState {
            autosaved_revision: revisions,
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
        self.recoveries.first()
    }

    /// Whether some left-over work is being offered back.
    pub fn offers_recovery(&self) -> bool {
        self.offered().is_some()
    }

    fn clear(&self, slot: Slot) {
        if let Some(autosave) = &self.autosave {
            autosave.clear(slot);
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

impl CareLevelsApp {
    /// The document in `slot`.
    pub fn edited(&mut self, slot: Slot) -> &mut dyn Edited {
        match slot {
            Slot::Plan => &mut self.planner,
            Slot::Programs => &mut self.programs,
        }
    }

    /// Opens a plan or programs file into the view for its kind; on any problem the open
    /// documents stay exactly as they were. When the document it replaces has unsaved changes,
    /// the person is asked first. Returns whether the file could be read.
    pub fn open_path(&mut self, path: &Path) -> bool {
        let catalog = Catalog::builtin();
        let document = match document::load(path) {
            Ok(document) => document,
            Err(e) => {
                let message = tr(
                    self.lang(),
                    "doc-could-not-open",
                    &[("error", load_error_in(self.lang(), &e).into())],
                );
                self.set_error(message);
                return false;
            }
        };
        let report = match &document {
            Document::Plan(plan) => match check::check_plan(plan, catalog, None) {
                Ok(report) => Some(report),
                Err(e) => {
                    self.set_error(format!("{}: {e}", path.display()));
                    return false;
                }
            },
            Document::Programs(_) => None,
        };
        let slot = slot_of(&document);
        let opened = Opened {
            document,
            report,
            path: path.to_owned(),
        };
        if self.edited(slot).is_dirty() {
            self.doc.confirm = Some((slot, Pending::Replace(Box::new(opened))));
        } else {
            self.install(opened);
        }
        true
    }

    /// Puts an opened file in its view.
    fn install(&mut self, opened: Opened) {
        let Opened {
            document,
            report,
            path,
        } = opened;
        let slot = slot_of(&document);
        match document {
            Document::Plan(plan) => {
                let catalog = Catalog::builtin();
                let report = match report {
                    Some(report) => report,
                    None => match check::check_plan(&plan, catalog, None) {
                        Ok(report) => report,
                        Err(e) => {
                            self.set_error(format!("{}: {e}", path.display()));
                            return;
                        }
                    },
                };
                self.planner.load_checked(plan, report, Some(path.clone()));
                self.prefs.view = View::Planner;
            }
            Document::Programs(programs) => {
                self.programs.load(programs, Some(path.clone()));
                self.prefs.view = View::Programs;
            }
        }
        self.after_new(slot);
        self.remember(&path);
        let message = tr(
            self.lang(),
            "doc-opened",
            &[("path", path.display().to_string().into())],
        );
        self.set_info(message);
    }

    /// Saves the document in `slot` to `path`; returns whether it worked.
    pub fn save_to(&mut self, slot: Slot, path: &Path) -> bool {
        self.save_to_from(slot, path, false)
    }

    /// [`Self::save_to`], saying whether the path came from the Save as prompt (which shapes
    /// the advice in an error).
    fn save_to_from(&mut self, slot: Slot, path: &Path, in_save_as: bool) -> bool {
        let document = self.edited(slot).document();
        match document::save(path, &document) {
            Ok(()) => {
                self.edited(slot).mark_saved(path.to_owned());
                self.remember(path);
                self.after_new(slot);
                let message = tr(
                    self.lang(),
                    "doc-saved",
                    &[("path", path.display().to_string().into())],
                );
                self.set_info(message);
                true
            }
            Err(e) => {
                self.set_error(save_error(self.lang(), &e, in_save_as));
                false
            }
        }
    }

    fn remember(&mut self, path: &Path) {
        let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
        self.dialogs.last_folder = path.parent().map(Path::to_owned);
        self.prefs.recent.retain(|p| p != &path);
        self.prefs.recent.insert(0, path);
        self.prefs.recent.truncate(RECENT_LIMIT);
    }

    /// Save (Ctrl+S): to the document's file, or ask where when it has none. Returns whether
    /// the document is now saved.
    pub(super) fn save(&mut self, ctx: &egui::Context, slot: Slot) -> bool {
        match self.edited(slot).path().map(Path::to_owned) {
            Some(path) => self.save_to(slot, &path),
            None => {
                self.save_as(ctx, slot);
                false
            }
        }
    }

    pub(super) fn save_as(&mut self, ctx: &egui::Context, slot: Slot) {
        let edited = self.edited(slot);
        let suggested = edited
            .path()
            .map(Path::to_owned)
            .unwrap_or_else(|| PathBuf::from(suggested_file_name(edited.name(), slot, "ron")));
        self.doc.target = Some(slot);
        self.dialogs.ask(ctx, Purpose::SaveAs, Some(suggested));
    }

    /// Runs `action` now, or first asks about unsaved changes to the document in `slot`.
    pub(super) fn request(&mut self, ctx: &egui::Context, slot: Slot, action: Pending) {
        if self.edited(slot).is_dirty() {
            self.doc.confirm = Some((slot, action));
        } else {
            self.run(ctx, slot, action);
        }
    }

    fn run(&mut self, ctx: &egui::Context, slot: Slot, action: Pending) {
        match action {
            Pending::New => {
                match slot {
                    Slot::Plan => {
                        let level = self.planner.plan().phase(self.planner.phase()).level;
                        self.planner.load(Plan::new(level), None);
                        self.prefs.view = View::Planner;
                        self.set_info(t(self.lang(), "doc-new-plan"));
                    }
                    Slot::Programs => {
                        self.programs.load(new_programs_in(self.lang()), None);
                        self.prefs.view = View::Programs;
                        self.set_info(t(self.lang(), "doc-new-programs"));
                    }
                }
                self.after_new(slot);
            }
            Pending::Replace(opened) => self.install(*opened),
            Pending::Template(i) => {
                if let Some(template) = workspace::templates().get(i).cloned() {
                    let name = template.name.clone();
                    self.planner.start_from(template);
                    self.prefs.view = View::Planner;
                    self.set_info(tr(
                        self.lang(),
                        "doc-from-template",
                        &[("name", name.into())],
                    ));
                }
            }
            Pending::Restore => self.restore(),
            Pending::Close => self.close_step(ctx),
        }
    }

    /// Closes once every document with unsaved changes was saved or discarded, asking about
    /// the next one otherwise.
    fn close_step(&mut self, ctx: &egui::Context) {
        for slot in Slot::ALL {
            if !self.doc.discarded[ix(slot)] && self.edited(slot).is_dirty() {
                self.doc.confirm = Some((slot, Pending::Close));
                return;
            }
        }
        self.doc.allowed_to_close = true;
        for slot in Slot::ALL {
            self.doc.clear(slot);
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::Close);
    }

    /// Brings back the offered work. It is autosaved again as this window's before the old
    /// autosave goes, so there is no moment when it exists nowhere.
    fn restore(&mut self) {
        if self.doc.offered().is_none() {
            return;
        }
        let recovery = self.doc.recoveries.remove(0);
        let slot = recovery.slot;
        match recovery.document.clone() {
            Document::Plan(plan) => {
                self.planner.restore(plan, recovery.source.clone());
                self.prefs.view = View::Planner;
            }
            Document::Programs(programs) => {
                self.programs.restore(programs, recovery.source.clone());
                self.prefs.view = View::Programs;
            }
        }
        let document = self.edited(slot).document();
        let source = self.edited(slot).path().map(Path::to_owned);
        let saved = self
            .doc
            .autosave
            .as_ref()
            .map(|a| a.save(slot, &document, source.as_deref()));
        let lang = self.lang();
        let kind = kind_code(slot);
        match saved {
            Some(Ok(())) => {
                self.doc.autosaved_revision[ix(slot)] = self.edited(slot).revision();
                self.doc.autosave_due[ix(slot)] = None;
                recovery.forget();
                self.set_info(tr(lang, "doc-restored", &[("kind", kind.into())]));
            }
            Some(Err(e)) => {
                self.doc.held.push(recovery);
                self.set_error(tr(
                    lang,
                    "doc-restored-not-autosaved",
                    &[("kind", kind.into()), ("error", e.to_string().into())],
                ));
            }
            None => self.doc.held.push(recovery),
        }
    }

    /// A document was opened, saved or started afresh: nothing is unsaved, so nothing to
    /// autosave.
    fn after_new(&mut self, slot: Slot) {
        self.doc.autosaved_revision[ix(slot)] = self.edited(slot).revision();
        self.doc.autosave_due[ix(slot)] = None;
        self.doc.clear(slot);
    }

    pub(super) fn on_chosen(&mut self, ctx: &egui::Context, chosen: Chosen) {
        let Chosen::Path(purpose, path) = chosen;
        let slot = self.doc.target.take().unwrap_or(self.prefs.view.slot());
        match purpose {
            Purpose::Open => {
                if !self.open_path(&path) {
                    self.retry_typed(Purpose::Open);
                }
            }
            Purpose::SaveAs => {
                if !self.save_to_from(slot, &path, true) {
                    self.doc.target = Some(slot);
                    self.retry_typed(Purpose::SaveAs);
                } else if let Some(next) = self.doc.after_save.take() {
                    self.run(ctx, slot, next);
                }
            }
            Purpose::ExportCalendar => {
                if let Some(text) = self.calendar.render(self.lang(), self.planner.plan()) {
                    self.write_export(&path, text.as_bytes(), "calendar");
                }
            }
            Purpose::ExportSummary => {
                let text = self.summary(slot);
                self.write_export(&path, text.as_bytes(), "summary");
            }
            Purpose::ExportPng => self.picture.want(ctx, Target::Save(path)),
            Purpose::ExportPdf => match self.pdf(slot) {
                Ok(bytes) => self.write_export(&path, &bytes, "PDF"),
                Err(e) => {
                    let message = tr(
                        self.lang(),
                        "doc-pdf-failed",
                        &[("error", e.to_string().into())],
                    );
                    self.set_error(message);
                }
            },
        }
    }

    /// Shows the path prompt again, with the error, when a typed path did not work.
    fn retry_typed(&mut self, purpose: Purpose) {
        if let Some(text) = self.status_text().map(str::to_owned) {
            self.dialogs.retry_typed(purpose, text);
        }
    }

    /// Autosaves each document a moment after each change, and wakes up to do so.
    pub(super) fn autosave_tick(&mut self, ctx: &egui::Context) {
        if self.doc.autosave.is_none() {
            return;
        }
        for slot in Slot::ALL {
            let revision = self.edited(slot).revision();
            if revision == self.doc.autosaved_revision[ix(slot)] {
                continue;
            }
            if !self.edited(slot).is_dirty() {
                self.after_new(slot);
                continue;
            }
            let now = Instant::now();
            let due = *self.doc.autosave_due[ix(slot)].get_or_insert(now + AUTOSAVE_DELAY);
            if now < due {
                ctx.request_repaint_after(due - now);
                continue;
            }
            let document = self.edited(slot).document();
            let source = self.edited(slot).path().map(Path::to_owned);
            let result = self
                .doc
                .autosave
                .as_ref()
                .map(|a| a.save(slot, &document, source.as_deref()));
            if let Some(Err(e)) = result {
                let message = tr(
                    self.lang(),
                    "doc-autosave-failed",
                    &[
                        ("kind", kind_code(slot).into()),
                        ("error", e.to_string().into()),
                    ],
                );
                self.set_error(message);
            }
            self.doc.autosaved_revision[ix(slot)] = revision;
            self.doc.autosave_due[ix(slot)] = None;
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
            self.open_path(&path);
        }
    }
}
