//! The baseline for start-up time and memory: a bare eframe window with one label, built with
//! the same features and renderer as carelevels. With `CARELEVELS_EXIT_AFTER_FIRST_FRAME=1` it closes itself
//! after its first frame, as carelevels does, so both can be timed as whole processes:
//!
//! ```sh
//! cargo build --release --examples
//! CARELEVELS_EXIT_AFTER_FIRST_FRAME=1 hyperfine -w 3 target/release/examples/bare_window target/release/carelevels
//! ```

fn main() -> eframe::Result {
    let exit_after_first_frame = std::env::var_os("CARELEVELS_EXIT_AFTER_FIRST_FRAME").is_some();
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare")
            .with_inner_size([1360.0, 860.0]),
        // The same renderer as carelevels, so the comparison is like for like.
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_ui_native("bare", options, move |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| ui.label("bare"));
        if exit_after_first_frame {
            ui.ctx().send_viewport_cmd(egui::ViewportCommand::Close);
        }
    })
}
