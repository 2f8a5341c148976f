//! Entry point: `carelevels check | fmt | export ...` run without a window; anything else
//! opens the app.

use std::io;
use std::process::ExitCode;

use clap::Parser;

use carelevels::cli::{self, Args, Command};

fn main() -> ExitCode {
    let args = Args::parse();
    let code = match args.command {
        Some(Command::Check {
            plan,
            rules,
            json,
            lang,
        }) => cli::run_check(
            &plan,
            rules.as_deref(),
            json,
            cli::lang_or_locale(lang),
            &mut io::stdout().lock(),
            &mut io::stderr().lock(),
        ),
        Some(Command::Fmt { file }) => cli::run_fmt(&file, &mut io::stderr().lock()),
        Some(Command::Export {
            file,
            to,
            start,
            lang,
            paper,
        }) => cli::run_export(
            &file,
            &to,
            start.as_deref(),
            cli::lang_or_locale(lang),
            paper,
            &mut io::stderr().lock(),
        ),
        None => {
            return match carelevels::ui::run(args.plan) {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => {
                    eprintln!("carelevels: could not open the window: {e}");
                    ExitCode::FAILURE
                }
            };
        }
    };
    ExitCode::from(code as u8)
}
