//! Printable PDFs of a plan: the week drawn as a grid, the hours by day, the verdict and the
//! findings, the sources, and on every page the help lines and the disclaimer.
//!
//! Two layers. The drawing layer ([`Sheet`], [`Block`], [`WeekPicture`], [`Timeline`],
//! [`Table`], [`render`]) lays out and draws plain data and knows nothing of plans. The adapters
//! ([`plan_pdf`]) turn a plan and its report into a [`Sheet`].
//!
//! Pure Rust: krilla writes the PDF and embeds the subset of the app's own typeface (egui's
//! default, Ubuntu Light) that the document uses, so text is real, selectable and searchable,
//! and no system font or library is needed. Architecture invariant: no egui here.
//!
//! ```no_run
//! use carelevels::catalog::Catalog;
//! use carelevels::check::check_plan;
//! use carelevels::export::pdf::{PdfOptions, plan_pdf};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let catalog = Catalog::builtin();
//! let plan = carelevels::plan::file::load(std::path::Path::new("plan.ron"))?;
//! let report = check_plan(&plan, catalog, None)?;
//! let bytes = plan_pdf(&plan, &report, catalog, &PdfOptions::from_env())?;
//! std::fs::write("plan.pdf", bytes)?;
//! # Ok(()) }
//! ```

mod compose;
mod palette;
mod pen;
mod plan;
mod text;
mod timeline;
mod week;

pub use compose::{Block, LegendItem, Paragraph, Sheet, Style, Swatch, Table, render};
pub use palette::Rgb;
pub use plan::{plan_pdf, plan_sheet, week_picture};
pub use timeline::{Timeline, TimelinePhase};
pub use week::{DayBars, PictureBlock, Trouble, WeekPicture, hours_in_use, mark_clashes};

/// Paper size of the pages.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum PageSize {
    /// US Letter, 8.5 x 11 in.
    #[default]
    Letter,
    /// ISO A4, 210 x 297 mm.
    A4,
}

/// Regions whose paper is US Letter (the Americas that use it, and the Philippines); the rest
/// of the world uses A4.
const LETTER_REGIONS: [&str; 15] = [
    "US", "CA", "MX", "PH", "PR", "CL", "CO", "VE", "CR", "GT", "PA", "DO", "SV", "NI", "BZ",
];

impl PageSize {
    /// The usual paper of a locale such as `en_US.UTF-8`, `es-MX` or `fr_FR@euro`: Letter in
    /// the regions that use it, A4 elsewhere, and A4 when the locale names no region ("C").
    pub fn for_locale(locale: &str) -> PageSize {
        let base = locale.split(['.', '@']).next().unwrap_or("");
        let region = base.split(['_', '-']).nth(1).unwrap_or("");
        if LETTER_REGIONS
            .iter()
            .any(|r| r.eq_ignore_ascii_case(region))
        {
            PageSize::Letter
        } else {
            PageSize::A4
        }
    }

    /// The paper of the user's locale: `LC_ALL`, then `LC_PAPER`, then `LANG` (POSIX order),
    /// Letter when none is set.
    pub fn from_env() -> PageSize {
        Self::from_vars(|name| std::env::var(name).ok())
    }

    fn from_vars(var: impl Fn(&str) -> Option<String>) -> PageSize {
        ["LC_ALL", "LC_PAPER", "LANG"]
            .into_iter()
            .filter_map(var)
            .find(|value| !value.is_empty())
            .map_or(PageSize::Letter, |locale| PageSize::for_locale(&locale))
    }
}

/// The fixed words on the pages, English by default. Everything a reader sees that does not
/// come from the plan, the catalog or the check is here, so another language is one value.
#[derive(Clone, Debug, PartialEq)]
pub struct PdfWords {
    pub untitled: String,
    pub level_of_care: String,
    pub hour_rules: String,
    pub hours: String,
    pub days: String,
    pub the_week: String,
    pub hours_by_day: String,
    /// Short day names, Monday first, for the grid's columns.
    pub day_names: [String; 7],
    /// The kinds of session, in `SessionKind::ALL` order, for the legend.
    pub kind_names: [String; 7],
    pub commitment: String,
    pub clash: String,
    /// The legend's words for the red outline.
    pub clash_legend: String,
    pub findings: String,
    pub nothing_to_change: String,
    pub needs_a_change: String,
    pub worth_a_look: String,
    pub sources: String,
    /// "By hours alone this week is {level} intensity."
    pub intensity: String,
    /// The help lines, printed on every page.
    pub help: String,
    /// The disclaimer and how hours are counted, printed on every page.
    pub disclaimer: String,
    /// "Page {page} of {pages}".
    pub page_of: String,
    /// BCP 47 language tag of these words ("en").
    pub lang: String,
}

impl Default for PdfWords {
    fn default() -> Self {
        let days = crate::plan::Day::ALL.map(|d| d.code().to_owned());
        let kinds = crate::plan::SessionKind::ALL.map(|k| k.label().to_owned());
        PdfWords {
            untitled: "Untitled plan".into(),
            level_of_care: "Level of care".into(),
            hour_rules: "Hour rules".into(),
            hours: "Hours".into(),
            days: "Days".into(),
            the_week: "The week".into(),
            hours_by_day: "Hours".into(),
            day_names: days,
            kind_names: kinds,
            commitment: "Commitment (hatched)".into(),
            clash: "Clash".into(),
            clash_legend: "Red: double-booked time".into(),
            findings: "What to look at".into(),
            nothing_to_change: "Nothing to change.".into(),
            needs_a_change: super::severity_words(crate::check::Severity::Error).into(),
            worth_a_look: super::severity_words(crate::check::Severity::Warning).into(),
            sources: "Sources".into(),
            intensity: "By hours alone this week is {level} intensity.".into(),
            help: "Free, confidential help, 24/7: SAMHSA National Helpline 1-800-662-4357. 988 Suicide & Crisis Lifeline: call or text 988. In an emergency, call 911.".into(),
            disclaimer: format!(
                "{} The check counts clock hours of scheduled sessions (a 50-minute group counts 50 minutes).",
                super::DISCLAIMER
            ),
            page_of: "Page {page} of {pages}".into(),
            lang: "en".into(),
        }
    }
}

/// How to print.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PdfOptions {
    pub page_size: PageSize,
    pub words: PdfWords,
}

impl PdfOptions {
    /// English words on the paper of the user's locale ([`PageSize::from_env`]).
    pub fn from_env() -> PdfOptions {
        PdfOptions {
            page_size: PageSize::from_env(),
            words: PdfWords::default(),
        }
    }
}

/// Why a PDF could not be made. None of these depends on the plan: they mean a broken build.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PdfError {
    #[error("the built-in typeface could not be read")]
    Font,
    #[error("the page size is not valid")]
    Layout,
    #[error("the PDF could not be written: {0}")]
    Write(String),
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letter_where_it_is_used_and_a4_elsewhere() {
        for locale in [
            "en_US.UTF-8",
            "en_CA",
            "fr_CA.UTF-8",
            "es_MX.UTF-8",
            "es-mx",
            "en_PH",
            "fil_PH",
            "es_CO@x",
        ] {
            assert_eq!(PageSize::for_locale(locale), PageSize::Letter, "{locale}");
        }
        for locale in [
            "en_GB.UTF-8",
            "es_ES",
            "de_DE@euro",
            "fr_FR",
            "en_AU",
            "C",
            "POSIX",
            "en",
            "",
        ] {
            assert_eq!(PageSize::for_locale(locale), PageSize::A4, "{locale}");
        }
    }

    #[test]
    fn the_environment_follows_posix_precedence() {
        let vars =
            |all: Option<&'static str>, paper: Option<&'static str>, lang: Option<&'static str>| {
                move |name: &str| -> Option<String> {
                    match name {
                        "LC_ALL" => all,
                        "LC_PAPER" => paper,
                        "LANG" => lang,
                        _ => None,
                    }
                    .map(str::to_owned)
                }
            };
        assert_eq!(
            PageSize::from_vars(vars(None, None, None)),
            PageSize::Letter
        );
        assert_eq!(
            PageSize::from_vars(vars(None, None, Some("de_DE.UTF-8"))),
            PageSize::A4
        );
        assert_eq!(
            PageSize::from_vars(vars(None, Some("en_US.UTF-8"), Some("de_DE"))),
            PageSize::Letter
        );
        assert_eq!(
            PageSize::from_vars(vars(Some("en_GB"), Some("en_US"), None)),
            PageSize::A4
        );
        assert_eq!(
            PageSize::from_vars(vars(Some(""), None, Some("es_MX"))),
            PageSize::Letter
        );
    }
}
