//! Versions told to visitors and subscribers: every published text of a policy page, kept
//! in the site's sources, rendered under the page.
//!
//! - `diff`: what changed between two versions, by section, line and word;
//! - `pages` and `feed`: the archived versions, their diffs, the versions list and the
//!   Atom feed under each policy page (`…/privatuma-politika/versijas/`);
//! - `draft`: a page `serve` previews before it is released, marked as a draft;
//! - `to_confirm`: in preview, the values marked `inferred` that the page does not state;
//! - [`findings`]: the version guard (`version_guard`) on a page this module renders the
//!   text of, for `check` and `release`; `build` hands the guard the text it rendered.
//!
//! The record itself is the model's (`model::record`, `model::ledger`), read by `load`
//! and written by `release`. A version's date is the page's date: the institution's
//! `updated`, or the platform's `published` when that is later (the platform's text is part
//! of every institution's page, so publishing it anew is a new date for every page); the
//! platform's page has `published`.

pub mod diff;
pub mod draft;
mod feed;
mod pages;
pub mod to_confirm;

pub use pages::render;

use crate::finding::Finding;
use crate::load::Site;
use crate::merge::Owner;
use crate::render::Renderer;
use crate::version_guard::page_finding;

/// The guards of an owner's policy page on a site that keeps a release record: each
/// language's text, rendered here, against its record. `build` gets each page's text from
/// rendering it and calls [`page_finding`] itself.
pub fn findings(site: &Site, renderer: &Renderer, owner: Owner) -> Vec<Finding> {
    if !owner.keeps_record(site) {
        return Vec::new();
    }
    let page = owner.guarded(site);
    site.platform
        .languages()
        .iter()
        .filter_map(|&language| {
            // A page that does not render is reported by the build itself.
            let text = renderer.page_text(site, &owner.plan(site, language)).ok()?;
            page_finding(&page, language, &text)
        })
        .collect()
}
