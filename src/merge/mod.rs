//! Merge: platform + institution → the plan of each page. A plan says which sections a
//! page has, in which order, and where each one's text comes from; it holds no HTML.
//! Rendering turns plans into pages.

pub mod headings;
pub mod layout;
mod owner;
pub mod views;

use std::collections::BTreeMap;
use std::path::PathBuf;

use crate::load::{Block, CategoryText, Institution, Listing, MarkdownSource, Placement, Site};
use crate::model::{CookieCategory, Element, GeneratedSection, Language, Slug};
pub use owner::Owner;
pub use views::{CookieView, InstitutionView, PlatformView};

/// Which part of the notice a section belongs to. An institution's page is, in order: the
/// summary; the institution's part; the platform's part (its shared text, scoped to the
/// website's own processing, with the cookies); the shared chapters; then one rights part
/// and one complaint part for the whole page. The summary, rights and complaint are parts
/// of one section each; the table of contents and the headings follow the parts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Part {
    Summary,
    Institution,
    Platform,
    Blocks,
    Rights,
    Complaint,
}

impl Part {
    /// Parts that are a single section: their section is the part, under one `h2`.
    pub fn is_single(self) -> bool {
        matches!(self, Part::Summary | Part::Rights | Part::Complaint)
    }
}

/// Where a section's body comes from.
#[derive(Clone, Debug)]
pub enum Body<'a> {
    /// Shared Markdown, trusted, with placeholders.
    Shared(&'a MarkdownSource),
    /// An institution's Markdown: no placeholders, sanitised like all Markdown.
    Own(&'a MarkdownSource),
    /// Written by the theme's `sections/<id>.html` from the institution's data.
    Generated(GeneratedSection),
    /// A shared block with the opting institution's parameter values.
    Block {
        block: &'a Block,
        params: BTreeMap<String, String>,
    },
    Cookies(CookiesPlan<'a>),
}

#[derive(Clone, Debug)]
pub struct CookiesPlan<'a> {
    pub intro: &'a MarkdownSource,
    pub settings_id: &'a str,
    pub settings_title: &'a str,
    pub settings: &'a MarkdownSource,
    pub categories: Vec<(&'a CategoryText, Vec<CookieView>)>,
}

#[derive(Clone, Debug)]
pub struct SectionPlan<'a> {
    pub id: String,
    pub title: String,
    pub part: Part,
    pub body: Body<'a>,
    /// An institution's Markdown appended to a generated section.
    pub extensions: Vec<&'a MarkdownSource>,
}

#[derive(Clone, Debug)]
pub enum PageKind<'a> {
    Institution(&'a Institution),
    Platform,
    /// The list of the institutions' pages.
    Index(&'a [Listing]),
}

#[derive(Clone, Debug)]
pub struct PagePlan<'a> {
    pub kind: PageKind<'a>,
    pub language: Language,
    pub sections: Vec<SectionPlan<'a>>,
}

impl PagePlan<'_> {
    pub fn slug(&self) -> Option<&Slug> {
        match self.kind {
            PageKind::Institution(i) => Some(&i.slug),
            _ => None,
        }
    }
}

/// Output paths, relative to the output folder. Each institution's pages live under
/// `<slug>/` so the subtree can be deployed to its own website as is.
pub fn page_path(site: &Site, plan: &PagePlan) -> PathBuf {
    let language = plan.language;
    let policy = site.platform.page_path.get(language);
    match plan.kind {
        PageKind::Institution(i) => [i.slug.as_str(), language.code(), policy, "index.html"]
            .iter()
            .collect(),
        PageKind::Platform => [language.code(), policy, "index.html"].iter().collect(),
        PageKind::Index(_) if language == site.platform.default_language() => "index.html".into(),
        PageKind::Index(_) => [language.code(), "index.html"].iter().collect(),
    }
}

/// The index page listing `institutions`.
pub fn plan_index(institutions: &[Listing], language: Language) -> PagePlan<'_> {
    PagePlan {
        kind: PageKind::Index(institutions),
        language,
        sections: Vec::new(),
    }
}

pub fn plan_platform(site: &Site, language: Language) -> PagePlan<'_> {
    let mut sections = shared_sections(site, language, None);
    sections.extend(cookie_section(site, language, None));
    PagePlan {
        kind: PageKind::Platform,
        language,
        sections,
    }
}

pub fn plan_institution<'a>(
    site: &'a Site,
    institution: &'a Institution,
    language: Language,
) -> PagePlan<'a> {
    let page_part = |generated: GeneratedSection, part: Part| SectionPlan {
        id: generated.id().to_owned(),
        title: String::new(), // the theme's section template titles it
        part,
        body: Body::Generated(generated),
        extensions: extensions(institution, language, generated),
    };
    let mut sections = vec![page_part(GeneratedSection::Summary, Part::Summary)];
    sections.extend(institution_sections(institution, language));
    sections.extend(shared_sections(site, language, Some(institution)));
    sections.extend(cookie_section(site, language, Some(institution)));
    let blocks = &site.content.get(language).blocks;
    for opt_in in &institution.data.blocks {
        let Some(block) = blocks.iter().find(|b| b.id == *opt_in.id.get_ref()) else {
            continue; // reported by validation
        };
        let params = opt_in
            .params
            .iter()
            .flat_map(|p| p.get_ref())
            .map(|(k, v)| (k.clone(), v.to_string_in(language)))
            .collect();
        sections.push(SectionPlan {
            id: block.id.clone(),
            title: block.title.clone(),
            part: Part::Blocks,
            body: Body::Block { block, params },
            extensions: Vec::new(),
        });
    }
    sections.push(page_part(GeneratedSection::Rights, Part::Rights));
    sections.push(page_part(GeneratedSection::Complaint, Part::Complaint));
    PagePlan {
        kind: PageKind::Institution(institution),
        language,
        sections,
    }
}

/// The platform's shared policy. On an institution's page, a shared section that gives the
/// rights or the complaint (`covers`) is left out: the page says each once, in its own part.
fn shared_sections<'a>(
    site: &'a Site,
    language: Language,
    institution: Option<&Institution>,
) -> Vec<SectionPlan<'a>> {
    let said_by_the_page = [Element::Rights, Element::Complaint];
    site.content
        .get(language)
        .policy
        .iter()
        .filter(|s| institution.is_none() || !s.covers.iter().any(|e| said_by_the_page.contains(e)))
        .map(|s| SectionPlan {
            id: s.id.clone(),
            title: s.title.clone(),
            part: Part::Platform,
            body: Body::Shared(&s.source),
            extensions: Vec::new(),
        })
        .collect()
}

/// An institution's Markdown files that add to a generated section.
fn extensions(
    institution: &Institution,
    language: Language,
    generated: GeneratedSection,
) -> Vec<&MarkdownSource> {
    institution
        .sections
        .get(language)
        .iter()
        .filter(|s| s.placement == Placement::Extends(generated))
        .map(|s| &s.source)
        .collect()
}

/// The institution's part: its generated sections (but the page's own parts) and its own
/// sections, by order; a generated section and an own section with the same order keep
/// that order (generated first).
fn institution_sections(institution: &Institution, language: Language) -> Vec<SectionPlan<'_>> {
    let own = institution.sections.get(language);
    let mut ordered: Vec<(i64, u8, SectionPlan)> = Vec::new();
    for generated in GeneratedSection::ALL {
        let data = &institution.data;
        let empty = match generated {
            GeneratedSection::Registers => data.registers.is_empty(),
            GeneratedSection::StatutoryRequirement => data.statutory_requirement.is_none(),
            GeneratedSection::AutomatedDecisions => data.automated_decisions.is_none(),
            other => other.is_page_part(),
        };
        if empty {
            continue;
        }
        ordered.push((
            generated.order(),
            0,
            SectionPlan {
                id: generated.id().to_owned(),
                title: String::new(), // the theme's section template titles it
                part: Part::Institution,
                body: Body::Generated(generated),
                extensions: extensions(institution, language, generated),
            },
        ));
    }
    for section in own {
        if let Placement::Own { title, order } = &section.placement {
            ordered.push((
                *order,
                1,
                SectionPlan {
                    id: section.id.clone(),
                    title: title.clone(),
                    part: Part::Institution,
                    body: Body::Own(&section.source),
                    extensions: Vec::new(),
                },
            ));
        }
    }
    ordered.sort_by_key(|(order, rank, _)| (*order, *rank));
    ordered.into_iter().map(|(_, _, plan)| plan).collect()
}

fn cookie_section<'a>(
    site: &'a Site,
    language: Language,
    institution: Option<&'a Institution>,
) -> Option<SectionPlan<'a>> {
    let shared = site.content.get(language);
    let (intro, settings) = (shared.cookies.as_ref()?, shared.cookie_settings.as_ref()?);
    let extra = institution.map_or(&[][..], |i| &i.data.cookies);
    let categories = CookieCategory::ALL
        .iter()
        .filter_map(|&category| {
            let text = shared
                .cookie_categories
                .iter()
                .find(|c| c.category == category)?;
            let cookies = site
                .platform
                .cookies
                .iter()
                .chain(extra)
                .filter(|c| c.category == category)
                .map(|c| CookieView::new(c, language))
                .collect();
            Some((text, cookies))
        })
        .collect();
    Some(SectionPlan {
        id: intro.id.clone(),
        title: intro.title.clone(),
        part: Part::Platform,
        body: Body::Cookies(CookiesPlan {
            intro: &intro.source,
            settings_id: &settings.id,
            settings_title: &settings.title,
            settings: &settings.source,
            categories,
        }),
        extensions: Vec::new(),
    })
}
