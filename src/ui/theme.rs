//! The theme: the switch between the system's, light and dark looks, and every colour the
//! views paint with.
//!
//! The switch uses words, not icons, so every font can draw it and screen readers can name it;
//! the choice is kept by eframe persistence. Views ask for a colour by its meaning (a kind of
//! session, a clash, the verdict), each defined here for light and dark; the egui visuals
//! (text, selection, error) cover the rest.

use egui::{Color32, ThemePreference, Visuals};

use crate::plan::SessionKind;

use super::t;

/// Three small toggles: Dark, Light, System (in that order on screen and for Tab).
pub fn theme_switch_ui(ui: &mut egui::Ui) {
    let lang = super::lang(ui.ctx());
    let current = ui.ctx().options(|o| o.theme_preference);
    let mut chosen = current;
    ui.selectable_value(&mut chosen, ThemePreference::Dark, t(lang, "theme-dark"))
        .on_hover_text(t(lang, "theme-dark-hover"));
    ui.selectable_value(&mut chosen, ThemePreference::Light, t(lang, "theme-light"))
        .on_hover_text(t(lang, "theme-light-hover"));
    ui.selectable_value(
        &mut chosen,
        ThemePreference::System,
        t(lang, "theme-system"),
    )
    .on_hover_text(t(lang, "theme-system-hover"));
    if chosen != current {
        ui.ctx().set_theme(chosen);
    }
}

/// Fill colour for a kind of session (the week grid, its legend and other panels).
pub fn session_fill(kind: SessionKind, dark_mode: bool) -> Color32 {
    let (light, dark) = match kind {
        SessionKind::Group => ((0x9c, 0xc3, 0xf5), (0x2f, 0x5d, 0x8f)),
        SessionKind::Individual => ((0xa8, 0xdb, 0xa8), (0x3a, 0x75, 0x42)),
        SessionKind::Family => ((0xf7, 0xc5, 0x8b), (0x8a, 0x57, 0x22)),
        SessionKind::Medication => ((0xe0, 0xa9, 0xe6), (0x74, 0x3f, 0x7e)),
        SessionKind::Education => ((0xf0, 0xdf, 0x86), (0x72, 0x64, 0x1d)),
        SessionKind::Peer => ((0x8f, 0xd9, 0xd3), (0x22, 0x6c, 0x66)),
        SessionKind::Other => ((0xcf, 0xc6, 0xba), (0x5c, 0x55, 0x4c)),
    };
    let (r, g, b) = if dark_mode { dark } else { light };
    Color32::from_rgb(r, g, b)
}

/// Text on top of [`session_fill`].
pub fn session_text(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_gray(238)
    } else {
        Color32::from_gray(20)
    }
}

/// A session fill under the pointer: a little lighter.
pub fn hovered_fill(fill: Color32, dark_mode: bool) -> Color32 {
    fill.lerp_to_gamma(Color32::WHITE, if dark_mode { 0.08 } else { 0.25 })
}

/// Fill and hatching of commitments (work, school...): grey, so sessions stand out.
pub fn commitment_fill(dark_mode: bool) -> (Color32, Color32) {
    if dark_mode {
        (Color32::from_gray(62), Color32::from_gray(88))
    } else {
        (Color32::from_gray(222), Color32::from_gray(182))
    }
}

/// The thin outline of every block.
pub fn block_border(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_white_alpha(40)
    } else {
        Color32::from_black_alpha(50)
    }
}

/// Double-booked time: the theme's error red, as an outline and a see-through band.
pub fn clash(visuals: &Visuals) -> (Color32, Color32) {
    let red = visuals.error_fg_color;
    let band = Color32::from_rgba_unmultiplied(red.r(), red.g(), red.b(), 46);
    (red, band)
}

/// The outline of the selected block (the theme's selection colour).
pub fn selection(visuals: &Visuals) -> Color32 {
    visuals.selection.stroke.color
}

/// Background and text of the verdict banner: green-ish when the week meets the rules,
/// red-ish when it does not.
pub fn verdict(meets: bool, dark_mode: bool) -> (Color32, Color32) {
    match (meets, dark_mode) {
        (true, true) => (
            Color32::from_rgb(24, 66, 40),
            Color32::from_rgb(178, 236, 190),
        ),
        (true, false) => (
            Color32::from_rgb(218, 242, 224),
            Color32::from_rgb(18, 88, 40),
        ),
        (false, true) => (
            Color32::from_rgb(88, 32, 30),
            Color32::from_rgb(255, 196, 190),
        ),
        (false, false) => (
            Color32::from_rgb(252, 226, 223),
            Color32::from_rgb(150, 32, 24),
        ),
    }
}

/// How well something fits, for the eye only: the words next to it carry the meaning.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Signal {
    Good,
    Mixed,
    Bad,
}

/// Text colour of a [`Signal`] that reads well on the theme's background.
pub fn signal_text(signal: Signal, dark_mode: bool) -> Color32 {
    match (signal, dark_mode) {
        (Signal::Good, true) => Color32::from_rgb(0x8c, 0xe0, 0x8c),
        (Signal::Good, false) => Color32::from_rgb(0x1b, 0x6e, 0x2a),
        (Signal::Mixed, true) => Color32::from_rgb(0xf2, 0xc5, 0x5c),
        (Signal::Mixed, false) => Color32::from_rgb(0x8a, 0x56, 0x00),
        (Signal::Bad, true) => Color32::from_rgb(0xff, 0x9a, 0x8f),
        (Signal::Bad, false) => Color32::from_rgb(0xa8, 0x1f, 0x1f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_have_distinct_colours_in_both_themes() {
        for dark in [false, true] {
            let colors: Vec<_> = SessionKind::ALL
                .iter()
                .map(|&k| session_fill(k, dark))
                .collect();
            for (i, a) in colors.iter().enumerate() {
                for b in &colors[i + 1..] {
                    assert_ne!(a, b);
                }
            }
        }
    }
}
