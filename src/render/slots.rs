//! Splicing each section's HTML into the page template's output at its marker.

use super::compact;
use super::section::{SectionHtml, SectionOut};

/// Where each section's HTML goes in the page template's output.
///
/// The template prints a marker for each section; the page is cut at the markers and the
/// sections' HTML put between the pieces. No file can forge a marker: it starts with `<`,
/// which the theme's escaping turns into `&lt;` in every value a template prints, and it
/// carries a key drawn at random when the renderer is made, so not even a value printed
/// unescaped can know it. The page must hold each marker once, in order.
pub(super) struct Slots {
    /// `<privatums-slot-KEY-`; a marker is that, the section's index and `>`.
    open: String,
}

impl Slots {
    pub(super) fn new() -> Slots {
        use std::hash::BuildHasher;
        let random = std::hash::RandomState::new();
        let key = (random.hash_one(0u8), random.hash_one(1u8));
        Slots {
            open: format!("<privatums-slot-{:016x}{:016x}-", key.0, key.1),
        }
    }

    pub(super) fn marker(&self, index: usize) -> String {
        format!("{}{index}>", self.open)
    }

    /// The page with each marker replaced by its section's HTML; `None` unless the page
    /// holds every section's marker exactly once, in order.
    pub(super) fn assemble(&self, page: &str, sections: &[SectionOut]) -> Option<Vec<u8>> {
        let html: Vec<std::borrow::Cow<str>> = sections
            .iter()
            .map(|s| match &s.html {
                SectionHtml::Page(html) => compact::compact(html).into(),
                SectionHtml::Compact(html) => html.as_str().into(),
                SectionHtml::Minified(fragment) => (&*fragment.minified).into(),
            })
            .collect();
        let mut out =
            String::with_capacity(page.len() + html.iter().map(|h| h.len()).sum::<usize>());
        let mut rest = page;
        for (index, section) in html.iter().enumerate() {
            let marker = self.marker(index);
            let at = rest.find(&self.open)?;
            if !rest[at..].starts_with(&marker) {
                return None;
            }
            out.push_str(&rest[..at]);
            out.push_str(section);
            rest = &rest[at + marker.len()..];
        }
        if rest.contains(&self.open) {
            return None;
        }
        out.push_str(rest);
        Some(out.into_bytes())
    }
}
