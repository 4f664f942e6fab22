//! `sitemap.xml` (sitemaps.org 0.9): every page at its canonical URL with `lastmod` from
//! its version dates and an `xhtml:link rel="alternate" hreflang` per language, so search
//! engines show each reader the page in their language.
//!
//! The root's sitemap lists the platform's own pages (index and platform policy) on its
//! base URL. An institution's pages are canonical on the institution's website, and a
//! sitemap may only list URLs of its own host, so they are in the sitemap of the
//! institution's subtree.

use quick_xml::events::{BytesDecl, BytesText, Event};
use quick_xml::Writer;

use crate::load::{Institution, Site};
use crate::merge::{PageKind, PagePlan};
use crate::model::Date;
use crate::render::urls::{urls, Urls};

pub const FILE: &str = "sitemap.xml";
const SITEMAP_NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NS: &str = "http://www.w3.org/1999/xhtml";

/// The platform's index and policy pages, with the platform policy's date (the one they
/// show).
pub fn platform(site: &Site) -> Vec<u8> {
    let lastmod = site.platform.published;
    // Only the index page's address is needed, not what it lists.
    let entries: Vec<_> = [PageKind::Index(&[]), PageKind::Platform]
        .into_iter()
        .flat_map(|kind| pages(site, kind))
        .map(|urls| (urls, lastmod))
        .collect();
    write(&entries)
}

/// An institution's pages on its own website. A page shows the platform's policy and the
/// institution's part, so it changed when the later of the two did.
pub fn institution(site: &Site, institution: &Institution) -> Vec<u8> {
    let lastmod = institution.data.updated.max(site.platform.published);
    let entries: Vec<_> = pages(site, PageKind::Institution(institution))
        .map(|urls| (urls, lastmod))
        .collect();
    write(&entries)
}

/// The addresses of a kind of page in every language.
fn pages<'a>(site: &'a Site, kind: PageKind<'a>) -> impl Iterator<Item = Urls> + 'a {
    site.platform.languages().iter().map(move |&language| {
        urls(
            site,
            &PagePlan {
                kind: kind.clone(),
                language,
                sections: Vec::new(),
            },
        )
    })
}

fn write(entries: &[(Urls, Date)]) -> Vec<u8> {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 1);
    // Writing into a Vec can't fail.
    let _ = writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    let _ = writer
        .create_element("urlset")
        .with_attributes([("xmlns", SITEMAP_NS), ("xmlns:xhtml", XHTML_NS)])
        .write_inner_content(|w| {
            for (urls, lastmod) in entries {
                w.create_element("url").write_inner_content(|w| {
                    w.create_element("loc")
                        .write_text_content(BytesText::new(&urls.canonical))?;
                    w.create_element("lastmod")
                        .write_text_content(BytesText::new(&lastmod.iso()))?;
                    let alternates = urls
                        .alternates
                        .iter()
                        .map(|a| (a.lang, a.href.as_str()))
                        .chain([("x-default", urls.x_default.as_str())]);
                    for (lang, href) in alternates {
                        w.create_element("xhtml:link")
                            .with_attributes([
                                ("rel", "alternate"),
                                ("hreflang", lang),
                                ("href", href),
                            ])
                            .write_empty()?;
                    }
                    Ok(())
                })?;
            }
            Ok(())
        });
    let mut bytes = writer.into_inner();
    bytes.push(b'\n');
    bytes
}
