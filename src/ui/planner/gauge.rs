//! The weekly-hours gauge: the level's band on a track, this week as a line, and a sentence
//! that says how far off the week is.
//!
//! An inclusive cap (Virginia's "9 to 19") ends in a solid edge labelled "19"; an exclusive
//! one (ASAM's "under 20") in a dashed edge labelled "<20", and the week counts as inside or
//! outside accordingly.

use egui::{Align2, FontId, Label, Rect, Sense, Stroke, StrokeKind, Ui, WidgetInfo, pos2, vec2};

use crate::catalog::LevelRule;
use crate::check::{Report, band_text_in, duration_in};
use crate::i18n::Lang;
use crate::ui::{t, tr};

use super::verdict::tone;

pub(super) fn hours_of(minutes: u32) -> f64 {
    f64::from(minutes) / 60.0
}

/// A round scale end for the gauge: a multiple of 5 hours past everything it must show.
fn scale_end_hours(rule: &LevelRule, week_hours: f64) -> f64 {
    let min = rule.min_minutes().map_or(0.0, hours_of);
    let max = rule.max_minutes().map_or(min * 1.5, hours_of);
    let needed = max.max(min * 1.25).max(week_hours * 1.05).max(10.0);
    (needed / 5.0).ceil() * 5.0
}

/// How far the week is from the band, for the sentence under the gauge: "" inside it,
/// " (30 min short)", " (15 min over)", " (right at the line)" for an exclusive cap.
fn gap_words(lang: Lang, rule: &LevelRule, minutes: u32) -> String {
    if let Some(min) = rule.min_minutes()
        && minutes < min
    {
        let gap = duration_in(lang, min - minutes);
        return format!(" ({})", tr(lang, "gauge-short", &[("gap", gap.into())]));
    }
    match &rule.max_hours {
        Some(cap) if !cap.allows(minutes) && minutes == cap.minutes() => {
            format!(" ({})", t(lang, "gauge-at-the-line"))
        }
        Some(cap) if !cap.allows(minutes) => {
            let gap = duration_in(lang, minutes - cap.minutes());
            format!(" ({})", tr(lang, "gauge-over", &[("gap", gap.into())]))
        }
        _ => String::new(),
    }
}

/// Weekly hours against the level's band: a painted gauge and a sentence. An inclusive cap
/// ends in a solid edge labelled "19", an exclusive one in a dashed edge labelled "<20".
pub(super) fn hours_ui(ui: &mut Ui, report: &Report, rule: Option<&LevelRule>, level: &str) {
    let lang = crate::ui::lang(ui.ctx());
    let week = duration_in(lang, report.weekly_minutes);
    let Some(rule) = rule.filter(|r| r.has_hour_band()) else {
        let sentence = tr(
            lang,
            "gauge-no-limit",
            &[("week", week.into()), ("level", level.into())],
        );
        ui.add(Label::new(sentence).wrap());
        return;
    };
    let band = format!(
        "{}{}",
        band_text_in(lang, rule),
        gap_words(lang, rule, report.weekly_minutes)
    );
    let sentence = tr(
        lang,
        "gauge-sentence",
        &[
            ("week", week.into()),
            ("level", level.into()),
            ("band", band.into()),
        ],
    );
    let hours = report.weekly_hours();
    let end = scale_end_hours(rule, hours);
    let inside = rule.band_contains(report.weekly_minutes);
    let min = rule.min_minutes().map(hours_of);
    let cap = rule.max_hours.as_ref();

    let height = 34.0;
    let (rect, response) =
        ui.allocate_exact_size(vec2(ui.available_width(), height), Sense::hover());
    response.widget_info(|| {
        let name = tr(lang, "gauge-name", &[("level", level.into())]);
        let mut info = WidgetInfo::labeled(egui::accesskit::Role::Meter, true, name);
        info.value = Some(hours);
        info
    });
    crate::ui::a11y::range(&response, 0.0, end);
    if ui.is_rect_visible(rect) {
        let visuals = ui.visuals();
        let painter = ui.painter_at(rect.expand(2.0));
        let track = Rect::from_min_max(
            pos2(rect.left() + 2.0, rect.top() + 4.0),
            pos2(rect.right() - 2.0, rect.top() + 16.0),
        );
        let x_of = |h: f64| {
            let t = (h / end).clamp(0.0, 1.0) as f32;
            track.left() + t * track.width()
        };
        painter.rect_filled(track, 3.0, visuals.extreme_bg_color);
        let band = Rect::from_x_y_ranges(
            x_of(min.unwrap_or(0.0))..=x_of(cap.map_or(end, |c| c.hours)),
            track.y_range(),
        );
        let good = tone(ui, true);
        painter.rect_filled(band, 3.0, good.fill);
        painter.rect_stroke(band, 3.0, Stroke::new(1.0, good.text), StrokeKind::Inside);
        if let Some(cap) = cap {
            let x = x_of(cap.hours);
            let ends = [pos2(x, track.top() - 2.0), pos2(x, track.bottom() + 2.0)];
            let edge = Stroke::new(2.0, good.text);
            if cap.inclusive {
                painter.line_segment(ends, edge);
            } else {
                painter.add(egui::Shape::dashed_line(&ends, edge, 3.0, 2.0));
            }
        }
        painter.rect_stroke(
            track,
            3.0,
            visuals.widgets.noninteractive.bg_stroke,
            StrokeKind::Inside,
        );
        let marker_colour = if inside {
            visuals.strong_text_color()
        } else {
            tone(ui, false).text
        };
        let x = x_of(hours);
        painter.line_segment(
            [pos2(x, track.top() - 4.0), pos2(x, track.bottom() + 4.0)],
            Stroke::new(3.0, marker_colour),
        );
        let font = FontId::proportional(11.0);
        let tick_colour = visuals.weak_text_color();
        // The band's own figures before the axis end: where two would overlap ("19" and
        // "20" under Virginia's 9 to 19 hours), the later one is left out.
        let mut ticks = vec![(0.0, "0".to_owned())];
        ticks.extend(min.map(|h| (h, format!("{h}"))));
        ticks.extend(cap.map(|c| {
            let figure = format!("{}", c.hours);
            (
                c.hours,
                if c.inclusive {
                    figure
                } else {
                    format!("<{figure}")
                },
            )
        }));
        ticks.push((end, format!("{end}")));
        let mut taken: Vec<egui::Rangef> = Vec::with_capacity(ticks.len());
        for (h, text) in ticks {
            let align = if h <= 0.0 {
                Align2::LEFT_TOP
            } else if h >= end {
                Align2::RIGHT_TOP
            } else {
                Align2::CENTER_TOP
            };
            let galley = painter.layout_no_wrap(text, font.clone(), tick_colour);
            let at = align
                .anchor_size(pos2(x_of(h), track.bottom() + 3.0), galley.size())
                .min;
            let span = egui::Rangef::new(at.x - 3.0, at.x + galley.size().x + 3.0);
            if taken.iter().any(|t| t.min < span.max && span.min < t.max) {
                continue;
            }
            taken.push(span);
            painter.galley(at, galley, tick_colour);
        }
    }
    let hover = match cap {
        Some(c) if c.inclusive => t(lang, "gauge-hover-solid"),
        Some(_) => t(lang, "gauge-hover-dashed"),
        None => t(lang, "gauge-hover"),
    };
    response.on_hover_text(hover);
    ui.add(Label::new(sentence).wrap());
}
