//! carelevels: compare levels of addiction and mental-health care, and plan a week of sessions
//! that meets a level's hour rules.
//!
//! Architecture invariant: the core (`catalog`, `plan`, `check`, `cli`) never imports egui; the
//! UI (`ui`) calls the core and never touches the file system except through `plan::file`.

pub mod catalog;
pub mod check;
pub mod cli;
pub mod document;
pub mod export;
pub mod i18n;
pub mod plan;
pub mod programs;
pub mod text;
pub mod ui;
