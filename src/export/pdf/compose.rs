//! The drawing layer: a flowing document of headings, paragraphs, a verdict band, tables and
//! pictures, broken into pages and written with krilla. It knows nothing of plans; the adapters
//! ([`super::plan_pdf`]) build a [`Sheet`].
//!
//! Pages are laid out first and drawn second, so every footer can say "page 1 of 2". The
//! document is tagged (headings, paragraphs, tables, figures with alternate text) so screen
//! readers can read it in order.

use std::num::NonZeroU16;

use krilla::metadata::Metadata;
use krilla::page::PageSettings;
use krilla::tagging::{
    ArtifactType, Identifier, Node, TableHeaderScope, Tag, TagGroup, TagKind, TagTree,
};
use krilla::{Document, SerializeSettings};

use super::palette::{self, Rgb};
use super::pen::Pen;
use super::text::Typeface;
use super::timeline::Timeline;
use super::week::WeekPicture;
use super::{PageSize, PdfError};

/// Page margins, in points (half an inch).
const MARGIN: f32 = 36.0;
/// Space between the body and the footer.
const FOOTER_GAP: f32 = 10.0;

/// A whole document: what the pages show, in reading order.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    /// The document's title (PDF metadata; window titles of viewers).
    pub title: String,
    /// The language of the text, as a BCP 47 tag ("en", "es").
    pub lang: String,
    pub blocks: Vec<Block>,
    /// Lines at the foot of every page: the help lines and the disclaimer.
    pub footer: Vec<String>,
    /// "Page {page} of {pages}", with both numbers filled in on each page.
    pub page_of: String,
}

/// One piece of a [`Sheet`]. A sheet holds a handful of blocks, so the size of the week
/// picture variant costs nothing worth boxing.
#[derive(Clone, Debug, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum Block {
    /// A heading: level 1 for the title, 2 for sections.
    Heading {
        text: String,
        level: u8,
    },
    Paragraph(Paragraph),
    /// A short message on a tinted band (the verdict).
    Callout {
        text: String,
        fill: Rgb,
        color: Rgb,
    },
    Week(WeekPicture),
    Timeline(Timeline),
    Table(Table),
    /// Swatches with their meaning, in a row.
    Legend(Vec<LegendItem>),
    /// Vertical space, in points; dropped at the top of a page.
    Gap(f32),
}

/// Running text, wrapped to the page.
#[derive(Clone, Debug, PartialEq)]
pub struct Paragraph {
    pub text: String,
    pub style: Style,
    /// A bullet hanging to the left (list items).
    pub bullet: bool,
}

impl Paragraph {
    /// A paragraph, already wrapped as the [`Block`] a sheet lists.
    #[allow(clippy::new_ret_no_self)]
    pub fn new(text: impl Into<String>, style: Style) -> Block {
        Block::Paragraph(Paragraph {
            text: text.into(),
            style,
            bullet: false,
        })
    }

    pub fn bullet(text: impl Into<String>, style: Style) -> Block {
        Block::Paragraph(Paragraph {
            text: text.into(),
            style,
            bullet: true,
        })
    }
}

/// How a paragraph looks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    Body,
    Strong,
    /// Smaller and grey: the line under the title, sources.
    Small,
}

impl Style {
    fn size(self) -> f32 {
        match self {
            Style::Body | Style::Strong => 9.0,
            Style::Small => 7.5,
        }
    }

    fn color(self) -> Rgb {
        match self {
            Style::Small => palette::MUTED,
            _ => palette::TEXT,
        }
    }
}

/// A grid of text: a header row and rows of cells (wrapped). The first column is a little wider.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Table {
    pub header: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// A legend entry.
#[derive(Clone, Debug, PartialEq)]
pub struct LegendItem {
    pub swatch: Swatch,
    pub label: String,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Swatch {
    Fill(Rgb),
    Hatched,
    Clash,
}

impl PageSize {
    /// Width and height in points.
    fn points(self) -> (f32, f32) {
        match self {
            PageSize::Letter => (612.0, 792.0),
            PageSize::A4 => (595.28, 841.89),
        }
    }
}

const TABLE_SIZE: f32 = 7.5;
const TABLE_PAD: f32 = 3.0;

/// A block made ready for one page width: its unbreakable pieces and their heights.
struct Laid<'a> {
    block: &'a Block,
    /// Wrapped lines (headings, paragraphs, callouts) or, for tables, each row's cells' lines.
    lines: Vec<String>,
    cells: Vec<Vec<Vec<String>>>,
    pieces: Vec<f32>,
}

fn heading_size(level: u8) -> f32 {
    if level <= 1 { 17.0 } else { 11.0 }
}

fn line_height(size: f32) -> f32 {
    size * 1.3
}

fn table_columns(count: usize, width: f32) -> Vec<f32> {
    if count == 0 {
        return Vec::new();
    }
    let shares: Vec<f32> = (0..count).map(|i| if i == 0 { 1.3 } else { 1.0 }).collect();
    let total: f32 = shares.iter().sum();
    shares.iter().map(|s| width * s / total).collect()
}

fn lay<'a>(block: &'a Block, face: &Typeface, width: f32) -> Laid<'a> {
    let mut laid = Laid {
        block,
        lines: Vec::new(),
        cells: Vec::new(),
        pieces: Vec::new(),
    };
    match block {
        Block::Heading { text, level } => {
            let size = heading_size(*level);
            laid.lines = face.wrap(text, size, width);
            let before = if *level <= 1 { 0.0 } else { 6.0 };
            laid.pieces = vec![before + laid.lines.len().max(1) as f32 * line_height(size) + 2.0];
        }
        Block::Paragraph(p) => {
            let size = p.style.size();
            let indent = if p.bullet { 10.0 } else { 0.0 };
            laid.lines = face.wrap(&p.text, size, width - indent);
            laid.pieces = vec![line_height(size); laid.lines.len()];
            if let Some(last) = laid.pieces.last_mut() {
                *last += size * 0.35;
            }
        }
        Block::Callout { text, .. } => {
            laid.lines = face.wrap(text, 10.5, width - 16.0);
            laid.pieces = vec![laid.lines.len().max(1) as f32 * line_height(10.5) + 12.0 + 6.0];
        }
        Block::Week(week) => laid.pieces = vec![week.height() + 6.0],
        Block::Timeline(timeline) => laid.pieces = vec![timeline.height() + 6.0],
        Block::Table(table) => {
            let count = table
                .header
                .len()
                .max(table.rows.iter().map(Vec::len).max().unwrap_or(0));
            let columns = table_columns(count, width);
            let rows = std::iter::once(&table.header).chain(&table.rows);
            for row in rows {
                let cells: Vec<Vec<String>> = columns
                    .iter()
                    .enumerate()
                    .map(|(i, w)| {
                        let text = row.get(i).map_or("", String::as_str);
                        face.wrap(text, TABLE_SIZE, w - 2.0 * TABLE_PAD)
                    })
                    .collect();
                let lines = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
                laid.pieces
                    .push(lines as f32 * line_height(TABLE_SIZE) + 2.0 * TABLE_PAD);
                laid.cells.push(cells);
            }
            // The header row stays with the first row.
            if laid.pieces.len() > 1 {
                let header = laid.pieces.remove(0);
                laid.pieces[0] += header;
            }
            if let Some(last) = laid.pieces.last_mut() {
                *last += 6.0;
            }
        }
        Block::Legend(items) => {
            let rows = legend_rows(items, face, width);
            laid.pieces = vec![rows.len().max(1) as f32 * 11.0 + 4.0];
        }
        Block::Gap(points) => laid.pieces = vec![*points],
    }
    laid
}

/// Legend items per row, each with its x offset.
fn legend_rows<'a>(
    items: &'a [LegendItem],
    face: &Typeface,
    width: f32,
) -> Vec<Vec<(f32, &'a LegendItem)>> {
    let mut rows: Vec<Vec<(f32, &LegendItem)>> = vec![Vec::new()];
    let mut x = 0.0;
    for item in items {
        let w = 14.0 + face.width(&item.label, 7.5) + 12.0;
        if x > 0.0 && x + w > width {
            rows.push(Vec::new());
            x = 0.0;
        }
        if let Some(row) = rows.last_mut() {
            row.push((x, item));
        }
        x += w;
    }
    rows
}

/// The height a heading keeps on its page after itself: its next piece, or, when a picture
/// follows within its section, everything up to and including the picture if that fits on a
/// page (a phase's or a program's heading, verdict and week read together). A heading right
/// before a picture belongs to the section; any other heading ends it.
fn kept_with_heading(laid: &[Laid<'_>], b: usize, room: f32) -> f32 {
    let picture = |i: usize| {
        laid.get(i)
            .is_some_and(|l| matches!(l.block, Block::Week(_) | Block::Timeline(_)))
    };
    let next = laid
        .get(b + 1)
        .and_then(|n| n.pieces.first())
        .copied()
        .unwrap_or(0.0);
    let mut sum = 0.0;
    for (i, block) in laid.iter().enumerate().skip(b + 1) {
        if picture(i) {
            sum += block.pieces.iter().sum::<f32>();
            return if sum <= room { sum } else { next };
        }
        if matches!(block.block, Block::Heading { .. }) && !picture(i + 1) {
            return next;
        }
        sum += block.pieces.iter().sum::<f32>();
    }
    next
}

/// Where each piece goes: (block, piece, top) per page.
type Pages = Vec<Vec<(usize, usize, f32)>>;

fn paginate(laid: &[Laid<'_>], top: f32, bottom: f32) -> Pages {
    let mut pages: Pages = vec![Vec::new()];
    let mut y = top;
    for (b, block) in laid.iter().enumerate() {
        for (p, &height) in block.pieces.iter().enumerate() {
            let at_top = pages.last().is_none_or(Vec::is_empty);
            if matches!(block.block, Block::Gap(_)) && at_top {
                continue;
            }
            let keep = if matches!(block.block, Block::Heading { .. }) {
                kept_with_heading(laid, b, bottom - top)
            } else {
                0.0
            };
            if y + height + keep > bottom && !at_top {
                pages.push(Vec::new());
                y = top;
                if matches!(block.block, Block::Gap(_)) {
                    continue;
                }
            }
            if let Some(page) = pages.last_mut() {
                page.push((b, p, y));
            }
            y += height;
        }
    }
    pages
}

/// Tag groups being filled while pages are drawn, one per block, in block order.
struct Tags {
    groups: Vec<Option<TagGroup>>,
}

impl Tags {
    fn add(&mut self, block: usize, kind: impl FnOnce() -> TagKind, child: impl Into<Node>) {
        if let Some(slot) = self.groups.get_mut(block) {
            slot.get_or_insert_with(|| TagGroup::new(kind()))
                .push(child);
        }
    }
}

/// Writes `sheet` as a PDF on pages of `size`; returns the bytes and the number of pages.
pub fn render(sheet: &Sheet, size: PageSize) -> Result<(Vec<u8>, usize), PdfError> {
    let face = Typeface::new()?;
    let (page_w, page_h) = size.points();
    let width = page_w - 2.0 * MARGIN;
    let footer_lines: Vec<Vec<String>> = sheet
        .footer
        .iter()
        .map(|l| face.wrap(l, 7.0, width))
        .collect();
    let footer_h = footer_lines.iter().map(Vec::len).sum::<usize>() as f32 * line_height(7.0)
        + line_height(7.0);
    let bottom = page_h - MARGIN - footer_h - FOOTER_GAP;

    let laid: Vec<Laid<'_>> = sheet.blocks.iter().map(|b| lay(b, &face, width)).collect();
    let pages = paginate(&laid, MARGIN, bottom);

    let mut document = Document::new_with(SerializeSettings {
        enable_tagging: true,
        ..SerializeSettings::default()
    });
    let mut tags = Tags {
        groups: vec![None; laid.len()],
    };
    let mut footer_group = TagGroup::new(Tag::Div);
    let settings = PageSettings::from_wh(page_w, page_h).ok_or(PdfError::Layout)?;
    for (index, placed) in pages.iter().enumerate() {
        let mut page = document.start_page_with(settings.clone());
        let mut surface = page.surface();
        let mut pen = Pen::new(&mut surface, &face);
        for &(b, piece, y) in placed {
            draw_piece(&mut pen, &laid[b], b, piece, MARGIN, y, width, &mut tags);
        }
        // The footer is real text on the last page and page furniture (read once) before it.
        let last = index + 1 == pages.len();
        let mut y = page_h - MARGIN - footer_h;
        pen.artifact(ArtifactType::Layout, |pen| {
            pen.line(
                (MARGIN, y - 4.0),
                (MARGIN + width, y - 4.0),
                palette::RULE,
                0.5,
            );
        });
        for lines in &footer_lines {
            let mut paragraph = TagGroup::new(Tag::P);
            for line in lines {
                let baseline = y + 7.0 * face.ascent;
                let draw = |pen: &mut Pen<'_, '_>| {
                    pen.text(MARGIN, baseline, line, 7.0, palette::MUTED, false);
                };
                if last {
                    paragraph.push(pen.span(draw));
                } else {
                    pen.artifact(ArtifactType::Footer, draw);
                }
                y += line_height(7.0);
            }
            if last {
                footer_group.push(paragraph);
            }
        }
        let number = sheet
            .page_of
            .replace("{page}", &(index + 1).to_string())
            .replace("{pages}", &pages.len().to_string());
        let number_w = face.width(&number, 7.0);
        pen.artifact(ArtifactType::PageNumber, |pen| {
            pen.text(
                MARGIN + width - number_w,
                y + 7.0 * face.ascent,
                &number,
                7.0,
                palette::MUTED,
                false,
            );
        });
        surface.finish();
        page.finish();
    }

    let mut tree = TagTree::new().with_lang(Some(sheet.lang.clone()));
    for group in tags.groups.into_iter().flatten() {
        tree.push(group);
    }
    tree.push(footer_group);
    document.set_tag_tree(tree);
    document.set_metadata(
        Metadata::new()
            .title(sheet.title.clone())
            .language(sheet.lang.clone())
            .creator(format!("carelevels {}", env!("CARGO_PKG_VERSION"))),
    );
    let bytes = document
        .finish()
        .map_err(|e| PdfError::Write(e.to_string()))?;
    Ok((bytes, pages.len()))
}

#[allow(clippy::too_many_arguments)]
fn draw_piece(
    pen: &mut Pen<'_, '_>,
    laid: &Laid<'_>,
    b: usize,
    piece: usize,
    x: f32,
    y: f32,
    width: f32,
    tags: &mut Tags,
) {
    match laid.block {
        Block::Heading { level, .. } => {
            let size = heading_size(*level);
            let before = if *level <= 1 { 0.0 } else { 6.0 };
            let mut baseline = y + before + size * pen.face.ascent;
            for line in &laid.lines {
                let id = pen.span(|pen| {
                    pen.text(x, baseline, line, size, palette::TEXT, true);
                });
                let level = NonZeroU16::new(u16::from((*level).max(1))).unwrap_or(NonZeroU16::MIN);
                tags.add(b, || Tag::Hn(level, None).into(), id);
                baseline += line_height(size);
            }
        }
        Block::Paragraph(p) => {
            let size = p.style.size();
            let Some(line) = laid.lines.get(piece) else {
                return;
            };
            let indent = if p.bullet { 10.0 } else { 0.0 };
            let baseline = y + size * pen.face.ascent;
            if p.bullet && piece == 0 {
                pen.artifact(ArtifactType::Layout, |pen| {
                    pen.text(x + 2.0, baseline, "•", size, p.style.color(), false);
                });
            }
            let id = pen.span(|pen| {
                pen.text(
                    x + indent,
                    baseline,
                    line,
                    size,
                    p.style.color(),
                    p.style == Style::Strong,
                );
            });
            tags.add(b, || Tag::P.into(), id);
        }
        Block::Callout { fill, color, .. } => {
            let height = laid.pieces[0] - 6.0;
            pen.artifact(ArtifactType::Layout, |pen| {
                pen.fill_rect(x, y, width, height, *fill)
            });
            let mut baseline = y + 6.0 + 10.5 * pen.face.ascent;
            for line in &laid.lines {
                let id = pen.span(|pen| {
                    pen.text(x + 8.0, baseline, line, 10.5, *color, true);
                });
                tags.add(b, || Tag::P.into(), id);
                baseline += line_height(10.5);
            }
        }
        Block::Week(week) => {
            let id = pen.figure(|pen| week.draw(pen, x, y, width));
            tags.add(b, || Tag::Figure(Some(week.alt_text.clone())).into(), id);
        }
        Block::Timeline(timeline) => {
            let id = pen.figure(|pen| timeline.draw(pen, x, y, width));
            tags.add(
                b,
                || Tag::Figure(Some(timeline.alt_text.clone())).into(),
                id,
            );
        }
        Block::Table(_) => draw_table_rows(pen, laid, b, piece, x, y, width, tags),
        Block::Legend(items) => {
            let mut paragraph = Vec::new();
            for (row, entries) in legend_rows(items, pen.face, width).iter().enumerate() {
                let top = y + row as f32 * 11.0 + 1.0;
                for (dx, item) in entries {
                    let sx = x + dx;
                    pen.artifact(ArtifactType::Layout, |pen| match item.swatch {
                        Swatch::Fill(color) => {
                            pen.fill_rect(sx, top, 10.0, 7.0, color);
                            pen.stroke_rect(sx, top, 10.0, 7.0, palette::OUTLINE, 0.4);
                        }
                        Swatch::Hatched => {
                            pen.fill_rect(sx, top, 10.0, 7.0, palette::COMMITMENT_FILL);
                            pen.hatch(sx, top, 10.0, 7.0, palette::COMMITMENT_HATCH, 3.0);
                            pen.stroke_rect(sx, top, 10.0, 7.0, palette::OUTLINE, 0.4);
                        }
                        Swatch::Clash => {
                            pen.fill_rect_alpha(sx, top, 10.0, 7.0, palette::CLASH, 0.16);
                            pen.stroke_rect(sx, top, 10.0, 7.0, palette::CLASH, 1.2);
                        }
                    });
                    let id = pen.span(|pen| {
                        pen.text(sx + 14.0, top + 6.5, &item.label, 7.5, palette::TEXT, false);
                    });
                    paragraph.push(Node::from(id));
                }
            }
            for id in paragraph {
                tags.add(b, || Tag::P.into(), id);
            }
        }
        Block::Gap(_) => {}
    }
}

/// One piece of a table: the header and first row together, or one later row.
#[allow(clippy::too_many_arguments)]
fn draw_table_rows(
    pen: &mut Pen<'_, '_>,
    laid: &Laid<'_>,
    b: usize,
    piece: usize,
    x: f32,
    y: f32,
    width: f32,
    tags: &mut Tags,
) {
    let rows: Vec<usize> = if piece == 0 {
        vec![0, 1]
    } else {
        vec![piece + 1]
    };
    let count = laid.cells.first().map_or(0, Vec::len);
    let columns = table_columns(count, width);
    let mut top = y;
    for r in rows {
        let Some(cells) = laid.cells.get(r) else {
            continue;
        };
        let lines = cells.iter().map(Vec::len).max().unwrap_or(0).max(1);
        let height = lines as f32 * line_height(TABLE_SIZE) + 2.0 * TABLE_PAD;
        let header = r == 0;
        pen.artifact(ArtifactType::Layout, |pen| {
            if header {
                pen.fill_rect(x, top, width, height, palette::SHADE);
            }
            pen.line(
                (x, top + height),
                (x + width, top + height),
                palette::RULE,
                0.5,
            );
        });
        let mut row = TagGroup::new(Tag::TR);
        let mut cx = x;
        for (c, (cell, w)) in cells.iter().zip(&columns).enumerate() {
            let kind: TagKind = if header {
                Tag::TH(TableHeaderScope::Column).into()
            } else if c == 0 {
                Tag::TH(TableHeaderScope::Row).into()
            } else {
                Tag::TD.into()
            };
            let mut group = TagGroup::new(kind);
            let mut baseline = top + TABLE_PAD + TABLE_SIZE * pen.face.ascent;
            for line in cell {
                let strong = header || c == 0;
                let id: Identifier = pen.span(|pen| {
                    pen.text(
                        cx + TABLE_PAD,
                        baseline,
                        line,
                        TABLE_SIZE,
                        palette::TEXT,
                        strong,
                    );
                });
                group.push(id);
                baseline += line_height(TABLE_SIZE);
            }
            row.push(group);
            cx += w;
        }
        tags.add(b, || Tag::Table.into(), row);
        top += height;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sheet(blocks: Vec<Block>) -> Sheet {
        Sheet {
            title: "Test".into(),
            lang: "en".into(),
            blocks,
            footer: vec!["Help line".into()],
            page_of: "Page {page} of {pages}".into(),
        }
    }

    #[test]
    fn a_short_sheet_is_one_page_and_a_long_list_breaks_onto_more() {
        let short = sheet(vec![
            Block::Heading {
                text: "Title".into(),
                level: 1,
            },
            Paragraph::new("One line.", Style::Body),
        ]);
        let (bytes, pages) = render(&short, PageSize::Letter).expect("renders");
        assert!(bytes.starts_with(b"%PDF-"));
        assert_eq!(pages, 1);

        let mut blocks = vec![Block::Heading {
            text: "Findings".into(),
            level: 2,
        }];
        for i in 0..150 {
            blocks.push(Paragraph::bullet(
                format!("Finding number {i}, which says what to look at."),
                Style::Body,
            ));
        }
        let (_, pages) = render(&sheet(blocks), PageSize::A4).expect("renders");
        assert!(pages >= 2, "{pages}");
    }

    #[test]
    fn pagination_keeps_pieces_inside_the_body_and_headings_with_what_follows() {
        let face = Typeface::new().expect("face");
        let mut blocks = Vec::new();
        for i in 0..40 {
            blocks.push(Block::Heading {
                text: format!("Section {i}"),
                level: 2,
            });
            blocks.push(Paragraph::new("word ".repeat(60), Style::Body));
            blocks.push(Block::Gap(8.0));
        }
        let laid: Vec<Laid<'_>> = blocks.iter().map(|b| lay(b, &face, 500.0)).collect();
        let pages = paginate(&laid, 36.0, 700.0);
        assert!(pages.len() > 2);
        for page in &pages {
            let &(first, _, _) = page.first().expect("no empty page");
            assert!(
                !matches!(laid[first].block, Block::Gap(_)),
                "a page starts with a gap"
            );
            let &(last, piece, y) = page.last().expect("no empty page");
            assert!(y + laid[last].pieces[piece] <= 700.0 + 0.01);
            assert!(
                !matches!(laid[last].block, Block::Heading { .. }),
                "a heading ends a page"
            );
        }
    }

    #[test]
    fn a_heading_moves_to_the_next_page_with_its_verdict_and_picture() {
        let face = Typeface::new().expect("face");
        let picture = Block::Week(WeekPicture {
            first_hour: 8,
            last_hour: 20,
            ..WeekPicture::default()
        });
        let mut blocks = vec![Paragraph::new("word ".repeat(600), Style::Body)];
        blocks.extend([
            Block::Heading {
                text: "2. Hillcrest".into(),
                level: 2,
            },
            Paragraph::new("Verdict", Style::Body),
            Block::Heading {
                text: "The week".into(),
                level: 2,
            },
            picture,
            Block::Heading {
                text: "What to look at".into(),
                level: 2,
            },
            Paragraph::new("Nothing to change.", Style::Body),
        ]);
        let laid: Vec<Laid<'_>> = blocks.iter().map(|b| lay(b, &face, 500.0)).collect();
        let pages = paginate(&laid, 36.0, 700.0);
        assert_eq!(pages.len(), 2);
        let (first, _, _) = pages[1][0];
        assert_eq!(first, 1, "the heading starts page 2 with its picture");
        // The findings' heading only keeps its next piece: it does not reach past its section.
        assert_eq!(kept_with_heading(&laid, 5, 664.0), laid[6].pieces[0]);
    }

    #[test]
    fn a_table_wraps_its_cells_and_keeps_the_header_with_the_first_row() {
        let face = Typeface::new().expect("face");
        let table = Block::Table(Table {
            header: vec![
                "".into(),
                "Riverside evening IOP".into(),
                "Hillview day program".into(),
            ],
            rows: vec![
                vec!["Level".into(), "IOP".into(), "Day program".into()],
                vec![
                    "Clashes with my week".into(),
                    "None".into(),
                    "Mon 09:00-14:00 clashes with Work".into(),
                ],
            ],
        });
        let laid = lay(&table, &face, 300.0);
        assert_eq!(laid.pieces.len(), 2);
        assert_eq!(laid.cells.len(), 3);
        assert!(laid.cells[2][2].len() > 1, "{:?}", laid.cells[2][2]);
        let (_, pages) = render(&sheet(vec![table]), PageSize::Letter).expect("renders");
        assert_eq!(pages, 1);
    }
}
