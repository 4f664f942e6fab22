use std::net::IpAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Builds the privacy pages of every institution on the unified website platform.
#[derive(Parser)]
#[command(name = "privatums", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// The language of messages, `lv` or `en` [default: the locale's (LANG=lv_LV.UTF-8 is
    /// Latvian), else English].
    #[arg(long, global = true, value_name = "LANG", value_parser = language)]
    lang: Option<privatums::model::Language>,
}

fn language(code: &str) -> Result<privatums::model::Language, String> {
    privatums::model::Language::from_code(code).ok_or_else(|| "use `lv` or `en`".to_owned())
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
        /// Replace an --out folder that holds files privatums did not write (they are
        /// deleted). Never needed for a folder privatums built.
        #[arg(long)]
        take_over: bool,
        /// Don't write the Brotli and gzip copies (`index.html.br`, `.gz`) of text files.
        #[arg(long)]
        no_precompress: bool,
    },
    /// Serve the site on this computer and rebuild each page as its files are saved.
    Serve {
        /// The site root, holding platform.toml, content/, themes/ and institutions/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// The output folder [default: a temporary folder, removed on exit].
        #[arg(long)]
        out: Option<PathBuf>,
        /// The port; a free one is used when it is taken.
        #[arg(long, default_value_t = privatums::serve::DEFAULT_PORT)]
        port: u16,
        /// The address to listen on; only this computer can connect by default.
        #[arg(long, default_value_t = privatums::serve::DEFAULT_INTERFACE)]
        interface: IpAddr,
        /// Replace an --out folder that holds files privatums did not write (they are
        /// deleted). Never needed for a folder privatums built.
        #[arg(long)]
        take_over: bool,
    },
    /// Check every page for GDPR completeness and common mistakes; writes nothing.
    Check {
        /// The site root, holding platform.toml, content/, themes/ and institutions/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// How to report: for people, or JSON for CI (schema in docs/checks.md).
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// Treat warnings as errors.
        #[arg(long)]
        strict: bool,
    },
    /// Record a new version of every policy page whose text changed since its last
    /// recorded version (in `institutions/SLUG/versions/` and `content/versions/`).
    Release {
        /// The site root, holding platform.toml, content/, themes/ and institutions/.
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Record only this institution's page.
        #[arg(long, value_name = "SLUG")]
        only: Option<String>,
    },
    /// Write the JSON Schemas of institution.toml, platform.toml and policy.json.
    Schema {
        /// The folder to write them to.
        #[arg(long, default_value = "docs/schema")]
        out: PathBuf,
    },
    /// Start something new from a skeleton.
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
    /// Create institutions/SLUG/ with institution.toml and its sections, marked TODO.
    Institution {
        /// The folder name: lowercase letters a-z, digits and `-`.
        slug: String,
        /// The site root, holding platform.toml.
        #[arg(long, default_value = ".")]
        root: PathBuf,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let language = cli.lang.unwrap_or_else(|| {
        privatums::messages::language_of_locale(|name| std::env::var(name).ok())
    });
    privatums::messages::set_language(language);
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
            let released =
                privatums::Project::open(&privatums::BuildOptions::new(root)).and_then(|project| {
                    let only = match &only {
                        Some(wanted) => Some(project.find_institution(wanted)?),
                        None => None,
                    };
                    privatums::versions::release(&project, only.as_ref())
                });
            match released {
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
                    println!("wrote {}", path.display());
                }
                ExitCode::SUCCESS
            }
            Err(error) => {
                eprintln!(
                    "error: could not write the schemas to {}: {error}",
                    out.display()
                );
                ExitCode::FAILURE
            }
        },
        Command::New {
            what: New::Institution { slug, root },
        } => match privatums::scaffold::new_institution(&root, &slug) {
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
