//! PDFs read back the way a person's tools read them: text extracted with `pdftotext`, pages and
//! fonts counted with `pdfinfo` and `pdffonts` (poppler-utils). Where poppler-utils is missing,
//! the tests that need it say so and pass; the rest still run.

use std::path::{Path, PathBuf};
use std::process::Command;

use carelevels::catalog::Catalog;
use carelevels::check::{PlanReport, check_plan};
use carelevels::export::pdf::{
    Block, PageSize, PdfOptions, PdfWords, plan_pdf, plan_sheet, programs_pdf, programs_sheet,
    render,
};
use carelevels::export::{DISCLAIMER, verdict_sentence};
use carelevels::plan::{LevelId, Plan, file};
use carelevels::programs::{Program, Programs, Reply, check_programs};

/// The one-week example plans (the phased ones and the programs file print on more pages).
fn examples() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("the examples folder")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "ron"))
        .filter(|p| file::load(p).is_ok_and(|plan| plan.is_one_week()))
        .collect();
    paths.sort();
    assert!(!paths.is_empty());
    paths
}

fn load(path: &Path) -> (Plan, PlanReport) {
    let plan = file::load(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let report = check_plan(&plan, Catalog::builtin(), None).expect("a known rule set");
    (plan, report)
}

fn options(page_size: PageSize) -> PdfOptions {
    PdfOptions {
        page_size,
        words: PdfWords::default(),
    }
}

/// Runs a poppler tool on `pdf`; `None` (with a note) when the tool is not installed.
fn poppler(tool: &str, args: &[&str], pdf: &[u8]) -> Option<String> {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let path = dir.path().join("out.pdf");
    std::fs::write(&path, pdf).expect("the PDF is written");
    let path = path.to_string_lossy().into_owned();
    let mut all: Vec<&str> = args.to_vec();
    all.push(&path);
    if tool == "pdftotext" {
        all.push("-");
    }
    match Command::new(tool).args(&all).output() {
        Ok(out) => {
            assert!(
                out.status.success(),
                "{tool} failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            Some(String::from_utf8_lossy(&out.stdout).into_owned())
        }
        Err(_) => {
            eprintln!("note: {tool} (poppler-utils) is not installed; skipping this check");
            None
        }
    }
}

/// The text of the PDF with all runs of white space made one space.
fn text_of(pdf: &[u8]) -> Option<String> {
    let raw = poppler("pdftotext", &["-raw", "-enc", "UTF-8"], pdf)?;
    Some(raw.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn pages_of(pdf: &[u8]) -> Option<(usize, String)> {
    let info = poppler("pdfinfo", &[], pdf)?;
    let field = |name: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(name))
            .map(|v| v.trim().to_owned())
            .unwrap_or_else(|| panic!("pdfinfo has no {name}: {info}"))
    };
    let pages = field("Pages:").parse().expect("a page count");
    Some((pages, field("Page size:")))
}

fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_example_week_prints_on_one_page_of_letter_and_of_a4() {
    let catalog = Catalog::builtin();
    for path in examples() {
        let (plan, report) = load(&path);
        for size in [PageSize::Letter, PageSize::A4] {
            let sheet = plan_sheet(&plan, &report, catalog, &PdfWords::default());
            let (bytes, pages) = render(&sheet, size).expect("a PDF");
            assert_eq!(pages, 1, "{} on {size:?}", path.display());
            if let Some((pages, paper)) = pages_of(&bytes) {
                assert_eq!(pages, 1, "{} on {size:?}", path.display());
                let expected = match size {
                    PageSize::Letter => "612 x 792 pts (letter)",
                    PageSize::A4 => "595.28 x 841.89 pts (A4)",
                };
                assert_eq!(paper, expected);
            }
        }
    }
}

#[test]
fn the_text_holds_the_name_every_session_the_verdict_the_findings_and_the_help_lines() {
    let catalog = Catalog::builtin();
    for path in examples().into_iter().chain([
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/inpatient-with-work.ron"),
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/iop-short-day.ron"),
    ]) {
        let (plan, report) = load(&path);
        let bytes = plan_pdf(&plan, &report, catalog, &options(PageSize::Letter)).expect("a PDF");
        let Some(text) = text_of(&bytes) else { return };
        let name = path.display();
        assert!(
            text.contains(&squash(&plan.name)),
            "{name}: no plan name in {text}"
        );
        for s in &plan.phases[0].sessions {
            assert!(
                text.contains(&squash(s.display_title())),
                "{name}: no {:?} in {text}",
                s.display_title()
            );
        }
        for c in &plan.commitments {
            assert!(
                text.contains(&squash(c.display_title())),
                "{name}: no {:?}",
                c.display_title()
            );
        }
        assert!(
            text.contains(&squash(&verdict_sentence(report.phase(0), catalog))),
            "{name}: {text}"
        );
        for f in &report.phase(0).findings {
            assert!(
                text.contains(&squash(&f.message)),
                "{name}: no finding {:?} in {text}",
                f.message
            );
        }
        for words in [
            "SAMHSA National Helpline 1-800-662-4357",
            "988 Suicide & Crisis Lifeline: call or text 988",
            "call 911",
            DISCLAIMER,
        ] {
            assert!(text.contains(words), "{name}: no {words:?} in {text}");
        }
        assert!(
            text.contains("Sources") && text.contains("American Society of Addiction Medicine"),
            "{name}"
        );
        assert!(
            !text.contains('\u{fffd}'),
            "{name}: a character did not survive"
        );
    }
}

#[test]
fn the_typeface_is_embedded_and_spanish_survives_the_round_trip() {
    let catalog = Catalog::builtin();
    let (mut plan, _) = load(&examples()[0]);
    plan.name = "Semana de la mañana: sesión grupal, ¿qué día? ¡Sí!".into();
    plan.phases[0].sessions[0].title = "Educación y niños".into();
    let report = check_plan(&plan, catalog, None).expect("a known rule set");
    let bytes = plan_pdf(&plan, &report, catalog, &options(PageSize::A4)).expect("a PDF");
    // Without poppler: the font program itself is in the file (TrueType outlines).
    assert!(
        bytes.windows(9).any(|w| w == b"FontFile2"),
        "no embedded font program"
    );
    if let Some(text) = text_of(&bytes) {
        assert!(
            text.contains("Semana de la mañana: sesión grupal, ¿qué día? ¡Sí!"),
            "{text}"
        );
        assert!(text.contains("Educación y niños"), "{text}");
    }
    if let Some(fonts) = poppler("pdffonts", &[], &bytes) {
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert!(!rows.is_empty(), "{fonts}");
        for row in rows {
            assert!(row.contains("Ubuntu"), "{row}");
            // Columns: name, type, encoding, emb, sub, uni, object, ID.
            let cols: Vec<&str> = row.split_whitespace().collect();
            let yes = cols.iter().filter(|c| **c == "yes").count();
            assert!(yes >= 3, "embedded, subset and with a ToUnicode map: {row}");
        }
    }
}

#[test]
fn a_long_list_of_findings_continues_on_more_pages_each_with_the_help_lines() {
    let catalog = Catalog::builtin();
    let (mut plan, _) = load(&examples()[0]);
    // Forty sessions on top of each other: hundreds of overlap findings.
    let first = plan.phases[0].sessions[0].clone();
    for i in 0..40 {
        let mut s = first.clone();
        s.title = format!("Overlapping session {i}");
        plan.phases[0].sessions.push(s);
    }
    let report = check_plan(&plan, catalog, None).expect("a known rule set");
    assert!(report.phase(0).findings.len() > 100);
    let sheet = plan_sheet(&plan, &report, catalog, &PdfWords::default());
    let (bytes, pages) = render(&sheet, PageSize::Letter).expect("a PDF");
    assert!(pages >= 3, "{pages}");
    if let Some((counted, _)) = pages_of(&bytes) {
        assert_eq!(counted, pages);
    }
    for page in 1..=pages {
        let p = page.to_string();
        let Some(raw) = poppler("pdftotext", &["-raw", "-f", &p, "-l", &p], &bytes) else {
            return;
        };
        let text = squash(&raw);
        assert!(
            text.contains("1-800-662-4357") && text.contains(DISCLAIMER),
            "page {page}: {text}"
        );
        assert!(
            text.contains(&format!("Page {page} of {pages}")),
            "page {page}"
        );
    }
}

#[test]
fn a_plan_with_nothing_in_it_still_prints_its_verdict_and_help() {
    let catalog = Catalog::builtin();
    let plan = Plan::default();
    let report = check_plan(&plan, catalog, None).expect("a known rule set");
    let bytes = plan_pdf(&plan, &report, catalog, &options(PageSize::Letter)).expect("a PDF");
    assert!(bytes.starts_with(b"%PDF-"));
    if let Some(text) = text_of(&bytes) {
        assert!(text.contains("Untitled plan"), "{text}");
        assert!(
            text.contains(&squash(&verdict_sentence(report.phase(0), catalog))),
            "{text}"
        );
        assert!(text.contains("1-800-662-4357"), "{text}");
    }
}

#[test]
fn a_plan_of_phases_prints_every_phase_with_the_help_lines() {
    let catalog = Catalog::builtin();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/examples/step-down-day-program-iop-outpatient.ron");
    let (plan, report) = load(&path);
    let sheet = plan_sheet(&plan, &report, catalog, &PdfWords::default());
    let (bytes, pages) = render(&sheet, PageSize::Letter).expect("a PDF");
    assert!(pages >= plan.phases.len(), "{pages} pages");
    if let Some(text) = text_of(&bytes) {
        let text = squash(&text);
        for (i, phase) in plan.phases.iter().enumerate() {
            assert!(
                text.contains(&squash(&format!("Phase {}: {}", i + 1, phase.name))),
                "{text}"
            );
            for s in &phase.sessions {
                assert!(
                    text.contains(&squash(s.display_title())),
                    "{}: {text}",
                    s.title
                );
            }
        }
        assert!(text.contains("1-800-662-4357"), "{text}");
    }
}

#[test]
fn a_plan_of_phases_opens_with_a_timeline_of_its_weeks_named_with_spans_and_dates() {
    let catalog = Catalog::builtin();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/examples/step-down-day-program-iop-outpatient.ron");
    let (mut plan, _) = load(&path);
    plan.start = chrono::NaiveDate::from_ymd_opt(2027, 1, 4);
    let report = check_plan(&plan, catalog, None).expect("a known rule set");
    let sheet = plan_sheet(&plan, &report, catalog, &PdfWords::default());
    // The timeline comes before the first phase's heading, one bar per week.
    let at = sheet
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Timeline(_)));
    let first_phase = sheet
        .blocks
        .iter()
        .position(|b| matches!(b, Block::Heading { text, .. } if text.starts_with("Phase 1")));
    assert!(at.is_some() && at < first_phase, "{at:?} {first_phase:?}");
    let Some(Block::Timeline(timeline)) = at.map(|i| &sheet.blocks[i]) else {
        unreachable!()
    };
    assert_eq!(timeline.weeks.len(), plan.total_weeks() as usize);
    for (i, phase) in plan.phases.iter().enumerate() {
        let first = plan.first_weeks()[i] as usize - 1;
        for week in &timeline.weeks[first..first + phase.week_count() as usize] {
            assert_eq!(*week, (report.phase(i).weekly_minutes, i));
        }
        assert!(
            timeline.alt_text.contains(&phase.name),
            "{}",
            timeline.alt_text
        );
    }

    let (bytes, _) = render(&sheet, PageSize::Letter).expect("a PDF");
    let Some(text) = text_of(&bytes) else { return };
    for words in [
        "3 phases over 13 weeks, starting 2027-01-04.",
        "Week",
        "Day program, weeks 1 to 3, from 2027-01-04",
        "IOP, weeks 4 to 9, from 2027-01-25",
        "Outpatient, weeks 10 to 13, from 2027-03-08",
    ] {
        assert!(text.contains(words), "no {words:?} in {text}");
    }
    for phase in &plan.phases {
        assert!(
            text.contains(&squash(&phase.name)),
            "{}: {text}",
            phase.name
        );
    }
}

#[test]
fn a_phased_plan_without_a_start_date_names_weeks_only() {
    let catalog = Catalog::builtin();
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("data/examples/step-down-day-program-iop-outpatient.ron");
    let (plan, report) = load(&path);
    assert!(plan.start.is_none());
    let bytes = plan_pdf(&plan, &report, catalog, &options(PageSize::A4)).expect("a PDF");
    let Some(text) = text_of(&bytes) else { return };
    assert!(text.contains("3 phases over 13 weeks."), "{text}");
    assert!(text.contains("IOP, weeks 4 to 9"), "{text}");
    assert!(!text.contains("from 20"), "{text}");
}

fn programs_near_me() -> Programs {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/examples/programs-near-me.ron");
    let text = std::fs::read_to_string(path).expect("the example");
    carelevels::programs::file::parse(&text).expect("a valid programs file")
}

#[test]
fn a_programs_file_prints_every_program_its_verdict_clashes_must_haves_and_the_help_lines() {
    let catalog = Catalog::builtin();
    let mut programs = programs_near_me();
    programs.must_haves = vec!["moud".into()];
    let answer = programs.programs[0].answer_mut("moud");
    answer.reply = Reply::Yes;
    answer.asked = chrono::NaiveDate::from_ymd_opt(2027, 1, 4);
    answer.note = "buprenorphine only".into();
    let report = check_programs(&programs, catalog, None).expect("a known rule set");
    let (sheet, words) = (
        programs_sheet(&programs, &report, catalog, &PdfWords::default()),
        PdfWords::default(),
    );
    let (bytes, pages) = render(&sheet, PageSize::Letter).expect("a PDF");
    // The table, then one page for each of the two programs with a week (sources on the last).
    assert_eq!(pages, 3);
    if let Some((counted, _)) = pages_of(&bytes) {
        assert_eq!(counted, pages);
    }
    let Some(text) = text_of(&bytes) else { return };
    assert!(text.contains("Programs near me"), "{text}");
    for (i, program) in programs.programs.iter().enumerate() {
        assert!(
            text.contains(&format!("{}. {}", i + 1, program.name)),
            "{text}"
        );
    }
    let w = &words.programs;
    for verdict in [&w.meets, &w.does_not_meet, &w.not_entered] {
        assert!(text.contains(verdict.as_str()), "no {verdict:?} in {text}");
    }
    for r in report.programs.iter().flatten() {
        let sentence = squash(&verdict_sentence(r, catalog));
        assert!(text.contains(&sentence), "no {sentence:?} in {text}");
    }
    for words in [
        "Mon, Tue, Wed, Thu, Fri 09:00-17:00 Work",
        "Clashes with my week",
        "No clash",
        "3 (Mon, Wed, Fri)",
        "Must-haves not confirmed yet",
        "Medicines for opioid use disorder (must-have)",
        "Yes (asked 2027-01-04): buprenorphine only",
        "Not sure yet",
        "Red: double-booked time",
        "SAMHSA National Helpline 1-800-662-4357",
        "988 Suicide & Crisis Lifeline: call or text 988",
        "call 911",
        DISCLAIMER,
    ] {
        assert!(text.contains(words), "no {words:?} in {text}");
    }
    // Two programs miss the must-have: the row names it under each of them.
    let missed = text.matches("Medicines for opioid use disorder").count();
    assert!(missed >= 3, "{missed}: {text}");
    let lower = text.to_lowercase();
    for word in ["best", "score", "recommend", "top pick"] {
        assert!(!lower.contains(word), "{word:?} in {text}");
    }
}

#[test]
fn more_than_four_programs_are_compared_in_tables_of_four() {
    let catalog = Catalog::builtin();
    let mut programs = programs_near_me();
    for i in 4..=6 {
        programs
            .programs
            .push(Program::new(format!("Program {i}"), LevelId::Outpatient));
    }
    let report = check_programs(&programs, catalog, None).expect("a known rule set");
    let sheet = programs_sheet(&programs, &report, catalog, &PdfWords::default());
    let widths: Vec<usize> = sheet
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(t) => Some(t.header.len()),
            _ => None,
        })
        .collect();
    assert_eq!(widths, [5, 3], "a label column and up to four programs");
    let bytes = programs_pdf(&programs, &report, catalog, &options(PageSize::A4)).expect("a PDF");
    let Some(text) = text_of(&bytes) else { return };
    assert!(text.contains("6. Program 6"), "{text}");
}

#[test]
fn a_spanish_pdf_speaks_spanish_and_gives_the_spanish_help_lines() {
    use carelevels::i18n::Lang;
    let path = Path::new("data/examples/step-down-day-program-iop-outpatient.ron");
    let plan = carelevels::plan::file::load(path).expect("an example plan");
    let catalog = Catalog::builtin_in(Lang::Es);
    let report = carelevels::check::check_plan(&plan, catalog, None).expect("known rules");
    let options = PdfOptions {
        page_size: PageSize::Letter,
        words: carelevels::export::pdf::PdfWords::for_lang(Lang::Es),
    };
    let pdf = carelevels::export::pdf::plan_pdf(&plan, &report, catalog, &options).expect("a PDF");
    let Some(text) = text_of(&pdf) else {
        return; // no pdftotext here
    };
    for words in [
        "3 etapas en 13 semanas",
        "Etapa 2:",
        "Programa intensivo ambulatorio (IOP)",
        "Dentro de las horas habituales de ASAM",
        "Línea Nacional de Ayuda de SAMHSA 1-800-662-4357",
        "llame al 988 y marque 2",
        "AYUDA al 988",
        "911",
        "no reemplaza una evaluación",
        "Página 1 de",
    ] {
        assert!(text.contains(words), "{words:?} missing from: {text}");
    }
    for english in ["Phase 2:", "Within ASAM", "Page 1 of", "Level of care"] {
        assert!(
            !text.contains(english),
            "{english:?} left in English: {text}"
        );
    }
}
