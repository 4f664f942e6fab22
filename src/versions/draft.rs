//! A draft in preview. `serve` renders a page whose text differs from its last recorded
//! version instead of refusing it, and marks it so no one takes it for the published page:
//! a banner under the version line naming the version it differs from and the command that
//! releases it, the changes against that version in a `<details>` (the diff of a version's
//! changes page, `partials/diff.html`), and a mark at the top of each changed section.
//! `build` never marks a page: it refuses the text (`version-date`) or publishes it with
//! the `unreleased-version` warning, as before.

use std::collections::HashSet;

use lol_html::html_content::ContentType;
use lol_html::{element, HtmlRewriter, Settings};
use serde::Serialize;

use super::diff::{diff, Change, PageDiff};
use crate::diagnostic::Diagnostic;
use crate::model::{DateView, Language, PageText};
use crate::msg;
use crate::render::Renderer;
use crate::version_guard::{release_command, status, words, Guarded, Status};

#[derive(Serialize)]
struct Banner<'a> {
    w: &'static words::Labels,
    last: DateView,
    command: String,
    diff: &'a PageDiff,
}

/// `html`, the page rendered with `text`, marked as a draft when that text is not the last
/// recorded version's in `language`; `None` when it is (or nothing is recorded to compare).
pub fn mark(
    renderer: &Renderer,
    page: &Guarded,
    language: Language,
    text: &PageText,
    html: &[u8],
) -> Result<Option<Vec<u8>>, Diagnostic> {
    if !matches!(
        status(page.record, language, text, page.date),
        Status::Unreleased { .. }
    ) {
        return Ok(None);
    }
    let Some((version, recorded)) = page.record.history(language).pop() else {
        return Ok(None);
    };
    let changes = diff(&recorded.text, text);
    let w = words::labels(language);
    let banner = renderer.render_extra(
        "partials/draft.html",
        language,
        &Banner {
            w,
            last: version.date.view(language),
            command: release_command(page.institution),
            diff: &changes,
        },
    )?;
    let banner = String::from_utf8_lossy(&banner);
    let changed: HashSet<&str> = changes
        .sections
        .iter()
        .filter(|s| s.change != Change::Removed)
        .map(|s| s.id.as_str())
        .collect();
    let section_mark = format!(r#"<p class="draft-mark">{}</p>"#, w.draft_mark);
    let settings = Settings::new()
        .append_element_content_handler(element!("p.version", |el| {
            el.after(&banner, ContentType::Html);
            Ok(())
        }))
        .append_element_content_handler(element!("main [id]", |el| {
            if el
                .get_attribute("id")
                .is_some_and(|id| changed.contains(id.as_str()))
            {
                el.prepend(&section_mark, ContentType::Html);
            }
            Ok(())
        }));
    let mut marked = Vec::with_capacity(html.len() + banner.len());
    let mut rewriter = HtmlRewriter::new(settings, |chunk: &[u8]| marked.extend_from_slice(chunk));
    rewriter
        .write(html)
        .and_then(|()| rewriter.end())
        .map_err(|e| {
            Diagnostic::new(
                page.date_source.0.path.as_path(),
                msg!("draft-not-marked", detail = e.to_string()),
            )
        })?;
    Ok(Some(marked))
}
