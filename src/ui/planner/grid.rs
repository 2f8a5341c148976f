//! The week grid: Monday to Sunday columns, hours down the side.
//!
//! Sessions are coloured blocks, commitments grey hatched blocks. Drag on empty time to add a
//! session, drag a block to move it (across days too), drag its top or bottom edge to resize it.
//! Every block is a focusable widget with an accessible name; with the keyboard, Enter opens it,
//! Delete removes it, the arrow keys move it and Shift+Up/Down change its length.
//!
//! The grid never edits the plan: it returns [`GridAction`]s that the planner applies as
//! undoable edits. Time that two sessions share, or that a session shares with a commitment, is
//! drawn as a red band over the blocks involved.
//!
//! Cost per frame is O(n log n) in blocks: one sort, one lane sweep and one overlap sweep per day;
//! text is laid out only for blocks in view.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{
    Align2, Color32, CornerRadius, CursorIcon, EventFilter, FontId, Id, Key, Modifiers, Painter,
    Pos2, Rect, Response, Role, ScrollArea, Sense, Stroke, StrokeKind, TextStyle, Ui, Visuals,
    WidgetInfo, pos2, vec2,
};

use crate::check::{Report, Severity, duration};
use crate::plan::{Clock, Day, SessionKind, Week};
use crate::ui::planner::{GridAction, Item};

/// Every create, move and resize lands on a multiple of this many minutes.
const SNAP_MINUTES: u16 = 15;
/// Minutes in a day; also the largest [`Clock`] (24:00).
const DAY_MINUTES: u16 = 24 * 60;
/// Height of one hour, in points (so it follows the egui zoom).
const HOUR_HEIGHT: f32 = 44.0;
/// The hour shown at the top when the grid first appears.
const FIRST_HOUR: f32 = 6.0;
/// Width of the time labels on the left.
const GUTTER_WIDTH: f32 = 52.0;
/// Height of the day names above the columns.
const HEADER_HEIGHT: f32 = 38.0;
/// How far from a block's top or bottom edge a drag resizes instead of moving.
const EDGE_GRAB: f32 = 6.0;
/// Distance from the top or bottom of the view where a drag scrolls the grid.
const AUTO_SCROLL_ZONE: f32 = 24.0;
/// Spacing of the diagonal hatching on commitments.
const HATCH_SPACING: f32 = 8.0;

/// Transient interaction state of the grid (drag in progress, keyboard cursor, scroll target).
#[derive(Default)]
pub struct GridState {
    /// The drag in progress, if any.
    drag: Option<Drag>,
    /// A place to scroll to on the next frame.
    reveal: Option<(Day, Clock)>,
    /// A block to keep in view after a keyboard move.
    follow: Option<Item>,
    /// Whether the view has been scrolled to the morning once.
    placed: bool,
    /// A block that gets keyboard focus because it was clicked (so the view need not scroll).
    clicked_focus: Option<Item>,
}

impl GridState {
    /// Ask the grid to scroll so `day` at `time` is visible next frame (used when a finding is
    /// clicked).
    pub fn reveal(&mut self, day: Day, time: Clock) {
        self.reveal = Some((day, time));
    }

    /// Whether a drag (create, move or resize) is in progress.
    pub fn is_dragging(&self) -> bool {
        self.drag.is_some()
    }
}

/// A drag in progress and where it would put the block now.
#[derive(Clone, Copy, Debug)]
struct Drag {
    op: DragOp,
    /// The block as it would be if the pointer were released now.
    preview: Option<Span>,
}

#[derive(Clone, Copy, Debug)]
enum DragOp {
    /// Drawing a new session on `day`, from the pressed time `anchor` (minutes, unsnapped).
    Create { day: Day, anchor: f32 },
    /// Moving `item`; `grab` is how far (minutes) below its start the pointer took hold.
    Move { item: Item, from: Span, grab: f32 },
    /// Dragging the top edge of `item`.
    ResizeStart { item: Item, from: Span },
    /// Dragging the bottom edge of `item`.
    ResizeEnd { item: Item, from: Span },
}

impl DragOp {
    fn item(&self) -> Option<Item> {
        match *self {
            DragOp::Create { .. } => None,
            DragOp::Move { item, .. }
            | DragOp::ResizeStart { item, .. }
            | DragOp::ResizeEnd { item, .. } => Some(item),
        }
    }
}

/// A day and a time range in minutes, `start <= end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Span {
    day: Day,
    start: u16,
    end: u16,
}

impl Span {
    fn new(day: Day, start: Clock, end: Clock) -> Span {
        let start = start.minutes().min(DAY_MINUTES);
        let end = end.minutes().clamp(start, DAY_MINUTES);
        Span { day, start, end }
    }

    fn minutes(&self) -> u16 {
        self.end - self.start
    }

    /// Moved to `day` and `start`, keeping its length (at least one step), inside the day.
    fn moved_to(&self, day: Day, start: i32) -> Span {
        let length = self.minutes().max(SNAP_MINUTES);
        let start = start.clamp(0, i32::from(DAY_MINUTES - length));
        let start = u16::try_from(start).unwrap_or(0);
        Span {
            day,
            start,
            end: start + length,
        }
    }

    fn action(&self, item: Item) -> GridAction {
        GridAction::SetBlock {
            item,
            day: self.day,
            start: clock(self.start),
            end: clock(self.end),
        }
    }
}

/// One session or commitment as the grid lays it out.
struct Block<'p> {
    item: Item,
    span: Span,
    title: &'p str,
    /// `None` for a commitment.
    kind: Option<SessionKind>,
    /// Position among the blocks that overlap it: `lane` of `lanes` (see [`Geometry::block_rect`]).
    lane: u16,
    lanes: u16,
    /// Whether part of it is double-booked.
    clash: bool,
}

impl Block<'_> {
    /// What a screen reader says: "Group therapy, Monday 18:00 to 21:00, session".
    fn label(&self) -> String {
        let what = if self.kind.is_some() {
            "session"
        } else {
            "commitment"
        };
        format!(
            "{}, {} {} to {}, {what}",
            self.title,
            self.span.day.name(),
            clock(self.span.start),
            clock(self.span.end),
        )
    }
}

/// Where things are on screen.
#[derive(Clone, Copy)]
struct Geometry {
    /// Left edge of Monday's column.
    left: f32,
    /// Position of 00:00.
    top: f32,
    column_width: f32,
    hour_height: f32,
}

impl Geometry {
    fn column_x(&self, day: Day) -> f32 {
        self.left + day.index() as f32 * self.column_width
    }

    fn y(&self, minutes: u16) -> f32 {
        self.top + f32::from(minutes) / 60.0 * self.hour_height
    }

    /// Minutes since midnight at height `y` (unsnapped, may lie outside the day).
    fn minutes_at(&self, y: f32) -> f32 {
        (y - self.top) / self.hour_height * 60.0
    }

    /// The column under `x`, clamped to Monday..Sunday.
    fn day_at(&self, x: f32) -> Day {
        let index = ((x - self.left) / self.column_width).floor();
        let index = if index.is_finite() {
            index.clamp(0.0, 6.0) as usize
        } else {
            0
        };
        Day::from_index(index).unwrap_or(Day::Mon)
    }

    /// Free space kept at the right of each column so new sessions can be drawn next to a
    /// commitment that fills the day.
    fn right_margin(&self) -> f32 {
        (self.column_width * 0.12).clamp(6.0, 16.0)
    }

    /// The rectangle of a block in lane `lane` of `lanes`. Overlapping blocks cascade to the
    /// right, each later lane drawn over the earlier ones, so every block keeps a readable width
    /// and a visible strip on the left.
    fn block_rect(&self, span: Span, lane: u16, lanes: u16) -> Rect {
        let x0 = self.column_x(span.day) + 2.0;
        let usable = (self.column_width - 3.0 - self.right_margin()).max(2.0);
        let indent = if lanes > 1 {
            (usable * 0.6 / f32::from(lanes - 1)).min(usable * 0.3)
        } else {
            0.0
        };
        let left = x0 + f32::from(lane.min(lanes.saturating_sub(1))) * indent;
        let right = (x0 + usable - 1.0).max(left + 1.0);
        let top = self.y(span.start) + 0.5;
        let bottom = (self.y(span.end) - 1.0).max(top + 3.0);
        Rect::from_min_max(pos2(left, top), pos2(right, bottom))
    }

    /// A block being dragged: the full usable width of its column.
    fn preview_rect(&self, span: Span) -> Rect {
        self.block_rect(span, 0, 1)
    }
}

/// Draws the week grid filling the available rect and returns what the user did this frame.
/// The plan is NOT changed here: the caller applies the actions as undoable edits.
pub fn week_grid_ui(
    ui: &mut Ui,
    state: &mut GridState,
    plan: &Week<'_>,
    report: &Report,
    selection: Option<Item>,
) -> Vec<GridAction> {
    let mut actions = Vec::new();
    let grid_id = ui.make_persistent_id("week-grid");

    let (header_rect, _) =
        ui.allocate_exact_size(vec2(ui.available_width(), HEADER_HEIGHT), Sense::hover());

    let (blocks, troubles) = layout_blocks(plan);

    let mut scroll = ScrollArea::vertical()
        .id_salt("week-grid-scroll")
        .auto_shrink([false, false])
        .content_margin(0.0);
    if !state.placed {
        state.placed = true;
        // A little above the first hour, so its label shows whole.
        scroll = scroll.vertical_scroll_offset(FIRST_HOUR * HOUR_HEIGHT - 10.0);
    }
    let geometry = scroll
        .show(ui, |ui| {
            grid_body_ui(
                ui,
                grid_id,
                state,
                &blocks,
                &troubles,
                selection,
                &mut actions,
            )
        })
        .inner;

    header_ui(ui, header_rect, geometry, report);
    actions
}

/// Fill colour for a kind of session (also used by the legend and other panels).
pub fn kind_color(kind: SessionKind, dark_mode: bool) -> Color32 {
    let (light, dark) = match kind {
        SessionKind::Group => ((0x9c, 0xc3, 0xf5), (0x2f, 0x5d, 0x8f)),
        SessionKind::Individual => ((0xa8, 0xdb, 0xa8), (0x3a, 0x75, 0x42)),
        SessionKind::Family => ((0xf7, 0xc5, 0x8b), (0x8a, 0x57, 0x22)),
        SessionKind::Medication => ((0xe0, 0xa9, 0xe6), (0x74, 0x3f, 0x7e)),
        SessionKind::Education => ((0xf0, 0xdf, 0x86), (0x72, 0x64, 0x1d)),
        SessionKind::Peer => ((0x8f, 0xd9, 0xd3), (0x22, 0x6c, 0x66)),
        SessionKind::Other => ((0xcf, 0xc6, 0xba), (0x5c, 0x55, 0x4c)),
    };
    let (r, g, b) = if dark_mode { dark } else { light };
    Color32::from_rgb(r, g, b)
}

/// Text colour on top of [`kind_color`] fills.
fn block_text_color(dark_mode: bool) -> Color32 {
    if dark_mode {
        Color32::from_gray(238)
    } else {
        Color32::from_gray(20)
    }
}

/// Fill and hatching of commitment blocks.
fn commitment_colors(dark_mode: bool) -> (Color32, Color32) {
    if dark_mode {
        (Color32::from_gray(62), Color32::from_gray(88))
    } else {
        (Color32::from_gray(222), Color32::from_gray(182))
    }
}

fn clock(minutes: u16) -> Clock {
    Clock::from_minutes(minutes.min(DAY_MINUTES)).unwrap_or(Clock::END_OF_DAY)
}

/// Nearest multiple of [`SNAP_MINUTES`], as signed minutes (callers clamp).
fn snap(minutes: f32) -> i32 {
    if !minutes.is_finite() {
        return 0;
    }
    let step = f32::from(SNAP_MINUTES);
    let snapped = (minutes.clamp(-1.0e6, 1.0e6) / step).round() * step;
    snapped as i32
}

/// Clamped into a day.
fn day_minutes(minutes: i32) -> u16 {
    u16::try_from(minutes.clamp(0, i32::from(DAY_MINUTES))).unwrap_or(0)
}

/// All blocks sorted by day, start, end (the Tab order), with lanes and clashes worked out,
/// and the double-booked time ranges, by day.
fn layout_blocks<'a>(plan: &'a Week<'_>) -> (Vec<Block<'a>>, Vec<Span>) {
    let mut blocks = Vec::with_capacity(plan.sessions.len() + plan.commitments.len());
    for (i, s) in plan.sessions.iter().enumerate() {
        blocks.push(Block {
            item: Item::Session(i),
            span: Span::new(s.day, s.start, s.end),
            title: s.display_title(),
            kind: Some(s.kind),
            lane: 0,
            lanes: 1,
            clash: false,
        });
    }
    for (i, c) in plan.commitments.iter().enumerate() {
        blocks.push(Block {
            item: Item::Commitment(i),
            span: Span::new(c.day, c.start, c.end),
            title: c.display_title(),
            kind: None,
            lane: 0,
            lanes: 1,
            clash: false,
        });
    }
    blocks.sort_unstable_by_key(|b| {
        let (is_commitment, index) = match b.item {
            Item::Session(i) => (false, i),
            Item::Commitment(i) => (true, i),
        };
        (b.span.day, b.span.start, b.span.end, is_commitment, index)
    });

    let mut events = Vec::new();
    let mut ranges = Vec::new();
    let mut troubles = Vec::new();
    let mut rest = blocks.as_mut_slice();
    while let Some(first) = rest.first() {
        let day = first.span.day;
        let n = rest.partition_point(|b| b.span.day == day);
        let (today, later) = rest.split_at_mut(n);
        assign_lanes(today);
        trouble_ranges(today, &mut events, &mut ranges);
        if !ranges.is_empty() {
            for b in today.iter_mut() {
                b.clash = touches(&ranges, b.span);
            }
            troubles.extend(ranges.iter().map(|&(start, end)| Span { day, start, end }));
        }
        rest = later;
    }
    (blocks, troubles)
}

/// Gives blocks that overlap different lanes (interval partitioning, O(n log n)).
/// `day` must be sorted by start.
fn assign_lanes(day: &mut [Block<'_>]) {
    let mut running: BinaryHeap<Reverse<(u16, u16)>> = BinaryHeap::new(); // (end, lane)
    let mut free: BinaryHeap<Reverse<u16>> = BinaryHeap::new();
    let mut cluster_start = 0;
    let mut lanes: u16 = 0;
    for i in 0..day.len() {
        let span = day[i].span;
        while let Some(&Reverse((end, lane))) = running.peek() {
            if end > span.start {
                break;
            }
            running.pop();
            free.push(Reverse(lane));
        }
        if running.is_empty() {
            // Nothing still running: the previous cluster is complete.
            for b in &mut day[cluster_start..i] {
                b.lanes = lanes.max(1);
            }
            cluster_start = i;
            lanes = 0;
            free.clear();
        }
        let lane = match free.pop() {
            Some(Reverse(lane)) => lane,
            None => {
                lanes = lanes.saturating_add(1);
                lanes - 1
            }
        };
        day[i].lane = lane;
        // A zero-length block still takes its place for an instant.
        running.push(Reverse((span.end.max(span.start + 1), lane)));
    }
    for b in &mut day[cluster_start..] {
        b.lanes = lanes.max(1);
    }
}

/// Time ranges of one day where two sessions, or a session and a commitment, overlap.
/// Touching blocks (end = start) do not overlap.
fn trouble_ranges(
    day: &[Block<'_>],
    events: &mut Vec<(u16, bool, bool)>,
    out: &mut Vec<(u16, u16)>,
) {
    out.clear();
    events.clear();
    for b in day {
        if b.span.end > b.span.start {
            let session = b.kind.is_some();
            events.push((b.span.start, true, session));
            events.push((b.span.end, false, session));
        }
    }
    // Sorted by time, ends (false) before starts (true) at the same time.
    events.sort_unstable();
    let (mut sessions, mut commitments) = (0u32, 0u32);
    let mut open: Option<u16> = None;
    for &(time, starts, session) in events.iter() {
        let count = if session {
            &mut sessions
        } else {
            &mut commitments
        };
        if starts {
            *count += 1;
        } else {
            *count = count.saturating_sub(1);
        }
        let bad = sessions >= 2 || (sessions >= 1 && commitments >= 1);
        match (open, bad) {
            (None, true) => open = Some(time),
            (Some(from), false) => {
                open = None;
                if time > from {
                    match out.last_mut() {
                        Some(last) if last.1 == from => last.1 = time,
                        _ => out.push((from, time)),
                    }
                }
            }
            _ => {}
        }
    }
}

/// Whether `span` shares time with one of the sorted, disjoint `ranges`.
fn touches(ranges: &[(u16, u16)], span: Span) -> bool {
    let i = ranges.partition_point(|&(_, end)| end <= span.start);
    ranges.get(i).is_some_and(|&(start, _)| start < span.end)
}

/// The scrolled part: background, blocks, bands and the drag preview. Returns the geometry
/// so the header can line up with the columns.
fn grid_body_ui(
    ui: &mut Ui,
    grid_id: Id,
    state: &mut GridState,
    blocks: &[Block<'_>],
    troubles: &[Span],
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
    let columns = Rect::from_min_max(pos2(geometry.left, rect.top()), rect.max);
    let clip = ui.clip_rect();
    let visuals = ui.visuals().clone();
    let painter = ui.painter().clone();

    if let Some((day, time)) = state.reveal.take() {
        let span = Span::new(day, time, time);
        let end = span.start.saturating_add(60).min(DAY_MINUTES);
        let target = Rect::from_x_y_ranges(
            geometry.column_x(day)..=geometry.column_x(day) + geometry.column_width,
            geometry.y(span.start.saturating_sub(15))..=geometry.y(end),
        );
        ui.scroll_to_rect(target, None);
    }

    paint_background(&painter, &visuals, geometry, rect, clip);

    // Empty space: click clears the selection, drag draws a new session.
    let background = ui.interact(columns, grid_id.with("empty"), Sense::CLICK | Sense::DRAG);
    background.widget_info(|| {
        WidgetInfo::labeled(
            Role::Group,
            true,
            "Week grid: drag on empty time to add a session",
        )
    });
    if background.clicked() {
        actions.push(GridAction::ClearSelection);
    }
    if background.drag_started()
        && let Some(origin) = ui.input(|i| i.pointer.press_origin())
    {
        state.drag = Some(Drag {
            op: DragOp::Create {
                day: geometry.day_at(origin.x),
                anchor: geometry.minutes_at(origin.y),
            },
            preview: None,
        });
    }
    let mut drag_stopped = background.drag_stopped();
    let mut someone_dragged = background.dragged();

    let visible = geometry.minutes_at(clip.top())..geometry.minutes_at(clip.bottom());
    let dragged_item = state.drag.and_then(|d| d.op.item());
    let mut selected_now = false;
    let fonts = Fonts::new(ui);

    for block in blocks.iter() {
        let rect = geometry.block_rect(block.span, block.lane, block.lanes);
        let id = grid_id.with(block.item);
        let response = ui.interact(rect, id, Sense::click_and_drag());
        response.widget_info(|| WidgetInfo::labeled(Role::Button, true, block.label()));
        let in_view = f32::from(block.span.end) >= visible.start
            && f32::from(block.span.start) <= visible.end;

        // Pointer on the block body or one of its edges.
        let mut clicked = response.clicked();
        // egui counts a click as a triple click when the click before the pair was on another
        // block less than 0.3 s earlier: for us that is still a double click.
        let mut double_clicked = response.double_clicked() || response.triple_clicked();
        let mut hovered = response.hovered();
        let mut grabbed = response.drag_started();
        if response.drag_started()
            && let Some(origin) = ui.input(|i| i.pointer.press_origin())
        {
            state.drag = Some(Drag {
                op: DragOp::Move {
                    item: block.item,
                    from: block.span,
                    grab: geometry.minutes_at(origin.y) - f32::from(block.span.start),
                },
                preview: None,
            });
        }
        drag_stopped |= response.drag_stopped();
        someone_dragged |= response.dragged();

        // Edge handles (on top of the body), only where the pointer can reach them.
        let mut edge_hot = false;
        let zone = EDGE_GRAB.min(rect.height() / 3.0);
        if in_view && zone >= 2.0 {
            let top = Rect::from_min_max(rect.min, pos2(rect.right(), rect.top() + zone));
            let bottom = Rect::from_min_max(pos2(rect.left(), rect.bottom() - zone), rect.max);
            for (zone_rect, is_top) in [(top, true), (bottom, false)] {
                let handle = ui.interact(
                    zone_rect,
                    id.with(if is_top { "start" } else { "end" }),
                    Sense::CLICK | Sense::DRAG,
                );
                if handle.hovered() || handle.dragged() {
                    edge_hot = true;
                    ui.ctx().set_cursor_icon(CursorIcon::ResizeVertical);
                }
                clicked |= handle.clicked();
                double_clicked |= handle.double_clicked() || handle.triple_clicked();
                hovered |= handle.hovered();
                grabbed |= handle.drag_started();
                if handle.drag_started() {
                    let (item, from) = (block.item, block.span);
                    state.drag = Some(Drag {
                        op: if is_top {
                            DragOp::ResizeStart { item, from }
                        } else {
                            DragOp::ResizeEnd { item, from }
                        },
                        preview: None,
                    });
                }
                drag_stopped |= handle.drag_stopped();
                someone_dragged |= handle.dragged();
            }
        }
        if response.dragged() {
            ui.ctx().set_cursor_icon(CursorIcon::Grabbing);
        } else if response.hovered() && !edge_hot {
            ui.ctx().set_cursor_icon(CursorIcon::Grab);
        }

        let is_selected = selection == Some(block.item);
        let wants_select = clicked || grabbed || response.gained_focus();
        if wants_select && !is_selected && !selected_now {
            actions.push(GridAction::Select(block.item));
            selected_now = true;
        }
        if clicked && !response.has_focus() {
            response.request_focus();
            state.clicked_focus = Some(block.item);
        }
        if double_clicked {
            actions.push(GridAction::Edit(block.item));
        }
        if response.has_focus() {
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

        if in_view {
            let look = Look {
                selected: is_selected,
                focused: response.has_focus(),
                hovered,
                faded: dragged_item == Some(block.item),
            };
            paint_block(&painter, &visuals, &fonts, rect, clip, block, look);
        }
    }

    paint_troubles(&painter, &visuals, geometry, troubles, visible);

    // The drag in progress: follow the pointer, finish on release.
    if let Some(drag) = &mut state.drag {
        if let Some(pointer) = ui.input(|i| i.pointer.interact_pos()) {
            drag.preview = Some(drag_target(geometry, drag.op, pointer));
            auto_scroll(ui, pointer, rect, clip);
        }
        if ui.input(|i| i.key_pressed(Key::Escape)) {
            state.drag = None;
        }
    }
    if drag_stopped {
        if let Some(Drag {
            op,
            preview: Some(target),
        }) = state.drag.take()
        {
            match op {
                DragOp::Create { .. } => actions.push(GridAction::Create {
                    day: target.day,
                    start: clock(target.start),
                    end: clock(target.end),
                }),
                DragOp::Move { item, from, .. }
                | DragOp::ResizeStart { item, from }
                | DragOp::ResizeEnd { item, from } => {
                    if target != from {
                        actions.push(target.action(item));
                    }
                }
            }
        }
    } else if !someone_dragged && ui.ctx().dragged_id().is_none() {
        // The dragged block vanished (undo, file opened...): forget the drag.
        state.drag = None;
    }
    if let Some(Drag {
        op,
        preview: Some(target),
    }) = state.drag
    {
        let title = op
            .item()
            .and_then(|item| blocks.iter().find(|b| b.item == item));
        paint_preview(&painter, &visuals, &fonts, geometry, target, title, clip);
    }

    geometry
}

/// Where the block being dragged would land with the pointer at `pointer`.
fn drag_target(geometry: Geometry, op: DragOp, pointer: Pos2) -> Span {
    let at = geometry.minutes_at(pointer.y);
    match op {
        DragOp::Create { day, anchor } => {
            let (a, b) = (snap(anchor), snap(at));
            let start = day_minutes(a.min(b)).min(DAY_MINUTES - SNAP_MINUTES);
            let end = day_minutes(a.max(b)).max(start + SNAP_MINUTES);
            Span { day, start, end }
        }
        DragOp::Move { from, grab, .. } => {
            from.moved_to(geometry.day_at(pointer.x), snap(at - grab))
        }
        DragOp::ResizeStart { from, .. } => {
            let latest = from.end.saturating_sub(SNAP_MINUTES);
            let start = day_minutes(snap(at)).min(latest);
            Span { start, ..from }
        }
        DragOp::ResizeEnd { from, .. } => {
            let earliest = (from.start + SNAP_MINUTES).min(DAY_MINUTES);
            let end = day_minutes(snap(at)).max(earliest);
            Span {
                end,
                start: from.start.min(end),
                ..from
            }
        }
    }
}

/// Scrolls while a drag holds the pointer near the top or bottom of the view.
fn auto_scroll(ui: &Ui, pointer: Pos2, content: Rect, clip: Rect) {
    let speed = |depth: f32| (depth / AUTO_SCROLL_ZONE).clamp(0.0, 1.0) * 14.0;
    let delta = if pointer.y < clip.top() + AUTO_SCROLL_ZONE && clip.top() > content.top() + 0.5 {
        speed(clip.top() + AUTO_SCROLL_ZONE - pointer.y)
    } else if pointer.y > clip.bottom() - AUTO_SCROLL_ZONE && clip.bottom() < content.bottom() - 0.5
    {
        -speed(pointer.y - (clip.bottom() - AUTO_SCROLL_ZONE))
    } else {
        0.0
    };
    if delta != 0.0 {
        ui.scroll_with_delta_animation(vec2(0.0, delta), egui::style::ScrollAnimation::none());
        ui.ctx().request_repaint();
    }
}

/// Keys on the focused block: Enter edits, Delete/Backspace deletes, arrows move it, Shift+Up/Down
/// change its end.
fn keyboard(
    ui: &Ui,
    state: &mut GridState,
    response: &Response,
    block: &Block<'_>,
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
    let keys = ui.input_mut(|i| {
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
    });
    if keys.edit {
        actions.push(GridAction::Edit(block.item));
    }
    if keys.delete {
        actions.push(GridAction::Delete(block.item));
        response.surrender_focus();
        return;
    }
    let from = block.span;
    let step = i32::from(SNAP_MINUTES);
    let mut target = from;
    let shift = keys.down.saturating_sub(keys.up).saturating_mul(step);
    if shift != 0 {
        target = target.moved_to(target.day, i32::from(target.start).saturating_add(shift));
    }
    let days = keys.right.saturating_sub(keys.left);
    if days != 0 {
        let index =
            (i32::try_from(target.day.index()).unwrap_or(0) + days.clamp(-7, 7)).clamp(0, 6);
        let day = Day::from_index(usize::try_from(index).unwrap_or(0)).unwrap_or(target.day);
        target.day = day;
    }
    let grow = keys
        .longer
        .saturating_sub(keys.shorter)
        .saturating_mul(step);
    if grow != 0 {
        let earliest = i32::from(target.start + SNAP_MINUTES.min(DAY_MINUTES - target.start));
        let end = (i32::from(target.end).saturating_add(grow)).max(earliest);
        target.end = day_minutes(end).max(target.start);
    }
    if target != from {
        actions.push(target.action(block.item));
        state.follow = Some(block.item);
    }
}

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

/// Fonts used inside blocks.
struct Fonts {
    title: FontId,
    time: FontId,
}

impl Fonts {
    fn new(ui: &Ui) -> Fonts {
        let body = TextStyle::Body.resolve(ui.style());
        let small = TextStyle::Small.resolve(ui.style());
        Fonts {
            title: FontId::new((body.size - 1.0).max(small.size), body.family),
            time: small,
        }
    }
}

/// How a block should look this frame.
#[derive(Clone, Copy)]
struct Look {
    selected: bool,
    focused: bool,
    hovered: bool,
    faded: bool,
}

/// Column shading, hour lines and time labels.
fn paint_background(
    painter: &Painter,
    visuals: &Visuals,
    geometry: Geometry,
    rect: Rect,
    clip: Rect,
) {
    let area = rect.intersect(clip);
    if !area.is_positive() {
        return;
    }
    let line = visuals.widgets.noninteractive.bg_stroke;
    let hour_line = Stroke::new(1.0, line.color);
    let half_line = Stroke::new(1.0, line.color.gamma_multiply(0.45));
    for day in [Day::Sat, Day::Sun] {
        let x = geometry.column_x(day);
        let column = Rect::from_x_y_ranges(x..=x + geometry.column_width, area.y_range());
        painter.rect_filled(column, 0.0, visuals.faint_bg_color);
    }

    let first = (geometry.minutes_at(area.top()) / 30.0).floor().max(0.0) as u16;
    let last = ((geometry.minutes_at(area.bottom()) / 30.0).ceil() as u16).min(48);
    let label_font = TextStyle::Small.resolve(&egui::Style::default());
    let label_color = visuals.weak_text_color();
    for half_hour in first..=last {
        let minutes = half_hour * 30;
        let y = painter.round_to_pixel_center(geometry.y(minutes));
        let full_hour = half_hour % 2 == 0;
        let stroke = if full_hour { hour_line } else { half_line };
        painter.hline(geometry.left..=rect.right(), y, stroke);
        if full_hour && minutes < DAY_MINUTES {
            let text_y = y.max(rect.top() + 7.0);
            painter.text(
                pos2(geometry.left - 6.0, text_y),
                Align2::RIGHT_CENTER,
                clock(minutes).to_string(),
                label_font.clone(),
                label_color,
            );
        }
    }
    for day in Day::ALL {
        let x = painter.round_to_pixel_center(geometry.column_x(day));
        painter.vline(x, area.y_range(), hour_line);
    }
    let right = painter.round_to_pixel_center(rect.right() - 0.5);
    painter.vline(right, area.y_range(), hour_line);
}

/// Day names above the columns, with the hours scheduled that day.
fn header_ui(ui: &Ui, rect: Rect, geometry: Geometry, report: &Report) {
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let mut worst: [Option<Severity>; 7] = [None; 7];
    for finding in &report.findings {
        if let Some(day) = finding.day {
            let slot = &mut worst[day.index()];
            *slot = Some(slot.map_or(finding.severity, |s| s.min(finding.severity)));
        }
    }
    let name_font = TextStyle::Body.resolve(ui.style());
    let hours_font = TextStyle::Small.resolve(ui.style());
    let long_names = geometry.column_width >= 84.0;
    for day in Day::ALL {
        let x = geometry.column_x(day);
        let center = x + geometry.column_width / 2.0;
        let name = if long_names { day.name() } else { day.code() };
        painter.text(
            pos2(center, rect.top() + 3.0),
            Align2::CENTER_TOP,
            name,
            name_font.clone(),
            visuals.strong_text_color(),
        );
        let minutes = report.minutes_by_day.get(day.index()).copied().unwrap_or(0);
        let (text, color) = match worst[day.index()] {
            Some(Severity::Error) => (hours_text(minutes), visuals.error_fg_color),
            Some(Severity::Warning) => (hours_text(minutes), visuals.warn_fg_color),
            None => (hours_text(minutes), visuals.weak_text_color()),
        };
        painter.text(
            pos2(center, rect.bottom() - 3.0),
            Align2::CENTER_BOTTOM,
            text,
            hours_font.clone(),
            color,
        );
    }
    painter.hline(
        geometry.left..=rect.right(),
        painter.round_to_pixel_center(rect.bottom() - 0.5),
        visuals.widgets.noninteractive.bg_stroke,
    );
}

fn hours_text(minutes: u32) -> String {
    if minutes == 0 {
        "-".to_owned()
    } else {
        duration(minutes)
    }
}

/// One block: fill (hatched for commitments), outline, title and times clipped to the block.
fn paint_block(
    painter: &Painter,
    visuals: &Visuals,
    fonts: &Fonts,
    rect: Rect,
    clip: Rect,
    block: &Block<'_>,
    look: Look,
) {
    let dark = visuals.dark_mode;
    let radius = CornerRadius::same(3);
    let (mut fill, hatch) = match block.kind {
        Some(kind) => (kind_color(kind, dark), None),
        None => {
            let (fill, hatch) = commitment_colors(dark);
            (fill, Some(hatch))
        }
    };
    if look.hovered && !look.faded {
        fill = if dark {
            fill.lerp_to_gamma(Color32::WHITE, 0.08)
        } else {
            fill.lerp_to_gamma(Color32::WHITE, 0.25)
        };
    }
    let alpha = if look.faded { 0.35 } else { 1.0 };
    if block.lane > 0 {
        // Set a block that lies over another apart from it.
        painter.rect_stroke(
            rect,
            radius,
            Stroke::new(1.5, visuals.panel_fill),
            StrokeKind::Outside,
        );
    }
    let border = if dark {
        Color32::from_white_alpha(40)
    } else {
        Color32::from_black_alpha(50)
    };
    painter.rect(
        rect,
        radius,
        fill.gamma_multiply(alpha),
        Stroke::new(1.0, border.gamma_multiply(alpha)),
        StrokeKind::Inside,
    );
    let inner = painter.with_clip_rect(rect.shrink(1.0).intersect(clip));
    if let Some(hatch) = hatch {
        paint_hatching(
            &inner,
            rect.shrink(1.0).intersect(clip),
            hatch.gamma_multiply(alpha),
        );
    }

    let text_color = if block.kind.is_some() {
        block_text_color(dark)
    } else {
        visuals.strong_text_color()
    };
    paint_block_text(
        &inner,
        fonts,
        rect,
        block.title,
        block.span,
        text_color.gamma_multiply(alpha),
    );

    if block.clash && !look.faded {
        painter.rect_stroke(
            rect,
            radius,
            Stroke::new(2.0, visuals.error_fg_color),
            StrokeKind::Inside,
        );
    }
    if look.selected {
        painter.rect_stroke(
            rect.expand(1.0),
            radius,
            Stroke::new(3.0, visuals.selection.stroke.color),
            StrokeKind::Outside,
        );
    } else if look.focused {
        painter.rect_stroke(
            rect.expand(1.0),
            radius,
            Stroke::new(1.5, visuals.strong_text_color()),
            StrokeKind::Outside,
        );
    }
}

/// Diagonal lines across `area`, anchored so they do not swim when scrolling.
fn paint_hatching(painter: &Painter, area: Rect, color: Color32) {
    if !area.is_positive() {
        return;
    }
    let stroke = Stroke::new(1.0, color);
    // Lines x + y = c, c on a fixed lattice.
    let first = ((area.left() + area.top()) / HATCH_SPACING).ceil() * HATCH_SPACING;
    let last = area.right() + area.bottom();
    let mut c = first;
    let mut guard = 0;
    while c < last && guard < 10_000 {
        let x0 = area.left().max(c - area.bottom());
        let x1 = area.right().min(c - area.top());
        if x1 > x0 {
            painter.line_segment([pos2(x0, c - x0), pos2(x1, c - x1)], stroke);
        }
        c += HATCH_SPACING;
        guard += 1;
    }
}

/// Title (wrapped while there is room) and "18:00-21:00"; one line when the block is short.
fn paint_block_text(
    painter: &Painter,
    fonts: &Fonts,
    rect: Rect,
    title: &str,
    span: Span,
    color: Color32,
) {
    let inner = rect.shrink2(vec2(4.0, 2.0));
    if inner.width() < 6.0 || inner.height() < 4.0 {
        return;
    }
    let times = format!("{}-{}", clock(span.start), clock(span.end));
    let title_row = painter.ctx().fonts_mut(|f| f.row_height(&fonts.title));
    let time_row = painter.ctx().fonts_mut(|f| f.row_height(&fonts.time));
    if inner.height() >= title_row + time_row {
        // Narrow blocks get one line and an ellipsis rather than words broken in two.
        let rows = if inner.width() < 60.0 {
            1
        } else {
            ((inner.height() - time_row) / title_row).floor().max(1.0) as usize
        };
        let mut job = LayoutJob::single_section(
            title.to_owned(),
            TextFormat::simple(fonts.title.clone(), color),
        );
        job.wrap = TextWrapping {
            max_width: inner.width(),
            max_rows: rows,
            break_anywhere: false,
            overflow_character: Some('…'),
        };
        let galley = painter.layout_job(job);
        let title_height = galley.size().y;
        painter.galley(inner.min, galley, color);
        painter.text(
            pos2(inner.left(), inner.top() + title_height),
            Align2::LEFT_TOP,
            times,
            fonts.time.clone(),
            color,
        );
    } else {
        let mut job = LayoutJob::default();
        job.append(title, 0.0, TextFormat::simple(fonts.title.clone(), color));
        job.append(&times, 6.0, TextFormat::simple(fonts.time.clone(), color));
        job.wrap = TextWrapping {
            max_width: inner.width(),
            max_rows: 1,
            break_anywhere: true,
            overflow_character: Some('…'),
        };
        let galley = painter.layout_job(job);
        let y = rect.center().y - galley.size().y / 2.0;
        painter.galley(pos2(inner.left(), y), galley, color);
    }
}

/// Red bands over double-booked time, across the column of each day.
fn paint_troubles(
    painter: &Painter,
    visuals: &Visuals,
    geometry: Geometry,
    troubles: &[Span],
    visible: std::ops::Range<f32>,
) {
    let red = visuals.error_fg_color;
    let fill = Color32::from_rgba_unmultiplied(red.r(), red.g(), red.b(), 46);
    let stroke = Stroke::new(1.0, red);
    for span in troubles {
        if f32::from(span.end) < visible.start || f32::from(span.start) > visible.end {
            continue;
        }
        let x = geometry.column_x(span.day);
        let band = Rect::from_x_y_ranges(
            x + 1.0..=x + geometry.column_width - geometry.right_margin(),
            geometry.y(span.start)..=geometry.y(span.end),
        );
        painter.rect(band, 2.0, fill, stroke, StrokeKind::Inside);
    }
}

/// The block being drawn, moved or resized, where it would land.
fn paint_preview(
    painter: &Painter,
    visuals: &Visuals,
    fonts: &Fonts,
    geometry: Geometry,
    span: Span,
    original: Option<&Block<'_>>,
    clip: Rect,
) {
    let rect = geometry.preview_rect(span);
    let (fill, text, title) = match original {
        Some(block) => {
            let fill = match block.kind {
                Some(kind) => kind_color(kind, visuals.dark_mode),
                None => commitment_colors(visuals.dark_mode).0,
            };
            let text = if block.kind.is_some() {
                block_text_color(visuals.dark_mode)
            } else {
                visuals.strong_text_color()
            };
            (fill, text, block.title)
        }
        None => (
            visuals.selection.bg_fill,
            visuals.strong_text_color(),
            "New session",
        ),
    };
    painter.rect(
        rect,
        3.0,
        fill.gamma_multiply(0.85),
        Stroke::new(2.0, visuals.selection.stroke.color),
        StrokeKind::Outside,
    );
    let inner = painter.with_clip_rect(rect.shrink(1.0).intersect(clip));
    paint_block_text(&inner, fonts, rect, title, span, text);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::{Commitment, Session};

    fn hm(text: &str) -> Clock {
        text.parse().unwrap_or(Clock::MIDNIGHT)
    }

    fn session(day: Day, start: &str, end: &str) -> Session {
        Session {
            day,
            start: hm(start),
            end: hm(end),
            kind: SessionKind::Group,
            title: String::new(),
        }
    }

    #[test]
    fn overlapping_sessions_share_the_column_and_are_flagged() {
        let mut plan = crate::plan::Plan::default();
        plan.phases[0]
            .sessions
            .push(session(Day::Mon, "18:00", "21:00"));
        plan.phases[0]
            .sessions
            .push(session(Day::Mon, "20:00", "22:00"));
        plan.phases[0]
            .sessions
            .push(session(Day::Mon, "22:00", "23:00"));
        plan.phases[0]
            .sessions
            .push(session(Day::Tue, "18:00", "21:00"));
        let week = plan.week(0);
        let (blocks, troubles) = layout_blocks(&week);
        assert_eq!(
            troubles,
            vec![Span {
                day: Day::Mon,
                start: 20 * 60,
                end: 21 * 60
            }]
        );
        let lanes: Vec<_> = blocks.iter().map(|b| (b.lane, b.lanes, b.clash)).collect();
        assert_eq!(
            lanes,
            vec![(0, 2, true), (1, 2, true), (0, 1, false), (0, 1, false)]
        );
    }

    #[test]
    fn a_session_during_work_is_a_clash_but_touching_is_not() {
        let mut plan = crate::plan::Plan::default();
        plan.phases[0]
            .sessions
            .push(session(Day::Wed, "17:00", "18:00"));
        plan.phases[0]
            .sessions
            .push(session(Day::Wed, "12:00", "13:00"));
        plan.commitments.push(Commitment {
            day: Day::Wed,
            start: hm("09:00"),
            end: hm("17:00"),
            title: "Work".into(),
        });
        let week = plan.week(0);
        let (blocks, _) = layout_blocks(&week);
        let mut events = Vec::new();
        let mut ranges = Vec::new();
        trouble_ranges(&blocks, &mut events, &mut ranges);
        assert_eq!(ranges, vec![(12 * 60, 13 * 60)]);
        let clash = |item| blocks.iter().find(|b| b.item == item).map(|b| b.clash);
        assert_eq!(clash(Item::Session(0)), Some(false));
        assert_eq!(clash(Item::Session(1)), Some(true));
        assert_eq!(clash(Item::Commitment(0)), Some(true));
    }

    #[test]
    fn drags_snap_and_stay_inside_the_day() {
        let g = Geometry {
            left: 0.0,
            top: 0.0,
            column_width: 100.0,
            hour_height: HOUR_HEIGHT,
        };
        let from = Span {
            day: Day::Mon,
            start: 23 * 60,
            end: DAY_MINUTES,
        };
        let op = DragOp::Move {
            item: Item::Session(0),
            from,
            grab: 10.0,
        };
        let target = drag_target(g, op, pos2(150.0, g.y(DAY_MINUTES) + 500.0));
        assert_eq!(
            (target.day, target.start, target.end),
            (Day::Tue, 23 * 60, DAY_MINUTES)
        );
        let op = DragOp::Create {
            day: Day::Sun,
            anchor: 24.0 * 60.0,
        };
        let target = drag_target(g, op, pos2(0.0, g.y(DAY_MINUTES) + 40.0));
        assert_eq!((target.start, target.end), (DAY_MINUTES - 15, DAY_MINUTES));
        let op = DragOp::ResizeEnd {
            item: Item::Session(0),
            from,
        };
        let target = drag_target(g, op, pos2(0.0, -100.0));
        assert_eq!((target.start, target.end), (23 * 60, 23 * 60 + 15));
    }
}
