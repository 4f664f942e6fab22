use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Builds the privacy pages of every institution on the unified website platform.
#[derive(Parser)]
#[command(name = "privatums", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Build every page into the output folder (replaced only if the build succeeds).
    Build {
        /// The site root, holding platform.toml, content/, themes/ and institutions/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The output folder [default: ROOT/public].
        #[arg(long)]
        out: Option<PathBuf>,
        /// Build only this institution and replace only its folder in the output.
        #[arg(long, value_name = "SLUG")]
        only: Option<String>,
    },
}

fn main() -> ExitCode {
    match Cli::parse().command {
        Command::Build { root, out, only } => {
            let mut options = privatums::BuildOptions::new(root);
            if let Some(out) = out {
                options.out = out;
            }
            options.only = only;
            match privatums::build(&options) {
                Ok(summary) => {
                    println!("{summary}");
                    ExitCode::SUCCESS
                }
                Err(errors) => {
                    eprintln!("{errors}");
                    ExitCode::FAILURE
                }
            }
        }
    }
}
