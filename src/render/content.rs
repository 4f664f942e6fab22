//! Shared Markdown with placeholders. Each file is compiled once; a file whose text does
//! not depend on the page — no placeholders, or only the platform's — is also rendered to
//! HTML (and minified) once per build, not once per institution. Placeholder values are
//! escaped for Markdown, so a value can't add links or markup.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;

use tera::{Context, Tera};

use super::markdown::{to_html, Images};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{MarkdownSource, Site};
use crate::merge::PageKind;
use crate::model::{Language, Localized};
use crate::msg;

pub struct SharedMarkdown {
    templates: Tera,
    /// The HTML of each file that is the same on every page of its language, by file.
    ready: HashMap<PathBuf, Fragment>,
}

/// HTML rendered once and shared by every page that shows it.
#[derive(Clone, Debug)]
pub struct Fragment {
    /// As rendered, for templates that embed it (the cookie section).
    pub html: Arc<str>,
    /// Minified on its own, to be spliced into a minified page as is.
    pub minified: Arc<str>,
    /// Its text as the release record reads it (`model::page_text::lines_of`), read once:
    /// every page's version guard and version line needs it.
    pub lines: Arc<[String]>,
}

/// A shared file's HTML: shared by all pages, or rendered for this page.
pub enum Rendered<'a> {
    Ready(&'a Fragment),
    Page(String),
}

impl Rendered<'_> {
    pub fn as_str(&self) -> &str {
        match self {
            Rendered::Ready(fragment) => &fragment.html,
            Rendered::Page(html) => html,
        }
    }

    pub fn into_string(self) -> String {
        match self {
            Rendered::Ready(fragment) => fragment.html.to_string(),
            Rendered::Page(html) => html,
        }
    }
}

/// Every shared Markdown file with its language and the id its headings and footnotes
/// are prefixed with.
fn shared_sources(site: &Site) -> Vec<(&MarkdownSource, Language, String)> {
    let mut sources = Vec::new();
    for language in Language::ALL {
        let content = site.content.get(language);
        let mut add = |source, id| sources.push((source, language, id));
        for section in &content.policy {
            add(&section.source, section.id.clone());
        }
        for text in content.cookies.iter().chain(&content.cookie_settings) {
            add(&text.source, text.id.clone());
        }
        for category in &content.cookie_categories {
            add(&category.source, category_anchor(category.category));
        }
        for block in &content.blocks {
            add(&block.source, block.id.clone());
        }
    }
    sources
}

pub fn category_anchor(category: crate::model::CookieCategory) -> String {
    format!("cookies-{}", category.id())
}

impl SharedMarkdown {
    /// Compiles every shared file and renders those that don't depend on the page, with
    /// `platform` holding each language's platform-wide values (`platform`, `lang`, `t`).
    pub fn new(
        site: &Site,
        platform: &Localized<Context>,
        minify: impl Fn(&str) -> String + Sync,
    ) -> Result<SharedMarkdown, Diagnostics> {
        let mut templates = Tera::default();
        templates.autoescape_on(vec![".md"]);
        templates.set_escape_fn(write_escaped_markdown);
        let mut errors = Diagnostics::default();
        let sources = shared_sources(site);
        for (source, _, _) in &sources {
            if has_placeholders(source.body()) {
                if let Err(e) = templates.add_raw_template(&name(source), source.body()) {
                    errors.push(tera_diagnostic(source, &e));
                }
            }
        }
        std::mem::take(&mut errors).into_result(())?;
        // Rendered in parallel: at a few files per language this is cheap, but it is
        // what every page waits for.
        use rayon::prelude::*;
        // Every page with sections is as deep in its site as the platform's page.
        let roots = Localized::from_fn(|language| {
            super::urls::root_prefix(&super::urls::site_path(site, &PageKind::Platform, language))
        });
        let rendered: Vec<Result<Option<(PathBuf, Fragment)>, Diagnostic>> = sources
            .par_iter()
            .map(|(source, language, id)| {
                let body = source.body();
                let markdown = if !has_placeholders(body) {
                    body.to_owned()
                } else if depends_on_page(body) {
                    return Ok(None);
                } else {
                    templates
                        .render(&name(source), platform.get(*language))
                        .map_err(|e| tera_diagnostic(source, &e))?
                };
                let images = Images {
                    root: roots.get(*language),
                    media: source.media(),
                };
                let html = to_html(&markdown, id, images);
                let minified = minify(&html);
                Ok(Some((
                    source.file.clone(),
                    Fragment {
                        lines: crate::model::page_text::lines_of(&minified).into(),
                        html: html.into(),
                        minified: minified.into(),
                    },
                )))
            })
            .collect();
        let mut ready = HashMap::new();
        for result in rendered {
            match result {
                Ok(Some((file, fragment))) => {
                    ready.insert(file, fragment);
                }
                Ok(None) => {}
                Err(e) => errors.push(e),
            }
        }
        errors.into_result(SharedMarkdown { templates, ready })
    }

    /// The HTML of a shared file, its placeholders filled from `context`, for a page
    /// `root` below its site's root.
    pub fn render(
        &self,
        source: &MarkdownSource,
        section_id: &str,
        context: &Context,
        root: &str,
    ) -> Result<Rendered<'_>, Diagnostic> {
        if let Some(fragment) = self.ready.get(&source.file) {
            return Ok(Rendered::Ready(fragment));
        }
        let markdown = self
            .templates
            .render(&name(source), context)
            .map_err(|e| tera_diagnostic(source, &e))?;
        let images = Images {
            root,
            media: source.media(),
        };
        Ok(Rendered::Page(to_html(&markdown, section_id, images)))
    }
}

/// Whether a file's placeholders may differ between pages of one language: one of its
/// tags names the institution or the block's parameters, reads the whole context, or pulls
/// in another template whose text this can't see. Anything else a tag can reach —
/// `platform`, `lang`, `t` — is the same on every page of the language. (Only what is
/// inside `{{ }}` and `{% %}` counts: the word "institution" in the prose does not.)
fn depends_on_page(body: &str) -> bool {
    const WORDS: [&str; 7] = [
        "institution",
        "block",
        "__tera_context",
        "include",
        "import",
        "extends",
        "macro",
    ];
    let mut rest = body;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let close = match after.as_bytes().first() {
            Some(b'{') => "}}",
            Some(b'%') => "%}",
            _ => {
                rest = after;
                continue;
            }
        };
        let end = after.find(close).unwrap_or(after.len());
        let tag = &after[1..end];
        if WORDS.iter().any(|word| tag.contains(word)) {
            return true;
        }
        rest = &after[end..];
    }
    false
}

fn name(source: &MarkdownSource) -> String {
    // The `.md` suffix turns on Markdown escaping for this template.
    format!("{}.md", source.file.display())
}

fn has_placeholders(body: &str) -> bool {
    body.contains("{{") || body.contains("{%") || body.contains("{#")
}

/// Backslash-escapes every ASCII punctuation character of a placeholder's value, straight
/// into Tera's output, a run at a time between them: CommonMark then shows each as itself,
/// in text and in link destinations alike.
fn write_escaped_markdown(value: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut rest = value.as_bytes();
    while let Some(at) = rest.iter().position(u8::is_ascii_punctuation) {
        out.write_all(&rest[..at])?;
        out.write_all(&[b'\\', rest[at]])?;
        rest = &rest[at + 1..];
    }
    out.write_all(rest)
}

/// Tera's errors, located in the file: Tera places them in the body, which is the
/// template; an unknown placeholder is named as written.
fn tera_diagnostic(source: &MarkdownSource, error: &tera::Error) -> Diagnostic {
    let hint = msg!("placeholder-hint");
    let Some(report) = super::theme::template_error(error) else {
        let detail = super::theme::error_chain(error);
        return Diagnostic::new(&source.file, msg!("placeholder-error", detail = detail))
            .hint(hint);
    };
    let span = report.span().range.clone();
    let message = report.message();
    let unknown = message.starts_with("Variable `")
        || message.starts_with("Field `")
        || message.contains("undefined");
    if matches!(error.kind(), tera::ErrorKind::RenderingError(_)) && unknown {
        // Tera points at the missing part (`controler`); the editor wrote the whole
        // name (`platform.controler.name`).
        let body = source.body();
        let is_name = |c: char| c.is_alphanumeric() || c == '_' || c == '.';
        let start = body[..span.start.min(body.len())]
            .rfind(|c: char| !is_name(c))
            .map_or(0, |i| i + 1);
        let end = body[start..]
            .find(|c: char| !is_name(c))
            .map_or(body.len(), |i| start + i);
        return Diagnostic::new(
            &source.file,
            msg!("placeholder-unknown", placeholder = &body[start..end]),
        )
        .at(source.position(start..end))
        .hint(hint);
    }
    let at = source.position(span);
    let message = match error.kind() {
        tera::ErrorKind::SyntaxError(_) => msg!("placeholder-syntax", detail = message),
        _ => msg!("placeholder-error", detail = message),
    };
    Diagnostic::new(&source.file, message).at(at).hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn escape_markdown(value: &str) -> String {
        let mut escaped = Vec::new();
        write_escaped_markdown(value, &mut escaped).unwrap();
        String::from_utf8(escaped).unwrap()
    }

    #[test]
    fn only_text_that_can_differ_between_pages_is_rendered_per_page() {
        assert!(!depends_on_page(
            "{{ platform.controller.name }} un {{ t.email }}"
        ));
        assert!(depends_on_page(
            "{% if institution %}{{ institution.name }}{% endif %}"
        ));
        assert!(depends_on_page("{{ block.authority }}"));
        assert!(depends_on_page("{% include \"content/lv/x.md.md\" %}"));
        assert!(depends_on_page("{{ __tera_context }}"));
        assert!(!depends_on_page(
            "Each institution keeps its own part. {{ platform.name }}"
        ));
    }

    #[test]
    fn escaped_values_render_as_plain_text() {
        let value = escape_markdown("[x](javascript:alert(1)) <b>*a*</b> pasts@dvi.gov.lv");
        let html = to_html(
            &format!(
                "Text {value} and [mail](mailto:{})",
                escape_markdown("a.b@c.lv")
            ),
            "s",
            Images::NONE,
        );
        assert!(
            html.contains("[x](javascript:alert(1)) &lt;b&gt;*a*&lt;/b&gt; pasts@dvi.gov.lv"),
            "{html}"
        );
        assert!(html.contains("href=\"mailto:a.b@c.lv\""), "{html}");
    }
}
