//! The build plan: what publishing a scope does, institution by institution, into one
//! staging folder that is swapped in whole.

use std::path::{Path, PathBuf};
use std::time::Instant;

use super::{platform_plans, site_guard, Project, Summary};
use crate::check;
use crate::deploy;
use crate::diagnostic::{os_error, Diagnostic, Diagnostics};
use crate::finding::Severity;
use crate::load::{self, Listing};
use crate::merge::{self, Owner};
use crate::model::Slug;
use crate::msg;
use crate::notices;
use crate::output::{Scope, Staging};
use crate::validate;
use crate::version_guard;
use crate::versions;

/// What publishing one institution leaves behind once the institution is dropped.
struct Published {
    listing: Listing,
    row: check::Row,
    findings: Vec<check::Finding>,
    /// The count of its notice pages and its pages' version guards, or what failed.
    pages: Result<(usize, Vec<check::Finding>), Diagnostics>,
}

impl Project {
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
        validate::across_institutions(site, &listings, scope.institution())?;
        report.findings.extend(site_guard(site, &listings));
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
        let guarded = Owner::of(&plan.kind).map(|owner| owner.guarded(&self.site));
        let mut finding = Option::zip(page.text.as_ref(), guarded.as_ref())
            .and_then(|(text, guarded)| version_guard::page_finding(guarded, plan.language, text));
        let (mut html, view) = (page.html, page.institution);
        if let (true, Some(text), Some(guarded)) = (self.drafts, &page.text, &guarded) {
            if let Some(marked) =
                versions::draft::mark(&self.renderer, guarded, plan.language, text, &html)?
            {
                html = marked;
                // Previewed, not published: the banner says how to release it.
                if let Some(finding) = &mut finding {
                    finding.severity = Severity::Warning;
                }
            }
        }
        if let (true, merge::PageKind::Institution(institution)) = (self.drafts, &plan.kind) {
            let file = institution.file.path.as_path();
            let inferences = &institution.inferences;
            if let Some(marked) =
                versions::to_confirm::mark(&self.renderer, inferences, plan.language, file, &html)?
            {
                html = marked;
            }
        }
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
