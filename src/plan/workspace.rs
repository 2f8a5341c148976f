//! The app's own folder: the autosaved working plan, and the built-in templates.
//!
//! Plans the user saves live in their own files; this folder only holds the crash-safety copy
//! of the plan being edited, so a crash or power cut loses at most a few seconds of work.

use std::path::{Path, PathBuf};

use super::Plan;
use super::file::{self, PlanFileError};

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

/// The folder where the app keeps its autosave.
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

    /// Where the working plan is autosaved.
    pub fn autosave_path(&self) -> PathBuf {
        self.dir.join("autosave.ron")
    }

    /// Where the autosaved plan's own file is noted, so a restored plan saves back there.
    fn source_path(&self) -> PathBuf {
        self.dir.join("autosave-source.txt")
    }

    /// Saves the working plan (atomically), creating the folder if needed, and notes which
    /// file it came from.
    pub fn autosave(&self, plan: &Plan, source: Option<&Path>) -> Result<(), PlanFileError> {
        std::fs::create_dir_all(&self.dir).map_err(|source| PlanFileError::Write {
            path: self.dir.clone(),
            source,
        })?;
        file::save(&self.autosave_path(), plan)?;
        match source {
            Some(path) => file::write_atomic(&self.source_path(), &*path.to_string_lossy()),
            None => {
                let _ = std::fs::remove_file(self.source_path());
                Ok(())
            }
        }
    }

    /// The autosaved plan left by a session that did not end cleanly, if any, with the file it
    /// came from. An unreadable autosave is reported, not silently dropped.
    pub fn recover(&self) -> Option<Result<(Plan, Option<PathBuf>), PlanFileError>> {
        let path = self.autosave_path();
        path.exists().then(|| {
            let source = std::fs::read_to_string(self.source_path())
                .ok()
                .map(PathBuf::from)
                .filter(|p| !p.as_os_str().is_empty());
            file::load(&path).map(|plan| (plan, source))
        })
    }

    /// Forgets the autosave (after a clean exit, or when the user declines to restore it).
    pub fn clear(&self) {
        let _ = std::fs::remove_file(self.autosave_path());
        let _ = std::fs::remove_file(self.source_path());
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

    #[test]
    fn autosave_round_trip_and_clear() {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::at(dir.path().join("nested"));
        assert!(ws.recover().is_none());
        let plan = templates()[0].clone();
        ws.autosave(&plan, None).unwrap();
        assert_eq!(ws.recover().unwrap().unwrap(), (plan.clone(), None));
        let from = dir.path().join("week.ron");
        ws.autosave(&plan, Some(&from)).unwrap();
        assert_eq!(ws.recover().unwrap().unwrap(), (plan, Some(from)));
        ws.clear();
        assert!(ws.recover().is_none());
    }
}
