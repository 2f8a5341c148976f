//! The week grid: Monday to Sunday columns, hours down the side.
//! (Work in progress: a placeholder with the final interface.)

use crate::check::Report;
use crate::plan::{Clock, Day, Plan, SessionKind};
use crate::ui::planner::{GridAction, Item};

/// Transient interaction state of the grid (drag in progress, keyboard cursor, scroll target).
#[derive(Default)]
pub struct GridState {
    reveal: Option<(Day, Clock)>,
}

impl GridState {
    /// Ask the grid to scroll so `day` at `time` is visible next frame.
    pub fn reveal(&mut self, day: Day, time: Clock) {
        self.reveal = Some((day, time));
    }
}

/// Draws the week grid filling the available rect and returns what the user did this frame.
pub fn week_grid_ui(
    ui: &mut egui::Ui,
    state: &mut GridState,
    plan: &Plan,
    report: &Report,
    selection: Option<Item>,
) -> Vec<GridAction> {
    let _ = (ui, state, plan, report, selection);
    Vec::new()
}

/// Fill colour for a kind of session (also used by the legend and other panels).
pub fn kind_color(kind: SessionKind, dark_mode: bool) -> egui::Color32 {
    let _ = (kind, dark_mode);
    egui::Color32::GRAY
}
