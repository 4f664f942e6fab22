//! Shared Markdown with placeholders. Each file is compiled once; a file without
//! placeholders is also rendered to HTML once per build, not once per institution.
//! Placeholder values are escaped for Markdown, so a value can't add links or markup.

use std::collections::HashMap;
use std::path::PathBuf;

use tera::{Context, Tera};

use super::markdown::to_html;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{MarkdownSource, Site};

pub struct SharedMarkdown {
    templates: Tera,
    /// HTML of files without placeholders, by file.
    ready: HashMap<PathBuf, String>,
}

/// Every shared Markdown file with the id its headings and footnotes are prefixed with.
fn shared_sources(site: &Site) -> Vec<(&MarkdownSource, String)> {
    let mut sources = Vec::new();
    for content in [&site.content.lv, &site.content.en] {
        sources.extend(content.policy.iter().map(|s| (&s.source, s.id.clone())));
        sources.extend(content.cookies.iter().map(|s| (&s.source, s.id.clone())));
        sources.extend(
            content
                .cookie_settings
                .iter()
                .map(|s| (&s.source, s.id.clone())),
        );
        sources.extend(
            content
                .cookie_categories
                .iter()
                .map(|c| (&c.source, category_anchor(c.category))),
        );
        sources.extend(content.blocks.iter().map(|b| (&b.source, b.id.clone())));
    }
    sources
}

pub fn category_anchor(category: crate::model::CookieCategory) -> String {
    format!("cookies-{}", category.id())
}

impl SharedMarkdown {
    pub fn new(site: &Site) -> Result<SharedMarkdown, Diagnostics> {
        let mut templates = Tera::default();
        templates.autoescape_on(vec![".md"]);
        templates.set_escape_fn(escape_markdown);
        let mut ready = HashMap::new();
        let mut errors = Diagnostics::default();
        for (source, id) in shared_sources(site) {
            let body = source.body();
            if has_placeholders(body) {
                if let Err(e) = templates.add_raw_template(&name(source), body) {
                    errors.push(tera_diagnostic(source, &e));
                }
            } else {
                ready.insert(source.file.clone(), to_html(body, &id));
            }
        }
        errors.into_result(SharedMarkdown { templates, ready })
    }

    /// The HTML of a shared file, its placeholders filled from `context`.
    pub fn render(
        &self,
        source: &MarkdownSource,
        section_id: &str,
        context: &Context,
    ) -> Result<String, Diagnostic> {
        if let Some(html) = self.ready.get(&source.file) {
            return Ok(html.clone());
        }
        let markdown = self
            .templates
            .render(&name(source), context)
            .map_err(|e| tera_diagnostic(source, &e))?;
        Ok(to_html(&markdown, section_id))
    }
}

fn name(source: &MarkdownSource) -> String {
    // The `.md` suffix turns on Markdown escaping for this template.
    format!("{}.md", source.file.display())
}

fn has_placeholders(body: &str) -> bool {
    body.contains("{{") || body.contains("{%") || body.contains("{#")
}

/// Backslash-escapes every ASCII punctuation character: CommonMark then shows it as
/// itself, in text and in link destinations alike.
pub fn escape_markdown(value: &str) -> String {
    let mut escaped = String::with_capacity(value.len() + value.len() / 4);
    for c in value.chars() {
        if c.is_ascii_punctuation() {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

/// Tera's errors, located in the file: a syntax error names its line; an unknown
/// placeholder is found by its name.
fn tera_diagnostic(source: &MarkdownSource, error: &tera::Error) -> Diagnostic {
    let mut chain = vec![error.to_string()];
    let mut next = std::error::Error::source(error);
    while let Some(e) = next {
        chain.push(e.to_string());
        next = e.source();
    }
    let full = chain.join("\n");
    let hint =
        "placeholders are listed in docs/content-model.md (\"Placeholders in shared content\"); \
                text about the institution goes inside `{% if institution %} … {% endif %}`";
    let at_line = full.split("--> ").nth(1).and_then(|rest| {
        let (line, _) = rest.split_once(':')?;
        line.trim().parse::<usize>().ok()
    });
    if let Some(line) = at_line {
        let detail = chain
            .last()
            .map_or("", |s| s.lines().last().unwrap_or(""))
            .trim();
        return Diagnostic::new(&source.file, format!("placeholder syntax error: {detail}"))
            .at(source.body_line_position(line))
            .hint(hint);
    }
    let variable = full
        .split("Variable `")
        .nth(1)
        .and_then(|rest| rest.split('`').next());
    if let Some(variable) = variable {
        let diagnostic =
            Diagnostic::new(&source.file, format!("unknown placeholder `{variable}`")).hint(hint);
        return match source.body().find(variable) {
            Some(at) => diagnostic.at(source.position(at..at + variable.len())),
            None => diagnostic,
        };
    }
    Diagnostic::new(&source.file, chain.last().cloned().unwrap_or_default()).hint(hint)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escaped_values_render_as_plain_text() {
        let value = escape_markdown("[x](javascript:alert(1)) <b>*a*</b> pasts@dvi.gov.lv");
        let html = to_html(
            &format!(
                "Text {value} and [mail](mailto:{})",
                escape_markdown("a.b@c.lv")
            ),
            "s",
        );
        assert!(
            html.contains("[x](javascript:alert(1)) &lt;b&gt;*a*&lt;/b&gt; pasts@dvi.gov.lv"),
            "{html}"
        );
        assert!(html.contains("href=\"mailto:a.b@c.lv\""), "{html}");
    }
}
