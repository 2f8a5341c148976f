//! The small week strip in each program's column: Monday to Sunday, the program's sessions in
//! their kind's colour over my week (hatched grey), and every clash drawn as a red band. A
//! screen reader gets the same in words.

use egui::{Color32, Rect, Role, Sense, Stroke, StrokeKind, Ui, WidgetInfo, pos2, vec2};

use crate::check::day_name_in;
use crate::i18n::Lang;
use crate::plan::{Clock, Day, Week};
use crate::ui::theme::session_fill;
use crate::ui::{list_words, t, tr};

/// The hours the strip always shows; blocks outside widen it.
const FIRST_HOUR: u16 = 7;
const LAST_HOUR: u16 = 22;
/// Height of the day letters above the columns.
const LABEL_HEIGHT: f32 = 14.0;

/// Time where a program session overlaps one of my commitments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Clash {
    pub day: Day,
    pub start: Clock,
    pub end: Clock,
    /// Index into the week's sessions and commitments.
    pub session: usize,
    pub commitment: usize,
}

/// Every overlap between a session and a commitment, by day and time. Touching blocks
/// (end = start) do not clash, as in the check.
pub fn clashes(week: &Week<'_>) -> Vec<Clash> {
    let mut out = Vec::new();
    for (si, s) in week.sessions.iter().enumerate() {
        for (ci, c) in week.commitments.iter().enumerate() {
            if s.day != c.day {
                continue;
            }
            let start = s.start.max(c.start);
            let end = s.end.min(c.end);
            if start < end {
                out.push(Clash {
                    day: s.day,
                    start,
                    end,
                    session: si,
                    commitment: ci,
                });
            }
        }
    }
    out.sort_by_key(|c| (c.day, c.start, c.end, c.session, c.commitment));
    out
}

/// The strip in words for a screen reader, in `lang`: the program's sessions by day, then
/// each clash with my week (the first five, then how many more).
pub fn summary(lang: Lang, name: &str, week: &Week<'_>, clashes: &[Clash]) -> String {
    let mut days: Vec<Day> = week.sessions.iter().map(|s| s.day).collect();
    days.sort_unstable();
    days.dedup();
    if week.sessions.is_empty() {
        return tr(lang, "strip-not-entered", &[("name", name.into())]);
    }
    let day_names: Vec<String> = days.iter().map(|&d| day_name_in(lang, d)).collect();
    let mut text = tr(
        lang,
        "strip-week",
        &[
            ("name", name.into()),
            ("sessions", week.sessions.len().into()),
            ("days", list_words(lang, &day_names).into()),
        ],
    );
    text.push(' ');
    if clashes.is_empty() {
        text.push_str(&t(lang, "strip-no-clash"));
        return text;
    }
    let listed: Vec<String> = clashes
        .iter()
        .take(SPOKEN_CLASHES)
        .map(|c| {
            let what = week
                .commitments
                .get(c.commitment)
                .map_or("", |m| m.display_title());
            tr(
                lang,
                "strip-clash",
                &[
                    ("day", day_name_in(lang, c.day).into()),
                    ("start", c.start.to_string().into()),
                    ("end", c.end.to_string().into()),
                    ("what", what.into()),
                ],
            )
        })
        .collect();
    let n = clashes.len();
    let more = n.saturating_sub(SPOKEN_CLASHES);
    let (id, args) = if more > 0 {
        ("strip-clashes-more", vec![("more", more.into())])
    } else {
        ("strip-clashes", Vec::new())
    };
    let mut args: Vec<(&str, crate::i18n::Arg)> = args;
    args.push(("n", n.into()));
    args.push(("list", listed.join(", ").into()));
    text.push_str(&tr(lang, id, &args));
    text
}

/// How many clashes the summary names one by one.
const SPOKEN_CLASHES: usize = 5;

/// Paints the strip at the full available width and `height` points tall.
pub fn week_strip_ui(ui: &mut Ui, week: &Week<'_>, clashes: &[Clash], label: &str, height: f32) {
    let width = ui.available_width().max(70.0);
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Image, true, label));
    // "M T W T F S S", "L M X J V S D": each language's own one-letter days.
    let initials_text = t(crate::ui::lang(ui.ctx()), "day-initials");
    let initials: Vec<&str> = initials_text.split_whitespace().collect();
    if !ui.is_rect_visible(rect) {
        return;
    }
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let dark = visuals.dark_mode;

    let (first, last) = hour_range(week);
    let body = Rect::from_min_max(pos2(rect.left(), rect.top() + LABEL_HEIGHT), rect.max);
    let column = body.width() / 7.0;
    let minutes = f32::from((last - first) * 60);
    let y = |clock: Clock| {
        let m = f32::from(clock.minutes()) - f32::from(first * 60);
        body.top() + (m / minutes).clamp(0.0, 1.0) * body.height()
    };
    let x = |day: Day| body.left() + day.index() as f32 * column;

    painter.rect_filled(body, 2.0, visuals.extreme_bg_color);
    let small = egui::FontId::proportional(crate::ui::SMALL_TEXT);
    for day in Day::ALL {
        let left = x(day);
        painter.text(
            pos2(left + column / 2.0, rect.top() + LABEL_HEIGHT / 2.0),
            egui::Align2::CENTER_CENTER,
            initials.get(day.index()).copied().unwrap_or(""),
            small.clone(),
            visuals.weak_text_color(),
        );
        if day != Day::Mon {
            painter.vline(
                left,
                body.y_range(),
                Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
            );
        }
    }

    let (fill, hatch) = if dark {
        (Color32::from_gray(70), Color32::from_gray(105))
    } else {
        (Color32::from_gray(215), Color32::from_gray(165))
    };
    for c in week.commitments.iter() {
        let r = Rect::from_min_max(
            pos2(x(c.day) + 1.0, y(c.start)),
            pos2(x(c.day) + column - 1.0, y(c.end).max(y(c.start) + 1.0)),
        );
        painter.rect_filled(r, 0.0, fill);
        hatching(&painter, r, hatch);
    }
    for s in week.sessions {
        // Sessions sit on the right two thirds, so my week shows beside them.
        let r = Rect::from_min_max(
            pos2(x(s.day) + column * 0.3, y(s.start)),
            pos2(x(s.day) + column - 1.0, y(s.end).max(y(s.start) + 2.0)),
        );
        painter.rect_filled(r, 1.0, session_fill(s.kind, dark));
    }
    let red = visuals.error_fg_color;
    for c in clashes {
        let r = Rect::from_min_max(
            pos2(x(c.day), y(c.start) - 1.0),
            pos2(x(c.day) + column, y(c.end).max(y(c.start) + 2.0) + 1.0),
        );
        painter.rect_filled(r, 0.0, red.gamma_multiply(0.45));
        painter.rect_stroke(r, 0.0, Stroke::new(1.5, red), StrokeKind::Inside);
    }
    painter.rect_stroke(
        body,
        2.0,
        Stroke::new(1.0, visuals.widgets.noninteractive.bg_stroke.color),
        StrokeKind::Inside,
    );
}

/// Whole hours from the earliest block (or 07:00) to the latest (or 22:00).
fn hour_range(week: &Week<'_>) -> (u16, u16) {
    let starts = week
        .sessions
        .iter()
        .map(|s| s.start)
        .chain(week.commitments.iter().map(|c| c.start));
    let ends = week
        .sessions
        .iter()
        .map(|s| s.end)
        .chain(week.commitments.iter().map(|c| c.end));
    let first = starts.map(|c| c.hour()).min().unwrap_or(FIRST_HOUR);
    let last = ends
        .map(|c| c.hour() + u16::from(c.minute() > 0))
        .max()
        .unwrap_or(LAST_HOUR);
    let first = first.min(FIRST_HOUR);
    let last = last.clamp(LAST_HOUR, 24);
    (first, last.max(first + 1))
}

/// A few diagonal lines across `area`.
fn hatching(painter: &egui::Painter, area: Rect, color: Color32) {
    let step = 5.0;
    let stroke = Stroke::new(1.0, color);
    let mut c = area.left() + area.top() - area.height();
    let end = area.right() + area.bottom();
    let mut guard = 0;
    while c < end && guard < 400 {
        let x0 = area.left().max(c - area.bottom());
        let x1 = area.right().min(c - area.top());
        if x1 > x0 {
            painter.line_segment([pos2(x0, c - x0), pos2(x1, c - x1)], stroke);
        }
        c += step;
        guard += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Commitment, Session, SessionKind};

    fn t(text: &str) -> Clock {
        text.parse().unwrap()
    }

    #[test]
    fn clashes_are_the_overlaps_with_my_week_and_read_in_words() {
        let sessions = [
            Session {
                day: Day::Mon,
                start: t("16:00"),
                end: t("19:00"),
                kind: SessionKind::Group,
                title: String::new(),
            },
            Session {
                day: Day::Wed,
                start: t("17:00"),
                end: t("20:00"),
                kind: SessionKind::Group,
                title: String::new(),
            },
        ];
        let mine = [
            Commitment {
                day: Day::Mon,
                start: t("09:00"),
                end: t("17:00"),
                title: "Work".into(),
            },
            Commitment {
                day: Day::Wed,
                start: t("09:00"),
                end: t("17:00"),
                title: "Work".into(),
            },
        ];
        let week = Week::new(crate::plan::LevelId::Iop, &sessions, &mine);
        let found = clashes(&week);
        assert_eq!(found.len(), 1, "Wednesday only touches at 17:00");
        assert_eq!(
            (found[0].day, found[0].start, found[0].end),
            (Day::Mon, t("16:00"), t("17:00"))
        );
        let text = summary(Lang::En, "Riverside", &week, &found);
        assert_eq!(
            text,
            "Riverside's week: 2 sessions on Monday and Wednesday. 1 clash with my week: Monday 16:00 to 17:00 (Work)."
        );
        assert_eq!(
            summary(Lang::Es, "Riverside", &week, &found),
            "Semana de Riverside: 2 sesiones los lunes y miércoles. 1 choque con mi semana: lunes de 16:00 a 17:00 (Work)."
        );
        let empty = Week::new(crate::plan::LevelId::Iop, &[], &mine);
        assert_eq!(
            summary(Lang::En, "Hillcrest", &empty, &[]),
            "Hillcrest: usual week not entered yet."
        );
        assert_eq!(hour_range(&empty), (7, 22));
    }
}
