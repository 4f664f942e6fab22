//! Deploy: the files a web server, a CDN and search engines read besides the pages —
//! `sitemap.xml` and `robots.txt`, the security and caching headers for nginx and for
//! static hosts, content-hashed asset names, and precompressed copies of every text file.
//!
//! Each institution's subtree gets its own sitemap, robots.txt and headers, because it is
//! deployed on its own to the institution's website; the root gets the platform's.

mod compress;
pub mod dpv;
mod headers;
pub mod policy;
mod sitemap;

use std::path::PathBuf;

use crate::load::{Institution, Site};
use crate::merge::{InstitutionView, PagePlan, PlatformView};

pub use compress::PRECOMPRESSED;
pub use headers::CONTENT_SECURITY_POLICY;

/// The data files of an institution page (`policy.json`, `policy.jsonld`), each with its path in the
/// output, made from the page's plan and the views its templates get.
pub fn page_data(
    site: &Site,
    platform: &PlatformView,
    institution: &InstitutionView,
    plan: &PagePlan,
) -> Vec<(PathBuf, Vec<u8>)> {
    let canonical = crate::render::urls::urls(site, plan).canonical;
    let page = crate::merge::page_path(site, plan);
    let document = policy::document(plan, platform, institution, &canonical);
    vec![
        (page.with_file_name(policy::FILE), document.to_json()),
        (
            page.with_file_name(dpv::FILE),
            dpv::to_json(&dpv::document(&document)),
        ),
    ]
}

/// The root's sitemap (the platform's own pages on its base URL), robots.txt and headers,
/// each with its path in the output.
pub fn platform_files(site: &Site) -> Vec<(PathBuf, Vec<u8>)> {
    site_files(
        PathBuf::new(),
        &site.platform.base_url,
        sitemap::platform(site),
        "/_report/",
    )
}

/// An institution's subtree: its sitemap (canonical URLs on its own website), robots.txt
/// and headers.
pub fn institution_files(site: &Site, institution: &Institution) -> Vec<(PathBuf, Vec<u8>)> {
    site_files(
        PathBuf::from(institution.slug.as_str()),
        &institution.data.website,
        sitemap::institution(site, institution),
        "",
    )
}

fn site_files(
    folder: PathBuf,
    base_url: &str,
    sitemap: Vec<u8>,
    disallow: &str,
) -> Vec<(PathBuf, Vec<u8>)> {
    let base_url = base_url.trim_end_matches('/');
    vec![
        (folder.join(sitemap::FILE), sitemap),
        (
            folder.join("robots.txt"),
            headers::robots(base_url, disallow).into_bytes(),
        ),
        (
            folder.join(headers::STATIC_HOST_FILE),
            headers::static_host().into_bytes(),
        ),
        (
            folder.join(headers::NGINX_FILE),
            headers::nginx().into_bytes(),
        ),
    ]
}
