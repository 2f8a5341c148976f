//! The questions the document cycle asks: the offer to bring back left-over work (Restore or
//! Discard; no answer keeps it), the hold on a close while there are unsaved changes, and
//! Save / Discard / Cancel before unsaved changes would be replaced.

use crate::plan::workspace::Slot;
use crate::ui::app::CareLevelsApp;
use crate::ui::files::SaveChoice;
use crate::ui::{t, tr};

use super::{Pending, ix, kind_code};

impl CareLevelsApp {
    /// The offer to bring back left-over work: Restore or Discard; no answer keeps it.
    pub(in crate::ui) fn restore_banner_ui(&mut self, ui: &mut egui::Ui) {
        if matches!(self.doc.confirm, Some((_, Pending::Restore))) {
            return;
        }
        let Some(recovery) = self.doc.offered() else {
            return;
        };
        let slot = recovery.slot;
        let lang = crate::ui::lang(ui.ctx());
        let banner = match recovery.document.name().trim() {
            "" => tr(
                lang,
                "doc-banner-untitled",
                &[("kind", kind_code(slot).into())],
            ),
            name => tr(
                lang,
                "doc-banner-named",
                &[("name", crate::text::one_line(name).into())],
            ),
        };
        let mut choice = None;
        egui::Frame::group(ui.style())
            .fill(ui.visuals().faint_bg_color)
            .show(ui, |ui| {
                ui.horizontal_wrapped(|ui| {
                    ui.label(banner);
                    if ui.button(t(lang, "doc-restore-it")).clicked() {
                        choice = Some(true);
                    }
                    if ui.button(t(lang, "doc-discard-it")).clicked() {
                        choice = Some(false);
                    }
                });
            });
        match choice {
            Some(true) => {
                let ctx = ui.ctx().clone();
                self.request(&ctx, slot, Pending::Restore);
            }
            Some(false) => {
                let recovery = self.doc.recoveries.remove(0);
                recovery.forget();
                self.set_info(t(lang, "doc-discarded"));
            }
            None => {}
        }
    }

    /// Holds a close while there are unsaved changes; a clean close clears the autosaves.
    pub(in crate::ui) fn close_guard(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) || self.doc.allowed_to_close {
            return;
        }
        let dirty = Slot::ALL
            .into_iter()
            .filter(|&slot| self.edited(slot).is_dirty())
            .count();
        if dirty > 0 {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.doc.discarded = [false; 2];
            self.close_step(ctx);
        } else {
            for slot in Slot::ALL {
                self.doc.clear(slot);
            }
        }
    }

    pub(in crate::ui) fn confirm_ui(&mut self, ctx: &egui::Context) {
        let Some((slot, pending)) = self.doc.confirm.clone() else {
            return;
        };
        let name = self.edited(slot).name().to_owned();
        let Some(choice) =
            crate::ui::files::unsaved_changes_ui(ctx, self.lang(), &name, kind_code(slot))
        else {
            return;
        };
        self.doc.confirm = None;
        match choice {
            SaveChoice::Save => {
                if self.edited(slot).path().is_some() {
                    if self.save(ctx, slot) {
                        self.run(ctx, slot, pending);
                    }
                } else {
                    self.doc.after_save = Some(pending);
                    self.save_as(ctx, slot);
                }
            }
            SaveChoice::Discard => {
                self.doc.clear(slot);
                self.doc.discarded[ix(slot)] = true;
                self.run(ctx, slot, pending);
            }
            SaveChoice::Cancel => {}
        }
    }
}
