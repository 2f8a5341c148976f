//! Everything egui. The views call the core; the core never calls back.
//!
//! Architecture invariant: nothing here touches the file system except through the core's
//! file layer (`plan::file`, `plan::disk`, `plan::workspace`).

pub mod a11y;
pub mod app;
pub mod calendar_export;
pub mod compare;
pub mod details_panel;
pub mod document;
pub mod exports;
pub mod files;
pub mod help;
pub mod hours_chart;
pub mod keymap;
pub mod picture;
pub mod planner;
pub mod programs;
pub mod sources;
pub mod theme;

use std::path::PathBuf;

pub use app::{AppOptions, CareLevelsApp};

use crate::i18n::Lang;
pub(crate) use crate::i18n::{t, tr};

// The language of the UI, English or Spanish, reaches the views one way only: the app stores
// it in the egui context at the start of every frame ([`set_lang`]) and any view reads it with
// [`lang`]`(ui.ctx())`. Views then word everything through Fluent, `t(lang, "id")` and
// `tr(lang, "id", &[("n", 3.into())])`, with the ids in `i18n/{en,es}/ui*.ftl`, and read facts
// from the catalog the app passes down (`Catalog::builtin_in(lang)`). Switching the language
// in the top bar changes the value for the next frame, so everything is re-worded live.
// A view drawn without the app (the planner in tests) reads English.

fn lang_id() -> egui::Id {
    egui::Id::NULL.with("lang")
}

/// "Monday", "Monday and Tuesday", "Monday, Tuesday and Wednesday".
pub(crate) fn list_words(lang: Lang, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => tr(
            lang,
            "list-and",
            &[
                ("rest", rest.join(", ").into()),
                ("last", last.as_str().into()),
            ],
        ),
    }
}

/// The language the UI speaks this frame (English when the app has not set one).
pub fn lang(ctx: &egui::Context) -> Lang {
    ctx.data(|d| d.get_temp::<Lang>(lang_id()))
        .unwrap_or_default()
}

/// Sets the language the UI speaks from this frame on (the app does this every frame).
pub fn set_lang(ctx: &egui::Context, lang: Lang) {
    ctx.data_mut(|d| d.insert_temp(lang_id(), lang));
}

/// How the app's text looks, set once before the first frame.
///
/// Small print (captions, footnotes, a chip's second line) is 11 points, where egui has 9: at
/// 9 it reads as tiny even with the text scaled to 150%. Glyphs are drawn at whole pixels, not
/// at four sub-pixel offsets each: text is crisper, and the first frame rasterises a quarter of
/// the glyph images (that frame is most of what start-up costs over a bare window).
pub fn set_text_sizes(ctx: &egui::Context) {
    ctx.all_styles_mut(|style| {
        style.text_styles.insert(
            egui::TextStyle::Small,
            egui::FontId::proportional(SMALL_TEXT),
        );
        style.visuals.text_options.subpixel_binning = false;
    });
}

/// The size of small print, in points.
pub(crate) const SMALL_TEXT: f32 = 11.0;

/// The window's initial and smallest sizes, in points.
const DEFAULT_SIZE: [f32; 2] = [1360.0, 860.0];
const MIN_SIZE: [f32; 2] = [900.0, 600.0];

/// The desktop's name for the app: the Wayland app id (X11 WM_CLASS), and the name of the
/// `.desktop` file, icon and AppStream component in `packaging/`. Change them together.
pub const APP_ID: &str = "io.github.carelevels.CareLevels";

/// Where eframe keeps window size, theme and text scale: `~/.local/share/carelevels` and the
/// like. eframe would name that folder after [`APP_ID`]; it stays under the old name so that
/// people's preferences survive the switch to a reverse-DNS app id.
const STORAGE_NAME: &str = "carelevels";

/// Parses the built-in data (catalog, messages, templates) on a second thread.
///
/// Making the window and its OpenGL context keeps the main thread busy for about 100 ms
/// before the app's first frame, mostly waiting on the X server and the driver; the data the
/// first frame needs is parsed meanwhile. Each piece sits behind a `OnceLock`, so a frame that
/// asks before the thread is done waits for that piece, never parses it twice.
fn prepare_in_background(lang: Lang) {
    let spawned = std::thread::Builder::new()
        .name("prepare".into())
        .spawn(move || {
            crate::catalog::Catalog::builtin_in(lang);
            crate::i18n::prepare();
            crate::plan::workspace::templates();
        });
    // Without a thread the first frame parses the same data itself: slower, never wrong.
    drop(spawned);
}

/// Lets each frame reuse the memory the last one freed.
///
/// egui builds a frame's triangles in buffers that grow to a megabyte or more and are freed
/// when the frame is drawn. glibc gives such blocks back to the kernel (mmap above one
/// threshold, trimming the heap above another), so the next frame page-faults its way through
/// fresh memory: with 300 sessions in the week, about a fifth of the frame
/// (`perf record` on `cargo bench --bench ui_frame -- planner`). Fixed thresholds of 32 and
/// 64 MiB keep such blocks in the heap for reuse. Other platforms' allocators keep them
/// already.
pub fn keep_frame_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        const M_TRIM_THRESHOLD: i32 = -1;
        const M_MMAP_THRESHOLD: i32 = -3;
        unsafe extern "C" {
            fn mallopt(param: i32, value: i32) -> i32;
        }
        // SAFETY: mallopt only sets glibc's allocation thresholds (it takes the arena lock
        // itself); it reads and writes no memory of ours.
        unsafe {
            mallopt(M_MMAP_THRESHOLD, 32 << 20);
            mallopt(M_TRIM_THRESHOLD, 64 << 20);
        }
    }
}

/// Opens the desktop app, optionally with a plan file loaded.
pub fn run(plan: Option<PathBuf>) -> eframe::Result {
    keep_frame_memory();
    let app_options = AppOptions::for_user(plan);
    prepare_in_background(app_options.system_lang);
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("carelevels")
        .with_app_id(APP_ID)
        .with_inner_size(DEFAULT_SIZE)
        .with_min_inner_size(MIN_SIZE)
        .with_drag_and_drop(true);
    if let Ok(icon) = eframe::icon_data::from_png_bytes(include_bytes!("../../assets/icon.png")) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        // OpenGL through glow starts in about half the time of wgpu here (no shader translation,
        // no pipeline cache) and needs nothing but the system's GL at run time.
        renderer: eframe::Renderer::Glow,
        persistence_path: eframe::storage_dir(STORAGE_NAME).map(|dir| dir.join("app.ron")),
        ..Default::default()
    };
    eframe::run_native(
        STORAGE_NAME,
        options,
        Box::new(move |cc| Ok(Box::new(CareLevelsApp::new(cc, app_options)))),
    )
}
