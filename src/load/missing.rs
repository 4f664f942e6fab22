//! Every unknown key, missing required key and wrong value of a TOML file in one run.
//! serde stops at the first of them; when it does, an unknown key (a misspelt one, with its
//! "did you mean") is reported at its line and taken out, a missing key is reported at the
//! line of its table and a stand-in value put in its place, a wrong value (`phone = 5`, a
//! legal basis `"g"`) is reported at its line and its key taken out, and the file is read
//! again, until none is left. (A stand-in of the wrong type is replaced by the next kind of
//! value; tables the stand-ins bring are never reported on; a missing key the hint of an
//! unknown key in its table already names, `emial` for `email`, or whose wrong value was
//! reported, is not reported twice.) The happy path parses the text once (`parse`): the
//! loader reads the table for TODO markers, then serde reads the same table (`into_typed`).

use std::ops::Range;
use std::path::Path;

use serde::de::DeserializeOwned;
use toml::de::{DeTable, DeValue, Deserializer};
use toml::Spanned;

use crate::diagnostic::{closest, Diagnostic, Diagnostics};
use crate::msg;

/// The kinds of value a stand-in can be, tried in turn.
const STAND_INS: [&str; 6] = ["\"\"", "0", "false", "2000-01-01", "[]", "{}"];
/// Enough for any file an editor writes; stops a loop that would not end.
const MAX_ROUNDS: usize = 200;

/// A TOML text parsed once into its spanned table, so the loader can look at its values
/// (the TODO markers) before they are turned into typed data without parsing it again.
pub struct Document<'t> {
    file: &'t Path,
    file_text: &'t str,
    offset: usize,
    text: &'t str,
    table: Spanned<DeTable<'t>>,
}

/// Parses the TOML `text`, which starts `offset` bytes into `file_text` (front matter sits
/// below a `+++` line); a syntax error is reported at its line.
pub fn parse<'t>(
    file: &'t Path,
    file_text: &'t str,
    offset: usize,
    text: &'t str,
) -> Result<Document<'t>, Diagnostics> {
    match DeTable::parse(text) {
        Ok(table) => Ok(Document {
            file,
            file_text,
            offset,
            text,
            table,
        }),
        Err(error) => Err(Diagnostic::from_toml(file, file_text, offset, &error).into()),
    }
}

/// `T` from the TOML `text`, which starts `offset` bytes into `file_text`; every missing
/// required key is reported, not only the first.
pub fn from_toml<T: DeserializeOwned>(
    file: &Path,
    file_text: &str,
    offset: usize,
    text: &str,
) -> Result<T, Diagnostics> {
    parse(file, file_text, offset, text)?.into_typed()
}

impl<'t> Document<'t> {
    /// The file's keys and values, with where each is written.
    pub fn table(&self) -> &DeTable<'t> {
        self.table.get_ref()
    }

    /// The typed data; every unknown key, missing required key and wrong value is reported.
    pub fn into_typed<T: DeserializeOwned>(self) -> Result<T, Diagnostics> {
        let Document {
            file,
            file_text,
            offset,
            text,
            table,
        } = self;
        match T::deserialize(Deserializer::from(table)) {
            Ok(value) => Ok(value),
            Err(error) => Err(every_problem::<T>(file, file_text, offset, text, error)),
        }
    }
}

/// Every problem serde finds in `text` once the first, `error`, is known: the file is read
/// again (from a fresh parse, as the happy path consumed its table) until none is left.
fn every_problem<T: DeserializeOwned>(
    file: &Path,
    file_text: &str,
    offset: usize,
    text: &str,
    error: toml::de::Error,
) -> Diagnostics {
    let first = Diagnostic::from_toml(file, file_text, offset, &error);
    if error.span().is_none() {
        return first.into();
    }
    let Ok(mut root) = DeTable::parse(text) else {
        return first.into();
    };
    // Stand-ins get spans past the end of the text, so errors about them are told apart.
    let stand_in_spans = text.len() + 1..usize::MAX;
    let mut next_span = stand_in_spans.start;
    // The file's first key, where a missing top-level key is reported even once the
    // first key itself was taken out for a wrong value.
    let first_key = root.get_ref().iter().map(|(k, _)| k.span().start).min();
    let mut last_stand_in: Option<(Range<usize>, usize)> = None;
    let mut missing = Diagnostics::default();
    // Keys whose absence is already explained, with the span of their table: those the
    // unknown ones were probably meant to be, and those taken out for a wrong value.
    let mut explained: Vec<(Range<usize>, String)> = Vec::new();
    for _ in 0..MAX_ROUNDS {
        let error = match T::deserialize(Deserializer::from(root.clone())) {
            Ok(_) => break,
            Err(error) => error,
        };
        let span = error.span().unwrap_or(root.span());
        if let Some(key) = missing_key(&error) {
            let stand_in = next_span..next_span + 1;
            next_span += 1;
            let entry = (
                Spanned::new(stand_in.clone(), key.to_owned().into()),
                value(STAND_INS[0], stand_in.clone()),
            );
            let Some((table_start, table)) = insert_into_table(&mut root, &span, entry) else {
                break;
            };
            let table_start = match table.is_empty() {
                true => first_key.unwrap_or(table_start),
                false => table_start,
            };
            let named = explained
                .iter()
                .any(|(table, k)| *table == span && k == key);
            if !stand_in_spans.contains(&span.start) && !named {
                let place = match (span == root.span(), offset) {
                    (true, 0) => "top",
                    (true, _) => "front-matter",
                    (false, _) => "table",
                };
                let mut hint = msg!("missing-key-hint-at", key = key, place = place);
                if let Some(what) = documented(file, &table, key) {
                    hint = msg!(
                        "missing-key-hint-documented",
                        hint = hint,
                        key = key,
                        what = what
                    );
                }
                missing.push(
                    Diagnostic::new(file, msg!("missing-key", key = key))
                        .at_span(file_text, offset + table_start..offset + table_start)
                        .hint(hint),
                );
            }
            last_stand_in = Some((stand_in, 0));
        } else if let Some(table) = unknown_key(&error)
            .filter(|_| !stand_in_spans.contains(&span.start))
            .and_then(|key| remove_key(&mut root, &span, key))
        {
            missing.push(Diagnostic::from_toml(file, file_text, offset, &error));
            let (unknown, expected) = unknown_key(&error).expect("matched above");
            if let Some(best) = closest(unknown, expected.iter().map(String::as_str)) {
                explained.push((table, best.to_owned()));
            }
        } else if let Some((stand_in, kind)) = last_stand_in
            .clone()
            .filter(|(s, kind)| *s == span && kind + 1 < STAND_INS.len())
        {
            // The stand-in has the wrong type: give it the next kind of value.
            replace(
                &mut root,
                &stand_in,
                value(STAND_INS[kind + 1], stand_in.clone()),
            );
            last_stand_in = Some((stand_in, kind + 1));
        } else {
            // A wrong value: reported at its line, its key taken out so the rest of the file
            // is read too (the key then missing is not reported again).
            if stand_in_spans.contains(&span.start) {
                break;
            }
            missing.push(Diagnostic::from_toml(file, file_text, offset, &error));
            match remove_value(&mut root, &span) {
                Some(removed) => explained.push(removed),
                None => break,
            }
        }
    }
    if missing.is_empty() {
        missing.push(first);
    }
    // In file order, as the editor reads the file.
    missing
        .into_result(())
        .expect_err("at least the first error")
}

/// What the key tables of the docs say `key` of the table at `table` (its keys from the
/// root, `["purposes"]`) is, in the reader's language: for institution.toml, whose keys
/// they describe.
fn documented(file: &Path, table: &[String], key: &str) -> Option<&'static str> {
    if !file.ends_with(super::INSTITUTION_FILE) {
        return None;
    }
    let path = table
        .iter()
        .map(String::as_str)
        .chain([key])
        .collect::<Vec<_>>()
        .join(".");
    crate::model::keys::described(&path, crate::messages::language())
}

fn missing_key(error: &toml::de::Error) -> Option<&str> {
    error
        .message()
        .trim()
        .strip_prefix("missing field `")
        .and_then(|rest| rest.strip_suffix('`'))
}

/// The unknown key of a `deny_unknown_fields` error and the keys allowed in its table.
fn unknown_key(error: &toml::de::Error) -> Option<(&str, Vec<String>)> {
    let rest = error.message().trim().strip_prefix("unknown field `")?;
    let (key, expected) = rest.split_once('`')?;
    let expected = expected.split('`').skip(1).step_by(2).map(str::to_owned);
    Some((key, expected.collect()))
}

fn value(toml: &'static str, span: Range<usize>) -> Spanned<DeValue<'static>> {
    let mut parsed = DeValue::parse(toml).expect("stand-ins are TOML values");
    parsed.get_mut().make_owned();
    Spanned::new(span, parsed.into_inner())
}

type Entry<'i> = (Spanned<std::borrow::Cow<'i, str>>, Spanned<DeValue<'i>>);

/// Puts `entry` into the table (the root, a `[table]`, an inline table or an `[[array]]`
/// element) with `span`; returns where the table's line is (its `[header]`, or for the
/// file's top-level keys, the first of them) and the keys that lead to it from the root.
fn insert_into_table<'i>(
    root: &mut Spanned<DeTable<'i>>,
    span: &Range<usize>,
    entry: Entry<'i>,
) -> Option<(usize, Vec<String>)> {
    fn search<'i>(
        value: &mut Spanned<DeValue<'i>>,
        span: &Range<usize>,
        entry: &mut Option<Entry<'i>>,
        path: &mut Vec<String>,
    ) -> bool {
        let here = value.span() == *span;
        match value.get_mut() {
            DeValue::Table(table) if here => {
                if let Some((k, v)) = entry.take() {
                    table.insert(k, v);
                }
                true
            }
            DeValue::Table(table) => table.iter_mut().any(|(k, v)| {
                path.push(k.get_ref().to_string());
                let found = search(v, span, entry, path);
                if !found {
                    path.pop();
                }
                found
            }),
            DeValue::Array(items) => items.iter_mut().any(|v| search(v, span, entry, path)),
            _ => false,
        }
    }
    if root.span() == *span {
        let first_key = root.get_ref().iter().map(|(k, _)| k.span().start).min();
        root.get_mut().insert(entry.0, entry.1);
        return Some((first_key.unwrap_or(0), Vec::new()));
    }
    let mut entry = Some(entry);
    let mut path = Vec::new();
    root.get_mut()
        .iter_mut()
        .any(|(k, v)| {
            path.push(k.get_ref().to_string());
            let found = search(v, span, &mut entry, &mut path);
            if !found {
                path.pop();
            }
            found
        })
        .then_some((span.start, path))
}

/// Takes the key whose name is at `span` out of its table; returns the table's span.
fn remove_key(
    root: &mut Spanned<DeTable<'_>>,
    span: &Range<usize>,
    (key, _): (&str, Vec<String>),
) -> Option<Range<usize>> {
    fn take(table: &mut DeTable<'_>, span: &Range<usize>, key: &str) -> bool {
        let here = table.iter().any(|(k, _)| k.span() == *span);
        here && table.remove(key).is_some()
    }
    fn search(
        value: &mut Spanned<DeValue<'_>>,
        span: &Range<usize>,
        key: &str,
    ) -> Option<Range<usize>> {
        let table_span = value.span();
        match value.get_mut() {
            DeValue::Table(table) => {
                if take(table, span, key) {
                    return Some(table_span);
                }
                table.iter_mut().find_map(|(_, v)| search(v, span, key))
            }
            DeValue::Array(items) => items.iter_mut().find_map(|v| search(v, span, key)),
            _ => None,
        }
    }
    let root_span = root.span();
    if take(root.get_mut(), span, key) {
        return Some(root_span);
    }
    root.get_mut()
        .iter_mut()
        .find_map(|(_, v)| search(v, span, key))
}

/// Takes out the key whose value holds `span` (the innermost such key: `legal_bases` for
/// an item of its list); returns the span of its table and its name. Every table is
/// searched: the span of an `[[array]]` table covers its header, not its keys.
fn remove_value(
    root: &mut Spanned<DeTable<'_>>,
    span: &Range<usize>,
) -> Option<(Range<usize>, String)> {
    fn in_table(
        table: &mut DeTable<'_>,
        table_span: Range<usize>,
        span: &Range<usize>,
    ) -> Option<(Range<usize>, String)> {
        let mut holder = None;
        for (key, value) in table.iter_mut() {
            if let Some(inner) = in_value(value, span) {
                return Some(inner);
            }
            let at = value.span();
            if at.start <= span.start && span.end <= at.end {
                holder = Some(key.get_ref().to_string());
            }
        }
        let key = holder?;
        table.remove(key.as_str());
        Some((table_span, key))
    }
    fn in_value(
        value: &mut Spanned<DeValue<'_>>,
        span: &Range<usize>,
    ) -> Option<(Range<usize>, String)> {
        let value_span = value.span();
        match value.get_mut() {
            DeValue::Table(table) => in_table(table, value_span, span),
            DeValue::Array(items) => items.iter_mut().find_map(|item| in_value(item, span)),
            _ => None,
        }
    }
    let root_span = root.span();
    in_table(root.get_mut(), root_span, span)
}

fn replace(root: &mut Spanned<DeTable<'_>>, span: &Range<usize>, with: Spanned<DeValue<'static>>) {
    fn search(
        value: &mut Spanned<DeValue<'_>>,
        span: &Range<usize>,
        with: &Spanned<DeValue<'static>>,
    ) -> bool {
        if value.span() == *span {
            *value = with.clone();
            return true;
        }
        match value.get_mut() {
            DeValue::Table(table) => table.iter_mut().any(|(_, v)| search(v, span, with)),
            DeValue::Array(items) => items.iter_mut().any(|v| search(v, span, with)),
            _ => false,
        }
    }
    root.get_mut()
        .iter_mut()
        .any(|(_, v)| search(v, span, &with));
}
