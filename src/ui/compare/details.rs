//! Compare's details panel: the selected cell's full text, why a level fits a need, and the
//! sources behind it.

use egui::{Label, RichText, Ui};

use super::table::need_cell_text;
use super::{CompareView, Selection};
use crate::catalog::Catalog;
use crate::plan::LevelId;
use crate::ui::details_panel::details_panel;
use crate::ui::sources::sources_list_ui;
use crate::ui::{a11y, t};

impl CompareView {
    /// The right-hand panel with the selected cell's full text and sources.
    pub(super) fn details_ui(&mut self, ui: &mut Ui, catalog: &Catalog) {
        let Some(selection) = &self.selected else {
            return;
        };
        let lang = crate::ui::lang(ui.ctx());
        let close = details_panel(
            ui,
            "compare-details",
            selection,
            &t(lang, "compare-close-details"),
            |ui| match selection {
                Selection::Fact { level, criterion } => {
                    fact_details_ui(ui, catalog, *level, criterion);
                }
                Selection::Need { level, need } => {
                    need_details_ui(ui, catalog, *level, need);
                }
            },
        );
        if close {
            self.anchor = self.selected.take();
            self.reveal_selected = 3;
        }
    }
}

/// The details of one fact: level, criterion, full text and citations.
fn fact_details_ui(ui: &mut Ui, catalog: &Catalog, level: LevelId, criterion_id: &str) {
    let level = catalog.level(level);
    let Some(criterion) = catalog.criteria.iter().find(|c| c.id == criterion_id) else {
        ui.label(t(crate::ui::lang(ui.ctx()), "compare-fact-gone"));
        return;
    };
    a11y::heading(ui, criterion.label.as_str(), 2);
    ui.add(Label::new(RichText::new(level.name.as_str()).strong()).wrap());
    ui.add(Label::new(RichText::new(level.asam.as_str()).weak()).wrap());
    ui.add_space(ui.spacing().item_spacing.y);
    match level.facts.get(criterion_id) {
        Some(fact) => {
            ui.add(Label::new(fact.full_text()).wrap());
            sources_list_ui(ui, catalog, &fact.sources);
        }
        None => {
            ui.label(t(crate::ui::lang(ui.ctx()), "compare-no-info-level"));
        }
    }
}

/// The details of one need at one level: the verdict, why, and citations.
fn need_details_ui(ui: &mut Ui, catalog: &Catalog, level: LevelId, need_id: &str) {
    let level = catalog.level(level);
    let Some(need) = catalog.needs.iter().find(|n| n.id == need_id) else {
        ui.label(t(crate::ui::lang(ui.ctx()), "compare-need-gone"));
        return;
    };
    a11y::heading(ui, need.label.as_str(), 2);
    ui.add(Label::new(RichText::new(level.name.as_str()).strong()).wrap());
    ui.add(Label::new(RichText::new(level.asam.as_str()).weak()).wrap());
    ui.add_space(ui.spacing().item_spacing.y);
    match need.fits.get(&level.id) {
        Some(fit) => {
            ui.add(Label::new(need_cell_text(ui, fit)).wrap());
            sources_list_ui(ui, catalog, &fit.sources);
        }
        None => {
            ui.label(t(crate::ui::lang(ui.ctx()), "compare-no-info-level"));
        }
    }
}
