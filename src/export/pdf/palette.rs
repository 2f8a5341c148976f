//! The colours of printed pages: the planner's light-theme colours, copied here because the
//! core may not import egui (the values match `ui::planner::grid::kind_color` in light mode).

/// A colour as 8-bit red, green, blue.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// Fills for the seven kinds of session, in `plan::SessionKind::ALL` order (Group first).
pub const KIND_FILLS: [Rgb; 7] = [
    Rgb(0x9c, 0xc3, 0xf5),
    Rgb(0xa8, 0xdb, 0xa8),
    Rgb(0xf7, 0xc5, 0x8b),
    Rgb(0xe0, 0xa9, 0xe6),
    Rgb(0xf0, 0xdf, 0x86),
    Rgb(0x8f, 0xd9, 0xd3),
    Rgb(0xcf, 0xc6, 0xba),
];

/// The fill of a session kind by its index; past the list, the "Other" colour.
pub fn kind_fill(index: usize) -> Rgb {
    KIND_FILLS.get(index).copied().unwrap_or(KIND_FILLS[6])
}

/// Commitment blocks: a light grey fill under darker grey hatching.
pub const COMMITMENT_FILL: Rgb = Rgb(222, 222, 222);
pub const COMMITMENT_HATCH: Rgb = Rgb(182, 182, 182);

/// Body text, and text on block fills.
pub const TEXT: Rgb = Rgb(20, 20, 20);
/// Secondary text: the line under the title, hour labels, the footer.
pub const MUTED: Rgb = Rgb(90, 90, 90);
/// Grid lines and table rules.
pub const RULE: Rgb = Rgb(200, 200, 200);
/// Block outlines.
pub const OUTLINE: Rgb = Rgb(130, 130, 130);
/// Table headers and the bar row's track.
pub const SHADE: Rgb = Rgb(240, 240, 240);
/// Clashes: outlines, bands and their label (dark enough to read as text on white).
pub const CLASH: Rgb = Rgb(196, 30, 30);
/// Hour bars under the grid and on the timeline.
pub const BAR: Rgb = Rgb(0x2f, 0x5d, 0x8f);

/// The verdict box: the planner's results panel, light theme (`ui::planner::results`).
pub const MEETS_FILL: Rgb = Rgb(218, 242, 224);
pub const MEETS_TEXT: Rgb = Rgb(18, 88, 40);
pub const FAILS_FILL: Rgb = Rgb(252, 226, 223);
pub const FAILS_TEXT: Rgb = Rgb(150, 32, 24);
