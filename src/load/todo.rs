//! TODO markers: `privatums new institution` fills every value it can't know with a
//! `TODO: …` text, and a page must never be published with one in it. Any text value in
//! `institution.toml` or Markdown body of the institution that still says `TODO` is an error
//! at its line, so the skeleton is rejected until an editor has replaced every marker.
//! (Comments may say TODO: they are never published.)

use std::path::Path;

use toml::de::{DeTable, DeValue};
use toml::Spanned;

use super::{MarkdownSource, SourceFile};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::Language;
use crate::msg;

/// The marker. Upper case only: no Latvian or English word of a policy is spelt so.
pub const MARKER: &str = "TODO";

/// The TODO markers in the values of an `institution.toml`, from its parsed `table` (checked
/// while loading, so they are reported even when the file lacks a key or another file is
/// broken).
pub fn check_toml(file: &SourceFile, table: &DeTable<'_>, errors: &mut Diagnostics) {
    let mut path = Vec::new();
    check_table(&file.path, &file.text, table, &mut path, errors);
}

/// The TODO markers in the body of an institution's section.
pub fn check_section(source: &MarkdownSource, language: Language, errors: &mut Diagnostics) {
    for (at, _) in source.body().match_indices(MARKER) {
        errors.push(
            Diagnostic::new(&source.file, msg!("todo-in-text"))
                .at(source.position(at..at + MARKER.len()))
                .hint(msg!("todo-in-text-hint", language = language.code())),
        );
    }
}

fn check_table<'i>(
    file: &Path,
    text: &str,
    table: &DeTable<'i>,
    path: &mut Vec<String>,
    errors: &mut Diagnostics,
) {
    for (key, value) in table {
        path.push(key.get_ref().to_string());
        check_value(file, text, value, path, errors);
        path.pop();
    }
}

fn check_value<'i>(
    file: &Path,
    text: &str,
    value: &Spanned<DeValue<'i>>,
    path: &mut Vec<String>,
    errors: &mut Diagnostics,
) {
    match value.get_ref() {
        DeValue::String(s) if s.contains(MARKER) => {
            let key = path.join(".");
            errors.push(
                Diagnostic::new(file, msg!("todo-in-value", key = key))
                    .at_span(text, value.span())
                    .hint(msg!("todo-in-value-hint", language = language_of(path))),
            );
        }
        DeValue::Array(items) => {
            // The line is pointed at, so the key path leaves out which element it is.
            for item in items {
                check_value(file, text, item, path, errors);
            }
        }
        DeValue::Table(table) => check_table(file, text, table, path, errors),
        _ => {}
    }
}

/// `lv` or `en` when the key path ends in a language (the hint then names it), else `none`.
fn language_of(path: &[String]) -> &'static str {
    path.last()
        .and_then(|l| Language::from_code(l))
        .map_or("none", Language::code)
}
