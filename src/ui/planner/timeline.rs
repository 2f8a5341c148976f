//! The timeline: weekly hours for every week of the plan, over the level bands of its rule set,
//! with the phases named along the top and the dates when the plan has a start. It is the
//! picture of "hours going down" as a person steps down from more to less care.

use chrono::{Datelike, Duration, NaiveDate};
use egui::{Align2, Color32, RichText, Sense, Ui, WidgetInfo, accesskit::Role};
use egui_plot::{AxisHints, Bar, BarChart, GridMark, LineStyle, Plot, PlotPoint, Span, Text};

use crate::catalog::Catalog;
use crate::check::{PlanReport, band_phrase_in, day_name_in, duration_in};
use crate::i18n::Lang;
use crate::plan::Plan;
use crate::ui::{t, tr};

use super::phases::{PhaseAction, phase_title, verdict_color, weeks_text};

/// Whether the plan has weeks to show: more than one phase, a week count or a start date.
pub fn is_shown(plan: &Plan) -> bool {
    !plan.is_one_week()
}

/// The start date field's own state: what is being typed, and why it is not a date.
#[derive(Debug, Default)]
pub struct TimelineState {
    /// Whether the view was short last frame, and the timeline header's id (see `timeline_ui`).
    was_short: bool,
    header: Option<egui::Id>,
    typed: Option<String>,
    error: Option<String>,
}

/// The first day of week `week` (1-based) of a plan that starts on `start`.
pub fn week_start(start: NaiveDate, week: u32) -> NaiveDate {
    start + Duration::weeks(i64::from(week.saturating_sub(1)))
}

/// Reads a start date as the person typed it: `Ok(None)` when the field is empty.
pub fn parse_start(text: &str) -> Result<Option<NaiveDate>, String> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let well_formed = text.len() == 10
        && text.bytes().enumerate().all(|(i, b)| {
            if i == 4 || i == 7 {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        });
    well_formed
        .then(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .flatten()
        .map(Some)
        .ok_or_else(|| format!("\"{text}\" is not a date: write it as YYYY-MM-DD, like 2027-01-04"))
}

/// The whole timeline in words, for screen readers and the hover text.
pub fn timeline_summary(lang: Lang, plan: &Plan, report: &PlanReport, catalog: &Catalog) -> String {
    let total = plan.total_weeks();
    let weeks = weeks_text(lang, total);
    let mut text = match plan.start {
        Some(start) => tr(
            lang,
            "timeline-of-from",
            &[
                ("weeks", weeks.into()),
                ("date", long_date(lang, start).into()),
            ],
        ),
        None => tr(lang, "timeline-of", &[("weeks", weeks.into())]),
    };
    for (i, first) in plan.first_weeks().into_iter().enumerate() {
        let phase = plan.phase(i);
        let last = first + phase.week_count() - 1;
        let weeks = if first == last {
            tr(lang, "timeline-week", &[("first", first.into())])
        } else {
            tr(
                lang,
                "timeline-weeks",
                &[("first", first.into()), ("last", last.into())],
            )
        };
        let r = report.phase(i);
        let verdict = if r.meets() {
            t(lang, "phase-meets")
        } else {
            t(lang, "phase-does-not-meet")
        };
        text.push(' ');
        text.push_str(&tr(
            lang,
            "timeline-phase",
            &[
                ("weeks", weeks.into()),
                ("name", phase_title(plan, i, catalog).into()),
                (
                    "level",
                    catalog.level(phase.level).short_name.as_str().into(),
                ),
                ("hours", duration_in(lang, r.weekly_minutes).into()),
                ("verdict", verdict.into()),
            ],
        ));
    }
    text
}

/// "Monday 4 January 2027", "lunes 4 de enero de 2027".
fn long_date(lang: Lang, date: NaiveDate) -> String {
    let weekday = crate::plan::Day::ALL[date.weekday().num_days_from_monday() as usize];
    tr(
        lang,
        "date-long",
        &[
            ("weekday", day_name_in(lang, weekday).into()),
            ("day", date.day().into()),
            ("month", month_name(lang, date.month()).into()),
            ("year", date.year().to_string().into()),
        ],
    )
}

/// "Jan 4", "4 ene".
fn short_date(lang: Lang, date: NaiveDate) -> String {
    let month = t(lang, &format!("month-short-{}", date.month().clamp(1, 12)));
    tr(
        lang,
        "date-short",
        &[("day", date.day().into()), ("month", month.into())],
    )
}

fn month_name(lang: Lang, month: u32) -> String {
    // Ids month-1 ... month-12 and month-short-1 ... month-short-12 in ui.ftl.
    t(lang, &format!("month-{}", month.clamp(1, 12)))
}

/// Draws the timeline (collapsible) with its start date field; returns what the user did:
/// a new start date, or a phase picked by clicking its weeks.
pub fn timeline_ui(
    ui: &mut Ui,
    state: &mut TimelineState,
    plan: &Plan,
    report: &PlanReport,
    shown: usize,
    catalog: &Catalog,
    short: bool,
) -> Option<PhaseAction> {
    let lang = crate::ui::lang(ui.ctx());
    let title = tr(
        lang,
        "timeline-title",
        &[("weeks", weeks_text(lang, plan.total_weeks()).into())],
    );
    // At the smallest window the week grid needs the room more; the header stays one click away.
    let roomy = ui.available_height() > 520.0;
    // When the view turns `short` (a smaller window, larger text) the timeline folds, once:
    // the week below would be left a sliver. The person can open it again.
    if short
        && !state.was_short
        && let Some(id) = state.header
        && let Some(mut header) = egui::collapsing_header::CollapsingState::load(ui.ctx(), id)
    {
        header.set_open(false);
        header.store(ui.ctx());
    }
    state.was_short = short;
    let section = egui::CollapsingHeader::new(RichText::new(title).strong())
        .id_salt("planner-timeline")
        .default_open(roomy)
        .show(ui, |ui| {
            let action = start_ui(ui, state, plan);
            action.or(chart_ui(ui, plan, report, shown, catalog))
        });
    state.header = Some(section.header_response.id);
    section.body_returned.flatten()
}

/// "Starts on [YYYY-MM-DD]": one edit when the field loses the keyboard, if it is a date.
fn start_ui(ui: &mut Ui, state: &mut TimelineState, plan: &Plan) -> Option<PhaseAction> {
    let lang = crate::ui::lang(ui.ctx());
    let mut action = None;
    ui.horizontal_wrapped(|ui| {
        let label = ui.label(t(lang, "timeline-starts-on"));
        let planned = plan
            .start
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        let mut text = state.typed.clone().unwrap_or_else(|| planned.clone());
        let response = ui
            .add(
                egui::TextEdit::singleline(&mut text)
                    .hint_text(t(lang, "timeline-date-hint"))
                    .desired_width(100.0),
            )
            .labelled_by(label.id)
            .on_hover_text(t(lang, "timeline-starts-on-hover"));
        if response.changed() {
            state.typed = Some(text);
        }
        if !response.has_focus()
            && let Some(typed) = state.typed.take()
        {
            match parse_start(&typed) {
                Ok(start) => {
                    state.error = None;
                    if start != plan.start {
                        action = Some(PhaseAction::SetStart(start));
                    }
                }
                Err(_) => {
                    state.error = Some(tr(
                        lang,
                        "timeline-bad-date",
                        &[("text", typed.trim().into())],
                    ));
                    state.typed = Some(typed);
                }
            }
        }
        if let Some(start) = plan.start
            && state.error.is_none()
        {
            let end = week_start(start, plan.total_weeks()) + Duration::days(6);
            ui.label(
                RichText::new(tr(
                    lang,
                    "timeline-from-to",
                    &[
                        ("start", long_date(lang, start).into()),
                        ("end", long_date(lang, end).into()),
                    ],
                ))
                .color(ui.visuals().weak_text_color()),
            );
        }
    });
    if let Some(error) = &state.error {
        ui.colored_label(ui.visuals().error_fg_color, error);
    }
    action
}

/// Each level's band of weekly hours under `set`, shaded across the chart (`x_max` wide,
/// `y_max` tall), with its words at the right.
fn bands(
    plot: &mut egui_plot::PlotUi<'_>,
    set: &crate::catalog::RuleSet,
    catalog: &Catalog,
    visuals: &egui::Visuals,
    (x_max, y_max): (f64, f64),
) {
    let lang = crate::ui::lang(plot.ctx());
    let band_colors = [
        Color32::from_rgb(90, 140, 200),
        Color32::from_rgb(200, 160, 60),
        Color32::from_rgb(150, 100, 190),
        Color32::from_rgb(100, 170, 120),
    ];
    let band_alpha = if visuals.dark_mode { 0.16 } else { 0.12 };
    for (i, rule) in set.levels.iter().enumerate() {
        let Some(phrase) = band_phrase_in(lang, rule) else {
            continue;
        };
        let lo = rule.min_minutes().map_or(0.0, |m| f64::from(m) / 60.0);
        let hi = rule.max_minutes().map_or(y_max, |m| f64::from(m) / 60.0);
        let color = band_colors[i % band_colors.len()].gamma_multiply(band_alpha);
        let name = &catalog.level(rule.level).short_name;
        plot.span(Span::new("", lo..=hi).axis(egui_plot::Axis::Y).fill(color));
        // Each band's words just inside its upper edge, above most weeks' bars; the
        // open-ended top band's just above its lower edge, away from the phase names along
        // the top.
        let (y, anchor) = if rule.max_minutes().is_some() {
            (hi.min(y_max), Align2::RIGHT_TOP)
        } else {
            (lo, Align2::RIGHT_BOTTOM)
        };
        plot.text(
            Text::new(
                tr(lang, "timeline-band", &[("level", name.as_str().into())]),
                PlotPoint::new(x_max, y),
                RichText::new(format!("{name}: {phrase}"))
                    .small()
                    .color(visuals.weak_text_color()),
            )
            .anchor(anchor),
        );
    }
}

/// Weekly hours as one bar per week over the level bands; the phases as named spans.
fn chart_ui(
    ui: &mut Ui,
    plan: &Plan,
    report: &PlanReport,
    shown: usize,
    catalog: &Catalog,
) -> Option<PhaseAction> {
    let lang = crate::ui::lang(ui.ctx());
    let total = plan.total_weeks().max(1);
    let first_weeks = plan.first_weeks();
    let rules = catalog.rule_set(&report.rules);
    let visuals = ui.visuals().clone();

    let top_hours = report
        .phases
        .iter()
        .map(|r| f64::from(r.weekly_minutes) / 60.0)
        .chain(
            rules
                .into_iter()
                .flat_map(|set| &set.levels)
                .flat_map(|r| [r.min_minutes(), r.max_minutes()])
                .flatten()
                .map(|m| f64::from(m) / 60.0),
        )
        .fold(1.0_f64, f64::max);
    // Room above the highest bar or band for the phase names.
    let y_max = top_hours * 1.3 + 2.0;
    let x_min = 0.5;
    let x_max = f64::from(total) + 0.5;

    let mut bars = Vec::new();
    for (i, &first) in first_weeks.iter().enumerate() {
        let r = report.phase(i);
        let hours = f64::from(r.weekly_minutes) / 60.0;
        let mut fill = verdict_color(ui, r.meets());
        if i != shown {
            fill = fill.gamma_multiply(0.55);
        }
        for week in first..first + plan.phase(i).week_count() {
            let when = plan
                .start
                .map(|s| format!(" ({})", short_date(lang, week_start(s, week))))
                .unwrap_or_default();
            bars.push(
                Bar::new(f64::from(week), hours)
                    .width(0.8)
                    .fill(fill)
                    .name(tr(
                        lang,
                        "timeline-bar",
                        &[
                            ("week", week.into()),
                            ("when", when.into()),
                            ("name", phase_title(plan, i, catalog).into()),
                            ("hours", duration_in(lang, r.weekly_minutes).into()),
                        ],
                    )),
            );
        }
    }

    let start = plan.start;
    let step = if total <= 16 {
        1.0
    } else if total <= 40 {
        4.0
    } else {
        13.0
    };
    let tick = move |mark: GridMark, _: &std::ops::RangeInclusive<f64>| {
        let week = mark.value.round();
        if (mark.value - week).abs() > 0.01 || week < 1.0 || week > f64::from(total) {
            return String::new();
        }
        match start {
            Some(s) => short_date(lang, week_start(s, week as u32)),
            None => tr(lang, "timeline-wk", &[("week", week.into())]),
        }
    };
    let response = Plot::new("planner-timeline-plot")
        .height(150.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .sense(Sense::click())
        .include_x(x_min)
        .include_x(x_max)
        .include_y(0.0)
        .include_y(y_max)
        .set_margin_fraction(egui::vec2(0.0, 0.0))
        .x_grid_spacer(move |_| {
            let mut marks = Vec::new();
            let mut week = 1.0;
            while week <= f64::from(total) {
                marks.push(GridMark {
                    value: week,
                    step_size: step,
                });
                week += step;
            }
            marks
        })
        .custom_x_axes(vec![AxisHints::new_x().formatter(tick)])
        .y_axis_formatter(|mark, _| format!("{} h", mark.value))
        .show(ui, |plot| {
            if let Some(set) = rules {
                bands(plot, set, catalog, &visuals, (x_max, y_max));
            }
            plot.bar_chart(BarChart::new(t(lang, "timeline-weekly-hours"), bars));
            for (i, &first) in first_weeks.iter().enumerate() {
                let last = first + plan.phase(i).week_count() - 1;
                // A line before each phase but the first (a width of 0 draws none).
                let border = if i == 0 { 0.0 } else { 1.0 };
                plot.span(
                    Span::new(
                        phase_title(plan, i, catalog),
                        f64::from(first) - 0.5..=f64::from(last) + 0.5,
                    )
                    .border_color(visuals.text_color())
                    .border_width(border)
                    .border_style(LineStyle::dashed_loose())
                    .label_align(Align2::CENTER_TOP),
                );
            }
        });
    let summary = timeline_summary(lang, plan, report, catalog);
    response
        .response
        .widget_info(|| WidgetInfo::labeled(Role::Figure, true, &summary));
    let mut action = None;
    if response.response.clicked()
        && let Some(pos) = response.response.interact_pointer_pos()
    {
        let week = response.transform.value_from_position(pos).x.round();
        if week >= 1.0 {
            let week = week as u32;
            action = first_weeks
                .iter()
                .enumerate()
                .rev()
                .find(|&(_, &first)| first <= week)
                .map(|(i, _)| PhaseAction::Select(i));
        }
    }
    ui.label(
        RichText::new(t(lang, "timeline-caption"))
            .small()
            .color(ui.visuals().weak_text_color()),
    );
    action
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::check_plan;
    use crate::plan::workspace::templates;

    #[test]
    fn start_dates_are_read_exactly() {
        let date = NaiveDate::from_ymd_opt(2027, 1, 4);
        assert_eq!(parse_start("2027-01-04"), Ok(date));
        assert_eq!(parse_start("  "), Ok(None));
        for bad in [
            "2027-1-4",
            "04/01/2027",
            "2027-02-30",
            "next monday",
            "2027-01-04x",
        ] {
            let err = parse_start(bad).unwrap_err();
            assert!(err.contains("YYYY-MM-DD"), "{bad}: {err}");
        }
        let start = date.unwrap();
        assert_eq!(week_start(start, 1), start);
        assert_eq!(
            week_start(start, 4),
            NaiveDate::from_ymd_opt(2027, 1, 25).unwrap()
        );
    }

    #[test]
    fn the_summary_reads_every_phase_with_its_weeks_and_hours() {
        let catalog = Catalog::builtin();
        let mut plan = templates()
            .iter()
            .find(|p| p.phases.len() == 3)
            .expect("the three-phase template")
            .clone();
        plan.start = NaiveDate::from_ymd_opt(2027, 1, 4);
        let report = check_plan(&plan, catalog, None).unwrap();
        let text = timeline_summary(Lang::En, &plan, &report, catalog);
        assert!(
            text.starts_with("Timeline of 13 weeks, from Monday 4 January 2027."),
            "{text}"
        );
        assert!(text.contains("Weeks 1 to 3: Day program, "), "{text}");
        assert!(text.contains("Weeks 4 to 9: "), "{text}");
        assert!(text.contains("Weeks 10 to 13: "), "{text}");
        assert!(text.contains("25 h a week, meets."), "{text}");
    }
}
