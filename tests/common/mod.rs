//! Builders and screen helpers shared by the UI tests: plans from short literals, a harness
//! around the real [`Planner`], pointer drags, and the week's layout measured from blocks.
//!
//! Each test file includes this with `mod common;` and uses only part of it.
#![allow(dead_code)]

use carelevels::catalog::Catalog;
use carelevels::plan::{Clock, Commitment, Day, Plan, Session, SessionKind};
use carelevels::ui::keymap;
use carelevels::ui::planner::Planner;
use egui::{Pos2, Rect, pos2};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;

/// "18:30" as a [`Clock`].
pub fn clock(text: &str) -> Clock {
    text.parse()
        .unwrap_or_else(|e| panic!("bad time in test: {e}"))
}

pub fn session(day: Day, start: &str, end: &str, kind: SessionKind, title: &str) -> Session {
    Session {
        day,
        start: clock(start),
        end: clock(end),
        kind,
        title: title.to_owned(),
    }
}

/// A "Process group" session (group kind).
pub fn group(day: Day, start: &str, end: &str) -> Session {
    session(day, start, end, SessionKind::Group, "Process group")
}

pub fn commitment(day: Day, start: &str, end: &str, title: &str) -> Commitment {
    Commitment {
        day,
        start: clock(start),
        end: clock(end),
        title: title.to_owned(),
    }
}

/// A one-week plan (default level and rules) with these sessions and commitments.
pub fn plan_of(sessions: Vec<Session>, commitments: Vec<Commitment>) -> Plan {
    let mut plan = Plan::default();
    plan.phases[0].sessions = sessions;
    plan.commitments = commitments;
    plan
}

/// `n` sessions spread over every day and hour (many overlapping), and work 09:00-17:00 daily.
pub fn big_plan(n: usize) -> Plan {
    let mut plan = Plan::default();
    for i in 0..n {
        let day = Day::ALL[i % 7];
        let start = ((i * 37) % (22 * 4)) as u16 * 15;
        let length = 30 + ((i * 13) % 8) as u16 * 15;
        plan.phases[0].sessions.push(Session {
            day,
            start: Clock::from_minutes(start).unwrap_or(Clock::MIDNIGHT),
            end: Clock::from_minutes((start + length).min(24 * 60)).unwrap_or(Clock::END_OF_DAY),
            kind: SessionKind::ALL[i % 7],
            title: format!("Session {i}"),
        });
    }
    for day in Day::ALL {
        plan.commitments
            .push(commitment(day, "09:00", "17:00", "Work"));
    }
    plan
}

/// The real planner (form, week grid, live check) on its own, holding `plan`. Undo and redo
/// keys reach it through the app's keymap, as in the app.
pub fn planner_harness(plan: Plan, size: [f32; 2]) -> Harness<'static, Planner> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_step_dt(1.0 / 60.0)
        .with_max_steps(120)
        .build_ui_state(
            |ui, planner: &mut Planner| {
                for action in keymap::pressed(ui.ctx()) {
                    match action {
                        keymap::Action::Undo => planner.undo(),
                        keymap::Action::Redo => planner.redo(),
                        _ => {}
                    }
                }
                planner.ui(ui, Catalog::builtin());
            },
            Planner::new(plan, None),
        );
    harness.run();
    harness
}

pub fn rect_of<S>(harness: &Harness<'_, S>, label: &str) -> Rect {
    harness.get_by_label(label).rect()
}

/// Press at `from`, move in a few steps to `to`, release there.
pub fn drag<S>(harness: &mut Harness<'_, S>, from: Pos2, to: Pos2) {
    harness.hover_at(from);
    harness.drag_at(from);
    for t in [0.25, 0.5, 0.75, 1.0] {
        harness.hover_at(from + (to - from) * t);
    }
    harness.drop_at(to);
    harness.run();
}

/// A plain click (press and release) at `pos`.
pub fn click_at<S>(harness: &mut Harness<'_, S>, pos: Pos2) {
    harness.hover_at(pos);
    for pressed in [true, false] {
        harness.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers: egui::Modifiers::NONE,
        });
    }
    harness.run();
}

/// A block on screen whose day and times are known, to measure the week from.
pub struct Known<'a> {
    pub label: &'a str,
    pub day: Day,
    /// Start and end, in hours past midnight.
    pub hours: (f32, f32),
}

/// Screen positions of the week, worked out from two blocks alone in their time (lane 0) on
/// different days.
pub struct WeekLayout {
    pub monday_left: f32,
    pub column_width: f32,
    pub midnight_y: f32,
    pub hour_height: f32,
}

impl WeekLayout {
    pub fn measure<S>(harness: &Harness<'_, S>, a: Known<'_>, b: Known<'_>) -> WeekLayout {
        let ra = rect_of(harness, a.label);
        let rb = rect_of(harness, b.label);
        // A block spans from half a point below its start line to a point above its end line.
        let hour_height = (ra.bottom() + 1.0 - (ra.top() - 0.5)) / (a.hours.1 - a.hours.0);
        let days = b.day.index() as f32 - a.day.index() as f32;
        let column_width = (rb.left() - ra.left()) / days;
        WeekLayout {
            monday_left: ra.left() - a.day.index() as f32 * column_width,
            column_width,
            midnight_y: ra.top() - 0.5 - a.hours.0 * hour_height,
            hour_height,
        }
    }

    /// A point a little inside the left of `day`'s column at `hours` past midnight.
    pub fn at(&self, day: Day, hours: f32) -> Pos2 {
        pos2(
            self.monday_left + day.index() as f32 * self.column_width + 12.0,
            self.midnight_y + hours * self.hour_height,
        )
    }
}

/// Replaces the in-app path prompt's text with `path` and presses `button` ("Save", "Open",
/// "Export").
pub fn answer_path_prompt<S>(harness: &mut Harness<'_, S>, path: &std::path::Path, button: &str) {
    harness.get_by_label("File path").focus();
    harness.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::A);
    harness
        .get_by_label("File path")
        .type_text(&path.display().to_string());
    harness.run();
    harness.get_by_label(button).click();
    harness.run();
}

/// A table's row stripes among `shapes`: rects filled with `fill`, at least `min_width` wide and
/// wholly inside their clip rect (words below a view's edge are not drawn). Each comes with the
/// bottom of the lowest text that starts inside it (its own top when none does).
pub fn stripes_and_their_words(
    shapes: &[egui::epaint::ClippedShape],
    fill: egui::Color32,
    min_width: f32,
) -> Vec<(Rect, f32)> {
    let texts: Vec<Rect> = shapes
        .iter()
        .filter_map(|c| match &c.shape {
            egui::Shape::Text(t) => Some(t.visual_bounding_rect()),
            _ => None,
        })
        .collect();
    shapes
        .iter()
        .filter_map(|c| match &c.shape {
            egui::Shape::Rect(r)
                if r.fill == fill
                    && r.rect.width() >= min_width
                    && c.clip_rect.contains_rect(r.rect) =>
            {
                Some(r.rect)
            }
            _ => None,
        })
        .map(|stripe| {
            let words = texts
                .iter()
                .filter(|t| stripe.contains(t.left_top()))
                .map(|t| t.bottom())
                .fold(stripe.top(), f32::max);
            (stripe, words)
        })
        .collect()
}
