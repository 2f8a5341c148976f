//! The week as a picture: seven day columns, the hours in use as rows, blocks coloured by kind,
//! commitments hatched, double-booked time banded and outlined in red, and the hours of each
//! day as a bar row underneath. Plain data in, drawing out: nothing here knows about plans.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use super::palette;
use super::pen::Pen;

/// A week to draw.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct WeekPicture {
    /// Column headings, Monday first ("Mon").
    pub days: [String; 7],
    pub blocks: Vec<PictureBlock>,
    /// The first hour row (0-23) and the hour the last row ends (1-24); see [`hours_in_use`].
    pub first_hour: u8,
    pub last_hour: u8,
    /// The hours of each day as a bar row under the grid.
    pub bars: Option<DayBars>,
    /// The word printed on clashing blocks ("Clash").
    pub clash_label: String,
    /// What the picture shows, for screen readers (the figure's alternate text).
    pub alt_text: String,
    /// A small strip (programs side by side): shorter rows, one line of text per block.
    pub compact: bool,
}

/// One block of time in a [`WeekPicture`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PictureBlock {
    /// 0 = Monday .. 6 = Sunday.
    pub day: usize,
    /// Minutes since midnight, `start_min < end_min <= 1440`.
    pub start_min: u16,
    pub end_min: u16,
    pub label: String,
    /// A second, quieter line ("18:00-21:00").
    pub detail: String,
    /// Index into [`palette::KIND_FILLS`]; ignored when `hatched`.
    pub kind_color_index: usize,
    /// A commitment: grey and hatched.
    pub hatched: bool,
    /// Shares time with a session it should not (see [`mark_clashes`]).
    pub clash: bool,
}

/// The bar row: minutes per day (Monday first), what each bar says ("3 h"), and its title.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DayBars {
    pub minutes: [u32; 7],
    pub labels: [String; 7],
    pub title: String,
}

/// Red bands: double-booked time on one day, in minutes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trouble {
    pub day: usize,
    pub start_min: u16,
    pub end_min: u16,
}

/// The rows worth printing: from the hour of the earliest start to the hour after the latest
/// end, at least six hours, 08-18 for an empty week.
pub fn hours_in_use(blocks: &[PictureBlock]) -> (u8, u8) {
    const SPAN: u16 = 6;
    let Some(first) = blocks.iter().map(|b| b.start_min).min() else {
        return (8, 18);
    };
    let last = blocks.iter().map(|b| b.end_min).max().unwrap_or(first);
    let mut from = (first / 60).min(23);
    let mut to = last.div_ceil(60).clamp(from + 1, 24);
    if to - from < SPAN {
        to = (from + SPAN).min(24);
        from = to.saturating_sub(SPAN);
    }
    (from as u8, to as u8)
}

/// Marks the blocks that share time with a session (two sessions at once, or a session during a
/// commitment; two commitments at once are the person's own business) and returns the
/// double-booked ranges. Blocks that only touch do not clash. O(n log n).
pub fn mark_clashes(blocks: &mut [PictureBlock]) -> Vec<Trouble> {
    let troubles = trouble_ranges(blocks);
    for block in blocks.iter_mut() {
        let day = &troubles[troubles.partition_point(|t| t.day < block.day)..];
        let day = &day[..day.partition_point(|t| t.day == block.day)];
        let next = day.partition_point(|t| t.end_min <= block.start_min);
        block.clash = day.get(next).is_some_and(|t| t.start_min < block.end_min);
    }
    troubles
}

/// The double-booked ranges, by day then time.
fn trouble_ranges(blocks: &[PictureBlock]) -> Vec<Trouble> {
    let mut troubles = Vec::new();
    for day in 0..7 {
        // (time, is_start, is_session): ends sort before starts at the same minute.
        let mut events: Vec<(u16, bool, bool)> = blocks
            .iter()
            .filter(|b| b.day == day && b.start_min < b.end_min)
            .flat_map(|b| {
                [
                    (b.start_min, true, !b.hatched),
                    (b.end_min, false, !b.hatched),
                ]
            })
            .collect();
        events.sort_unstable();
        let (mut sessions, mut commitments) = (0i64, 0i64);
        let mut open: Option<u16> = None;
        for (time, starts, session) in events {
            let delta = if starts { 1 } else { -1 };
            if session {
                sessions += delta;
            } else {
                commitments += delta;
            }
            let double = sessions >= 2 || (sessions >= 1 && commitments >= 1);
            match (open, double) {
                (None, true) => open = Some(time),
                (Some(start), false) => {
                    if start < time {
                        troubles.push(Trouble {
                            day,
                            start_min: start,
                            end_min: time,
                        });
                    }
                    open = None;
                }
                _ => {}
            }
        }
    }
    troubles
}

/// Side-by-side lanes for blocks that overlap: `(lane, lanes)` per block, in `blocks` order.
fn lanes(blocks: &[PictureBlock]) -> Vec<(usize, usize)> {
    let mut result = vec![(0, 1); blocks.len()];
    let mut order: Vec<usize> = (0..blocks.len()).collect();
    order.sort_unstable_by_key(|&i| (blocks[i].day, blocks[i].start_min, blocks[i].end_min, i));
    let mut cluster: Vec<usize> = Vec::new();
    let mut cluster_end = 0u16;
    let mut cluster_day = usize::MAX;
    let mut running: BinaryHeap<Reverse<(u16, usize)>> = BinaryHeap::new(); // (end, lane)
    let mut free: BinaryHeap<Reverse<usize>> = BinaryHeap::new();
    let mut used = 0usize;
    let close = |cluster: &mut Vec<usize>, used: usize, result: &mut Vec<(usize, usize)>| {
        for &i in cluster.iter() {
            result[i].1 = used.max(1);
        }
        cluster.clear();
    };
    for i in order {
        let b = &blocks[i];
        if b.day != cluster_day || b.start_min >= cluster_end {
            close(&mut cluster, used, &mut result);
            running.clear();
            free.clear();
            used = 0;
            cluster_day = b.day;
            cluster_end = 0;
        }
        while let Some(&Reverse((end, lane))) = running.peek() {
            if end > b.start_min {
                break;
            }
            running.pop();
            free.push(Reverse(lane));
        }
        let lane = free.pop().map_or_else(
            || {
                used += 1;
                used - 1
            },
            |Reverse(lane)| lane,
        );
        running.push(Reverse((b.end_min, lane)));
        result[i].0 = lane;
        cluster.push(i);
        cluster_end = cluster_end.max(b.end_min);
    }
    close(&mut cluster, used, &mut result);
    result
}

/// Sizes in points.
struct Geometry {
    gutter: f32,
    header: f32,
    hour: f32,
    bars: f32,
    hours: u8,
}

impl WeekPicture {
    fn geometry(&self) -> Geometry {
        let hours = self.last_hour.saturating_sub(self.first_hour).max(1);
        let (grid_max, hour_min, hour_max) = if self.compact {
            (84.0, 3.5, 8.0)
        } else {
            (300.0, 10.0, 22.0)
        };
        Geometry {
            gutter: if self.compact { 22.0 } else { 28.0 },
            header: if self.compact { 10.0 } else { 13.0 },
            hour: (grid_max / f32::from(hours)).clamp(hour_min, hour_max),
            bars: if self.bars.is_some() { 28.0 } else { 0.0 },
            hours,
        }
    }

    /// The picture's height in points (its width is whatever it is given).
    pub fn height(&self) -> f32 {
        let g = self.geometry();
        g.header + g.hour * f32::from(g.hours) + g.bars
    }

    pub(crate) fn draw(&self, pen: &mut Pen<'_, '_>, x: f32, y: f32, width: f32) {
        let g = self.geometry();
        let column = (width - g.gutter) / 7.0;
        let top = y + g.header;
        let grid_height = g.hour * f32::from(g.hours);
        let first_min = f32::from(self.first_hour) * 60.0;
        let y_of = |minutes: u16| top + (f32::from(minutes) - first_min) / 60.0 * g.hour;
        let column_x = |day: usize| x + g.gutter + column * day as f32;

        // Day headings and the grid.
        let day_size = if self.compact { 6.5 } else { 8.0 };
        for (day, name) in self.days.iter().enumerate() {
            let w = pen.face.width(name, day_size);
            pen.text(
                column_x(day) + (column - w) / 2.0,
                top - 3.5,
                name,
                day_size,
                palette::TEXT,
                true,
            );
        }
        let label_size = if self.compact { 5.5 } else { 6.5 };
        for h in 0..=g.hours {
            let line_y = top + g.hour * f32::from(h);
            pen.line(
                (x + g.gutter, line_y),
                (x + width, line_y),
                palette::RULE,
                0.4,
            );
            let hour = self.first_hour + h;
            let every = if self.compact { 3 } else { 1 };
            if h < g.hours && h % every == 0 {
                let label = format!("{hour:02}:00");
                pen.text(
                    x,
                    line_y + label_size,
                    &label,
                    label_size,
                    palette::MUTED,
                    false,
                );
            }
        }
        for day in 0..=7 {
            let line_x = x + g.gutter + column * day as f32;
            pen.line(
                (line_x, top),
                (line_x, top + grid_height),
                palette::RULE,
                0.4,
            );
        }

        // Double-booked time, under the blocks.
        let visible = |start: u16, end: u16| {
            let lo = u16::from(self.first_hour) * 60;
            let hi = u16::from(self.last_hour) * 60;
            (start.max(lo), end.min(hi))
        };
        let troubles = trouble_ranges(&self.blocks);
        for t in &troubles {
            let (start, end) = visible(t.start_min, t.end_min);
            if start < end {
                pen.fill_rect_alpha(
                    column_x(t.day) + 0.5,
                    y_of(start),
                    column - 1.0,
                    y_of(end) - y_of(start),
                    palette::CLASH,
                    0.16,
                );
            }
        }

        for (block, (lane, lanes)) in self.blocks.iter().zip(lanes(&self.blocks)) {
            let (start, end) = visible(block.start_min, block.end_min);
            if start >= end || block.day > 6 {
                continue;
            }
            let lane_width = (column - 2.0) / lanes as f32;
            let bx = column_x(block.day) + 1.0 + lane_width * lane as f32;
            let (by, bh) = (y_of(start), y_of(end) - y_of(start));
            let bw = (lane_width - if lanes > 1 { 1.0 } else { 0.0 }).max(0.5);
            self.draw_block(pen, block, (bx, by, bw, bh));
        }

        if let Some(bars) = &self.bars {
            draw_bars(pen, bars, x, top + grid_height, width, &g);
        }
    }

    fn draw_block(
        &self,
        pen: &mut Pen<'_, '_>,
        block: &PictureBlock,
        (x, y, w, h): (f32, f32, f32, f32),
    ) {
        if block.hatched {
            pen.fill_rect(x, y, w, h, palette::COMMITMENT_FILL);
            pen.hatch(x, y, w, h, palette::COMMITMENT_HATCH, 4.0);
        } else {
            pen.fill_rect(x, y, w, h, palette::kind_fill(block.kind_color_index));
        }
        if block.clash {
            pen.stroke_rect(x, y, w, h, palette::CLASH, 1.4);
        } else {
            pen.stroke_rect(x, y, w, h, palette::OUTLINE, 0.4);
        }

        let pad = if self.compact { 1.0 } else { 2.0 };
        let (inner_w, inner_h) = (w - 2.0 * pad, h - 2.0 * pad);
        if inner_w <= 2.0 {
            return;
        }
        let sizes: &[f32] = if self.compact {
            &[5.0, 4.0]
        } else {
            &[7.0, 6.0, 5.0]
        };
        let clash = block.clash.then_some(self.clash_label.as_str());
        let mut chosen = None;
        for &size in sizes {
            let lines = pen.face.wrap(&block.label, size, inner_w);
            if lines.len() as f32 * size * 1.15 <= inner_h + 0.01 {
                chosen = Some((size, lines));
                break;
            }
        }
        let Some((size, lines)) = chosen else {
            // Too small for the whole title: one line, cut at the block's edge.
            let size = sizes[sizes.len() - 1].min(h.max(3.0));
            pen.clip(x, y, w, h, |pen| {
                pen.text(
                    x + pad,
                    y + h / 2.0 + size * 0.35,
                    &block.label,
                    size,
                    palette::TEXT,
                    false,
                );
            });
            return;
        };
        let line = size * 1.15;
        let mut baseline = y + pad + size * pen.face.ascent;
        for text in &lines {
            pen.text(x + pad, baseline, text, size, palette::TEXT, false);
            baseline += line;
        }
        let ascent = pen.face.ascent;
        let room =
            |baseline: f32, size: f32| baseline - size * ascent + size * 1.15 <= y + h - pad + 0.01;
        let small = size - 1.0;
        let mut next = baseline - line + size * 0.2 + small * 1.15;
        if !block.detail.is_empty() && room(next, small) {
            pen.text(x + pad, next, &block.detail, small, palette::MUTED, false);
            next += small * 1.15;
        }
        if let Some(label) = clash
            && room(next, small)
        {
            pen.text(x + pad, next, label, small, palette::CLASH, true);
        }
    }
}

/// The hours of each day: a track and a bar per column, and the figure under it.
fn draw_bars(pen: &mut Pen<'_, '_>, bars: &DayBars, x: f32, y: f32, width: f32, g: &Geometry) {
    let column = (width - g.gutter) / 7.0;
    let most = bars.minutes.iter().copied().max().unwrap_or(0).max(1);
    let track_y = y + 6.0;
    pen.text(x, track_y + 5.0, &bars.title, 6.5, palette::MUTED, false);
    for day in 0..7 {
        let cx = x + g.gutter + column * day as f32 + 4.0;
        let track = column - 8.0;
        pen.fill_rect(cx, track_y, track, 6.0, palette::SHADE);
        let share = bars.minutes[day] as f32 / most as f32;
        pen.fill_rect(cx, track_y, track * share, 6.0, palette::BAR);
        let label = &bars.labels[day];
        let w = pen.face.width(label, 7.0);
        pen.text(
            cx + (track - w) / 2.0,
            track_y + 15.5,
            label,
            7.0,
            palette::TEXT,
            false,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn block(day: usize, start: u16, end: u16, hatched: bool) -> PictureBlock {
        PictureBlock {
            day,
            start_min: start,
            end_min: end,
            label: "x".into(),
            hatched,
            ..PictureBlock::default()
        }
    }

    #[test]
    fn the_rows_cover_the_hours_in_use_and_at_least_six() {
        assert_eq!(hours_in_use(&[]), (8, 18));
        assert_eq!(hours_in_use(&[block(0, 18 * 60, 21 * 60, false)]), (18, 24));
        assert_eq!(
            hours_in_use(&[
                block(0, 9 * 60 + 30, 17 * 60, true),
                block(3, 18 * 60, 21 * 60 + 15, false)
            ]),
            (9, 22)
        );
        assert_eq!(hours_in_use(&[block(6, 0, 30, false)]), (0, 6));
        assert_eq!(hours_in_use(&[block(6, 23 * 60, 1440, false)]), (18, 24));
    }

    #[test]
    fn sessions_over_commitments_and_each_other_clash_but_touching_does_not() {
        let mut blocks = vec![
            block(0, 9 * 60, 17 * 60, true),   // work
            block(0, 16 * 60, 18 * 60, false), // session during work
            block(0, 18 * 60, 19 * 60, false), // touches: fine
            block(1, 9 * 60, 12 * 60, false),  // two sessions at once
            block(1, 11 * 60, 13 * 60, false),
            block(2, 9 * 60, 10 * 60, true), // two commitments: not a clash
            block(2, 9 * 60 + 30, 11 * 60, true),
        ];
        let troubles = mark_clashes(&mut blocks);
        let clashes: Vec<bool> = blocks.iter().map(|b| b.clash).collect();
        assert_eq!(clashes, [true, true, false, true, true, false, false]);
        assert_eq!(
            troubles,
            [
                Trouble {
                    day: 0,
                    start_min: 16 * 60,
                    end_min: 17 * 60
                },
                Trouble {
                    day: 1,
                    start_min: 11 * 60,
                    end_min: 12 * 60
                },
            ]
        );
    }

    #[test]
    fn overlapping_blocks_share_their_column_in_lanes() {
        let blocks = vec![
            block(0, 60, 180, false),
            block(0, 120, 240, false),
            block(0, 200, 300, false), // reuses lane 0, same cluster as the others
            block(0, 400, 460, false), // alone again
            block(1, 60, 180, false),
        ];
        assert_eq!(lanes(&blocks), [(0, 2), (1, 2), (0, 2), (0, 1), (0, 1)]);
    }

    #[test]
    fn a_full_day_of_overlaps_is_laid_out_quickly() {
        let blocks: Vec<_> = (0..20_000u16)
            .map(|i| block(0, i % 600, i % 600 + 600, false))
            .collect();
        let started = std::time::Instant::now();
        let result = lanes(&blocks);
        assert!(result.iter().all(|&(lane, lanes)| lane < lanes));
        assert!(started.elapsed().as_secs() < 5);
    }
}
