//! Autosaves: one file per open document of each running window, owned by that window.
//!
//! Each running window (an [`Autosave`]) takes an id and holds an exclusive lock on
//! `autosave/<id>.lock` for as long as it runs; the operating system lets go of the lock when
//! the process ends, however it ends. Its documents are autosaved to `autosave/<id>.<slot>.ron`,
//! each one file written atomically that holds both the document and the path of the file it
//! belongs to, so a document can never be paired with another document's file.
//!
//! A window offers back ([`Autosave::recoverable`]) only autosaves whose lock it can take: their
//! window is gone. While offered, the lock stays with the offering window, so no second window
//! offers or touches them; they are removed only when the person answers ([`Recovery::forget`]).
//! Closing without answering leaves them for next time. An autosave that cannot be read is moved
//! to `autosave/unreadable/`, never deleted, and the app says where.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::disk;
use super::file::{MAX_FILE_BYTES, PlanError, PlanFileError, WriteProblem};
use super::workspace::Workspace;
use crate::document::{self, Document};

/// Which of a window's open documents an autosave holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Slot {
    /// The plan in "Plan my week".
    Plan,
    /// The programs file in "My programs".
    Programs,
}

impl Slot {
    pub const ALL: [Slot; 2] = [Slot::Plan, Slot::Programs];

    fn code(self) -> &'static str {
        match self {
            Slot::Plan => "plan",
            Slot::Programs => "programs",
        }
    }

    fn from_code(code: &str) -> Option<Slot> {
        Slot::ALL.into_iter().find(|s| s.code() == code)
    }
}

/// The one file of an autosave: the document's text and the file it came from, together.
#[derive(Serialize, Deserialize)]
#[serde(rename = "Autosave", deny_unknown_fields)]
struct Envelope {
    /// The document's own file; `None` for one never saved. A path that is not UTF-8 is not
    /// kept (the restored document then asks where to save, rather than guess a file).
    source: Option<String>,
    /// The document in its canonical file form.
    document: String,
}

/// An autosave's text can be larger than its document (quotes and line breaks are escaped).
const MAX_AUTOSAVE_BYTES: u64 = 3 * MAX_FILE_BYTES;

/// This window's autosaves, and the lock that says the window is running.
#[derive(Debug)]
pub struct Autosave {
    workspace: Workspace,
    id: String,
    /// Held until drop: while it is held, no other window treats these autosaves as left over.
    lock: Option<File>,
}

/// A document another window left unsaved, held for this window until the person answers.
#[derive(Debug)]
pub struct Recovery {
    pub slot: Slot,
    pub document: Document,
    pub source: Option<PathBuf>,
    /// The autosave file.
    file: PathBuf,
    /// The gone window's lock, now held here; shared by all its documents.
    _owner: Arc<File>,
}

/// An autosave that could not be read, and where it was moved.
#[derive(Debug)]
pub struct Unreadable {
    pub error: PlanFileError,
    /// `None` when it could not be moved either: it stays where it was.
    pub moved_to: Option<PathBuf>,
}

impl Autosave {
    /// Starts this window's autosaves in `workspace`, creating the folder when needed.
    pub fn start(workspace: &Workspace) -> Result<Autosave, PlanFileError> {
        let dir = workspace.autosave_dir();
        let write_err = |source: io::Error| PlanFileError::Write {
            path: dir.clone(),
            problem: WriteProblem::Other,
            existed: false,
            source: Some(source),
        };
        std::fs::create_dir_all(&dir).map_err(write_err)?;
        disk::clean_stale_temps(&dir);
        let stamp = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        for attempt in 0..16u32 {
            let id = format!("{}-{stamp:x}-{attempt}", std::process::id());
            let lock_path = dir.join(format!("{id}.lock"));
            match OpenOptions::new()
                .write(true)
                .create_new(true)
                .open(&lock_path)
            {
                Ok(file) => {
                    file.try_lock().map_err(|e| write_err(e.into()))?;
                    // Another window's clean-up may have removed the lock file between its
                    // creation and the lock (it looked idle): then start again under a new name.
                    if !still_named(&file, &lock_path) {
                        continue;
                    }
                    return Ok(Autosave {
                        workspace: workspace.clone(),
                        id,
                        lock: Some(file),
                    });
                }
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(write_err(e)),
            }
        }
        Err(write_err(io::Error::other("no free autosave name")))
    }

    /// This window's id (part of its autosaves' file names).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The file `slot` is autosaved to.
    pub fn path(&self, slot: Slot) -> PathBuf {
        self.workspace
            .autosave_dir()
            .join(format!("{}.{}.ron", self.id, slot.code()))
    }

    /// Autosaves `document`, which belongs to `source` (or to no file yet): one atomic write.
    pub fn save(
        &self,
        slot: Slot,
        document: &Document,
        source: Option<&Path>,
    ) -> Result<(), PlanFileError> {
        let envelope = Envelope {
            source: source.and_then(|p| p.to_str()).map(str::to_owned),
            document: document::to_ron(document),
        };
        let options = ron::ser::PrettyConfig::new().struct_names(true);
        let text =
            ron::ser::to_string_pretty(&envelope, options).map_err(|e| PlanFileError::Write {
                path: self.path(slot),
                problem: WriteProblem::Other,
                existed: false,
                source: Some(io::Error::other(e.to_string())),
            })?;
        let text = format!(
            "// Unsaved work autosaved by carelevels. It is offered back if the window closes\n// without saving, and removed once the work is saved or discarded.\n{text}\n"
        );
        std::fs::create_dir_all(self.workspace.autosave_dir()).map_err(|source| {
            PlanFileError::Write {
                path: self.path(slot),
                problem: WriteProblem::NoFolder,
                existed: false,
                source: Some(source),
            }
        })?;
        disk::write_atomic(&self.path(slot), text)
    }

    /// Forgets `slot`'s autosave (its document was saved, or discarded by the person).
    pub fn clear(&self, slot: Slot) {
        let _ = std::fs::remove_file(self.path(slot));
    }

    /// Whether `slot` has an autosave now.
    pub fn has(&self, slot: Slot) -> bool {
        self.path(slot).is_file()
    }

    /// The autosaves of windows that are gone, each now held by this window until answered,
    /// and those that could not be read (moved aside).
    pub fn recoverable(&self) -> (Vec<Recovery>, Vec<Unreadable>) {
        let mut found = Vec::new();
        let mut unreadable = Vec::new();
        let dir = self.workspace.autosave_dir();
        let mut owners: Vec<(String, Vec<(Slot, PathBuf)>)> = Vec::new();
        for path in self.workspace.autosave_files() {
            let Some((id, slot)) = split_name(&path) else {
                continue;
            };
            if id == self.id {
                continue;
            }
            match owners.iter_mut().find(|(o, _)| *o == id) {
                Some((_, files)) => files.push((slot, path)),
                None => owners.push((id, vec![(slot, path)])),
            }
        }
        for (id, files) in owners {
            let Some(owner) = take_lock(&dir.join(format!("{id}.lock"))) else {
                continue; // that window is still running
            };
            let owner = Arc::new(owner);
            for (slot, file) in files {
                match read(&file) {
                    Ok((document, source)) => found.push(Recovery {
                        slot,
                        document,
                        source,
                        file,
                        _owner: Arc::clone(&owner),
                    }),
                    Err(PlanFileError::Read { source, .. })
                        if source.kind() == io::ErrorKind::NotFound => {}
                    Err(error) => unreadable.push(self.move_aside(&file, error)),
                }
            }
        }
        self.remove_idle_locks();
        (found, unreadable)
    }

    /// Moves an unreadable autosave to `unreadable/`, keeping its name.
    fn move_aside(&self, file: &Path, error: PlanFileError) -> Unreadable {
        let aside = self.workspace.unreadable_dir();
        let name = file.file_name().map(PathBuf::from).unwrap_or_default();
        let to = aside.join(name);
        let moved = std::fs::create_dir_all(&aside)
            .and_then(|()| std::fs::rename(file, &to))
            .is_ok();
        Unreadable {
            error,
            moved_to: moved.then_some(to),
        }
    }

    /// Removes the lock files of gone windows that left no autosave.
    fn remove_idle_locks(&self) {
        let Ok(entries) = std::fs::read_dir(self.workspace.autosave_dir()) else {
            return;
        };
        let files = self.workspace.autosave_files();
        for entry in entries.flatten() {
            let path = entry.path();
            let Some(id) = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_suffix(".lock"))
            else {
                continue;
            };
            let busy = id == self.id
                || files
                    .iter()
                    .any(|f| split_name(f).is_some_and(|(owner, _)| owner == id));
            if !busy && let Some(lock) = take_lock(&path) {
                let _ = std::fs::remove_file(&path);
                drop(lock);
            }
        }
    }
}

impl Drop for Autosave {
    /// A window that closes with nothing left unsaved removes its lock file too. One that
    /// leaves autosaves keeps it: the lock itself ends with the process.
    fn drop(&mut self) {
        let mine = Slot::ALL.iter().any(|&slot| self.has(slot));
        if !mine {
            let _ = std::fs::remove_file(
                self.workspace
                    .autosave_dir()
                    .join(format!("{}.lock", self.id)),
            );
        }
        self.lock.take();
    }
}

impl Recovery {
    /// The autosave file (for messages and tests).
    pub fn file(&self) -> &Path {
        &self.file
    }

    /// The person answered (restored it, and it is autosaved again as this window's; or
    /// discarded it): the left-over autosave goes.
    pub fn forget(self) {
        let _ = std::fs::remove_file(&self.file);
    }
}

/// `<id>.<slot>.ron` split into its id and slot.
fn split_name(path: &Path) -> Option<(String, Slot)> {
    let name = path.file_name()?.to_str()?.strip_suffix(".ron")?;
    let (id, slot) = name.rsplit_once('.')?;
    Some((id.to_owned(), Slot::from_code(slot)?))
}

/// Whether `path` still names the open `file`.
#[cfg(unix)]
fn still_named(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), std::fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn still_named(_file: &File, path: &Path) -> bool {
    path.exists()
}

/// The lock at `path` if no running window holds it (creating the file if it is gone).
fn take_lock(path: &Path) -> Option<File> {
    let file = OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(false)
        .open(path)
        .ok()?;
    file.try_lock().ok().map(|()| file)
}

/// Reads one autosave file: never blocks, never half-loads.
pub fn read(path: &Path) -> Result<(Document, Option<PathBuf>), PlanFileError> {
    let bytes = disk::read_limited_to(path, MAX_AUTOSAVE_BYTES)?;
    let invalid = |problem| PlanFileError::Invalid {
        path: path.to_owned(),
        problem,
    };
    let text = std::str::from_utf8(&bytes).map_err(|_| invalid(PlanError::NotText))?;
    let envelope: Envelope =
        ron::from_str(text).map_err(|e| invalid(super::file::syntax_error(&e)))?;
    let document = document::parse(&envelope.document).map_err(invalid)?;
    let source = envelope.source.filter(|s| !s.is_empty()).map(PathBuf::from);
    Ok((document, source))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::workspace::templates;

    fn plan_doc(name: &str) -> Document {
        let mut plan = templates()[0].clone();
        plan.name = name.into();
        Document::Plan(plan)
    }

    fn fixture() -> (tempfile::TempDir, Workspace) {
        let dir = tempfile::tempdir().unwrap();
        let ws = Workspace::at(dir.path().join("data"));
        (dir, ws)
    }

    #[test]
    fn document_and_source_are_one_file_and_read_back_together() {
        let (dir, ws) = fixture();
        let a = Autosave::start(&ws).unwrap();
        let from = dir.path().join("week \"x\".ron");
        a.save(Slot::Plan, &plan_doc("Mine"), Some(&from)).unwrap();
        assert_eq!(ws.autosave_files(), vec![a.path(Slot::Plan)]);
        let (doc, source) = read(&a.path(Slot::Plan)).unwrap();
        assert_eq!(doc, plan_doc("Mine"));
        assert_eq!(source, Some(from));
        a.save(Slot::Plan, &plan_doc("Again"), None).unwrap();
        assert_eq!(
            read(&a.path(Slot::Plan)).unwrap(),
            (plan_doc("Again"), None)
        );
        a.clear(Slot::Plan);
        assert!(ws.autosave_files().is_empty());
    }

    #[test]
    fn a_running_window_s_autosave_is_never_offered_to_another() {
        let (_dir, ws) = fixture();
        let a = Autosave::start(&ws).unwrap();
        a.save(Slot::Plan, &plan_doc("A's live work"), None)
            .unwrap();
        let b = Autosave::start(&ws).unwrap();
        assert_ne!(a.id(), b.id());
        let (found, unreadable) = b.recoverable();
        assert!(found.is_empty() && unreadable.is_empty());
        // B autosaving its own work never touches A's.
        b.save(Slot::Plan, &plan_doc("B's work"), None).unwrap();
        assert_eq!(
            read(&a.path(Slot::Plan)).unwrap().0,
            plan_doc("A's live work")
        );
        // B closing cleanly leaves A's autosave alone.
        b.clear(Slot::Plan);
        drop(b);
        assert_eq!(
            read(&a.path(Slot::Plan)).unwrap().0,
            plan_doc("A's live work")
        );
    }

    #[test]
    fn a_gone_window_s_work_is_offered_to_one_window_and_kept_until_answered() {
        let (_dir, ws) = fixture();
        let a = Autosave::start(&ws).unwrap();
        a.save(Slot::Plan, &plan_doc("Left over"), None).unwrap();
        let left = a.path(Slot::Plan);
        drop(a); // like a crash: the lock ends, the autosave stays
        assert!(left.is_file());
        let b = Autosave::start(&ws).unwrap();
        let (found, _) = b.recoverable();
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].document, plan_doc("Left over"));
        // While B offers it, C does not see it.
        let c = Autosave::start(&ws).unwrap();
        assert!(c.recoverable().0.is_empty());
        // B closes without an answer: it stays, and C's next look finds it.
        drop(found);
        drop(b);
        assert!(left.is_file());
        let (found, _) = c.recoverable();
        assert_eq!(found.len(), 1);
        // An answer removes it.
        found.into_iter().for_each(Recovery::forget);
        assert!(!left.exists());
    }

    #[test]
    fn an_unreadable_autosave_is_moved_aside_not_deleted() {
        let (_dir, ws) = fixture();
        let a = Autosave::start(&ws).unwrap();
        let broken = a.path(Slot::Plan);
        std::fs::write(&broken, "Autosave(source: None, document: \"Plan(format: 9").unwrap();
        drop(a);
        let b = Autosave::start(&ws).unwrap();
        let (found, unreadable) = b.recoverable();
        assert!(found.is_empty());
        assert_eq!(unreadable.len(), 1);
        let moved = unreadable[0].moved_to.clone().expect("moved aside");
        assert!(
            moved.starts_with(ws.unreadable_dir()),
            "{}",
            moved.display()
        );
        assert_eq!(
            std::fs::read_to_string(&moved).unwrap(),
            "Autosave(source: None, document: \"Plan(format: 9"
        );
        assert!(!broken.exists());
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_as_an_autosave_does_not_block() {
        let (_dir, ws) = fixture();
        let a = Autosave::start(&ws).unwrap();
        let fifo = a.path(Slot::Plan);
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        drop(a);
        let b = Autosave::start(&ws).unwrap();
        let (found, unreadable) = b.recoverable();
        assert!(found.is_empty());
        assert!(
            matches!(unreadable[0].error, PlanFileError::NotAFile { .. }),
            "{:?}",
            unreadable[0].error
        );
        // Autosaving over it is refused too, rather than blocking on it.
        let c = Autosave::start(&ws).unwrap();
        let fifo = c.path(Slot::Plan);
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap();
        assert!(c.save(Slot::Plan, &plan_doc("x"), None).is_err());
    }

    #[test]
    fn a_clean_close_leaves_nothing_behind() {
        let (_dir, ws) = fixture();
        let a = Autosave::start(&ws).unwrap();
        a.save(Slot::Programs, &plan_doc("x"), None).unwrap();
        a.clear(Slot::Programs);
        drop(a);
        let left: Vec<_> = std::fs::read_dir(ws.autosave_dir())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert!(left.is_empty(), "{left:?}");
    }
}
