//! One section of a page rendered: shared, own, generated, a chapter or the cookies.

use serde::Serialize;
use tera::Context;

use super::{content, markdown, Renderer};
use crate::diagnostic::Diagnostic;
use crate::merge::{Body, CookiesPlan, Part, SectionPlan};
use crate::model::Language;

/// A rendered section.
pub(super) struct SectionOut {
    pub(super) id: String,
    pub(super) title: String,
    pub(super) part: Part,
    pub(super) html: SectionHtml,
}

pub(super) enum SectionHtml {
    /// Shared by every page of the language, already minified, with its text.
    Minified(content::Fragment),
    /// This page's own, already compact (Markdown that needed no sanitising).
    Compact(String),
    /// This page's own, to be minified.
    Page(String),
}

#[derive(Serialize)]
struct CategoryOut<'a> {
    id: String,
    title: &'a str,
    description: String,
    cookies: &'a [crate::merge::CookieView],
}

impl Renderer {
    pub(super) fn render_section(
        &self,
        section: &SectionPlan,
        language: Language,
        values: &mut Context,
        root: &str,
    ) -> Result<SectionOut, Diagnostic> {
        fn images<'a>(
            source: &'a crate::load::MarkdownSource,
            root: &'a str,
        ) -> markdown::Images<'a> {
            markdown::Images {
                root,
                media: source.media(),
            }
        }
        let strings = self.theme.strings(language);
        let (title, mut html) = match &section.body {
            Body::Shared(source) => match self.shared.render(source, &section.id, values, root)? {
                content::Rendered::Ready(fragment) if section.extensions.is_empty() => {
                    return Ok(SectionOut {
                        id: section.id.clone(),
                        title: section.title.clone(),
                        part: section.part,
                        html: SectionHtml::Minified(fragment.clone()),
                    })
                }
                rendered => (section.title.clone(), rendered.into_string()),
            },
            Body::Own(source) => {
                let rendered = markdown::render(source.body(), &section.id, images(source, root));
                if rendered.compact && section.extensions.is_empty() {
                    return Ok(SectionOut {
                        id: section.id.clone(),
                        title: section.title.clone(),
                        part: section.part,
                        html: SectionHtml::Compact(rendered.html),
                    });
                }
                (section.title.clone(), rendered.html)
            }
            Body::Generated(generated) => {
                let title = strings
                    .sections
                    .get(generated.id())
                    .cloned()
                    .ok_or_else(|| {
                        self.theme
                            .missing_string(&format!("sections.{}", generated.id()), language)
                    })?;
                (title, self.theme.render(&generated.template(), values)?)
            }
            Body::Block { block, params } => {
                // Added for this section only, not cloned with the rest of the page's values.
                values.insert("block", params);
                let html = self.shared.render(&block.source, &section.id, values, root);
                values.remove("block");
                (section.title.clone(), html?.into_string())
            }
            Body::Cookies(plan) => (
                section.title.clone(),
                self.render_cookies(plan, values, root)?,
            ),
        };
        for extension in &section.extensions {
            html.push_str(&markdown::to_html(
                extension.body(),
                &section.id,
                images(extension, root),
            ));
        }
        Ok(SectionOut {
            id: section.id.clone(),
            title,
            part: section.part,
            html: SectionHtml::Page(html),
        })
    }

    fn render_cookies(
        &self,
        plan: &CookiesPlan,
        values: &mut Context,
        root: &str,
    ) -> Result<String, Diagnostic> {
        let mut categories = Vec::new();
        for (text, cookies) in &plan.categories {
            let id = content::category_anchor(text.category);
            categories.push(CategoryOut {
                description: self
                    .shared
                    .render(&text.source, &id, values, root)?
                    .into_string(),
                id,
                title: &text.title,
                cookies,
            });
        }
        let intro = self.shared.render(plan.intro, "cookies", values, root)?;
        let settings = self
            .shared
            .render(plan.settings, plan.settings_id, values, root)?;
        // Added to the page's values for this template only, rather than cloning them.
        const KEYS: [&str; 5] = [
            "intro",
            "settings_id",
            "settings_title",
            "settings",
            "categories",
        ];
        values.insert(KEYS[0], intro.as_str());
        values.insert(KEYS[1], plan.settings_id);
        values.insert(KEYS[2], plan.settings_title);
        values.insert(KEYS[3], settings.as_str());
        values.insert(KEYS[4], &categories);
        let html = self.theme.render("partials/cookies.html", values);
        for key in KEYS {
            values.remove(key);
        }
        html
    }
}

/// The page text of rendered sections.
pub(super) fn text_of(sections: &[SectionOut]) -> crate::model::PageText {
    crate::model::PageText::from_lines(sections.iter().map(|s| {
        let lines = match &s.html {
            SectionHtml::Minified(fragment) => fragment.lines.to_vec(),
            SectionHtml::Compact(html) | SectionHtml::Page(html) => {
                crate::model::page_text::lines_of(html)
            }
        };
        (s.id.as_str(), s.title.as_str(), lines)
    }))
}
