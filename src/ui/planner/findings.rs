//! The findings in the live check panel: one card per finding, or one per commitment repeated
//! on several days, a dozen at first, each a button that jumps to what it is about.

use egui::{
    Color32, CornerRadius, Label, Rect, Response, RichText, Sense, StrokeKind, TextStyle,
    TextWrapMode, Ui, WidgetInfo, WidgetText, pos2, vec2,
};

use crate::check::{Code, Finding, Report, Severity, day_name_in};
use crate::i18n::Lang;
use crate::plan::{Day, Week};
use crate::ui::{t, tr};

use super::Item;
use super::results::ResultsAction;

/// The colour of a severity word, from the theme.
fn severity_colour(ui: &Ui, severity: Severity) -> Color32 {
    match severity {
        Severity::Error => ui.visuals().error_fg_color,
        Severity::Warning => ui.visuals().warn_fg_color,
    }
}

/// "Needs a change" or "Worth a look".
pub(crate) fn severity_words_in(lang: Lang, severity: Severity) -> String {
    match severity {
        Severity::Error => t(lang, "severity-error"),
        Severity::Warning => t(lang, "severity-warning"),
    }
}

/// The findings, each a row that can be clicked (or focused and activated with Enter/Space).
pub(super) fn findings_ui(
    ui: &mut Ui,
    report: &Report,
    groups: &[FindingGroup],
) -> Option<ResultsAction> {
    let lang = crate::ui::lang(ui.ctx());
    if report.findings.is_empty() {
        // The verdict above already says "No findings."; once is enough.
        return None;
    }
    if report.findings.iter().any(|f| f.code == Code::NoSessions) {
        // An empty week is a start, not a failure: no red cards, one line on what to do.
        let text = t(lang, "results-empty-week");
        ui.add(Label::new(RichText::new(text).weak()).wrap());
        return None;
    }
    crate::ui::a11y::heading(ui, t(lang, "results-what-to-look-at"), 2);
    let mut action = None;
    // A long list is shown a dozen at a time: more cards than that help no one read the week,
    // and laying out two hundred each frame would cost more than the whole week grid.
    let shown_id = ui.scope_id().with("findings-shown");
    let shown = ui
        .data(|d| d.get_temp::<usize>(shown_id))
        .unwrap_or(FINDINGS_AT_FIRST);
    for (index, group) in groups.iter().take(shown).enumerate() {
        let finding = &report.findings[group.first];
        let response = ui
            .push_id(("finding", index), |ui| {
                finding_row_ui(ui, finding, &group.also_on)
            })
            .inner;
        if response.clicked() {
            let item = finding
                .session
                .map(Item::Session)
                .or(finding.commitment.map(Item::Commitment));
            action = Some(ResultsAction::Focus {
                item,
                day: finding.day,
            });
        }
        ui.add_space(4.0);
    }
    if groups.len() > shown {
        let more = groups.len() - shown;
        let text = tr(lang, "results-more-findings", &[("n", more.into())]);
        if ui.button(text).clicked() {
            ui.data_mut(|d| d.insert_temp(shown_id, shown + FINDINGS_AT_FIRST * 4));
        }
    }
    action
}

/// How many finding cards show before "Show more".
pub(super) const FINDINGS_AT_FIRST: usize = 12;

/// Findings shown as one card: the first, and the other days the same thing happens.
pub(super) struct FindingGroup {
    first: usize,
    also_on: Vec<Day>,
}

/// How many finding cards the list shows: (errors, warnings).
pub(super) fn card_counts(report: &Report, groups: &[FindingGroup]) -> (usize, usize) {
    groups
        .iter()
        .map(|g| report.findings[g.first].severity)
        .fold((0, 0), |(e, w), severity| match severity {
            Severity::Error => (e + 1, w),
            Severity::Warning => (e, w + 1),
        })
}

/// One card per finding, except that a commitment repeated on several days (work Monday to
/// Friday during an inpatient stay) gets one card that names the days, not five alike.
pub(super) fn group_findings(report: &Report, week: &Week<'_>) -> Vec<FindingGroup> {
    let mut groups: Vec<FindingGroup> = Vec::new();
    let title = |f: &crate::check::Finding| {
        f.commitment
            .and_then(|i| week.commitments.get(i))
            .map(|c| (c.title.as_str(), c.start, c.end))
    };
    for (index, finding) in report.findings.iter().enumerate() {
        let same = (finding.code == Code::CommitmentWhileInpatient)
            .then(|| title(finding))
            .flatten()
            .and_then(|key| {
                groups.iter_mut().find(|g| {
                    let first = &report.findings[g.first];
                    first.code == finding.code && title(first) == Some(key)
                })
            });
        match (same, finding.day) {
            (Some(group), Some(day)) => group.also_on.push(day),
            _ => groups.push(FindingGroup {
                first: index,
                also_on: Vec::new(),
            }),
        }
    }
    groups
}

/// One finding: the severity in words over the wrapped message, on a framed, clickable row.
fn finding_row_ui(ui: &mut Ui, finding: &Finding, also_on: &[Day]) -> Response {
    let lang = crate::ui::lang(ui.ctx());
    let words = severity_words_in(lang, finding.severity);
    let colour = severity_colour(ui, finding.severity);
    let padding = vec2(8.0, 6.0);
    let stripe = 4.0;
    let width = ui.available_width();
    let wrap_width = (width - 2.0 * padding.x - stripe).max(40.0);
    let head = WidgetText::from(RichText::new(words.as_str()).strong().color(colour)).into_galley(
        ui,
        Some(TextWrapMode::Wrap),
        wrap_width,
        TextStyle::Body,
    );
    let message = finding.message_in(lang);
    let message = if also_on.is_empty() {
        message
    } else {
        let days: Vec<String> = also_on.iter().map(|d| day_name_in(lang, *d)).collect();
        tr(
            lang,
            "results-same-on",
            &[
                ("message", message.into()),
                ("days", crate::ui::list_words(lang, &days).into()),
            ],
        )
    };
    let body = WidgetText::from(message.as_str()).into_galley(
        ui,
        Some(TextWrapMode::Wrap),
        wrap_width,
        TextStyle::Body,
    );
    let height = 2.0 * padding.y + head.size().y + 2.0 + body.size().y;
    let (rect, response) = ui.allocate_exact_size(vec2(width, height), Sense::click());
    response.widget_info(|| {
        WidgetInfo::labeled(
            egui::accesskit::Role::Button,
            ui.is_enabled(),
            format!("{words}: {message}"),
        )
    });
    if ui.is_rect_visible(rect) {
        let visuals = ui.style().interact(&response);
        let painter = ui.painter();
        let stroke = if response.has_focus() {
            ui.visuals().selection.stroke
        } else {
            visuals.bg_stroke
        };
        painter.rect(rect, 4.0, visuals.weak_bg_fill, stroke, StrokeKind::Inside);
        let band = Rect::from_min_size(rect.min, vec2(stripe, rect.height()));
        painter.rect_filled(
            band,
            CornerRadius {
                nw: 4,
                sw: 4,
                ne: 0,
                se: 0,
            },
            colour,
        );
        let text_left = rect.left() + stripe + padding.x;
        let head_top = rect.top() + padding.y;
        let head_height = head.size().y;
        painter.galley(pos2(text_left, head_top), head, colour);
        painter.galley(
            pos2(text_left, head_top + head_height + 2.0),
            body,
            visuals.text_color(),
        );
    }
    response.on_hover_text(t(lang, "results-show-in-week"))
}
