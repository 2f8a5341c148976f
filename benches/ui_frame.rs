//! CPU cost of one frame of the planner with 300 sessions (under 2 ms), of a three-phase plan
//! with its timeline, of the Compare view,
//! and of the largest plans the loader accepts (20,000 sessions; 100,000 commitments), each
//! against a bare egui frame measured in the same run. A frame here is what eframe does on the
//! CPU: run the UI, then tessellate its shapes.
//!
//! Run: `cargo bench --bench ui_frame` (or `-- planner`, `-- "huge plan"`)

use std::hint::black_box;

use carelevels::catalog::Catalog;
use carelevels::plan::{Clock, Commitment, Day, LevelId, Plan, Session, SessionKind};
use carelevels::ui::app::Prefs;
use carelevels::ui::compare::CompareView;
use carelevels::ui::planner::Planner;
use carelevels::ui::{AppOptions, CareLevelsApp};
use criterion::{Criterion, criterion_group, criterion_main};

fn input() -> egui::RawInput {
    egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(
            egui::Pos2::ZERO,
            egui::vec2(1360.0, 860.0),
        )),
        ..Default::default()
    }
}

fn frame(ctx: &egui::Context, mut ui_fn: impl FnMut(&mut egui::Ui)) -> usize {
    let output = ctx.run_ui(input(), |ui| ui_fn(ui));
    let prims = ctx.tessellate(output.shapes, output.pixels_per_point);
    prims.len()
}

/// A context styled as the app styles its own before the first frame (small print, glyphs at
/// whole pixels).
fn app_context() -> egui::Context {
    let ctx = egui::Context::default();
    carelevels::ui::set_text_sizes(&ctx);
    ctx
}

/// 300 sessions: a busy week where many blocks share time.
fn busy_plan() -> Plan {
    let mut plan = Plan::new(LevelId::DayProgram);
    for i in 0..300usize {
        let start = (6 * 60 + (i * 23) % (16 * 60)) as u16;
        plan.phases[0].sessions.push(Session {
            day: Day::ALL[i % 7],
            start: Clock::from_minutes(start).unwrap(),
            end: Clock::from_minutes(start + 45).unwrap(),
            kind: SessionKind::ALL[i % 7],
            title: format!("Session {i}"),
        });
    }
    plan
}

/// About as many sessions as a 4 MiB plan file holds, spread over every hour of the week.
fn huge_sessions() -> Plan {
    let mut plan = Plan::new(LevelId::DayProgram);
    for i in 0..20_000usize {
        let start = ((i * 37) % (23 * 60)) as u16;
        plan.phases[0].sessions.push(Session {
            day: Day::ALL[i % 7],
            start: Clock::from_minutes(start).unwrap(),
            end: Clock::from_minutes((start + 30 + (i % 4) as u16 * 15).min(24 * 60)).unwrap(),
            kind: SessionKind::ALL[i % 7],
            title: format!("Session number {i}"),
        });
    }
    plan
}

/// About as many commitments as a 4 MiB plan file holds.
fn huge_commitments() -> Plan {
    let mut plan = Plan::new(LevelId::Iop);
    for i in 0..100_000usize {
        let start = ((i * 41) % (23 * 60)) as u16;
        plan.commitments.push(Commitment {
            day: Day::ALL[i % 7],
            start: Clock::from_minutes(start).unwrap(),
            end: Clock::from_minutes(start + 60).unwrap(),
            title: format!("Shift {i}"),
        });
    }
    plan
}

/// Frames of the planner holding the largest plans the loader accepts: the first one (a fresh
/// context and planner: check, layout, fonts) and then each frame after it.
fn bench_huge(c: &mut Criterion) {
    let catalog = Catalog::builtin();
    let mut group = c.benchmark_group("huge plan");
    group.sample_size(10);
    for (name, plan) in [
        ("20k sessions", huge_sessions()),
        ("100k commitments", huge_commitments()),
    ] {
        group.bench_function(format!("first frame, {name}"), |b| {
            b.iter(|| {
                let ctx = app_context();
                let mut planner = Planner::new(plan.clone(), None);
                black_box(frame(&ctx, |ui| planner.ui(ui, catalog)))
            })
        });
        let ctx = app_context();
        let mut planner = Planner::new(plan, None);
        for _ in 0..3 {
            frame(&ctx, |ui| planner.ui(ui, catalog));
        }
        group.bench_function(format!("frame, {name}"), |b| {
            b.iter(|| black_box(frame(&ctx, |ui| planner.ui(ui, catalog))))
        });
    }
    group.finish();
}

fn bench(c: &mut Criterion) {
    // As the app does at start (see the function).
    carelevels::ui::keep_frame_memory();
    let catalog = Catalog::builtin();
    let mut group = c.benchmark_group("frame");

    let bare = egui::Context::default();
    group.bench_function("baseline: bare window", |b| {
        b.iter(|| {
            frame(&bare, |ui| {
                egui::CentralPanel::default().show(ui, |ui| ui.label("carelevels"));
            })
        })
    });

    let ctx = app_context();
    let mut planner = Planner::new(busy_plan(), None);
    // Warm up: fonts, layout caches, first-frame sizing passes.
    for _ in 0..3 {
        frame(&ctx, |ui| planner.ui(ui, catalog));
    }
    group.bench_function("planner, 300 sessions", |b| {
        b.iter(|| black_box(frame(&ctx, |ui| planner.ui(ui, catalog))))
    });

    // The three-phase template: the timeline over the week of its first phase.
    let step_down = carelevels::plan::workspace::templates()
        .iter()
        .find(|plan| plan.phases.len() == 3)
        .expect("a three-phase template")
        .clone();
    let ctx = app_context();
    let mut planner = Planner::new(step_down, None);
    for _ in 0..3 {
        frame(&ctx, |ui| planner.ui(ui, catalog));
    }
    group.bench_function("planner, three phases with the timeline", |b| {
        b.iter(|| black_box(frame(&ctx, |ui| planner.ui(ui, catalog))))
    });

    let ctx = app_context();
    let mut compare = CompareView::default();
    for _ in 0..3 {
        frame(&ctx, |ui| {
            egui::CentralPanel::default().show(ui, |ui| compare.ui(ui, catalog));
        });
    }
    group.bench_function("compare view", |b| {
        b.iter(|| {
            black_box(frame(&ctx, |ui| {
                egui::CentralPanel::default().show(ui, |ui| compare.ui(ui, catalog));
            }))
        })
    });
    group.finish();

    // The first frame of a fresh context: fonts, glyph atlas, catalog, layout, tessellation.
    // This is the app's own share of start-up, without the window system or the renderer.
    let mut group = c.benchmark_group("first frame");
    group.bench_function("baseline: bare window", |b| {
        b.iter(|| {
            let ctx = egui::Context::default();
            frame(&ctx, |ui| {
                egui::CentralPanel::default().show(ui, |ui| ui.label("carelevels"));
            })
        })
    });
    group.bench_function("compare view", |b| {
        b.iter(|| {
            let ctx = app_context();
            let mut compare = CompareView::default();
            frame(&ctx, |ui| {
                egui::CentralPanel::default().show(ui, |ui| compare.ui(ui, catalog));
            })
        })
    });
    // The whole app as it opens: menus, tabs, footer and Compare, in the two passes its first
    // frame takes (the bars measure themselves, then the view is laid out).
    group.bench_function("the app", |b| {
        b.iter(|| {
            let ctx = app_context();
            let options = AppOptions {
                workspace: None,
                native_dialogs: false,
                open: None,
                exit_after_first_frame: false,
                system_lang: carelevels::i18n::Lang::En,
            };
            let mut app = CareLevelsApp::with_prefs(Prefs::default(), options);
            // eframe's stand-in frame for running an app outside a window (egui_kittest's).
            let mut eframe_frame = eframe::Frame::_new_kittest();
            frame(&ctx, |ui| eframe::App::ui(&mut app, ui, &mut eframe_frame))
        })
    });
    group.finish();
}

/// "My programs" with 12 programs of 30 sessions each against a work week (issue 11: a frame
/// under 2 ms of CPU), at the default window size.
fn programs_bench(c: &mut Criterion) {
    use carelevels::plan::Commitment;
    use carelevels::programs::Program;
    use carelevels::ui::programs::{ProgramsView, new_programs};

    let catalog = Catalog::builtin();
    let mut programs = new_programs();
    programs.programs.clear();
    for p in 0..12usize {
        let mut program = Program::new(format!("Program {}", p + 1), LevelId::Iop);
        for i in 0..30usize {
            let start = (7 * 60 + ((i + p) * 37) % (13 * 60)) as u16;
            program.sessions.push(Session {
                day: Day::ALL[i % 7],
                start: Clock::from_minutes(start).unwrap(),
                end: Clock::from_minutes(start + 50).unwrap(),
                kind: SessionKind::ALL[i % 7],
                title: format!("Session {i}"),
            });
        }
        programs.programs.push(program);
    }
    for day in &Day::ALL[..5] {
        programs.my_week.push(Commitment {
            day: *day,
            start: Clock::from_hm(9, 0).unwrap(),
            end: Clock::from_hm(17, 0).unwrap(),
            title: "Work".into(),
        });
    }
    let ctx = app_context();
    let mut view = ProgramsView::new(programs, None);
    for _ in 0..3 {
        frame(&ctx, |ui| {
            egui::CentralPanel::default().show(ui, |ui| view.ui(ui, catalog, None));
        });
    }
    let mut group = c.benchmark_group("frame");
    group.bench_function("my programs, 12 x 30 sessions", |b| {
        b.iter(|| {
            black_box(frame(&ctx, |ui| {
                egui::CentralPanel::default().show(ui, |ui| view.ui(ui, catalog, None));
            }))
        })
    });
    group.finish();
}

criterion_group!(benches, bench, bench_huge, programs_bench);
criterion_main!(benches);
