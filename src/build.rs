//! The build: load → validate → merge → render → write. Each stage hands the next a
//! typed value; only the first reads files and only the last writes them.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use rayon::prelude::*;

use crate::diagnostic::{closest, Diagnostic, Diagnostics};
use crate::load::{self, Root};
use crate::merge;
use crate::model::Slug;
use crate::output::{Scope, Staging};
use crate::render::Renderer;
use crate::validate::validate;

#[derive(Clone, Debug)]
pub struct BuildOptions {
    /// The site root: the folder with `platform.toml`.
    pub root: PathBuf,
    /// The output folder; `public/` under the root by default.
    pub out: PathBuf,
    /// Build only this institution's pages, replacing only its subtree of the output.
    pub only: Option<String>,
}

impl BuildOptions {
    pub fn new(root: impl Into<PathBuf>) -> BuildOptions {
        let root = root.into();
        BuildOptions {
            out: root.join("public"),
            root,
            only: None,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Summary {
    pub pages: usize,
    pub institutions: usize,
    pub elapsed: Duration,
    pub out: PathBuf,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "built {} page{} for {} institution{} in {:.2} s → {}",
            self.pages,
            if self.pages == 1 { "" } else { "s" },
            self.institutions,
            if self.institutions == 1 { "" } else { "s" },
            self.elapsed.as_secs_f64(),
            self.out.display()
        )
    }
}

pub fn build(options: &BuildOptions) -> Result<Summary, Diagnostics> {
    let started = Instant::now();
    let root = Root::new(&options.root)?;
    check_output_folder(&options.root, &options.out)?;
    let site = load::load(&root)?;
    validate(&site)?;
    let only = options
        .only
        .as_deref()
        .map(|s| find_institution(&site, s))
        .transpose()?;
    let plans = merge::plan_site(&site, only.as_ref());
    let renderer = Renderer::new(&site)?;

    let io_error = |e: std::io::Error| {
        Diagnostic::new(&options.out, format!("could not write the output: {e}"))
    };
    let staging = Staging::new(&options.out).map_err(io_error)?;
    let results: Vec<Result<(), Diagnostics>> = plans
        .par_iter()
        .map(|plan| {
            let html = renderer.render_page(plan)?;
            staging
                .write(&merge::page_path(&site, plan), &html)
                .map_err(|e| io_error(e).into())
        })
        .collect();
    let mut errors = Diagnostics::default();
    for result in results {
        if let Err(e) = result {
            errors.extend(e);
        }
    }
    errors.into_result(())?;
    write_assets(&site, &renderer, &staging, only.as_ref()).map_err(io_error)?;
    let scope = only.clone().map_or(Scope::Whole, Scope::Institution);
    staging.publish(&scope).map_err(io_error)?;
    Ok(Summary {
        pages: plans.len(),
        institutions: if only.is_some() {
            1
        } else {
            site.institutions.len()
        },
        elapsed: started.elapsed(),
        out: options.out.clone(),
    })
}

/// The stylesheet and other theme assets, once for the platform's pages and once inside
/// each institution's subtree, so every subtree is complete on its own.
fn write_assets(
    site: &load::Site,
    renderer: &Renderer,
    staging: &Staging,
    only: Option<&Slug>,
) -> std::io::Result<()> {
    let mut roots: Vec<PathBuf> = site
        .institutions
        .iter()
        .filter(|i| only.is_none_or(|s| *s == i.slug))
        .map(|i| PathBuf::from(i.slug.as_str()))
        .collect();
    if only.is_none() {
        roots.push(PathBuf::new());
    }
    for root in roots {
        for (name, bytes) in renderer.assets() {
            staging.write(&root.join("assets").join(name), bytes)?;
        }
    }
    Ok(())
}

fn find_institution(site: &load::Site, wanted: &str) -> Result<Slug, Diagnostic> {
    if let Some(i) = site.institutions.iter().find(|i| i.slug.as_str() == wanted) {
        return Ok(i.slug.clone());
    }
    let known = site.institutions.iter().map(|i| i.slug.as_str());
    let hint = match closest(wanted, known) {
        Some(best) => format!("did you mean `{best}`?"),
        None => "pass the name of a folder in institutions/".to_owned(),
    };
    Err(Diagnostic::new(
        Path::new("institutions").join(wanted),
        format!("there is no institution `{wanted}`"),
    )
    .hint(hint))
}

/// The output must not be the root or hold it: swapping it would delete the sources.
fn check_output_folder(root: &Path, out: &Path) -> Result<(), Diagnostic> {
    let absolute = |p: &Path| std::path::absolute(p).unwrap_or_else(|_| p.to_path_buf());
    let (root_abs, out_abs) = (absolute(root), absolute(out));
    if root_abs.starts_with(&out_abs) {
        return Err(
            Diagnostic::new(out, "the output folder contains the site's sources")
                .hint("choose an output folder of its own, e.g. --out public"),
        );
    }
    Ok(())
}
