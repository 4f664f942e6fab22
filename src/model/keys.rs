//! The descriptions an editor sees when hovering a key of `institution.toml`, in Latvian and
//! English: the key tables of docs/satura-modelis.md and docs/content-model.md, the one place
//! they are written. The schema takes them from there, so the docs and the editor's hover
//! can't disagree (and tests/schema.rs checks the tables' required/optional against the
//! schema's `required`).

use serde_json::Value;

use crate::model::Language;

/// The key tables, in the order an editor reads them: Latvian first.
const DOCUMENTS: [&str; 2] = [
    include_str!("../../docs/satura-modelis.md"),
    include_str!("../../docs/content-model.md"),
];

/// The heading of the section whose first table lists the keys, the same in both documents.
const SECTION: &str = "## `institutions/<slug>/institution.toml`";

/// One row of a key table: the key (`purposes.id`; a table without its brackets), whether
/// it is required (in the document's words) and what it is.
#[derive(Debug, PartialEq, Eq)]
pub struct KeyRow<'a> {
    pub key: &'a str,
    pub required: &'a str,
    pub what: &'a str,
}

/// The rows of the key table of `document`.
fn rows(document: &str) -> Vec<KeyRow<'_>> {
    let Some(start) = document.find(SECTION) else {
        return Vec::new();
    };
    document[start..]
        .lines()
        .skip_while(|l| !l.starts_with('|'))
        .take_while(|l| l.starts_with('|'))
        .filter_map(|line| {
            let cells: Vec<&str> = line.split('|').map(str::trim).collect();
            let [_, key, required, what, ..] = cells[..] else {
                return None;
            };
            key.starts_with('`').then(|| KeyRow {
                key: key.trim_matches(['`', '[', ']']),
                required,
                what,
            })
        })
        .collect()
}

/// What the key `path` (`purposes.retention`) of institution.toml is, as the key table of
/// the docs in `language` says it; `None` for a key the table leaves undescribed.
pub fn described(path: &str, language: Language) -> Option<&'static str> {
    let document = match language {
        Language::Lv => DOCUMENTS[0],
        Language::En => DOCUMENTS[1],
    };
    rows(document)
        .into_iter()
        .find(|row| row.key == path && !row.what.is_empty())
        .map(|row| row.what)
}

/// Sets the description of every key of the institution schema `root` the key tables
/// describe: "Latvian row" then "English row", each saying whether the key is required.
pub fn describe(root: &mut Value) {
    let [latvian, english] = DOCUMENTS.map(rows);
    for row in &latvian {
        let said = |row: &KeyRow| match row.what {
            "" => row.required.to_owned(),
            what => format!("{}: {what}", row.required),
        };
        let mut description = said(row);
        if let Some(en) = english.iter().find(|en| en.key == row.key) {
            description = format!("{description}\n\n{}", said(en));
        }
        let Some(pointer) = pointer_to(root, row.key) else {
            continue;
        };
        if let Some(property) = root.pointer_mut(&pointer) {
            property["description"] = description.into();
        }
    }
}

/// The JSON pointer of the key `path` (`purposes.id`) in `root`, through `$ref`s, optional
/// values (`anyOf` with null) and lists.
fn pointer_to(root: &Value, path: &str) -> Option<String> {
    let mut table = String::new();
    let mut keys = path.split('.').peekable();
    while let Some(key) = keys.next() {
        let property = format!("{table}/properties/{key}");
        root.pointer(&property)?;
        if keys.peek().is_none() {
            return Some(property);
        }
        table = value_table(root, property)?;
    }
    None
}

/// The pointer of the table (object schema) that the value at `pointer` holds.
fn value_table(root: &Value, pointer: String) -> Option<String> {
    let schema = root.pointer(&pointer)?;
    if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
        return value_table(root, reference.trim_start_matches('#').to_owned());
    }
    if let Some(any) = schema.get("anyOf").and_then(Value::as_array) {
        let table = any
            .iter()
            .position(|s| s.get("type") != Some(&"null".into()))?;
        return value_table(root, format!("{pointer}/anyOf/{table}"));
    }
    if schema.get("items").is_some() {
        return value_table(root, format!("{pointer}/items"));
    }
    schema.get("properties").is_some().then_some(pointer)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_both_tables_describes_a_key_of_the_schema() {
        let root = schemars::schema_for!(crate::model::InstitutionData).to_value();
        let [latvian, english] = DOCUMENTS.map(rows);
        assert!(latvian.len() > 40, "{}", latvian.len());
        let keys = |rows: &[KeyRow]| rows.iter().map(|r| r.key.to_owned()).collect::<Vec<_>>();
        assert_eq!(keys(&latvian), keys(&english));
        for row in &latvian {
            assert!(pointer_to(&root, row.key).is_some(), "no key `{}`", row.key);
        }
    }
}
