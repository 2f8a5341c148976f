//! The disclaimer and the public help lines: always one click (or F1) away.
//!
//! Only public, free lines are shown: SAMHSA's National Helpline, the 988 Suicide & Crisis
//! Lifeline and 911. Never a commercial referral number. In Spanish the lines say how to reach
//! them in Spanish (988: press 2, or text AYUDA).

use crate::i18n::Lang;

use super::{lang, t};

/// The one-line disclaimer shown at the bottom of every view (English).
pub const DISCLAIMER: &str =
    "carelevels informs; it does not diagnose or replace an assessment by a clinician.";

/// [`DISCLAIMER`] in `lang`.
pub fn disclaimer(lang: Lang) -> String {
    t(lang, "help-disclaimer")
}

/// The bottom bar: the disclaimer and the help lines in one line, plus a button for details.
/// Returns true when the user asks for the full help panel.
pub fn footer_ui(ui: &mut egui::Ui) -> bool {
    let lang = lang(ui.ctx());
    // In a short window (900x600 with 150% text) the footer keeps to the help lines' numbers
    // on one line, so the view above keeps its room; the disclaimer and the lines' full names
    // are one click or F1 away, and each number names its line on hover.
    let short = ui.ctx().content_rect().height() < SHORT_WINDOW;
    let mut open = false;
    ui.horizontal_wrapped(|ui| {
        // Each help line stays whole on one line: a narrow window moves it down rather than
        // leave "988" on one line and "Suicide & Crisis Lifeline" on the next.
        let whole =
            |ui: &mut egui::Ui, text: egui::RichText| ui.add(egui::Label::new(text).extend());
        if !short {
            ui.label(egui::RichText::new(disclaimer(lang)).weak());
            ui.separator();
        }
        let lines = [
            ("help-footer-samhsa", "help-short-samhsa"),
            ("help-footer-988", "help-short-988"),
            ("help-footer-911", "help-short-911"),
        ];
        for (i, (full, brief)) in lines.into_iter().enumerate() {
            let text = t(lang, if short { brief } else { full });
            let response = if i == 0 {
                // "Help now:" goes with the first line, never alone at the end of a row.
                let mut job = egui::text::LayoutJob::default();
                let style = ui.style().clone();
                egui::RichText::new(format!("{} ", t(lang, "help-now")))
                    .strong()
                    .append_to(
                        &mut job,
                        &style,
                        egui::FontSelection::Default,
                        egui::Align::Center,
                    );
                egui::RichText::new(text).append_to(
                    &mut job,
                    &style,
                    egui::FontSelection::Default,
                    egui::Align::Center,
                );
                ui.add(egui::Label::new(job).extend())
            } else {
                ui.label("|");
                whole(ui, text.into())
            };
            if short {
                response.on_hover_text(t(lang, full));
            }
        }
        if ui
            .button(t(lang, "help-more-button"))
            .on_hover_text(t(lang, "help-more-hover"))
            .clicked()
        {
            open = true;
        }
    });
    open
}

/// Below this window height, in points, the footer shows the short form of the help lines.
const SHORT_WINDOW: f32 = 500.0;

/// The full help panel, shown in a window while `open` is true.
pub fn help_window(ctx: &egui::Context, open: &mut bool) {
    let lang = lang(ctx);
    if *open && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        *open = false;
    }
    // The id stays the same in both languages, so the window keeps its place when the
    // language changes.
    egui::Window::new(t(lang, "help-window-title"))
        .id(egui::Id::unique("help-window"))
        .open(open)
        .collapsible(false)
        .resizable(true)
        .default_width(460.0)
        // Never taller than the window (900x600 with large text, Spanish's longer lines):
        // its title and close button stay on screen and the text scrolls.
        .max_height((ctx.content_rect().height() - 60.0).max(120.0))
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("help-scroll")
                .show(ui, help_ui);
        });
}

/// The contents of the help panel.
pub fn help_ui(ui: &mut egui::Ui) {
    let lang = lang(ui.ctx());
    crate::ui::a11y::heading(ui, t(lang, "help-heading-now"), 1);
    ui.add_space(4.0);
    line(
        ui,
        &t(lang, "help-samhsa-title"),
        &t(lang, "help-samhsa-detail"),
    );
    line(ui, &t(lang, "help-988-title"), &t(lang, "help-988-detail"));
    line(ui, &t(lang, "help-911-title"), &t(lang, "help-911-detail"));
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.label(t(lang, "help-locator"));
        ui.hyperlink_to("FindTreatment.gov", "https://findtreatment.gov");
    });
    ui.separator();
    crate::ui::a11y::heading(ui, t(lang, "help-heading-about"), 2);
    ui.label(disclaimer(lang));
    ui.label(t(lang, "help-about-what"));
    ui.label(t(lang, "help-about-privacy"));
}

fn line(ui: &mut egui::Ui, title: &str, detail: &str) {
    ui.label(egui::RichText::new(title).strong().size(16.0));
    ui.label(detail);
    ui.add_space(6.0);
}
