//! The baseline for start-up time and memory: a bare eframe window with one label, built with
//! the same features and renderer as carelevels. With `CARELEVELS_EXIT_AFTER_FIRST_FRAME=1` it closes itself
//! after its first frame, as carelevels does, so both can be timed as whole processes:
//!
//! ```sh
//! cargo build --release --examples
//! CARELEVELS_EXIT_AFTER_FIRST_FRAME=1 hyperfine -w 3 target/release/examples/bare_window target/release/carelevels
//! ```
//!
//! `bare_window --same-text` is a second baseline: the same bare window showing the words of
//! the Compare table (every level's answer to every row, as plain labels in a grid). What it
//! costs over the bare window is the price of drawing that much text at all (shaping, glyph
//! rasterising, and on a software renderer, filling the pixels); what carelevels costs over it
//! is the app's own work.

fn main() -> eframe::Result {
    let exit_after_first_frame = std::env::var_os("CARELEVELS_EXIT_AFTER_FIRST_FRAME").is_some();
    let same_text = std::env::args().any(|a| a == "--same-text");
    // `--app-window`: the window made as carelevels makes its own (app id, smallest size,
    // file drops, icon, a place for settings), to tell the window's cost from the app's.
    let app_window = std::env::args().any(|a| a == "--app-window");
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("bare")
        .with_inner_size([1360.0, 860.0]);
    let mut persistence_path = None;
    if app_window {
        viewport = viewport
            .with_app_id(carelevels::ui::APP_ID)
            .with_min_inner_size([900.0, 600.0])
            .with_drag_and_drop(true);
        if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../assets/icon.png")) {
            viewport = viewport.with_icon(icon);
        }
        persistence_path = eframe::storage_dir("carelevels-bare").map(|d| d.join("app.ron"));
    }
    let options = eframe::NativeOptions {
        viewport,
        // The same renderer as carelevels, so the comparison is like for like.
        renderer: eframe::Renderer::Glow,
        persistence_path,
        ..Default::default()
    };
    eframe::run_ui_native("bare", options, move |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            if same_text {
                compare_text_ui(ui);
            } else {
                ui.label("bare");
            }
        });
        if exit_after_first_frame {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    })
}

/// The Compare table's words, without the app: a heading, the level names, and each row's
/// label and answers, wrapped in five columns.
fn compare_text_ui(ui: &mut egui::Ui) {
    let catalog = carelevels::catalog::Catalog::builtin();
    ui.heading("Compare levels of care");
    let column = (ui.available_width() - 40.0) / 5.0;
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("text").striped(true).show(ui, |ui| {
            ui.label("Topic");
            for level in &catalog.levels {
                ui.vertical(|ui| {
                    ui.set_width(column);
                    ui.strong(&level.name);
                    ui.weak(&level.asam);
                });
            }
            ui.end_row();
            for criterion in &catalog.criteria {
                ui.add_sized(
                    [column * 0.6, 0.0],
                    egui::Label::new(&criterion.label).wrap(),
                );
                for level in &catalog.levels {
                    let text = level
                        .facts
                        .get(&criterion.id)
                        .map_or("", |f| f.summary.as_str());
                    ui.add_sized([column, 0.0], egui::Label::new(text).wrap());
                }
                ui.end_row();
            }
        });
    });
}
