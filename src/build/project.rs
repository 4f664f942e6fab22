//! What a `Project` holds, and opening one.

use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::{collect, BuildOptions};
use crate::diagnostic::{closest, Diagnostic, Diagnostics};
use crate::load::{self, Listing, Root, Site};
use crate::merge;
use crate::model::{Slug, Text};
use crate::msg;
use crate::render::Renderer;
use crate::validate;

/// A loaded, checked platform with its compiled renderer. Institutions are not kept: each is
/// loaded when its pages are built or checked and dropped after ([`Project::each_institution`]),
/// so memory follows the institutions in progress (one a thread), not the platform; a
/// long-running process rebuilds one institution by loading that one again.
pub struct Project {
    pub(super) root: Root,
    pub(super) out: PathBuf,
    pub(super) site: Site,
    pub(super) renderer: Renderer,
    pub(super) precompress: bool,
    /// Unreleased pages are rendered as marked drafts (`BuildOptions::drafts`).
    pub(super) drafts: bool,
    /// What the last publish kept of each institution, in folder order: the index pages'
    /// list and what is compared across institutions.
    pub(super) listings: Vec<Listing>,
}

impl Project {
    /// Loads, validates and compiles the platform's side (the shared content, the theme,
    /// `platform.toml`); nothing is written.
    pub fn open(options: &BuildOptions) -> Result<Project, Diagnostics> {
        let root = Root::new(&options.root)?;
        let site = load::load(&root)?;
        validate::validate(&site)?;
        merge::headings::check_platform(&site)?;
        let renderer = Renderer::new(&site)?;
        Ok(Project {
            root,
            out: options.out.clone(),
            site,
            renderer,
            precompress: options.precompress,
            drafts: options.drafts,
            listings: Vec::new(),
        })
    }

    pub fn site(&self) -> &Site {
        &self.site
    }

    pub fn renderer(&self) -> &Renderer {
        &self.renderer
    }

    /// The site root's folder.
    pub fn root_dir(&self) -> &Path {
        self.root.dir()
    }

    /// Loads and validates the institutions `only` selects (all of them with `None`),
    /// in parallel, and hands each to `job`; an institution is dropped when its job ends.
    /// Every folder is loaded even when another fails, so one run reports every
    /// institution's mistakes; `Err` holds them all.
    pub(super) fn each_institution<T: Send>(
        &self,
        only: Option<&Slug>,
        job: impl Fn(load::Institution) -> T + Sync,
    ) -> Result<Vec<T>, Diagnostics> {
        let folders = match only {
            Some(slug) => vec![Path::new("institutions").join(slug.as_str())],
            None => self.site.institution_folders.clone(),
        };
        let results: Vec<Result<T, Diagnostics>> = folders
            .par_iter()
            .map(|folder| {
                let institution = load::institution(&self.root, &self.site, folder)?;
                validate::validate_institution(&self.site, &institution)?;
                merge::headings::check_institution(&self.site, &institution)?;
                Ok(job(institution))
            })
            .collect();
        collect(results)
    }

    /// Every institution, loaded and validated, all at once (for `release`, which
    /// compares every record with the ledger).
    pub fn institutions(&self) -> Result<Vec<load::Institution>, Diagnostics> {
        self.each_institution(None, |institution| institution)
    }

    /// Whether `institutions/<slug>/` is there (a long-running process asks after an edit).
    pub fn has_institution(&self, slug: &Slug) -> bool {
        self.root
            .is_dir(&Path::new("institutions").join(slug.as_str()))
    }

    /// The slug of an institution by its folder name, or an error suggesting the closest.
    pub fn find_institution(&self, wanted: &str) -> Result<Slug, Diagnostic> {
        let known: Vec<&str> = self
            .site
            .institution_folders
            .iter()
            .filter_map(|folder| folder.file_name()?.to_str())
            .collect();
        if known.contains(&wanted) {
            if let Ok(slug) = Slug::parse(wanted) {
                return Ok(slug);
            }
        }
        let hint = match closest(wanted, known) {
            Some(best) => msg!("did-you-mean", best = best),
            None => msg!("no-such-institution-hint"),
        };
        Err(Diagnostic::new(
            Path::new("institutions").join(wanted),
            msg!("no-such-institution", slug = wanted),
        )
        .hint(hint))
    }

    /// The name the index pages list for an institution, as the last publish left it
    /// (`None` if it is not listed). When a publish changes it, the index pages are out of
    /// date.
    pub fn listed_name(&self, slug: &Slug) -> Option<&Text> {
        let at = self.listings.binary_search_by(|l| l.slug.cmp(slug)).ok()?;
        Some(&self.listings[at].name)
    }
}
