use std::ffi::OsString;
use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand};

mod help;
mod usage_error;

// What each command and option does, as `--help` shows it, is in the catalogues
// (`help-*` in src/messages/*.ftl), in Latvian and English: see help.rs.

#[derive(Parser)]
#[command(name = "privatums", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[arg(long, global = true, value_name = "LANG", value_parser = language)]
    lang: Option<privatums::model::Language>,
}

// The value parsers answer from the catalogues: clap shows their answer as the reason a
// value is refused (usage_error.rs), where the standard library's would be English.
fn language(code: &str) -> Result<privatums::model::Language, String> {
    privatums::model::Language::from_code(code)
        .ok_or_else(|| privatums::msg!("lang-invalid").to_string())
}

fn port(text: &str) -> Result<u16, String> {
    text.parse()
        .map_err(|_| privatums::msg!("port-invalid").to_string())
}

fn interface(text: &str) -> Result<IpAddr, String> {
    text.parse()
        .map_err(|_| privatums::msg!("interface-invalid").to_string())
}

#[derive(Subcommand)]
enum Command {
    Build {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, value_name = "SLUG")]
        only: Option<String>,
        #[arg(long)]
        take_over: bool,
        #[arg(long)]
        no_precompress: bool,
    },
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long)]
        out: Option<PathBuf>,
        #[arg(long, default_value_t = privatums::serve::DEFAULT_PORT, value_parser = port)]
        port: u16,
        #[arg(long, default_value_t = privatums::serve::DEFAULT_INTERFACE, value_parser = interface)]
        interface: IpAddr,
        #[arg(long)]
        take_over: bool,
    },
    Check {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        #[arg(long)]
        strict: bool,
    },
    Release {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, value_name = "SLUG")]
        only: Option<String>,
    },
    Schema {
        #[arg(long, default_value = "docs/schema")]
        out: PathBuf,
    },
    New {
        #[command(subcommand)]
        what: New,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Human,
    Json,
}

#[derive(Subcommand)]
enum New {
    Institution {
        slug: String,
        /// Start from this institution's folder instead of the skeleton: its files are
        /// copied without its release record, and its own values (name, website,
        /// registration number, contacts, DPO) are marked TODO
        #[arg(long, value_name = "SLUG")]
        like: Option<String>,
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

/// mimalloc, not the system allocator: a build allocates and frees millions of small
/// strings across two threads, and glibc's malloc was a fifth of its time (docs/performance.md).
/// Built with `no_thp` (Cargo.toml): transparent huge pages made its resident memory half as
/// large again.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // Before parsing: the help and clap's answers are said in the language.
    let language = help::asked_language(std::env::args_os()).unwrap_or_else(|| {
        privatums::messages::language_of_locale(|name| std::env::var(name).ok())
    });
    privatums::messages::set_language(language);
    let args: Vec<OsString> = std::env::args_os().collect();
    let mut command = help::localized(Cli::command());
    let matches = match command.try_get_matches_from_mut(&args) {
        Ok(matches) => matches,
        Err(error) => usage_error::exit(error, &command, &args),
    };
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    if let Some(asked) = cli.lang {
        privatums::messages::set_language(asked);
    }
    match cli.command {
        Command::Check {
            root,
            format,
            strict,
        } => {
            let report = privatums::Project::open(&privatums::BuildOptions::new(root))
                .and_then(|p| p.check());
            match report {
                Ok(report) => {
                    let report = if strict { report.strict() } else { report };
                    match format {
                        Format::Human => println!("{}", privatums::check::report::human(&report)),
                        Format::Json => println!("{}", privatums::check::report::json(&report)),
                    }
                    if report.errors() > 0 {
                        ExitCode::FAILURE
                    } else {
                        ExitCode::SUCCESS
                    }
                }
                Err(errors) => {
                    // One JSON document whatever happened, so CI always has one to read.
                    match format {
                        Format::Human => {
                            eprintln!("{}", privatums::check::report::human_failure(&errors))
                        }
                        Format::Json => {
                            println!("{}", privatums::check::report::json_failure(&errors))
                        }
                    }
                    ExitCode::FAILURE
                }
            }
        }
        Command::Build {
            root,
            out,
            only,
            take_over,
            no_precompress,
        } => {
            let mut options = privatums::BuildOptions::new(root);
            if let Some(out) = out {
                options.out = out;
            }
            options.only = only;
            options.take_over = take_over;
            options.precompress = !no_precompress;
            match privatums::build(&options) {
                Ok(summary) => {
                    println!("{summary}");
                    if let Some(warning) = &summary.left_behind {
                        eprintln!("{warning}");
                    }
                    ExitCode::SUCCESS
                }
                Err(errors) => {
                    eprintln!("{errors}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Serve {
            root,
            out,
            port,
            interface,
            take_over,
        } => {
            let options = privatums::serve::ServeOptions {
                root,
                out,
                interface,
                port,
                take_over,
            };
            match privatums::serve::serve(&options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(error) => {
                    eprintln!("{error}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Release { root, only } => {
            match privatums::release::release(&privatums::BuildOptions::new(root), only.as_deref())
            {
                Ok(released) => {
                    println!("{released}");
                    ExitCode::SUCCESS
                }
                Err(errors) => {
                    eprintln!("{errors}");
                    ExitCode::FAILURE
                }
            }
        }
        Command::Schema { out } => match privatums::schema::write(&out) {
            Ok(written) => {
                for path in written {
                    println!("{}", privatums::msg!("schema-written", file = &path));
                }
                ExitCode::SUCCESS
            }
            Err(error) => {
                let error = privatums::msg!(
                    "schema-not-written",
                    folder = &out,
                    detail = privatums::diagnostic::os_error(&error)
                );
                eprintln!("{}: {error}", privatums::msg!("label-error"));
                ExitCode::FAILURE
            }
        },
        Command::New {
            what: New::Institution { slug, like, root },
        } => match privatums::scaffold::new_institution(&root, &slug, like.as_deref()) {
            Ok(created) => {
                println!("{created}");
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!("{error}");
                ExitCode::FAILURE
            }
        },
    }
}
