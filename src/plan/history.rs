//! Undo and redo for document edits (plans, programs files): whole-document snapshots, which
//! are small and make every edit undoable without each one having to know how to reverse itself.

use super::Plan;

/// How many steps back undo can go.
const LIMIT: usize = 200;

/// A document (a [`Plan`] unless said otherwise) with its undo and redo stacks and a revision
/// counter that changes on every edit, so views can cache work (like the check report) until
/// the document changes.
#[derive(Clone, Debug, Default)]
pub struct History<T = Plan> {
    plan: T,
    undo: Vec<T>,
    redo: Vec<T>,
    revision: u64,
}

/// Where a document being edited lives on disk, and whether it differs from what was last
/// opened or saved there. The planner and the programs view each keep one beside their
/// [`History`].
#[derive(Debug)]
pub struct OnDisk<T> {
    /// The file it was opened from or last saved to.
    path: Option<std::path::PathBuf>,
    /// The document as last opened or saved.
    saved: T,
    /// `is_dirty`'s answer for the revision it was worked out at.
    dirty: Option<(u64, bool)>,
}

impl<T: Clone + PartialEq> OnDisk<T> {
    /// `saved` as it is in `path` (or in no file yet).
    pub fn new(saved: T, path: Option<std::path::PathBuf>) -> OnDisk<T> {
        OnDisk {
            path,
            saved,
            dirty: None,
        }
    }

    pub fn path(&self) -> Option<&std::path::Path> {
        self.path.as_deref()
    }

    /// Whether `current` (at `revision`) differs from the saved copy; compared once per
    /// revision.
    pub fn is_dirty(&mut self, current: &T, revision: u64) -> bool {
        match self.dirty {
            Some((at, dirty)) if at == revision => dirty,
            _ => {
                let dirty = current != &self.saved;
                self.dirty = Some((revision, dirty));
                dirty
            }
        }
    }

    /// `current` is now saved at `path`.
    pub fn saved_as(&mut self, current: &T, path: std::path::PathBuf) {
        *self = OnDisk::new(current.clone(), Some(path));
    }
}

impl History<Plan> {
    /// The current plan.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }
}

impl<T: Clone + PartialEq> History<T> {
    pub fn new(document: T) -> History<T> {
        History {
            plan: document,
            undo: Vec::new(),
            redo: Vec::new(),
            revision: 0,
        }
    }

    /// The current document.
    pub fn current(&self) -> &T {
        &self.plan
    }

    /// Bumps on every change, undo and redo included.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Applies `change` as one undoable step. Returns whether the document actually changed;
    /// a change that leaves it equal records nothing.
    pub fn edit(&mut self, change: impl FnOnce(&mut T)) -> bool {
        let before = self.plan.clone();
        change(&mut self.plan);
        if self.plan == before {
            return false;
        }
        self.undo.push(before);
        if self.undo.len() > LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
        self.revision += 1;
        true
    }

    /// Replaces the whole document (New, Open, a template) and forgets the history.
    pub fn replace(&mut self, plan: T) {
        self.plan = plan;
        self.undo.clear();
        self.redo.clear();
        self.revision += 1;
    }

    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// Steps back one edit; false when there is nothing to undo.
    pub fn undo(&mut self) -> bool {
        let Some(previous) = self.undo.pop() else {
            return false;
        };
        self.redo.push(std::mem::replace(&mut self.plan, previous));
        self.revision += 1;
        true
    }

    /// Re-applies the last undone edit; false when there is nothing to redo.
    pub fn redo(&mut self) -> bool {
        let Some(next) = self.redo.pop() else {
            return false;
        };
        self.undo.push(std::mem::replace(&mut self.plan, next));
        self.revision += 1;
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::LevelId;

    #[test]
    fn undo_and_redo_walk_the_edits() {
        let mut h = History::new(Plan::new(LevelId::Iop));
        assert!(h.edit(|p| p.name = "one".into()));
        assert!(h.edit(|p| p.name = "two".into()));
        assert!(
            !h.edit(|p| p.name = "two".into()),
            "no-op edits are not recorded"
        );
        assert!(h.undo());
        assert_eq!(h.plan().name, "one");
        assert!(h.redo());
        assert_eq!(h.plan().name, "two");
        assert!(h.undo() && h.undo());
        assert_eq!(h.plan().name, "");
        assert!(!h.undo());
        h.edit(|p| p.phases[0].level = LevelId::Outpatient);
        assert!(!h.can_redo(), "a new edit drops the redo stack");
    }

    #[test]
    fn the_revision_changes_with_every_change() {
        let mut h = History::<Plan>::default();
        let r0 = h.revision();
        h.edit(|p| p.name = "x".into());
        let r1 = h.revision();
        h.undo();
        let r2 = h.revision();
        assert!(r0 < r1 && r1 < r2);
    }

    #[test]
    fn on_disk_tells_unsaved_changes_and_forgets_them_once_saved() {
        let mut disk = OnDisk::new(1, None);
        assert!(!disk.is_dirty(&1, 0));
        assert!(disk.is_dirty(&2, 1));
        assert!(
            disk.is_dirty(&2, 1),
            "the same revision gives the same answer"
        );
        assert!(!disk.is_dirty(&1, 2), "back to the saved value");
        disk.saved_as(&2, "x.ron".into());
        assert_eq!(disk.path(), Some(std::path::Path::new("x.ron")));
        assert!(!disk.is_dirty(&2, 2), "a save at the same revision is seen");
    }
}
