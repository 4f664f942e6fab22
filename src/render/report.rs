//! The maintainers' completeness report: institutions × GDPR elements, a row at a time.

use rayon::prelude::*;
use serde::Serialize;
use tera::Context;

use super::{compact, urls, Renderer};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::Site;
use crate::merge::PageKind;

#[derive(Serialize)]
struct ReportContext<'a> {
    /// The table's rows, each rendered on its own (`report-row.html`).
    rows: String,
    elements: Vec<ElementOut>,
    assets: &'a std::collections::BTreeMap<String, String>,
}

#[derive(Serialize)]
struct ReportRowContext<'a> {
    row: &'a crate::check::Row,
    /// From `_report/` to each institution's page in the default language.
    page_path: &'a str,
    /// From an institution's folder to its notices in the default language.
    notices_path: &'a str,
}

#[derive(Serialize)]
struct ElementOut {
    article: &'static str,
    description: String,
}

impl Renderer {
    /// The maintainers' completeness table: institutions × GDPR elements.
    pub fn render_report(
        &self,
        site: &Site,
        rows: &[crate::check::Row],
        notices_path: &str,
    ) -> Result<Vec<u8>, Diagnostics> {
        let language = site.platform.default_language();
        let page_path = urls::site_path(site, &PageKind::Platform, language);
        // A row at a time, in parallel: the context of the whole table (a value per cell)
        // would hold hundreds of megabytes on a large platform.
        let rows: Vec<Result<String, Diagnostic>> = rows
            .par_iter()
            .map(|row| {
                let context = ReportRowContext {
                    row,
                    page_path: &page_path,
                    notices_path,
                };
                let context = Context::from_serialize(&context)
                    .map_err(|e| self.theme.error("report-row.html", &e))?;
                self.theme.render("report-row.html", &context)
            })
            .collect();
        let context = ReportContext {
            rows: rows.into_iter().collect::<Result<String, Diagnostic>>()?,
            elements: crate::model::Element::ALL
                .iter()
                .map(|e| ElementOut {
                    article: e.article(),
                    description: e.description(),
                })
                .collect(),
            assets: &self.assets,
        };
        let html = {
            let context = Context::from_serialize(&context)
                .map_err(|e| self.theme.error("report.html", &e))?;
            self.theme.render("report.html", &context)?
        };
        // Compacted, not minified: minify-html's tree of a large platform's table would
        // be several times the page.
        Ok(compact::compact(&html).into_bytes())
    }
}
