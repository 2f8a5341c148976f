//! `carelevels fmt FILE`: rewrites a plan or programs file in its canonical form, through the
//! same load and save the app uses, so a hand-edited file comes out as the app would write it,
//! with the same care for the file (links, permissions, read-only files: see `plan::disk`).

use std::io::Write;
use std::path::Path;

use super::EXIT_INVALID;
use crate::document;
use crate::text::for_display;

/// Runs `fmt` and returns the exit status: 0 written, 2 invalid or not writable.
pub fn run_fmt(path: &Path, err: &mut dyn Write) -> i32 {
    let doc = match document::load(path) {
        Ok(doc) => doc,
        Err(e) => {
            let _ = writeln!(err, "carelevels: {}", for_display(&e.to_string()));
            return EXIT_INVALID;
        }
    };
    match document::save(path, &doc) {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(err, "carelevels: {}", for_display(&e.to_string()));
            EXIT_INVALID
        }
    }
}
