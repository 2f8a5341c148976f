//! "My programs": the real programs a person is weighing, side by side, each laid over their
//! own week.
//!
//! [`ProgramsView`] owns the programs file being edited (with undo history) and a cache of each
//! program's check. Its parts only report what the person did, and every change goes through
//! [`ProgramsView::edit`], so every change is undoable:
//! - [`table`]: one column per program, one row per field or question;
//! - [`week`]: one program's usual week in the week grid;
//! - [`my_week`]: the person's own commitments, shared by every program;
//! - [`must_haves`]: the questions that must be answered Yes, and who misses them;
//! - [`strip`]: the small painted week of each program, clashes drawn.
//!
//! It informs and never advises: there is no score, no ranking and no "best program".

mod cells;
mod checks;
pub mod must_haves;
pub mod my_week;
pub mod strip;
pub mod table;
pub mod week;

use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::check::Report;
use crate::export;
use crate::i18n::Lang;
use crate::plan::history::{History, OnDisk};
use crate::plan::{LevelId, Plan};
use crate::programs::{MAX_PROGRAMS, Program, Programs, ProgramsReport};

use checks::Checks;

use crate::ui::{t, tr};

/// One undoable change to the programs file, made by a part of the view and applied by
/// [`ProgramsView::edit`].
pub type Edit = Box<dyn FnOnce(&mut Programs)>;

/// What the view asks of the app (which owns the file dialogs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProgramsRequest {
    /// Ask where to write the plain-text summary, then write it.
    ExportSummary,
}

/// Which page of the view is showing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Page {
    /// Every program side by side.
    #[default]
    Table,
    /// One program's usual week, in the week grid.
    Week(usize),
}

/// A new programs file: two empty programs, ready to be named.
pub fn new_programs() -> Programs {
    new_programs_in(Lang::En)
}

/// [`new_programs`], the programs named in `lang` ("Program 1", "Programa 1").
pub fn new_programs_in(lang: Lang) -> Programs {
    let named = |n: usize| tr(lang, "programs-default-name", &[("n", n.into())]);
    Programs {
        programs: vec![
            Program::new(named(1), LevelId::Iop),
            Program::new(named(2), LevelId::Iop),
        ],
        ..Programs::default()
    }
}

/// The programs file being edited, its file, and the view's state.
pub struct ProgramsView {
    history: History<Programs>,
    /// The programs' file, and whether the programs differ from it.
    disk: OnDisk<Programs>,
    checks: Checks,
    pub page: Page,
    week: week::WeekEditor,
    my_week: my_week::MyWeek,
    table: table::TableState,
    /// A short message under the toolbar ("Copied ..."); the next edit clears it.
    notice: Option<(String, u64)>,
}

impl Default for ProgramsView {
    fn default() -> Self {
        ProgramsView::new(new_programs(), None)
    }
}

impl ProgramsView {
    /// A view editing `programs`, which came from `path` (or is new).
    pub fn new(programs: Programs, path: Option<PathBuf>) -> ProgramsView {
        let history = History::new(programs.clone());
        ProgramsView {
            history,
            disk: OnDisk::new(programs, path),
            checks: Checks::default(),
            page: Page::Table,
            week: week::WeekEditor::default(),
            my_week: my_week::MyWeek::default(),
            table: table::TableState::default(),
            notice: None,
        }
    }

    /// The programs as they are now.
    pub fn programs(&self) -> &Programs {
        self.history.current()
    }

    /// The file behind the programs, if any.
    pub fn path(&self) -> Option<&Path> {
        self.disk.path()
    }

    /// Bumps on every change, for autosave and window titles.
    pub fn revision(&self) -> u64 {
        self.history.revision()
    }

    /// Whether the programs differ from what was last opened or saved.
    pub fn is_dirty(&mut self) -> bool {
        self.disk
            .is_dirty(self.history.current(), self.history.revision())
    }

    /// Replaces the programs (New, Open), forgetting undo history. The revision keeps
    /// increasing, so the checks, the dirty marker and the autosave notice.
    pub fn load(&mut self, programs: Programs, path: Option<PathBuf>) {
        self.history.replace(programs.clone());
        self.disk = OnDisk::new(programs, path);
        self.page = Page::Table;
        self.week = week::WeekEditor::default();
        self.notice = None;
    }

    /// Brings back autosaved work on programs that belong to `path` (or to no file yet):
    /// unsaved, so Save writes it back to that file.
    pub fn restore(&mut self, programs: Programs, path: Option<PathBuf>) {
        let on_disk = path
            .as_deref()
            .and_then(|p| match crate::document::load(p) {
                Ok(crate::document::Document::Programs(p)) => Some(p),
                _ => None,
            })
            .unwrap_or_else(new_programs);
        self.load(on_disk, path);
        self.edit(|p| *p = programs);
    }

    /// Records that the programs are now saved at `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.disk.saved_as(self.history.current(), path);
    }

    /// Applies one undoable change.
    pub fn edit(&mut self, change: impl FnOnce(&mut Programs)) {
        self.history.edit(change);
        self.after_change();
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    pub fn undo(&mut self) {
        self.history.undo();
        self.after_change();
    }

    pub fn redo(&mut self) {
        self.history.redo();
        self.after_change();
    }

    /// Keeps the page and the week selection pointing at things that exist.
    fn after_change(&mut self) {
        let count = self.programs().programs.len();
        if let Page::Week(i) = self.page
            && i >= count
        {
            self.page = Page::Table;
        }
        self.week.fix_selection(self.history.current(), self.page);
    }

    /// Each program's check, re-run only for programs that changed.
    pub fn reports(&mut self, catalog: &Catalog) -> &[Report] {
        self.checks
            .refresh(self.history.current(), self.history.revision(), catalog);
        self.checks.reports()
    }

    /// The check of every program, as the core and the CLI see it (`None`: not entered yet).
    pub fn programs_report(&mut self, catalog: &Catalog) -> ProgramsReport {
        self.checks
            .refresh(self.history.current(), self.history.revision(), catalog);
        self.checks.programs_report(self.history.current())
    }

    /// The plain-text comparison (File > Export, Copy) in `lang`; `catalog` is the one in
    /// `lang`, for the level names.
    pub fn summary(&mut self, lang: Lang, catalog: &Catalog) -> String {
        let report = self.programs_report(catalog);
        export::programs_summary_in(lang, self.history.current(), &report, catalog)
    }

    /// The comparison as a printable PDF (File > Export PDF, Print).
    pub fn pdf(
        &mut self,
        catalog: &Catalog,
        options: &export::pdf::PdfOptions,
    ) -> Result<Vec<u8>, export::pdf::PdfError> {
        let report = self.programs_report(catalog);
        export::pdf::programs_pdf(self.history.current(), &report, catalog, options)
    }

    /// Adds an empty program at the end (at most [`MAX_PROGRAMS`]).
    pub fn add_program(&mut self, lang: Lang) {
        self.edit(|p| {
            if p.programs.len() < MAX_PROGRAMS {
                let name = tr(
                    lang,
                    "programs-default-name",
                    &[("n", (p.programs.len() + 1).into())],
                );
                let level = p.programs.last().map_or(LevelId::Iop, |last| last.level);
                p.programs.push(Program::new(name, level));
            }
        });
    }

    fn set_notice(&mut self, text: impl Into<String>) {
        self.notice = Some((text.into(), self.history.revision()));
    }

    /// Draws the view. `open_plan` is the plan open in "Plan my week", offered as a starting
    /// week. Returns what the app must do for it (file dialogs).
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        catalog: &Catalog,
        open_plan: Option<&Plan>,
    ) -> Option<ProgramsRequest> {
        // Undo and redo keys are the app's (`ui::keymap`).
        self.checks
            .refresh(self.history.current(), self.history.revision(), catalog);
        if self
            .notice
            .as_ref()
            .is_some_and(|(_, rev)| *rev != self.history.revision())
        {
            self.notice = None;
        }
        match self.page {
            Page::Week(index) if index < self.programs().programs.len() => {
                self.week_page_ui(ui, catalog, index, open_plan);
                None
            }
            _ => {
                self.page = Page::Table;
                self.table_page_ui(ui, catalog, open_plan)
            }
        }
    }

    /// The heading, the toolbar, my week and the table.
    fn table_page_ui(
        &mut self,
        ui: &mut egui::Ui,
        catalog: &Catalog,
        open_plan: Option<&Plan>,
    ) -> Option<ProgramsRequest> {
        let mut request = None;
        let lang = crate::ui::lang(ui.ctx());
        crate::ui::a11y::heading(ui, t(lang, "programs-heading"), 1);
        ui.add(egui::Label::new(t(lang, "programs-intro")).wrap());
        ui.horizontal_wrapped(|ui| {
            let count = self.programs().programs.len();
            if ui
                .add_enabled(
                    count < MAX_PROGRAMS,
                    egui::Button::new(t(lang, "programs-add")),
                )
                .on_hover_text(t(lang, "programs-add-hover"))
                .on_disabled_hover_text(tr(lang, "programs-at-most", &[("n", MAX_PROGRAMS.into())]))
                .clicked()
            {
                self.add_program(lang);
                self.table.scroll_to_last = true;
            }
            ui.separator();
            if ui
                .button(t(lang, "programs-copy-summary"))
                .on_hover_text(t(lang, "programs-copy-summary-hover"))
                .clicked()
            {
                let text = self.summary(lang, catalog);
                ui.ctx().copy_text(text);
                self.set_notice(t(lang, "programs-copied"));
            }
            if ui
                .button(t(lang, "programs-export-summary"))
                .on_hover_text(t(lang, "programs-export-summary-hover"))
                .clicked()
            {
                request = Some(ProgramsRequest::ExportSummary);
            }
            let name_label = ui.label(t(lang, "programs-list-name"));
            let mut name = self.programs().name.clone();
            let response = ui
                .add(
                    egui::TextEdit::singleline(&mut name)
                        .hint_text(t(lang, "programs-list-name-hint"))
                        .desired_width(200.0),
                )
                .labelled_by(name_label.id);
            if response.changed() {
                self.edit(|p| p.name = name);
            }
        });
        if let Some((notice, _)) = &self.notice {
            ui.label(notice.as_str());
        }
        let from_plan = open_plan.map_or(&[][..], |p| p.commitments.as_slice());
        let my_week_change = self
            .my_week
            .ui(ui, &self.history.current().my_week, from_plan);
        if let Some(change) = my_week_change {
            self.edit(change);
        }
        ui.separator();
        let reports = self.checks.reports().to_vec();
        let actions = self.table.ui(ui, catalog, self.history.current(), &reports);
        for action in actions {
            self.apply_table(lang, action);
        }
        request
    }

    fn apply_table(&mut self, lang: Lang, action: table::TableAction) {
        use table::TableAction as A;
        match action {
            A::Edit(change) => self.edit(change),
            A::OpenWeek(i) => {
                self.page = Page::Week(i);
                self.week.open();
            }
            A::Removed(name) => {
                self.set_notice(tr(lang, "programs-removed", &[("name", name.into())]));
            }
        }
    }

    fn week_page_ui(
        &mut self,
        ui: &mut egui::Ui,
        catalog: &Catalog,
        index: usize,
        open_plan: Option<&Plan>,
    ) {
        let report = self.checks.reports().get(index).cloned();
        let Some(report) = report else {
            self.page = Page::Table;
            return;
        };
        let outcome = self.week.ui(
            ui,
            catalog,
            self.history.current(),
            index,
            &report,
            open_plan,
        );
        for change in outcome.changes {
            self.edit(change);
        }
        self.week.after_edit(self.history.current(), index);
        if outcome.back {
            self.page = Page::Table;
        }
    }
}
