//! The one typeface of printed pages and the few text operations they need: shaping, widths,
//! and greedy line breaking.
//!
//! The face is the app's own (egui's default, Ubuntu Light), so the page looks like the window
//! and no system font is needed. krilla embeds the subset of glyphs a document uses.

use krilla::Data;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use rustybuzz::{Direction, UnicodeBuffer};

use super::PdfError;

/// The bytes of the typeface.
const FACE: &[u8] = epaint_default_fonts::UBUNTU_LIGHT;

/// The typeface, once for krilla (drawing, embedding) and once for rustybuzz (measuring).
pub(crate) struct Typeface {
    pub(crate) font: Font,
    face: rustybuzz::Face<'static>,
    units_per_em: f32,
    /// Baseline below the top of a line box, as a share of the font size.
    pub(crate) ascent: f32,
}

/// A run of text turned into positioned glyphs.
pub(crate) struct Shaped {
    pub(crate) glyphs: Vec<KrillaGlyph>,
    /// Width at font size 1.
    pub(crate) width: f32,
}

impl Typeface {
    pub(crate) fn new() -> Result<Typeface, PdfError> {
        let face = rustybuzz::Face::from_slice(FACE, 0).ok_or(PdfError::Font)?;
        let font = Font::new(Data::from(FACE), 0).ok_or(PdfError::Font)?;
        let units_per_em = face.units_per_em().max(1) as f32;
        let ascent = f32::from(face.ascender()) / units_per_em;
        Ok(Typeface {
            font,
            face,
            units_per_em,
            ascent,
        })
    }

    /// Whether the face has a glyph for `c` (else it would print as a box).
    #[cfg(test)]
    pub(crate) fn covers(&self, c: char) -> bool {
        self.face.glyph_index(c).is_some()
    }

    /// Shapes one line of left-to-right text (kerning and ligatures as the face defines them).
    pub(crate) fn shape(&self, text: &str) -> Shaped {
        let mut buffer = UnicodeBuffer::new();
        buffer.push_str(text);
        buffer.set_direction(Direction::LeftToRight);
        buffer.guess_segment_properties();
        let output = rustybuzz::shape(&self.face, &[], buffer);
        let infos = output.glyph_infos();
        let positions = output.glyph_positions();
        let em = self.units_per_em;
        let mut glyphs = Vec::with_capacity(infos.len());
        let mut width = 0.0;
        for (i, (info, pos)) in infos.iter().zip(positions).enumerate() {
            let start = info.cluster as usize;
            // A cluster runs to the start of the next different cluster (left to right).
            let end = infos[i + 1..]
                .iter()
                .find(|next| next.cluster != info.cluster)
                .map_or(text.len(), |next| next.cluster as usize);
            let advance = pos.x_advance as f32 / em;
            width += advance;
            glyphs.push(KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                advance,
                pos.x_offset as f32 / em,
                pos.y_offset as f32 / em,
                pos.y_advance as f32 / em,
                start..end.max(start),
                None,
            ));
        }
        Shaped { glyphs, width }
    }

    /// Width of `text` on one line at `size` points.
    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        self.shape(text).width * size
    }

    /// Breaks `text` into lines no wider than `max_width` at `size` points: at spaces where it
    /// can, inside a word only when the word alone is too wide. Line breaks in the text are kept;
    /// other control characters become spaces. Empty text gives no lines.
    pub(crate) fn wrap(&self, text: &str, size: f32, max_width: f32) -> Vec<String> {
        let space = self.width(" ", size);
        let mut lines = Vec::new();
        for paragraph in text.split('\n') {
            let clean: String = paragraph
                .chars()
                .map(|c| if c.is_control() { ' ' } else { c })
                .collect();
            let mut line = String::new();
            let mut line_width = 0.0;
            for word in clean.split(' ').filter(|w| !w.is_empty()) {
                let word_width = self.width(word, size);
                let needed = if line.is_empty() {
                    word_width
                } else {
                    line_width + space + word_width
                };
                if needed <= max_width {
                    if !line.is_empty() {
                        line.push(' ');
                    }
                    line.push_str(word);
                    line_width = needed;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                }
                if word_width <= max_width {
                    line.push_str(word);
                    line_width = word_width;
                } else {
                    // A word wider than the line (a long address): break it by characters.
                    let (pieces, last) = self.split_word(word, size, max_width);
                    lines.extend(pieces);
                    line_width = self.width(&last, size);
                    line = last;
                }
            }
            if !line.is_empty() {
                lines.push(line);
            }
        }
        lines
    }

    /// A too-long word as full lines plus the rest.
    fn split_word(&self, word: &str, size: f32, max_width: f32) -> (Vec<String>, String) {
        let mut pieces = Vec::new();
        let mut current = String::new();
        let mut width = 0.0;
        for c in word.chars() {
            let mut buf = [0u8; 4];
            let w = self.width(c.encode_utf8(&mut buf), size);
            if width + w > max_width && !current.is_empty() {
                pieces.push(std::mem::take(&mut current));
                width = 0.0;
            }
            current.push(c);
            width += w;
        }
        (pieces, current)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn face() -> Typeface {
        Typeface::new().expect("the built-in face loads")
    }

    #[test]
    fn the_face_covers_spanish_and_the_signs_the_pages_use() {
        let face = face();
        for c in "áéíóúüñÁÉÍÓÚÜÑ¿¡€·–—“”‘’…°".chars() {
            assert!(face.covers(c), "{c:?} is missing from the face");
        }
    }

    #[test]
    fn widths_grow_with_text_and_size() {
        let face = face();
        let short = face.width("Group", 10.0);
        assert!(short > 10.0 && short < 40.0, "{short}");
        assert!(face.width("Group therapy", 10.0) > short);
        assert!((face.width("Group", 20.0) - 2.0 * short).abs() < 0.01);
        assert_eq!(face.width("", 10.0), 0.0);
    }

    #[test]
    fn wrapping_breaks_at_spaces_and_keeps_every_word() {
        let face = face();
        let text = "Sessions fall on 2 days this week; IOP needs at least 3. Spread the sessions over 1 more day.";
        let lines = face.wrap(text, 9.0, 150.0);
        assert!(lines.len() >= 3, "{lines:?}");
        for line in &lines {
            assert!(face.width(line, 9.0) <= 150.0, "{line}");
            assert!(!line.starts_with(' ') && !line.ends_with(' '));
        }
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_wider_than_the_line_is_cut_and_line_breaks_are_kept() {
        let face = face();
        let long = "https://www.federalregister.gov/documents/2023/11/22/2023-24293/medicare";
        let lines = face.wrap(long, 9.0, 80.0);
        assert!(lines.len() > 2, "{lines:?}");
        assert_eq!(lines.concat(), long);
        assert!(lines.iter().all(|l| face.width(l, 9.0) <= 80.0));
        assert_eq!(face.wrap("one\ntwo", 9.0, 500.0), ["one", "two"]);
        assert!(face.wrap(" \t ", 9.0, 500.0).is_empty());
    }

    #[test]
    fn clusters_map_glyphs_back_to_their_text() {
        let face = face();
        let text = "Año ñ";
        let shaped = face.shape(text);
        assert_eq!(shaped.glyphs.first().map(|g| g.text_range.start), Some(0));
        assert_eq!(
            shaped.glyphs.last().map(|g| g.text_range.end),
            Some(text.len())
        );
        for g in &shaped.glyphs {
            assert!(
                text.is_char_boundary(g.text_range.start)
                    && text.is_char_boundary(g.text_range.end)
            );
        }
    }
}
