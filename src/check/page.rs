//! Checks on a rendered page: every `#anchor` link has its target. Runs on each page whose
//! Markdown has such links, as it is rendered, with a streaming HTML rewriter (lol_html).

use std::cell::RefCell;
use std::collections::HashSet;
use std::path::Path;

use lol_html::{element, HtmlRewriter, Settings};

use super::{Finding, Rule};
use crate::diagnostic::Diagnostic;
use crate::merge::{Body, PagePlan};
use crate::model::{Language, Slug};
use crate::msg;

/// Whether any Markdown on the page links to an anchor. Only such pages need
/// `check_page`: the theme's own links (contents, skip link) point at ids the renderer
/// itself gives, which the tests cover.
pub fn has_markdown_anchors(plan: &PagePlan) -> bool {
    plan.sections.iter().any(|section| {
        let bodies: Vec<&str> = match &section.body {
            Body::Shared(source) | Body::Own(source) => vec![source.body()],
            Body::Block { block, .. } => vec![block.source.body()],
            Body::Cookies(cookies) => {
                let mut bodies = vec![cookies.intro.body(), cookies.settings.body()];
                bodies.extend(
                    cookies
                        .categories
                        .iter()
                        .map(|(text, _)| text.source.body()),
                );
                bodies
            }
            Body::Generated(_) => Vec::new(),
        };
        bodies
            .into_iter()
            .chain(section.extensions.iter().map(|e| e.body()))
            .any(links_to_anchor)
    })
}

/// Whether Markdown (or raw HTML in it) links to an anchor on the page: `[a](#x)`,
/// `[a]: #x`, `href="#x"`, `href='#x'` or `href=#x`. One pass over the text for its `#`s
/// (headings have them too) rather than a search per way of writing a link: this runs on
/// the shared text of every page.
fn links_to_anchor(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'#', bytes).any(|at| {
        ["](", "]: ", "href=\"", "href='", "href="]
            .iter()
            .any(|before| bytes[..at].ends_with(before.as_bytes()))
    })
}

pub fn check_page(
    path: &Path,
    html: &[u8],
    institution: Option<&Slug>,
    language: Language,
) -> Vec<Finding> {
    let ids = RefCell::new(HashSet::new());
    let anchors = RefCell::new(Vec::new());
    let settings = Settings::new()
        .append_element_content_handler(element!("[id]", |el| {
            ids.borrow_mut().extend(el.get_attribute("id"));
            Ok(())
        }))
        .append_element_content_handler(element!("a[href^='#']", |el| {
            anchors.borrow_mut().extend(el.get_attribute("href"));
            Ok(())
        }));
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    let parsed = rewriter.write(html).and_then(|()| rewriter.end());
    let mut findings = Vec::new();
    if let Err(e) = parsed {
        findings.push(Finding::new(
            Rule::BrokenAnchor,
            Diagnostic::new(path, msg!("page-unreadable", detail = e.to_string())),
        ));
    }
    let ids = ids.into_inner();
    let mut reported = HashSet::new();
    for href in anchors.into_inner() {
        let target = href.trim_start_matches('#');
        if !ids.contains(target) && reported.insert(href.clone()) {
            let mut finding = Finding::new(
                Rule::BrokenAnchor,
                Diagnostic::new(path, msg!("broken-anchor", link = href.as_str()))
                    .hint(msg!("broken-anchor-hint")),
            )
            .language(language);
            finding.institution = institution.cloned();
            findings.push(finding);
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::links_to_anchor;

    #[test]
    fn every_way_of_linking_to_an_anchor_is_seen_and_headings_are_not_links() {
        for linked in [
            "See [rights](#rights).",
            "See [rights][r].\n\n[r]: #rights",
            "<a href=\"#rights\">rights</a>",
            "<a href='#rights'>rights</a>",
            "<a href=#rights>rights</a>",
        ] {
            assert!(links_to_anchor(linked), "{linked}");
        }
        for plain in [
            "## Rights\n\nText with # and [a link](https://example.lv/#top).",
            "[a]: https://example.lv/#x",
            "",
        ] {
            assert!(!links_to_anchor(plain), "{plain}");
        }
    }
}
