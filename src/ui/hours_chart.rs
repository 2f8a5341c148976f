//! "Hours at a glance": the weekly-hour bands of the levels on one axis.
//!
//! Drawn with the painter: one row per level, a bar from the band's lower to its upper limit,
//! and a labelled bar for levels without a band (inpatient's "24-hour setting", or a payer
//! that sets no limit). A cap's end shows whether it is inclusive (a solid edge: "9 to 19 h")
//! or exclusive (a dashed edge: "9 to under 20 h"). It does not react to dragging or zooming;
//! hovering a row shows the rule's note. Screen readers get the whole chart as one sentence.

use egui::{
    Align2, CornerRadius, Rect, Role, Sense, Stroke, StrokeKind, TextStyle, Ui, WidgetInfo, pos2,
    vec2,
};

use crate::catalog::{Catalog, LevelRule, RuleKind, RuleSet, Strength};
use crate::check::{band_phrase_in, hours_figure};
use crate::i18n::Lang;
use crate::plan::LevelId;
use crate::ui::{t, tr};

/// The axis always reaches at least this many hours a week.
const MIN_AXIS_HOURS: f64 = 40.0;

/// Draws the hour bands of rule set `rules_id` (e.g. `"asam-adult"`) as a small horizontal
/// bar chart, one row per level, about 150 points high at the default text size.
pub fn hours_chart_ui(ui: &mut Ui, catalog: &Catalog, rules_id: &str) {
    let lang = crate::ui::lang(ui.ctx());
    let Some(set) = catalog.rule_set(rules_id) else {
        ui.label(tr(lang, "chart-no-rules", &[("id", rules_id.into())]));
        return;
    };

    let visuals = ui.visuals().clone();
    let font = TextStyle::Body.resolve(ui.style());
    let text_height = ui.text_style_height(&TextStyle::Body);
    let spacing = ui.spacing().item_spacing;
    let row_height = text_height + 2.0 * ui.spacing().button_padding.y.max(3.0);
    let row_gap = spacing.y;
    let axis_height = text_height + 2.0 * spacing.y;

    let rows: Vec<(&str, Option<&LevelRule>)> = LevelId::ALL
        .iter()
        .map(|&id| (catalog.level(id).short_name.as_str(), set.rule(id)))
        .collect();

    let painter = ui.painter().clone();
    let label_width = rows
        .iter()
        .map(|(name, _)| {
            painter
                .layout_no_wrap((*name).to_owned(), font.clone(), visuals.text_color())
                .size()
                .x
        })
        .fold(0.0_f32, f32::max)
        + 2.0 * spacing.x;

    let height = rows.len() as f32 * (row_height + row_gap) + axis_height;
    let width = ui.available_width().max(label_width + 120.0);
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    response
        .widget_info(|| WidgetInfo::labeled(Role::Image, true, chart_summary(lang, set, &rows)));

    let axis_max = axis_max_hours(set);
    let right_margin = painter
        .layout_no_wrap(hours_text(axis_max), font.clone(), visuals.text_color())
        .size()
        .x
        * 0.5
        + spacing.x;
    let plot_left = rect.left() + label_width;
    let plot_right = (rect.right() - right_margin).max(plot_left + 1.0);
    let x_of = |hours: f64| {
        let t = (hours / axis_max).clamp(0.0, 1.0) as f32;
        plot_left + t * (plot_right - plot_left)
    };
    let rows_bottom = rect.top() + rows.len() as f32 * (row_height + row_gap);

    // Grid lines and tick labels.
    let step = tick_step(axis_max, plot_right - plot_left, text_height);
    let grid = visuals.widgets.noninteractive.bg_stroke;
    let mut tick = 0.0;
    while tick <= axis_max + f64::EPSILON {
        let x = x_of(tick);
        painter.line_segment([pos2(x, rect.top()), pos2(x, rows_bottom)], grid);
        painter.text(
            pos2(x, rows_bottom + spacing.y),
            Align2::CENTER_TOP,
            hours_text(tick),
            font.clone(),
            visuals.text_color(),
        );
        tick += step;
    }
    painter.text(
        pos2(rect.left(), rows_bottom + spacing.y),
        Align2::LEFT_TOP,
        t(lang, "chart-axis"),
        font.clone(),
        visuals.weak_text_color(),
    );

    // One row per level.
    let bar_fill = visuals.selection.bg_fill;
    let bar_text = visuals.selection.stroke.color;
    let mut hovered_row = None;
    for (i, (name, rule)) in rows.iter().enumerate() {
        let top = rect.top() + i as f32 * (row_height + row_gap);
        let row_rect =
            Rect::from_min_max(pos2(rect.left(), top), pos2(rect.right(), top + row_height));
        if response
            .hover_pos()
            .is_some_and(|p| p.y >= row_rect.top() && p.y < row_rect.bottom() + row_gap)
        {
            hovered_row = Some(i);
        }
        painter.text(
            pos2(rect.left(), row_rect.center().y),
            Align2::LEFT_CENTER,
            *name,
            font.clone(),
            visuals.strong_text_color(),
        );
        let Some(rule) = rule else { continue };

        let (bar, fill, stroke, text_color) = if rule.has_hour_band() {
            let lo = rule.min_hours.as_ref().map_or(0.0, |l| l.hours);
            let hi = rule.max_hours.as_ref().map_or(axis_max, |l| l.hours);
            let bar = Rect::from_x_y_ranges(x_of(lo)..=x_of(hi), row_rect.y_range());
            (bar, bar_fill, Stroke::NONE, bar_text)
        } else {
            let bar = Rect::from_x_y_ranges(plot_left..=plot_right, row_rect.y_range());
            let stroke = Stroke::new(1.0, visuals.text_color());
            (bar, visuals.faint_bg_color, stroke, visuals.text_color())
        };
        painter.rect_filled(bar, CornerRadius::same(3), fill);
        if stroke != Stroke::NONE {
            painter.rect_stroke(bar, CornerRadius::same(3), stroke, StrokeKind::Inside);
        }
        if let Some(cap) = &rule.max_hours {
            // The cap's edge: solid when the figure itself is allowed, dashed when the band
            // stops just under it.
            let x = x_of(cap.hours);
            let edge = Stroke::new(2.0, visuals.strong_text_color());
            let (top, bottom) = (row_rect.top() - 2.0, row_rect.bottom() + 2.0);
            if cap.inclusive {
                painter.line_segment([pos2(x, top), pos2(x, bottom)], edge);
            } else {
                painter.add(egui::Shape::dashed_line(
                    &[pos2(x, top), pos2(x, bottom)],
                    edge,
                    3.0,
                    2.0,
                ));
            }
        }

        // The band in words: inside the bar when it fits, else beside it.
        let galley = painter.layout_no_wrap(band_text(lang, rule), font.clone(), text_color);
        let text_width = galley.size().x;
        let pad = spacing.x;
        let text_y = row_rect.center().y - galley.size().y * 0.5;
        let (text_x, color) = if text_width + 2.0 * pad <= bar.width() {
            (bar.left() + pad, text_color)
        } else if bar.right() + pad + text_width <= rect.right() {
            (bar.right() + pad, visuals.text_color())
        } else {
            (
                (bar.left() - pad - text_width).max(plot_left),
                visuals.text_color(),
            )
        };
        painter.galley(pos2(text_x, text_y), galley, color);
    }

    let kind = match set.kind {
        RuleKind::Guideline => "chart-note-guideline",
        RuleKind::Regulation => "chart-note-regulation",
    };
    let mut note = tr(lang, kind, &[("issuer", set.issuer.as_str().into())]);
    if set.levels.iter().any(|r| r.max_hours.is_some()) {
        note.push(' ');
        note.push_str(&t(lang, "chart-note-ends"));
    }
    ui.add(
        egui::Label::new(
            egui::RichText::new(note)
                .small()
                .color(visuals.weak_text_color()),
        )
        .wrap(),
    );

    if let Some(i) = hovered_row
        && let Some((name, Some(rule))) = rows.get(i)
        && !rule.note.trim().is_empty()
    {
        response.on_hover_ui_at_pointer(|ui| {
            ui.set_max_width(ui.spacing().tooltip_width);
            ui.strong(*name);
            ui.label(rule.note.as_str());
        });
    }
}

/// The right end of the axis: at least 40 hours, and past every figure in the set, rounded up
/// to a multiple of 10.
fn axis_max_hours(set: &RuleSet) -> f64 {
    let highest = set
        .levels
        .iter()
        .flat_map(|r| {
            [
                r.min_hours.as_ref().map(|l| l.hours),
                r.max_hours.as_ref().map(|l| l.hours),
            ]
        })
        .flatten()
        .fold(0.0_f64, f64::max);
    let wanted = MIN_AXIS_HOURS.max(highest + 5.0);
    (wanted / 10.0).ceil() * 10.0
}

/// Hours between tick labels: 5 when there is room for them, else 10 or 20.
fn tick_step(axis_max: f64, plot_width: f32, text_height: f32) -> f64 {
    // A tick label is about two digits wide; leave as much room again between labels.
    let room_per_label = 3.0 * text_height;
    [5.0, 10.0, 20.0]
        .into_iter()
        .find(|step| plot_width / (axis_max / step) as f32 >= room_per_label)
        .unwrap_or(axis_max)
}

/// A tick or band figure without a needless ".0": `9`, `7.5`.
fn hours_text(hours: f64) -> String {
    hours_figure((hours * 60.0).round() as u32)
}

/// The band in words: "under 9 h", "9 to under 20 h, often 3+ days", "9 to 19 h",
/// "24-hour setting", "no weekly-hour limit".
fn band_text(lang: Lang, rule: &LevelRule) -> String {
    let Some(band) = band_phrase_in(lang, rule) else {
        return if rule.allows_commitments() {
            t(lang, "chart-no-limit")
        } else {
            t(lang, "chart-24-hour")
        };
    };
    let id = match &rule.min_days {
        Some(d) if d.days > 1 && d.strength == Strength::Typical => "chart-often-days",
        Some(d) if d.days > 1 => "chart-days-or-more",
        _ => return band,
    };
    let days = rule.min_days.as_ref().map_or(0, |d| d.days);
    tr(
        lang,
        id,
        &[("band", band.into()), ("days", u32::from(days).into())],
    )
}

/// The whole chart as one sentence, for screen readers.
fn chart_summary(lang: Lang, set: &RuleSet, rows: &[(&str, Option<&LevelRule>)]) -> String {
    let parts: Vec<String> = rows
        .iter()
        .filter_map(|(name, rule)| rule.map(|r| format!("{name}: {}", band_text(lang, r))))
        .collect();
    tr(
        lang,
        "chart-summary",
        &[
            ("rules", set.name.as_str().into()),
            ("parts", parts.join("; ").into()),
        ],
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hour_figures_read_without_needless_decimals() {
        assert_eq!(hours_text(9.0), "9");
        assert_eq!(hours_text(7.5), "7.5");
    }

    #[test]
    fn the_axis_reaches_past_every_band() {
        let catalog = Catalog::builtin();
        for set in &catalog.rule_sets {
            let max = axis_max_hours(set);
            assert!(max >= MIN_AXIS_HOURS);
            for rule in &set.levels {
                let figures = [
                    rule.min_hours.as_ref().map(|l| l.hours),
                    rule.max_hours.as_ref().map(|l| l.hours),
                ];
                for h in figures.into_iter().flatten() {
                    assert!(h < max, "{}: {h} h is off the axis ({max})", set.id);
                }
            }
        }
    }

    #[test]
    fn bands_are_put_in_words() {
        use crate::catalog::{MaxHours, MinDays, MinHours, Requirement};
        let min = |hours| MinHours {
            hours,
            strength: Strength::Required,
            sources: vec![],
        };
        let max = |hours, inclusive| MaxHours {
            hours,
            inclusive,
            strength: Strength::Required,
            sources: vec![],
        };
        let rule =
            |lo: Option<MinHours>, hi: Option<MaxHours>, days: Option<(u8, Strength)>| LevelRule {
                level: LevelId::Iop,
                min_hours: lo,
                max_hours: hi,
                min_days: days.map(|(days, strength)| MinDays {
                    days,
                    strength,
                    sources: vec![],
                }),
                min_day_hours: None,
                no_commitments: None,
                note: String::new(),
            };
        assert_eq!(
            band_text(Lang::En, &rule(None, Some(max(9.0, false)), None)),
            "under 9 h"
        );
        assert_eq!(
            band_text(
                Lang::En,
                &rule(
                    Some(min(9.0)),
                    Some(max(20.0, false)),
                    Some((3, Strength::Typical))
                )
            ),
            "9 to under 20 h, often 3+ days"
        );
        assert_eq!(
            band_text(
                Lang::En,
                &rule(
                    Some(min(9.0)),
                    Some(max(19.0, true)),
                    Some((3, Strength::Required))
                )
            ),
            "9 to 19 h, 3 or more days"
        );
        assert_eq!(
            band_text(Lang::En, &rule(Some(min(20.0)), None, None)),
            "20 h or more"
        );
        assert_eq!(
            band_text(Lang::En, &rule(None, None, None)),
            "no weekly-hour limit"
        );
        let mut inpatient = rule(None, None, None);
        inpatient.no_commitments = Some(Requirement {
            strength: Strength::Required,
            sources: vec![],
        });
        assert!(band_text(Lang::En, &inpatient).starts_with("24-hour setting"));
    }

    #[test]
    fn every_rule_set_draws_in_both_themes() {
        let catalog = Catalog::builtin();
        for set in &catalog.rule_sets {
            for theme in [egui::Theme::Light, egui::Theme::Dark] {
                let mut harness = egui_kittest::Harness::builder()
                    .with_size([700.0, 300.0])
                    .build_ui(|ui| hours_chart_ui(ui, catalog, &set.id));
                harness.ctx.set_theme(theme);
                harness.run();
                use egui_kittest::kittest::Queryable as _;
                harness.get_by_label_contains(&format!("Hours a week under {}.", set.name));
                let kind = match set.kind {
                    RuleKind::Guideline => "A guideline",
                    RuleKind::Regulation => "A regulation",
                };
                harness.get_by_label_contains(&format!("{kind} from {}.", set.issuer));
            }
        }
        let virginia = catalog.rule_set("virginia-medicaid-adult").unwrap();
        let rows: Vec<_> = LevelId::ALL
            .iter()
            .map(|&id| (catalog.level(id).short_name.as_str(), virginia.rule(id)))
            .collect();
        assert!(chart_summary(Lang::En, virginia, &rows).contains("IOP: 9 to 19 h"));
        let medicare = catalog.rule_set("medicare").unwrap();
        let rows: Vec<_> = LevelId::ALL
            .iter()
            .map(|&id| (catalog.level(id).short_name.as_str(), medicare.rule(id)))
            .collect();
        assert!(chart_summary(Lang::En, medicare, &rows).contains("no weekly-hour limit"));
    }
}
