//! The details panel on the right of a table (Compare's cell, My programs' question): a
//! resizable side panel that scrolls, with a Close button, and Escape to close.

use std::hash::Hash;

use egui::{Key, ScrollArea, Ui};

use crate::ui::t;

/// Draws `add` in a panel on the right of `ui`, at most 45% of its width. `subject` keys the
/// scroll position, so each new subject starts at its top whatever the last one was scrolled
/// to. Returns true when the person asked to close it (the button or Escape).
pub fn details_panel(
    ui: &mut Ui,
    id: &'static str,
    subject: impl Hash + std::fmt::Debug,
    close_label: &str,
    add: impl FnOnce(&mut Ui),
) -> bool {
    let lang = crate::ui::lang(ui.ctx());
    let mut close = ui.input(|i| i.key_pressed(Key::Escape));
    // Leave most of the width to the table, also when zoomed in.
    let room = ui.available_width();
    egui::Panel::right(id)
        .resizable(true)
        .default_size((room * 0.3).clamp(200.0, 380.0))
        .min_size(160.0)
        .max_size((room * 0.45).max(200.0))
        .show(ui, |ui| {
            // Above the scrolling text, so it stays in reach however far the person reads.
            if ui
                .button(close_label)
                .on_hover_text(t(lang, "compare-close-details-hover"))
                .clicked()
            {
                close = true;
            }
            ScrollArea::vertical()
                .id_salt((id, subject))
                .auto_shrink(false)
                .show(ui, add);
        });
    close
}
