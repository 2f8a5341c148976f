//! Every keyboard shortcut of the app, in one table. The shell reads key presses through
//! [`pressed`], and the menus and tooltips show the keys from the same table ([`keys_text`]), so
//! a shortcut cannot work one way and be shown another.

use egui::{Key, KeyboardShortcut, Modifiers};

use super::app::View;

/// Something a shortcut does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    New,
    Open,
    Save,
    SaveAs,
    Undo,
    Redo,
    /// Show a view (Ctrl+1, Ctrl+2, ... in tab order).
    Show(View),
    Help,
    /// Text size, in the usual steps (see [`zoom_step`]); egui's own zoom keys are off.
    ZoomIn,
    ZoomOut,
    ZoomReset,
}

const fn cmd(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND, key)
}

const fn cmd_shift(key: Key) -> KeyboardShortcut {
    KeyboardShortcut::new(Modifiers::COMMAND.plus(Modifiers::SHIFT), key)
}

/// The keys for the views, in tab order.
const VIEW_KEYS: [Key; 9] = [
    Key::Num1,
    Key::Num2,
    Key::Num3,
    Key::Num4,
    Key::Num5,
    Key::Num6,
    Key::Num7,
    Key::Num8,
    Key::Num9,
];

/// The table: each action and its keys, the first shown in menus. Order matters where one
/// shortcut contains another: Ctrl+Shift+S before Ctrl+S, Ctrl+Shift+Z before Ctrl+Z (egui
/// matches Ctrl+S on Ctrl+Shift+S too, so the longer one is consumed first).
pub fn table() -> Vec<(Action, Vec<KeyboardShortcut>)> {
    use egui::gui_zoom::kb_shortcuts as zoom;
    let mut table = vec![
        (Action::SaveAs, vec![cmd_shift(Key::S)]),
        (Action::Save, vec![cmd(Key::S)]),
        (Action::Open, vec![cmd(Key::O)]),
        (Action::New, vec![cmd(Key::N)]),
        (Action::Redo, vec![cmd_shift(Key::Z), cmd(Key::Y)]),
        (Action::Undo, vec![cmd(Key::Z)]),
        (
            Action::Help,
            vec![KeyboardShortcut::new(Modifiers::NONE, Key::F1)],
        ),
        (Action::ZoomIn, vec![zoom::ZOOM_IN, zoom::ZOOM_IN_SECONDARY]),
        (Action::ZoomOut, vec![zoom::ZOOM_OUT]),
        (Action::ZoomReset, vec![zoom::ZOOM_RESET]),
    ];
    for (view, key) in View::ALL.into_iter().zip(VIEW_KEYS) {
        table.push((Action::Show(view), vec![cmd(key)]));
    }
    table
}

/// Text sizes the zoom keys step through, as other desktop apps offer them.
pub const ZOOM_STEPS: [f32; 9] = [0.8, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5];

/// The next text size up (`larger`) or down from `current`.
pub fn zoom_step(current: f32, larger: bool) -> f32 {
    let next = if larger {
        ZOOM_STEPS.iter().copied().find(|&z| z > current + 0.01)
    } else {
        ZOOM_STEPS
            .iter()
            .rev()
            .copied()
            .find(|&z| z < current - 0.01)
    };
    next.unwrap_or(current)
}

/// The keys of `action`, e.g. "Ctrl+Shift+S", as this platform writes them ("" if none).
pub fn keys_text(ctx: &egui::Context, action: Action) -> String {
    table()
        .into_iter()
        .find(|(a, _)| *a == action)
        .and_then(|(_, keys)| keys.first().map(|k| ctx.format_shortcut(k)))
        .unwrap_or_default()
}

/// Whether an action is for the app to run when a text field has the keyboard: file and view
/// shortcuts are; undo and redo belong to the text field then (it has its own undo).
fn works_while_typing(action: Action) -> bool {
    !matches!(action, Action::Undo | Action::Redo)
}

/// The actions whose keys were pressed this frame, consumed so nothing else acts on them.
pub fn pressed(ctx: &egui::Context) -> Vec<Action> {
    // Only a text field keeps Ctrl+Z: a block just moved with the arrows has the focus too,
    // and Ctrl+Z then undoes the move.
    let typing = ctx.text_edit_focused();
    let table = table();
    ctx.input_mut(|i| {
        let mut actions = Vec::new();
        for (action, keys) in &table {
            if typing && !works_while_typing(*action) {
                continue;
            }
            if keys.iter().any(|k| i.consume_shortcut(k)) {
                actions.push(*action);
            }
        }
        actions
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zoom_goes_through_the_usual_steps_and_stops_at_the_ends() {
        let mut z = 1.0;
        let mut seen = vec![];
        for _ in 0..10 {
            z = zoom_step(z, true);
            seen.push(z);
        }
        assert_eq!(&seen[..5], &[1.1, 1.25, 1.5, 1.75, 2.0]);
        assert_eq!(*seen.last().unwrap(), 2.5);
        assert_eq!(
            zoom_step(1.2, false),
            1.1,
            "from between steps, the next one down"
        );
        assert_eq!(zoom_step(0.8, false), 0.8);
    }

    #[test]
    fn no_two_actions_share_a_key() {
        let table = table();
        let keys: Vec<KeyboardShortcut> = table.iter().flat_map(|(_, k)| k.clone()).collect();
        for (i, a) in keys.iter().enumerate() {
            assert!(!keys[i + 1..].contains(a), "{a:?} is bound twice");
        }
        for view in View::ALL {
            assert!(table.iter().any(|(a, _)| *a == Action::Show(view)));
        }
    }

    #[test]
    fn longer_shortcuts_come_first() {
        let table = table();
        let at = |action| table.iter().position(|(a, _)| *a == action).unwrap();
        assert!(at(Action::SaveAs) < at(Action::Save));
        assert!(at(Action::Redo) < at(Action::Undo));
    }
}
