//! One sanitiser for every text that leaves the app for a person to read: the terminal report,
//! the window title, the text, calendar and PDF exports.
//!
//! A plan's names and titles come from files anyone can write. Sent raw, an ESC or BEL starts a
//! terminal control sequence (recolour, retitle, beep, move the cursor), a line break forges a
//! line of the report, and a bidi override (U+202E) makes "Mon 09:00" read backwards. So, at the
//! output edges (never in the checker or the files, which keep the text exactly as written):
//!
//! - tab, line feed, carriage return, the C1 "next line" and the Unicode line and paragraph
//!   separators become a space: a title stays on its line;
//! - every other C0 control and DEL is made visible as its Unicode control picture
//!   (ESC shows as `␛`, BEL as `␇`), so a person sees that something odd is in the file;
//! - C1 controls (U+0080 to U+009F) show as `�`: some terminals act on them as escapes;
//! - the bidi embeddings, overrides and isolates (U+202A to U+202E, U+2066 to U+2069) are
//!   removed: they reorder the text that follows them, past the end of the title, and a
//!   plan's title never needs them;
//! - the left-to-right and right-to-left marks (U+200E, U+200F) and the Arabic letter mark
//!   (U+061C) are kept: they have no scope (they cannot reorder anything past the title) and
//!   people writing Arabic or Hebrew use them to place punctuation correctly.
//!
//! JSON output does not use this: serde escapes every control character, and a program reading
//! the JSON must get the text exactly as the file has it.

use std::borrow::Cow;

/// What happens to one character on its way out.
enum Fate {
    Keep,
    Space,
    Show(char),
    Drop,
}

fn fate(c: char) -> Fate {
    match c {
        '\t' | '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => Fate::Space,
        // U+2400 + code: the control pictures block lines up with C0.
        '\0'..='\u{1f}' => Fate::Show(char::from_u32(0x2400 + c as u32).unwrap_or('\u{fffd}')),
        '\u{7f}' => Fate::Show('\u{2421}'),
        '\u{80}'..='\u{9f}' => Fate::Show('\u{fffd}'),
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => Fate::Drop,
        _ => Fate::Keep,
    }
}

/// `text` safe to show: see the module's notes for what changes. Borrows when nothing does.
pub fn for_display(text: &str) -> Cow<'_, str> {
    if text.chars().all(|c| matches!(fate(c), Fate::Keep)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match fate(c) {
            Fate::Keep => out.push(c),
            Fate::Space => out.push(' '),
            Fate::Show(shown) => out.push(shown),
            Fate::Drop => {}
        }
    }
    Cow::Owned(out)
}

/// [`for_display`], trimmed: a name or title on one line.
pub fn one_line(text: &str) -> String {
    for_display(text).trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed_unchanged() {
        let text = "Evening IOP, naïve café, العربية, 日本語 \u{200f}";
        assert!(matches!(for_display(text), Cow::Borrowed(t) if t == text));
    }

    #[test]
    fn escape_sequences_and_bells_are_made_visible() {
        let shown = for_display("Group\u{1b}]0;pwned\u{7}\u{1b}[2J");
        assert_eq!(shown, "Group\u{241b}]0;pwned\u{2407}\u{241b}[2J");
        assert!(!shown.chars().any(char::is_control), "{shown}");
        assert_eq!(for_display("a\u{7f}b\u{9b}c"), "a\u{2421}b\u{fffd}c");
        assert_eq!(for_display("nul\0"), "nul\u{2400}");
    }

    #[test]
    fn line_breaks_become_spaces() {
        assert_eq!(
            for_display("Work\nMon 09:00 fake line\r\tend\u{2028}x\u{85}y"),
            "Work Mon 09:00 fake line  end x y"
        );
        assert_eq!(one_line("  two\nlines \n"), "two lines");
    }

    #[test]
    fn bidi_overrides_and_isolates_are_removed_marks_are_kept() {
        assert_eq!(for_display("abc\u{202e}fed\u{202c}"), "abcfed");
        assert_eq!(
            for_display("\u{2066}a\u{2067}b\u{2068}c\u{2069}\u{202a}\u{202b}\u{202d}"),
            "abc"
        );
        assert_eq!(
            for_display("\u{200e}x\u{200f}\u{61c}"),
            "\u{200e}x\u{200f}\u{61c}"
        );
    }

    #[test]
    fn nothing_dangerous_survives_any_input() {
        // Every character up to U+FFFF, in one string: nothing that a terminal acts on is left.
        let all: String = (0u32..=0xffff).filter_map(char::from_u32).collect();
        let shown = for_display(&all);
        assert!(!shown.chars().any(|c| c.is_control()));
        assert!(
            !shown
                .chars()
                .any(|c| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
        );
    }
}
