//! The app's own folder: the autosaves of unsaved work, and the built-in templates.
//!
//! Plans the user saves live in their own files; this folder only holds crash-safety copies of
//! the documents being edited, so a crash or power cut loses at most a few seconds of work.
//! The autosaves themselves ([`Autosave`]) live in [`super::autosave`].

use std::path::{Path, PathBuf};

use super::Plan;
use super::file;

pub use super::autosave::{Autosave, Recovery, Slot, Unreadable};

/// The starting points offered in the planner, embedded from `data/examples/`.
const TEMPLATES: [&str; 7] = [
    include_str!("../../data/examples/evening-iop.ron"),
    include_str!("../../data/examples/morning-iop.ron"),
    include_str!("../../data/examples/after-school-adolescent-iop.ron"),
    include_str!("../../data/examples/day-program.ron"),
    include_str!("../../data/examples/weekly-outpatient.ron"),
    include_str!("../../data/examples/step-down-day-program-iop-outpatient.ron"),
    include_str!("../../data/examples/iop-stepping-down-to-outpatient.ron"),
];

/// The built-in template plans, in menu order, parsed once (the File menu lists them on every
/// frame it is open). They are checked by `cargo test`.
pub fn templates() -> &'static [Plan] {
    static PARSED: std::sync::OnceLock<Vec<Plan>> = std::sync::OnceLock::new();
    PARSED.get_or_init(|| {
        TEMPLATES
            .iter()
            .filter_map(|text| file::parse(text).ok())
            .collect()
    })
}

/// The folder where the app keeps its autosaves.
#[derive(Clone, Debug)]
pub struct Workspace {
    dir: PathBuf,
}

impl Workspace {
    /// The user's data folder for carelevels (e.g. `~/.local/share/carelevels`), if the system
    /// has one.
    pub fn for_user() -> Option<Workspace> {
        directories::ProjectDirs::from("org", "carelevels", "carelevels").map(|dirs| Workspace {
            dir: dirs.data_dir().to_owned(),
        })
    }

    /// A workspace in a given folder (tests use a temporary one).
    pub fn at(dir: impl Into<PathBuf>) -> Workspace {
        Workspace { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The folder of the autosaves, one file per open document of each running window.
    pub fn autosave_dir(&self) -> PathBuf {
        self.dir.join("autosave")
    }

    /// Where autosaves that cannot be read are moved, so they are never deleted unread.
    pub fn unreadable_dir(&self) -> PathBuf {
        self.autosave_dir().join("unreadable")
    }

    /// Every autosave file there is now, whoever owns it (tests and diagnostics).
    pub fn autosave_files(&self) -> Vec<PathBuf> {
        let Ok(entries) = std::fs::read_dir(self.autosave_dir()) else {
            return Vec::new();
        };
        let mut files: Vec<PathBuf> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ron"))
            .collect();
        files.sort();
        files
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Catalog;
    use crate::check::check_plan;

    #[test]
    fn every_template_loads_and_meets_its_level() {
        let templates = templates();
        assert_eq!(templates.len(), TEMPLATES.len());
        for plan in templates {
            let report = check_plan(plan, Catalog::builtin(), None).unwrap();
            assert!(report.meets(), "{}: {:?}", plan.name, report.phases);
        }
    }
}
