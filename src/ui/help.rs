//! The disclaimer and the public help lines: always one click (or F1) away.
//!
//! Only public, free lines are shown: SAMHSA's National Helpline, the 988 Suicide & Crisis
//! Lifeline and 911. Never a commercial referral number.

/// The one-line disclaimer shown at the bottom of every view.
pub const DISCLAIMER: &str =
    "carelevels informs; it does not diagnose or replace an assessment by a clinician.";

/// The bottom bar: the disclaimer and the help lines in one line, plus a button for details.
/// Returns true when the user asks for the full help panel.
pub fn footer_ui(ui: &mut egui::Ui) -> bool {
    let mut open = false;
    ui.horizontal_wrapped(|ui| {
        ui.label(egui::RichText::new(DISCLAIMER).weak());
        ui.separator();
        ui.label(egui::RichText::new("Help now:").strong());
        ui.label("SAMHSA Helpline 1-800-662-4357 (free, 24/7)");
        ui.label("|");
        ui.label("988 Suicide & Crisis Lifeline: call or text 988");
        ui.label("|");
        ui.label("Emergency: 911");
        if ui
            .button("More about help lines (F1)")
            .on_hover_text(
                "Open the help panel with the disclaimer and the free, public help lines",
            )
            .clicked()
        {
            open = true;
        }
    });
    open
}

/// The full help panel, shown in a window while `open` is true.
pub fn help_window(ctx: &egui::Context, open: &mut bool) {
    if *open && ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
        *open = false;
    }
    egui::Window::new("Help lines and about this app")
        .open(open)
        .collapsible(false)
        .resizable(true)
        .default_width(460.0)
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .show(ctx, |ui| {
            help_ui(ui);
        });
}

/// The contents of the help panel.
pub fn help_ui(ui: &mut egui::Ui) {
    crate::ui::a11y::heading(ui, "If you need help now", 1);
    ui.add_space(4.0);
    line(
        ui,
        "SAMHSA National Helpline: 1-800-662-4357 (1-800-662-HELP)",
        "Free, confidential, 24 hours a day, 7 days a week, 365 days a year, in English and Spanish. \
         Treatment referrals and information; TTY 1-800-487-4889.",
    );
    line(
        ui,
        "988 Suicide & Crisis Lifeline: call or text 988",
        "Free and confidential, 24/7. Chat at 988lifeline.org. Veterans: press 1. Spanish: press 2.",
    );
    line(
        ui,
        "In an emergency, call 911",
        "If you or someone else is in immediate danger.",
    );
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        ui.label("Find treatment near you with SAMHSA's locator:");
        ui.hyperlink_to("FindTreatment.gov", "https://findtreatment.gov");
    });
    ui.separator();
    crate::ui::a11y::heading(ui, "About this app", 2);
    ui.label(DISCLAIMER);
    ui.label(
        "It explains the levels of care and checks whether a planned week meets the hour rules \
         that ASAM and Medicare use. Only a clinician who knows you can say which level fits you.",
    );
    ui.label(
        "Your plans stay on this computer. carelevels never sends anything over the internet; \
         links open in your browser only when you click them.",
    );
}

fn line(ui: &mut egui::Ui, title: &str, detail: &str) {
    ui.label(egui::RichText::new(title).strong().size(16.0));
    ui.label(detail);
    ui.add_space(6.0);
}
