//! The verdict banner: one line that says what the check found and who set the rules, and
//! the colours the results panel shares.
//!
//! The words tell a guideline ("Within ASAM's usual hours for IOP") from a regulation
//! ("Meets Virginia Medicaid's IOP rule"), say so when clashes are the only errors, and stay
//! neutral on an empty week instead of turning red.

use egui::{Color32, CornerRadius, Frame, Label, RichText, Ui};

use crate::catalog::{Catalog, RuleKind, RuleSet};
use crate::check::{Code, Report, headline};

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

fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// The banner's two lines: the headline and what lies below it.
pub(super) fn banner_words(
    report: &Report,
    set: Option<&RuleSet>,
    catalog: &Catalog,
) -> (String, String) {
    let level = &catalog.level(report.level).short_name;
    if report.findings.iter().any(|f| f.code == Code::NoSessions) {
        let what = match set {
            Some(s) if s.kind == RuleKind::Regulation => {
                format!(
                    "whether this week meets {} {level} rule",
                    s.issuer_possessive()
                )
            }
            Some(s) => format!(
                "how this week compares with {} usual hours for {level}",
                s.issuer_possessive()
            ),
            None => format!("how this week compares with the rules for {level}"),
        };
        return (
            format!("Add sessions to see {what}"),
            "The check starts with the first session.".to_owned(),
        );
    }
    let errors = report.errors().count();
    let warnings = report.warnings().count();
    let detail = match (errors, warnings) {
        (0, 0) => "No findings.".to_owned(),
        (0, w) => format!(
            "{} worth a look below: usual practice, not rules.",
            count(w, "thing", "things")
        ),
        (e, 0) => format!("{} below.", count(e, "finding", "findings")),
        (e, w) => format!(
            "{} below, and {w} more worth a look.",
            count(e, "finding", "findings")
        ),
    };
    (headline(report, set, catalog), detail)
}

/// The verdict in big coloured words, with how many findings lie below.
pub(super) fn verdict_banner_ui(
    ui: &mut Ui,
    report: &Report,
    set: Option<&RuleSet>,
    catalog: &Catalog,
) {
    let empty = report.findings.iter().any(|f| f.code == Code::NoSessions);
    let tone = if empty {
        neutral(ui)
    } else {
        tone(ui, report.meets())
    };
    let (headline, detail) = banner_words(report, set, catalog);
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
            ui.add(Label::new(RichText::new(headline).size(size).strong().color(tone.text)).wrap());
            ui.add(Label::new(RichText::new(detail).color(tone.text)).wrap());
        });
}
