//! `privatums release`: records a new version of every policy page whose text changed
//! since its last recorded version, all or nothing, in two phases:
//!
//! 1. every new version's folder is written into one hidden folder of the site root
//!    (`.privatums-release-*`, on the same file system), flushed to disk, and renamed into
//!    its record: a folder the ledger does not name yet, so no reader sees it;
//! 2. the new ledger (`ledger`) is written beside them, flushed, and renamed over the old
//!    one: the one step that makes all the new versions part of the record at once.
//!
//! A release killed before that last rename leaves the record as it was; the next one
//! removes the hidden folder and the version folders no ledger names.
//!
//! One release at a time per site: a release holds an exclusive lock on the ledger's
//! folder (`content/versions/`) from before it reads the ledger and the records until after
//! its last rename, so two releases never interleave their phases, and debris is removed
//! only by the one release that holds it. Builds take no part: they read the ledger, which
//! one rename replaces.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::build::{BuildOptions, Project};
use crate::diagnostic::{os_error, Diagnostic, Diagnostics};
use crate::load::{Institution, Root, Site};
use crate::merge::Owner;
use crate::model::ledger::{self, Head, FILE as LEDGER_FILE};
use crate::model::record;
use crate::model::{Language, Localized, PageText, Slug};
use crate::msg;
use crate::output::{lock_folder, Holder};
use crate::version_guard::{status, Status};

const STAGING_PREFIX: &str = ".privatums-release-";

/// What a release recorded: each new version's folder and its languages.
#[derive(Debug, Default)]
pub struct Released {
    pub versions: Vec<(PathBuf, Vec<Language>)>,
    /// Whether it wrote the ledger of a record that had none.
    pub ledger_written: bool,
}

impl fmt::Display for Released {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut lines = Vec::new();
        if self.versions.is_empty() {
            lines.push(msg!("release-nothing"));
        }
        for (folder, languages) in &self.versions {
            let languages: Vec<&str> = languages.iter().map(|l| l.code()).collect();
            lines.push(msg!(
                "release-recorded",
                folder = folder,
                languages = languages.join(", ")
            ));
        }
        if self.ledger_written {
            lines.push(msg!("release-ledger-written", ledger = LEDGER_FILE));
        }
        if !self.versions.is_empty() {
            lines.push(msg!("release-review", ledger = LEDGER_FILE));
        }
        let lines: Vec<String> = lines.iter().map(|m| m.to_string()).collect();
        f.write_str(&lines.join("\n"))
    }
}

/// `privatums release` on the site at `options.root`: records the changed pages (the
/// institution `only` names, else every institution's and the platform's) while holding
/// the site's release lock.
pub fn release(options: &BuildOptions, only: Option<&str>) -> Result<Released, Diagnostics> {
    // Taken before the ledger and the records are read: a release that waited for another
    // starts from the record that one left, not from what it read before.
    let _lock = lock(&options.root)?;
    let project = Project::open(options)?;
    let only = only
        .map(|wanted| project.find_institution(wanted))
        .transpose()?;
    record_changes(&project, only.as_ref())
}

/// Locks the ledger's folder (made if the site has none yet) for as long as the handle is
/// open; the lock goes with the process, so a killed release never leaves it taken. The
/// folder, not the ledger: the commit replaces the ledger's file, and a lock on the old
/// one would not stop a release that opens the new one.
///
/// A second release waits, as a build does, rather than failing: the first is seconds
/// from done, and what the second then records (usually nothing) is what the maintainer,
/// or the CI job, that started it wants; a failure would only make them run it again.
///
/// `None` for a folder that is not a site (no `platform.toml`): opening it says so, and
/// no folder is made in it.
fn lock(root: &Path) -> Result<Option<fs::File>, Diagnostics> {
    let root = Root::new(root)?;
    if !root.is_file(Path::new(crate::load::PLATFORM_FILE)) {
        return Ok(None);
    }
    let folder = root.dir().join(
        Path::new(LEDGER_FILE)
            .parent()
            .expect("the ledger is in a folder"),
    );
    fs::create_dir_all(&folder)
        .and_then(|()| lock_folder(&folder, Holder::Release))
        .map(Some)
        .map_err(|e| {
            Diagnostics::from(
                Diagnostic::new(&folder, msg!("release-lock-failed", detail = os_error(&e)))
                    .hint(msg!("release-lock-failed-hint", folder = &folder)),
            )
        })
}

/// Records the changed pages of `project` (one institution's with `only`, else every
/// institution's and the platform's). The caller holds the release lock.
fn record_changes(project: &Project, only: Option<&Slug>) -> Result<Released, Diagnostics> {
    let site = project.site();
    let root = project.root_dir();
    // Every institution, not only `only`: the ledger names where each record ends.
    let institutions = project.institutions()?;
    let owners = owners(&institutions, only);
    let mut errors = Diagnostics::default();
    let mut new = Vec::new();
    for &owner in &owners {
        let record = owner.record(site);
        let date = owner.date(site);
        let mut texts: Localized<Option<PageText>> = Localized::from_fn(|_| None);
        for &language in site.platform.languages() {
            let text = match project
                .renderer()
                .page_text(site, &owner.plan(site, language))
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
                    msg!(
                        "release-date-unchanged",
                        version = last.date.iso(),
                        key = key,
                        date = date.iso()
                    ),
                )
                .hint(msg!("release-date-unchanged-hint", key = key)),
            );
            continue;
        }
        let languages = Language::ALL
            .into_iter()
            .filter(|l| texts.get(*l).is_some())
            .collect();
        new.push((record.next_version(date, &texts), languages));
    }
    // The date guard of `findings` as well: a text changed under an unchanged date.
    let findings = owners
        .iter()
        .flat_map(|&owner| crate::versions::findings(site, project.renderer(), owner));
    for finding in findings {
        if finding.rule == crate::finding::Rule::VersionDate
            && !errors.iter().any(|e| e.file == finding.diagnostic.file)
        {
            errors.push(finding.diagnostic);
        }
    }
    errors.into_result(())?;
    let io = |e: std::io::Error| {
        Diagnostics::from(Diagnostic::new(
            root,
            msg!("release-write-failed", detail = os_error(&e)),
        ))
    };
    remove_debris(root, site, &institutions);
    let mut released = Released::default();
    let mut heads = heads(site, &institutions);
    let needs_ledger = site.ledger.file.is_none();
    // Versions kept before the ledger get theirs even when nothing is new.
    let adopts = needs_ledger && !heads.is_empty();
    if new.is_empty() && !adopts {
        return Ok(released);
    }
    let mut steps = Steps::default();
    let staging = tempfile::Builder::new()
        .prefix(STAGING_PREFIX)
        .tempdir_in(root)
        .map_err(io)?;
    steps.next();
    if needs_ledger {
        // A record kept before the ledger: its ledger first, so the folders below are
        // not part of the record until the release is complete.
        commit(root, staging.path(), &ledger::write(heads.clone())).map_err(io)?;
        released.ledger_written = true;
        steps.next();
    }
    // Phase 1: the new versions' folders, whole, where no reader looks yet.
    for (index, (version, languages)) in new.into_iter().enumerate() {
        let dir = staging.path().join(index.to_string());
        fs::create_dir(&dir).map_err(io)?;
        fs::write(dir.join(record::STAGED), "").map_err(io)?;
        for (file, contents) in &version.files {
            fs::write(dir.join(file), contents).map_err(io)?;
            steps.next();
        }
        sync(&dir).map_err(io)?;
        let full = root.join(&version.folder);
        let parent = full.parent().expect("a version folder is in its record");
        fs::create_dir_all(parent).map_err(io)?;
        fs::rename(&dir, &full).map_err(io)?;
        sync_folder(parent).map_err(io)?;
        steps.next();
        let in_record = version
            .folder
            .parent()
            .expect("a version folder is in its record");
        heads.insert(in_record.to_path_buf(), version.head);
        released.versions.push((version.folder, languages));
    }
    // Phase 2: the commit point.
    commit(root, staging.path(), &ledger::write(heads)).map_err(io)?;
    steps.next();
    for (folder, _) in &released.versions {
        // Named by the ledger now; a mark a kill leaves here goes with the next release.
        let _ = fs::remove_file(root.join(folder).join(record::STAGED));
    }
    Ok(released)
}

/// The pages `only` selects: one institution's, or every institution's and the platform's.
fn owners<'a>(institutions: &'a [Institution], only: Option<&Slug>) -> Vec<Owner<'a>> {
    let mut owners: Vec<Owner> = institutions
        .iter()
        .filter(|i| only.is_none_or(|s| *s == i.slug))
        .map(Owner::Institution)
        .collect();
    if only.is_none() {
        owners.push(Owner::Platform);
    }
    owners
}

/// Where every record of the site ends now.
fn heads(site: &Site, institutions: &[Institution]) -> BTreeMap<PathBuf, Head> {
    owners(institutions, None)
        .into_iter()
        .filter_map(|owner: Owner| {
            let record = owner.record(site);
            Some((record.folder.clone(), record.head()?))
        })
        .collect()
}

/// The steps of a release that writes to disk, counted so the tests can kill it at each
/// (`PRIVATUMS_KILL_RELEASE_AT=N`, in debug builds only): the process dies at its N-th
/// step, as under `kill -9`, without cleaning up.
#[derive(Default)]
struct Steps(u32);

impl Steps {
    fn next(&mut self) {
        self.0 += 1;
        #[cfg(debug_assertions)]
        if std::env::var("PRIVATUMS_KILL_RELEASE_AT")
            .ok()
            .and_then(|v| v.parse().ok())
            == Some(self.0)
        {
            std::process::abort();
        }
    }
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

/// Removes what killed releases left: their hidden folders in the root, the version
/// folders they staged that the ledger does not name, and the marks of those it does.
fn remove_debris(root: &Path, site: &Site, institutions: &[Institution]) {
    let records: Vec<&record::Record> = institutions
        .iter()
        .map(|i| &i.versions)
        .chain([&site.versions])
        .collect();
    for kept in &records {
        for folder in &kept.debris {
            let _ = fs::remove_dir_all(root.join(folder));
        }
        for version in &kept.versions {
            let folder = kept.folder.join(version.date.iso());
            let _ = fs::remove_file(root.join(folder).join(record::STAGED));
        }
    }
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
/// Replaces the ledger under `root` with `text` in one rename: written into `staging` (a
/// folder on the same file system) first and flushed to disk, so the ledger is at every
/// instant either the old one or the new one, whole.
fn commit(root: &Path, staging: &Path, text: &str) -> io::Result<()> {
    let target = root.join(LEDGER_FILE);
    let folder = target.parent().expect("the ledger is in a folder");
    fs::create_dir_all(folder)?;
    let mut file = tempfile::NamedTempFile::new_in(staging)?;
    file.write_all(text.as_bytes())?;
    file.as_file().sync_all()?;
    file.persist(&target).map_err(|e| e.error)?;
    sync_folder(folder)
}

/// Flushes a folder's entries (a rename into it) to disk.
fn sync_folder(folder: &Path) -> io::Result<()> {
    #[cfg(unix)]
    fs::File::open(folder)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = folder;
    Ok(())
}
