//! What the pointer and the keyboard do to the grid: one widget per block (with edge handles
//! for resizing), drags that follow the pointer and scroll the view near its edges, and keys on
//! the focused block. Nothing here changes the plan: it pushes [`GridAction`]s.

use egui::{
    CursorIcon, EventFilter, Id, Key, Modifiers, Painter, Pos2, Rect, Response, Role, Sense, Ui,
    Visuals, WidgetInfo, pos2, vec2,
};

use crate::plan::{Day, Week};

use super::layout::{
    Block, DAY_MINUTES, DragOp, Geometry, Laid, SNAP_MINUTES, Span, clock, day_minutes,
    drag_target, title,
};
use super::paint::{self, Fonts, Look};
use super::{GUTTER_WIDTH, GridAction, GridState, HOUR_HEIGHT, Item};

/// How far from a block's top or bottom edge a drag resizes instead of moving.
const EDGE_GRAB: f32 = 6.0;
/// Distance from the top or bottom of the view where a drag scrolls the grid.
const AUTO_SCROLL_ZONE: f32 = 24.0;

/// A drag in progress and where it would put the block now.
#[derive(Clone, Copy, Debug)]
pub(super) struct Drag {
    pub op: DragOp,
    /// Where the pointer was pressed, on screen: the view scrolls only once the pointer goes
    /// further towards its top or bottom than that.
    pub origin_y: f32,
    /// The block as it would be if the pointer were released now.
    pub preview: Option<Span>,
}

/// At most this many blocks of one day get a widget and are drawn at once: a week can hold
/// tens of thousands (a 4 MiB file), more than a frame can lay out in time.
pub(super) const MAX_SHOWN_PER_DAY: usize = 150;

/// What this frame's painting and hit-testing share.
struct View<'a> {
    week: &'a Week<'a>,
    laid: &'a Laid,
    grid_id: Id,
    geometry: Geometry,
    clip: Rect,
    /// Minutes of the day in view.
    visible: std::ops::Range<f32>,
    painter: Painter,
    visuals: Visuals,
    fonts: Fonts,
    selection: Option<Item>,
    dragged_item: Option<Item>,
    /// Where the pointer is over the grid (or was pressed, while a button is held).
    pointer: Option<Pos2>,
    lang: crate::i18n::Lang,
}

/// Whether any grid widget started, continued or ended a drag this frame.
#[derive(Default)]
struct DragEvents {
    stopped: bool,
    dragging: bool,
}

/// The pointer on a block's body or one of its edges.
#[derive(Default)]
struct Pointer {
    clicked: bool,
    double_clicked: bool,
    hovered: bool,
    grabbed: bool,
    on_edge: bool,
}

/// The scrolled part: background, blocks, bands and the drag preview. Returns the geometry
/// so the header can line up with the columns.
pub(super) fn grid_body_ui(
    ui: &mut Ui,
    grid_id: Id,
    state: &mut GridState,
    week: &Week<'_>,
    laid: &Laid,
    selection: Option<Item>,
    actions: &mut Vec<GridAction>,
) -> Geometry {
    let width = ui.available_width().max(GUTTER_WIDTH + 7.0 * 8.0);
    let (rect, _) = ui.allocate_exact_size(vec2(width, 24.0 * HOUR_HEIGHT), Sense::hover());
    let geometry = Geometry {
        left: rect.left() + GUTTER_WIDTH,
        top: rect.top(),
        column_width: (rect.width() - GUTTER_WIDTH) / 7.0,
        hour_height: HOUR_HEIGHT,
    };
    let clip = ui.clip_rect();
    let view = View {
        week,
        laid,
        grid_id,
        geometry,
        clip,
        visible: geometry.minutes_at(clip.top())..geometry.minutes_at(clip.bottom()),
        painter: ui.painter().clone(),
        visuals: ui.visuals().clone(),
        fonts: Fonts::new(ui.style()),
        selection,
        dragged_item: state.drag.and_then(|d| d.op.item()),
        // While a button is held, where it was pressed: a drag starts a few points away.
        pointer: ui
            .input(|i| {
                if i.pointer.any_down() {
                    i.pointer.press_origin()
                } else {
                    i.pointer.hover_pos()
                }
            })
            .filter(|p| clip.contains(*p)),
        lang: crate::ui::lang(ui.ctx()),
    };

    if let Some((day, time)) = state.reveal.take() {
        reveal(ui, geometry, day, time);
    }
    paint::paint_background(
        &view.painter,
        &view.visuals,
        &view.fonts,
        geometry,
        rect,
        clip,
    );

    let columns = Rect::from_min_max(pos2(geometry.left, rect.top()), rect.max);
    let mut events = background_ui(ui, &view, columns, state, actions);
    let mut selected_now = false;
    let shown = widgets_this_frame(ui, &view, state);
    for index in shown {
        block_ui(
            ui,
            &view,
            state,
            index,
            actions,
            &mut events,
            &mut selected_now,
        );
    }
    paint::paint_troubles(
        &view.painter,
        &view.visuals,
        geometry,
        &laid.troubles,
        view.visible.clone(),
    );
    drag_ui(ui, &view, state, rect, &events, actions);
    geometry
}

/// The blocks that get a widget this frame, in Tab order: those in view (at most
/// [`MAX_SHOWN_PER_DAY`] a day), and out of view only those the keyboard or a drag needs: the
/// first and last (the way into the grid from either side), the focused one and its neighbours
/// (for Tab and Shift+Tab), the selected and the dragged one. Counts what stays hidden.
fn widgets_this_frame(ui: &Ui, view: &View<'_>, state: &mut GridState) -> Vec<usize> {
    let laid = view.laid;
    let count = laid.blocks.len();
    if count == 0 {
        state.hidden = 0;
        return Vec::new();
    }
    let (mut shown, in_view) =
        laid.in_view(view.visible.start, view.visible.end, MAX_SHOWN_PER_DAY);
    state.hidden = in_view - shown.len();
    let focused_id = ui.memory(|m| m.focused());
    if state
        .focused
        .is_some_and(|item| focused_id != Some(view.grid_id.with(item)))
    {
        state.focused = None;
    }
    shown.extend([0, count - 1]);
    if let Some(i) = state.focused.and_then(|item| laid.index_of(item)) {
        shown.extend([i.saturating_sub(1), i, (i + 1).min(count - 1)]);
    }
    let others = [view.selection, view.dragged_item, state.follow];
    shown.extend(
        others
            .into_iter()
            .flatten()
            .filter_map(|item| laid.index_of(item)),
    );
    shown.sort_unstable();
    shown.dedup();
    shown
}

/// Scrolls so `day` at `time` (and the hour after) is in view.
fn reveal(ui: &Ui, geometry: Geometry, day: Day, time: crate::plan::Clock) {
    let span = Span::new(day, time, time);
    let end = span.start.saturating_add(60).min(DAY_MINUTES);
    let target = Rect::from_x_y_ranges(
        geometry.column_x(day)..=geometry.column_x(day) + geometry.column_width,
        geometry.y(span.start.saturating_sub(15))..=geometry.y(end),
    );
    ui.scroll_to_rect(target, None);
}

/// Empty space: a click clears the selection, a drag draws a new session.
fn background_ui(
    ui: &Ui,
    view: &View<'_>,
    columns: Rect,
    state: &mut GridState,
    actions: &mut Vec<GridAction>,
) -> DragEvents {
    let background = ui.interact(
        columns,
        view.grid_id.with("empty"),
        Sense::CLICK | Sense::DRAG,
    );
    background.widget_info(|| {
        WidgetInfo::labeled(Role::Group, true, crate::ui::t(view.lang, "grid-empty"))
    });
    if background.clicked() {
        actions.push(GridAction::ClearSelection);
    }
    if background.drag_started()
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
    {
        state.drag = Some(Drag {
            op: DragOp::Create {
                day: view.geometry.day_at(origin.x),
                anchor: view.geometry.minutes_at(origin.y),
            },
            origin_y: origin.y,
            preview: None,
        });
    }
    DragEvents {
        stopped: background.drag_stopped(),
        dragging: background.dragged(),
    }
}

/// One block: its widget, edge handles, keys, and its paint when in view.
fn block_ui(
    ui: &Ui,
    view: &View<'_>,
    state: &mut GridState,
    index: usize,
    actions: &mut Vec<GridAction>,
    events: &mut DragEvents,
    selected_now: &mut bool,
) {
    let block = &view.laid.blocks[index];
    let geometry = view.geometry;
    let rect = geometry.block_rect(block.span, block.lane, block.lanes);
    let id = view.grid_id.with(block.item);
    let sense = if block.kind.is_none() && state.fixed_commitments {
        Sense::hover()
    } else {
        Sense::click_and_drag()
    };
    let response = ui.interact(rect, id, sense);
    response
        .widget_info(|| WidgetInfo::labeled(Role::Button, true, view.laid.label(view.week, index)));
    if view.selection == Some(block.item) {
        crate::ui::a11y::selected(&response, true);
    }
    let in_view = f32::from(block.span.end) >= view.visible.start
        && f32::from(block.span.start) <= view.visible.end;

    let mut pointer = Pointer {
        clicked: response.clicked(),
        // egui counts a click as a triple click when the click before the pair was on another
        // block less than 0.3 s earlier: for us that is still a double click.
        double_clicked: response.double_clicked() || response.triple_clicked(),
        hovered: response.hovered(),
        grabbed: response.drag_started(),
        on_edge: false,
    };
    if response.drag_started()
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
    {
        state.drag = Some(Drag {
            op: DragOp::Move {
                item: block.item,
                from: block.span,
                grab: geometry.minutes_at(origin.y) - f32::from(block.span.start),
            },
            origin_y: origin.y,
            preview: None,
        });
    }
    events.stopped |= response.drag_stopped();
    events.dragging |= response.dragged();

    // Edge handles (on top of the body), only on the block under the pointer or being
    // dragged: two widgets more per block in view were a third of the week's widgets.
    let near = view
        .pointer
        .is_some_and(|p| rect.expand(EDGE_GRAB).contains(p));
    if in_view && (near || view.dragged_item == Some(block.item)) {
        edge_handles_ui(ui, view, state, block, rect, &mut pointer, events);
    }
    if response.dragged() {
        ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
    } else if response.hovered() && !pointer.on_edge {
        ui.ctx().set_cursor_icon(CursorIcon::Grab);
    }

    let is_selected = view.selection == Some(block.item);
    let wants_select = pointer.clicked || pointer.grabbed || response.gained_focus();
    if wants_select && !is_selected && !*selected_now {
        actions.push(GridAction::Select(block.item));
        *selected_now = true;
    }
    // A block taken hold of (clicked, or dragged by its body or an edge) takes the keyboard
    // too, so the arrow keys move the block just handled, not the one focused before.
    let handed = state.focus_next == Some(block.item);
    if handed {
        state.focus_next = None;
    }
    if pointer.clicked || pointer.grabbed || handed {
        state.pointer_focus = Some(block.item);
        if !response.has_focus() {
            response.request_focus();
            state.clicked_focus = Some(block.item);
        }
    }
    if pointer.double_clicked {
        actions.push(GridAction::Edit(block.item));
    }
    if response.has_focus() {
        state.focused = Some(block.item);
        keyboard(ui, state, &response, block, actions);
    }
    if state.follow == Some(block.item) {
        state.follow = None;
        response.scroll_to_me(None);
    } else if response.gained_focus() {
        // Reached with the keyboard: bring it into view (a clicked block already is).
        if state.clicked_focus.take() != Some(block.item) {
            response.scroll_to_me(None);
        }
    }

    if in_view && state.drag.is_none() {
        tooltip(view, state, block, &response);
    }
    if in_view {
        let look = Look {
            selected: is_selected,
            focused: response.has_focus(),
            hovered: pointer.hovered,
            faded: view.dragged_item == Some(block.item),
        };
        paint::paint_block(
            &view.painter,
            &view.visuals,
            &view.fonts,
            rect,
            view.clip,
            (block, &title(view.week, block.item, view.lang)),
            look,
        );
    }
}

/// The full title and times, which a narrow or overlapped block cannot show: on hover, and
/// while the block has the keyboard focus (not after a click, where the pointer is the guide).
fn tooltip(view: &View<'_>, state: &GridState, block: &Block, response: &Response) {
    let text = || {
        let span = block.span;
        format!(
            "{}\n{} {} ({})",
            title(view.week, block.item, view.lang),
            crate::check::day_name_in(view.lang, span.day),
            span.times(),
            crate::check::duration_in(view.lang, u32::from(span.minutes())),
        )
    };
    if response.has_focus() && state.pointer_focus != Some(block.item) {
        egui::containers::Tooltip::for_widget(response).show(|ui| ui.label(text()));
    } else {
        response.clone().on_hover_ui(|ui| {
            ui.label(text());
        });
    }
}

/// The top and bottom strips of a block, where a drag resizes it.
fn edge_handles_ui(
    ui: &Ui,
    view: &View<'_>,
    state: &mut GridState,
    block: &Block,
    rect: Rect,
    pointer: &mut Pointer,
    events: &mut DragEvents,
) {
    let id = view.grid_id.with(block.item);
    let zone = EDGE_GRAB.min(rect.height() / 3.0);
    if zone < 2.0 {
        return;
    }
    let top = Rect::from_min_max(rect.min, pos2(rect.right(), rect.top() + zone));
    let bottom = Rect::from_min_max(pos2(rect.left(), rect.bottom() - zone), rect.max);
    for (zone_rect, is_top) in [(top, true), (bottom, false)] {
        let handle = ui.interact(
            zone_rect,
            id.with(if is_top { "start" } else { "end" }),
            Sense::CLICK | Sense::DRAG,
        );
        if handle.hovered() || handle.dragged() {
            pointer.on_edge = true;
            ui.ctx().set_cursor_icon(CursorIcon::ResizeVertical);
        }
        pointer.clicked |= handle.clicked();
        pointer.double_clicked |= handle.double_clicked() || handle.triple_clicked();
        pointer.hovered |= handle.hovered();
        pointer.grabbed |= handle.drag_started();
        if handle.drag_started()
            && let Some(origin) = ui.input(|i| i.pointer.press_origin())
        {
            let (item, from) = (block.item, block.span);
            let at = view.geometry.minutes_at(origin.y);
            state.drag = Some(Drag {
                op: if is_top {
                    let grab = at - f32::from(from.start);
                    DragOp::ResizeStart { item, from, grab }
                } else {
                    let grab = at - f32::from(from.end);
                    DragOp::ResizeEnd { item, from, grab }
                },
                origin_y: origin.y,
                preview: None,
            });
        }
        events.stopped |= handle.drag_stopped();
        events.dragging |= handle.dragged();
    }
}

/// The drag in progress: follow the pointer, finish on release, paint where it would land.
fn drag_ui(
    ui: &Ui,
    view: &View<'_>,
    state: &mut GridState,
    content: Rect,
    events: &DragEvents,
    actions: &mut Vec<GridAction>,
) {
    if let Some(drag) = &mut state.drag {
        if let Some(pointer) = ui.input(|i| i.pointer.interact_pos()) {
            drag.preview = Some(drag_target(view.geometry, drag.op, pointer));
            auto_scroll(ui, pointer, drag.origin_y, content, view.clip);
        }
        if ui.input(|i| i.key_pressed(Key::Escape)) {
            state.drag = None;
        }
    }
    if events.stopped {
        if let Some(Drag {
            op,
            preview: Some(target),
            ..
        }) = state.drag.take()
        {
            finish(op, target, actions);
        }
    } else if !events.dragging && ui.ctx().dragged_id().is_none() {
        // The dragged block vanished (undo, file opened...): forget the drag.
        state.drag = None;
    }
    if let Some(Drag {
        op,
        preview: Some(target),
        ..
    }) = state.drag
    {
        let original = op
            .item()
            .and_then(|item| view.laid.index_of(item))
            .map(|i| {
                let block = &view.laid.blocks[i];
                (block, title(view.week, block.item, view.lang))
            });
        let new_session = crate::ui::t(view.lang, "grid-new-session");
        let original = match &original {
            Some((block, title)) => (Some(*block), title.as_ref()),
            None => (None, new_session.as_str()),
        };
        paint::paint_preview(
            &view.painter,
            &view.visuals,
            &view.fonts,
            view.geometry,
            target,
            original,
            view.clip,
        );
    }
}

/// The action a drag released at `target` asks for (none when nothing moved).
fn finish(op: DragOp, target: Span, actions: &mut Vec<GridAction>) {
    match op {
        DragOp::Create { .. } => actions.push(GridAction::Create {
            day: target.day,
            start: clock(target.start),
            end: clock(target.end),
        }),
        DragOp::Move { item, from, .. }
        | DragOp::ResizeStart { item, from, .. }
        | DragOp::ResizeEnd { item, from, .. } => {
            if target != from {
                actions.push(target.action(item));
            }
        }
    }
}

/// Scrolls while a drag holds the pointer near the top or bottom of the view, and only once
/// the pointer has gone further that way than where it was pressed: a block whose edge lies
/// near the bottom of the view can be taken hold of without the view running off under it.
fn auto_scroll(ui: &Ui, pointer: Pos2, origin_y: f32, content: Rect, clip: Rect) {
    let speed = |depth: f32| (depth / AUTO_SCROLL_ZONE).clamp(0.0, 1.0) * 14.0;
    let top_zone = (clip.top() + AUTO_SCROLL_ZONE).min(origin_y);
    let bottom_zone = (clip.bottom() - AUTO_SCROLL_ZONE).max(origin_y);
    let delta = if pointer.y < top_zone && clip.top() > content.top() + 0.5 {
        speed(top_zone - pointer.y)
    } else if pointer.y > bottom_zone && clip.bottom() < content.bottom() - 0.5 {
        -speed(pointer.y - bottom_zone)
    } else {
        0.0
    };
    if delta != 0.0 {
        ui.scroll_with_delta_animation(vec2(0.0, delta), egui::style::ScrollAnimation::none());
        ui.ctx().request_repaint();
    }
}

/// Keys pressed on the focused block this frame (each arrow counted, so fast typing adds up).
#[derive(Default)]
struct Keys {
    edit: bool,
    delete: bool,
    down: i32,
    up: i32,
    right: i32,
    left: i32,
    longer: i32,
    shorter: i32,
}

impl Keys {
    fn take(ui: &Ui) -> Keys {
        ui.input_mut(|i| {
            let count = |i: &mut egui::InputState, m: Modifiers, k: Key| {
                i32::try_from(i.count_and_consume_key(m, k)).unwrap_or(i32::MAX)
            };
            // Most specific first: Shift+Up before Up.
            let longer = count(i, Modifiers::SHIFT, Key::ArrowDown);
            let shorter = count(i, Modifiers::SHIFT, Key::ArrowUp);
            Keys {
                edit: i.consume_key(Modifiers::NONE, Key::Enter),
                delete: i.consume_key(Modifiers::NONE, Key::Delete)
                    | i.consume_key(Modifiers::NONE, Key::Backspace),
                down: count(i, Modifiers::NONE, Key::ArrowDown),
                up: count(i, Modifiers::NONE, Key::ArrowUp),
                right: count(i, Modifiers::NONE, Key::ArrowRight),
                left: count(i, Modifiers::NONE, Key::ArrowLeft),
                longer,
                shorter,
            }
        })
    }

    /// Where each arrow press puts the block in turn, from `from`: presses that arrive in
    /// one frame (fast typing, a held key) are still one undoable step each, as when typed
    /// slowly. At most a day's worth of each arrow counts.
    fn steps(&self, from: Span) -> Vec<Span> {
        let one = |set: fn(&mut Keys)| {
            let mut keys = Keys::default();
            set(&mut keys);
            keys
        };
        let presses = [
            (self.down, one(|k| k.down = 1)),
            (self.up, one(|k| k.up = 1)),
            (self.right, one(|k| k.right = 1)),
            (self.left, one(|k| k.left = 1)),
            (self.longer, one(|k| k.longer = 1)),
            (self.shorter, one(|k| k.shorter = 1)),
        ];
        let most = i32::from(DAY_MINUTES / SNAP_MINUTES);
        let mut span = from;
        let mut steps = Vec::new();
        for (count, press) in presses {
            for _ in 0..count.clamp(0, most) {
                let next = press.target(span);
                if next != span {
                    steps.push(next);
                    span = next;
                }
            }
        }
        steps
    }

    /// Where the arrows put `from`: Up/Down move it a quarter hour, Left/Right a day,
    /// Shift+Up/Down change its end; always inside the day.
    fn target(&self, from: Span) -> Span {
        let step = i32::from(SNAP_MINUTES);
        let mut target = from;
        let shift = self.down.saturating_sub(self.up).saturating_mul(step);
        if shift != 0 {
            target = target.moved_to(target.day, i32::from(target.start).saturating_add(shift));
        }
        let days = self.right.saturating_sub(self.left);
        if days != 0 {
            let index =
                (i32::try_from(target.day.index()).unwrap_or(0) + days.clamp(-7, 7)).clamp(0, 6);
            target.day = Day::from_index(usize::try_from(index).unwrap_or(0)).unwrap_or(target.day);
        }
        let grow = self
            .longer
            .saturating_sub(self.shorter)
            .saturating_mul(step);
        if grow != 0 {
            let earliest = i32::from(target.start + SNAP_MINUTES.min(DAY_MINUTES - target.start));
            let end = (i32::from(target.end).saturating_add(grow)).max(earliest);
            target.end = day_minutes(end).max(target.start);
        }
        target
    }
}

/// Keys on the focused block: Enter edits, Delete/Backspace deletes, arrows move it, Shift+Up/Down
/// change its end.
fn keyboard(
    ui: &Ui,
    state: &mut GridState,
    response: &Response,
    block: &Block,
    actions: &mut Vec<GridAction>,
) {
    ui.memory_mut(|m| {
        m.set_focus_lock_filter(
            response.id,
            EventFilter {
                horizontal_arrows: true,
                vertical_arrows: true,
                tab: false,
                escape: false,
            },
        );
    });
    let keys = Keys::take(ui);
    if keys.edit {
        actions.push(GridAction::Edit(block.item));
    }
    if keys.delete {
        actions.push(GridAction::Delete(block.item));
        response.surrender_focus();
        return;
    }
    let steps = keys.steps(block.span);
    if !steps.is_empty() {
        // Back on the keyboard: its tooltip shows the new times.
        state.pointer_focus = None;
        actions.extend(steps.into_iter().map(|step| step.action(block.item)));
        state.follow = Some(block.item);
    }
}
