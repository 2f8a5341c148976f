//! The adapter from a programs file and its check to the drawing layer's [`Sheet`]: my week,
//! the programs side by side, then each program's week drawn over mine. Programs keep the
//! order the person entered them in; nothing here ranks, scores or picks one.

use crate::catalog::Catalog;
use crate::check::{Report, duration_in};
use crate::plan::{Commitment, Week};
use crate::programs::{Program, Programs, ProgramsReport, Reply};

use super::compose::{Block, Paragraph, Sheet, Style, Table};
use super::plan::{
    findings_blocks, legend, one_line, source_blocks, title, verdict_blocks, week_picture,
};
use super::{PdfError, PdfOptions, PdfWords, render};

/// Programs per table: with more columns on a page most words would wrap letter by letter.
const COLUMNS: usize = 4;

/// A programs file as a PDF: its name and rule set, my week, a table comparing the programs
/// (level, verdict, hours and days, clashes with my week, must-haves not confirmed, their
/// details and every question's answer), then each program's week over mine with its verdict
/// and findings, the sources, and on every page the help lines and the disclaimer.
///
/// `report` is `programs` checked (`programs::check_programs`); `catalog` supplies names,
/// questions and sources. The bytes are a complete PDF file; nothing is written to disk.
pub fn programs_pdf(
    programs: &Programs,
    report: &ProgramsReport,
    catalog: &Catalog,
    options: &PdfOptions,
) -> Result<Vec<u8>, PdfError> {
    let sheet = programs_sheet(programs, report, catalog, &options.words);
    render(&sheet, options.page_size).map(|(bytes, _pages)| bytes)
}

/// The [`Sheet`] [`programs_pdf`] draws, for callers that add to it or count its pages.
pub fn programs_sheet(
    programs: &Programs,
    report: &ProgramsReport,
    catalog: &Catalog,
    words: &PdfWords,
) -> Sheet {
    let w = &words.programs;
    let title = title(&programs.name, &w.untitled);
    let rules_name = catalog
        .rule_set(&report.rules)
        .map_or(report.rules.as_str(), |r| r.name.as_str());
    let mut blocks = vec![
        Block::Heading {
            text: title.clone(),
            level: 1,
        },
        Paragraph::new(
            format!("{}: {rules_name}. {}", words.hour_rules, w.no_ranking),
            Style::Small,
        ),
    ];
    blocks.extend(my_week_blocks(&programs.my_week, words));
    blocks.push(Block::Heading {
        text: w.side_by_side.clone(),
        level: 2,
    });
    let indices: Vec<usize> = (0..programs.programs.len()).collect();
    for chunk in indices.chunks(COLUMNS) {
        let table = comparison(programs, report, catalog, words, chunk);
        blocks.push(Block::Table(table));
    }
    for (i, program) in programs.programs.iter().enumerate() {
        if let Some(Some(program_report)) = report.programs.get(i) {
            blocks.extend(week_blocks(
                i,
                program,
                programs,
                program_report,
                catalog,
                words,
            ));
        }
    }
    let reports: Vec<&Report> = report.programs.iter().flatten().collect();
    blocks.extend(source_blocks(&reports, catalog, words));
    Sheet {
        title,
        lang: words.lang.clone(),
        blocks,
        footer: vec![words.help.clone(), words.disclaimer.clone()],
        page_of: words.page_of.clone(),
    }
}

/// "My week" and the commitments, those at the same time with the same title on one line
/// ("Mon, Tue, Wed 09:00-17:00 Work").
fn my_week_blocks(my_week: &[Commitment], words: &PdfWords) -> Vec<Block> {
    let mut blocks = vec![Block::Heading {
        text: words.programs.my_week.clone(),
        level: 2,
    }];
    if my_week.is_empty() {
        blocks.push(Paragraph::new(
            words.programs.no_commitments.clone(),
            Style::Body,
        ));
    }
    let mut lines: Vec<(&Commitment, Vec<&str>)> = Vec::new();
    for c in my_week {
        let day = words.day_names[c.day.index()].as_str();
        let same = |l: &&mut (&Commitment, Vec<&str>)| {
            (l.0.start, l.0.end, l.0.display_title()) == (c.start, c.end, c.display_title())
        };
        match lines.iter_mut().find(same) {
            Some(line) => line.1.push(day),
            None => lines.push((c, vec![day])),
        }
    }
    for (c, days) in lines {
        let text = format!(
            "{} {}-{} {}",
            days.join(", "),
            c.start,
            c.end,
            one_line(c.display_title())
        );
        blocks.push(Paragraph::bullet(text, Style::Body));
    }
    blocks
}

/// The side-by-side table of the programs at `chunk` (indices into the file's programs).
fn comparison(
    programs: &Programs,
    report: &ProgramsReport,
    catalog: &Catalog,
    words: &PdfWords,
    chunk: &[usize],
) -> Table {
    let w = &words.programs;
    let list: Vec<(&Program, Option<&Report>)> = chunk
        .iter()
        .map(|&i| {
            let checked = report.programs.get(i).and_then(Option::as_ref);
            (&programs.programs[i], checked)
        })
        .collect();
    let header = std::iter::once(w.program.clone())
        .chain(
            chunk
                .iter()
                .zip(&list)
                .map(|(i, (p, _))| format!("{}. {}", i + 1, one_line(&p.name))),
        )
        .collect();
    let row = |label: &str, cell: &dyn Fn(&Program, Option<&Report>) -> String| {
        std::iter::once(label.to_owned())
            .chain(list.iter().map(|(p, r)| cell(p, *r)))
            .collect::<Vec<String>>()
    };
    let known = |r: Option<&Report>, f: &dyn Fn(&Report) -> String| r.map_or("-".to_owned(), f);
    let mut rows = vec![
        row(&words.level_of_care, &|p, _| {
            catalog.level(p.level).name.clone()
        }),
        row(&words.hour_rules, &|_, r| match r {
            Some(r) if r.meets() => w.meets.clone(),
            Some(_) => w.does_not_meet.clone(),
            None => w.not_entered.clone(),
        }),
        row(&w.hours_a_week, &|_, r| {
            known(r, &|r| duration_in(words.language(), r.weekly_minutes))
        }),
        row(&w.days_a_week, &|_, r| {
            known(r, &|r| r.session_days.to_string())
        }),
        row(&w.clashes, &|p, r| {
            known(r, &|_| clashes(p, &programs.my_week, words))
        }),
    ];
    if !programs.must_haves.is_empty() {
        rows.push(row(&w.must_haves_missed, &|p, _| {
            let missed = programs.missed_must_haves(p);
            let labels: Vec<&str> = missed.iter().map(|q| label(catalog, q)).collect();
            if labels.is_empty() {
                w.none.clone()
            } else {
                labels.join(", ")
            }
        }));
    }
    for (field, name) in w.details.iter().enumerate() {
        if list
            .iter()
            .any(|(p, _)| !detail(p, field).trim().is_empty())
        {
            rows.push(row(name, &|p, _| one_line(detail(p, field))));
        }
    }
    for id in question_ids(programs, catalog) {
        let mut text = label(catalog, id).to_owned();
        if programs.must_haves.iter().any(|m| m == id) {
            text = format!("{text} {}", w.must_have);
        }
        rows.push(row(&text, &|p, _| answer(p, id, words)));
    }
    Table { header, rows }
}

/// A program's own detail by its place in [`super::ProgramsWords::details`].
fn detail(program: &Program, field: usize) -> &str {
    [
        &program.start,
        &program.contact,
        &program.address,
        &program.cost,
        &program.languages,
        &program.notes,
    ][field.min(5)]
}

/// The catalog's questions in order, then any other question a program has an answer to.
fn question_ids<'a>(programs: &'a Programs, catalog: &'a Catalog) -> Vec<&'a str> {
    let mut ids: Vec<&str> = catalog.questions().iter().map(|q| q.id.as_str()).collect();
    for a in programs.programs.iter().flat_map(|p| &p.answers) {
        if !ids.contains(&a.question.as_str()) {
            ids.push(&a.question);
        }
    }
    ids
}

/// A question's short label, or its id when the catalog has no such question.
fn label<'a>(catalog: &'a Catalog, id: &'a str) -> &'a str {
    catalog.question(id).map_or(id, |q| q.label.as_str())
}

/// "Yes (asked 2027-01-04): buprenorphine only", or "Not sure yet".
fn answer(program: &Program, question: &str, words: &PdfWords) -> String {
    let w = &words.programs;
    let Some(a) = program.answer(question) else {
        return w.replies[2].clone();
    };
    let index = Reply::ALL.iter().position(|r| *r == a.reply).unwrap_or(2);
    let mut text = w.replies[index].clone();
    if let Some(date) = a.asked {
        let asked = w
            .asked
            .replace("{date}", &date.format("%Y-%m-%d").to_string());
        text = format!("{text} ({asked})");
    }
    if !a.note.trim().is_empty() {
        text = format!("{text}: {}", one_line(&a.note));
    }
    text
}

/// How many times the program's sessions overlap my commitments, and on which days: the
/// count the app's programs table shows.
fn clashes(program: &Program, my_week: &[Commitment], words: &PdfWords) -> String {
    let mut days = Vec::new();
    let mut count = 0;
    for s in &program.sessions {
        for c in my_week.iter().filter(|c| c.day == s.day) {
            if s.start.max(c.start) < s.end.min(c.end) {
                count += 1;
                let day = words.day_names[s.day.index()].as_str();
                if !days.contains(&day) {
                    days.push(day);
                }
            }
        }
    }
    if count == 0 {
        words.programs.no_clash.clone()
    } else {
        format!("{count} ({})", days.join(", "))
    }
}

/// A program's heading, verdict, week over my week with its legend, and findings.
fn week_blocks(
    index: usize,
    program: &Program,
    programs: &Programs,
    report: &Report,
    catalog: &Catalog,
    words: &PdfWords,
) -> Vec<Block> {
    let mut blocks = vec![Block::Heading {
        text: format!(
            "{}. {} - {}",
            index + 1,
            one_line(&program.name),
            catalog.level(program.level).name
        ),
        level: 2,
    }];
    blocks.extend(verdict_blocks(report, catalog, words));
    let week = Week::new(program.level, &program.sessions, &programs.my_week);
    let picture = week_picture(&week, report, words);
    let legend = legend(&picture, &week, words);
    blocks.push(Block::Week(picture));
    blocks.push(legend);
    blocks.extend(findings_blocks(report, words));
    blocks
}
