//! Compare's details panel: the selected cell's full text, why a level fits a need, and the
//! sources behind it.

use egui::{Key, Label, RichText, ScrollArea, Ui};

use super::table::need_cell_text;
use super::{CompareView, Selection};
use crate::catalog::Catalog;
use crate::plan::LevelId;
use crate::ui::sources::citation_ui;
use crate::ui::{a11y, t, tr};

impl CompareView {
    /// The right-hand panel with the selected cell's full text and sources.
    pub(super) fn details_ui(&mut self, ui: &mut Ui, catalog: &Catalog) {
        let Some(selection) = &self.selected else {
            return;
        };
        let lang = crate::ui::lang(ui.ctx());
        let mut close = ui.input(|i| i.key_pressed(Key::Escape));
        // Leave most of the width to the table, also when zoomed in.
        let room = ui.available_width();
        egui::Panel::right("compare-details")
            .resizable(true)
            .default_size((room * 0.3).clamp(200.0, 380.0))
            .min_size(160.0)
            .max_size((room * 0.45).max(200.0))
            .show(ui, |ui| {
                // Each cell's details start at their top, whatever the last one was scrolled to.
                ScrollArea::vertical()
                    .id_salt(("compare-details-scroll", selection))
                    .auto_shrink(false)
                    .show(ui, |ui| {
                        if ui
                            .button(t(lang, "compare-close-details"))
                            .on_hover_text(t(lang, "compare-close-details-hover"))
                            .clicked()
                        {
                            close = true;
                        }
                        match selection {
                            Selection::Fact { level, criterion } => {
                                fact_details_ui(ui, catalog, *level, criterion);
                            }
                            Selection::Need { level, need } => {
                                need_details_ui(ui, catalog, *level, need);
                            }
                        }
                    });
            });
        if close {
            self.selected = None;
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

/// The citations behind a fact, by source id.
fn sources_list_ui(ui: &mut Ui, catalog: &Catalog, ids: &[String]) {
    ui.add_space(ui.spacing().item_spacing.y);
    let lang = crate::ui::lang(ui.ctx());
    ui.label(RichText::new(tr(lang, "compare-sources", &[("n", ids.len().into())])).strong());
    for id in ids {
        egui::Frame::group(ui.style()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            match catalog.source(id) {
                Some(source) => citation_ui(ui, source),
                None => {
                    ui.label(tr(
                        lang,
                        "compare-source-missing",
                        &[("id", id.as_str().into())],
                    ));
                }
            }
        });
    }
}
