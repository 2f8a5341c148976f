//! A plan over several weeks as a picture: one bar per week (its hours of sessions), coloured by
//! phase, with the phases named underneath. Plain data in, drawing out.

use super::palette::{self, Rgb};
use super::pen::Pen;

/// Phase colours on the timeline, in turn (darker than the session fills so bars read on white).
const PHASE_COLORS: [Rgb; 4] = [
    Rgb(0x2f, 0x5d, 0x8f),
    Rgb(0x3a, 0x75, 0x42),
    Rgb(0x8a, 0x57, 0x22),
    Rgb(0x74, 0x3f, 0x7e),
];

/// Weeks and phases to draw.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Timeline {
    /// Every week in order: its minutes of sessions and the index of its phase in `phases`.
    pub weeks: Vec<(u32, usize)>,
    pub phases: Vec<TimelinePhase>,
    /// The label of the tallest bar's value, printed on the axis ("25 h").
    pub top_label: String,
    /// "Week", printed before the week numbers.
    pub week_word: String,
    /// What the picture shows, for screen readers.
    pub alt_text: String,
}

/// A phase under the bars: its name and a short line ("IOP, 8 weeks, from 2027-03-01").
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TimelinePhase {
    pub name: String,
    pub detail: String,
    /// Its hours a week ("25 h"), printed over its first bar: a short phase's bars are too
    /// low to read against the axis alone.
    pub hours: String,
}

/// Room over the tallest bar for a phase's hours.
const TOP: f32 = 9.0;
const BARS: f32 = 48.0;
const AXIS: f32 = 11.0;
const NAMES: f32 = 22.0;
const GUTTER: f32 = 28.0;

impl Timeline {
    pub fn height(&self) -> f32 {
        TOP + BARS + AXIS + NAMES
    }

    pub(crate) fn draw(&self, pen: &mut Pen<'_, '_>, x: f32, y: f32, width: f32) {
        let y = y + TOP;
        let count = self.weeks.len().max(1);
        let step = (width - GUTTER) / count as f32;
        let most = self.weeks.iter().map(|w| w.0).max().unwrap_or(0).max(1);
        let base = y + BARS;
        let left = x + GUTTER;
        pen.text(x, y + 6.0, &self.top_label, 6.5, palette::MUTED, false);
        pen.line((left, y), (x + width, y), palette::RULE, 0.3);
        pen.line((left, base), (x + width, base), palette::OUTLINE, 0.5);
        let gap = if step > 3.0 { 1.0 } else { 0.0 };
        for (i, &(minutes, phase)) in self.weeks.iter().enumerate() {
            let h = BARS * minutes as f32 / most as f32;
            let color = PHASE_COLORS[phase % PHASE_COLORS.len()];
            pen.fill_rect(
                left + step * i as f32 + gap / 2.0,
                base - h,
                step - gap,
                h,
                color,
            );
        }

        // Week numbers: every week when there is room, else every 4th or 13th.
        let every = [1usize, 2, 4, 13, 26, 52]
            .into_iter()
            .find(|n| step * *n as f32 >= 14.0)
            .unwrap_or(104);
        pen.text(x, base + 8.0, &self.week_word, 6.0, palette::MUTED, false);
        for i in (0..self.weeks.len()).step_by(every) {
            let label = (i + 1).to_string();
            let w = pen.face.width(&label, 6.0);
            pen.text(
                left + step * (i as f32 + 0.5) - w / 2.0,
                base + 8.0,
                &label,
                6.0,
                palette::MUTED,
                false,
            );
        }

        // Phase names under their weeks.
        let mut first = 0;
        while first < self.weeks.len() {
            let phase = self.weeks[first].1;
            let len = self.weeks[first..]
                .iter()
                .take_while(|w| w.1 == phase)
                .count();
            let px = left + step * first as f32;
            let pw = step * len as f32;
            let color = PHASE_COLORS[phase % PHASE_COLORS.len()];
            let top = base + AXIS;
            pen.fill_rect(px, top, pw.max(1.0) - 1.0, 2.0, color);
            if let Some(info) = self.phases.get(phase) {
                let h = BARS * self.weeks[first].0 as f32 / most as f32;
                pen.clip(px, base - h - TOP, pw, TOP, |pen| {
                    pen.text(px, base - h - 2.0, &info.hours, 6.0, palette::MUTED, false);
                });
                // A phase too short for its name shows its number; its heading has the rest.
                let fits = pen.face.width(&info.name, 7.0) <= pw - 2.0;
                let name = if fits {
                    info.name.clone()
                } else {
                    (phase + 1).to_string()
                };
                pen.clip(px, top, pw - 2.0, NAMES, |pen| {
                    pen.text(px, top + 9.0, &name, 7.0, palette::TEXT, true);
                    if fits {
                        pen.text(px, top + 17.5, &info.detail, 6.0, palette::MUTED, false);
                    }
                });
            }
            first += len;
        }
    }
}
