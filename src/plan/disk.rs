//! Reading and writing a person's files without harming them.
//!
//! Reading: only regular files, opened without blocking (a FIFO or a device named as a plan
//! must not hang the app), with the size judged on the open handle.
//!
//! Writing ([`write_atomic`]): the new text goes to a temporary file next to the real file and
//! is renamed over it, so the file is always either the old or the new version, never half of
//! one. Around that:
//!
//! - a symbolic link is followed: the file it points to is replaced and the link stays;
//! - the file keeps its permission bits and its group;
//! - a file with other hard links, or owned by another person, or whose group cannot be given
//!   to the new file, is written in place instead (a rename would give the other names the
//!   old text, or give the file to us): its old contents are first copied to a backup next to
//!   it (`.carelevels-*.bak`), which is removed once the new text is safely on disk and stays,
//!   with its path in the error, if writing stopped half way;
//! - a read-only file is refused, not replaced;
//! - after the rename the folder is synced too, so the new name survives a power cut;
//! - a new file gets the usual permissions (0666 less the umask), like any program's file;
//! - temporary files (`.carelevels-*.tmp`) that an earlier crash left behind are removed once
//!   they are older than [`STALE_AFTER`].

use std::fs::{File, Metadata, OpenOptions};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::file::{MAX_FILE_BYTES, PlanFileError, WriteProblem};

/// The names of the app's temporary files: `.carelevels-XXXXXX.tmp`.
pub const TEMP_PREFIX: &str = ".carelevels-";
pub const TEMP_SUFFIX: &str = ".tmp";
/// The backup of a file written in place: `.carelevels-XXXXXX.bak`. Never removed by the
/// clean-up: it exists only if writing stopped half way, and then it is the person's file.
pub const BACKUP_SUFFIX: &str = ".bak";
/// A temporary file this old was left by a crash: a save takes milliseconds.
pub const STALE_AFTER: Duration = Duration::from_secs(10 * 60);

/// `O_NONBLOCK`, so opening a FIFO returns at once instead of waiting for a writer. Its value
/// differs between systems; the `libc` crate is in our tree only through other crates, and one
/// constant is not worth a direct dependency. Values from each system's `fcntl.h`.
#[cfg(all(
    any(target_os = "linux", target_os = "android"),
    not(any(
        target_arch = "mips",
        target_arch = "mips64",
        target_arch = "sparc",
        target_arch = "sparc64"
    ))
))]
const O_NONBLOCK: i32 = 0o4000;
#[cfg(all(
    any(target_os = "linux", target_os = "android"),
    any(target_arch = "mips", target_arch = "mips64")
))]
const O_NONBLOCK: i32 = 0x80;
#[cfg(all(
    any(target_os = "linux", target_os = "android"),
    any(target_arch = "sparc", target_arch = "sparc64")
))]
const O_NONBLOCK: i32 = 0x4000;
#[cfg(all(unix, not(any(target_os = "linux", target_os = "android"))))]
const O_NONBLOCK: i32 = 0x0004; // macOS and the BSDs

/// Opens `path` without ever blocking (Unix: `O_NONBLOCK`, which regular files ignore).
fn open_nonblocking(options: &mut OpenOptions, path: &Path) -> io::Result<File> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(O_NONBLOCK);
    }
    options.open(path)
}

/// Reads a whole carelevels file, refusing anything that is not a regular file or is over
/// `limit` bytes.
pub fn read_limited_to(path: &Path, limit: u64) -> Result<Vec<u8>, PlanFileError> {
    let read_err = |source| PlanFileError::Read {
        path: path.to_owned(),
        source,
    };
    let file = open_nonblocking(OpenOptions::new().read(true), path).map_err(read_err)?;
    // The handle, not the name: the name may be swapped for a FIFO after a check by name.
    let meta = file.metadata().map_err(read_err)?;
    if !meta.is_file() {
        return Err(PlanFileError::NotAFile {
            path: path.to_owned(),
        });
    }
    let too_large = |size| PlanFileError::TooLarge {
        path: path.to_owned(),
        size,
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    // The size can change between stat and read; never read past the limit.
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Reads a whole plan or programs file (at most [`MAX_FILE_BYTES`]).
pub fn read_limited(path: &Path) -> Result<Vec<u8>, PlanFileError> {
    read_limited_to(path, MAX_FILE_BYTES)
}

/// The file a save really writes, and what is there now.
struct Target {
    /// The real file: a symbolic link resolved.
    path: PathBuf,
    /// The file's folder.
    dir: PathBuf,
    /// The file as it is now, or `None` for a new file.
    existing: Option<Metadata>,
}

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_owned(),
        _ => PathBuf::from("."),
    }
}

fn resolve(path: &Path) -> Result<Target, (WriteProblem, Option<io::Error>)> {
    match std::fs::canonicalize(path) {
        Ok(real) => {
            let meta = std::fs::metadata(&real).map_err(|e| (WriteProblem::Other, Some(e)))?;
            if !meta.is_file() {
                return Err((WriteProblem::NotAFile, None));
            }
            Ok(Target {
                dir: folder_of(&real),
                path: real,
                existing: Some(meta),
            })
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => {
            if std::fs::symlink_metadata(path).is_ok() {
                return Err((WriteProblem::DanglingLink, None));
            }
            let dir = folder_of(path);
            if !dir.is_dir() {
                return Err((WriteProblem::NoFolder, None));
            }
            Ok(Target {
                path: path.to_owned(),
                dir,
                existing: None,
            })
        }
        Err(e) => Err((problem_of(&e, WriteProblem::Other), Some(e))),
    }
}

/// What an OS error means for the person, when a step that touches `blame` failed.
fn problem_of(e: &io::Error, blame: WriteProblem) -> WriteProblem {
    use io::ErrorKind as K;
    match e.kind() {
        K::PermissionDenied => blame,
        K::ReadOnlyFilesystem => WriteProblem::ReadOnlyDisk,
        K::StorageFull | K::QuotaExceeded | K::FileTooLarge => WriteProblem::DiskFull,
        K::NotFound => WriteProblem::NoFolder,
        _ => WriteProblem::Other,
    }
}

/// Writes `contents` to `path` safely: see the module's notes. On any error the file is as
/// it was (or, in the one case the error names, its old contents are in a backup).
pub fn write_atomic(path: &Path, contents: impl AsRef<[u8]>) -> Result<(), PlanFileError> {
    let contents = contents.as_ref();
    let fail = |problem, source: Option<io::Error>, existed| PlanFileError::Write {
        path: path.to_owned(),
        problem,
        existed,
        source,
    };
    let target = resolve(path).map_err(|(p, e)| fail(p, e, true))?;
    let existed = target.existing.is_some();
    clean_stale_temps(&target.dir);
    if let Some(meta) = &target.existing {
        refuse_read_only(&target.path, meta).map_err(|(p, e)| fail(p, e, true))?;
    }
    let temp = new_temp(&target, contents).map_err(|(p, e)| fail(p, Some(e), existed))?;
    let in_place = match &target.existing {
        Some(meta) => !keeps_identity(temp.as_file(), meta),
        None => false,
    };
    if in_place {
        drop(temp);
        return write_in_place(&target, contents).map_err(|(p, e)| fail(p, e, true));
    }
    temp.persist(&target.path).map_err(|e| {
        fail(
            problem_of(&e.error, WriteProblem::ReadOnlyFolder),
            Some(e.error),
            existed,
        )
    })?;
    sync_folder(&target.dir);
    Ok(())
}

/// Refuses a file the person cannot, or chose not to, write.
fn refuse_read_only(path: &Path, meta: &Metadata) -> Result<(), (WriteProblem, Option<io::Error>)> {
    if meta.permissions().readonly() {
        return Err((WriteProblem::ReadOnlyFile, None));
    }
    // Permission bits are not the whole story (another owner, ACLs): ask the system. Opening
    // for writing without truncating changes nothing.
    match open_nonblocking(OpenOptions::new().write(true), path) {
        Ok(file) if file.metadata().is_ok_and(|m| m.is_file()) => Ok(()),
        Ok(_) => Err((WriteProblem::NotAFile, None)),
        Err(e) => Err((problem_of(&e, WriteProblem::ReadOnlyFile), Some(e))),
    }
}

/// A synced temporary file next to the target holding `contents`, with the target's
/// permission bits and group (a new file: 0666 less the umask).
fn new_temp(
    target: &Target,
    contents: &[u8],
) -> Result<tempfile::NamedTempFile, (WriteProblem, io::Error)> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(TEMP_PREFIX).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // Created owner-only while it is written; the final bits are set below.
        let mode = if target.existing.is_some() {
            0o600
        } else {
            0o666
        };
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    let mut temp = builder
        .tempfile_in(&target.dir)
        .map_err(|e| (problem_of(&e, WriteProblem::ReadOnlyFolder), e))?;
    let write = |temp: &mut tempfile::NamedTempFile| -> io::Result<()> {
        temp.write_all(contents)?;
        temp.flush()?;
        #[cfg(unix)]
        if let Some(meta) = &target.existing {
            use std::os::unix::fs::{MetadataExt, PermissionsExt};
            // Group first: changing the group may clear set-id bits that the mode then restores.
            // A failure here is judged by `keeps_identity`, which then writes in place.
            let _ = std::os::unix::fs::fchown(temp.as_file(), None, Some(meta.gid()));
            temp.as_file()
                .set_permissions(std::fs::Permissions::from_mode(meta.mode() & 0o7777))?;
        }
        temp.as_file().sync_all()
    };
    write(&mut temp).map_err(|e| (problem_of(&e, WriteProblem::ReadOnlyFolder), e))?;
    Ok(temp)
}

/// Whether renaming `temp` over the file keeps what the file is: its only name, its owner,
/// its group.
#[cfg(unix)]
fn keeps_identity(temp: &File, old: &Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    let Ok(new) = temp.metadata() else {
        return false;
    };
    old.nlink() <= 1 && new.uid() == old.uid() && new.gid() == old.gid()
}

#[cfg(not(unix))]
fn keeps_identity(_temp: &File, _old: &Metadata) -> bool {
    true
}

/// Writes over the file's own contents (for files a rename would harm), after a backup.
fn write_in_place(
    target: &Target,
    contents: &[u8],
) -> Result<(), (WriteProblem, Option<io::Error>)> {
    let folder = |e: io::Error| (problem_of(&e, WriteProblem::ReadOnlyFolder), Some(e));
    let mut file = open_nonblocking(OpenOptions::new().read(true).write(true), &target.path)
        .map_err(|e| (problem_of(&e, WriteProblem::ReadOnlyFile), Some(e)))?;
    let backup = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .suffix(BACKUP_SUFFIX)
        .tempfile_in(&target.dir)
        .map_err(folder)?;
    let (mut backup_file, backup_path) = backup.keep().map_err(|e| folder(e.error))?;
    let copied = io::copy(&mut file, &mut backup_file).and_then(|_| backup_file.sync_all());
    if let Err(e) = copied {
        let _ = std::fs::remove_file(&backup_path);
        return Err(folder(e));
    }
    sync_folder(&target.dir);
    let overwrite = |file: &mut File, bytes: &mut dyn Read| -> io::Result<()> {
        file.rewind()?;
        let written = io::copy(bytes, file)?;
        file.set_len(written)?;
        file.sync_all()
    };
    match overwrite(&mut file, &mut &contents[..]) {
        Ok(()) => {
            let _ = std::fs::remove_file(&backup_path);
            Ok(())
        }
        Err(e) => {
            // Put the old text back; only if that fails too does the backup stay.
            let restored = backup_file
                .rewind()
                .and_then(|()| overwrite(&mut file, &mut backup_file));
            let problem = problem_of(&e, WriteProblem::Other);
            if restored.is_ok() {
                let _ = std::fs::remove_file(&backup_path);
                Err((problem, Some(e)))
            } else {
                Err((
                    WriteProblem::HalfWritten {
                        backup: backup_path,
                    },
                    Some(e),
                ))
            }
        }
    }
}

/// Asks the system to write the folder's entry to disk, so a rename survives a power cut.
/// Best effort: some file systems refuse to sync a folder, and the file itself is synced.
fn sync_folder(dir: &Path) {
    if let Ok(folder) = File::open(dir) {
        let _ = folder.sync_all();
    }
}

/// Removes the app's own temporary files older than [`STALE_AFTER`] from `dir`: what a crash
/// between writing and renaming leaves. Only regular files with our exact name pattern, never
/// a backup. Returns how many were removed.
pub fn clean_stale_temps(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = SystemTime::now();
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if !(name.starts_with(TEMP_PREFIX) && name.ends_with(TEMP_SUFFIX)) {
            continue;
        }
        // `DirEntry::metadata` does not follow links: a link with our name is left alone.
        let Ok(meta) = entry.metadata() else { continue };
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age >= STALE_AFTER);
        if meta.is_file() && old && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    removed
}

#[cfg(all(test, unix))]
mod tests {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};

    use super::*;

    fn mode(path: &Path) -> u32 {
        std::fs::metadata(path).unwrap().mode() & 0o7777
    }

    fn set_mode(path: &Path, mode: u32) {
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    }

    /// The folder's entries other than `keep`: what a save left behind.
    fn leftovers(dir: &Path, keep: &[&str]) -> Vec<String> {
        std::fs::read_dir(dir)
            .unwrap()
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|n| !keep.contains(&n.as_str()))
            .collect()
    }

    #[test]
    fn a_save_through_a_symlink_writes_the_real_file_and_keeps_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let real_dir = dir.path().join("real");
        std::fs::create_dir(&real_dir).unwrap();
        let real = real_dir.join("week.ron");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink("real/week.ron", &link).unwrap();
        write_atomic(&link, "new").unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        // The temporary file was made beside the target, and is gone.
        assert!(leftovers(&real_dir, &["week.ron"]).is_empty());
        assert!(leftovers(dir.path(), &["real", "link.ron"]).is_empty());
    }

    #[test]
    fn a_link_to_nothing_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink("missing/week.ron", &link).unwrap();
        let err = write_atomic(&link, "new").unwrap_err();
        assert!(
            err.to_string()
                .contains("link to a file that does not exist"),
            "{err}"
        );
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[test]
    fn permission_bits_and_group_are_kept() {
        let dir = tempfile::tempdir().unwrap();
        for bits in [0o664, 0o660, 0o600, 0o640] {
            let path = dir.path().join(format!("week-{bits:o}.ron"));
            std::fs::write(&path, "old").unwrap();
            set_mode(&path, bits);
            write_atomic(&path, "new").unwrap();
            assert_eq!(mode(&path), bits, "{bits:o}");
            assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        }
        // Another group (only root can give a file any group; others are tested by the mode).
        let path = dir.path().join("shared.ron");
        std::fs::write(&path, "old").unwrap();
        if std::os::unix::fs::chown(&path, None, Some(4321)).is_ok() {
            set_mode(&path, 0o660);
            write_atomic(&path, "new").unwrap();
            let meta = std::fs::metadata(&path).unwrap();
            assert_eq!((meta.gid(), meta.mode() & 0o7777), (4321, 0o660));
        }
    }

    #[test]
    fn a_file_owned_by_someone_else_keeps_its_owner() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("theirs.ron");
        std::fs::write(&path, "old").unwrap();
        set_mode(&path, 0o664);
        if std::os::unix::fs::chown(&path, Some(4242), None).is_err() {
            return; // only root can make such a file here
        }
        write_atomic(&path, "new").unwrap();
        let meta = std::fs::metadata(&path).unwrap();
        assert_eq!(meta.uid(), 4242);
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "new");
        assert!(leftovers(dir.path(), &["theirs.ron"]).is_empty());
    }

    #[test]
    fn hard_links_stay_linked() {
        let dir = tempfile::tempdir().unwrap();
        let one = dir.path().join("one.ron");
        let two = dir.path().join("two.ron");
        std::fs::write(&one, "old old old").unwrap();
        std::fs::hard_link(&one, &two).unwrap();
        write_atomic(&one, "new").unwrap();
        assert_eq!(std::fs::read_to_string(&two).unwrap(), "new");
        assert_eq!(std::fs::metadata(&one).unwrap().nlink(), 2);
        // The backup taken before writing in place is gone once the write is safe.
        assert!(leftovers(dir.path(), &["one.ron", "two.ron"]).is_empty());
    }

    #[test]
    fn a_read_only_file_is_refused_and_unchanged() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("week.ron");
        std::fs::write(&path, "old").unwrap();
        set_mode(&path, 0o444);
        let err = write_atomic(&path, "new").unwrap_err();
        assert!(
            matches!(
                &err,
                PlanFileError::Write {
                    problem: WriteProblem::ReadOnlyFile,
                    existed: true,
                    ..
                }
            ),
            "{err:?}"
        );
        let text = err.to_string();
        assert!(text.contains("the file is read-only"), "{text}");
        assert!(text.contains("Your file was not changed"), "{text}");
        assert!(!text.contains(TEMP_PREFIX), "{text}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "old");
        assert_eq!(mode(&path), 0o444);
    }

    #[test]
    fn a_read_only_folder_is_named_as_the_problem() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("locked");
        std::fs::create_dir(&folder).unwrap();
        set_mode(&folder, 0o555);
        if tempfile::tempfile_in(&folder).is_ok() {
            set_mode(&folder, 0o755);
            return; // root writes anywhere: nothing to test here
        }
        let err = write_atomic(&folder.join("week.ron"), "new").unwrap_err();
        set_mode(&folder, 0o755);
        let text = err.to_string();
        assert!(text.contains("the folder is read-only"), "{text}");
        assert!(text.contains("Nothing was written"), "{text}");
    }

    #[test]
    fn a_new_file_follows_the_umask_not_owner_only() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("export.txt");
        write_atomic(&path, "text").unwrap();
        // 0666 less the umask: at least the owner can read and write; with the usual umask
        // (022) others can read. tempfile alone would give 0600.
        let probe = dir.path().join("probe");
        std::fs::write(&probe, "").unwrap();
        assert_eq!(mode(&path), mode(&probe));
    }

    #[test]
    fn fifos_and_folders_are_not_read_or_written() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("plan.ron");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo");
        // Returns at once (O_NONBLOCK), judged on the open handle.
        let err = read_limited(&fifo).unwrap_err();
        assert!(matches!(err, PlanFileError::NotAFile { .. }), "{err:?}");
        let err = write_atomic(&fifo, "x").unwrap_err();
        assert!(err.to_string().contains("not a regular file"), "{err}");
        let err = read_limited(dir.path()).unwrap_err();
        assert!(
            matches!(
                err,
                PlanFileError::NotAFile { .. } | PlanFileError::Read { .. }
            ),
            "{err:?}"
        );
    }

    #[test]
    fn stale_temporary_files_are_cleaned_and_nothing_else() {
        let dir = tempfile::tempdir().unwrap();
        let old = dir.path().join(".carelevels-abc123.tmp");
        let fresh = dir.path().join(".carelevels-def456.tmp");
        let backup = dir.path().join(".carelevels-ghi789.bak");
        let theirs = dir.path().join("notes.tmp");
        for p in [&old, &fresh, &backup, &theirs] {
            std::fs::write(p, "x").unwrap();
        }
        let long_ago = SystemTime::now() - STALE_AFTER - Duration::from_secs(60);
        for p in [&old, &backup, &theirs] {
            File::options()
                .write(true)
                .open(p)
                .unwrap()
                .set_modified(long_ago)
                .unwrap();
        }
        assert_eq!(clean_stale_temps(dir.path()), 1);
        assert!(!old.exists());
        assert!(fresh.exists() && backup.exists() && theirs.exists());
    }
}
