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
    /// Lists my commitments with a Remove button each, "Copy from Plan my week" (the open
    /// plan's commitments, those every phase keeps) and "Add my work or school hours".
    /// Returns the change the person asked for, if any.
    pub fn ui(
        &mut self,
        ui: &mut egui::Ui,
        my_week: &[Commitment],
        from_plan: &[Commitment],
    ) -> Option<Edit> {
        let mut edit: Option<Edit> = None;
        let lang = crate::ui::lang(ui.ctx());
        let title = crate::ui::tr(lang, "programs-my-week", &[("n", my_week.len().into())]);
        CollapsingHeader::new(RichText::new(title).strong())
            .id_salt("programs-my-week")
            .default_open(my_week.is_empty())
            .show(ui, |ui| {
                let intro = crate::ui::t(lang, "programs-my-week-intro");
                ui.add(Label::new(RichText::new(intro).weak()).wrap());
                ui.horizontal_wrapped(|ui| {
                    for (i, c) in my_week.iter().enumerate() {
                        let text = format!(
                            "{} {}-{} {}",
                            crate::check::day_short_in(lang, c.day),
                            c.start,
                            c.end,
                            c.display_title()
                        );
                        // One widget per chip, so a narrow window moves a whole chip to the
                        // next line instead of wrapping it letter by letter. A click removes it
                        // (Ctrl+Z brings it back).
                        let hover = crate::ui::tr(
                            lang,
                            "programs-remove-from-my-week",
                            &[("what", text.as_str().into())],
                        );
                        let chip = egui::Button::new(format!("{text}  \u{d7}"))
                            .wrap_mode(egui::TextWrapMode::Extend);
                        if ui.add(chip).on_hover_text(hover).clicked() {
                            edit = Some(Box::new(move |p| {
                                if i < p.my_week.len() {
                                    p.my_week.remove(i);
                                }
                            }));
                        }
                    }
                });
                if let Some(copied) = copy_from_plan_ui(ui, my_week, from_plan) {
                    edit = Some(Box::new(move |p| p.my_week.extend(copied)));
                }
                if let Some(added) = self.form.ui(ui)
                    && !added.is_empty()
                {
                    edit = Some(Box::new(move |p| p.my_week.extend(added)));
                }
            });
        edit
    }
}

/// "Copy from Plan my week": the plan's commitments that My week does not have yet, so work
/// hours entered once in the planner are not typed again here.
fn copy_from_plan_ui(
    ui: &mut egui::Ui,
    my_week: &[Commitment],
    from_plan: &[Commitment],
) -> Option<Vec<Commitment>> {
    let lang = crate::ui::lang(ui.ctx());
    let missing: Vec<Commitment> = from_plan
        .iter()
        .filter(|c| !my_week.contains(c))
        .cloned()
        .collect();
    let label = crate::ui::tr(lang, "my-week-copy", &[("n", missing.len().into())]);
    let why_not = if from_plan.is_empty() {
        "my-week-copy-none"
    } else {
        "my-week-copy-done"
    };
    let response = ui
        .add_enabled(!missing.is_empty(), egui::Button::new(label))
        .on_hover_text(crate::ui::t(lang, "my-week-copy-hover"))
        .on_disabled_hover_text(crate::ui::t(lang, why_not));
    response.clicked().then_some(missing)
}
