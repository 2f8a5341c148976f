//! The Compare view: the levels of care side by side.
//!
//! Top to bottom: which levels to show and "Highlight differences"; "What matters to me"
//! boxes; "Hours at a glance"; then the table (one column per level, one row per criterion,
//! checked needs on top) with a details panel on the right for the selected cell.
//!
//! Everything shown comes from the [`Catalog`]; the view only remembers the person's choices.

use std::collections::BTreeSet;

use egui::text::LayoutJob;
use egui::{
    Align, Button, Checkbox, CollapsingHeader, Color32, FontSelection, Key, Label, Layout,
    RichText, ScrollArea, TextStyle, Ui, Visuals,
};
use egui_extras::{Column, TableBuilder};
use serde::{Deserialize, Deserializer, Serialize};

use crate::catalog::{Catalog, Fit, Level, NeedFit};
use crate::i18n::Lang;
use crate::plan::{DEFAULT_RULES, LevelId};
use crate::ui::hours_chart::hours_chart_ui;
use crate::ui::sources::citation_ui;
use crate::ui::{a11y, t, tr};

/// The fewest levels the table shows: fewer leaves nothing to compare.
const MIN_SHOWN: usize = 2;

/// Below this height, in points, the view scrolls as one page (900x600 leaves about 490,
/// and 150% text about 300); above it the table scrolls on its own under a fixed header.
const SHORT_VIEW: f32 = 560.0;

/// The state of the Compare view. Choices persist between runs; the selected cell does not.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(default)]
pub struct CompareView {
    /// The levels shown as columns, least intensive first; at least two.
    #[serde(deserialize_with = "known_levels")]
    pub shown: Vec<LevelId>,
    /// Mark each cell that says something other than the cell to its left.
    pub highlight_differences: bool,
    /// Fold away the rows where every shown level says the same thing.
    pub hide_same: bool,
    /// Ids of the checked "What matters to me" needs.
    pub checked_needs: BTreeSet<String>,
    /// Id of the rule set drawn in "Hours at a glance".
    pub hours_rules: String,
    /// The cell whose full text and sources the details panel shows.
    #[serde(skip)]
    pub selected: Option<Selection>,
    /// Frames left in which the selected cell is scrolled into view: the details panel that
    /// opens narrows the table, and its rows grow taller under the pointer.
    #[serde(skip)]
    reveal_selected: u8,
    #[serde(skip)]
    measured: Measured,
}

/// Reads saved level ids, skipping any this version does not know, so one stale id does not
/// throw away the person's other settings.
fn known_levels<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Vec<LevelId>, D::Error> {
    let codes = Vec::<String>::deserialize(deserializer)?;
    Ok(codes.iter().filter_map(|c| LevelId::from_code(c)).collect())
}

/// A cell of the table, named by ids so it survives the table being rebuilt.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Selection {
    /// One level's answer to one criterion.
    Fact { level: LevelId, criterion: String },
    /// How one level meets one need.
    Need { level: LevelId, need: String },
}

/// Heights of wrapped rows, measured in the previous frame (egui_extras rows need a height
/// before their contents are drawn).
#[derive(Clone, Debug, Default)]
struct Measured {
    /// The table width the column widths were made for.
    table_width: f32,
    header_height: f32,
    /// Needs first, then criteria, in catalog order.
    row_heights: Vec<f32>,
}

impl Default for CompareView {
    fn default() -> Self {
        CompareView {
            shown: LevelId::ALL.to_vec(),
            highlight_differences: false,
            hide_same: false,
            checked_needs: BTreeSet::new(),
            hours_rules: DEFAULT_RULES.to_owned(),
            selected: None,
            reveal_selected: 0,
            measured: Measured::default(),
        }
    }
}

/// One body row of the table.
#[derive(Clone, Copy, Debug)]
enum Row {
    /// Index into `catalog.needs`.
    Need(usize),
    /// Index into `catalog.criteria`.
    Criterion(usize),
}

impl CompareView {
    /// Draws the whole Compare view into `ui` (the app gives it the central panel's ui).
    pub fn ui(&mut self, ui: &mut Ui, catalog: &Catalog) {
        self.tidy(catalog);
        let room = ui.available_height();
        if room < SHORT_VIEW {
            // A short view (a small window, large text): the whole page scrolls as one, so
            // the table is never squeezed under the intro and the sections. The details keep
            // the full height at the right.
            self.details_ui(ui, catalog);
            ScrollArea::vertical()
                .id_salt("compare-page")
                .auto_shrink(false)
                .show(ui, |ui| {
                    self.intro_ui(ui, catalog);
                    self.needs_ui(ui, catalog, false);
                    self.hours_ui(ui, catalog);
                    ui.separator();
                    self.table_ui(ui, catalog, false);
                });
            return;
        }
        self.intro_ui(ui, catalog);
        // The two sections scroll in at most 40% of the height, so the table always keeps most
        // of the view; the table scrolls under its fixed header.
        ScrollArea::vertical()
            .id_salt("compare-sections")
            .max_height((room * 0.4).max(80.0))
            .auto_shrink([false, true])
            .show(ui, |ui| {
                self.needs_ui(ui, catalog, room > 640.0);
                self.hours_ui(ui, catalog);
            });
        ui.separator();
        self.details_ui(ui, catalog);
        self.table_ui(ui, catalog, true);
    }

    fn intro_ui(&mut self, ui: &mut Ui, catalog: &Catalog) {
        let lang = crate::ui::lang(ui.ctx());
        a11y::heading(ui, t(lang, "compare-heading"), 1);
        ui.add(Label::new(t(lang, "compare-intro")).wrap());
        self.controls_ui(ui, catalog);
    }

    /// Repairs choices restored from an older or edited settings file.
    fn tidy(&mut self, catalog: &Catalog) {
        self.shown.sort_unstable();
        self.shown.dedup();
        if self.shown.len() < MIN_SHOWN {
            self.shown = LevelId::ALL.to_vec();
        }
        if catalog.rule_set(&self.hours_rules).is_none()
            && let Some(first) = catalog.rule_sets.first()
        {
            self.hours_rules = first.id.clone();
        }
    }

    /// Which levels to show, and "Highlight differences".
    fn controls_ui(&mut self, ui: &mut Ui, catalog: &Catalog) {
        let lang = crate::ui::lang(ui.ctx());
        ui.horizontal_wrapped(|ui| {
            ui.label(t(lang, "compare-levels-shown"));
            for level in &catalog.levels {
                let mut on = self.shown.contains(&level.id);
                let locked = on && self.shown.len() <= MIN_SHOWN;
                let response = ui
                    .add_enabled(!locked, Checkbox::new(&mut on, level.short_name.as_str()))
                    .on_hover_text(level.name.as_str())
                    .on_disabled_hover_text(t(lang, "compare-min-shown"));
                if response.changed() {
                    if on {
                        self.shown.push(level.id);
                        self.shown.sort_unstable();
                        self.shown.dedup();
                    } else {
                        self.shown.retain(|&id| id != level.id);
                    }
                }
            }
            ui.separator();
            ui.checkbox(
                &mut self.highlight_differences,
                t(lang, "compare-highlight"),
            )
            .on_hover_text(t(lang, "compare-highlight-hover"));
            ui.checkbox(&mut self.hide_same, t(lang, "compare-hide-same"))
                .on_hover_text(t(lang, "compare-hide-same-hover"));
        });
    }

    /// One checkbox per need.
    /// `open_at_first`: shown open when the view first appears (folded in a short window).
    fn needs_ui(&mut self, ui: &mut Ui, catalog: &Catalog, open_at_first: bool) {
        if catalog.needs.is_empty() {
            return;
        }
        let lang = crate::ui::lang(ui.ctx());
        CollapsingHeader::new(t(lang, "compare-needs"))
            .id_salt("compare-needs")
            .default_open(open_at_first)
            .show(ui, |ui| {
                ui.add(Label::new(RichText::new(t(lang, "compare-needs-intro")).weak()).wrap());
                ui.horizontal_wrapped(|ui| {
                    for need in &catalog.needs {
                        let mut checked = self.checked_needs.contains(&need.id);
                        if ui.checkbox(&mut checked, need.label.as_str()).changed() {
                            if checked {
                                self.checked_needs.insert(need.id.clone());
                            } else {
                                self.checked_needs.remove(&need.id);
                            }
                        }
                    }
                });
            });
    }

    /// "Hours at a glance", with a picker between rule sets.
    fn hours_ui(&mut self, ui: &mut Ui, catalog: &Catalog) {
        let lang = crate::ui::lang(ui.ctx());
        CollapsingHeader::new(t(lang, "compare-hours"))
            .id_salt("compare-hours")
            .default_open(false)
            .show(ui, |ui| {
                if catalog.rule_sets.len() > 1 {
                    ui.horizontal_wrapped(|ui| {
                        ui.label(t(lang, "compare-hour-rules"));
                        for set in &catalog.rule_sets {
                            let on = self.hours_rules == set.id;
                            let mut response = ui.radio(on, set.name.as_str());
                            if !set.description.is_empty() {
                                response = response.on_hover_text(set.description.as_str());
                            }
                            if response.clicked() && !on {
                                self.hours_rules = set.id.clone();
                            }
                        }
                    });
                }
                hours_chart_ui(ui, catalog, &self.hours_rules);
            });
    }

    /// The right-hand panel with the selected cell's full text and sources.
    fn details_ui(&mut self, ui: &mut Ui, catalog: &Catalog) {
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

    /// The comparison table: sticky header, criterion column first, wrapped cells.
    /// `scroll`: the table scrolls under its own header (off when the whole page scrolls).
    fn table_ui(&mut self, ui: &mut Ui, catalog: &Catalog, scroll: bool) {
        let levels: Vec<&Level> = self.shown.iter().map(|&id| catalog.level(id)).collect();
        let rows = self.visible_rows(catalog, &levels);
        let folded = catalog.criteria.len()
            - rows
                .iter()
                .filter(|r| matches!(r, Row::Criterion(_)))
                .count();
        let lang = crate::ui::lang(ui.ctx());
        if self.hide_same {
            ui.weak(tr(lang, "compare-folded", &[("n", folded.into())]));
        }

        let text_height = ui.text_style_height(&TextStyle::Body);
        let one_line = text_height + 2.0 * ui.spacing().button_padding.y;
        self.measured
            .row_heights
            .resize(catalog.needs.len() + catalog.criteria.len(), one_line);
        let header_height = self.measured.header_height.max(one_line);

        // A table to screen readers: rows of cells that say their row and column (see `a11y::cell`).
        let table_size = (rows.len() + 1, levels.len() + 1);
        let (clicked, measured_header, measured_rows, sizing_pass) =
            a11y::table(ui, &t(lang, "compare-table"), table_size, |ui, table| {
                let width = ui.available_width();
                // Columns share the width by themselves: drag handles would be unnamed Tab stops.
                let builder = TableBuilder::new(ui)
                    .id_salt("compare-table")
                    .striped(true)
                    .vscroll(scroll)
                    .cell_layout(Layout::top_down(Align::Min))
                    .column(
                        Column::initial((text_height * 9.0).min(width * 0.2))
                            .at_least(text_height * 4.0),
                    )
                    .columns(
                        Column::remainder().at_least(text_height * 4.0),
                        levels.len(),
                    );
                // Column widths are kept while the person drags them; when the room for the table
                // changes (window, zoom, details panel), start again from widths that fit.
                if (width - self.measured.table_width).abs() > 1.0 {
                    builder.reset();
                    self.measured.table_width = width;
                }

                let mut clicked = None;
                let mut measured_header = 0.0_f32;
                let mut measured_rows: Vec<(usize, f32)> = Vec::with_capacity(rows.len());
                let mut sizing_pass = false;
                let selected = self.selected.as_ref();
                let reveal = self.reveal_selected > 0;
                let highlight = self.highlight_differences;
                self.reveal_selected = self.reveal_selected.saturating_sub(1);
                let checked_needs = &self.checked_needs;
                let row_heights = &self.measured.row_heights;

                builder
                    .header(header_height, |mut header| {
                        let row = table.row("header", 0);
                        header.col(|ui| {
                            let topic = t(lang, "compare-topic");
                            a11y::cell(ui, row, 0, Some(&topic), |ui| {
                                ui.add(Label::new(RichText::new(topic.as_str()).strong()).wrap());
                            });
                        });
                        for (column, level) in levels.iter().enumerate() {
                            let (used, _) = header.col(|ui| {
                                let name = Some(level.name.as_str());
                                a11y::cell(ui, row, column + 1, name, |ui| {
                                    sizing_pass |= ui.is_sizing_pass();
                                    level_header_ui(ui, catalog, level, checked_needs);
                                });
                            });
                            measured_header = measured_header.max(used.height());
                        }
                    })
                    .body(|mut body| {
                        for (index, &row) in rows.iter().enumerate() {
                            let slot = match row {
                                Row::Need(i) => i,
                                Row::Criterion(i) => catalog.needs.len() + i,
                            };
                            let height = row_heights.get(slot).copied().unwrap_or(one_line);
                            // Keyed by what the row is about, not where it is: checking a need
                            // puts a row above the criteria without renaming their nodes.
                            let a11y_row = table.row(slot, index + 1);
                            body.row(height, |mut table_row| {
                                let mut tallest = 0.0_f32;
                                let (used, _) = table_row.col(|ui| {
                                    let name = Some(row_name(catalog, row));
                                    a11y::cell(ui, a11y_row, 0, name, |ui| {
                                        row_label_ui(ui, catalog, row);
                                    });
                                });
                                tallest = tallest.max(used.height());
                                for (column, level) in levels.iter().enumerate() {
                                    let marked = highlight
                                        && column > 0
                                        && differs_from(levels[column - 1], level, catalog, row);
                                    let (used, _) = table_row.col(|ui| {
                                        a11y::cell(ui, a11y_row, column + 1, None, |ui| {
                                            if let Some(hit) = cell_ui(
                                                ui,
                                                catalog,
                                                level,
                                                row,
                                                (selected, reveal, marked),
                                            ) {
                                                clicked = Some(hit);
                                            }
                                        });
                                    });
                                    tallest = tallest.max(used.height());
                                }
                                measured_rows.push((slot, tallest));
                            });
                        }
                    });
                (clicked, measured_header, measured_rows, sizing_pass)
            });

        if let Some(hit) = clicked {
            self.selected = Some(hit);
            self.reveal_selected = 3;
        }
        if !sizing_pass {
            let mut changed = false;
            if (measured_header - self.measured.header_height).abs() > 0.5 {
                self.measured.header_height = measured_header;
                changed = true;
            }
            for (slot, height) in measured_rows {
                if let Some(stored) = self.measured.row_heights.get_mut(slot)
                    && (height - *stored).abs() > 0.5
                {
                    *stored = height;
                    changed = true;
                }
            }
            if changed {
                // Lay out once more with the heights the wrapped text really needs, before
                // anything is painted: no frame with wrongly sized rows, no second paint.
                ui.ctx().request_discard("compare: row heights changed");
            }
        }
    }

    /// The rows to draw: checked needs first, then the criteria (only the differing ones when
    /// "Highlight differences" is on).
    fn visible_rows(&self, catalog: &Catalog, levels: &[&Level]) -> Vec<Row> {
        let needs = catalog
            .needs
            .iter()
            .enumerate()
            .filter(|(_, need)| self.checked_needs.contains(&need.id))
            .map(|(i, _)| Row::Need(i));
        let criteria = catalog
            .criteria
            .iter()
            .enumerate()
            .filter(|(_, c)| !self.hide_same || differs(levels, &c.id))
            .map(|(i, _)| Row::Criterion(i));
        needs.chain(criteria).collect()
    }
}

/// Whether `level`'s cell in `row` says something other than `left`'s.
fn differs_from(left: &Level, level: &Level, catalog: &Catalog, row: Row) -> bool {
    match row {
        Row::Criterion(i) => catalog.criteria.get(i).is_some_and(|c| {
            let summary = |l: &Level| l.facts.get(&c.id).map(|f| f.summary.trim().to_owned());
            summary(left) != summary(level)
        }),
        Row::Need(i) => catalog.needs.get(i).is_some_and(|n| {
            n.fits.get(&left.id).map(|f| f.fit) != n.fits.get(&level.id).map(|f| f.fit)
        }),
    }
}

/// A bar down the left of a cell that differs from its neighbour, said in its description.
fn mark_difference(ui: &Ui, response: &egui::Response) {
    let rect = response.rect;
    let bar = egui::Rect::from_min_max(
        rect.left_top() - egui::vec2(5.0, 0.0),
        egui::pos2(rect.left() - 2.0, rect.bottom()),
    );
    ui.painter()
        .rect_filled(bar, 1.0, ui.visuals().selection.stroke.color);
    let text = t(crate::ui::lang(ui.ctx()), "compare-differs");
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_description(text);
    });
}

/// Whether the shown levels give different summaries for criterion `id`.
fn differs(levels: &[&Level], id: &str) -> bool {
    let mut summaries = levels
        .iter()
        .map(|l| l.facts.get(id).map(|f| f.summary.trim()));
    let first = summaries.next().flatten();
    summaries.any(|s| s != first)
}

/// A level's column header: name, ASAM line and, when needs are checked, how many fit.
fn level_header_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    level: &Level,
    checked_needs: &BTreeSet<String>,
) {
    let name = ui.add(Label::new(RichText::new(level.name.as_str()).strong()).wrap());
    // In a narrow column (small window, large text) the ASAM line would make the header taller
    // than the rows under it can afford: it moves to the name's hover text.
    if ui.available_width() < 170.0 {
        name.on_hover_text(level.asam.as_str());
    } else {
        ui.add(Label::new(RichText::new(level.asam.as_str()).weak()).wrap());
    }
    if checked_needs.is_empty() {
        return;
    }
    let mut counts = [0_usize; 3];
    for need in catalog
        .needs
        .iter()
        .filter(|n| checked_needs.contains(&n.id))
    {
        if let Some(fit) = need.fits.get(&level.id) {
            counts[fit_index(fit.fit)] += 1;
        }
    }
    let lang = crate::ui::lang(ui.ctx());
    let text = tr(
        lang,
        "compare-matters",
        &[("counts", fit_counts_text(lang, counts).into())],
    );
    ui.add(Label::new(text).wrap()).on_hover_ui(|ui| {
        ui.set_max_width(ui.spacing().tooltip_width);
        for need in catalog
            .needs
            .iter()
            .filter(|n| checked_needs.contains(&n.id))
        {
            if let Some(fit) = need.fits.get(&level.id) {
                ui.label(RichText::new(need.label.as_str()).strong());
                ui.label(need_cell_text(ui, fit));
            }
        }
    });
}

/// What a row is about, in words.
fn row_name(catalog: &Catalog, row: Row) -> &str {
    match row {
        Row::Need(i) => catalog.needs.get(i).map_or("", |n| n.label.as_str()),
        Row::Criterion(i) => catalog.criteria.get(i).map_or("", |c| c.label.as_str()),
    }
}

/// The first cell of a row: the criterion or need it is about.
fn row_label_ui(ui: &mut Ui, catalog: &Catalog, row: Row) {
    match row {
        Row::Need(i) => {
            if let Some(need) = catalog.needs.get(i) {
                let heading = t(crate::ui::lang(ui.ctx()), "compare-needs");
                ui.add(Label::new(RichText::new(heading).weak()).wrap());
                ui.add(Label::new(RichText::new(need.label.as_str()).strong()).wrap());
            }
        }
        Row::Criterion(i) => {
            if let Some(criterion) = catalog.criteria.get(i) {
                let label =
                    ui.add(Label::new(RichText::new(criterion.label.as_str()).strong()).wrap());
                if !criterion.help.is_empty() {
                    label.on_hover_text(criterion.help.as_str());
                }
            }
        }
    }
}

/// One level's cell in `row`: a focusable, selectable button. Returns the selection when the
/// person activates it (click, or Enter/Space when focused).
fn cell_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    level: &Level,
    row: Row,
    (selected, reveal, marked): (Option<&Selection>, bool, bool),
) -> Option<Selection> {
    match row {
        Row::Criterion(i) => {
            let criterion = catalog.criteria.get(i)?;
            let Some(fact) = level.facts.get(&criterion.id) else {
                ui.weak(t(crate::ui::lang(ui.ctx()), "compare-no-info"));
                return None;
            };
            let is_selected = matches!(selected,
                Some(Selection::Fact { level: l, criterion: c }) if *l == level.id && *c == criterion.id);
            let response = ui.add(Button::selectable(is_selected, fact.summary.as_str()).wrap());
            if is_selected && reveal {
                response.scroll_to_me(None);
            }
            if marked {
                mark_difference(ui, &response);
            }
            // "Where you live, IOP: At home; ...": the cell's row and column, then its text.
            a11y::named(
                &response,
                format!("{}, {}: {}", criterion.label, level.name, fact.summary),
            );
            response.clicked().then(|| Selection::Fact {
                level: level.id,
                criterion: criterion.id.clone(),
            })
        }
        Row::Need(i) => {
            let need = catalog.needs.get(i)?;
            let Some(fit) = need.fits.get(&level.id) else {
                ui.weak(t(crate::ui::lang(ui.ctx()), "compare-no-info"));
                return None;
            };
            let is_selected = matches!(selected,
                Some(Selection::Need { level: l, need: n }) if *l == level.id && *n == need.id);
            let text = need_cell_text(ui, fit);
            let response = ui
                .add(Button::selectable(is_selected, text).wrap())
                .on_hover_text(fit.why.as_str());
            if is_selected && reveal {
                response.scroll_to_me(None);
            }
            if marked {
                mark_difference(ui, &response);
            }
            // The name says the need, the level and the fit; the reason stays the description.
            a11y::named(
                &response,
                format!(
                    "{}, {}: {}",
                    need.label,
                    level.name,
                    fit_word(crate::ui::lang(ui.ctx()), fit.fit)
                ),
            );
            response.clicked().then(|| Selection::Need {
                level: level.id,
                need: need.id.clone(),
            })
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

/// The words for a fit. Words, not symbols: they read aloud and need no special glyphs.
fn fit_word(lang: Lang, fit: Fit) -> String {
    match fit {
        Fit::Yes => t(lang, "fit-yes"),
        Fit::Partly => t(lang, "fit-partly"),
        Fit::No => t(lang, "fit-no"),
    }
}

/// Counts of fits, depends and does-not-fits in words: "2 fit, 1 depends".
fn fit_counts_text(lang: Lang, counts: [usize; 3]) -> String {
    let ids = ["fit-count-yes", "fit-count-partly", "fit-count-no"];
    let parts: Vec<String> = counts
        .iter()
        .zip(ids)
        .filter(|(n, _)| **n > 0)
        .map(|(&n, id)| tr(lang, id, &[("n", n.into())]))
        .collect();
    parts.join(", ")
}

/// Position of a fit in count arrays: fits, depends, does not fit.
fn fit_index(fit: Fit) -> usize {
    match fit {
        Fit::Yes => 0,
        Fit::Partly => 1,
        Fit::No => 2,
    }
}

/// A colour for a fit that reads well on the current theme's background. The word carries
/// the meaning; the colour only helps the eye.
fn fit_color(fit: Fit, visuals: &Visuals) -> Color32 {
    use crate::ui::theme::{Signal, signal_text};
    let signal = match fit {
        Fit::Yes => Signal::Good,
        Fit::Partly => Signal::Mixed,
        Fit::No => Signal::Bad,
    };
    signal_text(signal, visuals.dark_mode)
}

/// "Fits" (in colour) on one line, the reason below.
fn need_cell_text(ui: &Ui, fit: &NeedFit) -> LayoutJob {
    let style = ui.style();
    let font = FontSelection::Style(TextStyle::Button);
    let mut job = LayoutJob::default();
    RichText::new(fit_word(crate::ui::lang(ui.ctx()), fit.fit))
        .strong()
        .color(fit_color(fit.fit, ui.visuals()))
        .append_to(&mut job, style, font.clone(), Align::Min);
    RichText::new("\n").append_to(&mut job, style, font.clone(), Align::Min);
    RichText::new(fit.why.as_str()).append_to(&mut job, style, font, Align::Min);
    job
}
