//! One notice: purposes with anchors and retention, exactly the rights the institution lists, the
//! editor's words added and never substituted, and the build errors that keep a page honest.

mod common;

use common::TestSite;

const ALFA: &str = "institutions/alfa/institution.toml";
const ALFA_LV: &str = "alfa/lv/privatuma-politika/index.html";
const ALFA_EN: &str = "alfa/en/privacy-policy/index.html";

/// Breaks the fixture with `mistake`; the build must fail and publish nothing.
fn build_fails(mistake: impl FnOnce(&TestSite)) -> String {
    let site = TestSite::fixture();
    mistake(&site);
    let run = site.build(&[]);
    assert!(!run.success, "the build should fail");
    assert!(
        run.stderr.contains("nothing was published"),
        "{}",
        run.stderr
    );
    assert!(!site.public().exists(), "nothing was published");
    run.stderr
}

fn assert_has(stderr: &str, needles: &[&str]) {
    for needle in needles {
        assert!(stderr.contains(needle), "missing {needle:?} in:\n{stderr}");
    }
}

#[test]
fn each_purpose_has_an_anchor_and_its_retention() {
    let site = TestSite::fixture();
    site.build_ok();
    let page = site.page(ALFA_LV);
    assert_eq!(
        page.attrs(".purpose", "id"),
        ["purpose-applications", "purpose-video"]
    );
    assert_eq!(page.texts(".purpose h4"), ["Iesniegumi", "Videonovērošana"]);
    let video = page.texts("#purpose-video").join(" ");
    assert!(video.contains("Glabāšanas laiks"), "{video}");
    assert!(video.contains("30 dienas."), "{video}");
    assert!(
        video.contains("Valsts policija pēc pieprasījuma."),
        "{video}"
    );
    let applications = page.texts("#purpose-applications").join(" ");
    assert!(applications.contains("Iesniegumu likums"), "{applications}");
    assert!(
        applications.contains("Vārds, uzvārds, adrese."),
        "{applications}"
    );
    let english = site.page(ALFA_EN);
    assert!(english
        .texts("#purpose-video")
        .join(" ")
        .contains("30 days."));
}

#[test]
fn the_page_lists_exactly_the_rights_the_institution_lists() {
    // The fixture lists five rights, written out of order; the page gives them in the
    // GDPR's order and adds none.
    let site = TestSite::fixture();
    site.build_ok();
    let ids = |site: &TestSite| site.page(ALFA_EN).attrs(".rights li", "id");
    let five = [
        "right-access",
        "right-rectification",
        "right-erasure",
        "right-restriction",
        "right-objection",
    ];
    assert_eq!(ids(&site), five);
    // A contract (b) usually gives portability: the page still says only what the
    // institution said, and `check` suggests it at the purpose's bases (not an error).
    site.edit(
        ALFA,
        "legal_bases = [\"f\"]",
        "legal_bases = [\"b\", \"f\"]",
    );
    site.build_ok();
    assert_eq!(ids(&site), five);
    let policy = site.read("public/alfa/en/privacy-policy/policy.json");
    assert!(!policy.contains("portability"), "{policy}");
    let dpv = site.read("public/alfa/en/privacy-policy/policy.jsonld");
    assert!(!dpv.contains("Portability"), "{dpv}");
    let summary = site.page(ALFA_EN).texts("#summary").join(" ");
    assert!(!summary.contains("portability"), "{summary}");
    let check = site.run(&["check"]);
    assert!(check.success, "{}", check.stderr);
    assert_has(
        &check.stdout,
        &[
            "warning[unlisted-right]: purpose `video` rests on b, f, for which the GDPR usually gives the right `portability`, but `[[rights]]` does not list it",
            "--> institutions/alfa/institution.toml:36:15",
            "hint: if the right applies, add `[[rights]]` with `right = \"portability\"`",
        ],
    );
    // Silenced with the institution's reason, the suggestion goes.
    site.write(
        ALFA,
        &format!(
            "{}\n[[silence]]\nrule = \"unlisted-right\"\nreason = \"Līgumā nav datu, ko varētu pārnest.\"\n",
            site.read(ALFA)
        ),
    );
    let check = site.run(&["check"]);
    assert!(!check.stdout.contains("unlisted-right"), "{}", check.stdout);
    // Listed, it is on the page.
    site.edit(
        ALFA,
        "[[rights]]\nright = \"objection\"",
        "[[rights]]\nright = \"objection\"\n\n[[rights]]\nright = \"portability\"",
    );
    site.build_ok();
    assert_eq!(
        ids(&site).last().map(String::as_str),
        Some("right-portability")
    );
}

#[test]
fn a_page_without_rights_is_refused() {
    let stderr = build_fails(|site| {
        let text = site.read(ALFA);
        let start = text.find("[[rights]]").unwrap();
        let end = text.find("[requests]").unwrap();
        site.write(ALFA, &format!("{}{}", &text[..start], &text[end..]));
    });
    assert_has(
        &stderr,
        &[
            "error[gdpr-element]: the page does not give GDPR Art. 13(2)(b) data subject's rights",
            "hint: add a `[[rights]]` table, `right = \"access\"`, for each right of the data subject the institution's policy names",
        ],
    );
}

#[test]
fn consent_without_the_right_to_withdraw_it_is_refused() {
    // (a) needs the right to withdraw consent (Art. 13(2)(c)); code does not add it.
    let stderr = build_fails(|site| {
        site.edit(
            ALFA,
            "legal_bases = [\"f\"]",
            "legal_bases = [\"a\", \"f\"]",
        );
    });
    assert_has(
        &stderr,
        &[
            "13(2)(c)",
            "hint: add `[[rights]] right = \"withdraw-consent\"`",
        ],
    );
}

#[test]
fn an_explanation_follows_the_standard_wording_and_never_replaces_it() {
    let site = TestSite::fixture();
    site.build_ok();
    let page = site.page(ALFA_EN);
    let erasure = page.texts("#right-erasure").join("");
    let standard = "to have your personal data erased when they no longer need to be processed (GDPR Article 17).";
    let explanation = "Say which data to erase.";
    let (at_standard, at_explanation) = (
        erasure.find(standard).expect("the standard wording stays"),
        erasure.find(explanation).expect("the explanation is shown"),
    );
    assert!(at_standard < at_explanation, "{erasure}");
    // A narrowing explanation (as one port wrote for the right to object) is added to the
    // right's legal wording, which stays.
    site.edit(
        ALFA,
        "[[rights]]\nright = \"objection\"",
        "[[rights]]\nright = \"objection\"\nexplanation = { lv = \"Ja apmeklējat mūs, sakiet.\", en = \"If you visit us, let us know.\" }",
    );
    site.build_ok();
    let objection = site.page(ALFA_EN).texts("#right-objection").join("");
    assert!(
        objection.contains("to object to processing on grounds relating to your particular situation (GDPR Article 21). If you visit us, let us know."),
        "{objection}"
    );
}

#[test]
fn a_right_is_dropped_only_with_a_stated_reason() {
    let site = TestSite::fixture();
    site.edit(
        ALFA,
        "[[rights]]\nright = \"objection\"",
        "[[rights]]\nright = \"objection\"\nnot_applicable = { lv = \"Visi nolūki ir likumā noteikti.\", en = \"Every purpose is set by law.\" }",
    );
    site.build_ok();
    let page = site.page(ALFA_EN);
    let objection = page.texts("#right-objection").join("");
    assert!(
        objection.contains("Right to object — does not apply: Every purpose is set by law."),
        "{objection}"
    );
    assert!(!objection.contains("GDPR Article 21"), "{objection}");
}

#[test]
fn not_applicable_for_a_right_that_is_not_listed_is_an_error() {
    let stderr = build_fails(|site| {
        site.edit(
            ALFA,
            "[[rights]]\nright = \"access\"",
            "[[rights]]\nright = \"portability\"\nnot_applicable = \"Nav.\"\n\n[[rights]]\nright = \"access\"",
        );
    });
    assert_has(
        &stderr,
        &[
            "error: the GDPR does not usually give the right `portability` for these legal bases",
            "--> institutions/alfa/institution.toml:55:9",
            "hint: remove this `[[rights]]` entry",
        ],
    );
}

#[test]
fn a_right_described_twice_is_an_error() {
    let stderr = build_fails(|site| {
        site.edit(
            ALFA,
            "[[rights]]\nright = \"erasure\"",
            "[[rights]]\nright = \"access\"\n\n[[rights]]\nright = \"erasure\"",
        );
    });
    assert_has(
        &stderr,
        &[
            "error: the right `access` is described twice",
            "--> institutions/alfa/institution.toml:58:9",
            "hint: merge the two",
        ],
    );
}

#[test]
fn a_purpose_without_its_own_retention_points_to_the_general_rules() {
    let site = TestSite::fixture();
    site.edit(
        ALFA,
        "retention = { lv = \"30 dienas.\", en = \"30 days.\" }\n",
        "",
    );
    site.build_ok();
    let page = site.page(ALFA_LV);
    let video = page.texts("#purpose-video").join(" ");
    assert!(!video.contains("30 dienas."), "{video}");
    assert!(
        video.contains("Skatīt sadaļu “Personas datu glabāšana”"),
        "{video}"
    );
    assert_eq!(page.attrs("#purpose-video dd a", "href"), ["#retention"]);
    let summary = page.texts("#summary").join(" ");
    assert!(
        summary.contains("Glabāšanas laiks: Skatīt sadaļu “Personas datu glabāšana”"),
        "the summary says once where the general rules are: {summary}"
    );
}

#[test]
fn a_purpose_id_must_be_a_slug_and_unique() {
    let stderr = build_fails(|site| {
        site.edit(ALFA, "id = \"video\"", "id = \"Video\"");
    });
    assert_has(
        &stderr,
        &[
            "error: `Video` is not a valid purpose id",
            "--> institutions/alfa/institution.toml:33:6",
            "hint: write `id = \"video\"`",
        ],
    );
    let stderr = build_fails(|site| {
        site.edit(ALFA, "id = \"video\"", "id = \"applications\"");
    });
    assert_has(
        &stderr,
        &[
            "error: two purposes have the id `applications`",
            "--> institutions/alfa/institution.toml:33:6",
            "#purpose-<id>",
        ],
    );
}

#[test]
fn a_register_without_data_categories_is_an_error() {
    let stderr = build_fails(|site| {
        site.edit(ALFA, "data_categories_in_legal_acts = true\n", "");
    });
    assert_has(
        &stderr,
        &[
            "error: a register does not say which personal data it holds",
            "--> institutions/alfa/institution.toml:41:8",
            "data_categories_in_legal_acts = true",
        ],
    );
}

#[test]
fn two_pages_with_the_same_canonical_url_are_an_error() {
    // An institution on the platform's own website would claim the platform page's address.
    let stderr = build_fails(|site| {
        site.edit(
            ALFA,
            "website = \"https://www.alfa.example.lv\"",
            "website = \"https://platforma.example.lv/\"",
        );
    });
    assert_has(
        &stderr,
        &[
            "error: this page's canonical URL `https://platforma.example.lv/lv/privatuma-politika/` is already that of the platform's own page",
            "--> institutions/alfa/institution.toml:2:12",
            "hint: each page needs its own address",
        ],
    );
}

/// What every shipped institution page must be: one notice.
#[test]
fn every_shipped_page_is_one_notice() {
    let site = TestSite::shipped();
    site.build_ok();
    for page_path in [
        "pmlp/lv/privatuma-politika/index.html",
        "pmlp/en/privacy-policy/index.html",
        "adazi/lv/privatuma-politika/index.html",
        "adazi/en/privacy-policy/index.html",
    ] {
        let page = site.page(page_path);
        let mut headings = page.texts("h1, h2, h3, h4, h5, h6");
        let count = headings.len();
        headings.sort();
        headings.dedup();
        assert_eq!(
            headings.len(),
            count,
            "{page_path}: a heading is there twice"
        );
        assert_eq!(page.select("#complaint").len(), 1, "{page_path}");
        assert_eq!(page.select("#rights").len(), 1, "{page_path}");
        // The shared chapters (SIS, VIS) describe their own systems' complaint procedure;
        // the rest of the page gives the authority once.
        let count = |selector: &str| {
            page.texts(selector)
                .concat()
                .matches("pasts@dvi.gov.lv")
                .count()
        };
        assert_eq!(
            count("main") - count("#part-blocks"),
            1,
            "{page_path}: the authority's contacts once"
        );
        let parts = page.part_ids();
        assert_eq!(parts[0], "summary", "{page_path}");
        let at = |id: &str| parts.iter().position(|p| p == id).unwrap();
        assert!(at("part-institution") < at("part-platform"), "{page_path}");
        assert_eq!(&parts[parts.len() - 2..], ["rights", "complaint"]);
        let summary = page.texts("#summary .responsibility tbody th").join(" | ");
        assert!(
            summary.contains("Valsts kanceleja") || summary.contains("State Chancellery"),
            "{summary}"
        );
        let institution = page.texts("h1")[0].split(" — ").nth(1).unwrap().to_owned();
        assert!(summary.contains(&institution), "{summary}");
        assert_eq!(
            page.select("#part-platform #cookies").len(),
            1,
            "{page_path}: the cookies belong to the platform's part"
        );
        let purposes = page.attrs(".purpose", "id");
        assert!(!purposes.is_empty());
        for id in &purposes {
            assert!(id.starts_with("purpose-"));
            let details = page.texts(&format!("#{id} dt")).join(" ");
            assert!(
                details.contains("Glabāšanas laiks") || details.contains("Retention"),
                "{page_path}: #{id} has no retention"
            );
            assert_eq!(
                page.select(&format!("#summary a[href='#{id}']")).len(),
                1,
                "{page_path}: the summary links to #{id}"
            );
        }
        assert_eq!(
            page.attrs("main > .part > .back-to-contents a", "href")
                .len(),
            parts.len(),
            "{page_path}: a way back to the contents after every part"
        );
        assert!(
            page.select("main section[aria-labelledby]").is_empty(),
            "{page_path}: no section is a landmark"
        );
    }
}

#[test]
fn the_summary_says_who_is_responsible_for_what() {
    let site = TestSite::fixture();
    site.build_ok();
    let page = site.page(ALFA_EN);
    let controllers = page.texts("#summary .responsibility tbody th");
    assert_eq!(controllers[..2], ["Alfa Office", "State Chancellery"]);
    assert_eq!(
        controllers.len(),
        3,
        "a row for the opted-in chapter: {controllers:?}"
    );
    let platform_row = page
        .texts("#summary .responsibility tbody tr:nth-child(2) td")
        .join(" ");
    assert!(platform_row.contains("processors"), "{platform_row}");
    let summary = page.texts("#summary").join(" ");
    assert!(summary.contains("GDPR Article 6(1)(c), (e)"), "{summary}");
    assert!(summary.contains("Retention: 30 days."), "{summary}");
    assert!(
        summary.contains("Your rights: access, rectification, erasure, restriction, objection"),
        "{summary}"
    );
    assert_eq!(
        page.attrs("#summary a", "href")
            .into_iter()
            .filter(|h| h.starts_with("#purpose-"))
            .collect::<Vec<_>>(),
        ["#purpose-applications", "#purpose-video"]
    );
}

#[test]
fn the_same_heading_twice_on_a_page_is_an_error() {
    let stderr = build_fails(|site| {
        site.edit(
            "institutions/alfa/lv/security.md",
            "title = \"Drošība\"",
            "title = \"Datu aizsardzības speciālists\"",
        );
    });
    assert_has(
        &stderr,
        &[
            "error: the heading “Datu aizsardzības speciālists” is on the alfa lv page twice",
            "--> institutions/alfa/lv/security.md:3:1",
            "hint: the other one is at themes/default/strings.toml:",
        ],
    );
    // A heading inside a Markdown body counts too, at its own line.
    let stderr = build_fails(|site| {
        site.edit(
            "institutions/alfa/en/security.md",
            "### Sub heading",
            "### Purposes of processing",
        );
    });
    assert_has(
        &stderr,
        &[
            "error: the heading “Purposes of processing” is on the alfa en page twice",
            "--> institutions/alfa/en/security.md:",
        ],
    );
}
