//! One notice: purposes with anchors and retention, rights that follow the legal bases, the
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
    assert_eq!(page.texts(".purpose h3"), ["Iesniegumi", "Videonovērošana"]);
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
fn rights_follow_the_legal_bases_used() {
    // The fixture's purposes use c, e and f: the four rights that always apply, and the
    // right to object; no portability (a, b) and no withdrawing consent (a).
    let site = TestSite::fixture();
    site.build_ok();
    let ids = |site: &TestSite| site.page(ALFA_EN).attrs(".rights li", "id");
    assert_eq!(
        ids(&site),
        [
            "right-access",
            "right-rectification",
            "right-erasure",
            "right-restriction",
            "right-objection"
        ]
    );
    // Consent adds withdrawing it and portability.
    site.edit(
        ALFA,
        "legal_bases = [\"f\"]",
        "legal_bases = [\"a\", \"f\"]",
    );
    site.build_ok();
    assert_eq!(
        ids(&site),
        [
            "right-access",
            "right-rectification",
            "right-erasure",
            "right-restriction",
            "right-objection",
            "right-portability",
            "right-withdraw-consent"
        ]
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
        "[[rights]]\nright = \"access\"",
        "[[rights]]\nright = \"objection\"\nexplanation = { lv = \"Ja apmeklējat mūs, sakiet.\", en = \"If you visit us, let us know.\" }\n\n[[rights]]\nright = \"access\"",
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
        "[[rights]]\nright = \"access\"",
        "[[rights]]\nright = \"objection\"\nnot_applicable = { lv = \"Visi nolūki ir likumā noteikti.\", en = \"Every purpose is set by law.\" }\n\n[[rights]]\nright = \"access\"",
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
            "error: the right `portability` is not listed for these legal bases",
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
fn a_purpose_without_retention_is_an_error() {
    let stderr = build_fails(|site| {
        site.edit(
            ALFA,
            "retention = { lv = \"30 dienas.\", en = \"30 days.\" }\n",
            "",
        );
    });
    assert_has(
        &stderr,
        &[
            "error: missing required key `retention`",
            "--> institutions/alfa/institution.toml:32:1",
            "hint: add `retention = …` to this table",
        ],
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
