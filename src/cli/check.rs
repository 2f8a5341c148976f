//! `carelevels check FILE`: the same check as the app, without a window.

use std::io::Write;
use std::path::Path;

use super::report::{human_report_in, json_report_in, programs_json, programs_report};
use super::{EXIT_DOES_NOT_MEET, EXIT_INVALID, EXIT_MEETS, write_out};
use crate::catalog::Catalog;
use crate::check::{self, UnknownRuleSet};
use crate::document::{self, Document};
use crate::i18n::Lang;
use crate::programs;
use crate::text::for_display;

/// Runs `check` and returns the exit status. Reports go to `out`, problems to `err`.
pub fn run_check(
    path: &Path,
    rules: Option<&str>,
    json: bool,
    lang: Lang,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    let catalog = Catalog::builtin();
    let doc = match document::load(path) {
        Ok(doc) => doc,
        Err(e) => {
            let _ = writeln!(err, "carelevels: {}", for_display(&e.to_string()));
            return EXIT_INVALID;
        }
    };
    let unknown_rules = |e: UnknownRuleSet, err: &mut dyn Write| {
        let _ = match rules {
            Some(id) => writeln!(
                err,
                "carelevels: --rules {}: {}",
                for_display(id),
                for_display(&e.to_string())
            ),
            None => writeln!(
                err,
                "carelevels: {}: field `rules`: {}",
                path.display(),
                for_display(&e.to_string())
            ),
        };
        EXIT_INVALID
    };
    let (text, meets) = match &doc {
        Document::Plan(plan) => {
            let report = match check::check_plan(plan, catalog, rules) {
                Ok(report) => report,
                Err(e) => return unknown_rules(e, err),
            };
            let text = if json {
                json_report_in(lang, path, plan, &report, catalog)
            } else {
                human_report_in(lang, path, plan, &report, catalog)
            };
            (text, report.meets())
        }
        Document::Programs(list) => {
            let report = match programs::check_programs(list, catalog, rules) {
                Ok(report) => report,
                Err(e) => return unknown_rules(e, err),
            };
            let text = if json {
                programs_json(lang, path, list, &report, catalog)
            } else {
                programs_report(lang, path, list, &report, catalog)
            };
            (text, report.all_known_meet())
        }
    };
    write_out(&text, out, err);
    if meets {
        EXIT_MEETS
    } else {
        EXIT_DOES_NOT_MEET
    }
}
