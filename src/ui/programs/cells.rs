//! One program's cells in the table: its header (name, move, remove) and one cell per row.
//!
//! Cells never change the file themselves: each returns the edits the person asked for.

use egui::{Button, ComboBox, Label, RichText, TextEdit, Ui};

use super::table::TableAction;
use super::{must_haves, strip};
use crate::catalog::Catalog;
use crate::check::{Report, duration_in};
use crate::export::verdict_sentence_in;
use crate::i18n::Lang;
use crate::plan::Week;
use crate::programs::{Program, Programs, Reply};
use crate::ui::{t, tr};

/// One body row of the table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Row {
    Week,
    MustHaves,
    Level,
    Text(TextField),
    /// Index into `catalog.questions()`; `first` of its group.
    Question {
        index: usize,
        first: bool,
    },
}

/// A program's free-text details.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    Start,
    Contact,
    Address,
    Cost,
    Languages,
    Notes,
}

impl TextField {
    fn key(self) -> &'static str {
        match self {
            TextField::Start => "start",
            TextField::Contact => "contact",
            TextField::Address => "address",
            TextField::Cost => "cost",
            TextField::Languages => "languages",
            TextField::Notes => "notes",
        }
    }

    pub fn label(self, lang: Lang) -> String {
        t(lang, &format!("programs-field-{}", self.key()))
    }

    fn hint(self, lang: Lang) -> String {
        t(lang, &format!("programs-hint-{}", self.key()))
    }

    /// The question this detail answers, if any: it is then shown in that question's row.
    pub fn question(self) -> Option<&'static str> {
        match self {
            TextField::Start => Some("start_date"),
            TextField::Languages => Some("language"),
            _ => None,
        }
    }

    fn from_question(id: &str) -> Option<TextField> {
        [TextField::Start, TextField::Languages]
            .into_iter()
            .find(|f| f.question() == Some(id))
    }

    fn get(self, p: &Program) -> &str {
        match self {
            TextField::Start => &p.start,
            TextField::Contact => &p.contact,
            TextField::Address => &p.address,
            TextField::Cost => &p.cost,
            TextField::Languages => &p.languages,
            TextField::Notes => &p.notes,
        }
    }

    fn set(self, p: &mut Program, text: String) {
        let slot = match self {
            TextField::Start => &mut p.start,
            TextField::Contact => &mut p.contact,
            TextField::Address => &mut p.address,
            TextField::Cost => &mut p.cost,
            TextField::Languages => &mut p.languages,
            TextField::Notes => &mut p.notes,
        };
        *slot = text;
    }
}

/// An edit of program `index` (ignored when it no longer exists).
fn on_program(index: usize, change: impl FnOnce(&mut Program) + 'static) -> TableAction {
    TableAction::Edit(Box::new(move |p| {
        if let Some(program) = p.programs.get_mut(index) {
            change(program);
        }
    }))
}

/// The column header: the program's name to edit, and move left, move right, remove.
pub fn header_ui(
    ui: &mut Ui,
    programs: &Programs,
    index: usize,
    program: &Program,
) -> Vec<TableAction> {
    let lang = crate::ui::lang(ui.ctx());
    let mut actions = Vec::new();
    let count = programs.programs.len();
    let id = ui.make_persistent_id(("program-name", index));
    let label = tr(lang, "programs-name-of", &[("n", (index + 1).into())]);
    let hint = t(lang, "programs-name-hint");
    if let Some(name) = buffered_edit(ui, id, &program.name, &label, &hint, |t| {
        !t.trim().is_empty()
    }) {
        actions.push(on_program(index, move |p| p.name = name));
    }
    ui.horizontal_wrapped(|ui| {
        let name = program.name.clone();
        let named = [("name", name.as_str().into())];
        if ui
            .add_enabled(
                index > 0,
                Button::new(t(lang, "programs-move-left")).small(),
            )
            .on_hover_text(tr(lang, "programs-move-left-hover", &named))
            .clicked()
        {
            actions.push(TableAction::Edit(Box::new(move |p| {
                if index > 0 && index < p.programs.len() {
                    p.programs.swap(index - 1, index);
                }
            })));
        }
        if ui
            .add_enabled(
                index + 1 < count,
                Button::new(t(lang, "programs-move-right")).small(),
            )
            .on_hover_text(tr(lang, "programs-move-right-hover", &named))
            .clicked()
        {
            actions.push(TableAction::Edit(Box::new(move |p| {
                if index + 1 < p.programs.len() {
                    p.programs.swap(index, index + 1);
                }
            })));
        }
        if ui
            .add_enabled(count > 1, Button::new(t(lang, "programs-remove")).small())
            .on_hover_text(tr(lang, "programs-remove-program-hover", &named))
            .on_disabled_hover_text(t(lang, "programs-keeps-one"))
            .clicked()
        {
            actions.push(TableAction::Edit(Box::new(move |p| {
                if p.programs.len() > 1 && index < p.programs.len() {
                    p.programs.remove(index);
                }
            })));
            actions.push(TableAction::Removed(name));
        }
    });
    actions
}

/// One program's cell in `row`.
pub fn cell_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    programs: &Programs,
    index: usize,
    program: &Program,
    report: Option<&Report>,
    row: Row,
) -> Vec<TableAction> {
    let mut actions = Vec::new();
    match row {
        Row::Week => week_cell_ui(ui, catalog, programs, index, program, report, &mut actions),
        Row::MustHaves => must_haves::flag_ui(ui, catalog, programs, program),
        Row::Level => {
            let mut level = program.level;
            let lang = crate::ui::lang(ui.ctx());
            let label = tr(
                lang,
                "programs-level-of",
                &[("name", program.name.as_str().into())],
            );
            let combo = ComboBox::from_id_salt(("program-level", index))
                .width((ui.available_width() - 8.0).max(80.0))
                .selected_text(catalog.level(level).short_name.as_str())
                .show_ui(ui, |ui| {
                    for l in &catalog.levels {
                        ui.selectable_value(&mut level, l.id, l.name.as_str());
                    }
                })
                .response;
            combo.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, label.as_str())
            });
            crate::ui::a11y::with_value(&combo, catalog.level(level).name.as_str());
            if level != program.level {
                actions.push(on_program(index, move |p| p.level = level));
            }
        }
        Row::Text(field) => text_ui(ui, index, program, field, &mut actions),
        Row::Question { index: q, .. } => {
            if let Some(question) = catalog.questions().get(q) {
                question_ui(ui, index, program, question, &mut actions);
            }
        }
    }
    actions
}

/// Verdict, hours, clashes with my week, the strip, and "Edit week".
fn week_cell_ui(
    ui: &mut Ui,
    catalog: &Catalog,
    programs: &Programs,
    index: usize,
    program: &Program,
    report: Option<&Report>,
    actions: &mut Vec<TableAction>,
) {
    let week = Week::new(program.level, &program.sessions, &programs.my_week);
    let clashes = strip::clashes(&week);
    match report {
        Some(report) if !program.sessions.is_empty() => {
            let color = if report.meets() {
                ui.visuals().text_color()
            } else {
                ui.visuals().error_fg_color
            };
            ui.add(
                Label::new(
                    RichText::new(verdict_sentence_in(
                        crate::ui::lang(ui.ctx()),
                        report,
                        catalog,
                    ))
                    .strong()
                    .color(color),
                )
                .wrap(),
            );
            let lang = crate::ui::lang(ui.ctx());
            ui.add(
                Label::new(tr(
                    lang,
                    "programs-hours-days",
                    &[
                        ("hours", duration_in(lang, report.weekly_minutes).into()),
                        ("days", report.session_days.into()),
                    ],
                ))
                .wrap(),
            );
            let clash_text = if clashes.is_empty() && programs.my_week.is_empty() {
                t(lang, "programs-my-week-missing")
            } else {
                tr(lang, "programs-clashes", &[("n", clashes.len().into())])
            };
            let clash_text = RichText::new(clash_text);
            let clash_text = if clashes.is_empty() {
                clash_text
            } else {
                clash_text.strong().color(ui.visuals().error_fg_color)
            };
            ui.add(Label::new(clash_text).wrap());
        }
        _ => {
            let text = t(crate::ui::lang(ui.ctx()), "programs-week-not-entered");
            ui.add(Label::new(RichText::new(text).weak()).wrap());
        }
    }
    let summary = strip::summary(crate::ui::lang(ui.ctx()), &program.name, &week, &clashes);
    strip::week_strip_ui(ui, &week, &clashes, &summary, 56.0);
    let lang = crate::ui::lang(ui.ctx());
    let button = if program.sessions.is_empty() {
        t(lang, "programs-enter-week")
    } else {
        t(lang, "programs-edit-week")
    };
    if ui
        .button(button)
        .on_hover_text(tr(
            lang,
            "programs-open-week-hover",
            &[("name", program.name.as_str().into())],
        ))
        .clicked()
    {
        actions.push(TableAction::OpenWeek(index));
    }
}

/// A free-text detail, saved as the person types.
fn text_ui(
    ui: &mut Ui,
    index: usize,
    program: &Program,
    field: TextField,
    actions: &mut Vec<TableAction>,
) {
    let mut text = field.get(program).to_owned();
    let editor = if field == TextField::Notes || field == TextField::Address {
        TextEdit::multiline(&mut text).desired_rows(2)
    } else {
        TextEdit::singleline(&mut text)
    };
    let lang = crate::ui::lang(ui.ctx());
    let response = ui.add(
        editor
            .hint_text(field.hint(lang))
            .desired_width(f32::INFINITY),
    );
    let label = tr(
        lang,
        "programs-field-for",
        &[
            ("field", field.label(lang).into()),
            ("program", program.name.as_str().into()),
        ],
    );
    let response = response.on_hover_text(label.as_str());
    response.widget_info(|| text_info(&label, field.get(program), &text));
    if response.changed() {
        actions.push(on_program(index, move |p| field.set(p, text)));
    }
}

/// Yes / No / Not sure yet, the date asked and a note; "Not sure yet" shows what to ask.
fn question_ui(
    ui: &mut Ui,
    index: usize,
    program: &Program,
    question: &crate::catalog::Question,
    actions: &mut Vec<TableAction>,
) {
    let lang = crate::ui::lang(ui.ctx());
    let answer = program.answer(&question.id).cloned().unwrap_or_default();
    let mut reply = answer.reply;
    ui.horizontal_wrapped(|ui| {
        for r in Reply::ALL {
            let text = match r {
                Reply::Yes => t(lang, "programs-reply-yes"),
                Reply::No => t(lang, "programs-reply-no"),
                Reply::NotSure => t(lang, "programs-reply-not-sure"),
            };
            let text = text.as_str();
            ui.selectable_value(&mut reply, r, text)
                .on_hover_text(format!("{}: {text} for {}", question.label, program.name));
        }
    });
    if reply != answer.reply {
        let id = question.id.clone();
        let today = chrono::Local::now().date_naive();
        actions.push(on_program(index, move |p| {
            let a = p.answer_mut(&id);
            a.reply = reply;
            if reply != Reply::NotSure && a.asked.is_none() {
                a.asked = Some(today);
            }
        }));
    }
    if let Some(field) = TextField::from_question(&question.id) {
        text_ui(ui, index, program, field, actions);
    }
    if answer.reply == Reply::NotSure {
        let ask = tr(
            lang,
            "programs-ask",
            &[("question", question.ask.as_str().into())],
        );
        ui.add(Label::new(RichText::new(ask).weak()).wrap());
        return;
    }
    ui.horizontal(|ui| {
        ui.label(t(lang, "programs-asked-on"));
        let current = answer
            .asked
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let id = ui.make_persistent_id(("asked", index, question.id.as_str()));
        let valid = |t: &str| {
            t.trim().is_empty() || chrono::NaiveDate::parse_from_str(t.trim(), "%Y-%m-%d").is_ok()
        };
        let a11y = tr(
            lang,
            "programs-date-asked",
            &[
                ("program", program.name.as_str().into()),
                ("question", question.label.as_str().into()),
            ],
        );
        let hint = t(lang, "programs-date-hint");
        if let Some(text) = buffered_edit(ui, id, &current, &a11y, &hint, valid) {
            let date = chrono::NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
            let q = question.id.clone();
            actions.push(on_program(index, move |p| p.answer_mut(&q).asked = date));
        }
    });
    let mut note = answer.note.clone();
    let response = ui.add(
        TextEdit::singleline(&mut note)
            .hint_text(t(lang, "programs-what-they-said"))
            .desired_width(f32::INFINITY),
    );
    let label = tr(
        lang,
        "programs-note-on",
        &[
            ("question", question.label.as_str().into()),
            ("program", program.name.as_str().into()),
        ],
    );
    response.widget_info(|| text_info(&label, &answer.note, &note));
    if response.changed() {
        let q = question.id.clone();
        actions.push(on_program(index, move |p| p.answer_mut(&q).note = note));
    }
}

/// A one-line field whose text is only saved while it is `valid` (a program needs a name, a
/// date must be a date); while it is not, the typed text is kept and shown in the error colour.
/// Returns the text to save.
fn buffered_edit(
    ui: &mut Ui,
    id: egui::Id,
    current: &str,
    label: &str,
    hint: &str,
    valid: impl Fn(&str) -> bool,
) -> Option<String> {
    let mut text = ui
        .data(|d| d.get_temp::<String>(id))
        .unwrap_or_else(|| current.to_owned());
    let ok = valid(&text);
    let mut edit = TextEdit::singleline(&mut text)
        .id(id)
        .hint_text(hint)
        .desired_width(f32::INFINITY);
    if !ok {
        edit = edit.text_color(ui.visuals().error_fg_color);
    }
    let response = ui.add(edit).on_hover_text(label);
    response.widget_info(|| text_info(label, current, &text));
    // Keep the typed text only while the field has the keyboard; leaving it shows the saved
    // value again.
    if response.has_focus() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    } else {
        ui.data_mut(|d| d.remove::<String>(id));
    }
    (response.changed() && valid(&text) && text != current).then_some(text)
}

/// A text field's accessible name: one that says which program and which detail, since the
/// same field repeats in every column.
fn text_info(label: &str, before: &str, now: &str) -> egui::WidgetInfo {
    let mut info = egui::WidgetInfo::text_edit(true, before, now, "");
    info.label = Some(label.to_owned());
    info.hint_text = None;
    info
}
