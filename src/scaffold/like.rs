//! `privatums new institution <slug> --like <other>`: a start from another institution's
//! folder, made the new institution's own. Editors copy folders anyway ("make ours like
//! PMLP's"); copied by hand, the folder keeps the other's release record, website and
//! registration number, which the build then rejects in terms meant for the other. Here every
//! file but the release record (`versions/`) is copied, and:
//! - the values that are the other institution's own — its name, website, registration
//!   number, address and contacts, its DPO's and responsible person's name and contacts, how
//!   requests reach it — become `TODO: …` markers, as in the skeleton; key order and
//!   comments are kept (toml_edit);
//! - its `[[silence]]` entries are dropped: each is the other's judgement of its own
//!   processing, for the new institution's DPO to make again;
//! - each Markdown section gets a first line `TODO: …` saying the text is the other's;
//! - `updated` is today.
//!
//! The build refuses the copy at each marker (`load/todo.rs`) until every one is replaced.

use std::fs;
use std::path::{Path, PathBuf};

use toml_edit::{value, DocumentMut, InlineTable, Item, Value};

use crate::diagnostic::{os_error, Diagnostic, Position};
use crate::load::INSTITUTION_FILE;
use crate::model::Slug;
use crate::msg;

/// A value an institution never shares with another: the key (dotted for a table's) and the
/// marker it gets, in Latvian and English for a text.
const OWN_VALUES: [(&str, &str, &str); 15] = [
    ("website", "https://www.TODO.gov.lv", ""),
    ("registration_number", "TODO: 11 digits", ""),
    ("email", "TODO: pasts@iestade.gov.lv", ""),
    ("phone", "TODO: 67000000", ""),
    (
        "address",
        "TODO: adrese latviski",
        "TODO: the address in English",
    ),
    (
        "name",
        "TODO: nosaukums latviski",
        "TODO: the name in English",
    ),
    (
        "short_name",
        "TODO: īsais nosaukums latviski",
        "TODO: the short name in English",
    ),
    (
        "data_protection_officer.email",
        "TODO: das@iestade.gov.lv",
        "",
    ),
    ("data_protection_officer.name", "TODO: vārds un uzvārds", ""),
    ("data_protection_officer.phone", "TODO: 67000000", ""),
    ("responsible_person.name", "TODO: vārds un uzvārds", ""),
    ("responsible_person.email", "TODO: pasts@iestade.gov.lv", ""),
    ("responsible_person.phone", "TODO: 67000000", ""),
    ("requests.email", "TODO: pasts@iestade.gov.lv", ""),
    (
        "requests.post",
        "TODO: kā sūtīt pa pastu, ar adresi",
        "TODO: how to send it by post, with the address",
    ),
];

/// Ways of handing in a request that name the other's address, marked like `requests.post`.
const IN_PERSON: (&str, &str, &str) = (
    "requests.in_person",
    "TODO: kur un kā iesniegt klātienē",
    "TODO: where and how to hand it in",
);

/// Copies `institutions/<like>/` (relative to `root`) into `into`, made the new
/// institution's own; returns the files written, relative to `into`.
pub fn copy(
    root: &Path,
    like: &Slug,
    into: &Path,
    updated: &str,
) -> Result<Vec<PathBuf>, Diagnostic> {
    let from = Path::new("institutions").join(like.as_str());
    let source = root.join(&from);
    let error = |path: &Path, e: std::io::Error| {
        Diagnostic::new(path, msg!("not-created", detail = os_error(&e)))
    };
    let mut files = Vec::new();
    let walk = walkdir::WalkDir::new(&source)
        .sort_by_file_name()
        .into_iter()
        // The release record is the other's page's, and hidden files are an editor's own.
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            let hidden = name.starts_with('.');
            let record = e.depth() == 1 && name == "versions";
            !hidden && !record
        });
    for entry in walk {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(&source).to_path_buf();
            error(&path, e.into())
        })?;
        if !entry.file_type().is_file() {
            continue;
        }
        let relative = entry.path().strip_prefix(&source).unwrap_or(entry.path());
        let target = into.join(relative);
        if let Some(parent) = target.parent() {
            fs::create_dir_all(parent).map_err(|e| error(parent, e))?;
        }
        let shown = from.join(relative);
        if relative == Path::new(INSTITUTION_FILE) {
            let text = fs::read_to_string(entry.path()).map_err(|e| error(&shown, e))?;
            let made_own = own_toml(&text, updated).map_err(|(message, at)| {
                let error = Diagnostic::new(&shown, message);
                match at {
                    Some(span) => error.at(Position::of_span(&text, span)),
                    None => error,
                }
            })?;
            fs::write(&target, made_own).map_err(|e| error(&shown, e))?;
        } else if relative.extension().is_some_and(|e| e == "md") {
            let text = fs::read_to_string(entry.path()).map_err(|e| error(&shown, e))?;
            fs::write(&target, own_markdown(&text, like)).map_err(|e| error(&shown, e))?;
        } else {
            fs::copy(entry.path(), &target).map_err(|e| error(&shown, e))?;
        }
        files.push(relative.to_path_buf());
    }
    Ok(files)
}

type TomlError = (crate::messages::Message, Option<std::ops::Range<usize>>);

/// `institution.toml` with the other's own values marked TODO, its silences dropped and
/// `updated` today; every other key, its order and the comments as they were.
fn own_toml(text: &str, updated: &str) -> Result<String, TomlError> {
    let mut document: DocumentMut = text.parse().map_err(|e: toml_edit::TomlError| {
        (msg!("like-unreadable", detail = e.message()), e.span())
    })?;
    let date: toml_edit::Datetime = updated.parse().expect("today is a TOML date");
    replace_value(
        document.as_item_mut().get_mut("updated"),
        value(date).into_value().ok(),
    );
    for (key, lv, en) in OWN_VALUES.into_iter().chain([IN_PERSON]) {
        let mut item = Some(document.as_item_mut());
        for part in key.split('.') {
            item = item.and_then(|i| i.get_mut(part));
        }
        let Some(item) = item else { continue };
        let marker = if en.is_empty() {
            Value::from(lv)
        } else {
            let mut both = InlineTable::new();
            both.insert("lv", Value::from(lv));
            both.insert("en", Value::from(en));
            Value::InlineTable(both)
        };
        match item {
            // `[name]` with `lv` and `en` keys: the keys are marked, the header and its
            // comments stay.
            Item::Table(table) if !en.is_empty() => {
                table.insert("lv", value(lv));
                table.insert("en", value(en));
            }
            _ => replace_value(Some(item), Some(marker)),
        }
    }
    document.remove("silence");
    Ok(document.to_string())
}

/// Puts `new` where `item`'s value was, keeping the comment and spacing around it.
fn replace_value(item: Option<&mut Item>, new: Option<Value>) {
    let (Some(item), Some(mut new)) = (item, new) else {
        return;
    };
    if let Item::Value(old) = item {
        *new.decor_mut() = old.decor().clone();
    }
    *item = Item::Value(new);
}

/// A Markdown section with a first line saying whose text it is: a TODO the build stops at,
/// so no sentence of the other's is published as this institution's unread.
fn own_markdown(text: &str, like: &Slug) -> String {
    let line = format!(
        "TODO: šis ir iestādes `{like}` teksts — pārrakstiet to savas iestādes vārdiem un izdzēsiet šo rindu / this is `{like}`'s text: rewrite it in your institution's words and delete this line.\n\n",
        like = like.as_str()
    );
    // After the front matter (`+++ … +++`), which must stay first.
    let body_at = text
        .strip_prefix("+++")
        .and_then(|rest| rest.find("\n+++").map(|end| 3 + end + 4))
        .map_or(0, |end| end + text[end..].find('\n').map_or(0, |n| n + 1));
    let (front, body) = text.split_at(body_at);
    let body = body.trim_start_matches('\n');
    format!("{front}\n{line}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_gets_its_todo_after_the_front_matter() {
        let like = Slug::parse("pmlp").unwrap();
        let text = own_markdown("+++\nid = \"x\"\n+++\n\nPārvalde apstrādā.\n", &like);
        assert!(
            text.starts_with("+++\nid = \"x\"\n+++\n\nTODO: šis ir iestādes `pmlp` teksts"),
            "{text}"
        );
        assert!(
            text.ends_with("delete this line.\n\nPārvalde apstrādā.\n"),
            "{text}"
        );
    }

    #[test]
    fn own_values_are_marked_and_the_rest_kept_with_its_comments() {
        let text = "# Ours.\nupdated = 2026-01-01\n# The site.\nwebsite = \"https://www.pmlp.gov.lv\" # theirs\nregistration_number = \"90000050138\"\ntransfers = \"Nenodod.\"\n\n[name]\nlv = \"Pārvalde\"\nen = \"Office\"\n\n[requests]\nemail = \"pasts@pmlp.gov.lv\"\ne_address = true\n\n[[silence]]\nrule = \"date\"\nreason = \"Mūsu.\"\n";
        let own = own_toml(text, "2026-12-07").unwrap();
        assert!(own.contains("updated = 2026-12-07\n"), "{own}");
        assert!(
            own.contains("# The site.\nwebsite = \"https://www.TODO.gov.lv\" # theirs\n"),
            "{own}"
        );
        assert!(
            own.contains("registration_number = \"TODO: 11 digits\"\n"),
            "{own}"
        );
        assert!(own.contains("transfers = \"Nenodod.\"\n"), "{own}");
        assert!(
            own.contains(
                "[name]\nlv = \"TODO: nosaukums latviski\"\nen = \"TODO: the name in English\"\n"
            ),
            "{own}"
        );
        assert!(
            own.contains("email = \"TODO: pasts@iestade.gov.lv\"\ne_address = true\n"),
            "{own}"
        );
        assert!(!own.contains("silence"), "{own}");
        assert!(own.starts_with("# Ours.\n"), "{own}");
    }
}
