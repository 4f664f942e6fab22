//! Versions: every published text of a policy page kept in the site's sources, told to
//! visitors and subscribers.
//!
//! - `text`: the page text (what a visitor reads, section by section) and its written form;
//! - `record`: the release record (`versions/<date>/`), read and verified as a hash chain;
//! - `ledger`: the one file naming where every record ends, the commit point of a release;
//! - `release`: `privatums release`, which records the pages whose text changed;
//! - `diff`: what changed between two versions, by section, line and word;
//! - `pages` and `feed`: the archived versions, their diffs, the versions list and the
//!   Atom feed under each policy page (`…/privatuma-politika/versijas/`);
//! - [`findings`]: the guards `check` and `build` apply — text changed without a new date
//!   (error), changes not yet recorded or a page never recorded (warning), a record
//!   without its ledger (error).
//!
//! A version's date is the page's date: the institution's `updated`, or the platform's
//! `published` when that is later (the platform's text is part of every institution's page,
//! so publishing it anew is a new date for every page); the platform's page has `published`.

pub mod diff;
mod feed;
pub mod ledger;
mod pages;
pub mod record;
mod release;
pub mod text;
mod words;

use std::path::{Path, PathBuf};

use serde::Serialize;

pub use ledger::Ledger;
pub use pages::render;
pub use record::Record;
pub use release::{release, Released};
pub use text::PageText;

use crate::check::{Finding, Rule};
use crate::diagnostic::{Diagnostic, Position};
use crate::load::{Institution, Site, SourceFile};
use crate::merge::{self, PageKind};
use crate::model::{Date, DateView, Language};
use crate::msg;
use crate::render::Renderer;

/// The platform's record, beside the shared content.
pub const PLATFORM_FOLDER: &str = "content/versions";

/// The record folder of the institution in `folder` (`institutions/<slug>`).
pub fn institution_folder(folder: &Path) -> PathBuf {
    folder.join(record::FOLDER)
}

/// Whose policy page a record holds.
#[derive(Clone, Copy, Debug)]
pub enum Owner<'a> {
    Institution(&'a Institution),
    Platform,
}

impl<'a> Owner<'a> {
    pub fn of(kind: &PageKind<'a>) -> Option<Owner<'a>> {
        match kind {
            PageKind::Institution(i) => Some(Owner::Institution(i)),
            PageKind::Platform => Some(Owner::Platform),
            PageKind::Index(_) => None,
        }
    }

    pub fn record(self, site: &'a Site) -> &'a Record {
        match self {
            Owner::Institution(i) => &i.versions,
            Owner::Platform => &site.versions,
        }
    }

    pub fn kind(self) -> PageKind<'a> {
        match self {
            Owner::Institution(i) => PageKind::Institution(i),
            Owner::Platform => PageKind::Platform,
        }
    }

    /// The date a version of the page recorded now gets.
    pub fn date(self, site: &Site) -> Date {
        match self {
            Owner::Institution(i) => i.data.updated.max(site.platform.published),
            Owner::Platform => site.platform.published,
        }
    }

    /// The file and key an editor changes to date a new version.
    fn date_source(self, site: &'a Site) -> (&'a SourceFile, &'static str) {
        match self {
            Owner::Institution(i) if i.data.updated >= site.platform.published => {
                (&i.file, "updated")
            }
            _ => (&site.platform_file, "published"),
        }
    }

    /// The `--only` argument that releases this page.
    fn only(self) -> String {
        match self {
            Owner::Institution(i) => format!(" --only {}", i.slug),
            Owner::Platform => String::new(),
        }
    }
}

/// Where a page's text stands against its record.
#[derive(Debug)]
pub enum Status<'a> {
    /// No version of the page in this language is recorded.
    Unrecorded,
    /// The text is the last recorded version's.
    Current(&'a record::Version, &'a record::Recorded),
    /// The text differs from the last recorded version; `dated` when the page's date is
    /// later than every recorded version (so `release` can record it).
    Unreleased {
        last: &'a record::Version,
        dated: bool,
    },
}

pub fn status<'a>(
    record: &'a Record,
    language: Language,
    text: &PageText,
    date: Date,
) -> Status<'a> {
    let Some((version, recorded)) = record.history(language).pop() else {
        return Status::Unrecorded;
    };
    if recorded.text == *text {
        return Status::Current(version, recorded);
    }
    let last = record.latest().expect("a record with a version");
    Status::Unreleased {
        last,
        dated: date > last.date,
    }
}

/// The line under a policy page's title: its version, what changed, the versions.
#[derive(Debug, Serialize)]
pub struct VersionLine {
    pub w: &'static words::Labels,
    pub date: Option<DateView>,
    pub changed: Vec<String>,
    pub first: bool,
    /// Relative to the policy page.
    pub diff: Option<String>,
    pub list: String,
    pub unreleased: bool,
}

/// The version line of a page with this text, if its record has any version.
pub fn line(
    record: &Record,
    language: Language,
    text: &PageText,
    date: Date,
) -> Option<VersionLine> {
    let w = words::labels(language);
    let list = format!("{}/", w.folder);
    let line = match status(record, language, text, date) {
        Status::Unrecorded if record.versions.is_empty() => return None,
        Status::Current(version, recorded) => {
            let first = record.history(language).len() == 1;
            VersionLine {
                w,
                date: Some(version.date.view(language)),
                changed: recorded.changed.clone(),
                first,
                diff: (!first)
                    .then(|| format!("{list}{}/{}/", version.date.iso(), w.changes_folder)),
                list,
                unreleased: false,
            }
        }
        Status::Unrecorded | Status::Unreleased { .. } => VersionLine {
            w,
            date: None,
            changed: Vec::new(),
            first: false,
            diff: None,
            list,
            unreleased: true,
        },
    };
    Some(line)
}

/// Whether the owner's page is under a release record: the site has a ledger, or versions
/// from before it (the platform's, or this institution's own).
pub fn keeps_record(site: &Site, owner: Owner) -> bool {
    site.ledger.file.is_some()
        || !site.versions.versions.is_empty()
        || !owner.record(site).versions.is_empty()
}

/// The guards of an owner's policy page on a site that keeps a release record: each
/// language's text against its record ([`page_finding`]). `build` gets each page's text
/// from rendering it ([`page_finding`]); `check` and `release` render the sections here.
pub fn findings(site: &Site, renderer: &Renderer, owner: Owner) -> Vec<Finding> {
    if !keeps_record(site, owner) {
        return Vec::new();
    }
    site.platform
        .languages()
        .iter()
        .filter_map(|&language| {
            // A page that does not render is reported by the build itself.
            let text = renderer
                .page_text(site, &plan(site, owner, language))
                .ok()?;
            page_finding(site, owner, language, &text)
        })
        .collect()
}

/// The guard on the site as a whole: versions recorded without the ledger (error).
/// `institutions_recorded`: whether any institution's page has recorded versions.
pub fn site_findings(site: &Site, institutions_recorded: bool) -> Vec<Finding> {
    let recorded = institutions_recorded || !site.versions.versions.is_empty();
    if !recorded || site.ledger.file.is_some() {
        return Vec::new();
    }
    vec![Finding::new(
        Rule::VersionLedger,
        Diagnostic::new(ledger::FILE, msg!("ledger-missing"))
            .hint(msg!("ledger-missing-hint", ledger = ledger::FILE)),
    )]
}

/// The guard on one page with this text: changed while its date did not (error), changed
/// and not yet recorded, or never recorded (warning).
pub fn page_finding(
    site: &Site,
    owner: Owner,
    language: Language,
    text: &PageText,
) -> Option<Finding> {
    let record = owner.record(site);
    let date = owner.date(site);
    let (file, key) = owner.date_source(site);
    let at = |d: Diagnostic| match key_line(&file.text, key) {
        Some(line) => d.at(Position::of_line(&file.text, line)),
        None => d,
    };
    let command = format!("privatums release{}", owner.only());
    let (rule, message, hint) = match status(record, language, text, date) {
        Status::Current(..) => return None,
        Status::Unreleased { last, dated: false } => (
            Rule::VersionDate,
            msg!(
                "version-date-unchanged",
                language = language.code(),
                version = last.date.iso(),
                key = key,
                date = date.iso()
            ),
            msg!("version-date-unchanged-hint", key = key, command = command),
        ),
        unreleased @ (Status::Unreleased { dated: true, .. } | Status::Unrecorded) => (
            Rule::UnreleasedVersion,
            match unreleased {
                Status::Unrecorded => msg!(
                    "version-never-recorded",
                    language = language.code(),
                    date = date.iso()
                ),
                _ => msg!(
                    "version-unreleased",
                    language = language.code(),
                    date = date.iso()
                ),
            },
            msg!(
                "version-unreleased-hint",
                command = command,
                folder = &record.folder,
                ledger = ledger::FILE
            ),
        ),
    };
    let finding =
        Finding::new(rule, at(Diagnostic::new(&file.path, message)).hint(hint)).language(language);
    Some(match owner {
        Owner::Institution(i) => finding.institution(&i.slug),
        Owner::Platform => finding,
    })
}

/// The plan of an owner's policy page.
pub(crate) fn plan<'a>(
    site: &'a Site,
    owner: Owner<'a>,
    language: Language,
) -> merge::PagePlan<'a> {
    match owner {
        Owner::Institution(i) => merge::plan_institution(site, i, language),
        Owner::Platform => merge::plan_platform(site, language),
    }
}

/// The 1-based line where `key = …` is set at the top of a TOML file.
fn key_line(text: &str, key: &str) -> Option<usize> {
    text.lines()
        .take_while(|l| !l.trim_start().starts_with('['))
        .position(|l| {
            l.trim_start()
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        })
        .map(|i| i + 1)
}
