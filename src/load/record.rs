//! Reading the release record (`model::record`): the versions the ledger names, their hash
//! chain, and where the ledger says it ends.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::files::Root;
use super::ledger;
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::messages::Message;
use crate::model::ledger::{Ledger, FILE as LEDGER_FILE};
use crate::model::record::{chain, Manifest, Record, Recorded, Version, MANIFEST, STAGED};
use crate::model::{Language, Localized, PageText};
use crate::msg;

/// Reads and verifies the record in `folder` (relative to the root), `owner`'s: the
/// versions `ledger` names, their hash chain and where the ledger says it ends. A missing
/// folder is an empty record.
pub fn read(
    root: &Root,
    folder: &Path,
    ledger: &Ledger,
    owner: Message,
) -> Result<Record, Diagnostics> {
    let mut errors = Diagnostics::default();
    let (files, listing) = root.files_below(folder);
    errors.0.extend(listing);
    // Hidden files (an editor's or the system's) are not part of the record.
    let mut by_version: BTreeMap<String, Vec<PathBuf>> = BTreeMap::new();
    for file in files {
        let parts: Vec<String> = file
            .strip_prefix(folder)
            .unwrap_or(&file)
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        if parts.iter().any(|p| p.starts_with('.')) || file == Path::new(LEDGER_FILE) {
            continue;
        }
        match parts.as_slice() {
            [version, _] => by_version.entry(version.clone()).or_default().push(file),
            _ => errors.push(
                Diagnostic::new(&file, msg!("record-stray-file"))
                    .hint(msg!("record-stray-file-hint", folder = folder)),
            ),
        }
    }
    // A record the ledger does not know at all, on a site that keeps a ledger: nearly always
    // another institution's, copied with its folder. One error for the folder, not one per
    // version.
    if ledger.file.is_some() && !ledger.records.contains_key(folder) {
        let unnamed: Vec<&str> = by_version
            .keys()
            .map(String::as_str)
            .filter(|name| !root.is_file(&folder.join(name).join(STAGED)))
            .collect();
        if !unnamed.is_empty() {
            errors.push(record_not_in_ledger(root, ledger, folder, &unnamed));
            return Err(errors);
        }
    }
    let limit = ledger.limit(folder);
    let mut versions = Vec::new();
    let mut debris = Vec::new();
    // Each language's chain so far: the last version's hash.
    let mut last: Localized<Option<String>> = Localized::from_fn(|_| None);
    for (name, files) in by_version {
        if !limit.admits(&name) {
            let version = folder.join(&name);
            if root.is_file(&version.join(STAGED)) {
                debris.push(version);
            } else {
                errors.push(
                    Diagnostic::new(&version, msg!("ledger-version-unnamed", version = &name))
                        .hint(msg!("ledger-version-unnamed-hint", ledger = LEDGER_FILE)),
                );
            }
            continue;
        }
        match read_version(root, &folder.join(&name), &name, &files, &mut last) {
            Ok(version) => versions.push(version),
            Err(e) => errors.extend(e),
        }
    }
    let record = Record {
        folder: folder.to_path_buf(),
        versions,
        debris,
    };
    if errors.is_empty() {
        errors.extend(ledger::verify(ledger, &record, owner));
    }
    errors.into_result(record)
}

/// The error for a record folder the ledger does not name: which record it is a copy of,
/// when one of the ledger's records ends with a version it holds.
fn record_not_in_ledger(
    root: &Root,
    ledger: &Ledger,
    folder: &Path,
    versions: &[&str],
) -> Diagnostic {
    let release = match folder
        .strip_prefix("institutions")
        .ok()
        .and_then(|p| p.iter().next())
    {
        Some(slug) => format!("privatums release --only {}", slug.to_string_lossy()),
        None => "privatums release".to_owned(),
    };
    let copied_from = ledger.records.iter().find_map(|(other, entry)| {
        let latest = entry.latest.get_ref().iso();
        if other == folder || !versions.contains(&latest.as_str()) {
            return None;
        }
        let manifest = root.read(&folder.join(&latest).join(MANIFEST)).ok()?;
        Language::ALL
            .into_iter()
            .filter_map(|language| entry.head(language))
            .any(|hash| manifest.text.contains(hash.get_ref().as_str()))
            .then_some(other)
    });
    match copied_from {
        Some(other) => Diagnostic::new(
            folder,
            msg!(
                "record-copied",
                folder = folder,
                other = other,
                count = versions.len()
            ),
        )
        .hint(msg!(
            "record-copied-hint",
            folder = folder,
            release = release
        )),
        None => Diagnostic::new(
            folder,
            msg!(
                "record-not-in-ledger",
                folder = folder,
                versions = versions.join(", ")
            ),
        )
        .hint(msg!(
            "record-not-in-ledger-hint",
            folder = folder,
            ledger = LEDGER_FILE
        )),
    }
}

fn read_version(
    root: &Root,
    dir: &Path,
    name: &str,
    files: &[PathBuf],
    last: &mut Localized<Option<String>>,
) -> Result<Version, Diagnostics> {
    let manifest_path = dir.join(MANIFEST);
    let mut errors = Diagnostics::default();
    for file in files {
        let file_name = file.file_name().unwrap_or_default().to_string_lossy();
        let known = file_name == MANIFEST
            || Language::ALL
                .iter()
                .any(|l| file_name == format!("{}.txt", l.code()));
        if !known {
            errors.push(
                Diagnostic::new(file, msg!("record-stray-file"))
                    .hint(msg!("version-stray-file-hint")),
            );
        }
    }
    let source = root
        .read(&manifest_path)
        .map_err(|e| e.hint(msg!("version-manifest-missing-hint")))?;
    let manifest: Manifest = toml::from_str(&source.text)
        .map_err(|e| Diagnostic::from_toml(&manifest_path, &source.text, 0, &e))?;
    if manifest.date.iso() != name {
        errors.push(
            Diagnostic::new(
                &manifest_path,
                msg!(
                    "version-date-changed",
                    version = name,
                    date = manifest.date.iso()
                ),
            )
            .at(line_of(&source.text, None, "date"))
            .hint(msg!("version-date-changed-hint")),
        );
    }
    let entries = Localized {
        lv: manifest.lv,
        en: manifest.en,
    };
    let mut texts = Localized::from_fn(|_| None);
    for &language in Language::ALL.iter() {
        let text_path = dir.join(format!("{}.txt", language.code()));
        let Some(entry) = entries.get(language) else {
            continue;
        };
        let text = match root.read(&text_path) {
            Ok(file) => file.text,
            Err(e) => {
                errors.push(e.hint(msg!(
                    "version-text-missing-hint",
                    version = name,
                    language = language.code()
                )));
                continue;
            }
        };
        let previous = last.get(language).clone();
        let broken = |message: Message, key: &str| {
            Diagnostic::new(&manifest_path, message)
                .at(line_of(&source.text, Some(language), key))
                .hint(msg!("version-restore-hint", folder = dir))
        };
        if entry.previous != previous {
            errors.push(broken(
                msg!(
                    "version-chain-broken",
                    version = name,
                    language = language.code()
                ),
                if entry.previous.is_some() {
                    "previous"
                } else {
                    "sha256"
                },
            ));
        } else if chain(manifest.date, previous.as_deref(), &text) != entry.sha256 {
            errors.push(broken(
                msg!(
                    "version-text-changed",
                    version = name,
                    language = language.code()
                ),
                "sha256",
            ));
        }
        *last.get_mut(language) = Some(entry.sha256.clone());
        *texts.get_mut(language) = Some(Recorded {
            changed: entry.changed.clone(),
            sha256: entry.sha256.clone(),
            text: PageText::parse(&text),
        });
    }
    errors.into_result(Version {
        date: manifest.date,
        texts,
    })
}

/// The line of `key` in the manifest: in the language's table, or at the top.
fn line_of(source: &str, language: Option<Language>, key: &str) -> Position {
    let table = language.map(|l| format!("[{}]", l.code()));
    let mut in_table = table.is_none();
    let mut found = 1;
    for (index, line) in source.lines().enumerate() {
        let line = line.trim();
        if line.starts_with('[') {
            in_table = Some(line) == table.as_deref();
        } else if in_table && line.starts_with(key) {
            found = index + 1;
            break;
        }
    }
    Position::of_line(source, found)
}
