//! Whose policy page a record holds, and what the version guard needs to know of it.

use super::{plan_institution, plan_platform, PageKind, PagePlan};
use crate::load::{Institution, Site};
use crate::model::record::Record;
use crate::model::{Date, Language, SourceFile};
use crate::version_guard::Guarded;

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
    pub fn date_source(self, site: &'a Site) -> (&'a SourceFile, &'static str) {
        match self {
            Owner::Institution(i) if i.data.updated >= site.platform.published => {
                (&i.file, "updated")
            }
            _ => (&site.platform_file, "published"),
        }
    }

    /// Whether the page is under a release record: the site has a ledger, or versions
    /// from before it (the platform's, or this institution's own).
    pub fn keeps_record(self, site: &Site) -> bool {
        site.ledger.file.is_some()
            || !site.versions.versions.is_empty()
            || !self.record(site).versions.is_empty()
    }

    /// The page as the version guard sees it.
    pub fn guarded(self, site: &'a Site) -> Guarded<'a> {
        Guarded {
            record: self.record(site),
            date: self.date(site),
            date_source: self.date_source(site),
            institution: match self {
                Owner::Institution(i) => Some(&i.slug),
                Owner::Platform => None,
            },
        }
    }

    /// The plan of the owner's policy page.
    pub fn plan(self, site: &'a Site, language: Language) -> PagePlan<'a> {
        match self {
            Owner::Institution(i) => plan_institution(site, i, language),
            Owner::Platform => plan_platform(site, language),
        }
    }
}
