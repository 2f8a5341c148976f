//! `carelevels export FILE --to OUT`: the app's exports without a window. The ending of OUT
//! chooses the kind: `.pdf`, `.ics` (a calendar) or `.txt` (a summary to print or send).

use std::io::Write;
use std::path::Path;

use chrono::{Datelike, Days, Local, NaiveDate};

use super::{EXIT_INVALID, PaperArg};
use crate::catalog::Catalog;
use crate::check;
use crate::document::{self, Document};
use crate::export;
use crate::i18n::Lang;
use crate::plan::file::write_atomic;
use crate::programs;

/// What `--to` asks for, by its ending.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Pdf,
    Calendar,
    Text,
}

fn kind_of(path: &Path) -> Option<Kind> {
    let ending = path.extension()?.to_str()?.to_ascii_lowercase();
    match ending.as_str() {
        "pdf" => Some(Kind::Pdf),
        "ics" => Some(Kind::Calendar),
        "txt" => Some(Kind::Text),
        _ => None,
    }
}

/// The first Monday on or after `today`: a calendar that starts the whole week together.
pub fn next_monday(today: NaiveDate) -> NaiveDate {
    let ahead = (7 - today.weekday().num_days_from_monday()) % 7;
    today
        .checked_add_days(Days::new(u64::from(ahead)))
        .unwrap_or(today)
}

/// Runs `export` and returns the exit status: 0 written, 2 when the input is invalid or the
/// output cannot be written.
pub fn run_export(
    path: &Path,
    to: &Path,
    start: Option<&str>,
    lang: Lang,
    paper: Option<PaperArg>,
    err: &mut dyn Write,
) -> i32 {
    let fail = |message: String, err: &mut dyn Write| {
        // The message may quote the file: shown safely (see `crate::text`).
        let _ = writeln!(err, "carelevels: {}", crate::text::for_display(&message));
        EXIT_INVALID
    };
    let Some(kind) = kind_of(to) else {
        return fail(
            format!(
                "--to {}: say which kind of export by the file's ending: .pdf, .ics or .txt",
                to.display()
            ),
            err,
        );
    };
    let start = match start.map(|s| (s, NaiveDate::parse_from_str(s, "%Y-%m-%d"))) {
        None => None,
        Some((_, Ok(date))) => Some(date),
        Some((text, Err(_))) => {
            return fail(
                format!("--start {text}: write the date as YYYY-MM-DD, like 2027-01-04"),
                err,
            );
        }
    };
    let doc = match document::load(path) {
        Ok(doc) => doc,
        Err(e) => return fail(e.to_string(), err),
    };
    // Every export speaks `lang`: its words, and the names from that language's catalog.
    let catalog = Catalog::builtin_in(lang);
    let bytes = match render(&doc, kind, start, lang, paper, catalog) {
        Ok(bytes) => bytes,
        Err(message) => return fail(format!("{}: {message}", path.display()), err),
    };
    match write_atomic(to, &bytes) {
        Ok(()) => 0,
        Err(e) => fail(e.to_string(), err),
    }
}

fn render(
    doc: &Document,
    kind: Kind,
    start: Option<NaiveDate>,
    lang: Lang,
    paper: Option<PaperArg>,
    catalog: &Catalog,
) -> Result<Vec<u8>, String> {
    let rules_error = |e: check::UnknownRuleSet| format!("field `rules`: {e}");
    match (doc, kind) {
        (Document::Plan(plan), Kind::Text) => {
            let report = check::check_plan(plan, catalog, None).map_err(rules_error)?;
            Ok(export::text_summary_in(lang, plan, &report, catalog).into_bytes())
        }
        (Document::Plan(plan), Kind::Calendar) => {
            let from = start
                .or(plan.start)
                .unwrap_or_else(|| next_monday(Local::now().date_naive()));
            let weeks = (!plan.is_one_week()).then(|| plan.total_weeks());
            Ok(export::to_icalendar_in(lang, plan, from, weeks, true).into_bytes())
        }
        (Document::Programs(list), Kind::Text) => {
            let report = programs::check_programs(list, catalog, None).map_err(rules_error)?;
            Ok(export::programs_summary_in(lang, list, &report, catalog).into_bytes())
        }
        (Document::Programs(_), Kind::Calendar) => Err(
            "a programs file has no calendar of its own: export one program's week from the app, or export the comparison as .pdf or .txt".into(),
        ),
        (Document::Plan(plan), Kind::Pdf) => {
            let report = check::check_plan(plan, catalog, None).map_err(rules_error)?;
            export::pdf::plan_pdf(plan, &report, catalog, &pdf_options(paper, lang))
                .map_err(|e| e.to_string())
        }
        (Document::Programs(list), Kind::Pdf) => {
            let report = programs::check_programs(list, catalog, None).map_err(rules_error)?;
            export::pdf::programs_pdf(list, &report, catalog, &pdf_options(paper, lang))
                .map_err(|e| e.to_string())
        }
    }
}

/// English words on `--paper`, else on the paper of the locale.
fn pdf_options(paper: Option<PaperArg>, lang: Lang) -> export::pdf::PdfOptions {
    let mut options = export::pdf::PdfOptions::from_env();
    options.words = export::pdf::PdfWords::for_lang(lang);
    if let Some(paper) = paper {
        options.page_size = match paper {
            PaperArg::Letter => export::pdf::PageSize::Letter,
            PaperArg::A4 => export::pdf::PageSize::A4,
        };
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_calendar_starts_on_the_next_monday() {
        let d = |y, m, day| NaiveDate::from_ymd_opt(y, m, day).unwrap();
        assert_eq!(next_monday(d(2026, 11, 28)), d(2026, 11, 30));
        assert_eq!(next_monday(d(2026, 11, 30)), d(2026, 11, 30));
        assert_eq!(next_monday(d(2026, 12, 6)), d(2026, 12, 7));
    }
}
