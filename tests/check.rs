//! `privatums check`: one bad input per rule, each asserting the rule id and the place,
//! and that `build` refuses to publish while the error remains.

mod common;

use common::TestSite;

const ALFA: &str = "institutions/alfa/institution.toml";

struct Checked {
    success: bool,
    stdout: String,
}

fn check(site: &TestSite, args: &[&str]) -> Checked {
    let run = site.run(&[&["check"], args].concat());
    Checked {
        success: run.success,
        stdout: run.stdout + &run.stderr,
    }
}

/// Applies `mistake` to the fixture and expects `check` to report `rule` at `place`
/// (`file:line`); an error also stops `build` and leaves `public/` as it was.
fn expect(rule: &str, place: &str, severity: &str, mistake: impl FnOnce(&TestSite)) -> String {
    let site = TestSite::fixture();
    site.build_ok();
    let before = site.public_snapshot();
    mistake(&site);
    let checked = check(&site, &[]);
    let label = format!("{severity}[{rule}]");
    assert!(
        checked.stdout.contains(&label),
        "expected {label}:\n{}",
        checked.stdout
    );
    let at = checked.stdout.split(&label).nth(1).unwrap();
    let location = at.lines().nth(1).unwrap_or_default();
    assert!(
        location.contains(&format!("--> {place}")),
        "{label} should point at {place}, got {location:?}:\n{}",
        checked.stdout
    );
    let build = site.build(&[]);
    if severity == "error" {
        assert!(!checked.success, "check exits non-zero on errors");
        assert!(
            !build.success,
            "build must refuse to publish:\n{}",
            build.stdout
        );
        assert!(build.stderr.contains(&label), "{}", build.stderr);
        assert_eq!(site.public_snapshot(), before, "public/ changed");
    } else {
        assert!(
            checked.success,
            "warnings alone don't fail check:\n{}",
            checked.stdout
        );
        assert!(
            build.success,
            "warnings don't stop a build:\n{}",
            build.stderr
        );
        assert!(build.stdout.contains("check warning"), "{}", build.stdout);
        assert!(
            !check(&site, &["--strict"]).success,
            "--strict turns warnings into errors"
        );
    }
    checked.stdout
}

#[test]
fn shipped_content_and_fixture_are_clean() {
    for site in [TestSite::shipped(), TestSite::fixture()] {
        let checked = check(&site, &[]);
        assert!(checked.success, "{}", checked.stdout);
        assert!(
            checked.stdout.contains("check: 0 errors, 0 warnings"),
            "{}",
            checked.stdout
        );
    }
}

#[test]
fn missing_legitimate_interests_when_a_purpose_uses_f() {
    let out = expect(
        "gdpr-element",
        "institutions/alfa/institution.toml:1",
        "error",
        |site| {
            site.edit(ALFA, "legitimate_interests = { lv = \"Telpu drošība.\", en = \"Security of the premises.\" }\n", "");
        },
    );
    assert!(out.contains("Art. 13(1)(d)"), "{out}");
}

#[test]
fn missing_withdrawal_of_consent_when_a_purpose_uses_a() {
    // Consent lists the right by default; only an editor's `not_applicable` takes it away.
    let out = expect(
        "gdpr-element",
        "institutions/alfa/institution.toml:1",
        "error",
        |site| {
            site.edit(
                ALFA,
                "legal_bases = [\"f\"]",
                "legal_bases = [\"a\", \"f\"]",
            )
            .edit(
                ALFA,
                "[[rights]]\nright = \"access\"",
                "[[rights]]\nright = \"withdraw-consent\"\nnot_applicable = \"Nav.\"\n\n[[rights]]\nright = \"access\"",
            );
        },
    );
    assert!(out.contains("Art. 13(2)(c)"), "{out}");
}

#[test]
fn missing_statutory_requirement_statement() {
    let out = expect(
        "gdpr-element",
        "institutions/alfa/institution.toml:1",
        "error",
        |site| {
            site.edit(ALFA, "statutory_requirement = { lv = \"Datu sniegšana ir likumā noteikts pienākums.\", en = \"Providing the data is a statutory requirement.\" }\n", "");
        },
    );
    assert!(out.contains("Art. 13(2)(e)"), "{out}");
}

#[test]
fn a_section_can_cover_an_element_instead_of_toml() {
    let site = TestSite::fixture();
    site.edit(ALFA, "automated_decisions = { lv = \"Automatizēti lēmumi netiek pieņemti.\", en = \"No automated decisions are made.\" }\n", "");
    assert!(check(&site, &[]).stdout.contains("Art. 13(2)(f)"));
    for language in ["lv", "en"] {
        site.edit(
            &format!("institutions/alfa/{language}/security.md"),
            "order = 85\n",
            "order = 85\ncovers = [\"13(2)(f)\"]\n",
        );
    }
    let checked = check(&site, &[]);
    assert!(checked.success, "{}", checked.stdout);
}

#[test]
fn block_without_its_article_14_elements() {
    let out = expect(
        "gdpr-block",
        "content/lv/blocks/demo.md:2",
        "error",
        |site| {
            site.edit("content/lv/blocks/demo.md", "\"13(2)(d)\"]", "]");
        },
    );
    assert!(out.contains("Art. 13(2)(d)"), "{out}");
}

#[test]
fn registration_number_of_ten_digits() {
    expect(
        "registration-number",
        "institutions/alfa/institution.toml:3",
        "error",
        |site| {
            site.edit(ALFA, "\"90000000001\"", "\"9000000001\"");
        },
    );
}

#[test]
fn postal_code_written_with_spaces() {
    expect(
        "postal-code",
        "institutions/alfa/institution.toml:4",
        "error",
        |site| {
            site.edit(
                ALFA,
                "address = \"Alfas iela 1, Rīga, LV-1001\"",
                "address = \"Alfas iela 1, Rīga, LV – 1001\"",
            );
        },
    );
}

#[test]
fn two_email_addresses_run_together() {
    let out = expect(
        "email",
        "institutions/alfa/lv/intro.md:8",
        "error",
        |site| {
            site.edit(
                "institutions/alfa/lv/intro.md",
                "Alfa intro lv.",
                "Rakstiet: pasts@alfa.example.lvdati@alfa.example.lv.",
            );
        },
    );
    assert!(out.contains("two e-mail addresses run together"), "{out}");
}

#[test]
fn phone_with_too_few_digits() {
    expect(
        "phone",
        "institutions/alfa/institution.toml:6",
        "error",
        |site| {
            site.edit(ALFA, "phone = \"67000001\"", "phone = \"6700001\"");
        },
    );
}

#[test]
fn malformed_web_address_in_a_link() {
    expect(
        "url",
        "institutions/alfa/en/security.md:7",
        "error",
        |site| {
            site.edit(
                "institutions/alfa/en/security.md",
                "Alfa security en.",
                "See [the law](<https://exa mple.lv>).",
            );
        },
    );
}

#[test]
fn date_in_the_future_is_a_warning() {
    expect(
        "date",
        "institutions/alfa/institution.toml:1",
        "warning",
        |site| {
            site.edit(ALFA, "updated = 2026-02-01", "updated = 2099-01-01");
        },
    );
}

#[test]
fn word_mixing_latin_and_cyrillic() {
    let out = expect(
        "mixed-script",
        "institutions/alfa/lv/security.md:7",
        "error",
        |site| {
            site.edit(
                "institutions/alfa/lv/security.md",
                "Alfa security lv.",
                "Saskaņā ar VДAR.",
            );
        },
    );
    assert!(out.contains("`VДAR`"), "{out}");
}

#[test]
fn paragraph_repeated_on_a_page_is_a_warning() {
    let paragraph = "Šis ir pietiekami garš teikums, kas stāv vienā sadaļā un tad, kļūdas pēc, tiek iekopēts vēlreiz citā sadaļā.";
    expect(
        "repeated-paragraph",
        "institutions/alfa/lv/security.md:7",
        "warning",
        |site| {
            site.edit(
                "institutions/alfa/lv/intro.md",
                "Alfa intro lv. Dati saņemti no valsts reģistriem.",
                paragraph,
            )
            .edit(
                "institutions/alfa/lv/security.md",
                "Alfa security lv.",
                paragraph,
            );
        },
    );
}

#[test]
fn placeholder_in_an_institution_section() {
    expect(
        "placeholder",
        "institutions/alfa/en/security.md:7",
        "error",
        |site| {
            site.edit(
                "institutions/alfa/en/security.md",
                "Alfa security en.",
                "Contact {{ institution.email }}.",
            );
        },
    );
}

#[test]
fn section_without_text() {
    expect(
        "empty-section",
        "institutions/alfa/lv/intro.md:1",
        "error",
        |site| {
            let text = site.read("institutions/alfa/lv/intro.md");
            let front = text.split("+++").nth(1).unwrap();
            site.write(
                "institutions/alfa/lv/intro.md",
                &format!("+++{front}+++\n\n"),
            );
        },
    );
}

#[test]
fn link_to_nowhere() {
    expect(
        "empty-link",
        "institutions/alfa/lv/security.md:7",
        "error",
        |site| {
            site.edit(
                "institutions/alfa/lv/security.md",
                "Alfa security lv.",
                "Skatīt [šeit](#).",
            );
        },
    );
}

#[test]
fn supervisory_authority_address_differing_from_platform() {
    let out = expect(
        "stale-contact",
        "institutions/alfa/lv/security.md:7",
        "error",
        |site| {
            site.edit(
                "institutions/alfa/lv/security.md",
                "Alfa security lv.",
                "Sūdzības: Datu valsts inspekcija, Elijas iela 13, Rīga, LV-1050.",
            );
        },
    );
    assert!(
        out.contains("Elijas iela 17, Rīga, LV-1050"),
        "the hint gives the right address: {out}"
    );
}

#[test]
fn supervisory_authority_email_differing_from_platform() {
    expect(
        "stale-contact",
        "institutions/alfa/en/security.md:7",
        "error",
        |site| {
            site.edit(
                "institutions/alfa/en/security.md",
                "Alfa security en.",
                "Write to info@dvi.gov.lv.",
            );
        },
    );
}

#[test]
fn untranslated_text_is_a_warning() {
    expect(
        "identical-translation",
        "institutions/alfa/institution.toml:7",
        "warning",
        |site| {
            site.edit(
            ALFA,
            "transfers = { lv = \"Dati netiek nodoti uz trešajām valstīm.\", en = \"Data are not transferred to third countries.\" }",
            "transfers = \"Dati netiek nodoti uz trešajām valstīm.\"",
        );
        },
    );
}

#[test]
fn anchor_link_without_a_target() {
    expect(
        "broken-anchor",
        "alfa/lv/privatuma-politika/index.html",
        "error",
        |site| {
            site.edit(
                "institutions/alfa/lv/security.md",
                "Alfa security lv.",
                "Skatīt [tiesības](#tiesibas).",
            );
        },
    );
}

#[test]
fn a_rule_can_be_silenced_with_a_reason() {
    let site = TestSite::fixture();
    site.edit(ALFA, "phone = \"67000001\"", "phone = \"1188\"");
    assert!(!check(&site, &[]).success);
    site.write(ALFA, &format!("{}\n[[silence]]\nrule = \"phone\"\nreason = \"1188 is the short number of the information line\"\n", site.read(ALFA)));
    let checked = check(&site, &[]);
    assert!(checked.success, "{}", checked.stdout);
    site.edit(
        ALFA,
        "reason = \"1188 is the short number of the information line\"",
        "reason = \"\"",
    );
    let checked = check(&site, &[]);
    assert!(
        checked.stdout.contains("silencing `phone` needs a reason"),
        "{}",
        checked.stdout
    );
    site.edit(ALFA, "rule = \"phone\"", "rule = \"phnoe\"");
    let checked = check(&site, &[]);
    assert!(
        checked.stdout.contains("there is no check rule `phnoe`"),
        "{}",
        checked.stdout
    );
    assert!(
        checked.stdout.contains("did you mean `phone`?"),
        "{}",
        checked.stdout
    );
}

#[test]
fn json_report_follows_the_documented_schema() {
    let site = TestSite::fixture();
    site.edit(ALFA, "phone = \"67000001\"", "phone = \"6700001\"");
    let checked = check(&site, &["--format", "json"]);
    assert!(!checked.success);
    let json: serde_json::Value = serde_json::from_str(&checked.stdout).unwrap();
    assert_eq!(json["version"], 1);
    assert_eq!(json["summary"]["errors"], 1);
    assert_eq!(json["summary"]["warnings"], 0);
    let finding = &json["findings"][0];
    assert_eq!(finding["rule"], "phone");
    assert_eq!(finding["severity"], "error");
    assert_eq!(finding["institution"], "alfa");
    assert_eq!(finding["file"], "institutions/alfa/institution.toml");
    assert_eq!(finding["line"], 6);
    assert_eq!(finding["column"], 10, "points at the digits");
    assert!(finding["hint"].as_str().unwrap().contains("8 digits"));
    let row = &json["completeness"][0];
    assert_eq!(row["slug"], "alfa");
    assert_eq!(row["cells"].as_array().unwrap().len(), 14);
    let consent = row["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["article"] == "13(2)(c)")
        .unwrap();
    assert_eq!(consent["status"], "not-applicable");
}

#[test]
fn build_writes_the_completeness_page() {
    let site = TestSite::fixture();
    site.build_ok();
    let page = site.page("_report/index.html");
    assert_eq!(page.texts("tbody th"), ["Alfas pārvalde"]);
    let cells = page.texts("tbody td");
    assert_eq!(cells.len(), 14);
    assert_eq!(cells.iter().filter(|c| *c == "present").count(), 13);
    assert_eq!(cells.iter().filter(|c| *c == "n/a").count(), 1);
    let links = page.attrs("tbody td a", "href");
    assert!(
        links.contains(&"../alfa/lv/privatuma-politika/#rights".to_owned()),
        "{links:?}"
    );
    let titles = page.attrs("tbody td a", "title");
    assert!(
        titles.contains(&"institutions/alfa/lv/intro.md:2".to_owned()),
        "14(2)(f) is found in intro.md: {titles:?}"
    );
}
