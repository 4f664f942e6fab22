//! Notices: the signs and texts built from the shipped content, their QR codes decoded
//! and followed to the policy page, the vocabulary error and the `notice-incomplete` rule.

mod common;

use std::path::{Path, PathBuf};

use common::TestSite;

const ALFA: &str = "institutions/alfa/institution.toml";

/// The sign pages (`…/<purpose>/a4/index.html`, `…/a5/…`) under the output.
fn sign_pages(public: &Path) -> Vec<PathBuf> {
    let mut signs: Vec<PathBuf> = walkdir::WalkDir::new(public)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| {
            let parent = p.parent().and_then(Path::file_name);
            p.ends_with("index.html")
                && matches!(parent.and_then(|n| n.to_str()), Some("a4" | "a5"))
        })
        .map(|p| p.strip_prefix(public).unwrap().to_path_buf())
        .collect();
    signs.sort();
    signs
}

/// Rasterises the page's QR code SVG as the page has it and decodes it.
fn decode_qr(svg: &str) -> String {
    let svg = if svg.contains("xmlns=") {
        svg.to_owned()
    } else {
        svg.replacen("<svg", r#"<svg xmlns="http://www.w3.org/2000/svg""#, 1)
    };
    let tree = resvg::usvg::Tree::from_str(&svg, &resvg::usvg::Options::default()).unwrap();
    let size = tree.size();
    let scale = 8.0;
    let (w, h) = (
        (size.width() * scale).ceil() as u32,
        (size.height() * scale).ceil() as u32,
    );
    let mut pixmap = resvg::tiny_skia::Pixmap::new(w, h).unwrap();
    pixmap.fill(resvg::tiny_skia::Color::WHITE);
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::from_scale(scale, scale),
        &mut pixmap.as_mut(),
    );
    let mut image = rqrr::PreparedImage::prepare_from_greyscale(w as usize, h as usize, |x, y| {
        pixmap.pixel(x as u32, y as u32).unwrap().red()
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the SVG");
    let (meta, content) = grids[0].decode().unwrap();
    // rqrr reports the format's two level bits: M is 0, L 1, H 2, Q 3.
    assert_ne!(meta.ecc_level, 1, "error correction level at least M");
    content
}

#[test]
fn shipped_signs_have_qr_codes_that_open_the_purpose_on_the_policy_page() {
    let site = TestSite::shipped();
    site.build_ok();
    let signs = sign_pages(&site.public());
    let expected = [
        "adazi/en/privacy-policy/notices/video-surveillance/a4/index.html",
        "adazi/lv/privatuma-politika/pazinojumi/video-surveillance/a4/index.html",
        "pmlp/en/privacy-policy/notices/video-surveillance/a4/index.html",
        "pmlp/lv/privatuma-politika/pazinojumi/video-surveillance/a4/index.html",
    ];
    for path in expected {
        assert!(
            signs.contains(&PathBuf::from(path)),
            "{path} missing: {signs:?}"
        );
        let a5 = path.replace("/a4/", "/a5/");
        assert!(signs.contains(&PathBuf::from(&a5)), "{a5} missing");
    }
    for sign in &signs {
        let sign = sign.to_str().unwrap();
        let page = site.page(sign);
        let svgs = page.select("svg.qr");
        assert_eq!(svgs.len(), 1, "{sign}: one QR code");
        let url = decode_qr(&svgs[0].html());
        // The address is also printed beside the code, and linked.
        assert!(
            page.attrs(".sign-more a", "href").contains(&url),
            "{sign}: the printed address is not the QR code's {url}"
        );
        // It is the policy page's canonical URL with an anchor that exists on that page.
        let (canonical, anchor) = url.split_once('#').expect("the QR code opens an anchor");
        let slug = sign.split('/').next().unwrap();
        let folder = sign
            .split('/')
            .skip(1)
            .take(2)
            .collect::<Vec<_>>()
            .join("/");
        let policy = site.page(&format!("{slug}/{folder}/index.html"));
        assert_eq!(
            policy.attrs("link[rel=canonical]", "href"),
            vec![canonical.to_owned()],
            "{sign}"
        );
        assert!(canonical.starts_with("https://"), "{url}");
        assert_eq!(
            policy.select(&format!("[id=\"{anchor}\"]")).len(),
            1,
            "{sign}: #{anchor} is not on {slug}/{folder}/"
        );
        assert!(anchor.starts_with("purpose-"), "{anchor}");
    }
}

#[test]
fn a_sign_states_the_policys_facts_for_its_purpose() {
    let site = TestSite::shipped();
    site.build_ok();
    let sign = site.page("adazi/lv/privatuma-politika/pazinojumi/video-surveillance/a4/index.html");
    let policy = site.page("adazi/lv/privatuma-politika/index.html");
    let retention =
        "Atkarībā no tehniskām iespējām videoierakstus var uzglabāt līdz 30 kalendāra dienām";
    let facts = sign.texts(".sign-facts dd").join("\n");
    assert!(facts.contains(retention), "{facts}");
    assert!(policy.text.contains(retention));
    assert!(
        facts.contains("dome@adazi.lv"),
        "the DPO's contact: {facts}"
    );
    assert!(facts.contains("Ādažu novada pašvaldība"), "{facts}");
    // Ādaži's video surveillance relies on (d) and (e), not (f): no legitimate interest.
    assert!(!sign.text.contains("Leģitīmās intereses"), "{facts}");
    let pmlp = site.page("pmlp/en/privacy-policy/notices/video-surveillance/a5/index.html");
    let facts = pmlp.texts(".sign-facts dd").join("\n");
    // PMLP's per-purpose (f) and its composed interest are inferred, so not printed.
    assert!(
        !facts.contains("The legitimate interests of the Office"),
        "{facts}"
    );
    assert!(facts.contains("Right of access"), "{facts}");
    assert!(facts.contains("DAS@pmlp.gov.lv"), "{facts}");
}

#[test]
fn notices_index_texts_and_footer_links() {
    let site = TestSite::shipped();
    site.build_ok();
    let policy = site.page("pmlp/lv/privatuma-politika/index.html");
    assert!(policy
        .attrs(".site-footer a", "href")
        .contains(&"pazinojumi/".to_owned()));
    let index = site.page("pmlp/lv/privatuma-politika/pazinojumi/index.html");
    let links = index.attrs("main a", "href");
    for href in [
        "video-surveillance/a4/",
        "video-surveillance/a5/",
        "call-recording/",
        "e-mail/",
        "../#purpose-call-recording",
    ] {
        assert!(links.contains(&href.to_owned()), "{href} not in {links:?}");
    }
    let calls = site.page("pmlp/en/privacy-policy/notices/call-recording/index.html");
    let text = calls.texts(".paste").join("\n");
    assert!(
        text.contains("https://www.pmlp.gov.lv/en/privacy-policy/#purpose-call-recording"),
        "{text}"
    );
    assert!(
        text.contains("Office of Citizenship and Migration Affairs"),
        "{text}"
    );
    let footer = site.page("adazi/en/privacy-policy/notices/e-mail/index.html");
    let html = footer.texts("pre.paste").join("");
    assert!(
        html.contains("<a href=\"https://www.adazi.lv/en/privacy-policy/\">"),
        "the HTML footer is shown as code: {html}"
    );
    assert!(!footer.text.contains("http://"), "no http:// address");
}

#[test]
fn notices_are_kept_from_search_engines_and_linked_from_the_report() {
    let site = TestSite::shipped();
    site.build_ok();
    let noindex = |path: &str| site.page(path).attrs("meta[name=robots]", "content");
    for path in [
        "pmlp/lv/privatuma-politika/pazinojumi/index.html",
        "pmlp/en/privacy-policy/notices/video-surveillance/a4/index.html",
        "adazi/en/privacy-policy/notices/e-mail/index.html",
    ] {
        assert_eq!(noindex(path), ["noindex"], "{path}");
    }
    // The policy itself is for search engines.
    assert!(noindex("pmlp/lv/privatuma-politika/index.html").is_empty());
    let report = site.page("_report/index.html");
    let links = report.attrs("tbody th a", "href");
    for institution in ["pmlp", "adazi"] {
        let notices = format!("../{institution}/lv/privatuma-politika/pazinojumi/");
        assert!(links.contains(&notices), "{notices} not in {links:?}");
        assert!(site
            .public()
            .join(&notices[3..])
            .join("index.html")
            .is_file());
    }
}

#[test]
fn an_unknown_notice_is_an_error_with_the_allowed_values() {
    let site = TestSite::fixture();
    site.edit(
        ALFA,
        "id = \"video\"\n",
        "id = \"video\"\nnotices = [\"video-survelance\"]\n",
    );
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("`video-survelance` is not one of the allowed values"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("institutions/alfa/institution.toml:34:"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `video-surveillance`?"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("`call-recording`"),
        "lists the values: {}",
        run.stderr
    );
}

#[test]
fn a_notice_without_what_it_needs_is_a_check_error_at_its_line() {
    let site = TestSite::fixture();
    site.edit(
        ALFA,
        "id = \"video\"\n",
        "id = \"video\"\nnotices = [\"video-surveillance\"]\n",
    );
    site.build_ok();
    assert!(site
        .public()
        .join("alfa/lv/privatuma-politika/pazinojumi/video/a4/index.html")
        .exists());
    site.edit(
        ALFA,
        "retention = { lv = \"30 dienas.\", en = \"30 days.\" }",
        "retention = { lv = \"30 dienas.\", en = \" \" }",
    );
    let run = site.run(&["check"]);
    assert!(!run.success);
    assert!(
        run.stdout.contains(
            "error[notice-incomplete]: the notices of purpose `video` need a retention period"
        ),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout
            .contains("--> institutions/alfa/institution.toml:34:"),
        "{}",
        run.stdout
    );
    let build = site.build(&[]);
    assert!(!build.success, "build refuses to publish");
    assert!(
        build.stderr.contains("notice-incomplete"),
        "{}",
        build.stderr
    );
}

#[test]
fn a_notice_on_legitimate_interests_needs_them() {
    let site = TestSite::fixture();
    site.edit(
        ALFA,
        "id = \"video\"\n",
        "id = \"video\"\nnotices = [\"video-surveillance\"]\n",
    );
    site.edit(
        ALFA,
        "legitimate_interests = { lv = \"Telpu drošība.\", en = \"Security of the premises.\" }\n",
        "",
    );
    let run = site.run(&["check"]);
    assert!(run.stdout.contains("error[notice-incomplete]: the notices of purpose `video` need the legitimate interests"), "{}", run.stdout);
    assert!(
        run.stdout.contains("hint: add `legitimate_interests`"),
        "{}",
        run.stdout
    );
}
