//! The version guard: where a policy page's text stands against its recorded versions.
//! It takes values — the record, the page's date and where that date is set, the rendered
//! page text — and returns findings and the version line a page shows; it reads no file
//! and renders nothing, so `render`, `build`, `check` and `release` all apply the same
//! rules without this module knowing any of them.
//!
//! The rules (`check` and `build` apply them to every page of a site that keeps a record):
//! text changed without a new date (`version-date`, error), changes not yet recorded or a
//! page never recorded (`unreleased-version`, warning), versions recorded without the
//! ledger (`version-ledger`, error).

pub mod words;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Position};
use crate::finding::{Finding, Rule};
use crate::model::ledger::{self, Ledger};
use crate::model::record::{Record, Recorded, Version};
use crate::model::{Date, DateView, Language, PageText, Slug, SourceFile};
use crate::msg;

/// A policy page under the guard, as values.
#[derive(Clone, Copy, Debug)]
pub struct Guarded<'a> {
    pub record: &'a Record,
    /// The date a version recorded now gets.
    pub date: Date,
    /// The file and key an editor changes to date a new version.
    pub date_source: (&'a SourceFile, &'static str),
    /// The institution whose page it is; `None` for the platform's.
    pub institution: Option<&'a Slug>,
}

/// Where a page's text stands against its record.
#[derive(Debug)]
pub enum Status<'a> {
    /// No version of the page in this language is recorded.
    Unrecorded,
    /// The text is the last recorded version's.
    Current(&'a Version, &'a Recorded),
    /// The text differs from the last recorded version; `dated` when the page's date is
    /// later than every recorded version (so `release` can record it).
    Unreleased { last: &'a Version, dated: bool },
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

/// The guard on the site as a whole: versions recorded without the ledger (error).
/// `recorded`: whether any page of the site has recorded versions.
pub fn site_findings(recorded: bool, ledger: &Ledger) -> Vec<Finding> {
    if !recorded || ledger.file.is_some() {
        return Vec::new();
    }
    vec![Finding::new(
        Rule::VersionLedger,
        Diagnostic::new(ledger::FILE, msg!("ledger-missing"))
            .hint(msg!("ledger-missing-hint", ledger = ledger::FILE)),
    )]
}

/// The command that records a new version of the page of `institution` (the platform's
/// page when `None`).
pub fn release_command(institution: Option<&Slug>) -> String {
    match institution {
        Some(slug) => format!("privatums release --only {slug}"),
        None => "privatums release".to_owned(),
    }
}

/// The guard on one page with this text: changed while its date did not (error), changed
/// and not yet recorded, or never recorded (warning).
pub fn page_finding(page: &Guarded, language: Language, text: &PageText) -> Option<Finding> {
    let Guarded {
        record,
        date,
        date_source: (file, key),
        institution,
    } = *page;
    let at = |d: Diagnostic| match key_line(&file.text, key) {
        Some(line) => d.at(Position::of_line(&file.text, line)),
        None => d,
    };
    let command = release_command(institution);
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
    Some(match institution {
        Some(slug) => finding.institution(slug),
        None => finding,
    })
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
