//! Everything that leaves the app as another kind of file: the PDF, the plain-text summary, the
//! picture of the week, printing, and the file names they are offered under. The calendar's
//! settings dialog is in [`super::calendar_export`].

use std::path::{Path, PathBuf};

use crate::catalog::Catalog;
use crate::export;
use crate::plan::file;
use crate::plan::workspace::Slot;
use crate::ui::{t, tr};

use super::app::CareLevelsApp;
use super::files::Purpose;
use super::picture::{Taken, Target};

impl CareLevelsApp {
    /// Asks where to write an export of the document in `slot`.
    pub(super) fn ask_export(&mut self, ctx: &egui::Context, slot: Slot, purpose: Purpose) {
        let extension = match purpose {
            Purpose::ExportPdf => "pdf",
            Purpose::ExportPng => "png",
            Purpose::ExportCalendar => "ics",
            _ => "txt",
        };
        let name = self.edited(slot).name().to_owned();
        let suggested = suggested_file_name(&name, slot, extension);
        self.doc.target = Some(slot);
        self.dialogs
            .ask(ctx, purpose, Some(PathBuf::from(suggested)));
    }

    /// The plain-text summary of the document in `slot`, in the app's language.
    pub(super) fn summary(&mut self, slot: Slot) -> String {
        let lang = self.lang();
        let catalog = Catalog::builtin_in(lang);
        match slot {
            Slot::Plan => {
                let report = self.planner.plan_report().clone();
                export::text_summary_in(lang, self.planner.plan(), &report, catalog)
            }
            Slot::Programs => self.programs.summary(lang, catalog),
        }
    }

    /// The current document as a printable PDF in the app's language, on the paper of the
    /// locale.
    pub(super) fn pdf(&mut self, slot: Slot) -> Result<Vec<u8>, String> {
        let lang = self.lang();
        let mut options = export::pdf::PdfOptions::from_env();
        options.words = export::pdf::PdfWords::for_lang(lang);
        let catalog = Catalog::builtin_in(lang);
        match slot {
            Slot::Plan => {
                let report = self.planner.plan_report().clone();
                export::pdf::plan_pdf(self.planner.plan(), &report, catalog, &options)
            }
            Slot::Programs => self.programs.pdf(catalog, &options),
        }
        .map_err(|e| e.to_string())
    }

    /// File > Print: the plan as a PDF in the app's data folder, opened in the system's viewer
    /// (which prints it). Where there is no viewer, the status line says where the file is.
    pub(super) fn print(&mut self, slot: Slot) {
        let bytes = match self.pdf(slot) {
            Ok(bytes) => bytes,
            Err(e) => {
                let message = tr(
                    self.lang(),
                    "doc-print-failed",
                    &[("error", e.to_string().into())],
                );
                self.set_error(message);
                return;
            }
        };
        let Some(dir) = self.workspace.as_ref().map(|w| w.dir().join("print")) else {
            self.set_error(t(self.lang(), "doc-print-no-folder"));
            return;
        };
        let name = suggested_file_name(self.edited(slot).name(), slot, "pdf");
        let path = dir.join(name);
        if let Err(e) = std::fs::create_dir_all(&dir)
            .map_err(|e| e.to_string())
            .and_then(|()| file::write_atomic(&path, &bytes).map_err(|e| e.to_string()))
        {
            let message = tr(self.lang(), "doc-print-failed", &[("error", e.into())]);
            self.set_error(message);
            return;
        }
        let shown = path.display().to_string();
        match open_in_viewer(&path) {
            Ok(()) => self.set_info(tr(self.lang(), "doc-print-sent", &[("path", shown.into())])),
            Err(_) => self.set_info(tr(
                self.lang(),
                "doc-print-no-viewer",
                &[("path", shown.into())],
            )),
        }
    }

    /// A picture of the week arrived: saved or put on the clipboard.
    pub(super) fn picture_taken(&mut self, ctx: &egui::Context, taken: Taken) {
        match taken.target {
            Target::Copy => {
                ctx.copy_image(taken.image);
                self.set_info(t(self.lang(), "status-copied-picture"));
            }
            Target::Save(path) => match super::picture::png_bytes(&taken.image) {
                Ok(bytes) => self.write_export(&path, &bytes, "picture"),
                Err(e) => self.set_error(tr(
                    self.lang(),
                    "status-picture-failed",
                    &[("error", e.as_str().into())],
                )),
            },
        }
    }

    pub(super) fn write_export(&mut self, path: &Path, bytes: &[u8], what: &str) {
        match file::write_atomic(path, bytes) {
            Ok(()) => {
                let message = tr(
                    self.lang(),
                    "doc-exported",
                    &[
                        ("what", what.into()),
                        ("path", path.display().to_string().into()),
                    ],
                );
                self.set_info(message);
            }
            Err(e) => self.set_error(e.to_string()),
        }
    }
}

/// Opens `path` in the desktop's viewer for its kind, without waiting for the viewer.
fn open_in_viewer(path: &Path) -> std::io::Result<()> {
    #[cfg(target_os = "windows")]
    let mut command = {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    };
    #[cfg(target_os = "macos")]
    let mut command = std::process::Command::new("open");
    #[cfg(not(any(target_os = "windows", target_os = "macos")))]
    let mut command = std::process::Command::new("xdg-open");
    let mut child = command
        .arg(path)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()?;
    // Reaped off the UI thread, so no zombie is left behind.
    std::thread::spawn(move || child.wait());
    Ok(())
}

/// "evening-iop-around-a-day-job.ron" from a document's name ("my-week" or "my-programs"
/// when it has none).
pub fn suggested_file_name(name: &str, slot: Slot, extension: &str) -> String {
    let stem: String = name
        .trim()
        .chars()
        .map(|c| {
            if c.is_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let stem = stem
        .split('-')
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    let stem = if !stem.is_empty() {
        stem
    } else if slot == Slot::Programs {
        "my-programs".to_owned()
    } else {
        "my-week".to_owned()
    };
    format!("{stem}.{extension}")
}
