//! Compare's table: one column per level, one row per criterion (checked needs on top), its
//! cells, the "Highlight differences" marks and the measured heights of wrapped rows.

use std::collections::BTreeSet;

use egui::text::LayoutJob;
use egui::{
    Align, Button, Color32, FontSelection, Label, Layout, RichText, TextStyle, Ui, Visuals,
};
use egui_extras::{Column, TableBuilder};

use super::{CompareView, Row, Selection};
use crate::catalog::{Catalog, Fit, Level, NeedFit};
use crate::i18n::Lang;
use crate::ui::{a11y, t, tr};

impl CompareView {
    /// The comparison table: sticky header, criterion column first, wrapped cells.
    /// `scroll`: the table scrolls under its own header (off when the whole page scrolls).
    pub(super) fn table_ui(&mut self, ui: &mut Ui, catalog: &Catalog, scroll: bool) {
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
        let (clicked, measured_header, measured_rows, sizing_pass, columns, top_row) =
            a11y::table(ui, &t(lang, "compare-table"), table_size, |ui, table| {
                let width = ui.available_width();
                // Columns share the width by themselves: drag handles would be unnamed Tab stops.
                // Stripes are painted here (see `Stripe`), at the height the row turns out to
                // need, so a row taller than its remembered height needs no second layout pass.
                let builder = TableBuilder::new(ui)
                    .id_salt("compare-table")
                    .striped(false)
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
                    if self.anchor.is_some() {
                        self.reveal_selected = self.reveal_selected.max(3);
                    }
                }

                let mut clicked = None;
                let mut measured_header = 0.0_f32;
                let mut columns: Vec<(egui::Rect, &str)> = Vec::with_capacity(levels.len());
                let mut measured_rows: Vec<(usize, f32)> = Vec::with_capacity(rows.len());
                let mut sizing_pass = false;
                let selected = self.selected.as_ref();
                let reveal = self.reveal_selected > 0;
                let anchor = self.anchor.as_ref();
                let highlight = self.highlight_differences;
                self.reveal_selected = self.reveal_selected.saturating_sub(1);
                let checked_needs = &self.checked_needs;
                let row_heights = &self.measured.row_heights;
                let keep = self.place.keep.map(|(row, _)| row);
                let mut top_row = None;

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
                            columns.push((used, level.short_name.as_str()));
                        }
                    })
                    .body(|mut body| {
                        for (index, &row) in rows.iter().enumerate() {
                            let slot = slot(catalog, row);
                            let height = row_heights.get(slot).copied().unwrap_or(one_line);
                            // Keyed by what the row is about, not where it is: checking a need
                            // puts a row above the criteria without renaming their nodes.
                            let a11y_row = table.row(slot, index + 1);
                            body.row(height, |mut table_row| {
                                let mut tallest = 0.0_f32;
                                let mut stripe = None;
                                let (used, _) = table_row.col(|ui| {
                                    if index % 2 == 0 {
                                        stripe = Some(Stripe::reserve(ui));
                                    }
                                    let name = Some(row_name(catalog, row));
                                    a11y::cell(ui, a11y_row, 0, name, |ui| {
                                        row_label_ui(ui, catalog, row);
                                    });
                                    let cell = ui.max_rect();
                                    if top_row.is_none()
                                        && cell.bottom() > ui.clip_rect().top() + 1.0
                                    {
                                        top_row = Some(slot);
                                    }
                                    if keep == Some(slot) {
                                        // Back to the top of the view, in whichever scroll
                                        // area holds the table now (see `place`).
                                        ui.scroll_to_rect(cell, Some(Align::TOP));
                                        ui.data_mut(|d| d.insert_temp(keep_id(), Some(cell)));
                                    }
                                });
                                tallest = tallest.max(used.height());
                                let marks = Marks {
                                    selected,
                                    anchor: reveal.then_some(anchor).flatten(),
                                    highlight,
                                };
                                let cells = (a11y_row, &mut stripe);
                                let (height_used, hit) = level_cells_ui(
                                    &mut table_row,
                                    catalog,
                                    &levels,
                                    row,
                                    marks,
                                    cells,
                                );
                                tallest = tallest.max(height_used);
                                if hit.is_some() {
                                    clicked = hit;
                                }
                                if let Some(stripe) = stripe {
                                    stripe.paint(tallest.max(height));
                                }
                                measured_rows.push((slot, tallest));
                            });
                        }
                    });
                (
                    clicked,
                    measured_header,
                    measured_rows,
                    sizing_pass,
                    columns,
                    top_row,
                )
            });
        self.page_scroll_ui(ui, scroll, &columns);
        self.place.keep = match self.place.keep {
            Some((row, frames)) if frames > 1 => Some((row, frames - 1)),
            _ => None,
        };
        if self.place.keep.is_none() && !sizing_pass {
            // Only a table scrolled past its first row has a place to keep: at the top, the
            // page stays at its top (with the intro and the controls).
            let first = rows.first().map(|&row| slot(catalog, row));
            self.place.top_row = top_row.filter(|&row| Some(row) != first);
        }
        if let Some(hit) = clicked {
            self.anchor = Some(hit.clone());
            self.selected = Some(hit);
            self.reveal_selected = 3;
        }
        if !sizing_pass {
            self.remember_heights(ui, measured_header, measured_rows);
        }
    }

    /// In a short view the page scrolls, not the table: the pinned level names, and the page
    /// scrolled to the cell to reveal or the row to keep (the table's own scroll area, with
    /// vertical scrolling off, would swallow those requests).
    fn page_scroll_ui(&self, ui: &mut Ui, scroll: bool, columns: &[(egui::Rect, &str)]) {
        let take = |id| ui.data_mut(|d| d.remove_temp::<Option<egui::Rect>>(id).flatten());
        let (reveal, keep) = (take(reveal_id()), take(keep_id()));
        if scroll {
            return;
        }
        floating_header_ui(ui, columns);
        // The anchor cell into the page's view, clear of the level names pinned over it.
        if let Some(rect) = reveal {
            let pinned = self.measured.header_height;
            ui.scroll_to_rect(rect.with_min_y(rect.min.y - pinned), None);
        }
        if let Some(rect) = keep {
            let pinned = floating_header_height(ui);
            ui.scroll_to_rect(rect.with_min_y(rect.min.y - pinned), Some(Align::TOP));
        }
    }

    /// Keeps the header's and rows' measured heights for the next frame.
    ///
    /// A row whose content is taller than the height it was given has already grown to fit
    /// (and its stripe with it), so this frame is right as drawn. A row given more height than
    /// its content needs left a gap below it: then egui lays the frame out once more, before
    /// anything is painted. So the first frame, where every row starts one line high, is laid
    /// out once, and no frame shows a wrongly sized row.
    fn remember_heights(&mut self, ui: &Ui, header: f32, rows: Vec<(usize, f32)>) {
        let mut gap = false;
        if (header - self.measured.header_height).abs() > 0.5 {
            gap |= header < self.measured.header_height;
            self.measured.header_height = header;
        }
        for (slot, height) in rows {
            if let Some(stored) = self.measured.row_heights.get_mut(slot)
                && (height - *stored).abs() > 0.5
            {
                gap |= height < *stored;
                *stored = height;
            }
        }
        if gap {
            ui.ctx().request_discard("compare: a row got shorter");
        }
    }

    /// The rows to draw: checked needs first, then the criteria (only the differing ones when
    /// "Hide rows that read the same" is on).
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

/// What the cells of a row mark: the selected cell, the cell to scroll into view (while it is
/// being revealed) and whether differences from the column to the left are highlighted.
#[derive(Clone, Copy)]
struct Marks<'a> {
    selected: Option<&'a Selection>,
    anchor: Option<&'a Selection>,
    highlight: bool,
}

/// A body row's level cells, after its label cell: how tall the tallest is, and the cell
/// clicked, if any. Each cell widens the row's stripe.
fn level_cells_ui(
    table_row: &mut egui_extras::TableRow<'_, '_>,
    catalog: &Catalog,
    levels: &[&Level],
    row: Row,
    marks: Marks<'_>,
    (a11y_row, stripe): (a11y::Row, &mut Option<Stripe>),
) -> (f32, Option<Selection>) {
    let mut tallest = 0.0_f32;
    let mut clicked = None;
    for (column, level) in levels.iter().enumerate() {
        let marked =
            marks.highlight && column > 0 && differs_from(levels[column - 1], level, catalog, row);
        let (used, _) = table_row.col(|ui| {
            if let Some(stripe) = stripe.as_mut() {
                stripe.reach(ui);
            }
            a11y::cell(ui, a11y_row, column + 1, None, |ui| {
                let marks = (marks.selected, marks.anchor, marked);
                if let Some(hit) = cell_ui(ui, catalog, level, row, marks) {
                    clicked = Some(hit);
                }
            });
        });
        tallest = tallest.max(used.height());
    }
    (tallest, clicked)
}

/// The background of an even body row, painted behind its cells at the height the row turns
/// out to need (egui_extras paints stripes at the height given before the cells are drawn).
struct Stripe {
    painter: egui::Painter,
    shape: egui::layers::ShapeIdx,
    fill: Color32,
    /// Half the space between cells, which the stripe covers so rows meet without a gap.
    margin: egui::Vec2,
    /// The row's cells so far, as laid out: its first cell's top left to the right edge of
    /// the last one reached.
    rect: egui::Rect,
}

impl Stripe {
    /// Keeps a place for the stripe behind the row, from its first cell (`ui`).
    fn reserve(ui: &Ui) -> Stripe {
        let painter = ui.painter().clone();
        let shape = painter.add(egui::Shape::Noop);
        Stripe {
            painter,
            shape,
            fill: ui.visuals().faint_bg_color,
            margin: 0.5 * ui.spacing().item_spacing,
            rect: ui.max_rect(),
        }
    }

    /// Widens the stripe to another of the row's cells.
    fn reach(&mut self, ui: &Ui) {
        self.rect.max.x = self.rect.max.x.max(ui.max_rect().right());
    }

    /// Fills the kept place, `height` tall.
    fn paint(self, height: f32) {
        let rect = egui::Rect::from_min_size(self.rect.min, egui::vec2(self.rect.width(), height));
        let rect = egui::emath::GuiRounding::round_ui(rect.expand2(self.margin));
        let stripe = egui::epaint::RectShape::filled(rect, 0.0, self.fill);
        self.painter.set(self.shape, stripe);
    }
}

/// When the whole page scrolls (a short view) and the table's header has gone above the top,
/// the levels' short names stay pinned at the top of the view over their columns, so a
/// reader deep in the table still knows which column is which. Painted only: screen readers
/// hear the level in each cell's name.
fn floating_header_ui(ui: &Ui, columns: &[(egui::Rect, &str)]) {
    // The page's own width: its clip rect reaches under the details panel at the right, and
    // the band would hide the panel's top ("Close details").
    let clip = ui.clip_rect();
    let view = egui::Rect::from_x_y_ranges(clip.left()..=ui.max_rect().right(), clip.y_range())
        .intersect(clip);
    // Pinned as soon as the header's names start to scroll away, so there is no moment with
    // neither the names in the header nor the pinned ones.
    let Some(header_top) = columns.iter().map(|(r, _)| r.top()).reduce(f32::min) else {
        return;
    };
    if header_top >= view.top() {
        return;
    }
    let font = TextStyle::Body.resolve(ui.style());
    let height = floating_header_height(ui);
    let band = egui::Rect::from_min_size(view.left_top(), egui::vec2(view.width(), height));
    let painter = ui.painter().with_clip_rect(view);
    painter.rect_filled(band, 0.0, ui.visuals().panel_fill);
    painter.hline(
        band.x_range(),
        band.bottom(),
        ui.visuals().widgets.noninteractive.bg_stroke,
    );
    for (i, (rect, name)) in columns.iter().enumerate() {
        // A column reaches to where the next one starts: its header's own rect is only as
        // wide as the header's words.
        let right = columns
            .get(i + 1)
            .map_or(view.right(), |(next, _)| next.left() - 4.0);
        let galley = painter.layout_no_wrap(
            (*name).to_owned(),
            font.clone(),
            ui.visuals().strong_text_color(),
        );
        let at = egui::pos2(rect.left(), band.center().y - galley.size().y / 2.0);
        let clip = egui::Rect::from_x_y_ranges(rect.left()..=right, band.y_range());
        painter
            .with_clip_rect(clip)
            .galley(at, galley, ui.visuals().strong_text_color());
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

/// Where a row's measured height is kept: needs first, then criteria.
fn slot(catalog: &Catalog, row: Row) -> usize {
    match row {
        Row::Need(i) => i,
        Row::Criterion(i) => catalog.needs.len() + i,
    }
}

/// Where the row to bring back to the top is, for the page around a short view's table.
fn keep_id() -> egui::Id {
    egui::Id::unique("compare-keep-row")
}

/// The height of the level names pinned over a short view's page.
fn floating_header_height(ui: &Ui) -> f32 {
    ui.text_style_height(&TextStyle::Body) + 8.0
}

/// Where the cell to reveal this frame is, for the page around a short view's table.
fn reveal_id() -> egui::Id {
    egui::Id::unique("compare-reveal-cell")
}

/// What every cell button gets: scrolled into view when just chosen, the difference mark,
/// and its accessible name.
fn finish_cell(ui: &Ui, response: &egui::Response, reveal: bool, marked: bool, name: String) {
    if reveal {
        response.scroll_to_me(None);
        // A short view scrolls the whole page, and the table's own scroll area (vertical
        // scrolling off) swallows the request: `table_ui` passes it on to the page.
        ui.data_mut(|d| d.insert_temp(reveal_id(), Some(response.rect)));
    }
    if marked {
        mark_difference(ui, response);
    }
    a11y::named(response, name);
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
/// person activates it (click, or Enter/Space when focused). `anchor`: the cell to scroll into
/// view this frame, if any.
fn cell_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    level: &Level,
    row: Row,
    (selected, anchor, marked): (Option<&Selection>, Option<&Selection>, bool),
) -> Option<Selection> {
    match row {
        Row::Criterion(i) => {
            let criterion = catalog.criteria.get(i)?;
            let Some(fact) = level.facts.get(&criterion.id) else {
                ui.weak(t(crate::ui::lang(ui.ctx()), "compare-no-info"));
                return None;
            };
            let is_this =
                |s: Option<&Selection>| s.is_some_and(|s| s.is_fact(level.id, &criterion.id));
            let is_selected = is_this(selected);
            let response = ui.add(Button::selectable(is_selected, fact.summary.as_str()).wrap());
            // "Where you live, IOP: At home; ...": the cell's row and column, then its text.
            let name = format!("{}, {}: {}", criterion.label, level.name, fact.summary);
            finish_cell(ui, &response, is_this(anchor), marked, name);
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
            let is_this = |s: Option<&Selection>| s.is_some_and(|s| s.is_need(level.id, &need.id));
            let is_selected = is_this(selected);
            let text = need_cell_text(ui, fit);
            // The reason is in the cell itself; a tooltip would only repeat it.
            let response = ui.add(Button::selectable(is_selected, text).wrap());
            // The name says the need, the level and the fit; the reason stays the description.
            let fit_name = fit_word(crate::ui::lang(ui.ctx()), fit.fit);
            let name = format!("{}, {}: {}", need.label, level.name, fit_name);
            finish_cell(ui, &response, is_this(anchor), marked, name);
            response.clicked().then(|| Selection::Need {
                level: level.id,
                need: need.id.clone(),
            })
        }
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
pub(super) fn need_cell_text(ui: &Ui, fit: &NeedFit) -> LayoutJob {
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
