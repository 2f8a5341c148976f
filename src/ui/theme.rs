//! The theme switch: follow the system, or force light or dark. Words, not icons, so every
//! font can draw it and screen readers can name it. The choice is kept by eframe persistence.

use egui::ThemePreference;

/// Three small toggles: System, Light, Dark.
pub fn theme_switch_ui(ui: &mut egui::Ui) {
    let current = ui.ctx().options(|o| o.theme_preference);
    let mut chosen = current;
    ui.selectable_value(&mut chosen, ThemePreference::System, "System")
        .on_hover_text("Follow the system's light or dark setting");
    ui.selectable_value(&mut chosen, ThemePreference::Light, "Light")
        .on_hover_text("Light theme");
    ui.selectable_value(&mut chosen, ThemePreference::Dark, "Dark")
        .on_hover_text("Dark theme");
    if chosen != current {
        ui.ctx().set_theme(chosen);
    }
}
