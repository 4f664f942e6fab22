//! The build: load → validate → merge → render → write. Each stage hands the next a
//! typed value; only the first reads files and only the last writes them.
//!
//! - `project.rs`: what a [`Project`] holds — the loaded site, the compiled theme and shared
//!   content, and what the last publish kept of each institution (the cache an incremental
//!   rebuild works from) — and how it is opened;
//! - `publish.rs`: what it does — the build plan: each institution's job (load, validate,
//!   check, render, write its pages, notices, versions and data files into the staging
//!   folder), the platform's pages, the swap;
//! - `memory.rs`: the same stages run into memory, for `check` and the tests.
//!
//! A long-running process keeps its `Project` and publishes one institution again without
//! redoing the rest.

mod memory;
mod project;
mod publish;

use std::path::PathBuf;
use std::time::{Duration, Instant};

use crate::diagnostic::Diagnostics;
use crate::load::{Listing, Root, Site};
use crate::merge;
use crate::msg;
use crate::output::Scope;

#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// The site root: the folder with `platform.toml`.
    pub root: PathBuf,
    /// The output folder; `public/` under the root by default.
    pub out: PathBuf,
    /// Build only this institution's pages, replacing only its subtree of the output.
    pub only: Option<String>,
    /// Replace an existing output folder that holds files privatums did not write.
    pub take_over: bool,
    /// Write a Brotli and a gzip copy beside every text file (`index.html.br`).
    pub precompress: bool,
    /// Render a page whose text is not yet released as a marked draft instead of refusing
    /// it (`serve`: an editor previews a change before releasing it). `build` never does.
    pub drafts: bool,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> BuildOptions {
        let root = root.into();
        BuildOptions {
            out: root.join("public"),
            root,
            only: None,
            take_over: false,
            precompress: true,
            drafts: false,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Summary {
    pub pages: usize,
    /// Pages of the institutions' notices (signs, texts to paste), besides `pages`.
    pub notice_pages: usize,
    pub institutions: usize,
    pub elapsed: Duration,
    pub out: PathBuf,
    /// `check` warnings; they don't stop a build.
    pub warnings: usize,
    /// Set when the new output is in place but the previous one was left behind.
    pub left_behind: Option<String>,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let built = msg!(
            "built",
            pages = self.pages,
            notices = self.notice_pages,
            institutions = self.institutions,
            seconds = format!("{:.2}", self.elapsed.as_secs_f64()),
            out = &self.out
        );
        write!(f, "{built}")?;
        if self.warnings > 0 {
            write!(
                f,
                "{}",
                msg!("built-with-warnings", warnings = self.warnings)
            )?;
        }
        Ok(())
    }
}

/// `privatums build`: open the project and publish what the options ask for.
pub fn build(options: &BuildOptions) -> Result<Summary, Diagnostics> {
    let started = Instant::now();
    Root::new(&options.root)?;
    crate::output::check_out(&options.root, &options.out, options.take_over)?;
    let project = Project::open(options)?;
    let scope = match &options.only {
        Some(wanted) => Scope::Institution(project.find_institution(wanted)?),
        None => Scope::Whole,
    };
    let mut project = project;
    let mut summary = project.publish(&scope)?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

pub use project::Project;

/// The platform's own pages: its policy and the index, in every language.
pub(super) fn platform_plans<'a>(
    site: &'a Site,
    listings: &'a [Listing],
) -> Vec<merge::PagePlan<'a>> {
    site.platform
        .languages()
        .iter()
        .flat_map(|&language| {
            [
                merge::plan_platform(site, language),
                merge::plan_index(listings, language),
            ]
        })
        .collect()
}

/// The version guard on the site as a whole, once every institution's listing is known.
pub(super) fn site_guard<L: std::borrow::Borrow<Listing>>(
    site: &Site,
    listings: &[L],
) -> Vec<crate::finding::Finding> {
    let recorded =
        listings.iter().any(|l| l.borrow().recorded) || !site.versions.versions.is_empty();
    crate::version_guard::site_findings(recorded, &site.ledger)
}

/// Every `Ok`, or every error of every `Err`.
pub(super) fn collect<T>(results: Vec<Result<T, Diagnostics>>) -> Result<Vec<T>, Diagnostics> {
    let mut errors = Diagnostics::default();
    let mut values = Vec::with_capacity(results.len());
    for result in results {
        match result {
            Ok(value) => values.push(value),
            Err(e) => errors.extend(e),
        }
    }
    errors.into_result(values)
}
