//! "Add my work or school hours": the same time range on several days, as commitments.

use crate::check::{day_name_in, day_short_in};
use crate::i18n::Lang;
use crate::plan::{Commitment, Day};
use crate::ui::t;

/// The form's fields, kept between uses.
pub struct WorkHoursForm {
    days: [bool; 7],
    start: String,
    end: String,
    title: String,
    /// Whether the person typed a title; until then it is "Work" in the UI's language.
    title_typed: bool,
    error: Option<String>,
}

impl Default for WorkHoursForm {
    fn default() -> Self {
        WorkHoursForm {
            days: [true, true, true, true, true, false, false],
            start: "09:00".into(),
            end: "17:00".into(),
            title: String::new(),
            title_typed: false,
            error: None,
        }
    }
}

impl WorkHoursForm {
    /// Draws the form; returns the commitments to add when the user presses the button.
    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<Vec<Commitment>> {
        let lang = crate::ui::lang(ui.ctx());
        if !self.title_typed {
            self.title = t(lang, "wh-default-title");
        }
        let mut result = None;
        egui::CollapsingHeader::new(t(lang, "wh-heading"))
            .id_salt("work-hours")
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    for day in Day::ALL {
                        ui.checkbox(&mut self.days[day.index()], day_short_in(lang, day))
                            .on_hover_text(day_name_in(lang, day));
                    }
                });
                ui.horizontal(|ui| {
                    let from = ui.label(t(lang, "wh-from"));
                    ui.add(egui::TextEdit::singleline(&mut self.start).desired_width(56.0))
                        .labelled_by(from.id);
                    let to = ui.label(t(lang, "wh-to"));
                    ui.add(egui::TextEdit::singleline(&mut self.end).desired_width(56.0))
                        .labelled_by(to.id);
                });
                ui.horizontal(|ui| {
                    let what = ui.label(t(lang, "wh-what"));
                    let edit = ui
                        .add(
                            egui::TextEdit::singleline(&mut self.title)
                                .hint_text(t(lang, "wh-what-hint"))
                                .desired_width(140.0),
                        )
                        .labelled_by(what.id);
                    if edit.changed() {
                        self.title_typed = true;
                    }
                });
                if let Some(error) = &self.error {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
                if ui.button(t(lang, "wh-add")).clicked() {
                    match self.commitments(lang) {
                        Ok(list) => {
                            self.error = None;
                            result = Some(list);
                        }
                        Err(message) => self.error = Some(message),
                    }
                }
            });
        result
    }

    fn commitments(&self, lang: Lang) -> Result<Vec<Commitment>, String> {
        let (start, end) = crate::plan::parse_times(self.start.trim(), self.end.trim())
            .map_err(|e| super::editor::bad_times_in(lang, &e))?;
        let days: Vec<Day> = Day::ALL
            .into_iter()
            .filter(|d| self.days[d.index()])
            .collect();
        if days.is_empty() {
            return Err(t(lang, "wh-no-day"));
        }
        Ok(days
            .into_iter()
            .map(|day| Commitment {
                day,
                start,
                end,
                title: self.title.trim().to_owned(),
            })
            .collect())
    }
}
