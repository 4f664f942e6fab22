//! The version pages under each policy page: the versions list (`versijas/`), each
//! recorded version as archived text (`versijas/<date>/`), the diff of each version with
//! the one before (`versijas/<date>/izmainas/`) and the Atom feed (`versijas/atom.xml`).
//! They are rendered from the record alone — an archived version shows exactly the text
//! recorded — and are `noindex`: search engines show the policy in force.

use std::path::PathBuf;

use serde::Serialize;

use super::diff::{self, PageDiff};
use super::feed;
use crate::diagnostic::Diagnostics;
use crate::load::Site;
use crate::merge::views::InstitutionView;
use crate::merge::Owner;
use crate::model::record::{Recorded, Version};
use crate::model::{Date, DateView, Language};
use crate::render::{urls, Renderer, Urls};
use crate::version_guard::words::{self, Labels};

/// Which version page.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Page {
    List,
    Version(Date),
    Changes(Date),
}

#[derive(Serialize)]
struct Entry {
    date: DateView,
    /// When the next version replaced it.
    until: Option<DateView>,
    changed: Vec<String>,
    first: bool,
    current: bool,
    /// From the versions list.
    url: String,
    changes_url: Option<String>,
}

/// A recorded line as the archived page shows it; list items grouped into lists.
#[derive(Serialize)]
struct Block {
    kind: &'static str,
    text: String,
    items: Vec<String>,
}

#[derive(Serialize)]
struct ArchivedSection<'a> {
    id: &'a str,
    title: &'a str,
    blocks: Vec<Block>,
}

#[derive(Serialize)]
struct Context<'a> {
    kind: &'static str,
    title: String,
    heading: String,
    urls: Urls,
    noindex: bool,
    published: DateView,
    updated: Option<DateView>,
    institution: Option<&'a InstitutionView>,
    w: &'static Labels,
    /// Relative links from this page.
    policy: String,
    list: String,
    feed: String,
    entries: &'a [Entry],
    entry: Option<&'a Entry>,
    previous: Option<DateView>,
    sections: Vec<ArchivedSection<'a>>,
    diff: Option<PageDiff>,
}

/// Every version page and the feed of one owner's record in one language: path in the
/// output and bytes. Nothing when the record has no version in the language.
pub fn render(
    renderer: &Renderer,
    site: &Site,
    owner: Owner,
    language: Language,
) -> Result<Vec<(PathBuf, Vec<u8>)>, Diagnostics> {
    let record = owner.record(site);
    let history = record.history(language);
    if history.is_empty() {
        return Ok(Vec::new());
    }
    let w = words::labels(language);
    let entries: Vec<Entry> = history
        .iter()
        .enumerate()
        .rev()
        .map(|(index, (version, recorded))| Entry {
            date: version.date.view(language),
            until: history
                .get(index + 1)
                .map(|(next, _)| next.date.view(language)),
            changed: recorded.changed.clone(),
            first: index == 0,
            current: index + 1 == history.len(),
            url: format!("{}/", version.date.iso()),
            changes_url: (index > 0)
                .then(|| format!("{}/{}/", version.date.iso(), w.changes_folder)),
        })
        .collect();
    let institution = match owner {
        Owner::Institution(i) => Some(InstitutionView::new(&i.slug, &i.data, language)),
        Owner::Platform => None,
    };
    let name = institution.as_ref().map_or_else(
        || site.platform.name.get(language).to_owned(),
        |i| i.name.clone(),
    );
    let shared = Shared {
        site,
        owner,
        language,
        w,
        entries: &entries,
        institution: institution.as_ref(),
        name: &name,
    };
    let mut errors = Diagnostics::default();
    let mut out = Vec::new();
    let mut pages = vec![(Page::List, None)];
    for (index, (version, recorded)) in history.iter().enumerate() {
        let entry = history.len() - 1 - index;
        pages.push((
            Page::Version(version.date),
            Some((entry, *version, *recorded, None)),
        ));
        if index > 0 {
            let previous = history[index - 1];
            pages.push((
                Page::Changes(version.date),
                Some((entry, *version, *recorded, Some(previous))),
            ));
        }
    }
    for (page, of) in pages {
        match shared.page(renderer, page, of) {
            Ok(page) => out.push(page),
            Err(e) => errors.push(e),
        }
    }
    let list_url = format!("{}/{}", shared.base(), shared.path(Page::List, language));
    out.push((
        shared.file(&format!("{}atom.xml", shared.path(Page::List, language))),
        feed::atom(&name, &list_url, &history, w, language).into_bytes(),
    ));
    errors.into_result(out)
}

type Of<'r> = (
    usize,
    &'r Version,
    &'r Recorded,
    Option<(&'r Version, &'r Recorded)>,
);

struct Shared<'a> {
    site: &'a Site,
    owner: Owner<'a>,
    language: Language,
    w: &'static Labels,
    entries: &'a [Entry],
    institution: Option<&'a InstitutionView>,
    name: &'a str,
}

impl Shared<'_> {
    fn base(&self) -> &str {
        match self.owner {
            Owner::Institution(i) => i.data.website.trim_end_matches('/'),
            Owner::Platform => self.site.platform.base_url.trim_end_matches('/'),
        }
    }

    /// The page's path in its site in `language`.
    fn path(&self, page: Page, language: Language) -> String {
        let w = words::labels(language);
        let list = format!(
            "{}{}/",
            urls::site_path(self.site, &self.owner.kind(), language),
            w.folder
        );
        match page {
            Page::List => list,
            Page::Version(date) => format!("{list}{}/", date.iso()),
            Page::Changes(date) => format!("{list}{}/{}/", date.iso(), w.changes_folder),
        }
    }

    /// The same page in another language, or its versions list there when that language
    /// has no such version.
    fn path_in(&self, page: Page, language: Language) -> String {
        let history = self.owner.record(self.site).history(language);
        let exists = match page {
            Page::List => true,
            Page::Version(date) => history.iter().any(|(v, _)| v.date == date),
            Page::Changes(date) => history.iter().skip(1).any(|(v, _)| v.date == date),
        };
        self.path(if exists { page } else { Page::List }, language)
    }

    fn file(&self, path: &str) -> PathBuf {
        let mut file = PathBuf::new();
        if let Owner::Institution(i) = self.owner {
            file.push(i.slug.as_str());
        }
        file.push(path);
        file
    }

    fn page(
        &self,
        renderer: &Renderer,
        page: Page,
        of: Option<Of>,
    ) -> Result<(PathBuf, Vec<u8>), crate::diagnostic::Diagnostic> {
        let (w, language) = (self.w, self.language);
        let path = self.path(page, language);
        let root = urls::root_prefix(&path);
        let base = self.base();
        let alternates = urls::alternates(self.site, language, base, &root, |other| {
            self.path_in(page, other)
        });
        let list_path = self.path(Page::List, language);
        let to_list = urls::root_prefix(&path[list_path.len()..]);
        let heading = match (page, &of) {
            (Page::List, _) => w.versions.to_owned(),
            (Page::Version(_), Some((_, v, ..))) => {
                format!("{} {}", w.version_of, v.date.display(language))
            }
            (Page::Changes(_), Some((_, v, ..))) => {
                format!("{} {}", w.changes_of, v.date.display(language))
            }
            _ => unreachable!("a version page has its version"),
        };
        let (sections, diff, previous) = match (page, &of) {
            (Page::Version(_), Some((_, _, recorded, _))) => (archived(recorded), None, None),
            (Page::Changes(_), Some((_, _, recorded, Some((before, old))))) => (
                Vec::new(),
                Some(diff::diff(&old.text, &recorded.text)),
                Some(before.date.view(language)),
            ),
            _ => (Vec::new(), None, None),
        };
        let context = Context {
            kind: match page {
                Page::List => "versions",
                Page::Version(_) => "version",
                Page::Changes(_) => "changes",
            },
            title: format!("{heading} — {}", self.name),
            heading,
            urls: Urls {
                canonical: format!("{base}/{path}"),
                x_default: format!(
                    "{base}/{}",
                    self.path_in(page, self.site.platform.default_language())
                ),
                root,
                alternates,
            },
            noindex: true,
            published: self.site.platform.published.view(language),
            updated: self.institution.map(|i| i.updated.clone()),
            institution: self.institution,
            w,
            policy: format!("{to_list}../"),
            feed: format!("{to_list}atom.xml"),
            list: to_list,
            entries: self.entries,
            entry: of.as_ref().map(|(index, ..)| &self.entries[*index]),
            previous,
            sections,
            diff,
        };
        let template = match page {
            Page::List => "versions/list.html",
            Page::Version(_) => "versions/version.html",
            Page::Changes(_) => "versions/changes.html",
        };
        let html = renderer.render_extra(template, language, &context)?;
        Ok((self.file(&format!("{path}index.html")), html))
    }
}

/// A recorded text as blocks: paragraphs, headings and lists.
fn archived(recorded: &Recorded) -> Vec<ArchivedSection<'_>> {
    recorded
        .text
        .sections
        .iter()
        .map(|section| {
            let mut blocks: Vec<Block> = Vec::new();
            for line in &section.lines {
                if let Some(item) = line.strip_prefix("- ") {
                    match blocks.last_mut().filter(|b| b.kind == "ul") {
                        Some(list) => list.items.push(item.to_owned()),
                        None => blocks.push(Block {
                            kind: "ul",
                            text: String::new(),
                            items: vec![item.to_owned()],
                        }),
                    }
                } else {
                    let (kind, text) = match line.strip_prefix("### ") {
                        Some(heading) => ("h", heading),
                        None => ("p", line.as_str()),
                    };
                    blocks.push(Block {
                        kind,
                        text: text.to_owned(),
                        items: Vec::new(),
                    });
                }
            }
            ArchivedSection {
                id: &section.id,
                title: &section.title,
                blocks,
            }
        })
        .collect()
}
