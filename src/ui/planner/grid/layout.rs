//! Where blocks go: spans of time, lanes for blocks that overlap, the double-booked bands, and
//! the snapping of drags to quarter hours. Pure functions of the week and the geometry, so they
//! are tested here without a window.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use egui::{Pos2, Rect, pos2};

use std::borrow::Cow;

use crate::check::{day_name_in, kind_label_in};
use crate::i18n::Lang;
use crate::plan::{Clock, Day, SessionKind, Week};
use crate::ui::{t, tr};

use super::{GridAction, Item};

/// Every create, move and resize lands on a multiple of this many minutes.
pub(super) const SNAP_MINUTES: u16 = 15;
/// Minutes in a day; also the largest [`Clock`] (24:00).
pub(super) const DAY_MINUTES: u16 = 24 * 60;

/// A day and a time range in minutes, `start <= end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) struct Span {
    pub day: Day,
    pub start: u16,
    pub end: u16,
}

impl Span {
    pub fn new(day: Day, start: Clock, end: Clock) -> Span {
        let start = start.minutes().min(DAY_MINUTES);
        let end = end.minutes().clamp(start, DAY_MINUTES);
        Span { day, start, end }
    }

    pub fn minutes(&self) -> u16 {
        self.end - self.start
    }

    /// Moved to `day` and `start`, keeping its length (at least one step), inside the day.
    pub fn moved_to(&self, day: Day, start: i32) -> Span {
        let length = self.minutes().max(SNAP_MINUTES);
        let start = start.clamp(0, i32::from(DAY_MINUTES - length));
        let start = u16::try_from(start).unwrap_or(0);
        Span {
            day,
            start,
            end: start + length,
        }
    }

    pub fn action(&self, item: Item) -> GridAction {
        GridAction::SetBlock {
            item,
            day: self.day,
            start: clock(self.start),
            end: clock(self.end),
        }
    }

    /// "18:00-21:00".
    pub fn times(&self) -> String {
        format!("{}-{}", clock(self.start), clock(self.end))
    }
}

/// One session or commitment as the grid lays it out. Its title stays in the week (see
/// [`title`]), so a laid-out week can be kept across frames.
#[derive(Clone, Copy, Debug)]
pub(super) struct Block {
    pub item: Item,
    pub span: Span,
    /// `None` for a commitment.
    pub kind: Option<SessionKind>,
    /// Position among the blocks that overlap it: `lane` of `lanes` (see [`Geometry::block_rect`]).
    pub lane: u16,
    pub lanes: u16,
    /// Whether part of it is double-booked.
    pub clash: bool,
    /// A commitment of this phase only (the others hold for the whole plan).
    pub phase_only: bool,
}

impl Block {
    /// What a screen reader says: "Group therapy, Monday 18:00 to 21:00, session".
    pub fn label(&self, lang: Lang, title: &str) -> String {
        let what = match (self.kind, self.phase_only) {
            (Some(_), _) => t(lang, "block-session"),
            (None, false) => t(lang, "block-commitment"),
            (None, true) => t(lang, "block-commitment-phase"),
        };
        tr(
            lang,
            "block-label",
            &[
                ("title", title.into()),
                ("day", day_name_in(lang, self.span.day).into()),
                ("start", clock(self.span.start).to_string().into()),
                ("end", clock(self.span.end).to_string().into()),
                ("what", what.into()),
            ],
        )
    }
}

/// The title shown for an item of `week` ("" if it is not there); a block without a title
/// shows its kind ("Group therapy", "Commitment") in `lang`.
pub(super) fn title<'w>(week: &'w Week<'_>, item: Item, lang: Lang) -> Cow<'w, str> {
    let typed = |title: &'w str| (!title.trim().is_empty()).then_some(Cow::Borrowed(title));
    match item {
        Item::Session(i) => week.sessions.get(i).map_or(Cow::Borrowed(""), |s| {
            typed(&s.title).unwrap_or_else(|| Cow::Owned(kind_label_in(lang, s.kind)))
        }),
        Item::Commitment(i) => week.commitments.get(i).map_or(Cow::Borrowed(""), |c| {
            typed(&c.title).unwrap_or_else(|| Cow::Owned(t(lang, "commitment-untitled")))
        }),
    }
}

/// A week laid out once and kept while the week stays the same: what costs O(n log n) or
/// allocates is done here, not every frame.
pub(super) struct Laid {
    /// Hash of the week it was made from.
    key: u64,
    /// The language of its accessible names.
    lang: Lang,
    /// Every block, in Tab order (day, start, end).
    pub blocks: Vec<Block>,
    /// Double-booked time ranges, by day.
    pub troubles: Vec<Span>,
    /// Where each day's blocks are in `blocks`.
    days: [std::ops::Range<usize>; 7],
    /// The longest block of each day, in minutes, to find the blocks in view by their start.
    longest: [u16; 7],
    /// Accessible names, made when first asked for.
    labels: Vec<std::cell::OnceCell<String>>,
}

impl Laid {
    /// Lays out `week`, or returns `previous` untouched if the week has not changed.
    pub fn update(previous: Option<Laid>, week: &Week<'_>, lang: Lang) -> Laid {
        let key = week_key(week);
        match previous {
            Some(laid) if laid.key == key && laid.lang == lang => laid,
            _ => Laid::new(week, key, lang),
        }
    }

    fn new(week: &Week<'_>, key: u64, lang: Lang) -> Laid {
        let (blocks, troubles) = layout_blocks(week);
        let mut days: [std::ops::Range<usize>; 7] = Default::default();
        let mut longest = [0u16; 7];
        for day in Day::ALL {
            let from = blocks.partition_point(|b| b.span.day < day);
            let to = blocks.partition_point(|b| b.span.day <= day);
            longest[day.index()] = blocks[from..to]
                .iter()
                .map(|b| b.span.minutes())
                .max()
                .unwrap_or(0);
            days[day.index()] = from..to;
        }
        let labels = blocks.iter().map(|_| std::cell::OnceCell::new()).collect();
        Laid {
            key,
            lang,
            blocks,
            troubles,
            days,
            longest,
            labels,
        }
    }

    /// The accessible name of `blocks[index]`.
    pub fn label(&self, week: &Week<'_>, index: usize) -> &str {
        let block = &self.blocks[index];
        self.labels[index]
            .get_or_init(|| block.label(self.lang, &title(week, block.item, self.lang)))
    }

    /// Indices of the blocks that show between `from` and `to` minutes, in Tab order, at most
    /// `per_day` of them a day; and how many show in all.
    pub fn in_view(&self, from: f32, to: f32, per_day: usize) -> (Vec<usize>, usize) {
        let mut shown = Vec::new();
        let mut total = 0;
        for day in Day::ALL {
            let range = self.days[day.index()].clone();
            let today = &self.blocks[range.clone()];
            let earliest = from - f32::from(self.longest[day.index()]);
            let lo = today.partition_point(|b| f32::from(b.span.start) < earliest);
            let hi = today.partition_point(|b| f32::from(b.span.start) <= to);
            let mut count = 0;
            for (offset, b) in today[lo..hi.max(lo)].iter().enumerate() {
                if f32::from(b.span.end) >= from {
                    if count < per_day {
                        shown.push(range.start + lo + offset);
                    }
                    count += 1;
                }
            }
            total += count;
        }
        (shown, total)
    }

    /// The index of `item`, if the week has it.
    pub fn index_of(&self, item: Item) -> Option<usize> {
        self.blocks.iter().position(|b| b.item == item)
    }
}

/// The hour to show at the top when a week first opens in a view `view_hours` tall: all its
/// blocks centred if they fit, else its sessions centred if they fit, else from a little before
/// its first session; 06:00 for an empty week.
pub(super) fn opening_hour(blocks: &[Block], view_hours: f32) -> f32 {
    let range = |sessions_only: bool| {
        blocks
            .iter()
            .filter(|b| !sessions_only || b.kind.is_some())
            .fold(None, |acc: Option<(u16, u16)>, b| {
                Some(acc.map_or((b.span.start, b.span.end), |(s, e)| {
                    (s.min(b.span.start), e.max(b.span.end))
                }))
            })
    };
    let hours = |(s, e): (u16, u16)| (f32::from(s) / 60.0, f32::from(e) / 60.0);
    let latest_top = (24.0 - view_hours).max(0.0);
    let fits = [range(false), range(true)]
        .into_iter()
        .flatten()
        .map(hours)
        .find(|(s, e)| e - s <= view_hours - 0.5);
    let top = match (fits, range(true).or(range(false)).map(hours)) {
        (Some((s, e)), _) => (s + e) / 2.0 - view_hours / 2.0,
        (None, Some((s, _))) => s - 0.5,
        (None, None) => 6.0,
    };
    top.clamp(0.0, latest_top)
}

/// A hash of everything the layout depends on: each block's day, times, kind and title.
fn week_key(week: &Week<'_>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    week.sessions.hash(&mut hasher);
    week.commitments.hash(&mut hasher);
    week.shared.hash(&mut hasher);
    hasher.finish()
}

/// Where things are on screen.
#[derive(Clone, Copy)]
pub(super) struct Geometry {
    /// Left edge of Monday's column.
    pub left: f32,
    /// Position of 00:00.
    pub top: f32,
    pub column_width: f32,
    pub hour_height: f32,
}

impl Geometry {
    pub fn column_x(&self, day: Day) -> f32 {
        self.left + day.index() as f32 * self.column_width
    }

    pub fn y(&self, minutes: u16) -> f32 {
        self.top + f32::from(minutes) / 60.0 * self.hour_height
    }

    /// Minutes since midnight at height `y` (unsnapped, may lie outside the day).
    pub fn minutes_at(&self, y: f32) -> f32 {
        (y - self.top) / self.hour_height * 60.0
    }

    /// The column under `x`, clamped to Monday..Sunday.
    pub fn day_at(&self, x: f32) -> Day {
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
    pub fn right_margin(&self) -> f32 {
        (self.column_width * 0.12).clamp(6.0, 16.0)
    }

    /// The rectangle of a block in lane `lane` of `lanes`. Overlapping blocks cascade to the
    /// right, each later lane drawn over the earlier ones, so every block keeps a readable width
    /// and a visible strip on the left.
    pub fn block_rect(&self, span: Span, lane: u16, lanes: u16) -> Rect {
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
    pub fn preview_rect(&self, span: Span) -> Rect {
        self.block_rect(span, 0, 1)
    }
}

pub(super) fn clock(minutes: u16) -> Clock {
    Clock::from_minutes(minutes.min(DAY_MINUTES)).unwrap_or(Clock::END_OF_DAY)
}

/// Nearest multiple of [`SNAP_MINUTES`], as signed minutes (callers clamp).
pub(super) fn snap(minutes: f32) -> i32 {
    if !minutes.is_finite() {
        return 0;
    }
    let step = f32::from(SNAP_MINUTES);
    let snapped = (minutes.clamp(-1.0e6, 1.0e6) / step).round() * step;
    snapped as i32
}

/// Clamped into a day.
pub(super) fn day_minutes(minutes: i32) -> u16 {
    u16::try_from(minutes.clamp(0, i32::from(DAY_MINUTES))).unwrap_or(0)
}

/// All blocks sorted by day, start, end (the Tab order), with lanes and clashes worked out,
/// and the double-booked time ranges, by day.
pub(super) fn layout_blocks(plan: &Week<'_>) -> (Vec<Block>, Vec<Span>) {
    let mut blocks = Vec::with_capacity(plan.sessions.len() + plan.commitments.len());
    for (i, s) in plan.sessions.iter().enumerate() {
        blocks.push(Block {
            item: Item::Session(i),
            span: Span::new(s.day, s.start, s.end),
            kind: Some(s.kind),
            lane: 0,
            lanes: 1,
            clash: false,
            phase_only: false,
        });
    }
    for (i, c) in plan.commitments.iter().enumerate() {
        blocks.push(Block {
            item: Item::Commitment(i),
            span: Span::new(c.day, c.start, c.end),
            kind: None,
            lane: 0,
            lanes: 1,
            clash: false,
            phase_only: i >= plan.shared,
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
fn assign_lanes(day: &mut [Block]) {
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
fn trouble_ranges(day: &[Block], events: &mut Vec<(u16, bool, bool)>, out: &mut Vec<(u16, u16)>) {
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

/// What a drag does.
#[derive(Clone, Copy, Debug)]
pub(super) enum DragOp {
    /// Drawing a new session on `day`, from the pressed time `anchor` (minutes, unsnapped).
    Create { day: Day, anchor: f32 },
    /// Moving `item`; `grab` is how far (minutes) below its start the pointer took hold.
    Move { item: Item, from: Span, grab: f32 },
    /// Dragging the top edge of `item`; `grab` is how far (minutes) below the edge the pointer
    /// took hold, so a drag that has not moved changes nothing.
    ResizeStart { item: Item, from: Span, grab: f32 },
    /// Dragging the bottom edge of `item`; `grab` as above (negative: above the edge).
    ResizeEnd { item: Item, from: Span, grab: f32 },
}

impl DragOp {
    pub fn item(&self) -> Option<Item> {
        match *self {
            DragOp::Create { .. } => None,
            DragOp::Move { item, .. }
            | DragOp::ResizeStart { item, .. }
            | DragOp::ResizeEnd { item, .. } => Some(item),
        }
    }
}

/// Where the block being dragged would land with the pointer at `pointer`.
pub(super) fn drag_target(geometry: Geometry, op: DragOp, pointer: Pos2) -> Span {
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
        DragOp::ResizeStart { from, grab, .. } => {
            let latest = from.end.saturating_sub(SNAP_MINUTES);
            let start = day_minutes(snap(at - grab)).min(latest);
            Span { start, ..from }
        }
        DragOp::ResizeEnd { from, grab, .. } => {
            let earliest = (from.start + SNAP_MINUTES).min(DAY_MINUTES);
            let end = day_minutes(snap(at - grab)).max(earliest);
            Span {
                end,
                start: from.start.min(end),
                ..from
            }
        }
    }
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
            hour_height: 44.0,
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
            grab: 0.0,
        };
        let target = drag_target(g, op, pos2(0.0, -100.0));
        assert_eq!((target.start, target.end), (23 * 60, 23 * 60 + 15));
    }

    #[test]
    fn a_week_opens_on_its_blocks() {
        let mut plan = crate::plan::Plan::default();
        let week = plan.week(0);
        assert_eq!(opening_hour(&layout_blocks(&week).0, 14.0), 6.0);
        plan.phases[0]
            .sessions
            .push(session(Day::Mon, "18:00", "21:00"));
        let week = plan.week(0);
        let top = opening_hour(&layout_blocks(&week).0, 14.0);
        assert!(top <= 18.0 && top + 14.0 >= 21.0, "evening in view: {top}");
        assert_eq!(opening_hour(&layout_blocks(&week).0, 30.0), 0.0);
        plan.commitments.push(Commitment {
            day: Day::Tue,
            start: hm("09:00"),
            end: hm("17:00"),
            title: "Work".into(),
        });
        let week = plan.week(0);
        let top = opening_hour(&layout_blocks(&week).0, 14.0);
        assert!(top <= 9.0 && top + 14.0 >= 21.0, "work and evening: {top}");
        // Not all fits: the sessions do.
        let top = opening_hour(&layout_blocks(&week).0, 8.0);
        assert!(top <= 18.0 && top + 8.0 >= 21.0, "the evening: {top}");
        // Sessions from 01:00 to 23:00 never fit: from just before the first.
        plan.phases[0]
            .sessions
            .push(session(Day::Wed, "01:00", "02:00"));
        plan.phases[0]
            .sessions
            .push(session(Day::Wed, "22:00", "23:00"));
        let week = plan.week(0);
        assert_eq!(opening_hour(&layout_blocks(&week).0, 10.0), 0.5);
    }

    #[test]
    fn an_edge_keeps_where_it_was_taken_hold_of() {
        let g = Geometry {
            left: 0.0,
            top: 0.0,
            column_width: 100.0,
            hour_height: 44.0,
        };
        let from = Span {
            day: Day::Mon,
            start: 18 * 60,
            end: 21 * 60,
        };
        // Taken 6 points (about 8 minutes) inside either edge: without moving, nothing changes;
        // an hour down moves that edge exactly an hour.
        for (op, edge) in [
            (
                DragOp::ResizeEnd {
                    item: Item::Session(0),
                    from,
                    grab: -8.2,
                },
                from.end,
            ),
            (
                DragOp::ResizeStart {
                    item: Item::Session(0),
                    from,
                    grab: 8.2,
                },
                from.start,
            ),
        ] {
            let (DragOp::ResizeEnd { grab, .. } | DragOp::ResizeStart { grab, .. }) = op else {
                continue;
            };
            let held = g.y(edge) + grab / 60.0 * g.hour_height;
            assert_eq!(drag_target(g, op, pos2(10.0, held)), from);
            let later = drag_target(g, op, pos2(10.0, held + g.hour_height));
            assert_eq!(
                later.minutes() as i32 - from.minutes() as i32,
                if edge == from.end { 60 } else { -60 }
            );
        }
    }
}
