//! The phase strip above the week grid: one chip per phase of the plan, and the tools to shape
//! the phases (add, step down, weeks, name, order, remove).
//!
//! Like the grid and the form, the strip only reports what the user did as [`PhaseAction`]s;
//! the planner applies each one through [`apply`] as a single undoable edit.

use egui::{
    Color32, CornerRadius, Response, RichText, Sense, Stroke, StrokeKind, TextStyle, TextWrapMode,
    Ui, WidgetInfo, WidgetText, accesskit::Role, pos2, vec2,
};

use crate::catalog::Catalog;
use crate::check::PlanReport;
use crate::i18n::Lang;
use crate::plan::{LevelId, MAX_PHASE_WEEKS, Phase, Plan};
use crate::ui::{t, tr};

/// What the user did to the phases; the planner applies it with [`apply`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PhaseAction {
    /// Show this phase in the grid, the form and the live check.
    Select(usize),
    /// A new empty phase after this one, at the same level.
    Add {
        after: usize,
    },
    /// A copy of this phase at the next lower level, right after it.
    StepDown(usize),
    /// How many weeks a phase lasts; `None` only for a plan of one phase (a plain week).
    SetWeeks(usize, Option<u16>),
    Rename(usize, String),
    /// Moves a phase from one place to another.
    Move {
        from: usize,
        to: usize,
    },
    /// Removes a phase, unless it is the only one.
    Remove(usize),
    /// The plan's first day.
    SetStart(Option<chrono::NaiveDate>),
}

/// The next less intensive level, if there is one.
pub fn lower_level(level: LevelId) -> Option<LevelId> {
    let i = LevelId::ALL.iter().position(|&l| l == level)?;
    i.checked_sub(1).map(|j| LevelId::ALL[j])
}

/// Applies `action` to `plan` and returns the phase to show afterwards (`None`: keep the one
/// shown). Actions that make no sense here (removing the last phase, stepping down from the
/// lowest level, an index past the end) leave the plan as it was.
pub fn apply(plan: &mut Plan, action: &PhaseAction, catalog: &Catalog) -> Option<usize> {
    if plan.phases.is_empty() {
        plan.phases.push(Phase::new(LevelId::Iop));
    }
    let count = plan.phases.len();
    let shown = match action {
        PhaseAction::Select(i) => (*i < count).then_some(*i),
        PhaseAction::Add { after } => {
            let after = (*after).min(count - 1);
            let source = &plan.phases[after];
            let mut phase = Phase::new(source.level);
            phase.weeks = Some(source.weeks.unwrap_or(1));
            plan.phases.insert(after + 1, phase);
            Some(after + 1)
        }
        PhaseAction::StepDown(i) => {
            let source = plan.phases.get(*i)?;
            let lower = lower_level(source.level)?;
            let mut copy = source.clone();
            copy.level = lower;
            copy.name = catalog.level(lower).short_name.clone();
            copy.weeks = Some(source.weeks.unwrap_or(1));
            plan.phases.insert(i + 1, copy);
            Some(i + 1)
        }
        PhaseAction::SetWeeks(i, weeks) => {
            let weeks = match weeks {
                Some(n) => Some((*n).clamp(1, MAX_PHASE_WEEKS)),
                None if count == 1 => None,
                None => return None,
            };
            plan.phases.get_mut(*i)?.weeks = weeks;
            Some(*i)
        }
        PhaseAction::Rename(i, name) => {
            plan.phases.get_mut(*i)?.name = name.trim().to_owned();
            Some(*i)
        }
        PhaseAction::Move { from, to } => {
            if *from >= count || *to >= count {
                return None;
            }
            let phase = plan.phases.remove(*from);
            plan.phases.insert(*to, phase);
            Some(*to)
        }
        PhaseAction::Remove(i) => {
            if count < 2 || *i >= count {
                return None;
            }
            plan.phases.remove(*i);
            Some((*i).min(count - 2))
        }
        PhaseAction::SetStart(start) => {
            plan.start = *start;
            None
        }
    };
    give_every_phase_weeks(plan);
    shown
}

/// A plan of several weeks gives every phase a week count (one week when it had none), so
/// what the person sees is what a format-2 file holds.
fn give_every_phase_weeks(plan: &mut Plan) {
    if !plan.is_one_week() {
        for phase in &mut plan.phases {
            phase.weeks.get_or_insert(1);
        }
    }
}

/// What a phase is called on screen: its name, or its level's short name when it has none.
pub fn phase_title<'a>(plan: &'a Plan, index: usize, catalog: &'a Catalog) -> &'a str {
    let phase = plan.phase(index);
    if phase.name.trim().is_empty() {
        &catalog.level(phase.level).short_name
    } else {
        &phase.name
    }
}

/// "1 week", "6 weeks" ("1 semana", "6 semanas").
pub fn weeks_text(lang: Lang, weeks: u32) -> String {
    tr(lang, "count-weeks", &[("n", weeks.into())])
}

/// Text that reads well on the verdict tones, in both themes.
pub fn verdict_color(ui: &Ui, meets: bool) -> Color32 {
    match (meets, ui.visuals().dark_mode) {
        (true, true) => Color32::from_rgb(140, 220, 160),
        (true, false) => Color32::from_rgb(18, 110, 50),
        (false, _) => ui.visuals().error_fg_color,
    }
}

/// "meets", "does not meet", or, for a phase with no sessions yet, "nothing to check yet":
/// an empty week has not failed anything.
fn verdict_word(lang: Lang, meets: bool, empty: bool) -> String {
    if empty {
        t(lang, "phase-empty")
    } else if meets {
        t(lang, "phase-meets")
    } else {
        t(lang, "phase-does-not-meet")
    }
}

/// The strip's own state: what is being typed, before it becomes one edit.
#[derive(Debug, Default)]
pub struct StripState {
    /// The name being typed, and the phase it is for; written to the plan when the field
    /// loses the keyboard.
    name: Option<(usize, String)>,
    /// The week count being dragged or typed, and the phase it is for.
    weeks: Option<(usize, u16)>,
    /// The phase Step down just made, said under the strip until the plan changes again.
    stepped_down: Option<SteppedDown>,
}

/// A phase made by Step down: a copy of another phase's week at a lower level.
#[derive(Clone, Debug)]
struct SteppedDown {
    phase: usize,
    /// The phase it copies, by its title then.
    from: String,
    /// The plan's revision right after the step: any later change ends the note.
    revision: u64,
}

impl StripState {
    /// Says, under the strip, that `phase` is a copy of `from`'s week, until the plan changes
    /// from `revision`.
    pub fn stepped_down(&mut self, phase: usize, from: String, revision: u64) {
        self.stepped_down = Some(SteppedDown {
            phase,
            from,
            revision,
        });
    }

    /// Forgets the Step down note once the plan is no longer as the step left it (an edit,
    /// an undo, another plan).
    pub fn plan_changed(&mut self, revision: u64) {
        if self
            .stepped_down
            .as_ref()
            .is_some_and(|s| s.revision != revision)
        {
            self.stepped_down = None;
        }
    }
}

/// Draws the strip for `plan` with phase `shown` selected and returns what the user did.
pub fn strip_ui(
    ui: &mut Ui,
    state: &mut StripState,
    plan: &Plan,
    report: &PlanReport,
    shown: usize,
    catalog: &Catalog,
) -> Vec<PhaseAction> {
    let lang = crate::ui::lang(ui.ctx());
    let mut actions = Vec::new();
    let count = plan.phases.len();
    let first_weeks = plan.first_weeks();
    ui.horizontal_wrapped(|ui| {
        for (i, &first_week) in first_weeks.iter().enumerate().take(count) {
            let meets = report.phases.get(i).is_some_and(|r| r.meets());
            if chip_ui(ui, plan, i, first_week, meets, i == shown, catalog).clicked() {
                actions.push(PhaseAction::Select(i));
            }
        }
        let level = plan.phase(shown).level;
        if ui
            .button(t(lang, "phase-add"))
            .on_hover_text(t(lang, "phase-add-hover"))
            .clicked()
        {
            actions.push(PhaseAction::Add { after: shown });
        }
        let lower = lower_level(level);
        let hint = match lower {
            Some(l) => tr(
                lang,
                "phase-step-down-hover",
                &[("level", catalog.level(l).short_name.as_str().into())],
            ),
            None => tr(
                lang,
                "phase-step-down-lowest",
                &[("level", catalog.level(level).short_name.as_str().into())],
            ),
        };
        let step = ui
            .add_enabled(
                lower.is_some(),
                egui::Button::new(t(lang, "phase-step-down")),
            )
            .on_hover_text(hint.as_str())
            .on_disabled_hover_text(hint.as_str());
        if step.clicked() {
            actions.push(PhaseAction::StepDown(shown));
        }
        // The shown phase's name and weeks follow on the same row when they fit whole (a row
        // more of the week in view), else start the next row together.
        let text_width = |id: &str| {
            let font = egui::TextStyle::Body.resolve(ui.style());
            ui.fonts_mut(|f| f.layout_no_wrap(t(lang, id), font, Color32::PLACEHOLDER))
                .size()
                .x
        };
        let spacing = ui.spacing().item_spacing.x;
        let needed = text_width("phase-name")
            + NAME_WIDTH
            + text_width("phase-weeks")
            + WEEKS_WIDTH
            + 4.0 * spacing;
        if ui.available_size_before_wrap().x < needed {
            ui.end_row();
        }
        name_ui(ui, state, plan, shown, catalog, &mut actions);
        weeks_ui(ui, state, plan, shown, &mut actions);
        if count > 1 {
            let earlier = ui
                .add_enabled(shown > 0, egui::Button::new(t(lang, "phase-earlier")))
                .on_hover_text(t(lang, "phase-earlier-hover"));
            if earlier.clicked() {
                actions.push(PhaseAction::Move {
                    from: shown,
                    to: shown - 1,
                });
            }
            let later = ui
                .add_enabled(shown + 1 < count, egui::Button::new(t(lang, "phase-later")))
                .on_hover_text(t(lang, "phase-later-hover"));
            if later.clicked() {
                actions.push(PhaseAction::Move {
                    from: shown,
                    to: shown + 1,
                });
            }
            if ui
                .button(t(lang, "phase-remove"))
                .on_hover_text(t(lang, "phase-remove-hover"))
                .clicked()
            {
                actions.push(PhaseAction::Remove(shown));
            }
        }
    });
    if let Some(step) = state.stepped_down.as_ref().filter(|s| s.phase == shown) {
        // Step down copies the week silently otherwise: the person would not know the
        // sessions are the old level's until the check says they do not fit.
        let level = &catalog.level(plan.phase(shown).level).short_name;
        let note = tr(
            lang,
            "phase-step-down-note",
            &[
                ("from", step.from.as_str().into()),
                ("level", level.as_str().into()),
            ],
        );
        ui.label(egui::RichText::new(note).small().weak());
    }
    actions
}

/// The width of the phase name field, and about that of the weeks field, in points.
const NAME_WIDTH: f32 = 150.0;
const WEEKS_WIDTH: f32 = 40.0;

/// The name of the shown phase. Typing stays in the field; the name becomes one edit when the
/// field loses the keyboard (Enter, Tab or a click elsewhere).
fn name_ui(
    ui: &mut Ui,
    state: &mut StripState,
    plan: &Plan,
    shown: usize,
    catalog: &Catalog,
    actions: &mut Vec<PhaseAction>,
) {
    let lang = crate::ui::lang(ui.ctx());
    let label = ui.label(t(lang, "phase-name"));
    let mut text = match &state.name {
        Some((i, typed)) if *i == shown => typed.clone(),
        _ => plan.phase(shown).name.clone(),
    };
    let hint = catalog.level(plan.phase(shown).level).short_name.clone();
    let response = ui
        .add(
            egui::TextEdit::singleline(&mut text)
                .hint_text(hint)
                .desired_width(NAME_WIDTH),
        )
        .labelled_by(label.id);
    if response.changed() {
        state.name = Some((shown, text));
    }
    if !response.has_focus()
        && let Some((i, typed)) = state.name.take()
        && plan.phases.get(i).is_some_and(|p| p.name != typed.trim())
    {
        actions.push(PhaseAction::Rename(i, typed));
    }
}

/// How many weeks the shown phase lasts. A drag or typed number becomes one edit when it ends.
fn weeks_ui(
    ui: &mut Ui,
    state: &mut StripState,
    plan: &Plan,
    shown: usize,
    actions: &mut Vec<PhaseAction>,
) {
    let lang = crate::ui::lang(ui.ctx());
    let phase = plan.phase(shown);
    let label = ui.label(t(lang, "phase-weeks"));
    let mut value = match state.weeks {
        Some((i, typed)) if i == shown => typed,
        _ => u16::try_from(phase.week_count()).unwrap_or(MAX_PHASE_WEEKS),
    };
    let response = ui
        .add(
            egui::DragValue::new(&mut value)
                .range(1..=MAX_PHASE_WEEKS)
                .speed(0.1),
        )
        .labelled_by(label.id)
        .on_hover_text(if plan.is_one_week() {
            t(lang, "phase-weeks-one-hover")
        } else {
            t(lang, "phase-weeks-hover")
        });
    if response.changed() {
        state.weeks = Some((shown, value));
    }
    if !response.dragged()
        && !response.has_focus()
        && let Some((i, typed)) = state.weeks.take()
        && plan.phases.get(i).is_some_and(|p| p.weeks != Some(typed))
    {
        actions.push(PhaseAction::SetWeeks(i, Some(typed)));
    }
    if plan.phases.len() == 1
        && phase.weeks.is_some()
        && plan.start.is_none()
        && ui
            .button(t(lang, "phase-one-week"))
            .on_hover_text(t(lang, "phase-one-week-hover"))
            .clicked()
    {
        actions.push(PhaseAction::SetWeeks(shown, None));
    }
}

/// One phase as a two-line chip: "2. Evening IOP" over "IOP, 6 weeks, meets".
fn chip_ui(
    ui: &mut Ui,
    plan: &Plan,
    index: usize,
    first_week: u32,
    meets: bool,
    selected: bool,
    catalog: &Catalog,
) -> Response {
    let lang = crate::ui::lang(ui.ctx());
    let phase = plan.phase(index);
    let title = format!("{}. {}", index + 1, phase_title(plan, index, catalog));
    let level = &catalog.level(phase.level).short_name;
    let weeks = phase.week_count();
    let detail = format!("{level}, {}, ", weeks_text(lang, weeks));
    let empty = phase.sessions.is_empty();
    let verdict = verdict_word(lang, meets, empty);
    // The selected chip sits on the selection colour, where the verdict's own red or green is
    // hard to read: the words carry the verdict there.
    let verdict_tone = if selected {
        ui.visuals().selection.stroke.color
    } else if empty {
        ui.visuals().weak_text_color()
    } else {
        verdict_color(ui, meets)
    };

    let max_text = 190.0;
    let text_color = ui.visuals().text_color();
    let galley = |text: WidgetText, ui: &Ui| {
        text.into_galley(
            ui,
            Some(TextWrapMode::Truncate),
            max_text,
            TextStyle::Button,
        )
    };
    let title = galley(RichText::new(title).strong().into(), ui);
    let detail_galley = galley(RichText::new(&detail).small().into(), ui);
    let verdict_galley = galley(
        RichText::new(verdict.as_str())
            .small()
            .strong()
            .color(verdict_tone)
            .into(),
        ui,
    );
    let pad = ui.spacing().button_padding;
    let line2 = detail_galley.size().x + verdict_galley.size().x;
    let size = vec2(
        title.size().x.max(line2).min(max_text + 60.0) + 2.0 * pad.x,
        title.size().y + detail_galley.size().y + 2.0 * pad.y + 2.0,
    );
    let (rect, response) = ui.allocate_exact_size(size, Sense::click());
    let last_week = first_week + weeks - 1;
    let spoken = tr(
        lang,
        "phase-spoken",
        &[
            ("n", (index + 1).into()),
            ("count", plan.phases.len().into()),
            ("name", phase_title(plan, index, catalog).into()),
            ("level", level.as_str().into()),
            ("weeks", weeks_text(lang, weeks).into()),
            ("first", first_week.into()),
            ("last", last_week.into()),
            ("verdict", verdict.as_str().into()),
        ],
    );
    response.widget_info(|| WidgetInfo::selected(Role::Button, true, selected, &spoken));

    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact_selectable(&response, selected);
        let painter = ui.painter();
        painter.rect(
            rect,
            CornerRadius::same(6),
            visuals.weak_bg_fill,
            visuals.bg_stroke,
            StrokeKind::Inside,
        );
        if selected {
            painter.rect_stroke(
                rect.shrink(1.0),
                CornerRadius::same(6),
                Stroke::new(2.0, ui.visuals().selection.stroke.color),
                StrokeKind::Inside,
            );
        }
        if response.has_focus() {
            painter.rect_stroke(
                rect.expand(2.0),
                CornerRadius::same(8),
                ui.visuals().selection.stroke,
                StrokeKind::Outside,
            );
        }
        let top = pos2(rect.left() + pad.x, rect.top() + pad.y);
        let title_color = if selected {
            visuals.text_color()
        } else {
            text_color
        };
        let line2_y = top.y + title.size().y + 2.0;
        painter.galley(top, title, title_color);
        let detail_width = detail_galley.size().x;
        painter.galley(pos2(top.x, line2_y), detail_galley, text_color);
        painter.galley(
            pos2(top.x + detail_width, line2_y),
            verdict_galley,
            text_color,
        );
    }
    response
        .on_hover_text(spoken)
        .on_hover_cursor(egui::CursorIcon::PointingHand)
}

/// "2 of 3 phases meet", with each phase that does not meet named as a link that shows it.
/// Drawn at the top of the results panel for plans of more than one phase.
pub fn phase_verdicts_ui(
    ui: &mut Ui,
    plan: &Plan,
    report: &PlanReport,
    shown: usize,
    catalog: &Catalog,
) -> Option<PhaseAction> {
    let count = plan.phases.len();
    if count < 2 {
        return None;
    }
    let lang = crate::ui::lang(ui.ctx());
    let mut action = None;
    let meeting = report.phases.iter().filter(|r| r.meets()).count();
    let all = meeting == count;
    let headline = if all {
        tr(lang, "phases-all-meet", &[("count", count.into())])
    } else {
        tr(
            lang,
            "phases-some-meet",
            &[("meeting", meeting.into()), ("count", count.into())],
        )
    };
    ui.add(
        egui::Label::new(
            RichText::new(headline)
                .strong()
                .color(verdict_color(ui, all)),
        )
        .wrap(),
    );
    if !all {
        ui.horizontal_wrapped(|ui| {
            ui.label(t(lang, "phases-does-not-meet"));
            for (i, r) in report.phases.iter().enumerate() {
                if r.meets() {
                    continue;
                }
                let name = format!("{}. {}", i + 1, phase_title(plan, i, catalog));
                if ui
                    .link(name)
                    .on_hover_text(t(lang, "phases-show-phase"))
                    .clicked()
                {
                    action = Some(PhaseAction::Select(i));
                }
            }
        });
    }
    ui.label(
        RichText::new(tr(
            lang,
            "phases-below",
            &[
                ("n", (shown + 1).into()),
                ("count", count.into()),
                ("name", phase_title(plan, shown, catalog).into()),
            ],
        ))
        .color(ui.visuals().weak_text_color()),
    );
    ui.add_space(6.0);
    action
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Clock, Day, Session, SessionKind};

    fn day_program() -> Plan {
        let mut plan = Plan::new(LevelId::DayProgram);
        plan.phases[0].name = "Day program".into();
        plan.phases[0].sessions.push(Session {
            day: Day::Mon,
            start: Clock::from_hm(9, 0).unwrap(),
            end: Clock::from_hm(15, 0).unwrap(),
            kind: SessionKind::Group,
            title: String::new(),
        });
        plan
    }

    #[test]
    fn stepping_down_copies_the_phase_one_level_lower_right_after_it() {
        let catalog = Catalog::builtin();
        let mut plan = day_program();
        assert!(plan.is_one_week());
        assert_eq!(
            apply(&mut plan, &PhaseAction::StepDown(0), catalog),
            Some(1)
        );
        assert_eq!(plan.phases.len(), 2);
        let copy = &plan.phases[1];
        assert_eq!(copy.level, LevelId::Iop);
        assert_eq!(copy.name, catalog.level(LevelId::Iop).short_name);
        assert_eq!(copy.sessions, plan.phases[0].sessions);
        assert_eq!(
            (plan.phases[0].weeks, copy.weeks),
            (Some(1), Some(1)),
            "a plan of phases gives every phase a week count"
        );
        apply(&mut plan, &PhaseAction::StepDown(1), catalog);
        assert_eq!(plan.phases[2].level, LevelId::Outpatient);
        let before = plan.clone();
        assert_eq!(apply(&mut plan, &PhaseAction::StepDown(2), catalog), None);
        assert_eq!(plan, before, "nothing is below outpatient");
    }

    #[test]
    fn weeks_turn_a_plain_week_into_a_plan_of_weeks_and_back() {
        let catalog = Catalog::builtin();
        let mut plan = day_program();
        apply(&mut plan, &PhaseAction::SetWeeks(0, Some(300)), catalog);
        assert_eq!(plan.phases[0].weeks, Some(MAX_PHASE_WEEKS));
        assert!(!plan.is_one_week());
        apply(&mut plan, &PhaseAction::SetWeeks(0, None), catalog);
        assert!(plan.is_one_week());
        apply(&mut plan, &PhaseAction::Add { after: 0 }, catalog);
        let before = plan.clone();
        apply(&mut plan, &PhaseAction::SetWeeks(1, None), catalog);
        assert_eq!(plan, before, "in a plan of phases every phase has weeks");
        let start = chrono::NaiveDate::from_ymd_opt(2027, 1, 4);
        let mut one = day_program();
        apply(&mut one, &PhaseAction::SetStart(start), catalog);
        assert_eq!((one.start, one.phases[0].weeks), (start, Some(1)));
    }

    #[test]
    fn phases_move_and_go_but_the_last_one_stays() {
        let catalog = Catalog::builtin();
        let mut plan = day_program();
        apply(&mut plan, &PhaseAction::StepDown(0), catalog);
        apply(
            &mut plan,
            &PhaseAction::Rename(1, "  Evening IOP ".into()),
            catalog,
        );
        assert_eq!(plan.phases[1].name, "Evening IOP");
        assert_eq!(
            apply(&mut plan, &PhaseAction::Move { from: 1, to: 0 }, catalog),
            Some(0)
        );
        assert_eq!(plan.phases[0].name, "Evening IOP");
        assert_eq!(
            apply(&mut plan, &PhaseAction::Move { from: 1, to: 5 }, catalog),
            None
        );
        assert_eq!(apply(&mut plan, &PhaseAction::Remove(1), catalog), Some(0));
        assert_eq!(apply(&mut plan, &PhaseAction::Remove(0), catalog), None);
        assert_eq!(plan.phases.len(), 1);
        assert_eq!(plan.phases[0].name, "Evening IOP");
    }

    #[test]
    fn a_phase_without_a_name_goes_by_its_level() {
        let catalog = Catalog::builtin();
        let plan = Plan::new(LevelId::Iop);
        assert_eq!(
            phase_title(&plan, 0, catalog),
            catalog.level(LevelId::Iop).short_name
        );
        assert_eq!(lower_level(LevelId::Inpatient), Some(LevelId::DayProgram));
        assert_eq!(lower_level(LevelId::Outpatient), None);
        assert_eq!(weeks_text(Lang::En, 1), "1 week");
        assert_eq!(weeks_text(Lang::Es, 1), "1 semana");
        assert_eq!(weeks_text(Lang::Es, 6), "6 semanas");
    }
}
