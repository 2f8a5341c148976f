//! "Add my work or school hours": the same time range on several days, as commitments.

use crate::plan::{Commitment, Day};

/// The form's fields, kept between uses.
pub struct WorkHoursForm {
    days: [bool; 7],
    start: String,
    end: String,
    title: String,
    error: Option<String>,
}

impl Default for WorkHoursForm {
    fn default() -> Self {
        WorkHoursForm {
            days: [true, true, true, true, true, false, false],
            start: "09:00".into(),
            end: "17:00".into(),
            title: "Work".into(),
            error: None,
        }
    }
}

impl WorkHoursForm {
    /// Draws the form; returns the commitments to add when the user presses the button.
    pub fn ui(&mut self, ui: &mut egui::Ui) -> Option<Vec<Commitment>> {
        let mut result = None;
        egui::CollapsingHeader::new("Add my work or school hours")
            .id_salt("work-hours")
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    for day in Day::ALL {
                        ui.checkbox(&mut self.days[day.index()], day.code())
                            .on_hover_text(day.name());
                    }
                });
                ui.horizontal(|ui| {
                    let from = ui.label("From");
                    ui.add(egui::TextEdit::singleline(&mut self.start).desired_width(56.0))
                        .labelled_by(from.id);
                    let to = ui.label("to");
                    ui.add(egui::TextEdit::singleline(&mut self.end).desired_width(56.0))
                        .labelled_by(to.id);
                });
                ui.horizontal(|ui| {
                    let what = ui.label("What");
                    ui.add(
                        egui::TextEdit::singleline(&mut self.title)
                            .hint_text("Work, School, Childcare")
                            .desired_width(140.0),
                    )
                    .labelled_by(what.id);
                });
                if let Some(error) = &self.error {
                    ui.colored_label(ui.visuals().error_fg_color, error);
                }
                if ui.button("Add these hours to my week").clicked() {
                    match self.commitments() {
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

    fn commitments(&self) -> Result<Vec<Commitment>, String> {
        let (start, end) =
            crate::plan::parse_times(self.start.trim(), self.end.trim()).map_err(|e| {
                let label = if e.field() == "start" { "From" } else { "To" };
                format!("{label}: {e}")
            })?;
        let days: Vec<Day> = Day::ALL
            .into_iter()
            .filter(|d| self.days[d.index()])
            .collect();
        if days.is_empty() {
            return Err("Tick at least one day.".into());
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
