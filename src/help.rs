//! `privatums --help` in the reader's language: the texts clap shows (what each command
//! does, each option, the headings) come from the catalogues, set on the command the derive
//! builds. The language has to be known before clap parses, so `--lang` is found in the
//! arguments first.

use std::ffi::OsString;

use clap::{Arg, Command};
use privatums::messages::Message;
use privatums::model::Language;
use privatums::msg;

/// The language `--lang lv` or `--lang=lv` asks for, wherever it stands before `--`.
pub fn asked_language(args: impl IntoIterator<Item = OsString>) -> Option<Language> {
    let args: Vec<String> = args
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .take_while(|a| a != "--")
        .collect();
    args.iter().enumerate().find_map(|(i, arg)| {
        let value = match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1)?.as_str(),
            Some(rest) => rest.strip_prefix('=')?,
            None => return None,
        };
        Language::from_code(value)
    })
}

/// `command` with every text of its help, and its subcommands', in the chosen language.
pub fn localized(mut command: Command) -> Command {
    // Builds clap's own `--help`, `--version` and `help`, so their texts can be set too.
    command.build();
    localize(command)
}

fn localize(mut command: Command) -> Command {
    let name = command.get_name().to_owned();
    if let Some(about) = about(&name) {
        command = command.about(about.to_string());
    }
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    for id in ids {
        let help = option(&name, &id);
        command = command.mut_arg(&id, |arg| said(arg, help));
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for subcommand in subcommands {
        command = command.mut_subcommand(subcommand, localize);
    }
    command
        .subcommand_help_heading(msg!("help-commands").to_string())
        .help_template(format!(
            "{{before-help}}{{about-with-newline}}\n{} {{usage}}\n\n{{all-args}}{{after-help}}",
            msg!("help-usage")
        ))
}

/// `arg` under a heading in the language and with `help`; defaults and allowed values are
/// in the help texts themselves, so clap's English `[default: …]` is not added.
fn said(arg: Arg, help: Option<Message>) -> Arg {
    let heading = if arg.is_positional() {
        msg!("help-arguments")
    } else {
        msg!("help-options")
    };
    let arg = arg
        .help_heading(heading.to_string())
        .hide_default_value(true)
        .hide_possible_values(true);
    match help {
        Some(help) => arg.help(help.to_string()),
        None => arg,
    }
}

/// What the command `name` does.
fn about(name: &str) -> Option<Message> {
    Some(match name {
        "privatums" => msg!("help-about"),
        "build" => msg!("help-build"),
        "serve" => msg!("help-serve"),
        "check" => msg!("help-check"),
        "release" => msg!("help-release"),
        "schema" => msg!("help-schema"),
        "new" => msg!("help-new"),
        "institution" => msg!("help-new-institution"),
        "help" => msg!("help-help-command"),
        _ => return None,
    })
}

/// What the option `id` of the command `name` does.
fn option(name: &str, id: &str) -> Option<Message> {
    Some(match (name, id) {
        (_, "help") => msg!("help-help"),
        (_, "version") => msg!("help-version"),
        (_, "lang") => msg!("help-lang"),
        ("institution", "root") => msg!("help-new-root"),
        (_, "root") => msg!("help-root"),
        (_, "take_over") => msg!("help-take-over"),
        ("build", "out") => msg!("help-build-out"),
        ("build", "only") => msg!("help-build-only"),
        ("build", "no_precompress") => msg!("help-no-precompress"),
        ("serve", "out") => msg!("help-serve-out"),
        ("serve", "port") => msg!("help-port", port = privatums::serve::DEFAULT_PORT),
        ("serve", "interface") => msg!(
            "help-interface",
            interface = privatums::serve::DEFAULT_INTERFACE.to_string()
        ),
        ("check", "format") => msg!("help-format"),
        ("check", "strict") => msg!("help-strict"),
        ("release", "only") => msg!("help-release-only"),
        ("schema", "out") => msg!("help-schema-out"),
        ("institution", "slug") => msg!("help-slug"),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(line: &str) -> Vec<OsString> {
        line.split(' ').map(OsString::from).collect()
    }

    #[test]
    fn lang_is_found_before_parsing_in_either_form() {
        assert_eq!(
            asked_language(args("privatums --lang lv build")),
            Some(Language::Lv)
        );
        assert_eq!(
            asked_language(args("privatums build --lang=en")),
            Some(Language::En)
        );
        assert_eq!(asked_language(args("privatums build --lang xx")), None);
        assert_eq!(asked_language(args("privatums build -- --lang lv")), None);
        assert_eq!(asked_language(args("privatums --lang")), None);
    }
}
