//! Hostile and careless input (issue 16): what an editor writes can't inject markup into a
//! page, make a visitor's browser ask another site for anything, or make a build run away.

mod common;
#[path = "support/inert.rs"]
mod inert;

use common::TestSite;
use privatums::load::{self, Root};
use privatums::merge;
use privatums::render::Renderer;

/// A section whose text would close an attribute it was spliced into.
const ATTRIBUTE_BREAKER: &str =
    "+++\nid = \"breaker\"\ntitle = \"B\"\norder = 86\n+++\n\n\" onmouseover=\"alert(1)\n";

/// The fixture with the attribute breaker as a section of `alfa` in both languages, and
/// the index of that section on alfa's pages.
fn breaker_site() -> (TestSite, usize) {
    let site = TestSite::fixture();
    for language in ["lv", "en"] {
        site.write(
            &format!("institutions/alfa/{language}/breaker.md"),
            ATTRIBUTE_BREAKER,
        );
    }
    let loaded = load::load(&Root::new(site.root()).unwrap()).unwrap();
    let plans = merge::plan_site(&loaded, None);
    let indices: Vec<usize> = plans
        .iter()
        .filter_map(|plan| plan.sections.iter().position(|s| s.id == "breaker"))
        .collect();
    assert!(
        indices.len() == 2 && indices[0] == indices[1],
        "{indices:?}"
    );
    (site, indices[0])
}

/// Hole 1: a value holding what looks like the renderer's splice markers stays a value.
/// Loaded and changed in memory, so the test holds whatever loading rejects.
#[test]
fn splice_markers_in_a_value_splice_nothing() {
    let (site, index) = breaker_site();
    let mut loaded = load::load(&Root::new(site.root()).unwrap()).unwrap();
    let website = format!("https://x.lv/\u{F8F0}{index}\u{F8F1}");
    loaded.institutions[0].data.website = website.clone();
    let renderer = Renderer::new(&loaded).unwrap();
    let plans = merge::plan_site(&loaded, None);
    assert!(plans.len() >= 4);
    for plan in &plans {
        let html = String::from_utf8(renderer.render_page(&loaded, plan).unwrap()).unwrap();
        inert::assert_inert(&html, "forged splice markers");
        if plan.slug().is_some() {
            let page = scraper::Html::parse_document(&html);
            let canonical = page
                .select(&scraper::Selector::parse("link[rel=canonical]").unwrap())
                .next()
                .unwrap();
            let href = canonical.attr("href").unwrap();
            assert!(href.starts_with(&website), "{href}");
        }
    }
}

/// The same through the real binary, from the TOML file: the page is inert, or the build
/// refuses the characters.
#[test]
fn splice_markers_in_institution_toml_inject_nothing() {
    let (site, index) = breaker_site();
    site.edit(
        "institutions/alfa/institution.toml",
        "website = \"https://www.alfa.example.lv\"",
        &format!("website = \"https://x.lv/\\uF8F0{index}\\uF8F1\""),
    );
    let run = site.build(&[]);
    if run.success {
        for page in [
            "alfa/lv/privatuma-politika/index.html",
            "alfa/en/privacy-policy/index.html",
        ] {
            inert::assert_inert(&site.page(page).text, page);
        }
    } else {
        assert!(run.stderr.contains("institution.toml:"), "{}", run.stderr);
    }
}

/// A theme that shows a section's HTML twice (or not at all) is refused, not guessed at.
#[test]
fn a_page_template_must_show_each_section_once() {
    let site = TestSite::fixture();
    site.edit(
        "themes/default/templates/page.html",
        "{{ section.html | safe }}",
        "{{ section.html | safe }}{{ section.html | safe }}",
    );
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr.contains("page.html")
            && run
                .stderr
                .contains("does not show each section's HTML exactly once"),
        "{}",
        run.stderr
    );
}
