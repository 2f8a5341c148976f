//! The week grid: Monday to Sunday columns, hours down the side.
//!
//! Sessions are coloured blocks, commitments grey hatched blocks (a phase's own commitments
//! cross-hatched, with a bar down the left edge, so they stand apart from the whole plan's). Drag on empty time to add a
//! session, drag a block to move it (across days too), drag its top or bottom edge to resize it.
//! Every block is a focusable widget with an accessible name; with the keyboard, Enter opens it,
//! Delete removes it, the arrow keys move it and Shift+Up/Down change its length.
//!
//! The grid never edits the plan: it returns [`GridAction`]s that the planner applies as
//! undoable edits. Time that two sessions share, or that a session shares with a commitment, is
//! drawn as a red band over the blocks involved.
//!
//! The parts: [`layout`] places blocks (lanes, clash bands, snapping) and is pure; `interact`
//! turns pointer and keys into actions; `paint` draws. Cost per frame is O(n log n) in blocks:
//! one sort, one lane sweep and one overlap sweep per day; text is laid out only for blocks in
//! view.

mod interact;
mod layout;
mod paint;

use egui::{ScrollArea, Sense, Ui, vec2};

use crate::check::Report;
use crate::plan::{Clock, Day, Week};

pub use crate::plan::Item;

use interact::Drag;

/// Height of one hour, in points (so it follows the egui zoom).
const HOUR_HEIGHT: f32 = 44.0;
/// Width of the time labels on the left.
const GUTTER_WIDTH: f32 = 52.0;
/// Height of the day names above the columns.
const HEADER_HEIGHT: f32 = 38.0;

/// What the user did in the week grid; the planner turns each into an undoable edit.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GridAction {
    /// Click on a block (or Tab onto it).
    Select(Item),
    /// Click on empty space.
    ClearSelection,
    /// Drag on empty space: a new session on `day` from `start` to `end`.
    Create { day: Day, start: Clock, end: Clock },
    /// A block moved (possibly to another day) or resized.
    SetBlock {
        item: Item,
        day: Day,
        start: Clock,
        end: Clock,
    },
    /// Double-click or Enter on a block: open it in the form.
    Edit(Item),
    /// Delete or Backspace on the selected block.
    Delete(Item),
}

/// Transient interaction state of the grid (drag in progress, keyboard cursor, scroll target).
#[derive(Default)]
pub struct GridState {
    /// The drag in progress, if any.
    drag: Option<Drag>,
    /// A place to scroll to on the next frame.
    reveal: Option<(Day, Clock)>,
    /// A block to keep in view after a keyboard move.
    follow: Option<Item>,
    /// Where the view was scrolled to show the week's blocks, for which view height. Until the
    /// person scrolls, the week is placed again whenever the view's height changes: the first
    /// frames see heights the window does not keep (egui's measuring pass, a window manager's
    /// resize), and a week centred for a taller view would open cut off.
    placed: Option<Placement>,
    /// The scroll offset after last frame.
    offset: f32,
    /// A block that gets keyboard focus because it was clicked (so the view need not scroll).
    clicked_focus: Option<Item>,
    /// The block last clicked: its focus came from the pointer, so it shows no tooltip.
    pointer_focus: Option<Item>,
    /// A block to give the keyboard to when it is next drawn (one just made by a drag).
    focus_next: Option<Item>,
    /// The block that had keyboard focus last frame.
    focused: Option<Item>,
    /// The week as last laid out.
    laid: Option<layout::Laid>,
    /// Blocks in view last frame that were too many to draw.
    hidden: usize,
    /// Commitments are a backdrop here (a program's week over my week): they take no clicks
    /// or drags, so a drag across them adds a session instead of moving them.
    pub fixed_commitments: bool,
}

impl GridState {
    /// A grid whose commitments are a backdrop (see [`GridState::fixed_commitments`]).
    pub fn with_fixed_commitments() -> GridState {
        GridState {
            fixed_commitments: true,
            ..GridState::default()
        }
    }

    /// Ask the grid to scroll so `day` at `time` is visible next frame (used when a finding is
    /// clicked).
    pub fn reveal(&mut self, day: Day, time: Clock) {
        self.reveal = Some((day, time));
    }

    /// Gives `item` the keyboard when it is next drawn, as if it had been clicked.
    pub fn focus(&mut self, item: Item) {
        self.focus_next = Some(item);
    }

    /// Whether a drag (create, move or resize) is in progress.
    pub fn is_dragging(&self) -> bool {
        self.drag.is_some()
    }
}

/// The scroll offset the grid set to open on the week's blocks, and the view height it was for.
#[derive(Clone, Copy)]
struct Placement {
    view_height: f32,
    offset: f32,
}

/// Draws the week grid filling the available rect and returns what the user did this frame.
/// The plan is NOT changed here: the caller applies the actions as undoable edits.
pub fn week_grid_ui(
    ui: &mut Ui,
    state: &mut GridState,
    plan: &Week<'_>,
    report: &Report,
    selection: Option<Item>,
) -> Vec<GridAction> {
    let lang = crate::ui::lang(ui.ctx());
    let mut actions = Vec::new();
    let grid_id = ui.make_persistent_id("week-grid");
    let hidden_before = state.hidden;
    if hidden_before > 0 {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            crate::ui::tr(lang, "grid-hidden", &[("n", hidden_before.into())]),
        );
    }

    let (header_rect, header) =
        ui.allocate_exact_size(vec2(ui.available_width(), HEADER_HEIGHT), Sense::hover());
    header.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::Label, true, crate::ui::t(lang, "grid-days"))
    });

    let laid = layout::Laid::update(state.laid.take(), plan, lang);

    let view_height = ui.available_height();
    // Placed again only while the person has not scrolled away from where it was placed.
    let place = match state.placed {
        None => true,
        Some(p) => p.view_height != view_height && (state.offset - p.offset).abs() < 0.5,
    };
    let scroll = ScrollArea::vertical()
        .id_salt("week-grid-scroll")
        .auto_shrink([false, false])
        .content_margin(0.0)
        // The week opens where it is placed, without a glide from the top.
        .animated(!place);
    // No fading at the bottom edge: a block there would look disabled.
    ui.spacing_mut().scroll.fade.strength = 0.0;
    let output = scroll.show(ui, |ui| {
        if place {
            let top = layout::opening_hour(&laid.blocks, view_height / HOUR_HEIGHT);
            // A little above that hour, so its label shows whole.
            let y = ui.min_rect().top() + (top * HOUR_HEIGHT - 10.0).max(0.0);
            let target = egui::Rect::from_x_y_ranges(ui.max_rect().x_range(), y..=y + 1.0);
            ui.scroll_to_rect(target, Some(egui::Align::TOP));
        }
        interact::grid_body_ui(ui, grid_id, state, plan, &laid, selection, &mut actions)
    });
    if place {
        state.placed = Some(Placement {
            view_height,
            offset: output.state.clamped_offset().y,
        });
    }
    state.offset = output.state.clamped_offset().y;
    let geometry = output.inner;

    state.laid = Some(laid);
    if state.hidden != hidden_before {
        ui.ctx().request_repaint();
    }
    paint::header_ui(ui, header_rect, geometry, report);
    actions
}
