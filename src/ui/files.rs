//! File dialogs and the prompts around files: native dialogs off the UI thread, the in-app
//! path field when no native dialog exists, and the Save / Discard / Cancel question.
//!
//! rfd returns `None` both when the user cancels and when no dialog could be shown (no XDG
//! portal, no zenity). A `None` that comes back implausibly fast is taken as "no dialog here",
//! and the in-app path field opens instead, so a file can always be opened and saved.

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::ui::{t, tr};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::time::{Duration, Instant};

/// What a chosen path is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Open,
    SaveAs,
    ExportCalendar,
    ExportSummary,
    ExportPdf,
    ExportPng,
}

impl Purpose {
    fn title(self, lang: Lang) -> String {
        let id = match self {
            Purpose::Open => "file-title-open",
            Purpose::SaveAs => "file-title-save-as",
            Purpose::ExportCalendar => "file-title-export-ics",
            Purpose::ExportSummary => "file-title-export-txt",
            Purpose::ExportPdf => "file-title-export-pdf",
            Purpose::ExportPng => "file-title-export-png",
        };
        t(lang, id)
    }

    fn button(self, lang: Lang) -> String {
        let id = match self {
            Purpose::Open => "file-button-open",
            Purpose::SaveAs => "file-button-save",
            Purpose::ExportCalendar
            | Purpose::ExportSummary
            | Purpose::ExportPdf
            | Purpose::ExportPng => "file-button-export",
        };
        t(lang, id)
    }

    fn extension(self) -> &'static str {
        match self {
            Purpose::Open | Purpose::SaveAs => "ron",
            Purpose::ExportCalendar => "ics",
            Purpose::ExportSummary => "txt",
            Purpose::ExportPdf => "pdf",
            Purpose::ExportPng => "png",
        }
    }
}

/// A `None` faster than this did not come from a person pressing Cancel.
const NO_DIALOG_THRESHOLD: Duration = Duration::from_millis(150);

/// The path prompt shown when no native dialog is available (or on request).
pub struct PathPrompt {
    pub purpose: Purpose,
    pub text: String,
    pub note: Option<String>,
}

/// What the file prompts produced this frame.
#[derive(Debug, PartialEq, Eq)]
pub enum Chosen {
    Path(Purpose, PathBuf),
}

/// Native dialogs on a worker thread, plus the in-app fallback.
pub struct FileDialogs {
    native: bool,
    pending: Option<Receiver<(Purpose, Option<PathBuf>, Duration)>>,
    sender: Sender<(Purpose, Option<PathBuf>, Duration)>,
    receiver_spare: Option<Receiver<(Purpose, Option<PathBuf>, Duration)>>,
    /// The in-app path field, when open.
    pub prompt: Option<PathPrompt>,
    /// Set once a native dialog has been seen to be missing: go straight to the path field.
    native_missing: bool,
    /// The last path typed into the prompt, so a failure can reopen it for correction.
    last_typed: Option<(Purpose, String)>,
    /// The name proposed to the native dialog, kept for the path field if there is no dialog.
    suggested: Option<PathBuf>,
    /// The folder of the file last opened or saved: a bare name proposed later goes there.
    pub last_folder: Option<PathBuf>,
}

impl FileDialogs {
    /// `native`: whether to try the system's dialogs at all (tests turn them off).
    pub fn new(native: bool) -> FileDialogs {
        let (sender, receiver) = channel();
        FileDialogs {
            native,
            pending: None,
            sender,
            receiver_spare: Some(receiver),
            prompt: None,
            native_missing: false,
            last_typed: None,
            suggested: None,
            last_folder: None,
        }
    }

    /// Whether a dialog or prompt is open (the app then ignores other file shortcuts).
    pub fn busy(&self) -> bool {
        self.pending.is_some() || self.prompt.is_some()
    }

    /// Asks for a path. `suggested` pre-fills the name (Save As, exports).
    pub fn ask(&mut self, ctx: &egui::Context, purpose: Purpose, suggested: Option<PathBuf>) {
        if self.busy() {
            return;
        }
        if !self.native || self.native_missing {
            self.open_prompt(purpose, suggested, None);
            return;
        }
        let Some(receiver) = self.receiver_spare.take() else {
            self.open_prompt(purpose, suggested, None);
            return;
        };
        self.pending = Some(receiver);
        self.suggested = suggested.clone();
        let title = purpose.title(crate::ui::lang(ctx));
        let sender = self.sender.clone();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            let mut dialog = rfd::FileDialog::new().set_title(title);
            dialog = match purpose {
                Purpose::Open | Purpose::SaveAs => {
                    dialog.add_filter("carelevels plan or programs list", &["ron"])
                }
                Purpose::ExportCalendar => dialog.add_filter("iCalendar", &["ics"]),
                Purpose::ExportSummary => dialog.add_filter("Text", &["txt"]),
                Purpose::ExportPdf => dialog.add_filter("PDF", &["pdf"]),
                Purpose::ExportPng => dialog.add_filter("PNG picture", &["png"]),
            };
            if purpose == Purpose::Open {
                if let Some(dir) = &suggested {
                    dialog = dialog.set_directory(dir);
                }
            } else if let Some(path) = &suggested {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    dialog = dialog.set_directory(dir);
                }
                if let Some(name) = path.file_name() {
                    dialog = dialog.set_file_name(name.to_string_lossy());
                }
            }
            let path = match purpose {
                Purpose::Open => dialog.pick_file(),
                _ => dialog.save_file(),
            };
            let _ = sender.send((purpose, path, started.elapsed()));
            ctx.request_repaint();
        });
    }

    fn open_prompt(&mut self, purpose: Purpose, suggested: Option<PathBuf>, note: Option<String>) {
        // A bare file name goes where the person last opened or saved a file, else in their
        // documents folder, not wherever the app started.
        let folder = self
            .last_folder
            .as_ref()
            .map(|d| format!("{}/", d.display()))
            .unwrap_or_else(|| default_folder(purpose));
        let text = match suggested {
            Some(p) if p.is_absolute() => p.display().to_string(),
            Some(p) => format!("{folder}{}", p.display()),
            None => folder,
        };
        self.prompt = Some(PathPrompt {
            purpose,
            text,
            note,
        });
    }

    /// After a typed path failed (no such file, no permission), shows the prompt again with
    /// the same text and the reason, so one typo costs one keystroke, not the whole path.
    pub fn retry_typed(&mut self, purpose: Purpose, reason: String) {
        if let Some((typed_for, text)) = self.last_typed.take()
            && typed_for == purpose
        {
            self.prompt = Some(PathPrompt {
                purpose,
                text,
                note: Some(reason),
            });
        }
    }

    /// Collects a native dialog's answer and draws the path prompt; returns a chosen path.
    pub fn ui(&mut self, ctx: &egui::Context) -> Option<Chosen> {
        if let Some(receiver) = &self.pending
            && let Ok((purpose, path, took)) = receiver.try_recv()
        {
            self.receiver_spare = self.pending.take();
            match path {
                Some(path) => {
                    self.last_typed = None;
                    return Some(Chosen::Path(purpose, with_extension(path, purpose)));
                }
                None if took < NO_DIALOG_THRESHOLD => {
                    self.native_missing = true;
                    let suggested = self.suggested.take();
                    let note = t(crate::ui::lang(ctx), "file-no-dialog");
                    self.open_prompt(purpose, suggested, Some(note));
                }
                None => {} // the person cancelled
            }
        }
        self.prompt_ui(ctx)
    }

    fn prompt_ui(&mut self, ctx: &egui::Context) -> Option<Chosen> {
        let prompt = self.prompt.as_mut()?;
        let mut chosen = None;
        let mut typed = None;
        let mut close = false;
        egui::Modal::new(egui::Id::unique("path-prompt")).show(ctx, |ui| {
            ui.set_width(460.0);
            let lang = crate::ui::lang(ui.ctx());
            crate::ui::a11y::heading(ui, prompt.purpose.title(lang), 1);
            if let Some(note) = &prompt.note {
                ui.label(note);
            }
            let label = ui.label(t(lang, "file-path"));
            let field = ui
                .add(
                    egui::TextEdit::singleline(&mut prompt.text)
                        .desired_width(f32::INFINITY)
                        .hint_text(format!(
                            "/home/me/plans/my-week.{}",
                            prompt.purpose.extension()
                        )),
                )
                .labelled_by(label.id);
            if !field.has_focus() && !field.lost_focus() {
                field.request_focus();
            }
            let entered = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                let text = prompt.text.trim();
                let ok = ui
                    .add_enabled(
                        !text.is_empty(),
                        egui::Button::new(prompt.purpose.button(lang)),
                    )
                    .clicked();
                if (ok || entered) && !text.is_empty() {
                    let path = with_extension(PathBuf::from(expand_home(text)), prompt.purpose);
                    chosen = Some(Chosen::Path(prompt.purpose, path));
                    typed = Some((prompt.purpose, prompt.text.clone()));
                    close = true;
                }
                if ui.button(t(lang, "file-cancel")).clicked()
                    || ui.input(|i| i.key_pressed(egui::Key::Escape))
                {
                    close = true;
                }
            });
        });
        if close {
            self.prompt = None;
            self.last_typed = typed;
        }
        chosen
    }
}

/// Adds the purpose's extension to a save path that has none.
fn with_extension(mut path: PathBuf, purpose: Purpose) -> PathBuf {
    if purpose != Purpose::Open && path.extension().is_none() {
        path.set_extension(purpose.extension());
    }
    path
}

fn expand_home(text: &str) -> String {
    match (text.strip_prefix("~/"), directories::BaseDirs::new()) {
        (Some(rest), Some(dirs)) => dirs.home_dir().join(rest).display().to_string(),
        _ => text.to_owned(),
    }
}

fn default_folder(purpose: Purpose) -> String {
    let _ = purpose;
    directories::UserDirs::new()
        .and_then(|u| u.document_dir().map(|d| d.to_owned()))
        .or_else(|| directories::BaseDirs::new().map(|b| b.home_dir().to_owned()))
        .map(|d| format!("{}/", d.display()))
        .unwrap_or_default()
}

/// The answer to "Save changes?".
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveChoice {
    Save,
    Discard,
    Cancel,
}

/// The unsaved-changes question. Returns the answer once the person gives one.
/// `kind` is "plan" or "programs" (see `document::kind_code`).
pub fn unsaved_changes_ui(
    ctx: &egui::Context,
    lang: Lang,
    name: &str,
    kind: &str,
) -> Option<SaveChoice> {
    let mut answer = None;
    let modal = egui::Modal::new(egui::Id::unique("unsaved-changes")).show(ctx, |ui| {
        ui.set_width(420.0);
        crate::ui::a11y::heading(ui, t(lang, "unsaved-heading"), 1);
        let name = crate::text::one_line(name);
        let text = tr(
            lang,
            "unsaved-text",
            &[
                ("name", name.trim().into()),
                (
                    "named",
                    if name.trim().is_empty() { "no" } else { "yes" }.into(),
                ),
                ("kind", kind.into()),
            ],
        );
        ui.label(text);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            if ui.button(t(lang, "unsaved-save")).clicked() {
                answer = Some(SaveChoice::Save);
            }
            if ui.button(t(lang, "unsaved-discard")).clicked() {
                answer = Some(SaveChoice::Discard);
            }
            if ui.button(t(lang, "file-cancel")).clicked() {
                answer = Some(SaveChoice::Cancel);
            }
        });
    });
    if modal.should_close() && answer.is_none() {
        answer = Some(SaveChoice::Cancel);
    }
    answer
}
