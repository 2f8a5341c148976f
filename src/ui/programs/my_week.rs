//! "My week": the person's own commitments (work, school, childcare), entered once and laid
//! under every program's week.

use egui::{CollapsingHeader, Label, RichText};

use super::Edit;
use crate::plan::Commitment;
use crate::ui::planner::work_hours::WorkHoursForm;

/// The form's state between frames.
#[derive(Default)]
pub struct MyWeek {
    form: WorkHoursForm,
}

impl MyWeek {
    /// Lists my commitments with a Remove button each, and "Add my work or school hours".
    /// Returns the change the person asked for, if any.
    pub fn ui(&mut self, ui: &mut egui::Ui, my_week: &[Commitment]) -> Option<Edit> {
        let mut edit: Option<Edit> = None;
        let lang = crate::ui::lang(ui.ctx());
        let title = crate::ui::tr(lang, "programs-my-week", &[("n", my_week.len().into())]);
        CollapsingHeader::new(RichText::new(title).strong())
            .id_salt("programs-my-week")
            .default_open(my_week.is_empty())
            .show(ui, |ui| {
                ui.add(
                    Label::new(
                        RichText::new(
                            "Your own commitments, shown hatched in every program's week. A \
                             program session during one of them is a clash.",
                        )
                        .weak(),
                    )
                    .wrap(),
                );
                ui.horizontal_wrapped(|ui| {
                    for (i, c) in my_week.iter().enumerate() {
                        let text = format!(
                            "{} {}-{} {}",
                            c.day.code(),
                            c.start,
                            c.end,
                            c.display_title()
                        );
                        egui::Frame::group(ui.style()).show(ui, |ui| {
                            ui.label(text.as_str());
                            if ui
                                .small_button("Remove")
                                .on_hover_text(format!("Remove {text} from my week"))
                                .clicked()
                            {
                                edit = Some(Box::new(move |p| {
                                    if i < p.my_week.len() {
                                        p.my_week.remove(i);
                                    }
                                }));
                            }
                        });
                    }
                });
                if let Some(added) = self.form.ui(ui)
                    && !added.is_empty()
                {
                    edit = Some(Box::new(move |p| p.my_week.extend(added)));
                }
            });
        edit
    }
}
