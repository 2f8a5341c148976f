//! `carelevels fmt FILE`: rewrites a plan or programs file in its canonical form, through the
//! same load and save the app uses, so a hand-edited file comes out as the app would write it.

use std::io::Write;
use std::path::Path;

use super::EXIT_INVALID;
use crate::document;

/// Runs `fmt` and returns the exit status: 0 written, 2 invalid or not writable.
pub fn run_fmt(path: &Path, err: &mut dyn Write) -> i32 {
    let doc = match document::load(path) {
        Ok(doc) => doc,
        Err(e) => {
            let _ = writeln!(err, "carelevels: {e}");
            return EXIT_INVALID;
        }
    };
    match document::save(path, &doc) {
        Ok(()) => 0,
        Err(e) => {
            let _ = writeln!(err, "carelevels: {e}");
            EXIT_INVALID
        }
    }
}
