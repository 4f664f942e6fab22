//! Canonical URLs: each page's address is its institution's website plus the policy path, so
//! an institution's site with the platform's base would claim the platform page's address
//! (two institutions with one website: `copies.rs`).

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{Institution, Listing, Site};
use crate::messages::Message;
use crate::msg;

/// A page's canonical URL is its site's base plus the policy path, so an institution's
/// site with the platform's base would claim the platform's address.
pub(super) fn check_canonical_url(
    site: &Site,
    institution: &Institution,
    errors: &mut Diagnostics,
) {
    if canonical_base(&institution.data.website) == canonical_base(&site.platform.base_url) {
        let owner = msg!("canonical-clash-platform");
        errors.push(canonical_url_taken(site, &institution.listing(), owner));
    }
}

pub(super) fn canonical_base(url: &str) -> String {
    url.trim_end_matches('/').to_ascii_lowercase()
}

pub(super) fn canonical_url_taken(site: &Site, listing: &Listing, owner: Message) -> Diagnostic {
    let language = site.platform.default_language();
    let path = site.platform.page_path.get(language);
    let url = format!("{}/{language}/{path}/", canonical_base(&listing.website));
    let error = Diagnostic::new(
        &listing.file,
        msg!("canonical-url-taken", url = url, owner = owner),
    )
    .hint(msg!("canonical-url-taken-hint"));
    match &listing.website_at {
        Some(at) => error.at(at.clone()),
        None => error,
    }
}
