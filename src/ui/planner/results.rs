//! The live check panel: verdict, hours and days against the level, findings, hours by day.
//!
//! It draws an already computed [`Report`] (the planner re-checks only when the plan changes)
//! and reports what the user asked for as a [`ResultsAction`]; it never changes the plan itself.

use egui::{
    Align2, Color32, ComboBox, FontId, Label, Rect, RichText, Sense, Stroke, StrokeKind, TextStyle,
    Ui, Vec2, WidgetInfo, pos2, vec2,
};
use egui_plot::{Bar, BarChart, GridMark, HLine, LineStyle, Plot};

use crate::catalog::{Catalog, LevelRule, RuleKind, Strength};
use crate::check::{Report, day_short_in, duration_in};
use crate::i18n::Lang;
use crate::plan::{Day, LevelId, Plan};
use crate::ui::{t, tr};

use super::Item;
use super::findings::{card_counts, findings_ui, group_findings};
use super::gauge::{hours_of, hours_ui};
use super::verdict::{tone, verdict_banner_ui};

/// What the user asked for in the results panel; the planner applies it.
#[derive(Clone, Debug, PartialEq)]
pub enum ResultsAction {
    SetLevel(LevelId),
    SetRules(String),
    /// A finding was clicked: select the item and/or scroll to the day it names.
    Focus {
        item: Option<Item>,
        day: Option<Day>,
    },
}

/// Draws the live check for phase `phase` of `plan` (already checked into `report`) and
/// returns at most one action.
pub fn results_ui(
    ui: &mut Ui,
    plan: &Plan,
    phase: usize,
    report: &Report,
    catalog: &Catalog,
) -> Option<ResultsAction> {
    let lang = crate::ui::lang(ui.ctx());
    let mut action = None;
    let level = catalog.level(report.level);
    let set = catalog.rule_set(&report.rules);
    let rule = set.and_then(|set| set.rule(report.level));

    action = action.or(level_picker_ui(ui, plan.phase(phase).level, catalog));
    action = action.or(rules_picker_ui(ui, &plan.rules, catalog));
    ui.add_space(8.0);

    // One card per finding or per repeated commitment: the banner counts the same cards.
    let groups = group_findings(report, &plan.week(phase));
    verdict_banner_ui(ui, report, set, catalog, card_counts(report, &groups));
    ui.add_space(8.0);

    hours_ui(ui, report, rule, &level.short_name);
    ui.add_space(6.0);
    days_ui(ui, report, rule, &level.short_name);
    if let Some(intensity) = report.intensity {
        let sentence = if intensity == report.level {
            tr(
                lang,
                "results-intensity",
                &[("level", catalog.level(intensity).short_name.as_str().into())],
            )
        } else {
            tr(
                lang,
                "results-intensity-not",
                &[
                    ("level", catalog.level(intensity).short_name.as_str().into()),
                    ("chosen", level.short_name.as_str().into()),
                ],
            )
        };
        ui.add(Label::new(sentence).wrap());
    }
    ui.add_space(8.0);

    action = action.or(findings_ui(ui, report, &groups));
    ui.add_space(8.0);

    let the_rule = t(lang, "results-the-rule");
    let cited = set.map_or(the_rule.as_str(), |s| s.cited_as.as_str());
    hours_by_day_ui(ui, report, rule, &level.short_name, cited);
    ui.add_space(6.0);
    ui.add(
        Label::new(
            RichText::new(t(lang, "results-clock-hours"))
                .small()
                .color(ui.visuals().weak_text_color()),
        )
        .wrap(),
    );
    action
}

/// "Level of care": one entry per level in the catalog.
fn level_picker_ui(ui: &mut Ui, chosen: LevelId, catalog: &Catalog) -> Option<ResultsAction> {
    let lang = crate::ui::lang(ui.ctx());
    let mut action = None;
    let label = ui.label(t(lang, "results-level"));
    let current = catalog.level(chosen);
    // A panel too narrow for the name's longest word would break it ("outpatien-t"): the
    // short name ("IOP") says the same there.
    let room = ui.available_width()
        - ui.spacing().icon_width
        - 2.0 * ui.spacing().button_padding.x
        - ui.spacing().item_spacing.x;
    let font = egui::TextStyle::Button.resolve(ui.style());
    let longest_word = current
        .name
        .split_whitespace()
        .map(|word| {
            ui.fonts_mut(|f| f.layout_no_wrap(word.to_owned(), font.clone(), Color32::PLACEHOLDER))
                .size()
                .x
        })
        .fold(0.0_f32, f32::max);
    let shown = if longest_word > room {
        current.short_name.as_str()
    } else {
        current.name.as_str()
    };
    let response = ComboBox::from_id_salt("results-level")
        .selected_text(shown)
        .width(ui.available_width())
        // A narrow panel wraps the name rather than cut it ("Intensive outp...").
        .wrap()
        .show_ui(ui, |ui| {
            for level in &catalog.levels {
                let response = ui
                    .selectable_label(level.id == chosen, level.name.as_str())
                    .on_hover_text(level.summary.as_str());
                if response.clicked() && level.id != chosen {
                    action = Some(ResultsAction::SetLevel(level.id));
                }
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(current.summary.as_str());
    crate::ui::a11y::with_value(&response, current.name.as_str());
    action
}

/// "Guideline from ASAM", "Regulation from Virginia Medicaid".
fn kind_and_issuer(lang: Lang, kind: RuleKind, issuer: &str) -> String {
    let id = match kind {
        RuleKind::Guideline => "rules-guideline-from",
        RuleKind::Regulation => "rules-regulation-from",
    };
    tr(lang, id, &[("issuer", issuer.into())])
}

/// "Virginia Medicaid, adults (regulation from Virginia Medicaid)".
fn picker_entry(lang: Lang, set: &crate::catalog::RuleSet) -> String {
    let id = match set.kind {
        RuleKind::Guideline => "rules-entry-guideline",
        RuleKind::Regulation => "rules-entry-regulation",
    };
    tr(
        lang,
        id,
        &[
            ("name", set.name.as_str().into()),
            ("issuer", set.issuer.as_str().into()),
        ],
    )
}

/// "Rules": one entry per rule set, each saying its kind and who issued it, its description
/// on hover; under the picker, what the chosen kind means.
fn rules_picker_ui(ui: &mut Ui, chosen: &str, catalog: &Catalog) -> Option<ResultsAction> {
    let lang = crate::ui::lang(ui.ctx());
    let mut action = None;
    let label = ui.label(t(lang, "results-rules"));
    let current = catalog.rule_set(chosen);
    let selected = current.map_or(chosen, |set| set.name.as_str());
    let response = ComboBox::from_id_salt("results-rules")
        .selected_text(selected)
        .width(ui.available_width())
        // A narrow panel wraps the name rather than cut it ("Intensive outp...").
        .wrap()
        .show_ui(ui, |ui| {
            for set in &catalog.rule_sets {
                let text = picker_entry(lang, set);
                let response = ui
                    .selectable_label(set.id == chosen, text)
                    .on_hover_text(set.description.as_str());
                if response.clicked() && set.id != chosen {
                    action = Some(ResultsAction::SetRules(set.id.clone()));
                }
            }
        })
        .response
        .labelled_by(label.id);
    crate::ui::a11y::with_value(&response, selected);
    if let Some(set) = current {
        if !set.description.trim().is_empty() {
            response.on_hover_text(set.description.as_str());
        }
        let meaning = match set.kind {
            RuleKind::Guideline => t(lang, "rules-guideline-means"),
            RuleKind::Regulation => t(lang, "rules-regulation-means"),
        };
        ui.add(
            Label::new(
                RichText::new(format!(
                    "{}: {meaning}.",
                    kind_and_issuer(lang, set.kind, &set.issuer)
                ))
                .small()
                .color(ui.visuals().weak_text_color()),
            )
            .wrap(),
        );
    }
    action
}

/// Session days against the level's minimum: seven small boxes and a count.
fn days_ui(ui: &mut Ui, report: &Report, rule: Option<&LevelRule>, level: &str) {
    let lang = crate::ui::lang(ui.ctx());
    let busy: Vec<String> = Day::ALL
        .iter()
        .filter(|d| report.minutes_by_day[d.index()] > 0)
        .map(|d| day_short_in(lang, *d))
        .collect();
    let n = report.session_days;
    let sentence = match rule.and_then(|r| r.min_days.as_ref()) {
        Some(min) if min.strength == Strength::Typical => tr(
            lang,
            "results-days-typical",
            &[
                ("n", n.into()),
                ("want", min.days.into()),
                ("level", level.into()),
            ],
        ),
        Some(min) => tr(
            lang,
            "results-days-required",
            &[
                ("n", n.into()),
                ("want", min.days.into()),
                ("level", level.into()),
            ],
        ),
        None => tr(lang, "results-days", &[("n", n.into())]),
    };
    let spoken = if busy.is_empty() {
        tr(
            lang,
            "results-days-none-yet",
            &[("sentence", sentence.as_str().into())],
        )
    } else {
        format!("{sentence}: {}", busy.join(", "))
    };

    let gap = 4.0;
    let width = ui.available_width();
    // Seven squares in a row while each holds "Mo" in small print; a narrower panel (900x600
    // with large text) puts them in two rows, Monday to Thursday over Friday to Sunday.
    let per_row = if (width - 6.0 * gap) / 7.0 >= MIN_DAY_SQUARE {
        7
    } else {
        4
    };
    let rows = Day::ALL.len().div_ceil(per_row);
    let side = ((width - (per_row as f32 - 1.0) * gap) / per_row as f32).clamp(12.0, 40.0);
    let height = rows as f32 * side + (rows as f32 - 1.0) * gap;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(egui::accesskit::Role::Group, true, &spoken));
    if ui.is_rect_visible(rect) {
        let visuals = ui.visuals();
        let painter = ui.painter();
        let filled = tone(ui, true);
        let font = FontId::proportional((side * 0.4).clamp(crate::ui::SMALL_TEXT, 13.0));
        for day in Day::ALL {
            let (row, column) = (day.index() / per_row, day.index() % per_row);
            let left = rect.left() + column as f32 * (side + gap);
            let top = rect.top() + row as f32 * (side + gap);
            let cell = Rect::from_min_size(pos2(left, top), Vec2::splat(side));
            let on = report.minutes_by_day[day.index()] > 0;
            let (fill, text, stroke) = if on {
                (filled.fill, filled.text, Stroke::new(1.5, filled.text))
            } else {
                (
                    visuals.extreme_bg_color,
                    visuals.weak_text_color(),
                    visuals.widgets.noninteractive.bg_stroke,
                )
            };
            painter.rect(cell, 4.0, fill, stroke, StrokeKind::Inside);
            // "Mon" fits a roomy square; a narrow panel shows "Mo" (the spoken label has all):
            // one letter would leave "m m" for martes and miércoles.
            let code = day_short_in(lang, day);
            let name = if side >= 34.0 {
                code.as_str()
            } else {
                first_letters(&code, 2)
            };
            painter.text(
                cell.center(),
                Align2::CENTER_CENTER,
                name,
                font.clone(),
                text,
            );
        }
    }
    ui.add(Label::new(sentence).wrap());
}

/// The smallest day square, in points, that holds "Mo" in small print.
const MIN_DAY_SQUARE: f32 = 24.0;

/// The first `n` letters of a word, whole ("Mo" of "Mon", "mi" of "mié"; accents are one char).
pub(crate) fn first_letters(word: &str, n: usize) -> &str {
    word.char_indices()
        .nth(n)
        .map_or(word, |(end, _)| &word[..end])
}

/// How the chart names its days, given the `room` a bar has and the width of a name of so
/// many letters (normal or small print): whole short names, else two letters ("Mo", "mi"), in
/// small print if need be, on two staggered rows ("Mo We Fr Su" over "Tu Th Sa") if need be,
/// which gives each name two bars' room. One letter, which leaves Tue and Thu alike, only when
/// nothing else fits. Returns (letters, small print, rows).
fn day_name_form(room: f32, width: impl Fn(usize, bool) -> f32) -> (usize, bool, usize) {
    [
        (usize::MAX, false, 1),
        (2, false, 1),
        (2, true, 1),
        (2, true, 2),
    ]
    .into_iter()
    .find(|&(letters, small, rows)| room * rows as f32 >= width(letters, small) + 2.0)
    .unwrap_or((1, true, 2))
}

/// The day names under the bars, in the form [`day_name_form`] picks.
fn day_names_ui(ui: &mut Ui, transform: &egui_plot::PlotTransform) {
    let lang = crate::ui::lang(ui.ctx());
    let font = TextStyle::Body.resolve(ui.style());
    let x = |i: usize| {
        transform
            .position_from_point(&egui_plot::PlotPoint::new(i as f64, 0.0))
            .x
    };
    let room = (x(1) - x(0)).abs();
    let small = egui::FontId::proportional(crate::ui::SMALL_TEXT);
    let wed = day_short_in(lang, Day::Wed);
    let (letters, in_small, rows) = day_name_form(room, |letters, in_small| {
        let font = if in_small { &small } else { &font };
        ui.fonts_mut(|f| {
            f.layout_no_wrap(
                first_letters(&wed, letters).to_owned(),
                font.clone(),
                Color32::WHITE,
            )
            .size()
            .x
        })
    });
    let font = if in_small { small } else { font };
    let line = ui.fonts_mut(|f| f.row_height(&font));
    let (area, _) = ui.allocate_exact_size(
        vec2(ui.available_width(), line * rows as f32),
        Sense::hover(),
    );
    let color = ui.visuals().text_color();
    for day in Day::ALL {
        let code = day_short_in(lang, day);
        let name = first_letters(&code, letters);
        let row = (day.index() % rows) as f32;
        ui.painter().text(
            pos2(x(day.index()), area.top() + line * (row + 0.5)),
            Align2::CENTER_CENTER,
            name,
            font.clone(),
            color,
        );
    }
}

/// Hours of sessions each day as bars, with the level's hours per session day as a dashed
/// line: typical practice (orange bars under it) or a rule (red bars under it).
fn hours_by_day_ui(
    ui: &mut Ui,
    report: &Report,
    rule: Option<&LevelRule>,
    level: &str,
    cited: &str,
) {
    let lang = crate::ui::lang(ui.ctx());
    ui.add(Label::new(
        RichText::new(t(lang, "results-hours-by-day")).strong(),
    ));
    let per_day = rule.and_then(|r| r.min_day_hours.as_ref());
    let typical = per_day.map(|l| hours_of(l.minutes()));
    let required = per_day.is_some_and(|l| l.strength == Strength::Required);
    let accent = ui.visuals().selection.bg_fill;
    let short = if required {
        ui.visuals().error_fg_color
    } else {
        ui.visuals().warn_fg_color
    };
    let line_colour = ui.visuals().strong_text_color();
    let bars: Vec<Bar> = Day::ALL
        .iter()
        .map(|day| {
            let minutes = report.minutes_by_day[day.index()];
            let hours = f64::from(minutes) / 60.0;
            let below = typical.is_some_and(|t| minutes > 0 && hours < t);
            Bar::new(day.index() as f64, hours)
                .name(format!(
                    "{} {}",
                    day_short_in(lang, *day),
                    duration_in(lang, minutes)
                ))
                .width(0.7)
                .fill(if below { short } else { accent })
        })
        .collect();
    let top = report
        .minutes_by_day
        .iter()
        .map(|&m| f64::from(m) / 60.0)
        .fold(typical.unwrap_or(0.0), f64::max);
    let spoken = Day::ALL
        .iter()
        .map(|d| match report.minutes_by_day[d.index()] {
            0 => tr(
                lang,
                "results-day-none",
                &[("day", day_short_in(lang, *d).into())],
            ),
            m => format!("{} {}", day_short_in(lang, *d), duration_in(lang, m)),
        })
        .collect::<Vec<_>>()
        .join(", ");

    let response = Plot::new("results-hours-by-day")
        .height(160.0)
        .allow_drag(false)
        .allow_zoom(false)
        .allow_scroll(false)
        .allow_boxed_zoom(false)
        .allow_double_click_reset(false)
        .show_x(false)
        .show_y(false)
        .sense(Sense::hover())
        .include_x(-0.6)
        .include_x(6.6)
        .include_y(0.0)
        .include_y((top + 0.5).max(1.0))
        .x_grid_spacer(|_| {
            (0..7)
                .map(|i| GridMark {
                    value: f64::from(i),
                    step_size: 1.0,
                })
                .collect()
        })
        // The day names are drawn below by `day_names_ui`: the plot's own axis drops labels
        // that do not fit, and a narrow panel lost every other day.
        .show_axes([false, true])
        .y_axis_formatter(|mark, _range| format!("{} h", mark.value))
        .show(ui, |plot| {
            plot.bar_chart(BarChart::new(t(lang, "results-plot-hours"), bars));
            if let Some(hours) = typical {
                plot.hline(
                    HLine::new(t(lang, "results-plot-per-day"), hours)
                        .color(line_colour)
                        .style(LineStyle::dashed_loose()),
                );
            }
        });
    day_names_ui(ui, &response.transform);
    let response = response.response;
    response.widget_info(|| {
        WidgetInfo::labeled(
            egui::accesskit::Role::Figure,
            true,
            tr(
                lang,
                "results-hours-by-day-spoken",
                &[("days", spoken.as_str().into())],
            ),
        )
    });
    let caption = match per_day {
        Some(l) if required => tr(
            lang,
            "results-dashed-required",
            &[
                ("hours", duration_in(lang, l.minutes()).into()),
                ("cited", cited.into()),
                ("level", level.into()),
            ],
        ),
        Some(l) => tr(
            lang,
            "results-dashed-typical",
            &[
                ("hours", duration_in(lang, l.minutes()).into()),
                ("level", level.into()),
            ],
        ),
        None => tr(lang, "results-no-per-day", &[("level", level.into())]),
    };
    ui.add(
        Label::new(
            RichText::new(caption)
                .small()
                .color(ui.visuals().weak_text_color()),
        )
        .wrap(),
    );
}

#[cfg(test)]
mod tests {
    use egui::accesskit::Role;
    use egui_kittest::Harness;
    use egui_kittest::kittest::{NodeT as _, Queryable as _};

    use super::*;
    use crate::check::{Code, check_plan};
    use crate::plan::{Clock, Commitment, Session, SessionKind};
    use crate::ui::planner::findings::FINDINGS_AT_FIRST;

    /// What the harness draws: a plan, its report (re-checked each frame) and the last action.
    struct State {
        plan: Plan,
        last: Option<ResultsAction>,
    }

    fn harness(plan: Plan) -> Harness<'static, State> {
        Harness::builder()
            .with_size([380.0, 1600.0])
            .build_ui_state(
                |ui, state: &mut State| {
                    let catalog = Catalog::builtin();
                    let report = check_plan(&state.plan, catalog, None).expect("a known rule set");
                    egui::CentralPanel::default().show(ui, |ui| {
                        if let Some(action) =
                            results_ui(ui, &state.plan, 0, report.phase(0), catalog)
                        {
                            state.last = Some(action);
                        }
                    });
                },
                State { plan, last: None },
            )
    }

    fn clock(text: &str) -> Clock {
        text.parse().expect("a valid test time")
    }

    fn session(day: Day, start: &str, end: &str) -> Session {
        Session {
            day,
            start: clock(start),
            end: clock(end),
            kind: SessionKind::Group,
            title: String::new(),
        }
    }

    /// Nine hours of IOP over three days: meets the adult rules.
    fn three_evenings() -> Plan {
        let mut plan = Plan::new(LevelId::Iop);
        for day in [Day::Mon, Day::Wed, Day::Thu] {
            plan.phases[0].sessions.push(session(day, "18:00", "21:00"));
        }
        plan
    }

    #[test]
    fn the_chart_keeps_two_letters_a_day_as_long_as_two_rows_can_hold_them() {
        // "Wed" is 30 points, "We" 20, and 16 in small print.
        let width = |letters: usize, small: bool| match (letters, small) {
            (2, false) => 20.0,
            (2, true) => 16.0,
            (1, _) => 9.0,
            _ => 30.0,
        };
        assert_eq!(day_name_form(40.0, width), (usize::MAX, false, 1));
        assert_eq!(day_name_form(25.0, width), (2, false, 1));
        assert_eq!(day_name_form(19.0, width), (2, true, 1));
        assert_eq!(
            day_name_form(10.0, width),
            (2, true, 2),
            "staggered, not M T W T"
        );
        assert_eq!(day_name_form(5.0, width), (1, true, 2));
    }

    #[test]
    fn short_day_names_keep_whole_letters_and_tell_martes_from_miercoles() {
        assert_eq!(first_letters("mié", 2), "mi");
        assert_eq!(first_letters("mar", 2), "ma");
        assert_eq!(first_letters("sáb", 2), "sá");
        assert_eq!(first_letters("Mon", 1), "M");
        assert_eq!(first_letters("Mon", usize::MAX), "Mon");
    }

    #[test]
    fn work_every_weekday_during_a_stay_is_one_card_naming_the_days() {
        let mut plan = Plan::new(LevelId::Inpatient);
        plan.phases[0]
            .sessions
            .push(session(Day::Sat, "10:00", "12:00"));
        for day in [Day::Mon, Day::Tue, Day::Wed, Day::Thu, Day::Fri] {
            plan.commitments.push(Commitment {
                day,
                start: clock("09:00"),
                end: clock("17:00"),
                title: "Work".into(),
            });
        }
        plan.commitments.push(Commitment {
            day: Day::Sun,
            start: clock("10:00"),
            end: clock("11:00"),
            title: "Church".into(),
        });
        let mut harness = harness(plan);
        harness.run();
        let cards: Vec<String> = harness
            .query_all_by_label_contains("would fall during the stay")
            .map(|n| n.accesskit_node().label().unwrap_or_default())
            .collect();
        assert_eq!(cards.len(), 2, "work once, church once: {cards:?}");
        assert!(
            cards[0].contains("\"Work\" (Mon 09:00-17:00)")
                && cards[0].ends_with("The same on Tuesday, Wednesday, Thursday and Friday."),
            "{}",
            cards[0]
        );
        assert!(!cards[1].contains("The same on"), "{}", cards[1]);
        // The banner counts the cards the person sees, not the six findings behind them.
        harness.get_by_label_contains("2 findings below.");
        assert!(
            harness
                .query_by_label_contains("6 findings below")
                .is_none()
        );
    }

    #[test]
    fn a_long_list_of_findings_shows_a_dozen_then_more_on_request() {
        let mut plan = Plan::new(LevelId::Iop);
        for i in 0..40u16 {
            let start = 8 * 60 + i * 5;
            plan.phases[0].sessions.push(Session {
                day: Day::Mon,
                start: Clock::from_minutes(start).unwrap(),
                end: Clock::from_minutes(start + 60).unwrap(),
                kind: SessionKind::Group,
                title: format!("Group {i}"),
            });
        }
        let findings = check_plan(&plan, Catalog::builtin(), None).unwrap().phases[0]
            .findings
            .len();
        assert!(findings > 30, "the test needs many findings ({findings})");
        let mut harness = harness(plan);
        harness.run();
        let cards = |h: &Harness<'_, State>| {
            h.query_all_by_role(Role::Button)
                .filter(|n| {
                    let label = n.accesskit_node().label().unwrap_or_default();
                    label.starts_with("Needs a change:") || label.starts_with("Worth a look:")
                })
                .count()
        };
        assert_eq!(cards(&harness), FINDINGS_AT_FIRST);
        harness.get_by_label_contains("Show more").click();
        harness.run();
        assert_eq!(cards(&harness), (FINDINGS_AT_FIRST * 5).min(findings));
    }

    #[test]
    fn the_verdict_follows_the_plan() {
        let mut harness = harness(Plan::new(LevelId::Iop));
        harness.run();
        // An empty week is not a failure: a neutral invitation, not a red banner.
        harness.get_by_label(
            "Add sessions to see how this week compares with ASAM's usual hours for IOP",
        );
        assert!(harness.query_by_label_contains("Outside").is_none());
        assert!(
            harness.query_by_label_contains("Needs a change").is_none(),
            "no red cards for a week with nothing in it yet"
        );

        harness.state_mut().plan = three_evenings();
        harness.run();
        harness.get_by_label("Within ASAM's usual hours for IOP");
        assert_eq!(
            harness.get_all_by_label("No findings.").count(),
            1,
            "said once, under the verdict"
        );
        harness.get_by_label("9 h a week - IOP: 9 to under 20 h a week");
        harness.get_by_label("3 days with sessions (a typical IOP week has 3 or more)");
        harness.get_by_label("By hours alone this is IOP intensity.");

        harness.state_mut().plan.phases[0].sessions.pop();
        harness.run();
        harness.get_by_label("Outside ASAM's usual hours for IOP");
        harness.get_by_label("1 finding below, and 1 more worth a look.");
        // How far off the week is stays in view.
        harness.get_by_label("6 h a week - IOP: 9 to under 20 h a week (3 h short)");
    }

    #[test]
    fn a_regulation_is_met_or_not_in_its_own_words() {
        let mut plan = three_evenings();
        plan.rules = "virginia-medicaid-adult".to_owned();
        let mut harness = harness(plan);
        harness.run();
        harness.get_by_label("Meets Virginia Medicaid's IOP rule");
        harness.get_by_label(
            "Regulation from Virginia Medicaid: what a payer requires before it pays.",
        );
        harness.get_by_label("9 h a week - IOP: 9 to 19 h a week");

        harness.state_mut().plan.phases[0].sessions[2].end = clock("20:30");
        harness.run();
        harness.get_by_label("Does not meet Virginia Medicaid's IOP rule");
        harness.get_by_label("8 h 30 min a week - IOP: 9 to 19 h a week (30 min short)");
        harness.get_by_label_contains("Needs a change: Virginia's Medicaid rule asks at least 3 service hours on each IOP day; Thursday has 2 h 30 min");
    }

    #[test]
    fn the_gauge_words_tell_an_inclusive_cap_from_an_exclusive_one() {
        // 4 days: 19 h, then 19 h 15 min, then 20 h.
        let mut plan = Plan::new(LevelId::Iop);
        for day in [Day::Mon, Day::Tue, Day::Wed, Day::Thu] {
            plan.phases[0].sessions.push(session(day, "09:00", "14:00"));
        }
        plan.phases[0].sessions[3].end = clock("13:00");
        plan.rules = "virginia-medicaid-adult".to_owned();
        let mut harness = harness(plan);
        harness.run();
        harness.get_by_label("19 h a week - IOP: 9 to 19 h a week");
        harness.get_by_label("Meets Virginia Medicaid's IOP rule");

        harness.state_mut().plan.phases[0].sessions[3].end = clock("13:15");
        harness.run();
        harness.get_by_label("19 h 15 min a week - IOP: 9 to 19 h a week (15 min over)");

        harness.state_mut().plan.rules = "asam-adult".to_owned();
        harness.run();
        harness.get_by_label("19 h 15 min a week - IOP: 9 to under 20 h a week");
        harness.state_mut().plan.phases[0].sessions[3].end = clock("14:00");
        harness.run();
        harness.get_by_label("20 h a week - IOP: 9 to under 20 h a week (right at the line)");
    }

    #[test]
    fn a_week_whose_only_errors_are_clashes_says_so() {
        let mut plan = three_evenings();
        for day in [Day::Mon, Day::Wed] {
            plan.commitments.push(Commitment {
                day,
                start: clock("17:00"),
                end: clock("19:00"),
                title: "Work".to_owned(),
            });
        }
        let mut harness = harness(plan);
        harness.run();
        harness.get_by_label("2 sessions clash with your commitments");
        assert!(harness.query_by_label_contains("usual hours").is_none());
    }

    #[test]
    fn choosing_a_level_asks_for_it() {
        let catalog = Catalog::builtin();
        let mut harness = harness(three_evenings());
        harness.run();
        harness.get_by_label("Level of care").click();
        harness.run();
        harness
            .get_by_label(catalog.level(LevelId::DayProgram).name.as_str())
            .click();
        harness.run();
        assert_eq!(
            harness.state().last,
            Some(ResultsAction::SetLevel(LevelId::DayProgram))
        );
    }

    #[test]
    fn choosing_a_rule_set_asks_for_it() {
        let catalog = Catalog::builtin();
        let Some(other) = catalog.rule_sets.iter().find(|r| r.id != "asam-adult") else {
            return; // only one rule set: nothing to choose
        };
        let mut harness = harness(three_evenings());
        harness.run();
        harness.get_by_label("Rules").click();
        harness.run();
        // Every entry says which kind of rule set it is and who issued it.
        for set in &catalog.rule_sets {
            harness.get_by_label(&picker_entry(Lang::En, set));
        }
        harness.get_by_label("Virginia Medicaid, adults (regulation from Virginia Medicaid)");
        harness.get_by_label("ASAM Criteria, adults (guideline from ASAM)");
        harness.get_by_label(&picker_entry(Lang::En, other)).click();
        harness.run();
        assert_eq!(
            harness.state().last,
            Some(ResultsAction::SetRules(other.id.clone()))
        );
    }

    #[test]
    fn clicking_a_finding_focuses_its_session() {
        let mut plan = three_evenings();
        plan.commitments.push(Commitment {
            day: Day::Wed,
            start: clock("09:00"),
            end: clock("18:30"),
            title: "Work".to_owned(),
        });
        let catalog = Catalog::builtin();
        let report = check_plan(&plan, catalog, None).expect("a known rule set");
        let conflict = report.phases[0]
            .findings
            .iter()
            .find(|f| f.code == Code::CommitmentConflict)
            .expect("the session clashes with work");
        let label = format!("Needs a change: {}", conflict.message);

        let mut harness = harness(plan);
        harness.run();
        harness.get_by_role_and_label(Role::Button, &label).click();
        harness.run();
        assert_eq!(
            harness.state().last,
            Some(ResultsAction::Focus {
                item: Some(Item::Session(1)),
                day: Some(Day::Wed),
            })
        );
    }

    #[test]
    fn a_finding_can_be_chosen_from_the_keyboard() {
        let mut plan = three_evenings();
        plan.phases[0].sessions[2].end = clock("19:00");
        let mut harness = harness(plan);
        harness.run();
        let row = harness.get_by_label_contains("Worth a look: Thursday");
        row.focus();
        harness.run();
        harness.key_press(egui::Key::Enter);
        harness.run();
        assert_eq!(
            harness.state().last,
            Some(ResultsAction::Focus {
                item: None,
                day: Some(Day::Thu),
            })
        );
    }

    #[test]
    fn inpatient_has_no_hour_gauge_and_the_panel_draws_in_both_themes() {
        let mut plan = Plan::new(LevelId::Inpatient);
        plan.phases[0]
            .sessions
            .push(session(Day::Mon, "09:00", "12:00"));
        let mut harness = harness(plan);
        for theme in [egui::Theme::Light, egui::Theme::Dark] {
            harness.ctx.set_theme(theme);
            harness.run();
            harness.get_by_label("3 h a week - Inpatient: no weekly-hour limit");
            harness.get_by_label("Fits ASAM's description of Inpatient");
        }
    }
}
