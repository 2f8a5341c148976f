//! Must-haves: the questions the person marks as "must be Yes". A program that has not
//! answered one of them Yes is flagged in its column. Nothing is scored or ranked.

use egui::{Label, RichText, Ui};

use super::Edit;
use crate::catalog::Catalog;
use crate::programs::{Program, Programs};

/// The "Must be Yes" tick beside a question. Returns the change when it is toggled.
pub fn toggle_ui(ui: &mut Ui, programs: &Programs, question: &str, label: &str) -> Option<Edit> {
    let mut on = programs.must_haves.iter().any(|q| q == question);
    let response = ui.checkbox(&mut on, "Must be Yes").on_hover_text(format!(
        "Mark \"{label}\" as a must-have: programs that have not answered Yes are flagged."
    ));
    if !response.changed() {
        return None;
    }
    let question = question.to_owned();
    Some(Box::new(move |p| {
        p.must_haves.retain(|q| q != &question);
        if on {
            p.must_haves.push(question);
        }
    }))
}

/// The labels of the must-haves `program` has not answered Yes, in the order marked.
pub fn missed_labels(catalog: &Catalog, programs: &Programs, program: &Program) -> Vec<String> {
    programs
        .missed_must_haves(program)
        .into_iter()
        .map(|id| {
            catalog
                .question(id)
                .map_or_else(|| id.to_owned(), |q| q.label.clone())
        })
        .collect()
}

/// The flag in a program's column: which must-haves it misses, or that it has them all.
pub fn flag_ui(ui: &mut Ui, catalog: &Catalog, programs: &Programs, program: &Program) {
    if programs.must_haves.is_empty() {
        ui.add(Label::new(RichText::new("No must-haves marked yet.").weak()).wrap());
        return;
    }
    let missed = missed_labels(catalog, programs, program);
    if missed.is_empty() {
        ui.add(Label::new("Every must-have is a Yes.").wrap());
    } else {
        let text = format!("Must-haves not confirmed yet: {}", missed.join(", "));
        ui.add(
            Label::new(
                RichText::new(text)
                    .strong()
                    .color(ui.visuals().error_fg_color),
            )
            .wrap(),
        );
    }
}
