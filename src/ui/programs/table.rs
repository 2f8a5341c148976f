//! The programs side by side: one column per program, one row per field or question, with the
//! same feel as Compare (sticky header, label column first, wrapped cells). With many programs
//! the columns keep a readable width and the table scrolls sideways.
//!
//! Rows, top to bottom: does the week fit (verdict, hours, clashes, the strip), must-haves,
//! level, the program's details, then the questions worth asking from `data/questions.ron`,
//! practical first, then payment, then signs of quality; notes last.

use egui::{Align, Label, Layout, RichText, ScrollArea, TextStyle, Ui};
use egui_extras::{Column, TableBuilder};

use super::cells::{self, Row, TextField};
use super::{Edit, must_haves};
use crate::catalog::{Catalog, QuestionGroup};
use crate::check::Report;
use crate::programs::Programs;
use crate::ui::details_panel::details_panel;
use crate::ui::sources::sources_list_ui;
use crate::ui::t;

/// What the person did in the table.
pub enum TableAction {
    /// An undoable change to the file.
    Edit(Edit),
    /// "Edit week" on program `index`.
    OpenWeek(usize),
    /// A program was removed (its name), so the view can say how to get it back.
    Removed(String),
}

/// Heights of wrapped rows, measured in the previous frame (egui_extras rows need a height
/// before their contents are drawn), and the question shown in the details panel.
#[derive(Default)]
pub struct TableState {
    table_width: f32,
    header_height: f32,
    row_heights: Vec<f32>,
    /// Scroll to the last column next frame (a program was just added).
    pub scroll_to_last: bool,
    /// Id of the question whose reasons and sources the side panel shows.
    details: Option<String>,
}

/// The order of the question groups: what fits my life first, then who pays, then quality.
const GROUPS: [QuestionGroup; 3] = [
    QuestionGroup::Practical,
    QuestionGroup::Payment,
    QuestionGroup::Quality,
];

fn group_name(lang: crate::i18n::Lang, group: QuestionGroup) -> String {
    let id = match group {
        QuestionGroup::Practical => "programs-group-practical",
        QuestionGroup::Payment => "programs-group-payment",
        QuestionGroup::Quality => "programs-group-quality",
    };
    crate::ui::t(lang, id)
}

/// The rows in order. A free-text detail that answers a question (the start date, the
/// languages) sits in that question's row.
fn rows(catalog: &Catalog) -> Vec<Row> {
    let has = |id: &str| catalog.question(id).is_some();
    let mut rows = vec![Row::Week, Row::MustHaves, Row::Level];
    if !has(TextField::Start.question().unwrap_or_default()) {
        rows.push(Row::Text(TextField::Start));
    }
    rows.push(Row::Text(TextField::Contact));
    rows.push(Row::Text(TextField::Address));
    for group in GROUPS {
        let mut first = true;
        for (i, q) in catalog.questions().iter().enumerate() {
            if q.group == group {
                rows.push(Row::Question { index: i, first });
                first = false;
            }
        }
        if group == QuestionGroup::Payment {
            rows.push(Row::Text(TextField::Cost));
        }
    }
    if !has(TextField::Languages.question().unwrap_or_default()) {
        rows.push(Row::Text(TextField::Languages));
    }
    rows.push(Row::Text(TextField::Notes));
    rows
}

impl TableState {
    /// Draws the table (and the details panel, when a question is selected).
    pub fn ui(
        &mut self,
        ui: &mut Ui,
        catalog: &Catalog,
        programs: &Programs,
        reports: &[Report],
    ) -> Vec<TableAction> {
        let mut actions = Vec::new();
        self.details_ui(ui, catalog);
        let rows = rows(catalog);
        let text_height = ui.text_style_height(&TextStyle::Body);
        let one_line = text_height + 2.0 * ui.spacing().button_padding.y;
        if self.row_heights.len() != rows.len() {
            self.row_heights = vec![one_line; rows.len()];
        }
        let header_height = self.header_height.max(one_line);

        let width = ui.available_width();
        let count = programs.programs.len();
        let label_width = (text_height * 11.0).min(width * 0.24);
        // Each column is followed by the item spacing, and the body's scroll bar takes its own
        // room: leave both, so the last column is not cut at the window's edge.
        let spacing = ui.spacing();
        let scroll_bar = spacing.scroll.bar_width
            + spacing.scroll.bar_inner_margin
            + spacing.scroll.bar_outer_margin;
        let gaps = (count + 1) as f32 * spacing.item_spacing.x + scroll_bar;
        let column_width = ((width - label_width - gaps - 4.0) / count.max(1) as f32)
            .max(text_height * 15.0)
            .floor();

        let mut measured_header = 0.0_f32;
        let mut measured: Vec<(usize, f32)> = Vec::with_capacity(rows.len());
        let mut sizing_pass = false;
        // When the programs do not all fit, the sideways scroll bar stays in sight (egui's
        // floating bars show only near the pointer): a cut-off column says there is more.
        let mut scroll = ScrollArea::horizontal()
            .id_salt("programs-table-sideways")
            .auto_shrink([false, false])
            .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::VisibleWhenNeeded);
        let scroll_style = ui.spacing().scroll;
        ui.spacing_mut().scroll.floating = false;
        if std::mem::take(&mut self.scroll_to_last) {
            let content = label_width + count as f32 * column_width;
            scroll = scroll.horizontal_scroll_offset((content - width).max(0.0));
        }
        let heights = self.row_heights.clone();
        scroll.show(ui, |ui| {
            let builder = TableBuilder::new(ui)
                .id_salt("programs-table")
                .striped(true)
                .cell_layout(Layout::top_down(Align::Min))
                .column(Column::exact(label_width))
                .columns(Column::exact(column_width), count);
            if (width - self.table_width).abs() > 1.0 {
                builder.reset();
                self.table_width = width;
            }
            builder
                .header(header_height, |mut header| {
                    header.col(|ui| {
                        let topic = t(crate::ui::lang(ui.ctx()), "programs-topic");
                        ui.add(Label::new(RichText::new(topic).strong()).wrap());
                    });
                    for (i, program) in programs.programs.iter().enumerate() {
                        let (used, _) = header.col(|ui| {
                            sizing_pass |= ui.is_sizing_pass();
                            actions.extend(cells::header_ui(ui, programs, i, program));
                        });
                        measured_header = measured_header.max(used.height());
                    }
                })
                .body(|body| {
                    body.heterogeneous_rows(heights.iter().copied(), |mut table_row| {
                        let slot = table_row.index();
                        let Some(&row) = rows.get(slot) else { return };
                        let mut tallest = 0.0_f32;
                        let (used, _) = table_row.col(|ui| {
                            if let Some(edit) =
                                label_ui(ui, catalog, programs, row, &mut self.details)
                            {
                                actions.push(TableAction::Edit(edit));
                            }
                        });
                        tallest = tallest.max(used.height());
                        for (i, program) in programs.programs.iter().enumerate() {
                            let (used, _) = table_row.col(|ui| {
                                // Columns scrolled out of sight keep last frame's height.
                                if !ui.is_rect_visible(ui.max_rect()) {
                                    return;
                                }
                                let report = reports.get(i);
                                actions.extend(cells::cell_ui(
                                    ui, catalog, programs, i, program, report, row,
                                ));
                            });
                            tallest = tallest.max(used.height());
                        }
                        measured.push((slot, tallest));
                    });
                });
        });
        ui.spacing_mut().scroll = scroll_style;

        if !sizing_pass {
            let mut changed = false;
            if (measured_header - self.header_height).abs() > 0.5 {
                self.header_height = measured_header;
                changed = true;
            }
            for (slot, height) in measured {
                if let Some(stored) = self.row_heights.get_mut(slot)
                    && (height - *stored).abs() > 0.5
                    && height > 0.0
                {
                    *stored = height;
                    changed = true;
                }
            }
            if changed {
                // Lay out once more with the heights the wrapped text needs, before anything
                // is painted: no frame with wrongly sized rows.
                ui.ctx().request_discard("programs: row heights changed");
            }
        }
        actions
    }

    /// The right-hand panel with the selected question: what to ask, why, and the sources.
    fn details_ui(&mut self, ui: &mut Ui, catalog: &Catalog) {
        let Some(id) = &self.details else {
            return;
        };
        let Some(question) = catalog.question(id) else {
            self.details = None;
            return;
        };
        let lang = crate::ui::lang(ui.ctx());
        let close = details_panel(
            ui,
            "programs-details",
            id,
            &t(lang, "programs-close-details"),
            |ui| {
                ui.heading(question.label.as_str());
                ui.label(RichText::new(t(lang, "programs-what-to-ask")).strong());
                ui.add(Label::new(question.ask.as_str()).wrap());
                if !question.why.trim().is_empty() {
                    ui.label(RichText::new(t(lang, "programs-why-heading")).strong());
                    ui.add(Label::new(question.why.as_str()).wrap());
                }
                sources_list_ui(ui, catalog, &question.sources);
            },
        );
        if close {
            self.details = None;
        }
    }
}

/// The first cell of a row: what the row is about. A question's row also holds its
/// "Must be Yes" tick and the way to its reasons and sources.
fn label_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    programs: &Programs,
    row: Row,
    details: &mut Option<String>,
) -> Option<Edit> {
    let strong = |ui: &mut Ui, text: &str| {
        ui.add(Label::new(RichText::new(text).strong()).wrap());
    };
    let weak = |ui: &mut Ui, text: &str| {
        ui.add(Label::new(RichText::new(text).weak()).wrap());
    };
    let lang = crate::ui::lang(ui.ctx());
    let t = |id: &str| crate::ui::t(lang, id);
    match row {
        Row::Week => {
            strong(ui, &t("programs-row-week"));
            weak(ui, &t("programs-row-week-help"));
        }
        Row::MustHaves => {
            strong(ui, &t("programs-row-must-haves"));
            weak(ui, &t("programs-row-must-haves-help"));
        }
        Row::Level => strong(ui, &t("programs-row-level")),
        Row::Text(field) => strong(ui, &field.label(lang)),
        Row::Question { index, first } => {
            let question = catalog.questions().get(index)?;
            if first {
                weak(ui, &group_name(lang, question.group));
            }
            strong(ui, &question.label);
            let edit = must_haves::toggle_ui(ui, programs, &question.id, &question.label);
            let open = details.as_deref() == Some(question.id.as_str());
            if ui
                .selectable_label(open, t("programs-why-ask"))
                .on_hover_text(t("programs-why-ask-hover"))
                .clicked()
            {
                *details = if open {
                    None
                } else {
                    Some(question.id.clone())
                };
            }
            return edit;
        }
    }
    None
}
