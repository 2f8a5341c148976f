//! egui_kittest tests of the Compare view, "Hours at a glance" and the Sources page.
//!
//! Expected values are computed from the built-in catalog, so the tests follow the data.

use carelevels::catalog::{Catalog, CitedIn, Fit, Level};
use carelevels::plan::LevelId;
use carelevels::ui::compare::{CompareView, Selection};
use carelevels::ui::sources::sources_ui;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT, Queryable};
use egui_kittest::{Harness, Node};

mod common;

/// Tall enough that every row of the table is on screen.
const SIZE: [f32; 2] = [1400.0, 2600.0];

fn catalog() -> &'static Catalog {
    Catalog::builtin()
}

fn compare_harness(view: CompareView) -> Harness<'static, CompareView> {
    compare_harness_with(catalog(), view)
}

fn compare_harness_with(
    catalog: &'static Catalog,
    view: CompareView,
) -> Harness<'static, CompareView> {
    compare_harness_sized(catalog, view, SIZE)
}

/// The Compare view in a window of `size`, run until it settles.
fn compare_harness_sized(
    catalog: &'static Catalog,
    view: CompareView,
    size: [f32; 2],
) -> Harness<'static, CompareView> {
    let mut harness = Harness::builder()
        .with_size(size)
        .with_max_steps(16)
        .build_ui_state(
            move |ui, view: &mut CompareView| {
                egui::CentralPanel::default().show(ui, |ui| view.ui(ui, catalog));
            },
            view,
        );
    harness.run();
    harness
}

/// The column header of `level` (its name, as a plain label).
fn header<'t>(harness: &'t Harness<'_, CompareView>, level: &'t Level) -> Option<Node<'t>> {
    harness.query_by_role_and_label(Role::Label, &level.name)
}

/// How many row labels (plain labels) read `text`.
fn labels(harness: &Harness<'_, CompareView>, text: &str) -> usize {
    harness
        .query_all_by_role_and_label(Role::Label, text)
        .count()
}

fn click_checkbox(harness: &mut Harness<'_, CompareView>, label: &str) {
    harness.get_by_role_and_label(Role::CheckBox, label).click();
    harness.run();
}

#[test]
fn opens_with_a_column_for_each_of_the_four_levels() {
    let harness = compare_harness(CompareView::default());
    assert_eq!(harness.state().shown, LevelId::ALL.to_vec());
    for level in &catalog().levels {
        assert!(
            header(&harness, level).is_some(),
            "no column for {}",
            level.name
        );
        assert_eq!(
            labels(&harness, &level.asam),
            1,
            "no ASAM line for {}",
            level.name
        );
    }
    // One row per criterion, labelled in the first column.
    for criterion in &catalog().criteria {
        assert_eq!(labels(&harness, &criterion.label), 1, "{}", criterion.label);
    }
}

#[test]
fn hiding_a_level_removes_its_column_and_two_always_stay() {
    let mut harness = compare_harness(CompareView::default());
    let [outpatient, iop, day, inpatient] = LevelId::ALL.map(|id| catalog().level(id));

    click_checkbox(&mut harness, &outpatient.short_name);
    assert!(
        header(&harness, outpatient).is_none(),
        "outpatient column still shown"
    );
    assert!(header(&harness, iop).is_some());

    click_checkbox(&mut harness, &iop.short_name);
    assert!(header(&harness, iop).is_none(), "IOP column still shown");
    assert_eq!(
        harness.state().shown,
        vec![LevelId::DayProgram, LevelId::Inpatient]
    );

    // Two left: neither can be hidden.
    click_checkbox(&mut harness, &day.short_name);
    click_checkbox(&mut harness, &inpatient.short_name);
    assert!(header(&harness, day).is_some(), "went below two levels");
    assert!(
        header(&harness, inpatient).is_some(),
        "went below two levels"
    );
    assert_eq!(harness.state().shown.len(), 2);

    // Showing one again brings its column back.
    click_checkbox(&mut harness, &outpatient.short_name);
    assert!(header(&harness, outpatient).is_some());
    assert_eq!(harness.state().shown.len(), 3);
}

/// The first set of levels (all four, then threes, then pairs) under which one criterion reads
/// the same at every level and another does not, with those two criterion labels.
fn levels_with_a_same_and_a_different_row(c: &Catalog) -> Option<(Vec<LevelId>, String, String)> {
    let mut subsets: Vec<Vec<LevelId>> = (0u8..16)
        .map(|mask| {
            LevelId::ALL
                .into_iter()
                .enumerate()
                .filter(|(i, _)| mask & (1 << i) != 0)
                .map(|(_, id)| id)
                .collect::<Vec<_>>()
        })
        .filter(|s| s.len() >= 2)
        .collect();
    subsets.sort_by_key(|s| std::cmp::Reverse(s.len()));
    for subset in subsets {
        let same = |id: &str| {
            let first = &c.level(subset[0]).facts[id].summary;
            subset
                .iter()
                .all(|&l| c.level(l).facts[id].summary.trim() == first.trim())
        };
        let equal = c.criteria.iter().find(|cr| same(&cr.id));
        let differing = c.criteria.iter().find(|cr| !same(&cr.id));
        if let (Some(e), Some(d)) = (equal, differing) {
            return Some((subset, e.label.clone(), d.label.clone()));
        }
    }
    None
}

/// The built-in catalog, changed so that the first criterion reads the same at every level
/// (the shipped data may have no such row).
fn catalog_with_a_shared_row() -> &'static Catalog {
    let mut c = catalog().clone();
    let id = c.criteria[0].id.clone();
    let summary = c.levels[0].facts[&id].summary.clone();
    for level in &mut c.levels {
        if let Some(fact) = level.facts.get_mut(&id) {
            fact.summary = summary.clone();
        }
    }
    Box::leak(Box::new(c))
}

#[test]
fn hide_rows_that_read_the_same_folds_them_and_highlight_marks_cells() {
    // The shipped data when it has such a row, else a catalog edited to have one.
    let (c, (subset, same_label, different_label)) =
        match levels_with_a_same_and_a_different_row(catalog()) {
            Some(found) => (catalog(), found),
            None => {
                let c = catalog_with_a_shared_row();
                let found = levels_with_a_same_and_a_different_row(c).expect("edited catalog");
                (c, found)
            }
        };
    let mut harness = compare_harness_with(c, CompareView::default());
    for level in &c.levels {
        if !subset.contains(&level.id) {
            click_checkbox(&mut harness, &level.short_name);
        }
    }
    assert_eq!(harness.state().shown, subset);
    assert_eq!(
        labels(&harness, &same_label),
        1,
        "row {same_label} missing before folding"
    );

    // Highlighting marks the cells that differ from their left neighbour; it folds nothing.
    let marked = |harness: &Harness<'_, CompareView>| {
        harness
            .query_all(egui_kittest::kittest::by().predicate(|n| {
                n.description().as_deref() == Some("Differs from the level to its left")
            }))
            .count()
    };
    assert_eq!(marked(&harness), 0);
    let legend = "A bar at the left edge of a cell";
    assert!(harness.query_by_label_contains(legend).is_none());
    click_checkbox(&mut harness, "Highlight differences");
    assert!(harness.state().highlight_differences);
    assert!(
        harness.query_by_label_contains(legend).is_some(),
        "the marks are explained where they are turned on"
    );
    assert_eq!(
        labels(&harness, &same_label),
        1,
        "highlighting folds nothing"
    );
    assert!(
        marked(&harness) >= 1,
        "the differing row's cells are marked"
    );
    click_checkbox(&mut harness, "Highlight differences");

    click_checkbox(&mut harness, "Hide rows that read the same");
    assert!(harness.state().hide_same);
    assert_eq!(
        labels(&harness, &same_label),
        0,
        "row {same_label} was not folded"
    );
    assert_eq!(
        labels(&harness, &different_label),
        1,
        "row {different_label} was folded"
    );
    assert!(
        harness
            .query_by_label_contains("the same for every level shown")
            .is_some(),
        "no note says rows are folded"
    );

    click_checkbox(&mut harness, "Hide rows that read the same");
    assert_eq!(
        labels(&harness, &same_label),
        1,
        "row {same_label} did not come back"
    );
}

/// A criterion and level whose cell text appears in no other cell, so the test can click it.
fn a_cell_with_unique_text() -> (LevelId, String) {
    let c = catalog();
    let all: Vec<&str> = c
        .levels
        .iter()
        .flat_map(|l| l.facts.values().map(|f| f.summary.as_str()))
        .collect();
    for criterion in &c.criteria {
        for level in &c.levels {
            let summary = level.facts[&criterion.id].summary.as_str();
            if all.iter().filter(|s| **s == summary).count() == 1 {
                return (level.id, criterion.id.clone());
            }
        }
    }
    panic!("every cell text appears twice");
}

/// What a screen reader hears for a cell: its row, its column, then its text.
fn cell_name(level_id: LevelId, criterion_id: &str) -> String {
    let c = catalog();
    let criterion = c
        .criteria
        .iter()
        .find(|k| k.id == criterion_id)
        .expect("a criterion");
    let level = c.level(level_id);
    format!(
        "{}, {}: {}",
        criterion.label, level.name, level.facts[criterion_id].summary
    )
}

#[test]
fn clicking_a_cell_shows_its_full_text_and_sources() {
    let c = catalog();
    let (level_id, criterion_id) = a_cell_with_unique_text();
    let level = c.level(level_id);
    let fact = &level.facts[&criterion_id];
    let source = c.source(&fact.sources[0]).expect("validated data");

    let mut harness = compare_harness(CompareView::default());
    assert_eq!(
        labels(&harness, &source.title),
        0,
        "the source shows before any click"
    );

    harness
        .get_by_role_and_label(Role::Button, &cell_name(level_id, &criterion_id))
        .click();
    harness.run();

    assert_eq!(
        harness.state().selected,
        Some(Selection::Fact {
            level: level_id,
            criterion: criterion_id.clone()
        })
    );
    for id in &fact.sources {
        let cited = c.source(id).expect("validated data");
        assert!(
            labels(&harness, &cited.title) >= 1,
            "source {} not shown",
            cited.title
        );
    }
    assert!(
        labels(&harness, fact.full_text()) >= 1,
        "full text not shown"
    );
    if !source.url.is_empty() {
        assert!(
            harness
                .query_all_by_role_and_label(Role::Link, &format!("{} (web page)", source.title))
                .count()
                >= 1,
            "no link to {}",
            source.url
        );
    }

    harness
        .get_by_role_and_label(Role::Button, "Close details")
        .click();
    harness.run();
    assert_eq!(harness.state().selected, None);
    assert_eq!(labels(&harness, &source.title), 0, "details still open");
}

#[test]
fn cells_open_from_the_keyboard() {
    let (level_id, criterion_id) = a_cell_with_unique_text();
    let summary = cell_name(level_id, &criterion_id);
    let mut harness = compare_harness(CompareView::default());

    harness
        .get_by_role_and_label(Role::Button, &summary)
        .focus();
    harness.run();
    assert!(
        harness
            .get_by_role_and_label(Role::Button, &summary)
            .is_focused()
    );
    harness.key_press(egui::Key::Enter);
    harness.run();
    assert_eq!(
        harness.state().selected,
        Some(Selection::Fact {
            level: level_id,
            criterion: criterion_id
        })
    );
}

fn fit_word(fit: Fit) -> &'static str {
    match fit {
        Fit::Yes => "Fits",
        Fit::Partly => "Depends",
        Fit::No => "Does not fit",
    }
}

#[test]
fn each_need_marks_the_levels_it_fits() {
    let c = catalog();
    assert!(!c.needs.is_empty());
    let mut harness = compare_harness(CompareView::default());
    for need in &c.needs {
        click_checkbox(&mut harness, &need.label);
        assert!(harness.state().checked_needs.contains(&need.id));
        for level in &c.levels {
            let fit = &need.fits[&level.id];
            let expected = format!("{}, {}: {}", need.label, level.name, fit_word(fit.fit));
            let column_left = header(&harness, level).expect("column shown").rect().left();
            let in_its_column = harness
                .query_all_by_role_and_label(Role::Button, &expected)
                .any(|cell| (cell.rect().left() - column_left).abs() < 8.0);
            assert!(
                in_its_column,
                "need {:?}, level {}: no cell reading {expected:?} under its header",
                need.label, level.name
            );
        }
        click_checkbox(&mut harness, &need.label);
        let why = &need.fits[&LevelId::Outpatient].why;
        assert_eq!(
            harness
                .query_all_by(|n| n.label().is_some_and(|l| l.contains(why.as_str())))
                .count(),
            0,
            "need {:?} still marked after unchecking",
            need.label
        );
    }
}

#[test]
fn a_checked_need_is_summed_up_under_each_header() {
    let c = catalog();
    let need = &c.needs[0];
    let mut view = CompareView::default();
    view.checked_needs.insert(need.id.clone());
    let harness = compare_harness(view);
    for level in &c.levels {
        let word = match need.fits[&level.id].fit {
            Fit::Yes => "1 fits",
            Fit::Partly => "1 depends",
            Fit::No => "1 does not fit",
        };
        let line = format!("Matters to you: {word}");
        assert!(
            labels(&harness, &line) >= 1,
            "{}: no line {line:?}",
            level.name
        );
    }
}

#[test]
fn hours_at_a_glance_follows_the_chosen_rule_set() {
    let c = catalog();
    let adult = c.rule_set("asam-adult").expect("adult rules");
    let teen = c.rule_set("asam-adolescent").expect("adolescent rules");
    let mut harness = compare_harness(CompareView::default());
    harness.get_by_label("Hours at a glance").click();
    harness.run();

    let chart = |h: &Harness<'_, CompareView>| {
        h.get_by_role(Role::Image)
            .accesskit_node()
            .label()
            .expect("the chart has a label")
    };
    let text = chart(&harness);
    assert!(text.contains(&adult.name), "{text}");
    let inpatient = &c.level(LevelId::Inpatient).short_name;
    assert!(
        text.contains(&format!("{inpatient}: 24-hour setting")),
        "{text}"
    );

    harness
        .get_by_role_and_label(Role::RadioButton, &teen.name)
        .click();
    harness.run();
    assert_eq!(harness.state().hours_rules, teen.id);
    let text = chart(&harness);
    assert!(text.contains(&teen.name), "{text}");
    let outpatient = teen.rule(LevelId::Outpatient).expect("rule");
    let max = outpatient
        .max_hours
        .as_ref()
        .expect("outpatient has a ceiling")
        .hours;
    assert!(text.contains(&format!("under {max} h")), "{text}");
}

#[test]
fn the_sources_page_lists_every_source_and_what_it_backs() {
    let c = catalog();
    let harness = Harness::builder()
        .with_size([1200.0, 20_000.0])
        .build_ui(|ui| {
            egui::CentralPanel::default().show(ui, |ui| sources_ui(ui, catalog()));
        });
    for source in &c.sources {
        assert!(
            harness
                .query_all_by_role_and_label(Role::Label, &source.title)
                .count()
                >= 1,
            "source {} is not listed",
            source.title
        );
        if !source.url.is_empty() {
            assert!(
                harness
                    .query_all_by_role_and_label(
                        Role::Link,
                        &format!("{} (web page)", source.title)
                    )
                    .count()
                    >= 1
            );
        }
        // Uses are grouped by level or kind, one line each: "IOP: Days a week; Supervision".
        for what in c.citations_of(&source.id) {
            let group = match what {
                CitedIn::Fact { level, .. } => level.short_name.as_str(),
                CitedIn::Need(_) => "What matters to me",
                CitedIn::HourRules(_) => "Hour rules",
                CitedIn::Question(_) => "Questions to ask",
            };
            let item = what.item();
            let prefix = format!("{group}: ");
            let listed = harness
                .query_all_by_role(Role::Label)
                .filter_map(|n| n.value())
                .any(|line| {
                    line.starts_with(&prefix) && line[prefix.len()..].split("; ").any(|i| i == item)
                });
            assert!(listed, "{}: use {what:?} not listed", source.id);
        }
    }
}

#[test]
fn choices_survive_a_restart_and_bad_settings_are_repaired() {
    let mut view = CompareView::default();
    view.shown = vec![LevelId::Iop, LevelId::Inpatient];
    view.highlight_differences = true;
    view.checked_needs.insert(catalog().needs[0].id.clone());
    view.selected = Some(Selection::Need {
        level: LevelId::Iop,
        need: catalog().needs[0].id.clone(),
    });
    let json = serde_json::to_string(&view).expect("serializes");
    let back: CompareView = serde_json::from_str(&json).expect("deserializes");
    assert_eq!(back.shown, view.shown);
    assert!(back.highlight_differences);
    assert_eq!(back.checked_needs, view.checked_needs);
    assert_eq!(back.selected, None, "the selected cell is not a setting");

    // A level id this version does not know is skipped, not fatal.
    let stale: CompareView =
        serde_json::from_str(r#"{"shown":["iop","no-such-level","inpatient"]}"#).expect("lenient");
    assert_eq!(stale.shown, vec![LevelId::Iop, LevelId::Inpatient]);

    // Settings from an older version: missing fields take defaults; one level is too few.
    let mut old: CompareView = serde_json::from_str(r#"{"shown":["iop"]}"#).expect("defaults");
    assert!(!old.highlight_differences);
    old.hours_rules = "no-such-rules".into();
    let harness = compare_harness(old);
    assert_eq!(harness.state().shown, LevelId::ALL.to_vec());
    assert!(catalog().rule_set(&harness.state().hours_rules).is_some());
}

#[test]
fn the_table_fits_at_150_percent_zoom_in_both_themes() {
    // A 1280 x 800 pixel window, first at 100 %, then zoomed to 150 %: the columns must
    // shrink and wrap, not run off the right edge.
    let wide = egui::vec2(1280.0, 800.0);
    let zoomed = wide / 1.5;
    for theme in [egui::Theme::Light, egui::Theme::Dark] {
        let mut view = CompareView::default();
        view.checked_needs = catalog().needs.iter().map(|n| n.id.clone()).collect();
        let mut harness = Harness::builder()
            .with_size(wide)
            .with_theme(theme)
            .with_max_steps(16)
            .build_ui_state(
                |ui, view: &mut CompareView| {
                    egui::CentralPanel::default().show(ui, |ui| view.ui(ui, catalog()));
                },
                view,
            );
        harness.run();
        let last = catalog().level(LevelId::Inpatient);
        let right =
            |h: &Harness<'_, CompareView>| header(h, last).expect("last column").rect().right();
        assert!(right(&harness) <= wide.x, "{theme:?}: {}", right(&harness));

        harness.set_pixels_per_point(1.5);
        harness.set_size(zoomed);
        harness.run();
        assert!(
            right(&harness) <= zoomed.x,
            "{theme:?}: at 150 % the last column ends at {}, past {}",
            right(&harness),
            zoomed.x
        );
    }
}

#[test]
fn another_cell_opens_its_details_at_the_top_and_stays_in_view() {
    let c = catalog();
    let name = |level: LevelId, criterion: &carelevels::catalog::Criterion| {
        let level = c.level(level);
        format!(
            "{}, {}: {}",
            criterion.label, level.name, level.facts[&criterion.id].summary
        )
    };
    let first = name(LevelId::Iop, &c.criteria[0]);
    let second = name(LevelId::DayProgram, &c.criteria[1]);
    // A short window, so the details have more to show than fits.
    let mut harness = compare_harness_sized(catalog(), CompareView::default(), [1100.0, 420.0]);
    harness.get_by_label(&first).click();
    harness.run();
    let close = harness.get_by_label("Close details").rect();
    // The details' heading: the row's label, in the panel right of the table.
    let heading = |harness: &Harness<'_, CompareView>, label: &str| {
        harness
            .query_all_by_label(label)
            .map(|n| n.rect())
            .find(|r| r.left() >= close.left() - 1.0)
    };
    let top = heading(&harness, &c.criteria[0].label)
        .expect("the details' heading")
        .top();
    // Scroll the details down, as a person reading the sources would.
    harness.hover_at(egui::pos2(close.center().x, 300.0));
    scroll_down(&mut harness, 10);
    let scrolled = heading(&harness, &c.criteria[0].label).is_none_or(|r| r.top() < top - 1.0);
    assert!(scrolled, "the test needs the details scrolled");
    assert_eq!(
        harness.get_by_label("Close details").rect(),
        close,
        "Close details stays in reach, above the scrolling text"
    );

    harness.get_by_label(&second).click();
    harness.run();
    assert_eq!(
        harness.state().selected,
        Some(Selection::Fact {
            level: LevelId::DayProgram,
            criterion: c.criteria[1].id.clone()
        })
    );
    let second_heading = heading(&harness, &c.criteria[1].label).expect("the new details");
    assert!(
        (second_heading.top() - top).abs() < 1.0,
        "the new details start at their top: {second_heading:?}"
    );
    let cell = harness.get_by_label(&second).rect();
    assert!(
        cell.top() >= 0.0 && cell.bottom() <= 420.0,
        "the chosen cell stays in view: {cell:?}"
    );
}

#[test]
fn a_cell_stays_in_view_while_its_details_open_and_close() {
    let last = catalog().criteria.len() - 1;
    cell_stays_in_view([1100.0, 700.0], false, LevelId::Inpatient, last - 1);
    cell_stays_in_view([1100.0, 500.0], false, LevelId::Inpatient, last - 1);
    // 900x600 leaves about 490 points, here with both sections open above the table.
    cell_stays_in_view([900.0, 490.0], true, LevelId::Iop, last);
    cell_stays_in_view([900.0, 490.0], true, LevelId::DayProgram, last / 2);
}

/// Below 560 points of height the page scrolls as one under pinned level names (a short
/// view). `sections`: with "What matters to me" and "Hours at a glance" open.
fn cell_stays_in_view(size: [f32; 2], sections: bool, level: LevelId, criterion: usize) {
    let c = catalog();
    let height = size[1];
    let level = c.level(level);
    let criterion = &c.criteria[criterion];
    let label = format!(
        "{}, {}: {}",
        criterion.label, level.name, level.facts[&criterion.id].summary
    );
    let mut harness = compare_harness_sized(catalog(), CompareView::default(), size);
    if sections {
        for section in ["What matters to me", "Hours at a glance"] {
            harness.get_by_label(section).click();
            harness.run();
        }
    }
    harness.hover_at(egui::pos2(size[0] / 2.0, height - 100.0));
    scroll_down(&mut harness, 60);
    let in_view = |harness: &Harness<'_, CompareView>, when: &str| {
        // The table's header is the lowest of the labels with the level's name (the others
        // are above the table).
        let header = harness
            .query_all_by_role_and_label(Role::Label, &level.name)
            .map(|n| n.rect().bottom())
            .fold(0.0_f32, f32::max);
        let cell = harness.get_by_label(&label).rect();
        assert!(
            cell.top() >= header - 1.0 && cell.bottom() <= height,
            "{size:?}, {when}: the cell {cell:?} below the header ({header}) and above the bottom"
        );
    };
    in_view(&harness, "before");
    harness.get_by_label(&label).click();
    harness.run();
    assert!(harness.state().selected.is_some());
    in_view(&harness, "details open");
    harness.get_by_label("Close details").click();
    harness.run();
    assert!(harness.state().selected.is_none());
    in_view(&harness, "details closed");
}

#[test]
fn the_table_keeps_its_place_when_the_window_turns_short_and_tall() {
    let c = catalog();
    let mut harness = compare_harness_sized(catalog(), CompareView::default(), [1100.0, 800.0]);
    harness.hover_at(egui::pos2(550.0, 600.0));
    scroll_down(&mut harness, 3);
    // The row label nearest the top of the table's view.
    let row_labels: Vec<&str> = c.criteria.iter().map(|k| k.label.as_str()).collect();
    let top_row = |harness: &Harness<'_, CompareView>, below: f32| {
        row_labels
            .iter()
            .filter_map(|label| {
                harness
                    .query_by_role_and_label(Role::Label, label)
                    .map(|n| (label.to_string(), n.rect().top()))
            })
            .filter(|(_, top)| *top >= below - 2.0)
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(label, _)| label)
    };
    let header_bottom = |harness: &Harness<'_, CompareView>| {
        harness
            .query_all_by_role_and_label(Role::Label, &c.level(LevelId::Inpatient).name)
            .map(|n| n.rect().bottom())
            .fold(0.0_f32, f32::max)
    };
    let before = top_row(&harness, header_bottom(&harness)).expect("a row in view");
    assert_ne!(
        before, c.criteria[0].label,
        "the test needs the table scrolled"
    );
    for size in [[1100.0, 500.0], [1100.0, 800.0]] {
        harness.set_size(egui::Vec2::from(size));
        harness.run();
        // In a short window the level names are pinned over the page's top.
        let below = if size[1] < 560.0 {
            0.0
        } else {
            header_bottom(&harness)
        };
        let mut visible: Vec<(f32, &str)> = row_labels
            .iter()
            .filter_map(|label| {
                let top = harness
                    .query_by_role_and_label(Role::Label, label)?
                    .rect()
                    .top();
                (top >= below - 2.0 && top < size[1]).then_some((top, *label))
            })
            .collect();
        visible.sort_by(|a, b| a.0.total_cmp(&b.0));
        let visible: Vec<&str> = visible.into_iter().map(|(_, label)| label).collect();
        assert!(
            visible.iter().take(2).any(|l| *l == before),
            "{size:?}: {before} stays near the top, first rows: {visible:?}"
        );
    }
}

#[test]
fn a_page_at_its_top_stays_at_its_top_when_the_window_turns_short() {
    let mut harness = compare_harness_sized(catalog(), CompareView::default(), [1100.0, 800.0]);
    harness.set_size(egui::vec2(1100.0, 450.0));
    harness.run();
    let heading = harness.get_by_label("Compare levels of care").rect();
    assert!(
        heading.top() >= 0.0,
        "the intro is still at the top: {heading:?}"
    );
}

#[test]
fn at_900_by_600_the_page_scrolls_as_one_and_the_table_gets_the_whole_height() {
    // The room the view gets in a 900 x 600 window, under the top bar and above the help
    // lines: 900 x 480 points at 100 %, 600 x 320 at 150 % text.
    for (zoom, size) in [
        (1.0, egui::vec2(900.0, 480.0)),
        (1.5, egui::vec2(600.0, 320.0)),
    ] {
        let mut harness = Harness::builder()
            .with_size(size)
            .with_pixels_per_point(zoom)
            .with_max_steps(16)
            .build_ui_state(
                move |ui, view: &mut CompareView| {
                    egui::CentralPanel::default().show(ui, |ui| view.ui(ui, catalog()));
                },
                CompareView::default(),
            );
        harness.run();
        for section in ["What matters to me", "Hours at a glance"] {
            let node = harness.get_by_label(section);
            if node.accesskit_node().data().is_expanded() != Some(true) {
                node.click();
                harness.run();
            }
        }
        // Scroll the page from over the intro, as a person with a mouse wheel would.
        harness.hover_at(
            harness
                .get_by_label("Compare levels of care")
                .rect()
                .center(),
        );
        scroll_down(&mut harness, 30);
        let heading = harness.get_by_label("Compare levels of care").rect();
        assert!(
            heading.bottom() <= 0.0,
            "at {zoom}x the intro scrolls away with the table: {heading:?}"
        );
        // Each row has one cell for Standard outpatient: the table's rows fill the view.
        let rows: Vec<egui::Rect> = harness
            .query_all_by_label_contains(", Standard outpatient: ")
            .map(|n| n.rect())
            .filter(|r| r.top() >= 0.0 && r.bottom() <= size.y)
            .collect();
        let covered = rows.iter().map(|r| r.height()).sum::<f32>();
        assert!(
            rows.len() >= 3 && covered >= 0.5 * size.y,
            "at {zoom}x, {} rows of the table in view, {covered:.0} of {} points",
            rows.len(),
            size.y
        );
    }
}

/// Turns the mouse wheel down `clicks` times over where the pointer is (200 points each), then
/// lets the smooth scrolling come to rest.
fn scroll_down(harness: &mut Harness<'_, CompareView>, clicks: usize) {
    for _ in 0..clicks {
        harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, -200.0),
            modifiers: egui::Modifiers::NONE,
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
        });
        harness.step();
    }
    harness.run_steps(120);
}

/// One frame of `view` in a window of `size`: its shapes.
fn compare_frame(
    ctx: &egui::Context,
    view: &mut CompareView,
    size: egui::Vec2,
) -> Vec<egui::epaint::ClippedShape> {
    let input = egui::RawInput {
        screen_rect: Some(egui::Rect::from_min_size(egui::Pos2::ZERO, size)),
        ..Default::default()
    };
    let mut output = ctx.run_ui(input, |ui| {
        egui::CentralPanel::default().show(ui, |ui| view.ui(ui, catalog()));
    });
    output.textures_delta.clear();
    output.shapes
}

/// A context styled as the app's, and the fill of its table stripes.
fn app_context() -> (egui::Context, egui::Color32) {
    let ctx = egui::Context::default();
    carelevels::ui::set_text_sizes(&ctx);
    let fill = ctx.global_style().visuals.faint_bg_color;
    (ctx, fill)
}

/// Start-up time: the table's wrapped rows need no second layout pass to be drawn right.
#[test]
fn the_first_frame_is_laid_out_once_with_stripes_as_tall_as_their_rows() {
    for size in [egui::vec2(1360.0, 860.0), egui::vec2(900.0, 600.0)] {
        let (ctx, fill) = app_context();
        let shapes = compare_frame(&ctx, &mut CompareView::default(), size);
        let passes = ctx.cumulative_pass_nr();
        assert_eq!(
            passes, 1,
            "at {size:?} the first frame was laid out {passes} times"
        );
        let stripes = common::stripes_and_their_words(&shapes, fill, 0.0);
        assert!(stripes.len() >= 4, "at {size:?}: {} stripes", stripes.len());
        // Every text that starts in a stripe ends in it: the stripe is as tall as its row.
        for (stripe, words) in &stripes {
            assert!(
                *words <= stripe.bottom() + 1.0,
                "at {size:?} words end at {words}, below their stripe ({stripe:?})"
            );
        }
        let line = ctx.global_style().text_styles[&egui::TextStyle::Body].size;
        let wrapped = stripes.iter().filter(|(s, _)| s.height() > 2.5 * line);
        assert!(
            wrapped.count() > 0,
            "at {size:?} no striped row was wrapped"
        );
    }
}

/// Rows that get shorter (a wider window wraps less) are laid out again before they are
/// drawn, so no stripe is left taller than its row.
#[test]
fn rows_that_get_shorter_leave_no_gap() {
    let (ctx, fill) = app_context();
    let mut view = CompareView::default();
    compare_frame(&ctx, &mut view, egui::vec2(900.0, 2600.0));
    let shapes = compare_frame(&ctx, &mut view, egui::vec2(1800.0, 2600.0));
    let line = ctx.global_style().text_styles[&egui::TextStyle::Body].size;
    let stripes = common::stripes_and_their_words(&shapes, fill, 0.0);
    for (stripe, words) in &stripes {
        assert!(
            stripe.bottom() - words < line,
            "a stripe ({stripe:?}) reaches a line or more below its words ({words})"
        );
    }
    assert!(stripes.len() >= 4, "{} stripes", stripes.len());
}
