//! The site as `serve` keeps it: the last good project, what is wrong now, and how each
//! change is rebuilt — an edit inside one institution's folder re-renders that
//! institution's pages, anything shared re-opens and re-renders everything.
//!
//! A failed rebuild publishes nothing, so the last good pages stay in the output folder;
//! its problems are kept until a later rebuild of the same thing succeeds.

use crate::msg;
use std::collections::BTreeMap;
use std::time::Instant;

use super::watch::Change;
use crate::model::Slug;
use crate::{BuildOptions, Diagnostics, Project, Scope};

pub struct Preview {
    options: BuildOptions,
    /// The last project that opened and published; `None` until one has.
    project: Option<Project>,
    /// What is wrong now, by what failed to rebuild. A page shows all of it.
    problems: BTreeMap<Origin, Diagnostics>,
    /// Set while the published index pages may not list what the project does (an
    /// institution was renamed, added or removed, and the index pages are not yet
    /// rewritten), so a failed rewrite is retried with the next rebuild.
    index_stale: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Origin {
    Whole,
    Institution(Slug),
}

/// What one rebuild did, for the terminal.
#[derive(Debug, Default)]
pub struct Report {
    /// One line per part published or removed.
    pub published: Vec<String>,
    /// The problems this rebuild found (printed once, when they are found).
    pub problems: Option<Diagnostics>,
    /// What was published but not cleaned up.
    pub warnings: Vec<String>,
}

impl Preview {
    /// Builds the whole site once. A site with mistakes still gives a preview: it shows
    /// the problems until they are fixed.
    pub fn open(options: BuildOptions) -> (Preview, Report) {
        let mut preview = Preview {
            options,
            project: None,
            problems: BTreeMap::new(),
            index_stale: false,
        };
        let report = preview.rebuild_whole();
        (preview, report)
    }

    /// Rebuilds what `change` touched.
    pub fn apply(&mut self, change: Change) -> Report {
        // Reloading one institution needs a good platform to check it against; while the
        // whole site is broken, every change retries the whole site.
        let names = match change {
            Change::Institutions(names)
                if self.project.is_some() && !self.problems.contains_key(&Origin::Whole) =>
            {
                names
            }
            _ => return self.rebuild_whole(),
        };
        // A folder whose name isn't a slug is reported by loading the whole site.
        let Some(slugs) = names
            .iter()
            .map(|name| Slug::parse(name).ok())
            .collect::<Option<Vec<_>>>()
        else {
            return self.rebuild_whole();
        };
        let mut report = Report::default();
        for slug in slugs {
            match self.rebuild_institution(&slug) {
                Ok(line) => {
                    self.problems.remove(&Origin::Institution(slug));
                    report.published.push(line);
                }
                Err(errors) => {
                    self.problems
                        .insert(Origin::Institution(slug), errors.clone());
                    match &mut report.problems {
                        Some(all) => all.extend(errors),
                        None => report.problems = Some(errors),
                    }
                }
            }
        }
        report
    }

    /// Every problem not yet fixed, or `None` when the preview is up to date.
    pub fn problems(&self) -> Option<Diagnostics> {
        let mut all = Diagnostics::default();
        for problems in self.problems.values() {
            all.extend(problems.clone());
        }
        all.into_result(()).err()
    }

    fn rebuild_whole(&mut self) -> Report {
        let started = Instant::now();
        let result = Project::open(&self.options).and_then(|mut project| {
            let summary = project.publish(&Scope::Whole)?;
            Ok((project, summary))
        });
        match result {
            Ok((project, mut summary)) => {
                summary.elapsed = started.elapsed();
                self.index_stale = false;
                self.project = Some(project);
                self.problems.clear();
                Report {
                    published: vec![summary.to_string()],
                    problems: None,
                    warnings: summary.left_behind.into_iter().collect(),
                }
            }
            Err(errors) => {
                // The whole load reports every institution's problems too.
                self.problems = BTreeMap::from([(Origin::Whole, errors.clone())]);
                Report {
                    published: Vec::new(),
                    problems: Some(errors),
                    warnings: Vec::new(),
                }
            }
        }
    }

    /// Reloads one institution and publishes its pages, or removes them when its folder
    /// is gone; the index pages too when the list of institutions' names changed.
    fn rebuild_institution(&mut self, slug: &Slug) -> Result<String, Diagnostics> {
        let started = Instant::now();
        let project = self
            .project
            .as_mut()
            .expect("institutions are rebuilt only in an opened project");
        let listed = project.listed_name(slug).cloned();
        let mut summary = match project.has_institution(slug) {
            true => Some(project.publish(&Scope::Institution(slug.clone()))?),
            false => {
                project.withdraw_institution(slug)?;
                None
            }
        };
        self.index_stale |= project.listed_name(slug) != listed.as_ref();
        let mut index_pages = 0;
        if self.index_stale {
            index_pages = project.publish_index()?;
            self.index_stale = false;
        }
        Ok(match &mut summary {
            Some(summary) => {
                summary.pages += index_pages;
                summary.elapsed = started.elapsed();
                format!("institutions/{slug}: {summary}")
            }
            None => format!("institutions/{slug}: {}", msg!("serve-pages-removed")),
        })
    }
}
