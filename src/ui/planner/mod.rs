//! "Plan my week": the week grid, the block editor, the live check and the plan's files.
//!
//! [`Planner`] owns the plan being edited (with undo history) and the cached check report.
//! The grid, the form and the results panel only report what the user did; every change goes
//! through [`Planner::edit`], so every change is undoable and re-runs the check exactly once.

pub mod editor;
pub mod findings;
mod gauge;
pub mod grid;
pub mod phases;
pub mod results;
pub mod timeline;
mod verdict;
pub mod work_hours;

use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::check::{self, PlanReport, Report};
use crate::plan::history::{History, OnDisk};
use crate::plan::{Clock, Commitment, Day, Plan, Session, TimeBlock};
use crate::ui::t;

pub use crate::plan::Item;

use editor::{Editor, EditorAction};
pub use grid::GridAction;
use grid::GridState;
use phases::{PhaseAction, StripState};
use results::ResultsAction;
use timeline::TimelineState;
use work_hours::WorkHoursForm;

/// The plan being edited, its file, and the planner's view state.
pub struct Planner {
    history: History,
    /// The plan's file, and whether the plan differs from it.
    disk: OnDisk<Plan>,
    report: PlanReport,
    report_revision: u64,
    /// The phase shown in the week grid and the live check.
    phase: usize,
    /// The selected block of that phase's week, if any.
    pub selection: Option<Item>,
    grid: GridState,
    editor: Editor,
    work_hours: WorkHoursForm,
    strip: StripState,
    timeline: TimelineState,
    /// Whether the form is shown; `None` follows the window width (see [`NARROW_WIDTH`]).
    form_open: Option<bool>,
    /// Whether the form was shown last frame.
    form_shown: bool,
    /// The UI's language last frame: new phases are named in it.
    lang: crate::i18n::Lang,
    /// The widths the person keeps for the form and the check.
    form_width: PanelWidth,
    results_width: PanelWidth,
}

/// A side panel's width as the person sets it. A narrower window (or larger text) squeezes
/// the panel; when the room grows again the panel goes back to that width, where egui alone
/// would keep it squeezed.
#[derive(Clone, Copy, Debug)]
struct PanelWidth {
    /// The width last set by dragging the panel's edge, or the default.
    chosen: f32,
    /// The room the panels shared last frame.
    room: f32,
}

impl PanelWidth {
    fn new(default: f32) -> PanelWidth {
        PanelWidth {
            chosen: default,
            room: 0.0,
        }
    }

    /// The panel's smallest size this frame: back up to the chosen width right after the
    /// room grew, else `min`.
    fn min_size(&self, room: f32, min: f32, max: f32) -> f32 {
        if room > self.room + 1.0 {
            self.chosen.min(max).max(min)
        } else {
            min
        }
    }

    /// Notes the panel's width after it was drawn: a change while the room stayed the same
    /// (and the panel not held at its maximum) is the person's choice.
    fn drawn(&mut self, room: f32, width: f32, max: f32) {
        if (room - self.room).abs() <= 1.0 && width < max - 1.0 {
            self.chosen = width;
        }
        self.room = room;
    }
}

/// The side panels' widths until the person sets their own, in points.
const FORM_WIDTH: f32 = 270.0;
const RESULTS_WIDTH: f32 = 340.0;

/// Below this height of the middle (in points) the phases and the timeline scroll above the
/// week instead of pushing it out of the window, and the timeline folds.
const SHORT_MIDDLE: f32 = 420.0;

/// Below this width (in points) the form folds away so the week keeps its room.
const NARROW_WIDTH: f32 = 1100.0;

impl Default for Planner {
    fn default() -> Self {
        Planner::new(Plan::default(), None)
    }
}

impl Planner {
    /// A planner editing `plan`, which came from `path` (or is new).
    pub fn new(plan: Plan, path: Option<PathBuf>) -> Planner {
        let report = run_check(&plan);
        let history = History::new(plan.clone());
        Planner {
            report_revision: history.revision(),
            history,
            disk: OnDisk::new(plan, path),
            report,
            phase: 0,
            selection: None,
            grid: GridState::default(),
            editor: Editor::default(),
            work_hours: WorkHoursForm::default(),
            strip: StripState::default(),
            timeline: TimelineState::default(),
            form_open: None,
            form_shown: true,
            lang: crate::i18n::Lang::En,
            form_width: PanelWidth::new(FORM_WIDTH),
            results_width: PanelWidth::new(RESULTS_WIDTH),
        }
    }

    /// The plan as it is now.
    pub fn plan(&self) -> &Plan {
        self.history.plan()
    }

    /// The check of the shown phase; re-run only when the plan has changed.
    pub fn report(&mut self) -> &Report {
        let phase = self.phase;
        self.plan_report().phase(phase)
    }

    /// The check of every phase; re-run only when the plan has changed.
    pub fn plan_report(&mut self) -> &PlanReport {
        if self.report_revision != self.history.revision() {
            self.report = run_check(self.history.plan());
            self.report_revision = self.history.revision();
        }
        &self.report
    }

    /// The phase shown in the week grid.
    pub fn phase(&self) -> usize {
        self.phase.min(self.plan().phases.len().saturating_sub(1))
    }

    /// The file behind the plan, if it has one.
    pub fn path(&self) -> Option<&Path> {
        self.disk.path()
    }

    /// Whether the plan differs from what was last opened or saved.
    pub fn is_dirty(&mut self) -> bool {
        self.disk
            .is_dirty(self.history.plan(), self.history.revision())
    }

    /// Bumps on every change, for autosave and window titles.
    pub fn revision(&self) -> u64 {
        self.history.revision()
    }

    /// Scrolls the week so `day` at `time` is in view on the next frame.
    pub fn reveal(&mut self, day: Day, time: Clock) {
        self.grid.reveal(day, time);
    }

    /// Replaces the plan (New, Open, a template), forgetting undo history and selection.
    pub fn load(&mut self, plan: Plan, path: Option<PathBuf>) {
        // The same history, so the revision keeps increasing: the report, the dirty marker and
        // the app's autosave all notice the new plan.
        self.history.replace(plan.clone());
        self.disk = OnDisk::new(plan, path);
        self.phase = 0;
        self.selection = None;
        self.editor = Editor::default();
        // A new week opens scrolled to its own sessions.
        self.grid = GridState::default();
    }

    /// Replaces the plan with one just opened and already checked, so it is not checked twice.
    pub fn load_checked(&mut self, plan: Plan, report: PlanReport, path: Option<PathBuf>) {
        self.load(plan, path);
        self.report = report;
        self.report_revision = self.history.revision();
    }

    /// Starts from a template: its contents, but as an unsaved new plan.
    pub fn start_from(&mut self, template: Plan) {
        self.load(Plan::new(template.phase(0).level), None);
        self.edit(|p| *p = template);
    }

    /// Brings back autosaved work on a plan that belongs to `path` (or to no file yet):
    /// unsaved, so Save writes it back to that file.
    pub fn restore(&mut self, plan: Plan, path: Option<PathBuf>) {
        let on_disk = path
            .as_deref()
            .and_then(|p| crate::plan::file::load(p).ok())
            .unwrap_or_else(|| Plan::new(plan.phase(0).level));
        self.load(on_disk, path);
        self.edit(|p| *p = plan);
    }

    /// Records that the plan is now saved at `path`.
    pub fn mark_saved(&mut self, path: PathBuf) {
        self.disk.saved_as(self.history.plan(), path);
    }

    /// Applies one undoable change.
    pub fn edit(&mut self, change: impl FnOnce(&mut Plan)) {
        self.history.edit(change);
        self.fix_selection();
    }

    pub fn can_undo(&self) -> bool {
        self.history.can_undo()
    }

    pub fn can_redo(&self) -> bool {
        self.history.can_redo()
    }

    pub fn undo(&mut self) {
        self.history.undo();
        self.fix_selection();
    }

    pub fn redo(&mut self) {
        self.history.redo();
        self.fix_selection();
    }

    /// Drops a selection that no longer points at a block.
    fn fix_selection(&mut self) {
        let phase = self.phase();
        self.phase = phase;
        if let Some(item) = self.selection
            && !self.history.plan().contains(phase, item)
        {
            self.selection = None;
        }
    }

    /// Applies what the user did in the grid.
    pub fn apply_grid(&mut self, action: GridAction) {
        match action {
            GridAction::Select(item) => self.selection = Some(item),
            GridAction::ClearSelection => self.selection = None,
            GridAction::Create { day, start, end } => {
                let kind = self.editor.kind;
                self.add_session(Session {
                    day,
                    start,
                    end,
                    kind,
                    title: String::new(),
                });
                // The new block takes the keyboard, as a block dragged does.
                if let Some(item) = self.selection {
                    self.grid.focus(item);
                }
            }
            GridAction::SetBlock {
                item,
                day,
                start,
                end,
            } => {
                if end <= start {
                    return;
                }
                let phase = self.phase();
                self.edit(|p| p.set_block(phase, item, TimeBlock { day, start, end }));
                self.selection = Some(item);
            }
            GridAction::Edit(item) => {
                self.selection = Some(item);
                if !self.form_shown {
                    // Opened for editing: the form shows even in a narrow window.
                    self.form_open = Some(true);
                }
                self.editor.focus_title();
            }
            GridAction::Delete(item) => self.delete(item),
        }
    }

    /// Removes a block.
    pub fn delete(&mut self, item: Item) {
        let phase = self.phase();
        self.edit(|p| p.remove(phase, item));
        self.selection = None;
    }

    /// Adds a session to the shown phase and selects it.
    fn add_session(&mut self, session: Session) {
        let phase = self.phase();
        self.edit(|p| p.phase_mut(phase).sessions.push(session));
        let count = self.plan().phase(phase).sessions.len();
        self.selection = Some(Item::Session(count - 1));
    }

    /// Shows phase `index` in the grid, the form and the live check.
    pub fn select_phase(&mut self, index: usize) {
        let index = index.min(self.plan().phases.len().saturating_sub(1));
        if index != self.phase {
            self.phase = index;
            self.selection = None;
        }
    }

    /// Applies what the user did to the phases (strip, timeline, results) as one edit.
    pub fn apply_phase(&mut self, action: PhaseAction) {
        if let PhaseAction::Select(i) = action {
            self.select_phase(i);
            return;
        }
        let mut shown = None;
        let catalog = Catalog::builtin_in(self.lang);
        self.edit(|p| shown = phases::apply(p, &action, catalog));
        if let Some(i) = shown {
            self.select_phase(i);
            if let PhaseAction::StepDown(from) = action {
                let from = phases::phase_title(self.plan(), from, catalog).to_owned();
                self.strip.stepped_down(i, from, self.revision());
            }
        }
    }

    fn apply_editor(&mut self, action: EditorAction) {
        match action {
            EditorAction::AddSession(s) => self.add_session(s),
            EditorAction::AddCommitment(c) => {
                // The plan's own commitments come first in every week, so the new one is the
                // last of those.
                self.edit(|p| p.commitments.push(c));
                self.selection = Some(Item::Commitment(self.plan().commitments.len() - 1));
            }
            EditorAction::AddPhaseCommitment(c) => {
                let phase = self.phase();
                self.edit(|p| p.phase_mut(phase).commitments.push(c));
                let week = self.plan().week(phase);
                self.selection = Some(Item::Commitment(week.commitments.len() - 1));
            }
            EditorAction::UpdateSession(i, s) => {
                let phase = self.phase();
                self.edit(|p| {
                    if let Some(slot) = p.phase_mut(phase).sessions.get_mut(i) {
                        *slot = s;
                    }
                });
            }
            EditorAction::UpdateCommitment(i, c) => {
                let phase = self.phase();
                self.edit(|p| {
                    if let Some(slot) = p.commitment_mut(phase, i) {
                        *slot = c;
                    }
                });
            }
            EditorAction::Delete(item) => self.delete(item),
            EditorAction::Deselect => self.selection = None,
        }
    }

    fn apply_results(&mut self, action: ResultsAction) {
        match action {
            ResultsAction::SetLevel(level) => {
                let phase = self.phase();
                self.edit(|p| p.phase_mut(phase).level = level);
            }
            ResultsAction::SetRules(rules) => self.edit(|p| p.rules = rules),
            ResultsAction::Focus { item, day } => {
                if let Some(item) = item {
                    self.selection = Some(item);
                }
                let time = item
                    .and_then(|item| self.block_of(item))
                    .map(|(_, start)| start)
                    .unwrap_or(Clock::from_hm(9, 0).unwrap_or_default());
                let day = day.or_else(|| item.and_then(|i| self.block_of(i)).map(|(d, _)| d));
                if let Some(day) = day {
                    self.grid.reveal(day, time);
                }
            }
        }
    }

    fn block_of(&self, item: Item) -> Option<(Day, Clock)> {
        self.plan()
            .block(self.phase(), item)
            .map(|b| (b.day, b.start))
    }

    /// Adds work or school hours as commitments, in one undoable step.
    pub fn add_commitments(&mut self, commitments: Vec<Commitment>) {
        if !commitments.is_empty() {
            self.edit(|p| p.commitments.extend(commitments));
        }
    }

    /// The form on the left; in a narrow window (900 points) it folds into a button so the
    /// week keeps its room, and opens again when a block is opened for editing.
    fn form_panel_ui(
        &mut self,
        ui: &mut egui::Ui,
        room: f32,
        phase: usize,
    ) -> (Option<EditorAction>, Option<Vec<Commitment>>) {
        let lang = crate::ui::lang(ui.ctx());
        let narrow = room < NARROW_WIDTH;
        self.form_shown = self.form_open.unwrap_or(!narrow);
        if !self.form_shown {
            // As narrow as its one button: the room is for the week.
            egui::Panel::left("planner-form-folded")
                .resizable(false)
                .min_size(0.0)
                .default_size(0.0)
                .show(ui, |ui| {
                    let show = ui
                        .add(
                            egui::Button::new(t(lang, "form-show"))
                                .wrap_mode(egui::TextWrapMode::Extend),
                        )
                        .on_hover_text(t(lang, "form-show-hover"));
                    if show.clicked() {
                        self.form_open = Some(true);
                    }
                });
            return (None, None);
        }
        let widest = if narrow {
            // Opened in a narrow view (900 points, or large text): at most 30% of the room,
            // so the week keeps its days readable.
            (room * 0.3).clamp(180.0, 280.0)
        } else {
            (room * 0.22).max(160.0)
        };
        let min = (room * 0.14).min(220.0);
        let panel = egui::Panel::left("planner-form")
            .resizable(true)
            .default_size(FORM_WIDTH)
            .min_size(self.form_width.min_size(room, min, widest))
            .max_size(widest)
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("planner-form-scroll")
                    .show(ui, |ui| {
                        if narrow
                            && ui
                                .button(t(lang, "form-hide"))
                                .on_hover_text(t(lang, "form-hide-hover"))
                                .clicked()
                        {
                            self.form_open = Some(false);
                        }
                        let mut name = self.plan().name.clone();
                        let label = ui.label(egui::RichText::new(t(lang, "plan-name")).strong());
                        let response = ui
                            .add(
                                egui::TextEdit::singleline(&mut name)
                                    .hint_text(t(lang, "plan-name-hint"))
                                    .desired_width(f32::INFINITY),
                            )
                            .labelled_by(label.id);
                        if response.changed() {
                            self.edit(|p| p.name = name);
                        }
                        ui.separator();
                        let plan = self.history.plan();
                        self.editor.shared_commitments =
                            (plan.phases.len() > 1).then_some(plan.commitments.len());
                        let action = editor::editor_ui(
                            ui,
                            &mut self.editor,
                            &self.history.plan().week(phase),
                            self.selection,
                        );
                        ui.separator();
                        let added = self.work_hours.ui(ui);
                        (action, added)
                    })
                    .inner
            });
        self.form_width
            .drawn(room, panel.response.rect.width(), widest);
        panel.inner
    }

    /// Draws the planner: form on the left, live check on the right, the week in the middle.
    pub fn ui(&mut self, ui: &mut egui::Ui, catalog: &Catalog) {
        // Plan-level undo and redo are the app's shortcuts (`ui::keymap`).
        self.lang = crate::ui::lang(ui.ctx());
        self.plan_report();
        let phase = self.phase();

        // Side panels give way as the text grows (Ctrl +), so the week keeps most of the room.
        let room = ui.available_width();
        let form = self.form_panel_ui(ui, room, phase);
        let (editor_action, added) = form;
        if let Some(action) = editor_action {
            self.apply_editor(action);
        }
        if let Some(commitments) = added {
            self.add_commitments(commitments);
        }

        // In a narrow window the week needs the room more than the check does, the more so
        // while the form is open beside it.
        let widest = if room >= NARROW_WIDTH {
            (room * 0.26).max(160.0)
        } else if self.form_shown {
            (room * 0.2).max(120.0)
        } else {
            (room * 0.18).max(160.0)
        };
        let min = (room * 0.18).min(260.0);
        let results_panel = egui::Panel::right("planner-results")
            .resizable(true)
            .default_size(RESULTS_WIDTH)
            .min_size(self.results_width.min_size(room, min.min(widest), widest))
            .max_size(widest)
            .show(ui, |ui| {
                // A solid scroll bar takes its own room instead of covering the gauge's ticks.
                ui.spacing_mut().scroll = egui::style::ScrollStyle::solid();
                egui::ScrollArea::vertical()
                    .id_salt("planner-results-scroll")
                    .show(ui, |ui| {
                        let plan = self.history.plan();
                        let picked =
                            phases::phase_verdicts_ui(ui, plan, &self.report, phase, catalog);
                        let action =
                            results::results_ui(ui, plan, phase, self.report.phase(phase), catalog);
                        (picked, action)
                    })
                    .inner
            });
        self.results_width
            .drawn(room, results_panel.response.rect.width(), widest);
        let (picked, results_action) = results_panel.inner;
        if let Some(action) = picked {
            self.apply_phase(action);
        }
        if let Some(action) = results_action {
            self.apply_results(action);
            self.plan_report();
        }

        let phase = self.phase();
        self.strip.plan_changed(self.revision());
        let (phase_actions, actions) = egui::CentralPanel::default()
            .show(ui, |ui| {
                let plan = self.history.plan();
                // Above the week: the phases and the timeline. In a short view (900x600 with
                // large text) they scroll within 40% of the height, so the week keeps the rest.
                let room = ui.available_height();
                let short = room < SHORT_MIDDLE;
                let mut above = |ui: &mut egui::Ui| {
                    let mut phase_actions =
                        phases::strip_ui(ui, &mut self.strip, plan, &self.report, phase, catalog);
                    if timeline::is_shown(plan) {
                        phase_actions.extend(timeline::timeline_ui(
                            ui,
                            &mut self.timeline,
                            plan,
                            &self.report,
                            phase,
                            catalog,
                            short,
                        ));
                    }
                    phase_actions
                };
                let phase_actions = if short {
                    egui::ScrollArea::vertical()
                        .id_salt("planner-above-week")
                        .max_height(room * 0.4)
                        .show(ui, above)
                        .inner
                } else {
                    above(ui)
                };
                ui.add_space(4.0);
                let grid = grid::week_grid_ui(
                    ui,
                    &mut self.grid,
                    &plan.week(phase),
                    self.report.phase(phase),
                    self.selection,
                );
                (phase_actions, grid)
            })
            .inner;
        for action in actions {
            self.apply_grid(action);
        }
        for action in phase_actions {
            self.apply_phase(action);
        }
        self.plan_report();
    }
}

/// Checks a plan under its own rule set; an unknown rule set falls back to the first one
/// (files with unknown rule sets are refused on open, so this is only a safety net).
fn run_check(plan: &Plan) -> PlanReport {
    let catalog = Catalog::builtin();
    check::check_plan(plan, catalog, None).unwrap_or_else(|_| {
        let first = &catalog.rule_sets[0].id;
        check::check_plan(plan, catalog, Some(first)).expect("the first rule set exists")
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::LevelId;

    #[test]
    fn loading_a_plan_moves_the_revision_on_and_refreshes_the_check() {
        let mut planner = Planner::default();
        planner.edit(|p| p.name = "draft".into());
        let before = planner.revision();
        assert!(planner.is_dirty());
        let mut plan = Plan::new(LevelId::Outpatient);
        plan.phases[0].sessions.push(Session {
            day: Day::Mon,
            start: Clock::from_hm(9, 0).unwrap(),
            end: Clock::from_hm(10, 0).unwrap(),
            kind: crate::plan::SessionKind::Group,
            title: String::new(),
        });
        planner.selection = Some(Item::Session(0));
        planner.load(plan.clone(), None);
        assert!(planner.revision() > before, "revisions never go back");
        assert!(!planner.is_dirty());
        assert_eq!(planner.selection, None);
        assert!(!planner.can_undo());
        assert_eq!(planner.report().weekly_minutes, 60);
        assert!(planner.report().meets());
        planner.start_from(plan);
        assert!(planner.is_dirty(), "a template is an unsaved new plan");
    }
}
