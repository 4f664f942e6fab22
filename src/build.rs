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
use crate::diagnostic::{closest, Diagnostic, Diagnostics};
use crate::load::{self, Root, Site};
use crate::merge::{self, PageKind};
use crate::model::{Slug, Text};
use crate::msg;
use crate::notices;
use crate::output::{Scope, Staging};
use crate::render::Renderer;
use crate::validate;
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
    let mut summary = project.publish(&scope)?;
    summary.elapsed = started.elapsed();
    Ok(summary)
}

/// A loaded, checked site with its compiled renderer.
pub struct Project {
    root: Root,
    out: PathBuf,
    site: Site,
    renderer: Renderer,
    precompress: bool,
}

impl Project {
    /// Loads, validates and compiles everything; nothing is written.
    pub fn open(options: &BuildOptions) -> Result<Project, Diagnostics> {
        let root = Root::new(&options.root)?;
        let site = load::load(&root)?;
        validate::validate(&site)?;
        let renderer = Renderer::new(&site)?;
        Ok(Project {
            root,
            out: options.out.clone(),
            site,
            renderer,
            precompress: options.precompress,
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

    /// Re-reads `institutions/<slug>/` and checks it against the platform; the shared
    /// content, the theme and the other institutions are kept as they are. On error the
    /// institution's last good version stays loaded. A folder that is gone is dropped.
    pub fn reload_institution(&mut self, slug: &Slug) -> Result<(), Diagnostics> {
        let folder = Path::new("institutions").join(slug.as_str());
        let position = self.site.institutions.iter().position(|i| i.slug == *slug);
        if !self.root.is_dir(&folder) {
            if let Some(index) = position {
                self.site.institutions.remove(index);
            }
            return Ok(());
        }
        let institution = load::load_one_institution(&self.root, &folder)?;
        validate::validate_institution(&self.site, &institution)?;
        match position {
            Some(index) => self.site.institutions[index] = institution,
            None => {
                let at = self.site.institutions.partition_point(|i| i.slug < *slug);
                self.site.institutions.insert(at, institution);
            }
        }
        Ok(())
    }

    /// Renders the pages of `scope` into memory, each with its path in the output.
    pub fn render(&self, scope: &Scope) -> Result<Vec<(PathBuf, Vec<u8>)>, Diagnostics> {
        let plans = merge::plan_site(&self.site, scope.institution());
        let results: Vec<Result<(PathBuf, Vec<u8>), Diagnostics>> = plans
            .par_iter()
            .map(|plan| {
                Ok((
                    merge::page_path(&self.site, plan),
                    self.renderer.render_page(&self.site, plan)?,
                ))
            })
            .collect();
        collect(results)
    }

    /// The `check` rules on the sources of `scope` (no rendering of whole pages)
    /// and the version guards (`versions::findings`), which render the sections of each
    /// page with a record.
    pub fn check_sources(&self, scope: &Scope) -> check::Report {
        let mut report = check::check_sources(&self.site, check::today(), scope.institution());
        report.extend(versions::findings(
            &self.site,
            &self.renderer,
            scope.institution(),
        ));
        report.sort();
        report
    }

    /// `privatums check`: the source rules and, on every page rendered in memory, the page
    /// rules. Nothing is written.
    pub fn check(&self) -> Result<check::Report, Diagnostics> {
        let mut report = self.check_sources(&Scope::Whole);
        let plans = merge::plan_site(&self.site, None);
        let pages: Vec<Result<Vec<check::Finding>, Diagnostics>> = plans
            .par_iter()
            .map(|plan| {
                let html = self.renderer.render_page(&self.site, plan)?;
                let path = merge::page_path(&self.site, plan);
                Ok(check::check_page(&path, &html, plan.slug(), plan.language))
            })
            .collect();
        report.extend(collect(pages)?.into_iter().flatten());
        report.sort();
        Ok(report)
    }

    /// Checks, renders the pages of `scope` and swaps them into the output folder. Pages
    /// are written as they are rendered; the output changes only if every page succeeded
    /// and no `check` rule found an error. A whole build also writes the completeness
    /// report to `_report/index.html`.
    pub fn publish(&self, scope: &Scope) -> Result<Summary, Diagnostics> {
        let started = Instant::now();
        let io_error = |e: std::io::Error| {
            Diagnostic::new(
                &self.out,
                msg!("output-not-written", detail = e.to_string()),
            )
        };
        // One job per institution (its pages and its copy of the assets) and one for the
        // platform's own pages. Each page is planned, rendered, checked and written in
        // its job, so no more than a page per thread is ever in memory.
        let mut jobs: Vec<Option<&load::Institution>> = self
            .site
            .institutions
            .iter()
            .filter(|i| scope.institution().is_none_or(|s| *s == i.slug))
            .map(Some)
            .collect();
        if *scope == Scope::Whole {
            jobs.push(None);
        }
        let languages = self.site.platform.languages();
        let pages =
            jobs.len() * languages.len() + usize::from(*scope == Scope::Whole) * languages.len();
        // The source checks run beside the rendering rather than before it: they are one
        // sequential pass, and the pages are staged anyway, so nothing is published
        // unless both succeed. On check errors only those are reported, as before.
        // The version guards are not among them: each page's text is worked out when the
        // page is rendered, and its guard comes back with the page (`publish_page`).
        let (mut report, staged) = rayon::join(
            || {
                let mut report =
                    check::check_sources(&self.site, check::today(), scope.institution());
                report.extend(versions::site_findings(&self.site));
                report
            },
            || -> Result<(Staging, usize, Vec<check::Finding>), Diagnostics> {
                let mut staging = Staging::new(&self.out).map_err(io_error)?;
                if self.precompress {
                    staging = staging.with_companions(&deploy::PRECOMPRESSED);
                }
                // Each job's count of notice pages written, and its pages' version guards.
                type Job = (usize, Vec<check::Finding>);
                let results: Vec<Result<Job, Diagnostics>> = jobs
                    .par_iter()
                    .map(|job| {
                        let mut errors = Diagnostics::default();
                        let mut notice_pages = 0;
                        let mut findings = Vec::new();
                        for &language in languages {
                            let plans = match job {
                                Some(institution) => {
                                    vec![merge::plan_institution(&self.site, institution, language)]
                                }
                                None => vec![
                                    merge::plan_platform(&self.site, language),
                                    merge::PagePlan {
                                        kind: PageKind::Index,
                                        language,
                                        sections: Vec::new(),
                                    },
                                ],
                            };
                            for plan in &plans {
                                match self.publish_page(&staging, plan) {
                                    Ok(finding) => findings.extend(finding),
                                    Err(e) => errors.extend(e),
                                }
                            }
                            if let Some(institution) = job {
                                match self.publish_notices(&staging, institution, language) {
                                    Ok(written) => notice_pages += written,
                                    Err(e) => errors.extend(e),
                                }
                            }
                            let owner = match job {
                                Some(institution) => versions::Owner::Institution(institution),
                                None => versions::Owner::Platform,
                            };
                            if let Err(e) = self.publish_versions(&staging, owner, language) {
                                errors.extend(e);
                            }
                        }
                        let root = job.map_or(PathBuf::new(), |i| PathBuf::from(i.slug.as_str()));
                        let names = self.renderer.asset_names();
                        let assets = self.site.theme.assets.iter().map(|(name, bytes)| {
                            (root.join("assets").join(&names[name]), bytes.as_slice())
                        });
                        // Sitemap, robots.txt and headers, so each site deploys on its own.
                        let deployment = match job {
                            Some(institution) => deploy::institution_files(&self.site, institution),
                            None => deploy::platform_files(&self.site),
                        };
                        let deployment = deployment.iter().map(|(p, b)| (p.clone(), b.as_slice()));
                        for (path, bytes) in assets.chain(deployment) {
                            if let Err(e) = staging.write(&path, bytes) {
                                errors.push(io_error(e));
                            }
                        }
                        for (path, bytes) in load::media::in_site(&self.site, *job) {
                            if let Err(e) = staging.write(&root.join(path), bytes) {
                                errors.push(io_error(e));
                            }
                        }
                        errors.into_result((notice_pages, findings))
                    })
                    .collect();
                let (notice_pages, findings): (Vec<usize>, Vec<Vec<check::Finding>>) =
                    collect(results)?.into_iter().unzip();
                Ok((
                    staging,
                    notice_pages.into_iter().sum(),
                    findings.into_iter().flatten().collect(),
                ))
            },
        );
        let staged = staged.map(|(staging, notice_pages, findings)| {
            report.extend(findings);
            report.sort();
            (staging, notice_pages)
        });
        if report.errors() > 0 {
            return Err(report.errors_as_diagnostics());
        }
        let (staging, notice_pages) = staged?;
        if *scope == Scope::Whole {
            let html = self.renderer.render_report(
                &self.site,
                &report.completeness,
                &notices::index_path(&self.site, self.site.platform.default_language()),
            )?;
            staging
                .write(Path::new("_report/index.html"), &html)
                .map_err(io_error)?;
        }
        let published = staging.publish(scope).map_err(io_error)?;
        Ok(Summary {
            pages,
            notice_pages,
            institutions: match scope {
                Scope::Whole => self.site.institutions.len(),
                Scope::Institution(_) => 1,
            },
            elapsed: started.elapsed(),
            out: self.out.clone(),
            warnings: report.warnings(),
            left_behind: published.warning(),
        })
    }

    /// Renders one page, checks it and writes it to the staging folder. Returns the
    /// page's version guard, if it has one to report (`versions::page_finding`).
    fn publish_page(
        &self,
        staging: &Staging,
        plan: &merge::PagePlan,
    ) -> Result<Option<check::Finding>, Diagnostics> {
        let page = self.renderer.render_page_with_view(&self.site, plan)?;
        let finding = page.text.as_ref().and_then(|text| {
            let owner = versions::Owner::of(&plan.kind)?;
            versions::page_finding(&self.site, owner, plan.language, text)
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
            staging.write(path.as_ref(), bytes.as_ref()).map_err(|e| {
                Diagnostic::new(
                    &self.out,
                    msg!("output-not-written", detail = e.to_string()),
                )
            })?;
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
        owner: versions::Owner,
        language: crate::model::Language,
    ) -> Result<(), Diagnostics> {
        let files = versions::render(&self.renderer, &self.site, owner, language)?;
        Ok(self.stage(staging, files)?)
    }

    /// The slug of an institution by its folder name, or an error suggesting the closest.
    pub fn find_institution(&self, wanted: &str) -> Result<Slug, Diagnostic> {
        if let Some(i) = self
            .site
            .institutions
            .iter()
            .find(|i| i.slug.as_str() == wanted)
        {
            return Ok(i.slug.clone());
        }
        let known = self.site.institutions.iter().map(|i| i.slug.as_str());
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

    /// What the index pages list: each institution's slug and name. When a reload changes
    /// this, the index pages are out of date.
    pub fn index_entries(&self) -> Vec<(Slug, Text)> {
        self.site
            .institutions
            .iter()
            .map(|i| (i.slug.clone(), i.data.name.clone()))
            .collect()
    }

    /// Renders the index pages and replaces each in the output folder, one file at a time
    /// (each replacement is a rename, so a reader sees the old page or the new one).
    /// Returns how many pages were written.
    pub fn publish_index(&self) -> Result<usize, Diagnostics> {
        let plans: Vec<_> = merge::plan_site(&self.site, None)
            .into_iter()
            .filter(|plan| matches!(plan.kind, PageKind::Index))
            .collect();
        let mut pages = Vec::with_capacity(plans.len());
        for plan in &plans {
            let html = self.renderer.render_page(&self.site, plan)?;
            pages.push((merge::page_path(&self.site, plan), html));
        }
        for (path, html) in &pages {
            replace_file(&self.out.join(path), html).map_err(|e| {
                Diagnostic::new(
                    &self.out,
                    msg!("output-not-written", detail = e.to_string()),
                )
            })?;
        }
        Ok(pages.len())
    }

    /// Removes an institution's pages from the output after its folder was deleted
    /// (`reload_institution` has already dropped it from the site).
    pub fn withdraw_institution(&self, slug: &Slug) -> Result<(), Diagnostics> {
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
            Diagnostic::new(&folder, msg!("pages-not-removed", detail = e.to_string())).into()
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
