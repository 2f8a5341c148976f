//! The calendar export's settings dialog: first week, number of weeks, commitments or not.
//! The settings are asked before the file is chosen, and kept for the next export.

use crate::export;
use crate::i18n::Lang;
use crate::plan::Plan;
use crate::ui::t;

/// The calendar export's settings.
pub struct CalendarExport {
    /// Whether the settings dialog is showing.
    pub open: bool,
    start: String,
    weeks: u32,
    include_commitments: bool,
    error: Option<String>,
}

impl Default for CalendarExport {
    fn default() -> Self {
        CalendarExport {
            open: false,
            start: next_monday(),
            weeks: 12,
            include_commitments: false,
            error: None,
        }
    }
}

impl CalendarExport {
    /// Opens the settings dialog.
    pub fn ask(&mut self) {
        self.open = true;
        self.error = None;
    }

    /// The first week's date, when `start` is a real YYYY-MM-DD date.
    fn first_date(&self) -> Option<chrono::NaiveDate> {
        chrono::NaiveDate::parse_from_str(self.start.trim(), "%Y-%m-%d").ok()
    }

    /// The calendar of `plan` with these settings, its words in `lang` (`None` when the date
    /// is not valid).
    pub fn render(&self, lang: Lang, plan: &Plan) -> Option<String> {
        let date = self.first_date()?;
        let weeks = (self.weeks > 0).then_some(self.weeks);
        Some(export::to_icalendar_in(
            lang,
            plan,
            date,
            weeks,
            self.include_commitments,
        ))
    }

    /// Draws the dialog while it is open. Returns `true` when the person chose to pick the
    /// file with valid settings.
    pub fn dialog(&mut self, ctx: &egui::Context) -> bool {
        if !self.open {
            return false;
        }
        let mut done = None;
        let modal = egui::Modal::new(egui::Id::unique("calendar-export")).show(ctx, |ui| {
            ui.set_width(420.0);
            let lang = crate::ui::lang(ui.ctx());
            crate::ui::a11y::heading(ui, t(lang, "ics-heading"), 1);
            ui.label(t(lang, "ics-intro"));
            egui::Grid::new("calendar-grid")
                .num_columns(2)
                .show(ui, |ui| {
                    let l = ui.label(t(lang, "ics-first-week"));
                    ui.text_edit_singleline(&mut self.start).labelled_by(l.id);
                    ui.end_row();
                    let l = ui.label(t(lang, "ics-weeks"));
                    ui.add(egui::DragValue::new(&mut self.weeks).range(0..=104))
                        .labelled_by(l.id);
                    ui.end_row();
                });
            ui.checkbox(&mut self.include_commitments, t(lang, "ics-commitments"));
            if let Some(e) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, e);
            }
            ui.horizontal(|ui| {
                if ui.button(t(lang, "ics-choose-file")).clicked() {
                    done = Some(true);
                }
                if ui.button(t(lang, "file-cancel")).clicked() {
                    done = Some(false);
                }
            });
        });
        // Escape (or a click outside) cancels, as in any dialog.
        if done.is_none() && modal.should_close() {
            done = Some(false);
        }
        match done {
            Some(true) if self.first_date().is_none() => {
                self.error = Some(t(crate::ui::lang(ctx), "ics-bad-date"));
                false
            }
            Some(true) => {
                self.open = false;
                true
            }
            Some(false) => {
                self.open = false;
                false
            }
            None => false,
        }
    }
}

/// The coming Monday (or today when today is Monday), as YYYY-MM-DD.
fn next_monday() -> String {
    use chrono::Datelike;
    let today = chrono::Local::now().date_naive();
    let ahead = (7 - today.weekday().num_days_from_monday()) % 7;
    (today + chrono::Days::new(u64::from(ahead)))
        .format("%Y-%m-%d")
        .to_string()
}
