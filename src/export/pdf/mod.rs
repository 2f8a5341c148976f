//! Printable PDFs of a plan (the week drawn as a grid, the hours by day, the verdict and the
//! findings; a plan of phases also as a timeline of weeks) and of a programs file (the programs
//! side by side, each week drawn over mine), with the sources, and on every page the help
//! lines and the disclaimer.
//!
//! Two layers. The drawing layer ([`Sheet`], [`Block`], [`WeekPicture`], [`Timeline`],
//! [`Table`], [`render`]) lays out and draws plain data and knows nothing of plans. The adapters
//! ([`plan_pdf`], [`programs_pdf`]) turn a plan or a programs file and its report into a
//! [`Sheet`].
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
mod programs;
mod text;
mod timeline;
mod week;

pub use compose::{Block, LegendItem, Paragraph, Sheet, Style, Swatch, Table, render};
pub use palette::Rgb;
pub use plan::{plan_pdf, plan_sheet, week_picture};
pub use programs::{programs_pdf, programs_sheet};
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
    /// A phase's heading: "Phase {n}: {name}, {span}".
    pub phase: String,
    /// A phase's span: "weeks {first} to {last}", or "week {first}" for one week.
    pub weeks_span: String,
    pub week_span: String,
    /// "from {date}", after a phase's span on the timeline when the plan has a start date.
    pub from_date: String,
    /// Under a phased plan's title: "{phases} phases over {weeks} weeks."
    pub plan_span: String,
    /// The same, with a start date: "{phases} phases over {weeks} weeks, starting {date}."
    pub plan_span_from: String,
    /// "Week", before the week numbers on the timeline.
    pub week: String,
    /// The timeline's alternate text: "Hours of sessions each week. {phases}"
    pub timeline_alt: String,
    /// "{hours} a week".
    pub a_week: String,
    /// The words of a programs comparison.
    pub programs: ProgramsWords,
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
            phase: "Phase {n}: {name}, {span}".into(),
            weeks_span: "weeks {first} to {last}".into(),
            week_span: "week {first}".into(),
            from_date: "from {date}".into(),
            plan_span: "{phases} phases over {weeks} weeks.".into(),
            plan_span_from: "{phases} phases over {weeks} weeks, starting {date}.".into(),
            week: "Week".into(),
            timeline_alt: "Hours of sessions each week. {phases}".into(),
            a_week: "{hours} a week".into(),
            programs: ProgramsWords::default(),
            lang: "en".into(),
        }
    }
}

impl PdfWords {
    /// The words in `lang` (English is [`PdfWords::default`]).
    pub fn for_lang(lang: crate::i18n::Lang) -> PdfWords {
        use crate::check::{day_short_in, kind_label_in};
        use crate::i18n::Lang;
        if lang == Lang::En {
            return PdfWords::default();
        }
        PdfWords {
            untitled: "Plan sin nombre".into(),
            level_of_care: "Nivel de atención".into(),
            hour_rules: "Reglas de horas".into(),
            hours: "Horas".into(),
            days: "Días".into(),
            the_week: "La semana".into(),
            hours_by_day: "Horas".into(),
            day_names: crate::plan::Day::ALL.map(|d| day_short_in(lang, d)),
            kind_names: crate::plan::SessionKind::ALL.map(|k| kind_label_in(lang, k)),
            commitment: "Compromiso (rayado)".into(),
            clash: "Choque".into(),
            clash_legend: "Rojo: horas con dos cosas a la vez".into(),
            findings: "Qué revisar".into(),
            nothing_to_change: "Nada que cambiar.".into(),
            needs_a_change: "Necesita un cambio".into(),
            worth_a_look: "Vale la pena revisar".into(),
            sources: "Fuentes".into(),
            intensity: "Solo por las horas, esta semana tiene la intensidad de {level}.".into(),
            help: "Ayuda gratis y confidencial, 24/7: Línea Nacional de Ayuda de SAMHSA 1-800-662-4357 (atienden en español). Línea 988 de Prevención del Suicidio y Crisis: llame al 988 y marque 2, o envíe AYUDA al 988. En una emergencia, llame al 911.".into(),
            disclaimer: format!(
                "{} La revisión cuenta horas de reloj de las sesiones programadas (un grupo de 50 minutos cuenta 50 minutos).",
                crate::check::disclaimer(lang)
            ),
            page_of: "Página {page} de {pages}".into(),
            phase: "Etapa {n}: {name}, {span}".into(),
            weeks_span: "semanas {first} a {last}".into(),
            week_span: "semana {first}".into(),
            from_date: "desde el {date}".into(),
            plan_span: "{phases} etapas en {weeks} semanas.".into(),
            plan_span_from: "{phases} etapas en {weeks} semanas, desde el {date}.".into(),
            week: "Semana".into(),
            timeline_alt: "Horas de sesiones cada semana. {phases}".into(),
            a_week: "{hours} por semana".into(),
            programs: ProgramsWords {
                untitled: "Programas que estoy considerando".into(),
                my_week: "Mi semana".into(),
                no_commitments: "No hay compromisos anotados.".into(),
                side_by_side: "Lado a lado".into(),
                no_ranking: "Los programas están en el orden en que se anotaron. Nada aquí los ordena ni escoge uno.".into(),
                program: "Programa".into(),
                meets: "Cumple".into(),
                does_not_meet: "No cumple".into(),
                not_entered: "Semana habitual aún no anotada".into(),
                hours_a_week: "Horas por semana".into(),
                days_a_week: "Días por semana".into(),
                clashes: "Choques con mi semana".into(),
                no_clash: "Sin choques".into(),
                must_haves_missed: "Imprescindibles aún sin confirmar".into(),
                none: "Ninguno".into(),
                must_have: "(imprescindible)".into(),
                details: [
                    "Cuándo podría empezar",
                    "Contacto",
                    "Dirección",
                    "Mi costo estimado",
                    "Idiomas",
                    "Notas",
                ]
                .map(String::from),
                replies: ["Sí", "No", "Aún no sé"].map(String::from),
                asked: "preguntado el {date}".into(),
            },
            lang: lang.code().into(),
        }
    }

    /// The language of these words.
    pub fn language(&self) -> crate::i18n::Lang {
        crate::i18n::Lang::from_code(&self.lang).unwrap_or_default()
    }
}

/// The fixed words of a programs comparison ([`programs_pdf`]), English by default.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgramsWords {
    pub untitled: String,
    pub my_week: String,
    pub no_commitments: String,
    pub side_by_side: String,
    /// Under the title: the comparison lists, it never ranks.
    pub no_ranking: String,
    /// The table's corner cell.
    pub program: String,
    pub meets: String,
    pub does_not_meet: String,
    pub not_entered: String,
    pub hours_a_week: String,
    pub days_a_week: String,
    pub clashes: String,
    pub no_clash: String,
    pub must_haves_missed: String,
    pub none: String,
    /// After a question's label when the person marked it a must-have.
    pub must_have: String,
    /// The programs' own details, in the order of the file: start, contact, address, cost,
    /// languages, notes.
    pub details: [String; 6],
    /// Yes, No, Not sure yet, in `Reply::ALL` order.
    pub replies: [String; 3],
    /// "asked {date}".
    pub asked: String,
}

impl Default for ProgramsWords {
    fn default() -> Self {
        ProgramsWords {
            untitled: "Programs I'm considering".into(),
            my_week: "My week".into(),
            no_commitments: "No commitments entered.".into(),
            side_by_side: "Side by side".into(),
            no_ranking: "Programs are listed in the order they were entered. Nothing here ranks them or picks one.".into(),
            program: "Program".into(),
            meets: "Meets".into(),
            does_not_meet: "Does not meet".into(),
            not_entered: "Usual week not entered yet".into(),
            hours_a_week: "Hours a week".into(),
            days_a_week: "Days a week".into(),
            clashes: "Clashes with my week".into(),
            no_clash: "No clash".into(),
            must_haves_missed: "Must-haves not confirmed yet".into(),
            none: "None".into(),
            must_have: "(must-have)".into(),
            details: [
                "When I could start",
                "Contact",
                "Address",
                "My estimated cost",
                "Languages",
                "Notes",
            ]
            .map(String::from),
            replies: ["Yes", "No", "Not sure yet"].map(String::from),
            asked: "asked {date}".into(),
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
