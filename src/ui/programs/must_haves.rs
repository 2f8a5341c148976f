//! Must-haves: the questions the person marks as "must be Yes". A program that has not
//! answered one of them Yes is flagged in its column. Nothing is scored or ranked.

use egui::{Label, RichText, Ui};

use super::Edit;
use crate::catalog::Catalog;
use crate::programs::{Program, Programs};
use crate::ui::{t, tr};

/// The "Must be Yes" tick beside a question. Returns the change when it is toggled.
pub fn toggle_ui(ui: &mut Ui, programs: &Programs, question: &str, label: &str) -> Option<Edit> {
    let lang = crate::ui::lang(ui.ctx());
    let mut on = programs.must_haves.iter().any(|q| q == question);
    let response = ui
        .checkbox(&mut on, t(lang, "programs-must-be-yes"))
        .on_hover_text(tr(
            lang,
            "programs-must-be-yes-hover",
            &[("label", label.into())],
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
    let lang = crate::ui::lang(ui.ctx());
    if programs.must_haves.is_empty() {
        ui.add(Label::new(RichText::new(t(lang, "programs-no-must-haves")).weak()).wrap());
        return;
    }
    let missed = programs.missed_must_haves(program);
    if missed.is_empty() {
        ui.add(Label::new(t(lang, "programs-every-must-have")).wrap());
        return;
    }
    // A definite No is not the same as a question still to ask: say which is which.
    let label = |id: &str| {
        catalog
            .question(id)
            .map_or_else(|| id.to_owned(), |q| q.label.clone())
    };
    let (no, open): (Vec<&str>, Vec<&str>) = missed.into_iter().partition(|id| {
        program
            .answer(id)
            .is_some_and(|a| a.reply == crate::programs::Reply::No)
    });
    for (ids, message) in [
        (no, "programs-must-haves-no"),
        (open, "programs-must-haves-missed"),
    ] {
        if ids.is_empty() {
            continue;
        }
        let list: Vec<String> = ids.into_iter().map(label).collect();
        let text = tr(lang, message, &[("list", list.join(", ").into())]);
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
