//! The app shell: top bar with the views, menus and shortcuts, and the always-visible help
//! footer. Files (open, save, autosave, the close guard) live in [`super::document`], the
//! calendar export's dialog in [`super::calendar_export`], the shortcuts in [`super::keymap`].

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::catalog::Catalog;
use crate::i18n::Lang;
use crate::plan::workspace::{self, Slot, Workspace};

use super::calendar_export::CalendarExport;
use super::compare::CompareView;
use super::document::{self as doc, DocumentState, Pending};
use super::exports::suggested_file_name;
use super::files::{FileDialogs, Purpose};
use super::keymap::{self, Action};
use super::picture::{Picture, Target};
use super::planner::Planner;
use super::programs::{ProgramsRequest, ProgramsView};
use super::{help, sources, t, tr};

/// The app's views, in tab order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum View {
    #[default]
    Compare,
    Planner,
    Programs,
    Sources,
}

impl View {
    /// The views in tab order; Ctrl+1, Ctrl+2, ... follow this order (see `keymap`).
    pub const ALL: [View; 4] = [View::Compare, View::Planner, View::Programs, View::Sources];

    pub fn label(self, lang: Lang) -> String {
        match self {
            View::Compare => t(lang, "view-compare"),
            View::Planner => t(lang, "view-planner"),
            View::Programs => t(lang, "view-programs"),
            View::Sources => t(lang, "view-sources"),
        }
    }

    /// The document File > Save and Edit > Undo act on in this view.
    pub fn slot(self) -> Slot {
        match self {
            View::Programs => Slot::Programs,
            View::Compare | View::Planner | View::Sources => Slot::Plan,
        }
    }
}

/// Preferences kept between runs (eframe persistence). Plans are never stored here: they
/// live in their own files and the autosave.
#[derive(Default, Serialize, Deserialize)]
#[serde(default)]
pub struct Prefs {
    pub view: View,
    pub compare: CompareView,
    pub recent: Vec<PathBuf>,
    /// The documents open when the app last closed, reopened at the next start.
    pub last_plan: Option<PathBuf>,
    pub last_programs: Option<PathBuf>,
    /// Dark, light or the system's; and the text size (egui's own memory is not kept between
    /// runs, so each start begins at the top of every view).
    pub theme: Option<egui::ThemePreference>,
    pub zoom: Option<f32>,
    /// The language chosen in the top bar; `None` follows the system
    /// ([`AppOptions::system_lang`]).
    pub lang: Option<Lang>,
}

/// How the app is started: where it autosaves, whether it uses native dialogs, what to open.
pub struct AppOptions {
    /// `None`: no autosave (no data folder on this system).
    pub workspace: Option<Workspace>,
    /// Use the system's file dialogs (off in tests: the in-app path field is used).
    pub native_dialogs: bool,
    /// A plan or programs file to open at start (`carelevels FILE.ron`).
    pub open: Option<PathBuf>,
    /// Close after the first frame: start-up measurements against a bare window
    /// (`CARELEVELS_EXIT_AFTER_FIRST_FRAME=1`, see examples/bare_window.rs).
    pub exit_after_first_frame: bool,
    /// The language when none is chosen: the locale's for the real app ([`Lang::from_env`]),
    /// English in tests, so they never depend on the machine's `LANG`.
    pub system_lang: Lang,
}

impl AppOptions {
    /// The real app: the user's data folder and native dialogs.
    pub fn for_user(open: Option<PathBuf>) -> AppOptions {
        AppOptions {
            workspace: Workspace::for_user(),
            native_dialogs: true,
            open,
            exit_after_first_frame: std::env::var_os("CARELEVELS_EXIT_AFTER_FIRST_FRAME").is_some(),
            system_lang: Lang::from_env(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
struct Status {
    text: String,
    is_error: bool,
    /// The documents' revisions when the message was set: the next edit clears it.
    revision: u64,
}

/// The whole app.
pub struct CareLevelsApp {
    pub prefs: Prefs,
    pub planner: Planner,
    /// "My programs": the programs file being edited.
    pub programs: ProgramsView,
    pub(super) dialogs: FileDialogs,
    /// The open / save / autosave cycle's state (see [`super::document`]).
    pub(super) doc: DocumentState,
    help_open: bool,
    status: Option<Status>,
    pub(super) calendar: CalendarExport,
    /// A picture of the week on its way (File > Save / Copy the week as a picture).
    pub(super) picture: Picture,
    /// Where the current view is drawn, in points: the part of the window a picture shows.
    view_rect: egui::Rect,
    /// The top bar's and the footer's heights in the last layout pass (see `bars_measured`).
    bar_heights: [f32; 2],
    /// The app's data folder (autosaves, pages to print); `None` when there is none.
    pub(super) workspace: Option<Workspace>,
    title: String,
    exit_after_first_frame: bool,
    /// Whether the first frame has set egui's options (keys, passes, text sizes, theme, zoom).
    context_set_up: bool,
    system_lang: Lang,
}

/// Below this window width, in points, the top bar takes smaller tabs and a shorter help button.
const NARROW_BAR: f32 = 700.0;

impl CareLevelsApp {
    /// Builds the app, restoring preferences from eframe storage when there is some.
    pub fn new(cc: &eframe::CreationContext<'_>, options: AppOptions) -> CareLevelsApp {
        super::set_text_sizes(&cc.egui_ctx);
        let prefs: Prefs = cc
            .storage
            .and_then(|s| eframe::get_value(s, eframe::APP_KEY))
            .unwrap_or_default();
        CareLevelsApp::with_prefs(prefs, options)
    }

    /// Builds the app from given preferences (tests use this without storage).
    pub fn with_prefs(prefs: Prefs, options: AppOptions) -> CareLevelsApp {
        let planner = Planner::default();
        let lang = prefs.lang.unwrap_or(options.system_lang);
        let programs = ProgramsView::new(super::programs::new_programs_in(lang), None);
        let (doc, note) = DocumentState::start(
            options.workspace.as_ref(),
            [planner.revision(), programs.revision()],
        );
        doc::clean_recent_folders(&prefs.recent);
        let mut app = CareLevelsApp {
            prefs,
            planner,
            programs,
            dialogs: FileDialogs::new(options.native_dialogs),
            doc,
            help_open: false,
            status: None,
            calendar: CalendarExport::default(),
            picture: Picture::default(),
            view_rect: egui::Rect::NOTHING,
            bar_heights: [0.0; 2],
            workspace: options.workspace.clone(),
            title: String::new(),
            context_set_up: false,
            exit_after_first_frame: options.exit_after_first_frame,
            system_lang: options.system_lang,
        };
        if let Some(note) = note {
            app.set_error(note);
        }
        app.dialogs.last_folder = app
            .prefs
            .recent
            .first()
            .and_then(|p| p.parent())
            .map(std::path::Path::to_owned);
        if let Some(path) = options.open {
            app.prefs.view = View::Planner;
            app.open_path(&path);
        } else if !app.doc.offers_recovery() {
            app.reopen_last();
        }
        app
    }

    /// Reopens the plan and programs list that were open when the app last closed, on the view
    /// it was on. A file that is gone or no longer valid is skipped without a word.
    fn reopen_last(&mut self) {
        let view = self.prefs.view;
        let note = self.status.take();
        let mut reopened = 0;
        for path in [
            self.prefs.last_plan.clone(),
            self.prefs.last_programs.clone(),
        ]
        .into_iter()
        .flatten()
        {
            if path.is_file() && self.open_path(&path) {
                reopened += 1;
            }
        }
        self.prefs.view = view;
        // A note from the start (an autosave that could not be read) matters more.
        self.status = note;
        if reopened > 0 && self.status.is_none() {
            self.set_info(t(self.lang(), "status-reopened"));
        }
    }

    /// The language the UI speaks: the one chosen, else the system's.
    pub fn lang(&self) -> Lang {
        self.prefs.lang.unwrap_or(self.system_lang)
    }

    /// The current view.
    pub fn view(&self) -> View {
        self.prefs.view
    }

    /// Whether the help panel is open.
    pub fn help_is_open(&self) -> bool {
        self.help_open
    }

    /// The status line's text (last save, last error), if any.
    pub fn status_text(&self) -> Option<&str> {
        self.status.as_ref().map(|s| s.text.as_str())
    }

    /// Whether unsaved work left by another window is being offered back.
    pub fn offers_recovery(&self) -> bool {
        self.doc.offers_recovery()
    }

    /// This window's autosave, when it has one.
    pub fn autosave(&self) -> Option<&workspace::Autosave> {
        self.doc.autosave.as_ref()
    }

    pub(super) fn set_error(&mut self, text: String) {
        self.status = Some(Status {
            text,
            is_error: true,
            revision: self.revisions(),
        });
    }

    /// Changes whenever either document changes.
    fn revisions(&self) -> u64 {
        self.planner.revision() + self.programs.revision()
    }

    pub(super) fn set_info(&mut self, text: String) {
        self.status = Some(Status {
            text,
            is_error: false,
            revision: self.revisions(),
        });
    }

    /// "carelevels - Evening IOP *": the name (made safe to show), or the file's, of the
    /// document the current view edits.
    pub fn window_title(&mut self) -> String {
        let slot = self.prefs.view.slot();
        let edited = self.edited(slot);
        let name = if !edited.name().trim().is_empty() {
            Some(edited.name().to_owned())
        } else {
            edited
                .path()
                .and_then(|p| p.file_stem())
                .map(|s| s.to_string_lossy().into_owned())
        };
        let name = name.map(|n| crate::text::one_line(&n));
        let dirty = if edited.is_dirty() { " *" } else { "" };
        match name {
            Some(name) if !name.is_empty() => format!("carelevels - {name}{dirty}"),
            _ if !dirty.is_empty() => {
                format!("carelevels - {}{dirty}", doc::untitled(self.lang(), slot))
            }
            _ => "carelevels".to_owned(),
        }
    }

    fn shortcuts(&mut self, ctx: &egui::Context) {
        for action in keymap::pressed(ctx) {
            self.act(ctx, action);
        }
    }

    /// Runs what a shortcut or a menu entry asks for.
    fn act(&mut self, ctx: &egui::Context, action: Action) {
        let files_busy = self.dialogs.busy() || self.doc.confirm.is_some();
        let slot = self.prefs.view.slot();
        match action {
            Action::Show(view) => self.prefs.view = view,
            Action::Help => self.help_open = !self.help_open,
            Action::Undo if self.prefs.view == View::Planner => self.planner.undo(),
            Action::Redo if self.prefs.view == View::Planner => self.planner.redo(),
            Action::Undo if self.prefs.view == View::Programs => self.programs.undo(),
            Action::Redo if self.prefs.view == View::Programs => self.programs.redo(),
            Action::Undo | Action::Redo => {}
            Action::ZoomIn => {
                let larger = keymap::zoom_step(ctx.zoom_factor(), true);
                // No larger than leaves the window at least 360 by 280 points, where the menus
                // still fit (900x600 stops at 200%).
                let window = ctx.content_rect().size() * ctx.zoom_factor();
                let fits = (window.x / 360.0).min(window.y / 280.0);
                if larger <= fits.max(1.0) {
                    ctx.set_zoom_factor(larger);
                }
            }
            Action::ZoomOut => ctx.set_zoom_factor(keymap::zoom_step(ctx.zoom_factor(), false)),
            Action::ZoomReset => ctx.set_zoom_factor(1.0),
            _ if files_busy => {}
            Action::SaveAs => self.save_as(ctx, slot),
            Action::Save => {
                self.save(ctx, slot);
            }
            Action::Open => {
                // Start where the current document is (a folder path ends with a separator).
                let folder = self
                    .edited(slot)
                    .path()
                    .and_then(|p| p.parent())
                    .filter(|d| !d.as_os_str().is_empty())
                    .map(|d| d.join(""));
                self.dialogs.ask(ctx, Purpose::Open, folder);
            }
            Action::New => self.request(ctx, slot, Pending::New),
        }
    }

    /// A menu entry that runs `action` and shows its keys from the keymap.
    fn menu_entry(&mut self, ui: &mut egui::Ui, text: &str, action: Action) {
        let keys = keymap::keys_text(ui.ctx(), action);
        let enabled = match (action, self.prefs.view) {
            (Action::Undo, View::Programs) => self.programs.can_undo(),
            (Action::Redo, View::Programs) => self.programs.can_redo(),
            (Action::Undo, _) => self.planner.can_undo(),
            (Action::Redo, _) => self.planner.can_redo(),
            _ => true,
        };
        let button = egui::Button::new(text).shortcut_text(keys.clone());
        let response = ui.add_enabled(enabled, button);
        super::a11y::menu_item(&response, text, &keys);
        if response.clicked() {
            let ctx = ui.ctx().clone();
            self.act(&ctx, action);
        }
    }

    fn file_menu_ui(&mut self, ui: &mut egui::Ui) {
        super::a11y::name_menu(ui, &t(self.lang(), "menu-file"));
        let ctx = ui.ctx().clone();
        let lang = self.lang();
        let slot = self.prefs.view.slot();
        // Ctrl+N starts a new document of the kind this view edits; the other kind is below it.
        let (this_new, other_new, other) = match slot {
            Slot::Plan => ("menu-new-plan", "menu-new-programs", Slot::Programs),
            Slot::Programs => ("menu-new-programs", "menu-new-plan", Slot::Plan),
        };
        let (this_new, other_new) = (t(lang, this_new), t(lang, other_new));
        self.menu_entry(ui, &this_new, Action::New);
        if ui.button(other_new).clicked() {
            self.request(&ctx, other, Pending::New);
        }
        ui.menu_button(t(lang, "menu-new-from-template"), |ui| {
            for (i, t) in workspace::templates().iter().enumerate() {
                if ui.button(&t.name).clicked() {
                    self.request(&ctx, Slot::Plan, Pending::Template(i));
                    // Chosen with Return too, the menu closes as it does for a click.
                    ui.close();
                }
            }
        });
        ui.separator();
        self.menu_entry(ui, &t(lang, "menu-open"), Action::Open);
        ui.menu_button(t(lang, "menu-open-recent"), |ui| {
            if self.prefs.recent.is_empty() {
                ui.label(t(lang, "menu-no-recent"));
            }
            for path in self.prefs.recent.clone() {
                if ui.button(path.display().to_string()).clicked() {
                    self.open_path(&path);
                }
            }
        });
        if ui.button(t(lang, "menu-open-typed")).clicked() {
            self.dialogs.prompt = Some(super::files::PathPrompt {
                purpose: Purpose::Open,
                text: String::new(),
                note: None,
            });
        }
        ui.separator();
        self.menu_entry(ui, &t(lang, "menu-save"), Action::Save);
        self.menu_entry(ui, &t(lang, "menu-save-as"), Action::SaveAs);
        ui.separator();
        if slot == Slot::Plan && ui.button(t(lang, "menu-export-ics")).clicked() {
            self.calendar.ask();
        }
        if ui.button(t(lang, "menu-export-pdf")).clicked() {
            self.ask_export(&ctx, slot, Purpose::ExportPdf);
        }
        if ui.button(t(lang, "menu-print")).clicked() {
            self.print(slot);
        }
        if self.prefs.view == View::Planner {
            let free = !self.picture.busy();
            if ui
                .add_enabled(free, egui::Button::new(t(lang, "menu-copy-picture")))
                .clicked()
            {
                self.picture.want(&ctx, Target::Copy);
            }
            if ui
                .add_enabled(free, egui::Button::new(t(lang, "menu-save-picture")))
                .clicked()
            {
                self.ask_export(&ctx, slot, Purpose::ExportPng);
            }
        }
        if ui.button(t(lang, "menu-export-txt")).clicked() {
            self.ask_export(&ctx, slot, Purpose::ExportSummary);
        }
        if ui.button(t(lang, "menu-copy-summary")).clicked() {
            let text = self.summary(slot);
            ui.ctx().copy_text(text);
            self.set_info(t(lang, "status-copied-summary"));
        }
        ui.separator();
        if ui.button(t(lang, "menu-quit")).clicked() {
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn menu_bar_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        egui::MenuBar::new().ui(ui, |ui| {
            ui.menu_button(t(lang, "menu-file"), |ui| self.file_menu_ui(ui));
            ui.menu_button(t(lang, "menu-edit"), |ui| {
                super::a11y::name_menu(ui, &t(lang, "menu-edit"));
                self.menu_entry(ui, &t(lang, "menu-undo"), Action::Undo);
                self.menu_entry(ui, &t(lang, "menu-redo"), Action::Redo);
            });
            ui.menu_button(t(lang, "menu-view"), |ui| {
                super::a11y::name_menu(ui, &t(lang, "menu-view"));
                for view in View::ALL {
                    self.menu_entry(ui, &view.label(lang), Action::Show(view));
                }
                ui.separator();
                ui.label(t(lang, "menu-theme"));
                ui.horizontal(super::theme::theme_switch_ui);
                ui.separator();
                ui.label(t(lang, "menu-language"));
                ui.horizontal(|ui| self.lang_switch_ui(ui, false));
                ui.separator();
                let percent = (ui.ctx().zoom_factor() * 100.0).round();
                ui.label(tr(
                    lang,
                    "menu-text-size",
                    &[("percent", f64::from(percent).into())],
                ));
                self.menu_entry(ui, &t(lang, "menu-zoom-in"), Action::ZoomIn);
                self.menu_entry(ui, &t(lang, "menu-zoom-out"), Action::ZoomOut);
                self.menu_entry(ui, &t(lang, "menu-zoom-reset"), Action::ZoomReset);
            });
            ui.menu_button(t(lang, "menu-help"), |ui| {
                super::a11y::name_menu(ui, &t(lang, "menu-help"));
                self.menu_entry(ui, &t(lang, "help-lines-button"), Action::Help);
                if ui.button(t(lang, "view-sources")).clicked() {
                    self.prefs.view = View::Sources;
                }
            });
        });
    }

    /// "English | Español": each language named in itself, so a person who cannot read the
    /// current one still finds their own.
    /// In a narrow window (`compact`) the top bar says "EN | ES", with the names on hover.
    fn lang_switch_ui(&mut self, ui: &mut egui::Ui, compact: bool) {
        let current = self.lang();
        let mut chosen = current;
        for (lang, name, code) in [(Lang::En, "English", "EN"), (Lang::Es, "Español", "ES")] {
            let text = if compact { code } else { name };
            let response = ui
                .selectable_value(&mut chosen, lang, text)
                .on_hover_text(t(lang, "lang-switch-hover"));
            if compact {
                super::a11y::named(&response, name);
            }
        }
        if chosen != current {
            self.prefs.lang = Some(chosen);
            // The status line was written in the other language: it would stay behind in it.
            self.status = None;
            super::set_lang(ui.ctx(), chosen);
            ui.ctx().request_discard("language changed");
        }
    }

    fn tabs_ui(&mut self, ui: &mut egui::Ui) {
        let lang = self.lang();
        // Below 700 points (900x600 with large text) the tabs take the body size, not 16
        // points: Spanish's tabs would otherwise push the help button off the window's edge.
        let tab_size = if ui.ctx().content_rect().width() < NARROW_BAR {
            ui.text_style_height(&egui::TextStyle::Body).min(16.0)
        } else {
            16.0
        };
        ui.horizontal(|ui| {
            for view in View::ALL {
                let keys = keymap::keys_text(ui.ctx(), Action::Show(view));
                let label = view.label(lang);
                let tab = ui
                    .selectable_label(
                        self.prefs.view == view,
                        egui::RichText::new(&label).size(tab_size),
                    )
                    .on_hover_text(tr(
                        lang,
                        "tab-hover",
                        &[
                            ("view", label.as_str().into()),
                            ("keys", keys.as_str().into()),
                        ],
                    ));
                if tab.clicked() {
                    self.prefs.view = view;
                }
            }
            // Right-aligned, but laid out left to right so Tab goes in reading order: the
            // space before it is what the group measured last frame.
            let id = ui.scope_id().with("top-right-width");
            let width = ui.data(|d| d.get_temp::<f32>(id)).unwrap_or(0.0);
            ui.add_space((ui.available_width() - width).max(0.0));
            let used = self.top_right_ui(ui);
            if (used - width).abs() > 0.5 {
                ui.data_mut(|d| d.insert_temp(id, used));
                ui.ctx()
                    .request_discard("top bar: right-hand group measured");
            }
        });
    }

    /// The top bar's right-hand group: language, theme and Help lines. Returns its width.
    fn top_right_ui(&mut self, ui: &mut egui::Ui) -> f32 {
        let lang = self.lang();
        let start = ui.cursor().left();
        // Below 1100 points the tabs, both switches and Help lines do not fit in words.
        let room = ui.ctx().content_rect().width();
        let compact = room < 1100.0;
        self.lang_switch_ui(ui, compact);
        ui.add_space(8.0);
        if !compact {
            ui.label(t(lang, "theme-label"));
        }
        // Below 800 points (a small window with large text) the theme stays in the View
        // menu only, so Help lines keeps its place in the bar.
        if room >= 800.0 {
            super::theme::theme_switch_ui(ui);
            ui.add_space(8.0);
        }
        let keys = keymap::keys_text(ui.ctx(), Action::Help);
        // Below 700 points the tabs leave "Líneas de ayuda" too little room: "Ayuda".
        let help = if room < NARROW_BAR {
            t(lang, "help-lines-button-short")
        } else {
            t(lang, "help-lines-button")
        };
        let help_button = ui.button(help).on_hover_text(tr(
            lang,
            "help-lines-hover",
            &[("keys", keys.as_str().into())],
        ));
        super::a11y::named(&help_button, t(lang, "help-lines-button"));
        if help_button.clicked() {
            self.help_open = true;
        }
        ui.cursor().left() - start
    }

    /// An egui panel is laid out within the height it had in the pass before (on the first
    /// pass, one line), and anything taller is cut off: the first frame's two-line top bar
    /// and footer, or a footer that just gained a status line. When either changed height,
    /// the pass is laid out again with the new heights before it is drawn. Returns whether
    /// they changed.
    fn bars_measured(&mut self, ui: &egui::Ui, heights: [f32; 2]) -> bool {
        let changed = heights
            .iter()
            .zip(self.bar_heights)
            .any(|(now, before)| (now - before).abs() > 0.5);
        if changed {
            self.bar_heights = heights;
            ui.ctx().request_discard("top bar or footer changed height");
        }
        changed
    }

    fn footer_ui(&mut self, ui: &mut egui::Ui) {
        if let Some(status) = &self.status {
            let color = if status.is_error {
                ui.visuals().error_fg_color
            } else {
                ui.visuals().text_color()
            };
            ui.colored_label(color, &status.text);
        }
        if help::footer_ui(ui) {
            self.help_open = true;
        }
    }
}

impl eframe::App for CareLevelsApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let lang = self.lang();
        super::set_lang(&ctx, lang);
        let catalog = Catalog::builtin_in(lang);
        if !self.context_set_up {
            // The keymap steps through the usual text sizes; egui's own keys would step 10%.
            ctx.options_mut(|o| {
                o.zoom_with_keyboard = false;
                // A change of language or text size can take three passes: the bars measure
                // themselves (see `bars_measured` and the top bar's right-hand group), the view
                // is laid out, and laid out again if a Compare row got shorter. egui's default
                // of two would show that row with a gap below it for a frame.
                o.max_passes = std::num::NonZeroUsize::new(3).unwrap_or(o.max_passes);
            });
            // Already done before the first frame in `new`; again for apps made without it.
            super::set_text_sizes(&ctx);
            if let Some(theme) = self.prefs.theme {
                ctx.set_theme(theme);
            }
            if let Some(zoom) = self.prefs.zoom.filter(|z| (0.5..=3.0).contains(z)) {
                ctx.set_zoom_factor(zoom);
            }
            self.context_set_up = true;
        }
        self.prefs.theme = Some(ctx.options(|o| o.theme_preference));
        self.prefs.zoom = Some(ctx.zoom_factor());
        self.close_guard(&ctx);
        self.shortcuts(&ctx);
        self.dropped_files(&ctx);

        let top = egui::Panel::top("top-bar").show(ui, |ui| {
            self.menu_bar_ui(ui);
            self.tabs_ui(ui);
        });
        if self
            .status
            .as_ref()
            .is_some_and(|s| s.revision != self.revisions())
        {
            self.status = None;
        }
        let footer = egui::Panel::bottom("footer").show(ui, |ui| self.footer_ui(ui));
        let bars = [top.response.rect.height(), footer.response.rect.height()];
        let bars_changed = self.bars_measured(ui, bars);
        let central = egui::CentralPanel::default().show(ui, |ui| {
            if bars_changed {
                // The room for the view changes in the next pass (on the first frame, always:
                // see `bars_measured`), so the view waits for it: the first frame lays the
                // Compare table out once, not twice.
                return;
            }
            self.restore_banner_ui(ui);
            match self.prefs.view {
                View::Compare => self.prefs.compare.ui(ui, catalog),
                View::Planner => self.planner.ui(ui, catalog),
                View::Programs => {
                    let open_plan = Some(self.planner.plan());
                    if let Some(ProgramsRequest::ExportSummary) =
                        self.programs.ui(ui, catalog, open_plan)
                    {
                        let ctx = ui.ctx().clone();
                        self.ask_export(&ctx, Slot::Programs, Purpose::ExportSummary);
                    }
                }
                View::Sources => sources::sources_ui(ui, catalog),
            }
        });
        self.view_rect = central.response.rect;
        if let Some(taken) = self.picture.poll(&ctx, self.view_rect) {
            self.picture_taken(&ctx, taken);
        }

        help::help_window(&ctx, &mut self.help_open);
        if self.calendar.dialog(&ctx) {
            let suggested = suggested_file_name(&self.planner.plan().name, Slot::Plan, "ics");
            self.dialogs.ask(
                &ctx,
                Purpose::ExportCalendar,
                Some(PathBuf::from(suggested)),
            );
        }
        if let Some(chosen) = self.dialogs.ui(&ctx) {
            self.on_chosen(&ctx, chosen);
        }
        self.confirm_ui(&ctx);
        self.autosave_tick(&ctx);

        let title = self.window_title();
        super::a11y::name_window(&ctx, &title);
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
        if self.exit_after_first_frame {
            self.doc.allowed_to_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        self.prefs.last_plan = self.planner.path().map(std::path::Path::to_owned);
        self.prefs.last_programs = self.programs.path().map(std::path::Path::to_owned);
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }

    /// Scroll positions and folded sections start afresh each run (theme and text size are in
    /// [`Prefs`]): Compare opens at the top.
    fn persist_egui_memory(&self) -> bool {
        false
    }
}
