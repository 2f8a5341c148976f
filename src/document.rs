//! A carelevels file is either a plan (formats 1 and 2) or a programs file; the app's Open,
//! `carelevels check`, `fmt` and `export` accept both and tell them apart by the first
//! identifier (`Plan(` or `Programs(`) or, written bare, by the top-level fields.

use std::path::Path;

use crate::plan::Plan;
use crate::plan::file::{self, PlanError, PlanFileError};
use crate::programs::{self, Programs};

/// What a carelevels file holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Document {
    Plan(Plan),
    Programs(Programs),
}

impl Document {
    /// The document's own name ("" when it has none).
    pub fn name(&self) -> &str {
        match self {
            Document::Plan(plan) => &plan.name,
            Document::Programs(programs) => &programs.name,
        }
    }
}

/// Parses either kind of file from raw bytes (which must be UTF-8).
pub fn parse_bytes(bytes: &[u8]) -> Result<Document, PlanError> {
    let text = std::str::from_utf8(bytes).map_err(|_| PlanError::NotText)?;
    parse(text)
}

/// Parses either kind of file from text.
pub fn parse(text: &str) -> Result<Document, PlanError> {
    let text = file::content(text)?;
    if programs::file::looks_like_programs(text) {
        programs::file::parse(text).map(Document::Programs)
    } else {
        file::parse_plan(text).map(Document::Plan)
    }
}

/// Reads and validates a plan or programs file; nothing is half-loaded.
pub fn load(path: &Path) -> Result<Document, PlanFileError> {
    let bytes = file::read_limited(path)?;
    parse_bytes(&bytes).map_err(|problem| PlanFileError::Invalid {
        path: path.to_owned(),
        problem,
    })
}

/// The document as RON, in its canonical form.
pub fn to_ron(document: &Document) -> String {
    match document {
        Document::Plan(plan) => file::to_ron(plan),
        Document::Programs(programs) => programs::file::to_ron(programs),
    }
}

/// Saves the document through the same atomic save as plans.
pub fn save(path: &Path, document: &Document) -> Result<(), PlanFileError> {
    file::write_atomic(path, to_ron(document))
}
