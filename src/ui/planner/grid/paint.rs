//! Painting the week: background, day header, blocks, clash bands and the drag preview.
//! Only what lies in the clip rect is painted; colours come from [`crate::ui::theme`].

use egui::text::{LayoutJob, TextFormat, TextWrapping};
use egui::{
    Align2, Color32, CornerRadius, FontId, Painter, Pos2, Rect, Stroke, StrokeKind, TextStyle, Ui,
    Visuals, pos2, vec2,
};

use crate::check::{Report, Severity, day_name_in, day_short_in, duration_in};
use crate::i18n::Lang;
use crate::plan::Day;
use crate::ui::theme;

use super::layout::{Block, DAY_MINUTES, Geometry, Span, clock};

/// Spacing of the diagonal hatching on commitments.
const HATCH_SPACING: f32 = 8.0;

/// How a block should look this frame.
#[derive(Clone, Copy)]
pub(super) struct Look {
    pub selected: bool,
    pub focused: bool,
    pub hovered: bool,
    pub faded: bool,
}

/// Fonts of the grid. Nothing uses egui's Small style (9 points): hour labels and day totals
/// are body text, times in blocks a point and a half smaller.
pub(super) struct Fonts {
    pub title: FontId,
    pub time: FontId,
    pub label: FontId,
}

impl Fonts {
    pub fn new(style: &egui::Style) -> Fonts {
        let body = TextStyle::Body.resolve(style);
        Fonts {
            title: FontId::new(body.size - 1.0, body.family.clone()),
            time: FontId::new(body.size - 1.5, body.family.clone()),
            label: body,
        }
    }
}

/// Column shading, hour lines and time labels.
pub(super) fn paint_background(
    painter: &Painter,
    visuals: &Visuals,
    fonts: &Fonts,
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
    let label_font = &fonts.label;
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
pub(super) fn header_ui(ui: &Ui, rect: Rect, geometry: Geometry, report: &Report) {
    let lang = crate::ui::lang(ui.ctx());
    let fonts = Fonts::new(ui.style());
    let painter = ui.painter_at(rect);
    let visuals = ui.visuals();
    let mut worst: [Option<Severity>; 7] = [None; 7];
    for finding in &report.findings {
        if let Some(day) = finding.day {
            let slot = &mut worst[day.index()];
            *slot = Some(slot.map_or(finding.severity, |s| s.min(finding.severity)));
        }
    }
    let name_font = &fonts.label;
    let hours_font = &fonts.label;
    // The longest name that fits the column at this text size: "Monday", "Mon", then "M", so
    // names never run into each other (a small window with large text).
    let room = geometry.column_width - 4.0;
    let fits = |text: &str| {
        ui.fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), name_font.clone(), Color32::WHITE)
                .size()
                .x
        }) <= room
    };
    let long_names = Day::ALL.iter().all(|&d| fits(&day_name_in(lang, d)));
    let short_names = long_names || Day::ALL.iter().all(|&d| fits(&day_short_in(lang, d)));
    for day in Day::ALL {
        let x = geometry.column_x(day);
        let center = x + geometry.column_width / 2.0;
        let name = if long_names {
            day_name_in(lang, day)
        } else if short_names {
            day_short_in(lang, day)
        } else {
            day_short_in(lang, day).chars().take(1).collect()
        };
        painter.text(
            pos2(center, rect.top() + 3.0),
            Align2::CENTER_TOP,
            name,
            name_font.clone(),
            visuals.strong_text_color(),
        );
        let minutes = report.minutes_by_day.get(day.index()).copied().unwrap_or(0);
        let color = match worst[day.index()] {
            Some(Severity::Error) => visuals.error_fg_color,
            Some(Severity::Warning) => visuals.warn_fg_color,
            None => visuals.weak_text_color(),
        };
        // A day's hours only where they fit: the hours-by-day chart has them all.
        let hours = hours_text(lang, minutes);
        if fits(&hours) {
            painter.text(
                pos2(center, rect.bottom() - 3.0),
                Align2::CENTER_BOTTOM,
                hours,
                hours_font.clone(),
                color,
            );
        }
    }
    painter.hline(
        geometry.left..=rect.right(),
        painter.round_to_pixel_center(rect.bottom() - 0.5),
        visuals.widgets.noninteractive.bg_stroke,
    );
}

fn hours_text(lang: Lang, minutes: u32) -> String {
    if minutes == 0 {
        "-".to_owned()
    } else {
        duration_in(lang, minutes)
    }
}

/// Fill and text colour of a block (before fading).
fn block_colors(block: &Block, visuals: &Visuals) -> (Color32, Color32) {
    let dark = visuals.dark_mode;
    match block.kind {
        Some(kind) => (theme::session_fill(kind, dark), theme::session_text(dark)),
        None => (theme::commitment_fill(dark).0, visuals.strong_text_color()),
    }
}

/// One block: fill (hatched for commitments), outline, title and times clipped to the block.
pub(super) fn paint_block(
    painter: &Painter,
    visuals: &Visuals,
    fonts: &Fonts,
    rect: Rect,
    clip: Rect,
    (block, title): (&Block, &str),
    look: Look,
) {
    let dark = visuals.dark_mode;
    // Square corners: a rounded rectangle costs the tessellator several times a plain one, and
    // with 300 blocks that was half the frame (`cargo bench --bench ui_frame -- planner`).
    let radius = CornerRadius::ZERO;
    let (mut fill, text_color) = block_colors(block, visuals);
    if look.hovered && !look.faded {
        fill = theme::hovered_fill(fill, dark);
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
    painter.rect(
        rect,
        radius,
        fill.gamma_multiply(alpha),
        Stroke::new(1.0, theme::block_border(dark).gamma_multiply(alpha)),
        StrokeKind::Inside,
    );
    // Everything inside the block is kept inside it by its own geometry (hatching is cut to
    // the block, text wrapped and truncated to it), not by a clip rect of its own: shapes that
    // share the grid's clip rect become one mesh, while a clip rect per block made 300 meshes
    // for the tessellator and 300 draw calls for the GPU.
    let inner_rect = rect.shrink(1.0).intersect(clip);
    if block.kind.is_none() {
        let hatch = theme::commitment_fill(dark).1.gamma_multiply(alpha);
        paint_hatching(painter, inner_rect, hatch, false);
        if block.phase_only {
            // This phase's own commitments are cross-hatched, with a bar down the left edge.
            paint_hatching(painter, inner_rect, hatch, true);
            let bar = Rect::from_min_max(rect.left_top(), pos2(rect.left() + 4.0, rect.bottom()))
                .intersect(inner_rect);
            painter.rect_filled(
                bar,
                CornerRadius::ZERO,
                visuals.strong_text_color().gamma_multiply(alpha),
            );
        }
    }
    paint_block_text(
        painter,
        inner_rect,
        fonts,
        rect,
        title,
        block.span,
        text_color.gamma_multiply(alpha),
    );

    if block.clash && !look.faded {
        let (red, _) = theme::clash(visuals);
        painter.rect_stroke(rect, radius, Stroke::new(2.0, red), StrokeKind::Inside);
    }
    if look.selected {
        painter.rect_stroke(
            rect.expand(1.0),
            radius,
            Stroke::new(3.0, theme::selection(visuals)),
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

/// Diagonal lines across `area` (rising to the right, or falling when `falling`), anchored so
/// they do not swim when scrolling.
fn paint_hatching(painter: &Painter, area: Rect, color: Color32, falling: bool) {
    if !area.is_positive() {
        return;
    }
    let stroke = Stroke::new(1.0, color);
    if falling {
        // Lines y - x = c, c on a fixed lattice.
        let first = ((area.top() - area.right()) / HATCH_SPACING).ceil() * HATCH_SPACING;
        let last = area.bottom() - area.left();
        let mut c = first;
        let mut guard = 0;
        while c < last && guard < 10_000 {
            let x0 = area.left().max(area.top() - c);
            let x1 = area.right().min(area.bottom() - c);
            if x1 > x0 {
                painter.line_segment([pos2(x0, x0 + c), pos2(x1, x1 + c)], stroke);
            }
            c += HATCH_SPACING;
            guard += 1;
        }
        return;
    }
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
/// Text that would spill out of `clip` (a block shorter than a line) is clipped to it.
fn paint_block_text(
    painter: &Painter,
    clip: Rect,
    fonts: &Fonts,
    rect: Rect,
    title: &str,
    span: Span,
    color: Color32,
) {
    let inner = rect.shrink2(vec2(4.0, 2.0));
    // Narrower than two letters and an ellipsis, a title would be a lone "…": leave the block
    // plain (its tooltip and accessible name have the title).
    if inner.width() < fonts.title.size * 1.5 || inner.height() < 4.0 {
        return;
    }
    let title_row = painter.ctx().fonts_mut(|f| f.row_height(&fonts.title));
    let time_row = painter.ctx().fonts_mut(|f| f.row_height(&fonts.time));
    let two_time_rows = inner.height() >= title_row + 2.0 * time_row;
    let times = times_that_fit(painter, fonts, span, inner.width(), two_time_rows);
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
        paint_inside(painter, clip, inner.min, galley, color);
        let times = painter.layout_no_wrap(times, fonts.time.clone(), color);
        paint_inside(
            painter,
            clip,
            pos2(inner.left(), inner.top() + title_height),
            times,
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
        paint_inside(painter, clip, pos2(inner.left(), y), galley, color);
    }
}

/// Paints `galley` at `pos`, clipped to `clip` only when it does not fit inside it.
fn paint_inside(
    painter: &Painter,
    clip: Rect,
    pos: Pos2,
    galley: std::sync::Arc<egui::Galley>,
    color: Color32,
) {
    if clip.contains_rect(galley.rect.translate(pos.to_vec2())) {
        painter.galley(pos, galley, color);
    } else {
        painter.with_clip_rect(clip).galley(pos, galley, color);
    }
}

/// "09:00-17:00" if it fits in `width`; else, in a block tall enough, "09:00-" over "17:00";
/// else "09:00" (the tooltip and the form have the end); else nothing: never cut in the middle
/// of a time.
fn times_that_fit(
    painter: &Painter,
    fonts: &Fonts,
    span: Span,
    width: f32,
    two_rows: bool,
) -> String {
    let fits = |text: &str| {
        painter.ctx().fonts_mut(|f| {
            f.layout_no_wrap(text.to_owned(), fonts.time.clone(), Color32::WHITE)
                .size()
                .x
                <= width
        })
    };
    let full = span.times();
    let start = format!("{}-", clock(span.start));
    if fits(&full) {
        full
    } else if !fits(&start) {
        // Not even the start fits: no time rather than "18:" (the tooltip has both).
        String::new()
    } else if two_rows {
        format!("{start}\n{}", clock(span.end))
    } else {
        // The start alone: a trailing dash would read as a time cut short.
        clock(span.start).to_string()
    }
}

/// Red bands over double-booked time, across the column of each day.
pub(super) fn paint_troubles(
    painter: &Painter,
    visuals: &Visuals,
    geometry: Geometry,
    troubles: &[Span],
    visible: std::ops::Range<f32>,
) {
    let (red, band) = theme::clash(visuals);
    let stroke = Stroke::new(1.0, red);
    for span in troubles {
        if f32::from(span.end) < visible.start || f32::from(span.start) > visible.end {
            continue;
        }
        let x = geometry.column_x(span.day);
        let rect = Rect::from_x_y_ranges(
            x + 1.0..=x + geometry.column_width - geometry.right_margin(),
            geometry.y(span.start)..=geometry.y(span.end),
        );
        painter.rect(rect, 2.0, band, stroke, StrokeKind::Inside);
    }
}

/// The block being drawn, moved or resized, where it would land.
pub(super) fn paint_preview(
    painter: &Painter,
    visuals: &Visuals,
    fonts: &Fonts,
    geometry: Geometry,
    span: Span,
    (original, title): (Option<&Block>, &str),
    clip: Rect,
) {
    let rect = geometry.preview_rect(span);
    let (fill, text) = match original {
        Some(block) => block_colors(block, visuals),
        None => (visuals.selection.bg_fill, visuals.strong_text_color()),
    };
    painter.rect(
        rect,
        3.0,
        fill.gamma_multiply(0.85),
        Stroke::new(2.0, theme::selection(visuals)),
        StrokeKind::Outside,
    );
    paint_block_text(
        painter,
        rect.shrink(1.0).intersect(clip),
        fonts,
        rect,
        title,
        span,
        text,
    );
}
