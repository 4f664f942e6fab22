//! `privatums release`: records a new version of every policy page whose text changed
//! since its last recorded version, all or nothing. Every new version's folder is written
//! into one hidden folder of the site root first (`.privatums-release-*`, on the same file
//! system); only when all are complete is each renamed into its record, a rename that
//! either happens whole or not at all. A release killed before that leaves the records as
//! they were, and the next one removes its hidden folder.

use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use super::{owners, plan, status, PageText, Status};
use crate::build::Project;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Language, Localized};

const STAGING_PREFIX: &str = ".privatums-release-";

/// What a release recorded: each new version's folder and its languages.
#[derive(Debug, Default)]
pub struct Released {
    pub versions: Vec<(PathBuf, Vec<Language>)>,
}

impl fmt::Display for Released {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.versions.is_empty() {
            return f
                .write_str("nothing to record: every page's text is its last recorded version");
        }
        for (index, (folder, languages)) in self.versions.iter().enumerate() {
            if index > 0 {
                f.write_str("\n")?;
            }
            let languages: Vec<&str> = languages.iter().map(|l| l.code()).collect();
            write!(
                f,
                "recorded {} ({})",
                folder.display(),
                languages.join(", ")
            )?;
        }
        write!(
            f,
            "\nreview the changes with `privatums serve`, then commit the new folders"
        )
    }
}

/// Records the changed pages of `project` (one institution's with `only`, else every
/// institution's and the platform's).
pub fn release(
    project: &Project,
    only: Option<&crate::model::Slug>,
) -> Result<Released, Diagnostics> {
    let site = project.site();
    let root = project.root_dir();
    remove_debris(root);
    let mut errors = Diagnostics::default();
    let mut new = Vec::new();
    for owner in owners(site, only) {
        let record = owner.record(site);
        let date = owner.date(site);
        let mut texts: Localized<Option<PageText>> = Localized::from_fn(|_| None);
        for &language in site.platform.languages() {
            let text = match project
                .renderer()
                .page_text(site, &plan(site, owner, language))
            {
                Ok(text) => text,
                Err(e) => {
                    errors.extend(e);
                    continue;
                }
            };
            match status(record, language, &text, date) {
                Status::Current(..) => {}
                Status::Unreleased { dated: false, .. } => {}
                Status::Unrecorded | Status::Unreleased { .. } => {
                    *texts.get_mut(language) = Some(text)
                }
            }
        }
        if texts.lv.is_none() && texts.en.is_none() {
            continue;
        }
        if let Some(last) = record.latest().filter(|last| last.date >= date) {
            let (file, key) = owner.date_source(site);
            errors.push(
                Diagnostic::new(
                    &file.path,
                    format!(
                        "the page text changed since version {}, but `{key}` is still {}",
                        last.date.iso(),
                        date.iso()
                    ),
                )
                .hint(format!(
                    "set `{key}` to the date the changed policy is published, then run `privatums release` again"
                )),
            );
            continue;
        }
        new.push((record, record.next_version(date, &texts), texts));
    }
    // The date guard of `findings` as well: a text changed under an unchanged date.
    for finding in super::findings(site, project.renderer(), only) {
        if finding.rule == crate::check::Rule::VersionDate
            && !errors.iter().any(|e| e.file == finding.diagnostic.file)
        {
            errors.push(finding.diagnostic);
        }
    }
    errors.into_result(())?;
    let mut released = Released::default();
    if new.is_empty() {
        return Ok(released);
    }
    let io = |e: std::io::Error| {
        Diagnostics::from(Diagnostic::new(
            root,
            format!("could not write the release record: {e}"),
        ))
    };
    let staging = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .tempdir_in(root)
        .map_err(io)?;
    let mut staged = Vec::new();
    for (index, (record, (name, files), texts)) in new.iter().enumerate() {
        let dir = staging.path().join(index.to_string());
        fs::create_dir(&dir).map_err(io)?;
        for (file, contents) in files {
            fs::write(dir.join(file), contents).map_err(io)?;
        }
        let target = record.folder.join(name);
        let languages = Language::ALL
            .into_iter()
            .filter(|l| texts.get(*l).is_some())
            .collect();
        staged.push((dir, target, languages));
    }
    sync(staging.path()).map_err(io)?;
    for (dir, target, languages) in staged {
        let full = root.join(&target);
        if let Some(parent) = full.parent() {
            fs::create_dir_all(parent).map_err(io)?;
        }
        fs::rename(&dir, &full).map_err(io)?;
        released.versions.push((target, languages));
    }
    Ok(released)
}

/// Flushes the staged files to disk, so a version renamed into the record is whole even
/// after a power cut.
fn sync(dir: &Path) -> std::io::Result<()> {
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry?;
        if entry.file_type().is_file() {
            fs::File::open(entry.path())?.sync_all()?;
        }
    }
    Ok(())
}

/// Removes what killed releases left in the root.
fn remove_debris(root: &Path) {
    let Ok(entries) = fs::read_dir(root) else {
        return;
    };
    for entry in entries.flatten() {
        if entry
            .file_name()
            .to_string_lossy()
            .starts_with(STAGING_PREFIX)
        {
            let _ = fs::remove_dir_all(entry.path());
        }
    }
}
