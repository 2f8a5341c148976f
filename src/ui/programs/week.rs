//! One program's usual week, in the same week grid as "Plan my week": drag to add sessions,
//! the block form on the left, my week hatched underneath. Start from a built-in template or
//! copy the week of the plan open in "Plan my week".

use egui::{Label, RichText, Ui};

use super::Edit;
use crate::catalog::Catalog;
use crate::check::{Report, duration_in};
use crate::export::verdict_sentence_in;
use crate::plan::workspace::templates;
use crate::plan::{Item, LevelId, Plan, Session, TimeBlock, Week};
use crate::programs::{Program, Programs};
use crate::ui::planner::GridAction;
use crate::ui::planner::editor::{self, Editor, EditorAction};
use crate::ui::planner::grid::{self, GridState};
use crate::ui::{t, tr};

/// The week page's state: one grid per program (each keeps its own scroll), the selected
/// block and the block form.
#[derive(Default)]
pub struct WeekEditor {
    grids: Vec<GridState>,
    selection: Option<Item>,
    /// A block to select once the edit that makes it has been applied.
    select_next: Option<Item>,
    editor: Editor,
}

/// What the person did on the week page this frame.
#[derive(Default)]
pub struct WeekOutcome {
    pub changes: Vec<Edit>,
    /// "Back to all programs".
    pub back: bool,
}

/// An edit of program `index`'s sessions or level.
fn on_program(index: usize, change: impl FnOnce(&mut Program) + 'static) -> Edit {
    Box::new(move |p: &mut Programs| {
        if let Some(program) = p.programs.get_mut(index) {
            change(program);
        }
    })
}

impl WeekEditor {
    /// Shows program `index`'s week, with nothing selected.
    pub fn open(&mut self) {
        self.selection = None;
        self.select_next = None;
        self.editor = Editor::default();
    }

    /// Drops a selection that no longer points at a block (after undo, remove...).
    pub fn fix_selection(&mut self, programs: &Programs, page: super::Page) {
        let super::Page::Week(index) = page else {
            self.selection = None;
            return;
        };
        self.after_edit(programs, index);
    }

    /// Applies a pending selection and checks the current one still exists.
    pub fn after_edit(&mut self, programs: &Programs, index: usize) {
        if let Some(item) = self.select_next.take() {
            self.selection = Some(item);
        }
        let exists = |item: Item| {
            programs
                .week(index)
                .is_some_and(|w| w.block(item).is_some())
        };
        if self.selection.is_some_and(|item| !exists(item)) {
            self.selection = None;
        }
    }

    /// Draws the page for program `index`.
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        catalog: &Catalog,
        programs: &Programs,
        index: usize,
        report: &Report,
        open_plan: Option<&Plan>,
    ) -> WeekOutcome {
        let mut out = WeekOutcome::default();
        let Some(program) = programs.programs.get(index) else {
            out.back = true;
            return out;
        };
        if self.grids.len() < programs.programs.len() {
            self.grids
                .resize_with(programs.programs.len(), GridState::with_fixed_commitments);
        }
        let week = Week::new(program.level, &program.sessions, &programs.my_week);

        let lang = crate::ui::lang(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            if ui
                .button(t(lang, "pweek-back"))
                .on_hover_text(t(lang, "pweek-back-hover"))
                .clicked()
                || ui.input(|i| i.key_pressed(egui::Key::Escape))
                    && !ui.ctx().egui_wants_keyboard_input()
            {
                out.back = true;
            }
            let heading = tr(
                lang,
                "pweek-heading",
                &[("name", program.name.as_str().into())],
            );
            crate::ui::a11y::heading(ui, heading, 1);
        });
        self.toolbar_ui(ui, catalog, index, program, open_plan, &mut out);
        verdict_ui(ui, catalog, program, &week, report);

        let room = ui.available_width();
        let form = egui::Panel::left("program-week-form")
            .resizable(true)
            .default_size(260.0)
            .min_size((room * 0.16).min(220.0))
            .max_size((room * 0.26).max(180.0))
            .show(ui, |ui| {
                egui::ScrollArea::vertical()
                    .id_salt("program-week-form-scroll")
                    .show(ui, |ui| {
                        let action = editor::editor_ui(ui, &mut self.editor, &week, self.selection);
                        ui.separator();
                        findings_ui(ui, report, program);
                        action
                    })
                    .inner
            })
            .inner;
        if let Some(action) = form {
            self.apply_editor(index, program, programs, action, &mut out);
        }

        let actions = egui::CentralPanel::default()
            .show(ui, |ui| {
                ui.push_id(("program-week", index), |ui| {
                    grid::week_grid_ui(ui, &mut self.grids[index], &week, report, self.selection)
                })
                .inner
            })
            .inner;
        for action in actions {
            self.apply_grid(index, program, action, &mut out);
        }
        out
    }

    /// Level, templates, copy from the open plan, clear.
    fn toolbar_ui(
        &mut self,
        ui: &mut Ui,
        catalog: &Catalog,
        index: usize,
        program: &Program,
        open_plan: Option<&Plan>,
        out: &mut WeekOutcome,
    ) {
        let lang = crate::ui::lang(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            let level_label = ui.label(t(lang, "programs-row-level"));
            let mut level = program.level;
            let combo = egui::ComboBox::from_id_salt("program-week-level")
                .selected_text(catalog.level(level).short_name.as_str())
                .show_ui(ui, |ui| {
                    for l in &catalog.levels {
                        ui.selectable_value(&mut level, l.id, l.name.as_str());
                    }
                })
                .response
                .labelled_by(level_label.id);
            crate::ui::a11y::with_value(&combo, catalog.level(level).name.as_str());
            if level != program.level {
                out.changes
                    .push(on_program(index, move |p| p.level = level));
            }
            ui.separator();
            ui.menu_button(t(lang, "pweek-template"), |ui| {
                ui.label(RichText::new(t(lang, "pweek-template-note")).weak());
                for t in templates() {
                    let phase = t.phase(0);
                    let text = format!("{} ({})", t.name, catalog.level(phase.level).short_name);
                    if ui.button(text).clicked() {
                        out.changes
                            .push(set_week(index, phase.level, phase.sessions.clone()));
                        self.selection = None;
                        ui.close();
                    }
                }
            });
            copy_from_plan_ui(ui, catalog, index, open_plan, out);
            if ui
                .add_enabled(
                    !program.sessions.is_empty(),
                    egui::Button::new(t(lang, "pweek-clear")),
                )
                .on_hover_text(t(lang, "pweek-clear-hover"))
                .clicked()
            {
                out.changes.push(on_program(index, |p| p.sessions.clear()));
                self.selection = None;
            }
        });
    }

    fn apply_grid(
        &mut self,
        index: usize,
        program: &Program,
        action: GridAction,
        out: &mut WeekOutcome,
    ) {
        match action {
            GridAction::Select(item) => self.selection = Some(item),
            GridAction::ClearSelection => self.selection = None,
            GridAction::Create { day, start, end } => {
                let session = Session {
                    day,
                    start,
                    end,
                    kind: self.editor.kind,
                    title: String::new(),
                };
                self.select_next = Some(Item::Session(program.sessions.len()));
                out.changes
                    .push(on_program(index, move |p| p.sessions.push(session)));
            }
            GridAction::SetBlock {
                item,
                day,
                start,
                end,
            } => {
                if end > start {
                    out.changes
                        .push(set_block(index, item, TimeBlock { day, start, end }));
                    self.select_next = Some(item);
                }
            }
            GridAction::Edit(item) => {
                self.selection = Some(item);
                self.editor.focus_title();
            }
            GridAction::Delete(item) => {
                out.changes.push(remove(index, item));
                self.selection = None;
            }
        }
    }

    fn apply_editor(
        &mut self,
        index: usize,
        program: &Program,
        programs: &Programs,
        action: EditorAction,
        out: &mut WeekOutcome,
    ) {
        match action {
            EditorAction::AddSession(s) => {
                self.select_next = Some(Item::Session(program.sessions.len()));
                out.changes
                    .push(on_program(index, move |p| p.sessions.push(s)));
            }
            // A program's week has no phases: a commitment always joins my week.
            EditorAction::AddCommitment(c) | EditorAction::AddPhaseCommitment(c) => {
                self.select_next = Some(Item::Commitment(programs.my_week.len()));
                out.changes.push(Box::new(move |p| p.my_week.push(c)));
            }
            EditorAction::UpdateSession(i, s) => {
                out.changes.push(on_program(index, move |p| {
                    if let Some(slot) = p.sessions.get_mut(i) {
                        *slot = s;
                    }
                }));
            }
            EditorAction::UpdateCommitment(i, c) => {
                out.changes.push(Box::new(move |p| {
                    if let Some(slot) = p.my_week.get_mut(i) {
                        *slot = c;
                    }
                }));
            }
            EditorAction::Delete(item) => {
                out.changes.push(remove(index, item));
                self.selection = None;
            }
            EditorAction::Deselect => self.selection = None,
        }
    }
}

/// Replaces program `index`'s level and sessions (a template, a copied plan).
fn set_week(index: usize, level: LevelId, sessions: Vec<Session>) -> Edit {
    on_program(index, move |p| {
        p.level = level;
        p.sessions = sessions;
    })
}

/// Moves or resizes a session of program `index`, or one of my commitments.
fn set_block(index: usize, item: Item, block: TimeBlock) -> Edit {
    Box::new(move |p: &mut Programs| {
        let slot = match item {
            Item::Session(i) => p
                .programs
                .get_mut(index)
                .and_then(|program| program.sessions.get_mut(i))
                .map(|s| (&mut s.day, &mut s.start, &mut s.end)),
            Item::Commitment(i) => p
                .my_week
                .get_mut(i)
                .map(|c| (&mut c.day, &mut c.start, &mut c.end)),
        };
        if let Some((day, start, end)) = slot {
            (*day, *start, *end) = (block.day, block.start, block.end);
        }
    })
}

/// Removes a session of program `index`, or one of my commitments.
fn remove(index: usize, item: Item) -> Edit {
    Box::new(move |p: &mut Programs| match item {
        Item::Session(i) => {
            if let Some(program) = p.programs.get_mut(index)
                && i < program.sessions.len()
            {
                program.sessions.remove(i);
            }
        }
        Item::Commitment(i) => {
            if i < p.my_week.len() {
                p.my_week.remove(i);
            }
        }
    })
}

/// "Copy from my open plan": the plan's week (or one of its phases' weeks).
fn copy_from_plan_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    index: usize,
    plan: Option<&Plan>,
    out: &mut WeekOutcome,
) {
    let lang = crate::ui::lang(ui.ctx());
    let usable = plan.filter(|p| p.phases.iter().any(|ph| !ph.sessions.is_empty()));
    let Some(plan) = usable else {
        ui.add_enabled(false, egui::Button::new(t(lang, "pweek-copy")))
            .on_disabled_hover_text(t(lang, "pweek-copy-none"));
        return;
    };
    if plan.phases.len() == 1 {
        if ui
            .button(t(lang, "pweek-copy"))
            .on_hover_text(t(lang, "pweek-copy-hover"))
            .clicked()
        {
            let phase = &plan.phases[0];
            out.changes
                .push(set_week(index, phase.level, phase.sessions.clone()));
        }
        return;
    }
    ui.menu_button(t(lang, "pweek-copy"), |ui| {
        for (i, phase) in plan.phases.iter().enumerate() {
            let name = if phase.name.trim().is_empty() {
                tr(lang, "pweek-phase", &[("n", (i + 1).into())])
            } else {
                phase.name.clone()
            };
            let text = format!("{name} ({})", catalog.level(phase.level).short_name);
            if ui
                .add_enabled(!phase.sessions.is_empty(), egui::Button::new(text))
                .clicked()
            {
                out.changes
                    .push(set_week(index, phase.level, phase.sessions.clone()));
                ui.close();
            }
        }
    });
}

/// The verdict line over the grid.
fn verdict_ui(ui: &mut Ui, catalog: &Catalog, program: &Program, week: &Week<'_>, report: &Report) {
    let lang = crate::ui::lang(ui.ctx());
    if program.sessions.is_empty() {
        ui.add(Label::new(RichText::new(t(lang, "pweek-empty")).weak()).wrap());
        return;
    }
    let clashes = super::strip::clashes(week).len();
    let color = if report.meets() {
        ui.visuals().text_color()
    } else {
        ui.visuals().error_fg_color
    };
    ui.horizontal_wrapped(|ui| {
        ui.label(
            RichText::new(verdict_sentence_in(lang, report, catalog))
                .strong()
                .color(color),
        );
        ui.label(tr(
            lang,
            "programs-hours-days",
            &[
                ("hours", duration_in(lang, report.weekly_minutes).into()),
                ("days", report.session_days.into()),
            ],
        ));
        let text = tr(lang, "programs-clashes", &[("n", clashes.into())]);
        if clashes == 0 {
            ui.label(text);
        } else {
            ui.colored_label(ui.visuals().error_fg_color, text);
        }
    });
}

/// The check's findings, in words.
fn findings_ui(ui: &mut Ui, report: &Report, program: &Program) {
    if program.sessions.is_empty() {
        return;
    }
    let lang = crate::ui::lang(ui.ctx());
    ui.label(RichText::new(t(lang, "pweek-found")).strong());
    if report.findings.is_empty() {
        ui.label(t(lang, "pweek-nothing"));
    }
    for f in &report.findings {
        let severity = crate::ui::planner::findings::severity_words_in(lang, f.severity);
        ui.add(Label::new(format!("{severity}: {}", f.message_in(lang))).wrap());
    }
}
