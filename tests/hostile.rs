//! Hostile and careless input (issue 16): what an editor writes can't inject markup into a
//! page, make a visitor's browser ask another site for anything, or make a build run away.

mod common;
#[path = "support/inert.rs"]
mod inert;

use std::path::Path;

use common::TestSite;
use privatums::load::{self, Root};
use privatums::merge;
use privatums::model::Language;
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
    let root = Root::new(site.root()).unwrap();
    let loaded = load::load(&root).unwrap();
    let alfa = load::institution(&root, &loaded, Path::new("institutions/alfa")).unwrap();
    let indices: Vec<usize> = Language::ALL
        .map(|language| merge::plan_institution(&loaded, &alfa, language))
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
    let root = Root::new(site.root()).unwrap();
    let loaded = load::load(&root).unwrap();
    let mut alfa = load::institution(&root, &loaded, Path::new("institutions/alfa")).unwrap();
    let website = format!("https://x.lv/\u{F8F0}{index}\u{F8F1}");
    alfa.data.website = website.clone();
    let renderer = Renderer::new(&loaded).unwrap();
    let plans = Language::ALL.map(|language| merge::plan_institution(&loaded, &alfa, language));
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

/// An institution section in both languages with `body` below its front matter (6 lines),
/// so the body's first line is line 7 of the file.
fn with_section(site: &TestSite, id: &str, body: &str) {
    for language in ["lv", "en"] {
        site.write(
            &format!("institutions/alfa/{language}/{id}.md"),
            &format!("+++\nid = \"{id}\"\ntitle = \"M\"\norder = 87\n+++\n\n{body}"),
        );
    }
}

/// The smallest PNG there is: a signature and nothing a browser needs more of here.
const PNG: &[u8] =
    b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";

/// Hole 2: an image from another site is an error at its line, in institution and shared
/// Markdown alike, written as Markdown or as raw HTML; nothing is published.
#[test]
fn images_from_other_sites_are_refused_at_their_line() {
    for (file, body, wanted) in [
        (
            "institutions/alfa/lv/media.md",
            "Teksts.\n\n![x](https://evil.example/track.gif)\n",
            "would be loaded from another site",
        ),
        (
            "institutions/alfa/lv/media.md",
            "Teksts.\n\nA <img src=\"https://evil.example/track.gif\"> b\n",
            "`<img>` would load something",
        ),
        (
            "institutions/alfa/lv/media.md",
            "Teksts.\n\n<div>\n<video\nsrc=\"https://evil.example/v.mp4\"></video>\n</div>\n",
            "`<video>` would load something",
        ),
        (
            "institutions/alfa/lv/media.md",
            "Teksts.\n\n![x](//evil.example/track.gif)\n",
            "would be loaded from another site",
        ),
        (
            "institutions/alfa/lv/media.md",
            "Teksts.\n\n![x](data:image/gif;base64,R0lGODlhAQABAAAAACw=)\n",
            "would be loaded from another site",
        ),
        (
            "institutions/alfa/lv/media.md",
            "Teksts.\n\n![x](../../../secret.png)\n",
            "is not a plain file name of the site",
        ),
        (
            "institutions/alfa/lv/media.md",
            "Teksts.\n\n![x](nav.png)\n",
            "the image `nav.png` is not in institutions/alfa/lv",
        ),
    ] {
        let site = TestSite::fixture();
        site.build_ok();
        let before = site.public_snapshot();
        with_section(&site, "media", "Text.\n");
        site.write(
            file,
            &format!("+++\nid = \"media\"\ntitle = \"M\"\norder = 87\n+++\n\n{body}"),
        );
        let run = site.build(&[]);
        assert!(!run.success, "{body}");
        assert!(run.stderr.contains(wanted), "{body}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!("{file}:9:")),
            "{body}: {}",
            run.stderr
        );
        assert!(run.stderr.contains("hint:"), "{}", run.stderr);
        assert_eq!(site.public_snapshot(), before, "{body}");
    }
    // Shared content too.
    let site = TestSite::fixture();
    site.edit(
        "content/lv/policy/intro.md",
        "+++\n\n",
        "+++\n\n![x](https://evil.example/track.gif)\n\n",
    );
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr.contains("content/lv/policy/intro.md:")
            && run.stderr.contains("would be loaded from another site"),
        "{}",
        run.stderr
    );
}

/// An image of the site is copied into the output, under the subtree of the page that
/// shows it, and shown from there; links to other sites stay links, without referrer.
#[test]
fn images_of_the_site_are_copied_and_shown_from_the_output() {
    let site = TestSite::fixture();
    with_section(
        &site,
        "media",
        "![Karte](img/karte.png)\n\n[Likums](https://likumi.lv/ta/id/1)\n",
    );
    for language in ["lv", "en"] {
        let path = site
            .root()
            .join(format!("institutions/alfa/{language}/img/karte.png"));
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, PNG).unwrap();
    }
    site.build_ok();
    let page = site.page("alfa/lv/privatuma-politika/index.html");
    inert::assert_inert(&page.text, "a page with an image");
    let images = page.select("#media img");
    assert_eq!(images.len(), 1, "{}", page.text);
    assert_eq!(images[0].attr("src"), Some("../../media/lv/img/karte.png"));
    assert_eq!(images[0].attr("alt"), Some("Karte"));
    assert_eq!(
        std::fs::read(site.public().join("alfa/media/lv/img/karte.png")).unwrap(),
        PNG
    );
    // The page, not each link, keeps the other site from learning where its reader came
    // from: one referrer policy for the whole page.
    let link = page.select("#media a[href='https://likumi.lv/ta/id/1']");
    assert_eq!(link.len(), 1, "{}", page.text);
    let policy = page.select("head meta[name='referrer']");
    assert_eq!(policy.len(), 1, "{}", page.text);
    assert_eq!(policy[0].attr("content"), Some("no-referrer"));
}

/// An image file that is too big, or not what its name says, is refused.
#[test]
fn image_files_are_size_limited_and_checked() {
    for (bytes, wanted) in [
        (
            [PNG, &vec![0u8; 1024 * 1024]].concat(),
            "an image may be at most 1024 KB",
        ),
        (
            b"<svg onload=alert(1)>".to_vec(),
            "is not the PNG image its name says",
        ),
    ] {
        let site = TestSite::fixture();
        with_section(&site, "media", "![Karte](karte.png)\n");
        for language in ["lv", "en"] {
            std::fs::write(
                site.root()
                    .join(format!("institutions/alfa/{language}/karte.png")),
                &bytes,
            )
            .unwrap();
        }
        let run = site.build(&[]);
        assert!(!run.success);
        assert!(
            run.stderr.contains(wanted) && run.stderr.contains("institutions/alfa/lv/media.md:7:"),
            "{}",
            run.stderr
        );
    }
}

/// Hole 3: one careless paste can't make a runaway build. A file past the size limit is
/// refused before it is read, a line past the length limit, a body past the limits on
/// headings or footnotes at the first one too many; problems of one kind are reported ten
/// times per file, then counted.
#[test]
fn oversized_input_is_refused_at_its_limit() {
    let big = "Teksts bez beigām. ".repeat(5 * 1024 * 1024 / 19 + 1);
    let long_line = "vārds ".repeat(3_000);
    let headings = "### Virsraksts\n\n".repeat(501);
    let footnotes: String = (0..501).map(|i| format!("[^{i}]: n\n\n")).collect();
    for (body, wanted, line) in [
        (
            big.as_str(),
            "a file of the site may be at most 256 KB",
            None,
        ),
        (
            long_line.as_str(),
            "line 7 is longer than 16000 characters",
            None,
        ),
        (
            headings.as_str(),
            "the file has more than 500 headings",
            Some(1007),
        ),
        (
            footnotes.as_str(),
            "the file has more than 500 footnotes",
            Some(1007),
        ),
    ] {
        let site = TestSite::fixture();
        with_section(&site, "big", body);
        let run = site.build(&[]);
        assert!(!run.success);
        assert!(
            run.stderr.contains(wanted),
            "{wanted}: {}",
            &run.stderr[..run.stderr.len().min(2000)]
        );
        if let Some(line) = line {
            assert!(
                run.stderr
                    .contains(&format!("institutions/alfa/lv/big.md:{line}:")),
                "{}",
                run.stderr
            );
        }
        assert!(
            run.stderr.len() < 10_000,
            "{} bytes of errors",
            run.stderr.len()
        );
    }
}

/// 20,000 TODO lines: ten reported per file, the rest counted.
#[test]
fn a_flood_of_one_problem_is_reported_ten_times_and_counted() {
    let site = TestSite::fixture();
    with_section(&site, "todos", &"TODO: teksts\n\n".repeat(10_000));
    let run = site.build(&[]);
    assert!(!run.success);
    assert_eq!(
        run.stderr
            .matches("the text still has a TODO marker")
            .count(),
        2 * 10 + 2,
        "{}",
        &run.stderr[..run.stderr.len().min(3000)]
    );
    assert!(
        run.stderr.contains(
            "and 9,990 more like this in institutions/alfa/lv/todos.md: the text still has a TODO marker"
        ),
        "{}",
        &run.stderr[run.stderr.len().saturating_sub(2000)..]
    );
    assert!(
        run.stderr.len() < 20_000,
        "{} bytes of errors",
        run.stderr.len()
    );
}
