//! Entry point: `carelevels check ...` runs the checker; anything else opens the app.

use std::io;
use std::process::ExitCode;

use clap::Parser;

use carelevels::cli::{self, Args, Command};

fn main() -> ExitCode {
    let args = Args::parse();
    match args.command {
        Some(Command::Check { plan, rules, json }) => {
            let code = cli::run_check(
                &plan,
                rules.as_deref(),
                json,
                &mut io::stdout().lock(),
                &mut io::stderr().lock(),
            );
            ExitCode::from(code as u8)
        }
        None => match carelevels::ui::run(args.plan) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("carelevels: could not open the window: {e}");
                ExitCode::FAILURE
            }
        },
    }
}
