//! The Compare view: the levels of care side by side.
//!
//! Top to bottom: which levels to show and "Highlight differences"; "What matters to me"
//! boxes; "Hours at a glance"; then the table (one column per level, one row per criterion,
//! checked needs on top) with a details panel on the right for the selected cell.
//!
//! Everything shown comes from the [`Catalog`]; the view only remembers the person's choices.

use std::collections::BTreeSet;

use egui::{Checkbox, CollapsingHeader, Label, RichText, ScrollArea, Ui};
use serde::{Deserialize, Deserializer, Serialize};

use crate::catalog::Catalog;
use crate::plan::{DEFAULT_RULES, LevelId};
use crate::ui::hours_chart::hours_chart_ui;
use crate::ui::{a11y, t};

mod details;
mod table;

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
    /// The cell kept in view while the table re-flows: the one just selected, or the one
    /// whose details just closed. Opening the details panel narrows the table and closing it
    /// widens it, so every row above changes height and would carry that cell away.
    #[serde(skip)]
    anchor: Option<Selection>,
    /// Frames left in which the anchor cell is scrolled into view.
    #[serde(skip)]
    reveal_selected: u8,
    /// The row at the top of the view, and whether the view was short, last frame: when the
    /// window turns short or tall the table moves to another scroll area, and this row is
    /// brought back to the top so the person keeps their place.
    #[serde(skip)]
    place: Place,
    #[serde(skip)]
    measured: Measured,
}

/// Where the person is in the table (see [`CompareView::place`]).
#[derive(Clone, Copy, Debug, Default)]
struct Place {
    /// The row (by slot: needs, then criteria) at the top of the view, when it is not the
    /// table's first.
    top_row: Option<usize>,
    short: Option<bool>,
    /// The row to bring back to the top, and for how many more frames.
    keep: Option<(usize, u8)>,
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

impl Selection {
    /// Whether this is `level`'s answer to criterion `criterion`.
    fn is_fact(&self, level: LevelId, criterion: &str) -> bool {
        matches!(self, Selection::Fact { level: l, criterion: c } if *l == level && c == criterion)
    }

    /// Whether this is how `level` meets need `need`.
    fn is_need(&self, level: LevelId, need: &str) -> bool {
        matches!(self, Selection::Need { level: l, need: n } if *l == level && n == need)
    }
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
            anchor: None,
            reveal_selected: 0,
            place: Place::default(),
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
        let short = room < SHORT_VIEW;
        if self.place.short.is_some_and(|was| was != short)
            && let Some(row) = self.place.top_row
        {
            self.place.keep = Some((row, 3));
        }
        self.place.short = Some(short);
        if short {
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
        if self.highlight_differences {
            // What the marks mean, in words, where the person turned them on.
            ui.add(Label::new(RichText::new(t(lang, "compare-highlight-legend")).weak()).wrap());
        }
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
}
