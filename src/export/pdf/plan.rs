//! The adapter from a plan and its report to the drawing layer's [`Sheet`].

use crate::catalog::Catalog;
use crate::check::{
    PlanReport, Report, Severity, days_against_minimum_in, duration_in, hours_against_band_in,
};
use crate::plan::{Day, Plan, SessionKind, Week};

use super::compose::{Block, LegendItem, Paragraph, Sheet, Style, Swatch};
use super::timeline::{Timeline, TimelinePhase};
use super::week::{DayBars, PictureBlock, WeekPicture, hours_in_use, mark_clashes};
use super::{PdfError, PdfOptions, PdfWords, palette, render};

/// A one-week plan as a PDF: the title, level and rules, the verdict, hours and days against
/// the level's rules, the week as a grid (sessions coloured by kind, commitments hatched,
/// clashes in red) with the hours of each day under it, a legend, the findings, the sources,
/// and on every page the help lines and the disclaimer. A one-week plan fits on one page of
/// either size; a long list of findings continues on the next.
///
/// `report` is `plan` checked (`check::check_plan`); `catalog` supplies names and sources.
/// The bytes are a complete PDF file; nothing is written to disk.
pub fn plan_pdf(
    plan: &Plan,
    report: &PlanReport,
    catalog: &Catalog,
    options: &PdfOptions,
) -> Result<Vec<u8>, PdfError> {
    let sheet = plan_sheet(plan, report, catalog, &options.words);
    render(&sheet, options.page_size).map(|(bytes, _pages)| bytes)
}

/// The [`Sheet`] [`plan_pdf`] draws, for callers that add to it.
pub fn plan_sheet(plan: &Plan, report: &PlanReport, catalog: &Catalog, words: &PdfWords) -> Sheet {
    let title = title(&plan.name, &words.untitled);
    let mut blocks = vec![Block::Heading {
        text: title.clone(),
        level: 1,
    }];
    let phased = !plan.is_one_week();
    if phased {
        blocks.extend(timeline_blocks(plan, report, catalog, words));
    }
    let first_weeks = plan.first_weeks();
    for (i, phase) in plan.phases.iter().enumerate() {
        let phase_report = report.phase(i);
        if phased {
            let name = if phase.name.trim().is_empty() {
                catalog.level(phase.level).name.clone()
            } else {
                format!(
                    "{} - {}",
                    one_line(&phase.name),
                    catalog.level(phase.level).name
                )
            };
            let text = words
                .phase
                .replace("{n}", &(i + 1).to_string())
                .replace("{name}", &name)
                .replace("{span}", &span(first_weeks[i], phase.week_count(), words));
            blocks.push(Block::Heading { text, level: 2 });
        }
        blocks.extend(verdict_blocks(phase_report, catalog, words));
        blocks.push(Block::Heading {
            text: words.the_week.clone(),
            level: 2,
        });
        let week = plan.week(i);
        let picture = week_picture(&week, phase_report, words);
        blocks.push(legend(&picture, &week, words));
        blocks.insert(blocks.len() - 1, Block::Week(picture));
        blocks.extend(findings_blocks(phase_report, words));
    }
    let reports: Vec<&Report> = report.phases.iter().collect();
    blocks.extend(source_blocks(&reports, catalog, words));
    Sheet {
        title,
        lang: words.lang.clone(),
        blocks,
        footer: vec![words.help.clone(), words.disclaimer.clone()],
        page_of: words.page_of.clone(),
    }
}

/// "weeks 4 to 11", or "week 12" for a phase of one week.
fn span(first: u32, weeks: u32, words: &PdfWords) -> String {
    let last = first + weeks.max(1) - 1;
    let pattern = if last > first {
        &words.weeks_span
    } else {
        &words.week_span
    };
    pattern
        .replace("{first}", &first.to_string())
        .replace("{last}", &last.to_string())
}

/// The line under a phased plan's title and the timeline: one bar per week, its hours of
/// sessions, coloured by phase, the phases named under their weeks.
fn timeline_blocks(
    plan: &Plan,
    report: &PlanReport,
    catalog: &Catalog,
    words: &PdfWords,
) -> Vec<Block> {
    let first_weeks = plan.first_weeks();
    let mut weeks = Vec::new();
    let mut phases = Vec::new();
    let mut spoken = Vec::new();
    for (i, phase) in plan.phases.iter().enumerate() {
        let minutes = report.phase(i).weekly_minutes;
        weeks.extend((0..phase.week_count()).map(|_| (minutes, i)));
        let level = catalog.level(phase.level);
        let name = if phase.name.trim().is_empty() {
            level.name.clone()
        } else {
            one_line(&phase.name)
        };
        let mut detail = format!(
            "{}, {}",
            level.short_name,
            span(first_weeks[i], phase.week_count(), words)
        );
        if let Some(date) = phase_start(plan, first_weeks[i]) {
            detail.push_str(", ");
            detail.push_str(&words.from_date.replace("{date}", &date));
        }
        let hours = words
            .a_week
            .replace("{hours}", &duration_in(words.language(), minutes));
        spoken.push(format!("{name}: {detail}, {hours}."));
        phases.push(TimelinePhase {
            name,
            detail,
            hours: duration_in(words.language(), minutes),
        });
    }
    let most = weeks.iter().map(|w| w.0).max().unwrap_or(0);
    let line = match plan.start {
        Some(date) => words
            .plan_span_from
            .replace("{date}", &date.format("%Y-%m-%d").to_string()),
        None => words.plan_span.clone(),
    }
    .replace("{phases}", &plan.phases.len().to_string())
    .replace("{weeks}", &plan.total_weeks().to_string());
    let timeline = Timeline {
        weeks,
        phases,
        top_label: duration_in(words.language(), most),
        week_word: words.week.clone(),
        alt_text: words.timeline_alt.replace("{phases}", &spoken.join(" ")),
    };
    vec![
        Paragraph::new(line, Style::Small),
        Block::Gap(4.0),
        Block::Timeline(timeline),
    ]
}

/// The first day of the phase that starts in week `first_week`, when the plan has a start.
fn phase_start(plan: &Plan, first_week: u32) -> Option<String> {
    let days = chrono::Days::new(u64::from(first_week - 1) * 7);
    let date = plan.start?.checked_add_days(days)?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// A document's title: `name` on one line, or `untitled` when it is blank.
pub(super) fn title(name: &str, untitled: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    if name.trim().is_empty() {
        untitled.to_owned()
    } else {
        name.trim().to_owned()
    }
}

/// Level and rules, the verdict band, and hours and days against the rules.
pub(super) fn verdict_blocks(report: &Report, catalog: &Catalog, words: &PdfWords) -> Vec<Block> {
    let level = catalog.level(report.level);
    let rules = catalog.rule_set(&report.rules);
    let rule = rules.and_then(|r| r.rule(report.level));
    let rules_name = rules.map_or(report.rules.as_str(), |r| r.name.as_str());
    let (fill, color) = if report.meets() {
        (palette::MEETS_FILL, palette::MEETS_TEXT)
    } else {
        (palette::FAILS_FILL, palette::FAILS_TEXT)
    };
    let mut blocks = vec![
        Paragraph::new(
            format!(
                "{}: {} ({}). {}: {}.",
                words.level_of_care, level.name, level.asam, words.hour_rules, rules_name
            ),
            Style::Small,
        ),
        Block::Gap(2.0),
        Block::Callout {
            text: super::super::verdict_sentence_in(words.language(), report, catalog),
            fill,
            color,
        },
        Paragraph::new(
            format!(
                "{}: {}",
                words.hours,
                hours_against_band_in(words.language(), report, rule, level)
            ),
            Style::Body,
        ),
        Paragraph::new(
            format!(
                "{}: {}",
                words.days,
                days_against_minimum_in(words.language(), report, rule, level)
            ),
            Style::Body,
        ),
    ];
    if let Some(intensity) = report.intensity {
        let text = words
            .intensity
            .replace("{level}", &catalog.level(intensity).short_name);
        blocks.push(Paragraph::new(text, Style::Body));
    }
    blocks
}

/// The week of `plan` as a picture, with clashes marked and the report's hours by day.
pub fn week_picture(plan: &Week<'_>, report: &Report, words: &PdfWords) -> WeekPicture {
    let kind_index = |kind: SessionKind| {
        SessionKind::ALL
            .iter()
            .position(|&k| k == kind)
            .unwrap_or(6)
    };
    let mut blocks: Vec<PictureBlock> = plan
        .sessions
        .iter()
        .map(|s| PictureBlock {
            day: s.day.index(),
            start_min: s.start.minutes(),
            end_min: s.end.minutes(),
            label: one_line(s.display_title()),
            detail: format!("{}-{}", s.start, s.end),
            kind_color_index: kind_index(s.kind),
            hatched: false,
            clash: false,
        })
        .chain(plan.commitments.iter().map(|c| PictureBlock {
            day: c.day.index(),
            start_min: c.start.minutes(),
            end_min: c.end.minutes(),
            label: one_line(c.display_title()),
            detail: format!("{}-{}", c.start, c.end),
            kind_color_index: 0,
            hatched: true,
            clash: false,
        }))
        .collect();
    mark_clashes(&mut blocks);
    let (first_hour, last_hour) = hours_in_use(&blocks);
    let labels = report.minutes_by_day.map(|m| {
        if m == 0 {
            "-".to_owned()
        } else {
            duration_in(words.language(), m)
        }
    });
    let alt_text = week_alt_text(plan, words);
    WeekPicture {
        days: words.day_names.clone(),
        blocks,
        first_hour,
        last_hour,
        bars: Some(DayBars {
            minutes: report.minutes_by_day,
            labels,
            title: words.hours_by_day.clone(),
        }),
        clash_label: words.clash.clone(),
        alt_text,
        compact: false,
    }
}

/// The week in words, day by day, for screen readers.
fn week_alt_text(plan: &Week<'_>, words: &PdfWords) -> String {
    let mut parts = Vec::new();
    for day in Day::ALL {
        let mut entries: Vec<(u16, String)> = plan
            .sessions
            .iter()
            .filter(|s| s.day == day)
            .map(|s| {
                (
                    s.start.minutes(),
                    format!("{}-{} {}", s.start, s.end, one_line(s.display_title())),
                )
            })
            .chain(plan.commitments.iter().filter(|c| c.day == day).map(|c| {
                (
                    c.start.minutes(),
                    format!(
                        "{}-{} {} ({})",
                        c.start,
                        c.end,
                        one_line(c.display_title()),
                        words.commitment
                    ),
                )
            }))
            .collect();
        if entries.is_empty() {
            continue;
        }
        entries.sort();
        let list: Vec<String> = entries.into_iter().map(|e| e.1).collect();
        parts.push(format!(
            "{}: {}",
            words.day_names[day.index()],
            list.join("; ")
        ));
    }
    format!("{}. {}", words.the_week, parts.join(". "))
}

/// Swatches for the kinds the week uses, commitments and clashes when there are any.
pub(super) fn legend(week: &WeekPicture, plan: &Week<'_>, words: &PdfWords) -> Block {
    let mut items: Vec<LegendItem> = SessionKind::ALL
        .iter()
        .enumerate()
        .filter(|(_, kind)| plan.sessions.iter().any(|s| s.kind == **kind))
        .map(|(i, _)| LegendItem {
            swatch: Swatch::Fill(palette::kind_fill(i)),
            label: words.kind_names[i].clone(),
        })
        .collect();
    if !plan.commitments.is_empty() {
        items.push(LegendItem {
            swatch: Swatch::Hatched,
            label: words.commitment.clone(),
        });
    }
    if week.blocks.iter().any(|b| b.clash) {
        items.push(LegendItem {
            swatch: Swatch::Clash,
            label: words.clash_legend.clone(),
        });
    }
    Block::Legend(items)
}

/// "What to look at" and one item per finding, or "Nothing to change."
pub(super) fn findings_blocks(report: &Report, words: &PdfWords) -> Vec<Block> {
    let mut blocks = vec![Block::Heading {
        text: words.findings.clone(),
        level: 2,
    }];
    if report.findings.is_empty() {
        blocks.push(Paragraph::new(words.nothing_to_change.clone(), Style::Body));
    }
    for f in &report.findings {
        let severity = match f.severity {
            Severity::Error => &words.needs_a_change,
            Severity::Warning => &words.worth_a_look,
        };
        blocks.push(Paragraph::bullet(
            format!("{severity}: {}", f.message_in(words.language())),
            Style::Body,
        ));
    }
    blocks
}

/// The sources behind the rules the reports used: each rule set's and each level rule's, once.
pub(super) fn source_blocks(
    reports: &[&Report],
    catalog: &Catalog,
    words: &PdfWords,
) -> Vec<Block> {
    let mut ids: Vec<&str> = Vec::new();
    for report in reports {
        if let Some(rules) = catalog.rule_set(&report.rules) {
            // The sources behind this level's rule; the whole set's only when the rule has none.
            let mut backing: Vec<&String> = rules
                .rule(report.level)
                .map(|r| {
                    (r.min_hours.iter().flat_map(|l| &l.sources))
                        .chain(r.max_hours.iter().flat_map(|l| &l.sources))
                        .chain(r.min_days.iter().flat_map(|l| &l.sources))
                        .chain(r.min_day_hours.iter().flat_map(|l| &l.sources))
                        .chain(r.no_commitments.iter().flat_map(|l| &l.sources))
                        .collect()
                })
                .unwrap_or_default();
            if backing.is_empty() {
                backing = rules.sources.iter().collect();
            }
            for id in backing {
                if !ids.contains(&id.as_str()) {
                    ids.push(id);
                }
            }
        }
    }
    let mut blocks = vec![Block::Heading {
        text: words.sources.clone(),
        level: 2,
    }];
    for source in ids.into_iter().filter_map(|id| catalog.source(id)) {
        let mut text = format!("{}. {}, {}.", source.title, source.publisher, source.year);
        if !source.url.is_empty() {
            text.push(' ');
            text.push_str(&source.url);
        }
        blocks.push(Paragraph::new(text, Style::Small));
    }
    blocks
}

/// Text on one line: control characters (line breaks, tabs) become spaces.
pub(super) fn one_line(text: &str) -> String {
    text.trim()
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect()
}
