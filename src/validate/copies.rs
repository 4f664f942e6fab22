//! Values that are one institution's own, given by two: the website (a page's canonical
//! address is built on it) and the registration number. Nearly always a folder copied as a
//! start ("make ours like PMLP's") and not yet made its own, so each copy gets one error per
//! value, at its line, naming the institution it came from; the original gets none. The
//! original is the one whose page has recorded versions, else the first by name; when one
//! institution is rebuilt alone (`serve` after a save, `--only`), it is the one that changed,
//! so it is the copy unless it alone has a recorded page.

use std::collections::BTreeMap;

use super::canonical::{canonical_base, canonical_url_taken};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{Listing, Site};
use crate::model::Slug;
use crate::msg;

#[derive(Clone, Copy)]
enum Claim {
    Website,
    RegistrationNumber,
}

impl Claim {
    /// The value two institutions must not share, as compared.
    fn key(self, listing: &Listing) -> Option<String> {
        match self {
            Claim::Website => Some(canonical_base(&listing.website)),
            Claim::RegistrationNumber => {
                Some(listing.registration_number.clone()).filter(|n| !n.trim().is_empty())
            }
        }
    }

    fn error(self, site: &Site, copy: &Listing, original: &Listing) -> Diagnostic {
        let from = original.slug.as_str();
        match self {
            Claim::Website => {
                canonical_url_taken(site, copy, msg!("canonical-clash-institution", slug = from))
                    .hint(msg!("copied-website-hint", slug = from))
            }
            Claim::RegistrationNumber => {
                let error = Diagnostic::new(
                    &copy.file,
                    msg!(
                        "copied-registration-number",
                        number = &copy.registration_number,
                        slug = from
                    ),
                )
                .hint(msg!("copied-registration-number-hint", slug = from));
                match &copy.registration_number_at {
                    Some(at) => error.at(at.clone()),
                    None => error,
                }
            }
        }
    }
}

/// Which of the institutions sharing a value keeps it (of `group`, one or more): the
/// recorded one, else the first by name.
fn original<'a>(group: &[&'a Listing]) -> &'a Listing {
    group
        .iter()
        .copied()
        .min_by_key(|l| (!l.recorded, l.slug.as_str()))
        .expect("a group of one or more")
}

/// Compared once every institution is loaded, from what each left of itself; with `only`,
/// only that institution's copies are reported (a scan, without a key for every other one).
pub fn across_institutions(
    site: &Site,
    listings: &[&Listing],
    only: Option<&Slug>,
) -> Result<(), Diagnostics> {
    let mut errors = Diagnostics::default();
    for claim in [Claim::Website, Claim::RegistrationNumber] {
        match only {
            Some(slug) => {
                for listing in listings.iter().filter(|l| l.slug == *slug) {
                    let Some(key) = claim.key(listing) else {
                        continue;
                    };
                    let others: Vec<&Listing> = listings
                        .iter()
                        .copied()
                        .filter(|o| o.slug != listing.slug && claim.key(o).as_ref() == Some(&key))
                        .collect();
                    // The institution being rebuilt is the one that changed: it is the
                    // copy, unless it is the recorded original and none of the others is.
                    let kept = listing.recorded && others.iter().all(|o| !o.recorded);
                    if !others.is_empty() && !kept {
                        let original = original(&others);
                        errors.push(claim.error(site, listing, original));
                    }
                }
            }
            None => {
                let mut by_key: BTreeMap<String, Vec<&Listing>> = BTreeMap::new();
                for &listing in listings {
                    if let Some(key) = claim.key(listing) {
                        by_key.entry(key).or_default().push(listing);
                    }
                }
                for group in by_key.values().filter(|g| g.len() > 1) {
                    let original = original(group);
                    for copy in group.iter().filter(|l| l.slug != original.slug) {
                        errors.push(claim.error(site, copy, original));
                    }
                }
            }
        }
    }
    errors.into_result(())
}
