//! A command line clap can't make sense of (`privatums biuld`, an unknown option, a
//! missing value), told in the reader's language. clap's own sentences are English, so the
//! facts are taken from the error (`Error::get`: the argument, the suggestion, the allowed
//! values) and said with the catalogues; the usage line is the one `--help` shows.

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Command, Error};
use privatums::messages::Message;
use privatums::msg;

/// Prints `error` on stderr in the chosen language and ends with clap's exit code (2 for a
/// usage error). Help and version, which clap reports as errors, are printed as they are.
pub fn exit(error: Error, command: &Command, args: &[OsString]) -> ! {
    let Some(problem) = problem(&error) else {
        // Help, version, or a kind this command line cannot produce: clap's own answer.
        error.exit()
    };
    let path = commands_named(command, args, &offending(&error));
    let mut told = format!("{}: {problem}\n", msg!("label-error"));
    let hints = hints(&error, path[path.len() - 1], args);
    if !hints.is_empty() {
        told.push('\n');
    }
    for hint in hints {
        told.push_str(&format!("  {}: {hint}\n", msg!("label-hint")));
    }
    if error.get(ContextKind::Usage).is_some() {
        told.push_str(&format!("\n{} {}\n", msg!("help-usage"), usage(&path)));
    }
    let names: Vec<&str> = path.iter().map(|c| c.get_name()).collect();
    told.push_str(&format!(
        "\n{}\n",
        msg!("usage-more", command = names.join(" "))
    ));
    eprint!("{told}");
    std::process::exit(error.exit_code())
}

/// What is wrong, or `None` for what is not a mistake of the command line's writer.
fn problem(error: &Error) -> Option<Message> {
    let argument = || text(error, ContextKind::InvalidArg);
    let value = || text(error, ContextKind::InvalidValue);
    Some(match error.kind() {
        ErrorKind::InvalidSubcommand => {
            msg!(
                "usage-unknown-command",
                command = text(error, ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::UnknownArgument => msg!("usage-unknown-argument", argument = argument()),
        ErrorKind::InvalidValue if value().is_empty() => {
            msg!("usage-value-missing", argument = argument())
        }
        ErrorKind::InvalidValue => {
            msg!(
                "usage-invalid-value",
                argument = argument(),
                value = value()
            )
        }
        // The reason is the value parser's, from the catalogues (`lang-invalid`, …).
        ErrorKind::ValueValidation => msg!(
            "usage-invalid-value-because",
            argument = argument(),
            value = value(),
            reason = std::error::Error::source(error).map_or(String::new(), |e| e.to_string())
        ),
        ErrorKind::MissingRequiredArgument => {
            let missing = texts(error, ContextKind::InvalidArg);
            msg!(
                "usage-argument-missing",
                count = missing.len() as i64,
                arguments = missing.join(", ")
            )
        }
        ErrorKind::MissingSubcommand => msg!(
            "usage-command-missing",
            command = text(error, ContextKind::InvalidSubcommand),
            commands = texts(error, ContextKind::ValidSubcommand).join(", ")
        ),
        ErrorKind::ArgumentConflict => {
            let prior = texts(error, ContextKind::PriorArg);
            if prior.is_empty() || prior == [argument()] {
                msg!("usage-argument-repeated", argument = argument())
            } else {
                msg!(
                    "usage-argument-conflict",
                    argument = argument(),
                    other = prior.join(", ")
                )
            }
        }
        ErrorKind::InvalidUtf8 => msg!("usage-not-utf8"),
        _ => return None,
    })
}

/// What the writer may have meant, as clap worked it out, and where an option given before
/// its command (`privatums --root . build`) belongs.
fn hints(error: &Error, command: &Command, args: &[OsString]) -> Vec<Message> {
    let mut hints = Vec::new();
    if error.kind() == ErrorKind::UnknownArgument {
        let argument = text(error, ContextKind::InvalidArg);
        let long = argument
            .strip_prefix("--")
            .and_then(|a| a.split('=').next());
        let owners: Vec<&Command> = command
            .get_subcommands()
            .filter(|sub| {
                sub.get_arguments()
                    .any(|a| a.get_long().is_some() && a.get_long() == long)
            })
            .collect();
        // The command given after it, if that is one it belongs to.
        let named = owners
            .iter()
            .find(|owner| args.iter().any(|a| a.to_str() == Some(owner.get_name())));
        if let Some(owner) = named.or(owners.first()) {
            hints.push(msg!(
                "usage-option-of-command",
                argument = argument,
                command = owner.get_name()
            ));
        }
    }
    let commands = texts(error, ContextKind::SuggestedSubcommand);
    if !commands.is_empty() {
        hints.push(msg!(
            "usage-similar-command",
            command = commands.join("', '")
        ));
    }
    let argument = text(error, ContextKind::SuggestedArg);
    if !argument.is_empty() {
        hints.push(msg!("usage-similar-argument", argument = argument));
    }
    let value = text(error, ContextKind::SuggestedValue);
    if !value.is_empty() {
        hints.push(msg!("usage-similar-value", value = value));
    }
    let allowed = texts(error, ContextKind::ValidValue);
    if !allowed.is_empty() {
        hints.push(msg!("usage-allowed-values", values = allowed.join(", ")));
    }
    hints
}

fn text(error: &Error, kind: ContextKind) -> String {
    match error.get(kind) {
        Some(ContextValue::String(text)) => text.clone(),
        _ => String::new(),
    }
}

fn texts(error: &Error, kind: ContextKind) -> Vec<String> {
    match error.get(kind) {
        Some(ContextValue::String(text)) => vec![text.clone()],
        Some(ContextValue::Strings(texts)) => texts.clone(),
        _ => Vec::new(),
    }
}

/// The argument clap stopped at, if it names one.
fn offending(error: &Error) -> String {
    match error.kind() {
        ErrorKind::InvalidSubcommand => text(error, ContextKind::InvalidSubcommand),
        _ => text(error, ContextKind::InvalidArg),
    }
}

/// The command and the subcommands `args` name before `offending` (`privatums new
/// institution`): the one the error is about is the last. An option's value that happens
/// to be a command's name is taken for the command, which at worst shows a neighbouring
/// command's usage.
fn commands_named<'a>(
    command: &'a Command,
    args: &[OsString],
    offending: &str,
) -> Vec<&'a Command> {
    let mut path = vec![command];
    for arg in args.iter().skip(1) {
        let Some(arg) = arg.to_str() else { continue };
        if arg == "--" || (!offending.is_empty() && arg.split('=').next() == Some(offending)) {
            break;
        }
        let current = path[path.len() - 1];
        if let Some(sub) = current.find_subcommand(arg) {
            path.push(sub);
        }
    }
    path
}

/// The usage line of the last command of `path`, as its `--help` shows it (without
/// clap's English title, which the caller says in the language).
fn usage(path: &[&Command]) -> String {
    let mut command = path[path.len() - 1].clone().help_template("{usage}");
    command.render_help().to_string().trim_end().to_owned()
}
