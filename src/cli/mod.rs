//! The command line: `carelevels [FILE]`, `carelevels check`, `fmt` and `export`.
//!
//! The exit statuses and the JSON are described for users in `docs/plan-format.md`. Every
//! subcommand exits 2 with a message on stderr, and nothing on stdout, when its file cannot be
//! read or is not a valid plan or programs file.

mod check;
mod export;
mod fmt;
pub mod report;

use std::io::Write;
use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

pub use check::run_check;
pub use export::run_export;
pub use fmt::run_fmt;
pub use report::{human_report, human_report_in, json_report, json_report_in};

use crate::i18n::Lang;

/// Exit status: the plan meets its level's rules (warnings allowed).
pub const EXIT_MEETS: i32 = 0;
/// Exit status: the plan does not meet its level's rules.
pub const EXIT_DOES_NOT_MEET: i32 = 1;
/// Exit status: the file cannot be read or is not a valid plan.
pub const EXIT_INVALID: i32 = 2;

/// Compare levels of addiction and mental-health care, and plan a week that meets one.
#[derive(Debug, Parser)]
#[command(name = "carelevels", version, args_conflicts_with_subcommands = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// A plan or programs file (.ron) to open in the app.
    pub plan: Option<PathBuf>,
}

/// A language for `--lang`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum LangArg {
    En,
    Es,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Lang {
        match lang {
            LangArg::En => Lang::En,
            LangArg::Es => Lang::Es,
        }
    }
}

/// The language asked for, or the locale's.
pub fn lang_or_locale(lang: Option<LangArg>) -> Lang {
    lang.map_or_else(Lang::from_env, Lang::from)
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a plan (one week or several phases) or a programs file against the level of
    /// care's hour rules, without opening a window.
    ///
    /// Exit status: 0 meets, 1 does not meet, 2 the file cannot be read or is not valid.
    Check {
        /// The plan or programs file (.ron).
        plan: PathBuf,
        /// Use this rule set instead of the one the file names (asam-adult, asam-adolescent,
        /// virginia-medicaid-adult, virginia-medicaid-youth, medicare).
        #[arg(long, value_name = "ID")]
        rules: Option<String>,
        /// Print one JSON object instead of the human report.
        #[arg(long)]
        json: bool,
        /// The language of the words (codes, numbers and exit status never change);
        /// without it the locale decides.
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
    },
    /// Rewrite a plan or programs file in its canonical form, through the app's own save.
    ///
    /// Exit status: 0 written, 2 the file is invalid or cannot be written.
    Fmt {
        /// The plan or programs file (.ron).
        file: PathBuf,
    },
    /// Export a plan or programs file as a PDF, a calendar (.ics) or plain text (.txt).
    ///
    /// Exit status: 0 written, 2 the file is invalid or the export cannot be written.
    Export {
        /// The plan or programs file (.ron).
        file: PathBuf,
        /// Where to write; the ending chooses the kind: .pdf, .ics or .txt.
        #[arg(long, value_name = "OUT")]
        to: PathBuf,
        /// The calendar's first day (YYYY-MM-DD); default: the plan's start, else next Monday.
        #[arg(long, value_name = "YYYY-MM-DD")]
        start: Option<String>,
        /// The language of the words; without it the locale decides.
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// Paper size for PDFs; without it the locale decides (Letter in the Americas).
        #[arg(long, value_enum)]
        paper: Option<PaperArg>,
    },
}

/// A paper size for `--paper`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum PaperArg {
    Letter,
    A4,
}

/// Writes `text` to `out`; a closed pipe (`| head`) is not the file's fault.
fn write_out(text: &str, out: &mut dyn Write, err: &mut dyn Write) {
    if let Err(e) = out.write_all(text.as_bytes()).and_then(|()| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        let _ = writeln!(err, "carelevels: could not write the report: {e}");
    }
}
