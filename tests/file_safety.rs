//! What the app promises about a person's files, checked through the real binary:
//! `carelevels fmt` and `export` go through the same save as the app's Save, so links,
//! permissions, read-only files, FIFOs and hostile titles are tested here as a user meets them.

#![cfg(unix)]

use std::os::unix::fs::{MetadataExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use assert_cmd::Command;

fn carelevels() -> Command {
    Command::cargo_bin("carelevels").expect("the binary builds")
}

fn example(name: &str) -> PathBuf {
    PathBuf::from(format!(
        "{}/data/examples/{name}",
        env!("CARGO_MANIFEST_DIR")
    ))
}

/// A copy of an example plan, written by hand (not in canonical form), in `dir`.
fn hand_written(dir: &Path, name: &str) -> PathBuf {
    let text = std::fs::read_to_string(example("evening-iop.ron")).unwrap();
    let path = dir.join(name);
    std::fs::write(
        &path,
        format!("// my own notes\n{}", text.replace("    ", "  ")),
    )
    .unwrap();
    path
}

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path).unwrap().mode() & 0o7777
}

fn set_mode(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

fn names(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn fmt_writes_through_a_symlink_and_keeps_the_mode() {
    let dir = tempfile::tempdir().unwrap();
    let shared = dir.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    let real = hand_written(&shared, "week.ron");
    set_mode(&real, 0o664);
    let link = dir.path().join("week.ron");
    std::os::unix::fs::symlink(&real, &link).unwrap();
    carelevels()
        .arg("fmt")
        .arg(&link)
        .assert()
        .code(0)
        .stdout("")
        .stderr("");
    assert!(
        std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    let text = std::fs::read_to_string(&real).unwrap();
    assert!(
        text.starts_with("// A weekly plan made with carelevels."),
        "{text}"
    );
    assert_eq!(mode(&real), 0o664);
    assert_eq!(names(&shared), ["week.ron"], "no temporary file is left");
}

#[test]
fn fmt_keeps_hard_links_and_group_mode() {
    let dir = tempfile::tempdir().unwrap();
    let one = hand_written(dir.path(), "one.ron");
    set_mode(&one, 0o660);
    let two = dir.path().join("two.ron");
    std::fs::hard_link(&one, &two).unwrap();
    carelevels().arg("fmt").arg(&two).assert().code(0);
    assert_eq!(std::fs::read(&one).unwrap(), std::fs::read(&two).unwrap());
    assert_eq!(std::fs::metadata(&one).unwrap().nlink(), 2);
    assert_eq!(mode(&one), 0o660);
    assert_eq!(names(dir.path()), ["one.ron", "two.ron"]);
}

#[test]
fn fmt_refuses_a_read_only_file_with_a_plain_message() {
    let dir = tempfile::tempdir().unwrap();
    let path = hand_written(dir.path(), "week.ron");
    let before = std::fs::read(&path).unwrap();
    set_mode(&path, 0o444);
    let out = carelevels().arg("fmt").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(err.contains("the file is read-only"), "{err}");
    assert!(err.contains("Your file was not changed"), "{err}");
    assert!(
        !err.contains(".carelevels-"),
        "no temporary file in the message: {err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    assert_eq!(mode(&path), 0o444);
}

/// Runs `cmd` and fails the test if it has not finished within `limit` (a FIFO would hang it).
fn finishes_within(mut cmd: std::process::Command, limit: Duration) -> std::process::Output {
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let started = std::time::Instant::now();
    loop {
        if child.try_wait().unwrap().is_some() {
            return child.wait_with_output().unwrap();
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            panic!("still running after {limit:?}: it blocked");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn a_fifo_as_a_plan_is_refused_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("plan.ron");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    for sub in ["check", "fmt"] {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("carelevels"));
        cmd.arg(sub).arg(&fifo);
        let out = finishes_within(cmd, Duration::from_secs(10));
        assert_eq!(out.status.code(), Some(2), "{sub}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.contains("not a regular file"), "{sub}: {err}");
    }
}

#[test]
fn exports_follow_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let bin = assert_cmd::cargo::cargo_bin("carelevels");
    for (umask, expected) in [("022", 0o644), ("027", 0o640), ("077", 0o600)] {
        let out = dir.path().join(format!("week-{umask}.txt"));
        let status = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!(
                "umask {umask} && exec \"$0\" export \"$1\" --to \"$2\""
            ))
            .arg(&bin)
            .arg(example("evening-iop.ron"))
            .arg(&out)
            .status()
            .unwrap();
        assert!(status.success(), "umask {umask}");
        assert_eq!(mode(&out), expected, "umask {umask}");
    }
}

#[test]
fn hostile_titles_reach_the_terminal_and_text_export_defused() {
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(example("evening-iop.ron")).unwrap();
    // A title that would retitle the terminal, ring it, forge a line and flip the text.
    let evil = r#"Evil\u{1b}]0;owned\u{7}\nerror [FAKE] all good\u{202e}dlrow"#;
    let mut plan = String::new();
    let mut done = false;
    for line in text.lines() {
        if !done && line.trim_start().starts_with("name:") {
            plan.push_str(&format!("    name: \"{evil}\",\n"));
            done = true;
        } else {
            plan.push_str(line);
            plan.push('\n');
        }
    }
    assert!(done);
    let path = dir.path().join("evil.ron");
    std::fs::write(&path, plan).unwrap();
    let out = carelevels().arg("check").arg(&path).output().unwrap();
    let report = String::from_utf8(out.stdout).unwrap();
    let first = report.lines().next().unwrap();
    assert!(
        first.starts_with("Evil\u{241b}]0;owned\u{2407} error [FAKE] all good"),
        "{first}"
    );
    assert!(
        !report.contains('\u{1b}') && !report.contains('\u{7}') && !report.contains('\u{202e}')
    );
    assert!(
        !report.lines().any(|l| l.starts_with("error [FAKE]")),
        "{report}"
    );
    // JSON keeps the name exactly (escaped by serde).
    let out = carelevels()
        .args(["check", "--json"])
        .arg(&path)
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json["name"],
        "Evil\u{1b}]0;owned\u{7}\nerror [FAKE] all good\u{202e}dlrow"
    );
    // The text export is as safe as the terminal report.
    let txt = dir.path().join("evil.txt");
    carelevels()
        .arg("export")
        .arg(&path)
        .arg("--to")
        .arg(&txt)
        .assert()
        .code(0);
    let exported = std::fs::read_to_string(&txt).unwrap();
    assert!(
        !exported.contains('\u{1b}') && !exported.contains('\u{202e}'),
        "{exported}"
    );
    assert!(
        exported.starts_with("Evil\u{241b}]0;owned\u{2407} error [FAKE]"),
        "{exported}"
    );
}
