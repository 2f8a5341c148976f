//! Drawing primitives on one krilla surface, in points from the page's top-left corner (y grows
//! downwards, text is placed by its baseline).

use krilla::color::rgb;
use krilla::geom::{Path, PathBuilder, Point, Rect};
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule, Stroke};
use krilla::surface::Surface;
use krilla::tagging::{Artifact, ArtifactType, ContentTag, Identifier, SpanTag};

use super::palette::Rgb;
use super::text::Typeface;

pub(crate) struct Pen<'p, 's> {
    surface: &'p mut Surface<'s>,
    pub(crate) face: &'p Typeface,
}

fn paint(color: Rgb) -> krilla::paint::Paint {
    rgb::Color::new(color.0, color.1, color.2).into()
}

fn rect_path(x: f32, y: f32, w: f32, h: f32) -> Option<Path> {
    let mut builder = PathBuilder::new();
    builder.push_rect(Rect::from_xywh(x, y, w, h)?);
    builder.finish()
}

impl<'p, 's> Pen<'p, 's> {
    pub(crate) fn new(surface: &'p mut Surface<'s>, face: &'p Typeface) -> Self {
        Pen { surface, face }
    }

    fn fill_with(&mut self, color: Rgb, alpha: f32) {
        self.surface.set_stroke(None);
        self.surface.set_fill(Some(Fill {
            paint: paint(color),
            opacity: NormalizedF32::new(alpha.clamp(0.0, 1.0)).unwrap_or(NormalizedF32::ONE),
            rule: FillRule::NonZero,
        }));
    }

    fn stroke_with(&mut self, color: Rgb, width: f32) {
        self.surface.set_fill(None);
        self.surface.set_stroke(Some(Stroke {
            paint: paint(color),
            width,
            ..Stroke::default()
        }));
    }

    /// A filled rectangle; nothing when it has no area.
    pub(crate) fn fill_rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        self.fill_rect_alpha(x, y, w, h, color, 1.0);
    }

    pub(crate) fn fill_rect_alpha(
        &mut self,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        color: Rgb,
        alpha: f32,
    ) {
        if let Some(path) = rect_path(x, y, w, h) {
            self.fill_with(color, alpha);
            self.surface.draw_path(&path);
        }
    }

    /// A rectangle's outline, drawn inside it so neighbours do not overlap.
    pub(crate) fn stroke_rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb, width: f32) {
        let half = width / 2.0;
        if let Some(path) = rect_path(x + half, y + half, w - width, h - width) {
            self.stroke_with(color, width);
            self.surface.draw_path(&path);
        }
    }

    pub(crate) fn line(&mut self, from: (f32, f32), to: (f32, f32), color: Rgb, width: f32) {
        let mut builder = PathBuilder::new();
        builder.move_to(from.0, from.1);
        builder.line_to(to.0, to.1);
        if let Some(path) = builder.finish() {
            self.stroke_with(color, width);
            self.surface.draw_path(&path);
        }
    }

    /// Diagonal lines across a rectangle (commitments), clipped to it.
    pub(crate) fn hatch(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb, spacing: f32) {
        let Some(clip) = rect_path(x, y, w, h) else {
            return;
        };
        let mut builder = PathBuilder::new();
        // Lines x + y = c from the top-left corner to the bottom-right one.
        let mut c = x + y + spacing / 2.0;
        while c < x + w + y + h {
            let x0 = x.max(c - (y + h));
            let x1 = (x + w).min(c - y);
            builder.move_to(x0, c - x0);
            builder.line_to(x1, c - x1);
            c += spacing;
        }
        if let Some(lines) = builder.finish() {
            self.surface.push_clip_path(&clip, &FillRule::NonZero);
            self.stroke_with(color, 0.6);
            self.surface.draw_path(&lines);
            self.surface.pop();
        }
    }

    /// Draws what `draw` draws, cut at the rectangle's edges.
    pub(crate) fn clip(&mut self, x: f32, y: f32, w: f32, h: f32, draw: impl FnOnce(&mut Self)) {
        if let Some(clip) = rect_path(x, y, w, h) {
            self.surface.push_clip_path(&clip, &FillRule::NonZero);
            draw(self);
            self.surface.pop();
        }
    }

    /// One line of text with its baseline at `baseline`; returns its width. `strong` thickens
    /// the strokes (the face has one weight) while keeping the text real and selectable.
    pub(crate) fn text(
        &mut self,
        x: f32,
        baseline: f32,
        text: &str,
        size: f32,
        color: Rgb,
        strong: bool,
    ) -> f32 {
        let shaped = self.face.shape(text);
        self.fill_with(color, 1.0);
        if strong {
            self.surface.set_stroke(Some(Stroke {
                paint: paint(color),
                width: size * 0.045,
                ..Stroke::default()
            }));
        }
        self.surface.draw_glyphs(
            Point::from_xy(x, baseline),
            &shaped.glyphs,
            self.face.font.clone(),
            text,
            size,
            false,
        );
        self.surface.set_stroke(None);
        shaped.width * size
    }

    /// Draws what `draw` draws as one piece of tagged content (a line of a paragraph, a cell).
    pub(crate) fn span(&mut self, draw: impl FnOnce(&mut Self)) -> Identifier {
        let id = self
            .surface
            .start_tagged(ContentTag::Span(SpanTag::empty()));
        draw(self);
        self.surface.end_tagged();
        id
    }

    /// Draws a figure's content as one tagged piece (the figure's alt text speaks for it).
    pub(crate) fn figure(&mut self, draw: impl FnOnce(&mut Self)) -> Identifier {
        let id = self.surface.start_tagged(ContentTag::Other);
        draw(self);
        self.surface.end_tagged();
        id
    }

    /// Draws decoration (bands, rules) or repeated page furniture outside the document's
    /// structure, so screen readers skip it.
    pub(crate) fn artifact(&mut self, kind: ArtifactType, draw: impl FnOnce(&mut Self)) {
        self.surface
            .start_tagged(ContentTag::Artifact(Artifact::with_kind(kind)));
        draw(self);
        self.surface.end_tagged();
    }
}
