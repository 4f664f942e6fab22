//! The build: load → validate → merge → render → write. Each stage hands the next a
//! typed value; only the first reads files and only the last writes them.
//!
//! A [`Project`] keeps what is expensive to make — the loaded site, the compiled theme and
//! shared content — so a long-running process can reload one institution and publish its
//! pages again without redoing the rest.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::check;
use crate::deploy;
use crate::diagnostic::{closest, os_error, Diagnostic, Diagnostics};
use crate::load::{self, Listing, Root, Site};
use crate::merge::{self, Owner};
use crate::model::{Slug, Text};
use crate::msg;
use crate::notices;
use crate::output::{Scope, Staging};
use crate::render::Renderer;
use crate::validate;
use crate::version_guard;
use crate::versions;

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

/// A loaded, checked platform with its compiled renderer. Institutions are not kept: each is
/// loaded when its pages are built or checked and dropped after ([`Project::each_institution`]),
/// so memory follows the institutions in progress (one a thread), not the platform; a
/// long-running process rebuilds one institution by loading that one again.
pub struct Project {
    root: Root,
    out: PathBuf,
    site: Site,
    renderer: Renderer,
    precompress: bool,
    /// What the last publish kept of each institution, in folder order: the index pages'
    /// list and what is compared across institutions.
    listings: Vec<Listing>,
}

/// What publishing one institution leaves behind once the institution is dropped.
struct Published {
    listing: Listing,
    row: check::Row,
    findings: Vec<check::Finding>,
    /// The count of its notice pages and its pages' version guards, or what failed.
    pages: Result<(usize, Vec<check::Finding>), Diagnostics>,
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
    fn each_institution<T: Send>(
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

    /// Renders every page into memory, each with its path in the output.
    pub fn render(&self) -> Result<Vec<(PathBuf, Vec<u8>)>, Diagnostics> {
        let languages = self.site.platform.languages();
        let site = &self.site;
        let rendered = self.each_institution(None, |institution| {
            let pages: Vec<_> = languages
                .iter()
                .map(|&language| {
                    let plan = merge::plan_institution(site, &institution, language);
                    Ok((
                        merge::page_path(site, &plan),
                        self.renderer.render_page(site, &plan)?,
                    ))
                })
                .collect();
            (institution.listing(), collect(pages))
        })?;
        let (listings, pages): (Vec<Listing>, Vec<_>) = rendered.into_iter().unzip();
        let mut pages: Vec<_> = collect(pages)?.into_iter().flatten().collect();
        for plan in platform_plans(site, &listings) {
            pages.push((
                merge::page_path(site, &plan),
                self.renderer.render_page(site, &plan)?,
            ));
        }
        Ok(pages)
    }

    /// `privatums check`: the source rules, the version guards and, on every page rendered
    /// in memory, the page rules. Nothing is written.
    pub fn check(&self) -> Result<check::Report, Diagnostics> {
        let site = &self.site;
        let checker = check::Checker::new(site, check::today());
        let check_pages = |plan: &merge::PagePlan| -> Result<Vec<check::Finding>, Diagnostics> {
            let html = self.renderer.render_page(site, plan)?;
            let path = merge::page_path(site, plan);
            Ok(check::check_page(&path, &html, plan.slug(), plan.language))
        };
        let checked = self.each_institution(None, |institution| {
            let (row, mut findings) = checker.institution(&institution);
            let owner = Owner::Institution(&institution);
            findings.extend(versions::findings(site, &self.renderer, owner));
            let pages: Vec<_> = site
                .platform
                .languages()
                .iter()
                .map(|&language| {
                    check_pages(&merge::plan_institution(site, &institution, language))
                })
                .collect();
            let pages = collect(pages).map(|p| p.into_iter().flatten().collect::<Vec<_>>());
            (institution.listing(), row, findings, pages)
        })?;
        let mut report = check::Report::default();
        let mut listings = Vec::with_capacity(checked.len());
        let mut pages = Vec::new();
        for (listing, row, findings, page_findings) in checked {
            listings.push(listing);
            report.completeness.push(row);
            report.findings.extend(findings);
            pages.push(page_findings);
        }
        validate::canonical_urls(site, &listings.iter().collect::<Vec<_>>(), None)?;
        report.findings.extend(checker.platform());
        let recorded = listings.iter().any(|l| l.recorded) || !site.versions.versions.is_empty();
        report
            .findings
            .extend(version_guard::site_findings(recorded, &site.ledger));
        report
            .findings
            .extend(versions::findings(site, &self.renderer, Owner::Platform));
        pages.extend(platform_plans(site, &listings).iter().map(check_pages));
        report
            .findings
            .extend(collect(pages)?.into_iter().flatten());
        report.sort();
        Ok(report)
    }

    /// Checks, renders the pages of `scope` and swaps them into the output folder. Pages
    /// are written as they are rendered; the output changes only if every page succeeded
    /// and no `check` rule found an error. A whole build also writes the completeness
    /// report to `_report/index.html`.
    pub fn publish(&mut self, scope: &Scope) -> Result<Summary, Diagnostics> {
        let (summary, published) = self.publish_scope(scope)?;
        match scope {
            Scope::Whole => self.listings = published,
            Scope::Institution(slug) => {
                self.listings.retain(|l| l.slug != *slug);
                for listing in published {
                    let at = self.listings.partition_point(|l| l.slug < listing.slug);
                    self.listings.insert(at, listing);
                }
            }
        }
        Ok(summary)
    }

    fn publish_scope(&self, scope: &Scope) -> Result<(Summary, Vec<Listing>), Diagnostics> {
        let started = Instant::now();
        let site = &self.site;
        let checker = check::Checker::new(site, check::today());
        let mut staging = Staging::new(&self.out).map_err(|e| self.io_error(e))?;
        if self.precompress {
            staging = staging.with_companions(&deploy::PRECOMPRESSED);
        }
        // One job per institution: loaded, checked, rendered, written and dropped, so no
        // more than an institution and a page per thread is ever in memory.
        let published = self.each_institution(scope.institution(), |institution| {
            let (row, findings) = checker.institution(&institution);
            Published {
                listing: institution.listing(),
                row,
                findings,
                pages: self.publish_institution(&staging, &institution),
            }
        })?;
        let mut report = check::Report::default();
        let mut failed = Diagnostics::default();
        let mut notice_pages = 0;
        let institutions = published.len();
        let mut new = Vec::with_capacity(institutions);
        for job in published {
            new.push(job.listing);
            report.completeness.push(job.row);
            report.findings.extend(job.findings);
            match job.pages {
                Ok((notices, guards)) => {
                    notice_pages += notices;
                    report.findings.extend(guards);
                }
                Err(e) => failed.extend(e),
            }
        }
        // The institutions published now, among those of the last publish.
        let listings: Vec<&Listing> = match scope {
            Scope::Whole => new.iter().collect(),
            Scope::Institution(slug) => (self.listings.iter())
                .filter(|l| l.slug != *slug)
                .chain(&new)
                .collect(),
        };
        validate::canonical_urls(site, &listings, scope.institution())?;
        let recorded = listings.iter().any(|l| l.recorded) || !site.versions.versions.is_empty();
        report
            .findings
            .extend(version_guard::site_findings(recorded, &site.ledger));
        if *scope == Scope::Whole {
            report.findings.extend(checker.platform());
            match self.publish_platform(&staging, &new) {
                Ok(guards) => report.findings.extend(guards),
                Err(e) => failed.extend(e),
            }
        }
        report.sort();
        // Check errors first: a page that failed to render is often their consequence.
        if report.errors() > 0 {
            return Err(report.errors_as_diagnostics());
        }
        failed.into_result(())?;
        if *scope == Scope::Whole {
            let html = self.renderer.render_report(
                site,
                &report.completeness,
                &notices::index_path(site, site.platform.default_language()),
            )?;
            staging
                .write(Path::new("_report/index.html"), &html)
                .map_err(|e| self.io_error(e))?;
        }
        let written = staging.publish(scope).map_err(|e| self.io_error(e))?;
        let languages = site.platform.languages().len();
        let platform_pages = usize::from(*scope == Scope::Whole) * 2 * languages;
        let summary = Summary {
            pages: institutions * languages + platform_pages,
            notice_pages,
            institutions,
            elapsed: started.elapsed(),
            out: self.out.clone(),
            warnings: report.warnings(),
            left_behind: written.warning(),
        };
        Ok((summary, new))
    }

    /// Renders and writes one institution's pages, notices, version pages and files in
    /// every language. Returns how many notice pages it wrote and its pages' version guards.
    fn publish_institution(
        &self,
        staging: &Staging,
        institution: &load::Institution,
    ) -> Result<(usize, Vec<check::Finding>), Diagnostics> {
        let mut errors = Diagnostics::default();
        let mut notice_pages = 0;
        let mut guards = Vec::new();
        for &language in self.site.platform.languages() {
            let plan = merge::plan_institution(&self.site, institution, language);
            match self.publish_page(staging, &plan) {
                Ok(guard) => guards.extend(guard),
                Err(e) => errors.extend(e),
            }
            match self.publish_notices(staging, institution, language) {
                Ok(written) => notice_pages += written,
                Err(e) => errors.extend(e),
            }
            let owner = Owner::Institution(institution);
            if let Err(e) = self.publish_versions(staging, owner, language) {
                errors.extend(e);
            }
        }
        let deployment = deploy::institution_files(&self.site, institution);
        if let Err(e) = self.publish_files(staging, Some(institution), deployment) {
            errors.extend(e);
        }
        errors.into_result((notice_pages, guards))
    }

    /// Renders and writes the platform's policy and index pages, version pages and files.
    /// Returns the policy pages' version guards.
    fn publish_platform(
        &self,
        staging: &Staging,
        listings: &[Listing],
    ) -> Result<Vec<check::Finding>, Diagnostics> {
        let mut errors = Diagnostics::default();
        let mut guards = Vec::new();
        for plan in platform_plans(&self.site, listings) {
            match self.publish_page(staging, &plan) {
                Ok(guard) => guards.extend(guard),
                Err(e) => errors.extend(e),
            }
        }
        for &language in self.site.platform.languages() {
            if let Err(e) = self.publish_versions(staging, Owner::Platform, language) {
                errors.extend(e);
            }
        }
        let deployment = deploy::platform_files(&self.site);
        if let Err(e) = self.publish_files(staging, None, deployment) {
            errors.extend(e);
        }
        errors.into_result(guards)
    }

    /// Writes a site's copy of the theme's assets, its deployment files (sitemap,
    /// robots.txt, headers, so each site deploys on its own) and the images its pages show.
    fn publish_files(
        &self,
        staging: &Staging,
        institution: Option<&load::Institution>,
        deployment: Vec<(PathBuf, Vec<u8>)>,
    ) -> Result<(), Diagnostics> {
        let root = institution.map_or(PathBuf::new(), |i| PathBuf::from(i.slug.as_str()));
        let names = self.renderer.asset_names();
        let assets = self
            .site
            .theme
            .assets
            .iter()
            .map(|(name, bytes)| (root.join("assets").join(&names[name]), bytes.as_slice()));
        let deployment = deployment.iter().map(|(p, b)| (p.clone(), b.as_slice()));
        let media = load::media::in_site(&self.site, institution)
            .into_iter()
            .map(|(path, bytes)| (root.join(path), bytes));
        let mut errors = Diagnostics::default();
        for (path, bytes) in assets.chain(deployment).chain(media) {
            if let Err(e) = staging.write(&path, bytes) {
                errors.push(self.io_error(e));
            }
        }
        errors.into_result(())
    }

    fn io_error(&self, e: std::io::Error) -> Diagnostic {
        Diagnostic::new(&self.out, msg!("output-not-written", detail = os_error(&e)))
    }

    /// Renders one page, checks it and writes it to the staging folder. Returns the
    /// page's version guard, if it has one to report (`version_guard::page_finding`).
    fn publish_page(
        &self,
        staging: &Staging,
        plan: &merge::PagePlan,
    ) -> Result<Option<check::Finding>, Diagnostics> {
        let page = self.renderer.render_page_with_view(&self.site, plan)?;
        let finding = page.text.as_ref().and_then(|text| {
            let owner = Owner::of(&plan.kind)?;
            version_guard::page_finding(&owner.guarded(&self.site), plan.language, text)
        });
        let (html, view) = (page.html, page.institution);
        let path = merge::page_path(&self.site, plan);
        if check::has_markdown_anchors(plan) {
            let page = check::Report {
                findings: check::check_page(&path, &html, plan.slug(), plan.language),
                ..Default::default()
            };
            if page.errors() > 0 {
                return Err(page.errors_as_diagnostics());
            }
        }
        let platform = self.renderer.platform_view(plan.language);
        let data = view.map_or_else(Vec::new, |view| {
            deploy::page_data(&self.site, platform, &view, plan)
        });
        self.stage(staging, std::iter::once((path, html)).chain(data))?;
        Ok(finding)
    }

    /// Writes rendered files, each with its path in the output, into the staging folder.
    fn stage<P: AsRef<Path>, B: AsRef<[u8]>>(
        &self,
        staging: &Staging,
        files: impl IntoIterator<Item = (P, B)>,
    ) -> Result<(), Diagnostic> {
        for (path, bytes) in files {
            staging
                .write(path.as_ref(), bytes.as_ref())
                .map_err(|e| self.io_error(e))?;
        }
        Ok(())
    }

    /// Renders an institution's notices in one language and writes them to the staging
    /// folder.
    fn publish_notices(
        &self,
        staging: &Staging,
        institution: &load::Institution,
        language: crate::model::Language,
    ) -> Result<usize, Diagnostics> {
        let pages = notices::render(&self.renderer, &self.site, institution, language)?;
        let count = pages.len();
        self.stage(staging, pages)?;
        Ok(count)
    }

    /// Renders a policy page's version pages and feed in one language and writes them to
    /// the staging folder.
    fn publish_versions(
        &self,
        staging: &Staging,
        owner: Owner,
        language: crate::model::Language,
    ) -> Result<(), Diagnostics> {
        let files = versions::render(&self.renderer, &self.site, owner, language)?;
        Ok(self.stage(staging, files)?)
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

    /// Renders the index pages and replaces each in the output folder, one file at a time
    /// (each replacement is a rename, so a reader sees the old page or the new one).
    /// Returns how many pages were written.
    pub fn publish_index(&self) -> Result<usize, Diagnostics> {
        let mut pages = Vec::new();
        for &language in self.site.platform.languages() {
            let plan = merge::plan_index(&self.listings, language);
            let html = self.renderer.render_page(&self.site, &plan)?;
            pages.push((merge::page_path(&self.site, &plan), html));
        }
        for (path, html) in &pages {
            replace_file(&self.out.join(path), html).map_err(|e| self.io_error(e))?;
        }
        Ok(pages.len())
    }

    /// Removes an institution's pages from the output after its folder was deleted, and
    /// the institution from the index pages' list.
    pub fn withdraw_institution(&mut self, slug: &Slug) -> Result<(), Diagnostics> {
        self.listings.retain(|l| l.slug != *slug);
        let folder = self.out.join(slug.as_str());
        let aside = self
            .out
            .join(format!(".{slug}.withdrawn-{}", std::process::id()));
        let result = match std::fs::rename(&folder, &aside) {
            Ok(()) => std::fs::remove_dir_all(&aside),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(e),
        };
        result.map_err(|e| {
            Diagnostic::new(&folder, msg!("pages-not-removed", detail = os_error(&e))).into()
        })
    }
}

/// The platform's own pages: its policy and the index, in every language.
fn platform_plans<'a>(site: &'a Site, listings: &'a [Listing]) -> Vec<merge::PagePlan<'a>> {
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

/// Writes `bytes` to a new file beside `target` and renames it over `target`. (Plain
/// `fs::write` keeps the usual permissions, which a temporary file would not.)
fn replace_file(target: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let parent = target.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(parent)?;
    let name = target
        .file_name()
        .map_or("page".into(), |n| n.to_string_lossy());
    let fresh = parent.join(format!(".{name}.new-{}", std::process::id()));
    std::fs::write(&fresh, bytes)?;
    std::fs::rename(&fresh, target).inspect_err(|_| {
        let _ = std::fs::remove_file(&fresh);
    })
}

/// Every `Ok`, or every error of every `Err`.
fn collect<T>(results: Vec<Result<T, Diagnostics>>) -> Result<Vec<T>, Diagnostics> {
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
