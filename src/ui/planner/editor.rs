//! The block form: add a session or commitment from the keyboard, or edit the selected one.

use crate::check::{day_name_in, kind_label_in};
use crate::i18n::Lang;
use crate::plan::{BadTimes, Clock, Commitment, Day, Session, SessionKind, Week};
use crate::ui::{t, tr};

use super::Item;

/// What the form asks the planner to do.
#[derive(Clone, Debug, PartialEq)]
pub enum EditorAction {
    AddSession(Session),
    AddCommitment(Commitment),
    /// A commitment of the shown phase only (back to work in phase 2).
    AddPhaseCommitment(Commitment),
    UpdateSession(usize, Session),
    UpdateCommitment(usize, Commitment),
    Delete(Item),
    Deselect,
}

/// The form's fields. They follow the selection: selecting a block loads it into the form.
pub struct Editor {
    /// The block the fields were loaded from, and the plan values at that time, so the form
    /// reloads when the block changes in the grid (drag, undo).
    loaded: Option<(Item, Fields)>,
    fields: Fields,
    /// Whether a new block will be a commitment rather than a session.
    new_is_commitment: bool,
    error: Option<String>,
    focus_title: bool,
    /// The kind given to sessions drawn in the grid.
    pub kind: SessionKind,
    /// Set by the planner each frame: in a plan of several phases, how many of the week's
    /// commitments are the whole plan's (the rest are the shown phase's); `None` otherwise.
    pub shared_commitments: Option<usize>,
    /// Whether a new commitment is for the shown phase only.
    for_phase: bool,
}

#[derive(Clone, Debug, PartialEq)]
struct Fields {
    day: Day,
    start: String,
    end: String,
    kind: SessionKind,
    title: String,
}

impl Default for Fields {
    fn default() -> Self {
        Fields {
            day: Day::Mon,
            start: "18:00".into(),
            end: "21:00".into(),
            kind: SessionKind::Group,
            title: String::new(),
        }
    }
}

impl Default for Editor {
    fn default() -> Self {
        Editor {
            loaded: None,
            fields: Fields::default(),
            new_is_commitment: false,
            error: None,
            focus_title: false,
            kind: SessionKind::Group,
            shared_commitments: None,
            for_phase: false,
        }
    }
}

impl Editor {
    /// Moves keyboard focus to the title field next frame (double-click or Enter on a block).
    pub fn focus_title(&mut self) {
        self.focus_title = true;
    }

    fn fields_of(plan: &Week<'_>, item: Item) -> Option<Fields> {
        match item {
            Item::Session(i) => plan.sessions.get(i).map(|s| Fields {
                day: s.day,
                start: s.start.to_string(),
                end: s.end.to_string(),
                kind: s.kind,
                title: s.title.clone(),
            }),
            Item::Commitment(i) => plan.commitments.get(i).map(|c| Fields {
                day: c.day,
                start: c.start.to_string(),
                end: c.end.to_string(),
                kind: SessionKind::Other,
                title: c.title.clone(),
            }),
        }
    }

    /// Keeps the fields in step with the selection and with changes made elsewhere.
    fn sync(&mut self, plan: &Week<'_>, selection: Option<Item>) {
        let current = selection.and_then(|item| Some((item, Self::fields_of(plan, item)?)));
        match (&self.loaded, current) {
            (Some(old), Some(new)) if *old == new => {}
            (_, Some((item, fields))) => {
                self.fields = fields.clone();
                self.loaded = Some((item, fields));
                self.error = None;
            }
            (Some(_), None) => {
                // Back to "add": keep day and times as a convenient starting point.
                self.loaded = None;
                self.fields.title.clear();
                self.error = None;
            }
            (None, None) => {}
        }
    }

    /// Validates the times, with a message that says how to fix them.
    fn times(&self, lang: Lang) -> Result<(Clock, Clock), String> {
        crate::plan::parse_times(self.fields.start.trim(), self.fields.end.trim())
            .map_err(|e| bad_times_in(lang, &e))
    }
}

/// "Start: ..." or "End: ...": what is wrong with typed times, and how to fix it.
pub fn bad_times_in(lang: Lang, e: &BadTimes) -> String {
    let label = if e.field() == "start" {
        t(lang, "form-start")
    } else {
        t(lang, "form-end")
    };
    let why = match e {
        BadTimes::Start(bad) | BadTimes::End(bad) => {
            tr(lang, "bad-clock", &[("text", bad.0.as_str().into())])
        }
        BadTimes::StartsAtEndOfDay => t(lang, "bad-start-at-midnight"),
        BadTimes::EndNotAfterStart { start, end } => tr(
            lang,
            "bad-end-not-after-start",
            &[
                ("start", start.to_string().into()),
                ("end", end.to_string().into()),
            ],
        ),
    };
    format!("{label}: {why}")
}

/// Draws the form and returns what the user asked for.
pub fn editor_ui(
    ui: &mut egui::Ui,
    editor: &mut Editor,
    plan: &Week<'_>,
    selection: Option<Item>,
) -> Option<EditorAction> {
    let lang = crate::ui::lang(ui.ctx());
    editor.sync(plan, selection);
    let mut action = None;
    let editing = editor.loaded.as_ref().map(|(item, _)| *item);
    let is_commitment = match editing {
        Some(Item::Commitment(_)) => true,
        Some(Item::Session(_)) => false,
        None => editor.new_is_commitment,
    };

    let heading = match editing {
        Some(Item::Session(i)) => tr(lang, "form-edit-session", &[("n", (i + 1).into())]),
        Some(Item::Commitment(i)) => tr(lang, "form-edit-commitment", &[("n", (i + 1).into())]),
        None => t(lang, "form-add-heading"),
    };
    ui.label(egui::RichText::new(heading).strong().size(16.0));
    if editing.is_none() {
        ui.horizontal(|ui| {
            ui.selectable_value(
                &mut editor.new_is_commitment,
                false,
                t(lang, "form-session"),
            )
            .on_hover_text(t(lang, "form-session-hover"));
            ui.selectable_value(
                &mut editor.new_is_commitment,
                true,
                t(lang, "form-commitment"),
            )
            .on_hover_text(t(lang, "form-commitment-hover"));
        });
    }

    if is_commitment && let Some(shared) = editor.shared_commitments {
        match editing {
            None => {
                ui.horizontal(|ui| {
                    ui.label(t(lang, "form-for"));
                    ui.selectable_value(&mut editor.for_phase, false, t(lang, "form-whole-plan"))
                        .on_hover_text(t(lang, "form-whole-plan-hover"));
                    ui.selectable_value(&mut editor.for_phase, true, t(lang, "form-phase-only"))
                        .on_hover_text(t(lang, "form-phase-only-hover"));
                });
            }
            Some(Item::Commitment(i)) => {
                ui.label(if i < shared {
                    t(lang, "form-holds-whole-plan")
                } else {
                    t(lang, "form-holds-phase")
                });
            }
            Some(Item::Session(_)) => {}
        }
    }

    let f = &mut editor.fields;
    let mut submit = false;
    // Narrow panels (large text) get narrower pickers rather than a clipped form.
    let combo_width = (ui.available_width() - 60.0).clamp(90.0, 150.0);
    let entered = |ui: &egui::Ui, r: &egui::Response| {
        r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter))
    };
    egui::Grid::new("block-form")
        .num_columns(2)
        .spacing([8.0, 6.0])
        .show(ui, |ui| {
            let day_label = ui.label(t(lang, "form-day"));
            let day = egui::ComboBox::from_id_salt("form-day")
                .width(combo_width)
                .selected_text(day_name_in(lang, f.day))
                .show_ui(ui, |ui| {
                    for d in Day::ALL {
                        ui.selectable_value(&mut f.day, d, day_name_in(lang, d));
                    }
                })
                .response
                .labelled_by(day_label.id);
            crate::ui::a11y::with_value(&day, day_name_in(lang, f.day));
            ui.end_row();

            let start_label = ui.label(t(lang, "form-start"));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut f.start)
                        .hint_text(t(lang, "form-hhmm"))
                        .desired_width(70.0),
                )
                .labelled_by(start_label.id);
            submit |= entered(ui, &r);
            ui.end_row();

            let end_label = ui.label(t(lang, "form-end"));
            let r = ui
                .add(
                    egui::TextEdit::singleline(&mut f.end)
                        .hint_text(t(lang, "form-hhmm"))
                        .desired_width(70.0),
                )
                .labelled_by(end_label.id);
            submit |= entered(ui, &r);
            ui.end_row();

            if !is_commitment {
                let kind_label = ui.label(t(lang, "form-kind"));
                let kind = egui::ComboBox::from_id_salt("form-kind")
                    .width(combo_width)
                    .truncate()
                    .selected_text(kind_label_in(lang, f.kind))
                    .show_ui(ui, |ui| {
                        for k in SessionKind::ALL {
                            ui.selectable_value(&mut f.kind, k, kind_label_in(lang, k));
                        }
                    })
                    .response
                    .labelled_by(kind_label.id);
                crate::ui::a11y::with_value(&kind, kind_label_in(lang, f.kind));
                ui.end_row();
            }

            let title_label = ui.label(t(lang, "form-title"));
            let title = ui
                .add(
                    egui::TextEdit::singleline(&mut f.title)
                        .hint_text(if is_commitment {
                            t(lang, "form-title-hint-commitment")
                        } else {
                            t(lang, "form-title-hint-session")
                        })
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(title_label.id);
            submit |= entered(ui, &title);
            if editor.focus_title {
                title.request_focus();
                editor.focus_title = false;
            }
            ui.end_row();
        });
    if !is_commitment && editing.is_none() {
        editor.kind = editor.fields.kind;
    }

    if let Some(error) = &editor.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }

    ui.horizontal_wrapped(|ui| match editing {
        None => {
            let label = if is_commitment {
                t(lang, "form-add-commitment")
            } else {
                t(lang, "form-add-session")
            };
            if ui.button(label).clicked() || submit {
                action = build(lang, editor, None, is_commitment);
            }
        }
        Some(item) => {
            if ui.button(t(lang, "form-apply")).clicked() || submit {
                action = build(lang, editor, Some(item), is_commitment);
            }
            if ui.button(t(lang, "form-delete")).clicked() {
                action = Some(EditorAction::Delete(item));
            }
            if ui
                .button(t(lang, "form-done"))
                .on_hover_text(t(lang, "form-done-hover"))
                .clicked()
            {
                action = Some(EditorAction::Deselect);
            }
        }
    });
    ui.label(egui::RichText::new(t(lang, "form-tip")).weak());
    action
}

fn build(
    lang: Lang,
    editor: &mut Editor,
    item: Option<Item>,
    is_commitment: bool,
) -> Option<EditorAction> {
    let (start, end) = match editor.times(lang) {
        Ok(times) => times,
        Err(message) => {
            editor.error = Some(message);
            return None;
        }
    };
    editor.error = None;
    let f = &editor.fields;
    let action = if is_commitment {
        let c = Commitment {
            day: f.day,
            start,
            end,
            title: f.title.trim().to_owned(),
        };
        match item {
            Some(Item::Commitment(i)) => EditorAction::UpdateCommitment(i, c),
            _ if editor.for_phase && editor.shared_commitments.is_some() => {
                EditorAction::AddPhaseCommitment(c)
            }
            _ => EditorAction::AddCommitment(c),
        }
    } else {
        let s = Session {
            day: f.day,
            start,
            end,
            kind: f.kind,
            title: f.title.trim().to_owned(),
        };
        match item {
            Some(Item::Session(i)) => EditorAction::UpdateSession(i, s),
            _ => EditorAction::AddSession(s),
        }
    };
    Some(action)
}
