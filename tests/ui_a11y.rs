//! What a screen reader is told, read through the same AccessKit tree the platform adapters
//! (AT-SPI on Linux) publish: roles, names, values and states.

use carelevels::plan::workspace::Workspace;
use carelevels::plan::{Clock, Day, Plan, Session, SessionKind};
use carelevels::ui::app::{Prefs, View};
use carelevels::ui::{AppOptions, CareLevelsApp};
use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable, by};

fn app(view: View, plan: Plan, dir: &tempfile::TempDir) -> Harness<'static, CareLevelsApp> {
    let options = AppOptions {
        workspace: Some(Workspace::at(dir.path().join("data"))),
        native_dialogs: false,
        open: None,
        exit_after_first_frame: false,
        system_lang: carelevels::i18n::Lang::En,
    };
    let prefs = Prefs {
        view,
        ..Prefs::default()
    };
    let mut harness = Harness::builder()
        .with_size([1360.0, 860.0])
        .with_max_steps(120)
        .build_eframe(move |_cc| {
            let mut app = CareLevelsApp::with_prefs(prefs, options);
            app.planner.load(plan, None);
            app
        });
    harness.run();
    harness
}

fn evening_iop() -> Plan {
    let mut plan = Plan {
        name: "Evening IOP".into(),
        ..Plan::default()
    };
    for day in [Day::Mon, Day::Wed, Day::Thu] {
        plan.phases[0].sessions.push(Session {
            day,
            start: Clock::from_hm(18, 0).unwrap(),
            end: Clock::from_hm(21, 0).unwrap(),
            kind: SessionKind::Group,
            title: "Process group".into(),
        });
    }
    plan
}

#[test]
fn the_window_is_named_by_its_title() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(View::Planner, evening_iop(), &dir);
    let title = harness.state_mut().window_title();
    assert_eq!(title, "carelevels - Evening IOP");
    assert_eq!(
        harness.root().accesskit_node().label().as_deref(),
        Some(title.as_str())
    );
}

#[test]
fn the_compare_table_is_a_table_whose_cells_say_their_row_and_column() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(View::Compare, Plan::default(), &dir);
    let table = harness.get_by_label("Levels of care compared");
    let data = table.accesskit_node().data();
    assert_eq!(data.role(), Role::Table);
    assert_eq!(
        data.column_count(),
        Some(5),
        "the topic column and four levels"
    );
    assert!(data.row_count().unwrap_or(0) > 5);

    let headers = harness
        .query_all(by().predicate(|n| n.role() == Role::ColumnHeader))
        .count();
    assert_eq!(headers, 5);
    assert!(
        harness
            .query_all(by().predicate(|n| n.role() == Role::RowHeader))
            .count()
            > 5
    );
    // A cell sits in its row and column, and its button names both.
    let cell = harness
        .query_all(by().predicate(|n| {
            n.role() == Role::Cell
                && n.data().row_index() == Some(1)
                && n.data().column_index() == Some(2)
        }))
        .next()
        .expect("row 1, column 2 is a cell");
    let button = cell
        .accesskit_node()
        .children()
        .find(|c| c.role() == Role::Button)
        .expect("a button in the cell");
    let name = button.label().unwrap_or_default();
    assert!(
        name.contains("Intensive outpatient") || name.contains("IOP"),
        "names its level: {name}"
    );
    assert!(name.contains(": "), "names its row, then its text: {name}");
    // Columns are not resizable, so no unnamed drag handles are Tab stops.
    let unnamed_focusable = harness
        .query_all(by().predicate(|n| {
            n.data().supports_action(egui::accesskit::Action::Focus)
                && n.label().is_none_or(|l| l.is_empty())
                && n.value().is_none()
        }))
        .count();
    assert_eq!(unnamed_focusable, 0, "every focusable node has a name");
}

#[test]
fn the_compare_table_has_a_header_row_and_a_row_for_each_topic_each_holding_its_cells() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(View::Compare, Plan::default(), &dir);
    let table = harness.get_by_label("Levels of care compared");
    let row_count = table.accesskit_node().data().row_count().unwrap();
    let rows: Vec<_> = table
        .accesskit_node()
        .children()
        .filter(|n| n.role() == Role::Row)
        .collect();
    assert_eq!(
        rows.len(),
        row_count,
        "one Row node for each row, header too"
    );
    for (index, row) in rows.iter().enumerate() {
        assert_eq!(row.data().row_index(), Some(index), "rows in order");
        let cells: Vec<_> = row.children().collect();
        assert_eq!(cells.len(), 5, "row {index}: the topic and four levels");
        for (column, cell) in cells.iter().enumerate() {
            let role = match (index, column) {
                (0, _) => Role::ColumnHeader,
                (_, 0) => Role::RowHeader,
                _ => Role::Cell,
            };
            assert_eq!(cell.role(), role, "row {index}, column {column}");
            assert_eq!(cell.data().row_index(), Some(index));
            assert_eq!(cell.data().column_index(), Some(column));
        }
    }
    let header: Vec<String> = rows[0]
        .children()
        .map(|c| c.label().unwrap_or_default())
        .collect();
    assert_eq!(header[0], "Topic");
    assert!(header[2].contains("IOP"), "{header:?}");
    // A row header is named by its topic, and the row's cells say it and their level.
    let topic = rows[1]
        .children()
        .next()
        .unwrap()
        .label()
        .unwrap_or_default();
    assert!(!topic.is_empty());
    let button = rows[1]
        .children()
        .nth(2)
        .and_then(|cell| cell.children().find(|c| c.role() == Role::Button))
        .expect("a button in row 1, column 2");
    let name = button.label().unwrap_or_default();
    assert!(
        name.starts_with(&format!("{topic}, ")) && name.contains("IOP"),
        "{name}"
    );
}

/// Every node's id with its name and value: what a screen reader would be told changed.
fn names(harness: &Harness<'_, CareLevelsApp>) -> std::collections::BTreeMap<String, String> {
    harness
        .query_all(by().predicate(|_| true))
        .map(|n| {
            let node = n.accesskit_node();
            let said = format!(
                "{} | {}",
                node.label().unwrap_or_default(),
                node.value().unwrap_or_default()
            );
            (format!("{:?}", node.id()), said)
        })
        .collect()
}

#[test]
fn checking_a_need_adds_its_row_without_renaming_the_cells_already_there() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(View::Compare, Plan::default(), &dir);
    let before = names(&harness);
    harness
        .get_by_role_and_label(Role::CheckBox, "I need 24-hour supervision")
        .click();
    harness.run();
    let after = names(&harness);
    let renamed: Vec<String> = after
        .iter()
        .filter_map(|(id, now)| {
            let was = before.get(id)?;
            (was != now).then(|| format!("{was:?} -> {now:?}"))
        })
        .collect();
    assert!(
        renamed.is_empty(),
        "{} renamed: {renamed:#?}",
        renamed.len()
    );
    let table = harness.get_by_label("Levels of care compared");
    let need_row = table
        .accesskit_node()
        .children()
        .filter(|n| n.role() == Role::Row)
        .nth(1)
        .expect("a row under the header");
    let first = need_row.children().next().unwrap();
    assert_eq!(first.label().as_deref(), Some("I need 24-hour supervision"));
}

#[test]
fn headings_exist_and_sections_say_whether_they_are_open() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(View::Compare, Plan::default(), &dir);
    let heading = harness.get_by_label("Compare levels of care");
    assert_eq!(heading.accesskit_node().role(), Role::Heading);
    assert_eq!(heading.accesskit_node().data().level(), Some(1));
    let needs = harness.get_by_label("What matters to me");
    assert_eq!(needs.accesskit_node().data().is_expanded(), Some(true));
    let hours = harness.get_by_label("Hours at a glance");
    assert_eq!(hours.accesskit_node().data().is_expanded(), Some(false));
}

#[test]
fn the_planner_names_its_fields_gives_drop_downs_their_value_and_announces_the_verdict() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(View::Planner, evening_iop(), &dir);
    let name = harness.get_by_label("Plan name");
    assert_eq!(name.accesskit_node().role(), Role::TextInput);
    assert_eq!(
        name.accesskit_node().value().as_deref(),
        Some("Evening IOP")
    );

    for (label, value) in [
        ("Day", "Monday"),
        ("Kind", "Group therapy"),
        ("Level of care", "Intensive outpatient (IOP)"),
        ("Rules", "ASAM Criteria, adults"),
    ] {
        let combo = harness.get_by_label(label);
        assert_eq!(combo.accesskit_node().role(), Role::ComboBox, "{label}");
        assert_eq!(
            combo.accesskit_node().value().as_deref(),
            Some(value),
            "{label}"
        );
    }

    let verdict = harness.get_by_label("Within ASAM's usual hours for IOP");
    assert_eq!(verdict.accesskit_node().data().live(), Some(Live::Polite));
    let gauge = harness.get_by_label("Weekly hours against IOP's band");
    let data = gauge.accesskit_node().data();
    assert_eq!(data.min_numeric_value(), Some(0.0));
    assert!(
        data.max_numeric_value()
            .is_some_and(|m| (20.0..100.0).contains(&m))
    );

    // The selected block says so.
    let block = "Process group, Monday 18:00 to 21:00, session";
    assert_eq!(
        harness
            .get_by_label(block)
            .accesskit_node()
            .data()
            .is_selected(),
        None
    );
    harness.state_mut().planner.selection = Some(carelevels::plan::Item::Session(0));
    harness.run();
    assert_eq!(
        harness
            .get_by_label(block)
            .accesskit_node()
            .data()
            .is_selected(),
        Some(true)
    );
}

#[test]
fn links_are_named_by_what_they_are() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(View::Sources, Plan::default(), &dir);
    let links: Vec<String> = harness
        .query_all(by().predicate(|n| n.role() == Role::Link))
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert!(!links.is_empty());
    for name in links {
        assert!(!name.starts_with("http"), "{name}");
        assert!(name.ends_with("(web page)"), "{name}");
    }
}

#[test]
fn the_top_bar_tabs_in_reading_order() {
    let dir = tempfile::tempdir().unwrap();
    let harness = app(View::Compare, Plan::default(), &dir);
    let x = |label: &str| harness.get_by_label(label).rect().left();
    // Created (so reached with Tab) left to right, as they are shown.
    assert!(x("Dark") < x("Light") && x("Light") < x("System") && x("System") < x("Help lines"));
    let order: Vec<String> = harness
        .query_all(by().predicate(|n| n.role() != Role::Label))
        .filter_map(|n| n.accesskit_node().label())
        .filter(|l| ["Dark", "Light", "System", "Help lines"].contains(&l.as_str()))
        .collect();
    assert_eq!(order, ["Dark", "Light", "System", "Help lines"]);
    // Right-aligned: the help button ends near the window's right edge.
    assert!(harness.get_by_label("Help lines").rect().right() > 1300.0);
}

#[test]
fn menu_entries_are_menu_items_named_by_their_words_with_their_keys_apart() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(View::Planner, evening_iop(), &dir);
    harness.get_by_label("File").click();
    harness.run();
    let save = harness.get_by_label("Save");
    let data = save.accesskit_node().data();
    assert_eq!(data.role(), Role::MenuItem);
    assert_eq!(data.keyboard_shortcut(), Some("Ctrl+S"));
}

#[test]
fn the_file_menu_is_a_named_menu() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = app(View::Planner, evening_iop(), &dir);
    harness.get_by_label("File").click();
    harness.run();
    let menus: Vec<String> = harness
        .query_all(by().predicate(|n| n.role() == Role::Menu))
        .map(|n| n.accesskit_node().label().unwrap_or_default())
        .collect();
    assert!(menus.iter().any(|m| m == "File"), "{menus:?}");
}
