//! The stages run into memory: every page rendered (`Project::render`) or checked
//! (`Project::check`), nothing written.

use std::path::PathBuf;

use super::{collect, platform_plans, site_guard, Project};
use crate::check;
use crate::diagnostic::Diagnostics;
use crate::load::Listing;
use crate::merge::{self, Owner};
use crate::validate;
use crate::versions;

impl Project {
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
        validate::across_institutions(site, &listings.iter().collect::<Vec<_>>(), None)?;
        report.findings.extend(checker.platform());
        report.findings.extend(site_guard(site, &listings));
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
}
