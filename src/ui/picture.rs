//! The week as a picture, straight from the window: File > "Save the week as a picture" writes a
//! PNG, "Copy the week as a picture" puts it on the clipboard, for pasting into a message.
//!
//! egui takes screenshots through the integration (`ViewportCommand::Screenshot`): the pixels
//! arrive in a callback after the frame is drawn. The request waits a frame or two first, so a
//! menu that was just clicked has closed and is not in the picture.

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use egui::{ColorImage, Context, Rect};

/// What the picture is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Target {
    Save(PathBuf),
    Copy,
}

/// A picture on its way: asked for, waiting for its frame, or waiting for its pixels.
#[derive(Default)]
pub struct Picture {
    wanted: Option<(Target, u8)>,
    taking: Option<Target>,
    arrived: Arc<Mutex<Option<Arc<ColorImage>>>>,
}

/// A picture ready to use: cut to the week, for `target`.
pub struct Taken {
    pub target: Target,
    pub image: ColorImage,
}

impl Picture {
    /// Asks for a picture of the window, two frames from now.
    pub fn want(&mut self, ctx: &Context, target: Target) {
        self.wanted = Some((target, 2));
        ctx.request_repaint();
    }

    /// Whether a picture is on its way.
    pub fn busy(&self) -> bool {
        self.wanted.is_some() || self.taking.is_some()
    }

    /// Call once a frame: sends the request when its frame has come, and returns the picture,
    /// cut to `area` (in points), once its pixels have arrived.
    pub fn poll(&mut self, ctx: &Context, area: Rect) -> Option<Taken> {
        if let Some((target, frames)) = self.wanted.take() {
            if frames > 0 {
                self.wanted = Some((target, frames - 1));
                ctx.request_repaint();
            } else {
                let slot = Arc::clone(&self.arrived);
                let wake = ctx.clone();
                ctx.request_screenshot(move |image| {
                    if let Ok(mut slot) = slot.lock() {
                        *slot = Some(image);
                    }
                    wake.request_repaint();
                });
                self.taking = Some(target);
            }
        }
        let image = self.arrived.lock().ok()?.take()?;
        let target = self.taking.take()?;
        Some(Taken {
            target,
            image: crop(&image, area, ctx.pixels_per_point()),
        })
    }
}

/// The part of `image` under `area` (points), at `pixels_per_point`.
pub fn crop(image: &ColorImage, area: Rect, pixels_per_point: f32) -> ColorImage {
    let [width, height] = image.size;
    let px = |v: f32, max: usize| ((v * pixels_per_point).round().max(0.0) as usize).min(max);
    let (x0, x1) = (px(area.left(), width), px(area.right(), width));
    let (y0, y1) = (px(area.top(), height), px(area.bottom(), height));
    if x1 <= x0 || y1 <= y0 {
        return image.clone();
    }
    let mut pixels = Vec::with_capacity((x1 - x0) * (y1 - y0));
    for y in y0..y1 {
        pixels.extend_from_slice(&image.pixels[y * width + x0..y * width + x1]);
    }
    ColorImage::new([x1 - x0, y1 - y0], pixels)
}

/// The picture as a PNG file's bytes.
pub fn png_bytes(image: &ColorImage) -> Result<Vec<u8>, String> {
    use image::ImageEncoder as _;
    let [width, height] = image.size;
    let rgba: Vec<u8> = image
        .pixels
        .iter()
        .flat_map(|c| c.to_srgba_unmultiplied())
        .collect();
    let mut bytes = Vec::new();
    image::codecs::png::PngEncoder::new(&mut bytes)
        .write_image(
            &rgba,
            u32::try_from(width).map_err(|e| e.to_string())?,
            u32::try_from(height).map_err(|e| e.to_string())?,
            image::ExtendedColorType::Rgba8,
        )
        .map_err(|e| e.to_string())?;
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::{Color32, pos2};

    /// 4x3 pixels, each a different colour.
    fn sample() -> ColorImage {
        let pixels = (0..12u8)
            .map(|i| Color32::from_rgb(i * 20, 255 - i * 20, i))
            .collect();
        ColorImage::new([4, 3], pixels)
    }

    #[test]
    fn crop_takes_the_area_at_the_screen_s_scale() {
        let image = sample();
        // At 2 pixels a point, the point area (0.5,0.5)-(1.5,1.5) is pixels (1,1)-(3,3).
        let cut = crop(
            &image,
            Rect::from_min_max(pos2(0.5, 0.5), pos2(1.5, 1.5)),
            2.0,
        );
        assert_eq!(cut.size, [2, 2]);
        assert_eq!(cut.pixels[0], image.pixels[5]);
        assert_eq!(cut.pixels[3], image.pixels[10]);
        // An area off the image gives the whole picture rather than nothing.
        let whole = crop(
            &image,
            Rect::from_min_max(pos2(10.0, 10.0), pos2(20.0, 20.0)),
            1.0,
        );
        assert_eq!(whole.size, [4, 3]);
    }

    #[test]
    fn the_png_decodes_to_the_same_pixels() {
        let image = sample();
        let bytes = png_bytes(&image).expect("encodes");
        assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n");
        let back = image::load_from_memory(&bytes).expect("decodes").to_rgba8();
        assert_eq!((back.width(), back.height()), (4, 3));
        let px = back.get_pixel(1, 2);
        assert_eq!(px.0, image.pixels[9].to_srgba_unmultiplied());
    }
}
