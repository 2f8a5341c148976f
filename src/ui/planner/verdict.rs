//! The verdict banner: one line that says what the check found and who set the rules, and
//! the colours the results panel shares.
//!
//! The words tell a guideline ("Within ASAM's usual hours for IOP") from a regulation
//! ("Meets Virginia Medicaid's IOP rule"), say so when clashes are the only errors, and stay
//! neutral on an empty week instead of turning red.

use egui::{Color32, CornerRadius, Frame, Label, RichText, Ui};

use crate::catalog::{Catalog, RuleKind, RuleSet};
use crate::check::{Code, Report, headline_in};
use crate::i18n::Lang;
use crate::ui::{t, tr};

/// Green-ish when the week meets the rules, red-ish when it does not; readable in both themes.
pub(super) struct Tone {
    pub fill: Color32,
    pub text: Color32,
}

pub(super) fn tone(ui: &Ui, meets: bool) -> Tone {
    let (fill, text) = crate::ui::theme::verdict(meets, ui.visuals().dark_mode);
    Tone { fill, text }
}

/// Neither good nor bad: the theme's own panel colours.
fn neutral(ui: &Ui) -> Tone {
    Tone {
        fill: ui.visuals().faint_bg_color,
        text: ui.visuals().strong_text_color(),
    }
}

/// The banner's two lines: the headline and what lies below it. `cards` counts the finding
/// cards below, (errors, warnings): work on five weekdays is one card, so the banner says one.
pub(super) fn banner_words(
    lang: Lang,
    report: &Report,
    set: Option<&RuleSet>,
    catalog: &Catalog,
    cards: (usize, usize),
) -> (String, String) {
    let level = &catalog.level(report.level).short_name;
    if report.findings.iter().any(|f| f.code == Code::NoSessions) {
        let id = match set {
            Some(s) if s.kind == RuleKind::Regulation => "banner-empty-regulation",
            Some(_) => "banner-empty-guideline",
            None => "banner-empty",
        };
        let owner = set.map(|s| s.issuer_possessive()).unwrap_or_default();
        let issuer = set.map(|s| s.issuer.as_str()).unwrap_or_default();
        return (
            tr(
                lang,
                id,
                &[
                    ("level", level.as_str().into()),
                    ("owner", owner.into()),
                    ("issuer", issuer.into()),
                ],
            ),
            t(lang, "banner-starts-with-first"),
        );
    }
    let detail = match cards {
        (0, 0) => t(lang, "results-no-findings"),
        (0, w) => tr(lang, "banner-warnings", &[("n", w.into())]),
        (e, 0) => tr(lang, "banner-errors", &[("n", e.into())]),
        (e, w) => tr(
            lang,
            "banner-errors-warnings",
            &[("n", e.into()), ("w", w.into())],
        ),
    };
    (headline_in(lang, report, set, catalog), detail)
}

/// The verdict in big coloured words, with how many findings lie below.
pub(super) fn verdict_banner_ui(
    ui: &mut Ui,
    report: &Report,
    set: Option<&RuleSet>,
    catalog: &Catalog,
    cards: (usize, usize),
) {
    let empty = report.findings.iter().any(|f| f.code == Code::NoSessions);
    let tone = if empty {
        neutral(ui)
    } else {
        tone(ui, report.meets())
    };
    let lang = crate::ui::lang(ui.ctx());
    let (headline, detail) = banner_words(lang, report, set, catalog, cards);
    Frame::new()
        .fill(tone.fill)
        .corner_radius(CornerRadius::same(6))
        .inner_margin(10)
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            // Smaller in a narrow panel, so the headline keeps to two or three lines.
            let size = if ui.available_width() < 240.0 {
                16.0
            } else {
                20.0
            };
            let said = ui.add(
                Label::new(RichText::new(headline).size(size).strong().color(tone.text)).wrap(),
            );
            // Said aloud when it changes, wherever the focus is: the week was just edited.
            crate::ui::a11y::announce_changes(&said);
            ui.add(Label::new(RichText::new(detail).color(tone.text)).wrap());
        });
}
