//! TOML and serde errors in editor language: a misspelt key with its closest allowed one,
//! a value of the wrong kind with the kind the key takes, a date written day first.

use std::path::Path;

use super::position::floor_char_boundary;
use super::{suggest, Allowed, Diagnostic};
use crate::messages::Message;
use crate::msg;

impl Diagnostic {
    /// A TOML error (syntax, unknown key, missing or mistyped value) in `source`, which
    /// starts `offset` bytes into the file (front matter sits below a `+++` line).
    pub fn from_toml(
        file: &Path,
        file_text: &str,
        offset: usize,
        error: &toml::de::Error,
    ) -> Diagnostic {
        let (mut message, mut hint) = explain_toml_message(error.message());
        if let Some((written, iso)) = error
            .span()
            .and_then(|span| day_first_date_on_line(file_text, offset + span.start))
        {
            message = msg!("date-day-first", date = written);
            hint = Some(msg!("date-day-first-hint", iso = iso));
        }
        let mut diagnostic = Diagnostic::new(file, message);
        diagnostic.hint = hint;
        match error.span() {
            Some(span) => diagnostic.at_span(file_text, offset + span.start..offset + span.end),
            None => diagnostic,
        }
    }
}

/// Turns serde's and toml's wording into a message and a hint an editor can act on.
fn explain_toml_message(message: &str) -> (Message, Option<Message>) {
    let message = message.trim();
    if let Some(date) = message.strip_prefix("the date ") {
        // model/date.rs: "the date 2026-02-30 does not exist", "… is out of range: dates lie
        // in the years 1990 to 2099".
        let written = date.split(' ').next().unwrap_or_default();
        let years: Vec<&str> = date.split(' ').filter(|w| w.len() == 4).collect();
        let message = match years[..] {
            [from, to] if date.contains("out of range") => {
                msg!("date-out-of-range", date = written, from = from, to = to)
            }
            _ => msg!("date-does-not-exist", date = written),
        };
        return (message, Some(msg!("date-hint")));
    }
    let quoted = backticked(message);
    if let Some(rest) = message.strip_prefix("unknown field") {
        let unknown = quoted.first().cloned().unwrap_or_default();
        let expected = &quoted[1.min(quoted.len())..];
        let hint = if rest.contains("there are no fields") {
            msg!("table-takes-no-keys")
        } else {
            suggest(&unknown, expected, Allowed::Key)
        };
        return (msg!("unknown-key", key = unknown), Some(hint));
    }
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return (
            msg!("missing-key", key = field),
            Some(msg!("missing-key-hint", key = field)),
        );
    }
    if message.starts_with("unknown variant") {
        let unknown = quoted.first().cloned().unwrap_or_default();
        let expected = &quoted[1.min(quoted.len())..];
        return (
            msg!("value-not-allowed", value = &unknown),
            Some(suggest(&unknown, expected, Allowed::Value)),
        );
    }
    if let Some(expected) = expected_kind(message) {
        let hint = match expected {
            "text" => msg!("invalid-type-hint-text"),
            "date" => msg!("date-hint"),
            _ => msg!("invalid-type-hint"),
        };
        return (msg!("wrong-kind", expected = expected), Some(hint));
    }
    if message.starts_with("invalid type") {
        let hint = if message.contains("expected a string") {
            msg!("invalid-type-hint-text")
        } else {
            msg!("invalid-type-hint")
        };
        return (msg!("invalid-type", detail = message), Some(hint));
    }
    if message.contains("duplicate key") {
        return (msg!("duplicate-key"), Some(msg!("duplicate-key-hint")));
    }
    (
        msg!("invalid-toml", detail = message),
        Some(msg!("invalid-toml-hint")),
    )
}

/// The kind of value a key takes, as the catalogues' `wrong-kind` names it, when serde
/// says a value is of another kind ("invalid type: integer `5`, expected a string", or an
/// untagged type's own words) and the kind is one an editor knows.
fn expected_kind(message: &str) -> Option<&'static str> {
    let expected = match message.strip_prefix("invalid type: ") {
        Some(rest) => rest.split_once(", expected ")?.1,
        None => message,
    };
    Some(match expected {
        "a string" => "text",
        "a string, or a table with `lv` and `en` strings" => "text-or-languages",
        "a phone number, or a list of phone numbers" => "phone",
        "a TOML datetime" => "date",
        e if e.starts_with("expected a date like") => "date",
        "a sequence" => "list",
        "a boolean" => "boolean",
        "a map" => "table",
        e if e.starts_with("struct ") => "table",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => "number",
        _ => return None,
    })
}

/// A date written day first (`updated = 22.11.2026`, as Latvian writes dates; quoted or
/// not, `.` or `/` between) as the value of the line holding byte `at`: what was written
/// and the same date as TOML reads it, `2026-11-22`.
fn day_first_date_on_line(text: &str, at: usize) -> Option<(String, String)> {
    let at = floor_char_boundary(text, at.min(text.len()));
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?;
    let (_, value) = line.split_once('=')?;
    let written = value.split('#').next()?.trim().trim_matches('"');
    let parts: Vec<&str> = written.trim_end_matches('.').split(['.', '/']).collect();
    let [day, month, year] = parts[..] else {
        return None;
    };
    let date = crate::model::Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    Some((written.to_owned(), date.ok()?.iso()))
}

fn backticked(message: &str) -> Vec<String> {
    message
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unknown_keys_suggest_the_closest_known_one() {
        let (message, hint) =
            explain_toml_message("unknown field `emial`, expected one of `email`, `name`, `phone`");
        assert_eq!(message.english(), "unknown key `emial`");
        assert!(hint.unwrap().english().starts_with("did you mean `email`?"));
    }

    #[test]
    fn a_value_of_the_wrong_kind_says_the_kind_the_key_takes() {
        let (message, hint) =
            explain_toml_message("invalid type: integer `67223131`, expected a string");
        assert_eq!(message.id(), "wrong-kind");
        assert_eq!(message.english(), "this key takes text in double quotes");
        assert_eq!(hint.unwrap().id(), "invalid-type-hint-text");
        let (message, _) = explain_toml_message("a phone number, or a list of phone numbers");
        assert_eq!(message.text_arg("expected"), Some("phone"));
        let (message, _) =
            explain_toml_message("invalid type: string \"2026-02-01\", expected a TOML datetime");
        assert_eq!(message.text_arg("expected"), Some("date"));
        // A kind it can't name keeps serde's words.
        let (message, _) = explain_toml_message("invalid type: map, expected a unit");
        assert_eq!(message.id(), "invalid-type");
    }

    #[test]
    fn a_date_written_day_first_is_shown_the_way_toml_reads_it() {
        let text = "name = \"x\"\nupdated = \"22.11.2026.\"  # today\n";
        let at = text.find("22").unwrap();
        assert_eq!(
            day_first_date_on_line(text, at),
            Some(("22.11.2026.".to_owned(), "2026-11-22".to_owned()))
        );
        assert_eq!(
            day_first_date_on_line("d = 1/2/2026", 4),
            Some(("1/2/2026".to_owned(), "2026-02-01".to_owned()))
        );
        assert_eq!(day_first_date_on_line("d = 2026-11-22", 4), None);
        assert_eq!(day_first_date_on_line("d = 31.02.2026", 4), None);
        assert_eq!(day_first_date_on_line("v = 1.2", 4), None);
    }
}
