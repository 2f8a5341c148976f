//! What egui does not tell a screen reader on its own: headings, the window's name, a drop-down's
//! current value, table cells with their row and column, verdicts that are announced when they
//! change. Each helper adds to the AccessKit node egui already made for a widget or a [`Ui`].

use egui::accesskit::{Live, Role};
use egui::{Context, Id, Response, RichText, Ui, WidgetText};

/// A heading of `level` (1 for a view's title, 2 for its sections) that screen readers can
/// jump between.
pub fn heading(ui: &mut Ui, text: impl Into<RichText>, level: usize) -> Response {
    let text: RichText = text.into();
    let response = if level <= 1 {
        ui.heading(text)
    } else {
        ui.label(text.strong())
    };
    as_heading(ui.ctx(), response.id, level);
    response
}

/// Marks an existing widget (a collapsing header, a label) as a heading of `level`.
pub fn as_heading(ctx: &Context, id: Id, level: usize) {
    ctx.accesskit_node_builder(id, |node| {
        // A label's text is its value in egui; a heading is named by it.
        if let Some(text) = node.value().map(str::to_owned) {
            node.set_label(text);
            node.clear_value();
        }
        node.set_role(Role::Heading);
        node.set_level(level);
    });
}

/// The window's name, as its title bar shows it (the root node otherwise has none).
pub fn name_window(ctx: &Context, title: &str) {
    ctx.accesskit_node_builder(egui::accesskit_root_id(), |node| {
        node.set_label(title);
    });
}

/// A drop-down's current value ("Monday"), which egui leaves out. AT-SPI readers do not read a
/// combo box's value from AccessKit either (see docs/upstream/combo-box-value.md), so it also
/// leads the description.
pub fn with_value(response: &Response, value: impl Into<String>) {
    let value = value.into();
    response.ctx.accesskit_node_builder(response.id, |node| {
        let description = match node.description() {
            Some(more) if !more.is_empty() => format!("{value}. {more}"),
            _ => value.clone(),
        };
        node.set_description(description);
        node.set_value(value);
    });
}

/// Whether a widget is the selected one (a block in the week).
pub fn selected(response: &Response, selected: bool) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_selected(selected);
    });
}

/// Screen readers announce changes to this widget's name without it having the focus (the
/// verdict, which changes as the week is edited).
pub fn announce_changes(response: &Response) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_live(Live::Polite);
    });
}

/// A bar that shows a number in a range (the weekly-hours gauge).
pub fn range(response: &Response, min: f64, max: f64) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_min_numeric_value(min);
        node.set_max_numeric_value(max);
    });
}

/// A table's node, which its rows hang from (see [`Table::row`]).
#[derive(Clone, Copy, Debug)]
pub struct Table(Id);

/// A row of a [`Table`]: the node its cells hang from, and where it is.
#[derive(Clone, Copy, Debug)]
pub struct Row {
    table: Id,
    id: Id,
    index: usize,
}

impl Table {
    /// Row `index` (0-based; row 0 is the header row), known by `key`. The key, not the index,
    /// names its node and its cells' nodes: a row that moves down when another is put above it
    /// keeps its nodes, so a screen reader is not told that every cell below was renamed.
    pub fn row(self, key: impl egui::AsIdSalt, index: usize) -> Row {
        Row {
            table: self.0,
            id: self.0.with(("row", key)),
            index,
        }
    }
}

/// Adds a table of `(rows, columns)` named `name`, its contents drawn by `add`.
pub fn table<R>(
    ui: &mut Ui,
    name: &str,
    (rows, columns): (usize, usize),
    add: impl FnOnce(&mut Ui, Table) -> R,
) -> R {
    let builder = egui::UiBuilder::new()
        .accessibility_role(Role::Table)
        .accessibility_label(name);
    ui.scope_builder(builder, |ui| {
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_row_count(rows);
            node.set_column_count(columns);
        });
        let table = Table(ui.unique_id());
        add(ui, table)
    })
    .inner
}

/// Draws a table cell's contents with `add` in `ui` (the cell egui_extras made), as the cell of
/// `row` at `column` (0-based): a column header in row 0, a row header in column 0. Headers are
/// named by `name`, so a reader moving through a column or row can say where it is.
///
/// egui_extras hangs its cells from the table's body, not from a row, and gives them ids by
/// position; so the cell node is a `Ui` of our own inside it, hung from the row's node. The row's
/// node is made with its first cell: a row's cells must come column 0 first.
pub fn cell<R>(
    ui: &mut Ui,
    row: Row,
    column: usize,
    name: Option<&str>,
    add: impl FnOnce(&mut Ui) -> R,
) -> R {
    if column == 0 {
        // Takes no room: the row is only a node, its cells are laid out by egui_extras.
        let row_ui = ui.new_child(
            egui::UiBuilder::new()
                .scope_id(row.id)
                .accessibility_parent(row.table)
                .accessibility_role(Role::Row),
        );
        row_ui.ctx().accesskit_node_builder(row.id, |node| {
            node.set_row_index(row.index);
        });
    }
    let role = match (row.index, column) {
        (0, _) => Role::ColumnHeader,
        (_, 0) => Role::RowHeader,
        _ => Role::Cell,
    };
    let mut builder = egui::UiBuilder::new()
        .scope_id(row.id.with(column))
        .accessibility_parent(row.id)
        .accessibility_role(role);
    if let Some(name) = name {
        builder = builder.accessibility_label(name);
    }
    ui.scope_builder(builder, |ui| {
        ui.ctx().accesskit_node_builder(ui.unique_id(), |node| {
            node.set_row_index(row.index);
            node.set_column_index(column);
        });
        add(ui)
    })
    .inner
}

/// A button-like widget named `name` for screen readers while it shows `text` on screen (a
/// table cell that says which row and column it is in).
pub fn named(response: &Response, name: impl Into<String>) {
    let name = name.into();
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_label(name);
    });
}

/// A menu entry: a menu item named by its words, its keys given apart ("Save", Ctrl+S) rather
/// than run into the name as egui does.
pub fn menu_item(response: &Response, name: &str, keys: &str) {
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_role(Role::MenuItem);
        node.set_label(name);
        if !keys.is_empty() {
            node.set_keyboard_shortcut(keys);
        }
    });
}

/// Names the menu `ui` is drawn in ("File"): egui leaves a menu's node unnamed.
pub fn name_menu(ui: &Ui, name: &str) {
    let ctx = ui.ctx();
    // The menu's own node is the nearest enclosing `Ui` of the menu kind.
    let menu = ui
        .stack()
        .iter()
        .find(|frame| frame.kind() == Some(egui::UiKind::Menu))
        .map(|frame| frame.unique_id);
    if let Some(id) = menu {
        ctx.accesskit_node_builder(id, |node| node.set_label(name));
    }
}

/// A link named by what it is rather than its address.
pub fn link(ui: &mut Ui, text: impl Into<WidgetText>, url: &str) -> Response {
    let response = ui.hyperlink_to(text, url);
    response.ctx.accesskit_node_builder(response.id, |node| {
        node.set_description(url);
    });
    response
}
