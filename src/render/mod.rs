//! Render: page plans → HTML. Templates are compiled once per build; shared Markdown is
//! compiled once and, where it does not depend on the page, rendered and minified once per
//! language.
//!
//! A page is put together from pieces: the page template is rendered with a marker where
//! each section's HTML goes; the shared sections' HTML is fully minified once per build
//! (minify-html); the page's own HTML — the template's output, its generated, own and
//! cookie sections — is compacted (`compact.rs`: newlines between block tags dropped, one
//! pass, no parse) and the sections are spliced in at their markers. So the work per page
//! is proportional to what is the page's own, and light.

mod assets;
mod compact;
mod content;
mod index;
pub mod markdown;
mod parts;
mod report;
mod section;
mod slots;
mod theme;
pub mod urls;

use std::sync::LazyLock;

use serde::Serialize;
use tera::Context;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::Site;
use crate::merge::views::PlatformView;
use crate::merge::{Body, InstitutionView, PageKind, PagePlan};
use crate::model::{DateView, Language, Localized};
use crate::msg;
use parts::{label, parts, PartSlot};
use section::{text_of, SectionOut};
use slots::Slots;
pub(crate) use theme::escape_html;
pub use theme::Theme;
pub use urls::Urls;

/// The compiled theme and shared content. It keeps no reference to the site, so a
/// long-running process (`serve`) can reload one institution and render again without
/// recompiling anything.
pub struct Renderer {
    theme: Theme,
    shared: content::SharedMarkdown,
    platform: Localized<PlatformView>,
    /// Per language: `platform`, `lang` and `t`, the values every page starts from.
    base: Localized<Context>,
    slots: Slots,
    /// Each theme asset's published, content-hashed name.
    assets: std::collections::BTreeMap<String, String>,
}

/// A shared chapter the page has, for the summary's table of who is responsible.
#[derive(Serialize)]
struct ChapterOut<'a> {
    id: &'a str,
    title: &'a str,
    controller: Option<&'a str>,
}

/// What `page.html` and `index.html` receive besides the page's values (`platform`,
/// `lang`, `t` and `institution`, already in the context the sections were rendered with).
#[derive(Serialize)]
struct PageContext<'a> {
    kind: &'static str,
    title: String,
    parts: Vec<PartSlot<'a>>,
    urls: Urls,
    published: &'a DateView,
    updated: Option<&'a DateView>,
    institutions: Vec<index::IndexEntry>,
    platform_policy: String,
    /// On an institution's page, the link to its notices (`notices/`) for the footer.
    notices: Option<crate::merge::views::LinkView>,
    /// The page's version, what changed and the link to its versions, once it has any.
    version: Option<crate::version_guard::VersionLine>,
    /// On an institution's page, its policy as data beside it (`policy.json`, …).
    data_links: &'static [crate::merge::layout::DataLink],
}

impl Renderer {
    pub fn new(site: &Site) -> Result<Renderer, Diagnostics> {
        let platform = Localized::from_fn(|l| PlatformView::new(&site.platform, l));
        // Templates link each asset by its content-hashed name: `assets["style.css"]`.
        let assets = assets::hashed_names(&site.theme.assets);
        let base = Localized::from_fn(|language| {
            let mut values = Context::new();
            values.insert("platform", platform.get(language));
            values.insert("lang", language.code());
            values.insert("t", &site.theme.strings.get(language).labels);
            values.insert("assets", &assets);
            // Shared text about the institution sits in `{% if institution %}`: on the
            // platform's own page the name is there and empty, not unknown.
            values.insert("institution", &());
            values
        });
        // Compile both before reporting, so template and placeholder errors come together.
        let (theme, shared) = match (
            Theme::compile(&site.theme),
            content::SharedMarkdown::new(site, &base, minify_fragment),
        ) {
            (Ok(theme), Ok(shared)) => (theme, shared),
            (theme, shared) => {
                let mut errors = theme.err().unwrap_or_default();
                errors.extend(shared.err().unwrap_or_default());
                return Err(errors);
            }
        };
        Ok(Renderer {
            theme,
            shared,
            platform,
            base,
            slots: Slots::new(),
            assets,
        })
    }

    /// The platform's values in `language`, as every page's templates get them.
    pub fn platform_view(&self, language: Language) -> &PlatformView {
        self.platform.get(language)
    }

    /// Each theme asset's name (`style.css`) → the content-hashed name it is published as.
    pub fn asset_names(&self) -> &std::collections::BTreeMap<String, String> {
        &self.assets
    }

    /// The text of a page as a visitor reads it (`model::page_text`), from its sections
    /// rendered as on the page.
    pub fn page_text(
        &self,
        site: &Site,
        plan: &PagePlan,
    ) -> Result<crate::model::PageText, Diagnostics> {
        let (_, sections, _) = self.render_sections(site, plan)?;
        Ok(text_of(&sections))
    }

    /// The page's values (with the institution's) and its rendered sections.
    fn render_sections(
        &self,
        site: &Site,
        plan: &PagePlan,
    ) -> Result<(Context, Vec<SectionOut>, Option<InstitutionView>), Diagnostics> {
        let language = plan.language;
        let institution = match plan.kind {
            PageKind::Institution(i) => Some(InstitutionView::new(&i.slug, &i.data, language)),
            _ => None,
        };
        let mut values = self.base.get(language).clone();
        if let Some(institution) = &institution {
            values.insert("institution", institution);
            let chapters: Vec<ChapterOut> = plan
                .sections
                .iter()
                .filter_map(|s| match &s.body {
                    Body::Block { block, .. } => Some(ChapterOut {
                        id: &block.id,
                        title: &block.title,
                        controller: block.controller.as_deref(),
                    }),
                    _ => None,
                })
                .collect();
            values.insert("chapters", &chapters);
        }
        let mut errors = Diagnostics::default();
        let mut sections = Vec::with_capacity(plan.sections.len());
        let root = urls::root_prefix(&urls::site_path(site, &plan.kind, language));
        for section in &plan.sections {
            match self.render_section(section, language, &mut values, &root) {
                Ok(out) => sections.push(out),
                Err(e) => errors.push(e),
            }
        }
        errors.into_result((values, sections, institution))
    }

    /// One page's minified HTML.
    pub fn render_page(&self, site: &Site, plan: &PagePlan) -> Result<Vec<u8>, Diagnostics> {
        self.render_page_with_view(site, plan).map(|page| page.html)
    }

    /// One page's minified HTML, what else was worked out to make it.
    pub fn render_page_with_view(
        &self,
        site: &Site,
        plan: &PagePlan,
    ) -> Result<RenderedPage, Diagnostics> {
        let language = plan.language;
        let (values, sections, institution) = self.render_sections(site, plan)?;
        let platform = self.platform.get(language);
        let strings = self.theme.strings(language);
        let mut errors = Diagnostics::default();
        // Only on a site that keeps a release record is the page's text worked out (for
        // its version line and the version guards).
        let text = crate::merge::Owner::of(&plan.kind)
            .filter(|&owner| owner.keeps_record(site))
            .map(|owner| (owner, text_of(&sections)));
        let version = text.as_ref().and_then(|(owner, text)| {
            crate::version_guard::line(owner.record(site), language, text, owner.date(site))
        });
        let urls = urls::urls(site, plan);
        let (kind, title) = match (&plan.kind, &institution) {
            (PageKind::Institution(_), Some(i)) => (
                "institution",
                format!("{} — {}", label(strings, "privacy_policy"), i.name),
            ),
            (PageKind::Index(_), _) => ("index", label(strings, "index_title").to_owned()),
            _ => (
                "platform",
                format!("{} — {}", label(strings, "privacy_policy"), platform.name),
            ),
        };
        let policy_path = urls::site_path(site, &PageKind::Platform, language);
        let parts = parts(
            &sections,
            &self.slots,
            strings,
            institution.as_ref().map(|i| i.name.as_str()),
        );
        let context = PageContext {
            kind,
            title,
            parts,
            platform_policy: format!("{}{policy_path}", urls.root),
            institutions: match plan.kind {
                PageKind::Index(institutions) => {
                    index::index_entries(site, institutions, language, &urls.root)
                }
                _ => Vec::new(),
            },
            notices: plan
                .slug()
                .map(|_| crate::merge::layout::notices_link(language)),
            data_links: match plan.kind {
                PageKind::Institution(_) => &crate::merge::layout::DATA_LINKS,
                _ => &[],
            },
            urls,
            published: &platform.published,
            updated: institution.as_ref().map(|i| &i.updated),
            version,
        };
        let template = if kind == "index" {
            "index.html"
        } else {
            "page.html"
        };
        let mut context =
            Context::from_serialize(&context).map_err(|e| self.theme.error(template, &e))?;
        context.extend(values);
        let html = self.theme.render(template, &context).map_err(|e| {
            errors.push(e);
            std::mem::take(&mut errors)
        })?;
        errors.into_result(())?;
        let html = self
            .slots
            .assemble(&compact::compact(&html), &sections)
            .ok_or_else(|| {
                Diagnostic::new(
                    self.theme.file(template),
                    msg!("template-sections-not-once"),
                )
                .hint(msg!("template-sections-not-once-hint"))
            })?;
        Ok(RenderedPage {
            html,
            institution,
            text: text.map(|(_, text)| text),
        })
    }
}

/// The values several extra pages have in common ([`Renderer::extra_values`]).
pub struct ExtraValues(Context);

/// A rendered policy or index page.
pub struct RenderedPage {
    pub html: Vec<u8>,
    /// On an institution's page, the institution's values its templates got, for the
    /// page's data files (`deploy::page_data`).
    pub institution: Option<InstitutionView>,
    /// On a site that keeps a release record, the page's text (`model::page_text`), for the
    /// version guards.
    pub text: Option<crate::model::PageText>,
}

impl Renderer {
    /// A theme page outside the policy pages (the notices, the versions): `template` with
    /// the language's values and `context`, compacted like a page's own HTML (`compact.rs`):
    /// there are several such pages per institution, and minify-html cost more than
    /// rendering them.
    pub fn render_extra(
        &self,
        template: &str,
        language: Language,
        context: &impl Serialize,
    ) -> Result<Vec<u8>, Diagnostic> {
        let values = self.values_with(self.base.get(language).clone(), template, context)?;
        self.render_compacted(template, &values)
    }

    /// The language's values with `shared` added, converted once for several extra pages
    /// (an institution's notices all show its whole `InstitutionView`).
    pub fn extra_values(
        &self,
        template: &str,
        language: Language,
        shared: &impl Serialize,
    ) -> Result<ExtraValues, Diagnostic> {
        let values = self.values_with(self.base.get(language).clone(), template, shared)?;
        Ok(ExtraValues(values))
    }

    /// [`Renderer::render_extra`] on values from [`Renderer::extra_values`].
    pub fn render_extra_on(
        &self,
        template: &str,
        values: &ExtraValues,
        context: &impl Serialize,
    ) -> Result<Vec<u8>, Diagnostic> {
        // Cheap: tera's values share their strings, lists and maps.
        let values = self.values_with(values.0.clone(), template, context)?;
        self.render_compacted(template, &values)
    }

    /// `values` with `added`'s fields, converted for `template`.
    fn values_with(
        &self,
        mut values: Context,
        template: &str,
        added: &impl Serialize,
    ) -> Result<Context, Diagnostic> {
        values.extend(Context::from_serialize(added).map_err(|e| self.theme.error(template, &e))?);
        Ok(values)
    }

    fn render_compacted(&self, template: &str, values: &Context) -> Result<Vec<u8>, Diagnostic> {
        Ok(compact::compact(&self.theme.render(template, values)?).into_bytes())
    }
}

/// Whitespace and optional markup removed; closing tags kept so the HTML stays easy to
/// read and to check.
static MINIFY: LazyLock<minify_html::Cfg> = LazyLock::new(|| minify_html::Cfg {
    keep_closing_tags: true,
    keep_html_and_head_opening_tags: true,
    ..minify_html::Cfg::default()
});

fn minify(html: &str) -> Vec<u8> {
    minify_html::minify(html.as_bytes(), &MINIFY)
}

/// A section's HTML minified on its own, to be spliced into a minified page.
fn minify_fragment(html: &str) -> String {
    String::from_utf8(minify(html))
        .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}
