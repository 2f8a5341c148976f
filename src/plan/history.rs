//! Undo and redo for plan edits: whole-plan snapshots, which are small and make every edit
//! undoable without each one having to know how to reverse itself.

use super::Plan;

/// How many steps back undo can go.
const LIMIT: usize = 200;

/// A plan with its undo and redo stacks and a revision counter that changes on every edit,
/// so views can cache work (like the check report) until the plan changes.
#[derive(Clone, Debug, Default)]
pub struct History {
    plan: Plan,
    undo: Vec<Plan>,
    redo: Vec<Plan>,
    revision: u64,
}

impl History {
    pub fn new(plan: Plan) -> History {
        History {
            plan,
            ..History::default()
        }
    }

    /// The current plan.
    pub fn plan(&self) -> &Plan {
        &self.plan
    }

    /// Bumps on every change, undo and redo included.
    pub fn revision(&self) -> u64 {
        self.revision
    }

    /// Applies `change` as one undoable step. Returns whether the plan actually changed;
    /// a change that leaves the plan equal records nothing.
    pub fn edit(&mut self, change: impl FnOnce(&mut Plan)) -> bool {
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

    /// Replaces the whole plan (New, Open, a template) and forgets the history.
    pub fn replace(&mut self, plan: Plan) {
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
        let mut h = History::default();
        let r0 = h.revision();
        h.edit(|p| p.name = "x".into());
        let r1 = h.revision();
        h.undo();
        let r2 = h.revision();
        assert!(r0 < r1 && r1 < r2);
    }
}
