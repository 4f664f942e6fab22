//! Canonical URLs: each page's address is its institution's website plus the policy path, so
//! two sites with one base, or an institution's with the platform's, would claim one address.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{Institution, Listing, Site};
use crate::messages::Message;
use crate::model::Slug;
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

/// Two institutions' sites with the same base would both claim the same address. Compared
/// once every institution is loaded, from what each left of itself; with `only`, only that
/// institution's clash is reported.
pub fn canonical_urls(
    site: &Site,
    listings: &[&Listing],
    only: Option<&Slug>,
) -> Result<(), Diagnostics> {
    let mut errors = Diagnostics::default();
    let mut report = |listing: &Listing, other: &Listing| {
        let owner = msg!("canonical-clash-institution", slug = other.slug.as_str());
        errors.push(canonical_url_taken(site, listing, owner));
    };
    match only {
        // One institution rebuilt: a scan, without a key for every other one.
        Some(slug) => {
            let same = |a: &Listing, b: &Listing| {
                let (x, y) = (&a.website, &b.website);
                a.slug != b.slug
                    && x.trim_end_matches('/')
                        .eq_ignore_ascii_case(y.trim_end_matches('/'))
            };
            for listing in listings.iter().filter(|l| l.slug == *slug) {
                if let Some(other) = listings.iter().find(|other| same(listing, other)) {
                    report(listing, other);
                }
            }
        }
        None => {
            let mut by_base: HashMap<String, Vec<&Listing>> = HashMap::new();
            for &listing in listings {
                let base = canonical_base(&listing.website);
                by_base.entry(base).or_default().push(listing);
            }
            for &listing in listings {
                let other = by_base[&canonical_base(&listing.website)]
                    .iter()
                    .find(|other| other.slug != listing.slug);
                if let Some(other) = other {
                    report(listing, other);
                }
            }
        }
    }
    errors.into_result(())
}

fn canonical_base(url: &str) -> String {
    url.trim_end_matches('/').to_ascii_lowercase()
}

fn canonical_url_taken(site: &Site, listing: &Listing, owner: Message) -> Diagnostic {
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
