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
fn the_fixture_is_clean() {
    let checked = check(&TestSite::fixture(), &[]);
    assert!(checked.success, "{}", checked.stdout);
    assert!(
        checked.stdout.contains("check: 0 errors, 0 warnings"),
        "{}",
        checked.stdout
    );
}

/// The shipped content says only what its sources say: what the port inferred is marked and
/// waits for the institutions, so its only findings are those `inferred` warnings.
#[test]
fn the_shipped_content_has_no_finding_but_its_marked_inferences() {
    let site = TestSite::shipped();
    let run = site.run(&["check", "--format", "json"]);
    assert!(run.success, "{}", run.stdout);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let findings = json["findings"].as_array().unwrap();
    let others: Vec<_> = findings
        .iter()
        .filter(|f| f["rule"] != "inferred")
        .collect();
    assert!(others.is_empty(), "{others:#?}");
    let marks = site
        .read("institutions/pmlp/institution.toml")
        .matches("inferred = ")
        .count()
        + site
            .read("institutions/adazi/institution.toml")
            .matches("inferred = ")
            .count();
    assert_eq!(findings.len(), marks, "one warning per mark");
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

/// Removes the `[[silence]]` of `authority-legitimate-interest` (the last table of `file`).
fn drop_silence(site: &TestSite, file: &str) {
    let text = site.read(file);
    let silence = text
        .find("[[silence]]\nrule = \"authority-legitimate-interest\"")
        .unwrap();
    site.write(file, &text[..silence]);
}

/// `file:line` of the first line of `file` in `site` that holds `text`.
fn line_of(site: &TestSite, file: &str, text: &str) -> String {
    let line = site
        .read(file)
        .lines()
        .position(|l| l.contains(text))
        .unwrap()
        + 1;
    format!("{file}:{line}")
}

#[test]
fn a_public_authority_resting_on_legitimate_interests_alone_is_warned() {
    // Alfa's video surveillance rests on (f) alone; its silence gives the reason. Without it:
    let site = TestSite::fixture();
    let place = line_of(&site, ALFA, "legal_bases = [\"f\"]");
    let out = expect("authority-legitimate-interest", &place, "warning", |site| {
        drop_silence(site, ALFA);
    });
    assert!(out.contains("Art. 6(1), last subparagraph"), "{out}");
    assert!(out.contains("purpose `video`"), "{out}");
    // (e) beside (f) is a basis a public authority may use: nothing to warn about.
    let site = TestSite::fixture();
    site.edit(
        ALFA,
        "legal_bases = [\"f\"]",
        "legal_bases = [\"e\", \"f\"]",
    );
    drop_silence(&site, ALFA);
    let checked = check(&site, &[]);
    assert!(
        !checked.stdout.contains("authority-legitimate-interest"),
        "{}",
        checked.stdout
    );
}

#[test]
fn shipped_video_surveillance_on_legitimate_interests_is_found_without_its_silence() {
    // The real input the rule exists for: PMLP's video surveillance of its customer halls
    // on legitimate interests alone — the port's reading, marked `inferred`; once PMLP
    // confirms it (the mark removed), the rule speaks.
    const PMLP: &str = "institutions/pmlp/institution.toml";
    let site = TestSite::shipped();
    site.edit(
        PMLP,
        r#"legal_bases = [{ basis = "f", inferred = "avots tiesiskos pamatus dod tikai vispārīgā sarakstā (c, e, f), ne pa nolūkiem" }]"#,
        r#"legal_bases = ["f"]"#,
    );
    let text = site.read(PMLP);
    let checked = check(&site, &[]);
    let label = "warning[authority-legitimate-interest]";
    assert_eq!(
        checked.stdout.matches(label).count(),
        1,
        "{}",
        checked.stdout
    );
    let video = text.find("id = \"video-surveillance\"").unwrap();
    let line = text[..video].lines().count()
        + text[video..]
            .lines()
            .position(|l| l.starts_with("legal_bases"))
            .unwrap()
        + 1;
    assert!(
        checked.stdout.contains(&format!("--> {PMLP}:{line}:")),
        "{}",
        checked.stdout
    );
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
fn placeholder_registration_number_fails_its_check_digit() {
    let out = expect(
        "registration-number",
        "institutions/alfa/institution.toml:3",
        "error",
        |site| {
            site.edit(ALFA, "\"90000000014\"", "\"90000000000\"");
        },
    );
    assert!(out.contains("check digit"), "{out}");
}

#[test]
fn real_registration_numbers_pass() {
    let site = TestSite::fixture();
    let mut current = "90000000014";
    for number in ["90000050138", "90000048472"] {
        site.edit(ALFA, current, number);
        current = number;
        let checked = check(&site, &[]);
        assert!(checked.success, "{number}: {}", checked.stdout);
    }
}

#[test]
fn registration_number_of_ten_digits() {
    expect(
        "registration-number",
        "institutions/alfa/institution.toml:3",
        "error",
        |site| {
            site.edit(ALFA, "\"90000000014\"", "\"9000000001\"");
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
fn phone_outside_the_latvian_numbering_plan() {
    let out = expect(
        "phone",
        "institutions/alfa/institution.toml:6",
        "error",
        |site| {
            site.edit(ALFA, "phone = \"67000001\"", "phone = \"+371 47000001\"");
        },
    );
    assert!(out.contains("starting with 2, 6, 7 or 8"), "{out}");
}

#[test]
fn phone_glued_to_an_email_address_is_named() {
    let out = expect(
        "email",
        "institutions/alfa/lv/security.md:7",
        "error",
        |site| {
            site.edit(
                "institutions/alfa/lv/security.md",
                "Alfa security lv.",
                "Tālrunis: +371 67223131info@dvi.gov.lv",
            );
        },
    );
    assert!(
        out.contains(
            "the phone number `67223131` is glued to the e-mail address `info@dvi.gov.lv`"
        ),
        "{out}"
    );
    assert!(
        out.contains("`info@dvi.gov.lv` is a former e-mail address of Datu valsts inspekcija"),
        "the address itself is still checked: {out}"
    );
}

#[test]
fn http_link_is_a_warning_with_the_https_form() {
    let out = expect(
        "http-link",
        "institutions/alfa/lv/security.md:7",
        "warning",
        |site| {
            site.edit(
                "institutions/alfa/lv/security.md",
                "Alfa security lv.",
                "Skatīt <http://www.mk.gov.lv/lv/personu-datu-apstrade>.",
            );
        },
    );
    assert!(
        out.contains("write https://www.mk.gov.lv/lv/personu-datu-apstrade"),
        "{out}"
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
fn six_year_old_update_date_is_a_warning() {
    let out = expect(
        "date",
        "institutions/alfa/institution.toml:1",
        "warning",
        |site| {
            site.edit(ALFA, "updated = 2026-02-01", "updated = 2020-11-26");
        },
    );
    assert!(
        out.contains("older than the platform policy it is merged with (published 2026-01-15)"),
        "{out}"
    );
}

#[test]
fn update_date_more_than_two_years_old_is_a_warning() {
    let site = TestSite::fixture();
    // Older than two years, and the platform's policy older still.
    site.edit(ALFA, "updated = 2026-02-01", "updated = 2020-11-26")
        .edit(
            "platform.toml",
            "published = 2026-01-15",
            "published = 2019-01-01",
        );
    let checked = check(&site, &[]);
    assert!(checked.success, "{}", checked.stdout);
    assert!(
        checked
            .stdout
            .contains("warning[date]: `updated = 2020-11-26` is more than two years old"),
        "{}",
        checked.stdout
    );
}

#[test]
fn date_that_does_not_exist_is_an_error_at_its_line() {
    let site = TestSite::fixture();
    site.edit(ALFA, "updated = 2026-02-01", "updated = 2025-02-30");
    let checked = check(&site, &[]);
    assert!(!checked.success);
    assert!(
        checked
            .stdout
            .contains("--> institutions/alfa/institution.toml:1:"),
        "{}",
        checked.stdout
    );
    assert!(!site.build(&[]).success);
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

/// Seed 004: the platform's paragraph on whom to contact, pasted again in other words.
const CONTACT: &str = "Tīmekļvietņu vienotās platformas īstenošanā iesaistītās iestādes savstarpēji sadarbojas, pamatojoties uz spēkā esošajiem normatīvajiem aktiem. Ja jums rodas jautājumi vai pretenzijas par personas datu apstrādi un aizsardzību Tīmekļvietņu vienotajā platformā, ziņojiet par to Valsts kancelejai, rakstot uz e-pasta adresi pasts@mk.gov.lv, vai sazinieties ar Valsts kancelejas par personas datu apstrādi atbildīgo speciālistu Aldi Apsīti (e-pasta adrese: aldis.apsitis@mk.gov.lv).";
const CONTACT_AGAIN: &str = "Tīmekļvietņu vienotās platformas īstenošanā iesaistītās iestādes savstarpēji sadarbojas, pamatojoties uz spēkā esošajiem normatīvajiem aktiem. Ja jums rodas jautājumi vai pretenzijas par personas datu apstrādi un aizsardzību, ziņojiet par to Valsts kancelejai, rakstot uz e-pasta adresi pasts@mk.gov.lv, un jūsu iesniegtā informācija tiks reģistrēta un izvērtēta, vai arī sazinieties ar Valsts kancelejā nozīmēto atbildīgo darbinieku par personas datu apstrādi. Atbildīgais personas datu pārzinis ir Aldis Apsītis (e-pasta adrese: aldis.apsitis@mk.gov.lv).";

#[test]
fn paraphrased_paragraph_of_the_platform_text_is_a_warning() {
    let out = expect(
        "repeated-paragraph",
        "institutions/alfa/lv/security.md:7",
        "warning",
        |site| {
            site.edit(
                "content/lv/policy/contacts.md",
                "Rakstiet uz",
                &format!("{CONTACT}\n\nRakstiet uz"),
            )
            .edit(
                "institutions/alfa/lv/security.md",
                "Alfa security lv.",
                CONTACT_AGAIN,
            );
        },
    );
    assert!(out.contains("says nearly the same"), "{out}");
    assert!(
        out.contains("it repeats content/lv/policy/contacts.md:7"),
        "both places are named: {out}"
    );
    assert_eq!(
        out.matches("warning[repeated-paragraph]").count(),
        1,
        "once per pair: {out}"
    );
    assert!(
        !out.contains("stale-contact"),
        "the controller's staff address from platform.toml is good: {out}"
    );
}

#[test]
fn toml_text_repeated_in_a_section_is_a_warning() {
    let sentence = "Videonovērošanas ierakstus glabā trīsdesmit dienas, pēc tam tos neatgriezeniski dzēš no ierakstu servera.";
    expect(
        "repeated-paragraph",
        "institutions/alfa/lv/security.md:7",
        "warning",
        |site| {
            site.edit(
                ALFA,
                "rules = [{ lv = \"Kamēr to prasa likums.\"",
                &format!("rules = [{{ lv = \"{sentence}\""),
            )
            .edit(
                "institutions/alfa/lv/security.md",
                "Alfa security lv.",
                &format!("Par ierakstiem: {sentence}"),
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

const OLD_DVI: &str = "Datu valsts inspekcija, Blaumaņa iela 11/13-11, Rīga, LV-1011";

#[test]
fn former_authority_address_in_a_markdown_paragraph() {
    let out = expect(
        "stale-contact",
        "institutions/alfa/lv/security.md:7",
        "error",
        |site| {
            site.edit(
                "institutions/alfa/lv/security.md",
                "Alfa security lv.",
                &format!("Sūdzības var iesniegt: {OLD_DVI}."),
            );
        },
    );
    assert!(
        out.contains("`Blaumaņa iela 11/13` is a former address of Datu valsts inspekcija"),
        "{out}"
    );
    assert!(
        out.contains("write \"Elijas iela 17, Rīga, LV-1050\""),
        "{out}"
    );
    assert_eq!(
        out.matches("error[stale-contact]").count(),
        1,
        "one address, one error: {out}"
    );
}

#[test]
fn former_authority_address_in_toml() {
    let dpo_email = "email = \"das@alfa.example.lv\"";
    let fixture = TestSite::fixture().read(ALFA);
    let note_line = fixture.lines().position(|l| l == dpo_email).unwrap() + 2;
    let out = expect(
        "stale-contact",
        &format!("institutions/alfa/institution.toml:{note_line}"),
        "error",
        |site| {
            site.edit(
                ALFA,
                "email = \"das@alfa.example.lv\"\n",
                &format!("email = \"das@alfa.example.lv\"\nnote = \"Sūdzības: {OLD_DVI}\"\n"),
            );
        },
    );
    assert!(out.contains("is a former address"), "{out}");
}

#[test]
fn former_controller_email_in_toml() {
    let out = expect(
        "stale-contact",
        "institutions/alfa/institution.toml:5",
        "error",
        |site| {
            site.edit(
                ALFA,
                "email = \"pasts@alfa.example.lv\"",
                "email = \"vk@mk.gov.lv\"",
            );
        },
    );
    assert!(out.contains("write \"pasts@mk.gov.lv\""), "{out}");
}

#[test]
fn authority_phone_and_postal_code_that_are_not_current() {
    let site = TestSite::fixture();
    site.edit(
        "institutions/alfa/en/security.md",
        "Alfa security en.",
        "Complaints: Data State Inspectorate, Elijas iela 17, Rīga, LV-1011, phone 67223132.",
    );
    let out = check(&site, &[]).stdout;
    assert!(
        out.contains("`LV-1011` is not the postal code of Datu valsts inspekcija"),
        "{out}"
    );
    assert!(
        out.contains("`67223132` is not the phone number of Datu valsts inspekcija"),
        "{out}"
    );
}

#[test]
fn institutions_own_contacts_beside_the_authority_are_not_stale() {
    let site = TestSite::fixture();
    site.edit(
        "institutions/alfa/lv/security.md",
        "Alfa security lv.",
        "Rakstiet mums (Alfas iela 1, Rīga, LV-1001, tālr. 67000001) vai Datu valsts inspekcijai (www.dvi.gov.lv).",
    );
    let checked = check(&site, &[]);
    assert!(checked.success, "{}", checked.stdout);
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
fn json_names_every_load_failure_in_one_document() {
    let site = TestSite::fixture();
    // A TOML syntax error in a section's front matter, a missing key and a TODO.
    site.edit(
        "institutions/alfa/lv/security.md",
        "order = 85",
        "order = = 85",
    )
    .edit(ALFA, "phone = \"67000001\"\n", "")
    .edit(
        "institutions/alfa/en/intro.md",
        "Alfa intro en.",
        "TODO: write the introduction.",
    );
    let run = site.run(&["check", "--format", "json"]);
    assert!(!run.success);
    let json: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("{e}: stdout {:?}, stderr {:?}", run.stdout, run.stderr));
    assert_eq!(json["version"], 1);
    assert_eq!(json["loaded"], false);
    let findings = json["findings"].as_array().unwrap();
    let find = |rule: &str| {
        findings
            .iter()
            .find(|f| f["rule"] == rule)
            .unwrap_or_else(|| panic!("no {rule} in {findings:#?}"))
    };
    let syntax = find("toml-syntax");
    assert_eq!(syntax["file"], "institutions/alfa/lv/security.md");
    assert_eq!(syntax["language"], "lv");
    assert_eq!(syntax["line"], 4);
    let missing = find("missing-key");
    assert_eq!(missing["file"], "institutions/alfa/institution.toml");
    assert!(missing["message"].as_str().unwrap().contains("`phone`"));
    assert_eq!(missing["institution"], "alfa");
    let todo = find("todo");
    assert_eq!(todo["file"], "institutions/alfa/en/intro.md");
    assert_eq!(todo["language"], "en");
    for finding in findings {
        for key in [
            "rule", "severity", "file", "line", "column", "language", "message", "hint",
        ] {
            assert!(finding.get(key).is_some(), "{key} missing in {finding}");
        }
    }
    assert_eq!(json["summary"]["errors"], findings.len());
}

#[test]
fn check_reports_load_failures_without_speaking_of_publishing() {
    let site = TestSite::fixture();
    site.edit(ALFA, "phone = \"67000001\"\n", "");
    let run = site.run(&["check"]);
    assert!(!run.success);
    let all = run.stdout + &run.stderr;
    assert!(all.contains("error[missing-key]"), "{all}");
    assert!(!all.contains("publish"), "{all}");
}

#[test]
fn findings_in_english_files_carry_their_language() {
    let site = TestSite::fixture();
    site.edit(
        "institutions/alfa/en/security.md",
        "Alfa security en.",
        "Write to info@dvi.gov.lv.",
    );
    let json: serde_json::Value =
        serde_json::from_str(&check(&site, &["--format", "json"]).stdout).unwrap();
    let finding = &json["findings"][0];
    assert_eq!(finding["rule"], "stale-contact");
    assert_eq!(finding["language"], "en");
}

#[test]
fn build_writes_the_completeness_page() {
    let site = TestSite::fixture();
    site.build_ok();
    let page = site.page("_report/index.html");
    assert_eq!(page.texts("tbody th > a"), ["Alfas pārvalde"]);
    let cells = page.texts("tbody td:not(.to-confirm)");
    assert_eq!(cells.len(), 14);
    assert_eq!(page.texts("tbody td.to-confirm"), ["none"]);
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

#[test]
fn every_missing_key_of_a_file_in_one_run_at_its_tables_line() {
    let site = TestSite::fixture();
    site.edit(ALFA, "phone = \"67000001\"\n", "")
        .edit(ALFA, "email = \"das@alfa.example.lv\"\n", "")
        .edit(
            ALFA,
            "description = { lv = \"Videonovērošana.\", en = \"Video surveillance.\" }\n",
            "",
        );
    let run = site.run(&["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let mut missing: Vec<(String, u64)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "missing-key")
        .map(|f| {
            (
                f["message"].as_str().unwrap().to_owned(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    missing.sort_by_key(|(_, line)| *line);
    let text = site.read(ALFA);
    let line_of = |needle: &str| text.lines().position(|l| l == needle).unwrap() as u64 + 1;
    assert_eq!(
        missing,
        [
            ("missing required key `phone`".to_owned(), 1),
            (
                "missing required key `email`".to_owned(),
                line_of("[data_protection_officer]")
            ),
            (
                "missing required key `description`".to_owned(),
                // The second [[purposes]], whose line lost its key.
                text.lines()
                    .enumerate()
                    .filter(|(_, l)| *l == "[[purposes]]")
                    .nth(1)
                    .unwrap()
                    .0 as u64
                    + 1
            ),
        ]
    );
}

/// A completeness test: the element's content does not pass, so `check` and `build` refuse,
/// and the JSON and the finding say why.
fn expect_weak(element: &str, why: &str, mistake: impl FnOnce(&TestSite)) {
    let out = expect(
        "gdpr-element",
        "institutions/alfa/institution.toml:1",
        "error",
        mistake,
    );
    assert!(
        out.contains(&format!("does not really give GDPR Art. {element}")),
        "{out}"
    );
    assert!(out.contains(why), "{out}");
}

#[test]
fn a_right_left_out_without_a_reason_is_not_the_rights_element() {
    expect_weak(
        "13(2)(b)",
        "the right `objection` applies to the legal bases used",
        |site| {
            site.edit(
                ALFA,
                "[[rights]]\nright = \"objection\"\n",
                "[[rights]]\nright = \"objection\"\nnot_applicable = \"Nē\"\n",
            );
        },
    );
}

#[test]
fn a_retention_shorter_than_a_sentence_is_not_given() {
    expect_weak(
        "13(2)(a)",
        "the retention of purpose `video` is shorter than a sentence",
        |site| {
            site.edit(
                ALFA,
                "retention = { lv = \"30 dienas.\", en = \"30 days.\" }",
                "retention = { lv = \"Ilgi.\", en = \"Long.\" }",
            );
        },
    );
}

#[test]
fn data_from_elsewhere_without_their_categories() {
    expect_weak(
        "14(1)(d)",
        "purpose `video` gets its data from elsewhere (`source`) but names no `data_categories`",
        |site| {
            site.edit(
                ALFA,
                "legal_bases = [\"f\"]\n",
                "legal_bases = [\"f\"]\nsource = { lv = \"No citām iestādēm.\", en = \"From other institutions.\" }\n",
            );
        },
    );
}

#[test]
fn one_text_for_two_elements_gives_neither() {
    expect_weak(
        "13(2)(f)",
        "`automated_decisions` is the same text as `statutory_requirement`",
        |site| {
            site.edit(
            ALFA,
            "automated_decisions = { lv = \"Automatizēti lēmumi netiek pieņemti.\", en = \"No automated decisions are made.\" }",
            "automated_decisions = { lv = \"Datu sniegšana ir likumā noteikts pienākums.\", en = \"Providing the data is a statutory requirement.\" }",
        );
        },
    );
}

#[test]
fn completeness_in_json_says_why_an_element_is_missing() {
    let site = TestSite::fixture();
    site.edit(
        ALFA,
        "retention = { lv = \"30 dienas.\", en = \"30 days.\" }",
        "retention = { lv = \"Ilgi.\", en = \"Long.\" }",
    );
    let json: serde_json::Value =
        serde_json::from_str(&check(&site, &["--format", "json"]).stdout).unwrap();
    let cells = json["completeness"][0]["cells"].as_array().unwrap();
    let retention = cells.iter().find(|c| c["article"] == "13(2)(a)").unwrap();
    assert_eq!(retention["status"], "missing");
    assert!(
        retention["why"]
            .as_str()
            .unwrap()
            .contains("purpose `video`"),
        "{retention}"
    );
}

#[test]
fn a_flood_of_one_finding_is_shown_ten_times_and_counted() {
    let site = TestSite::fixture();
    let intro = "institutions/alfa/lv/intro.md";
    let paragraph = "Pārzinis apstrādā personas datus, lai izpildītu uzdevumu sabiedrības interesēs un nodrošinātu drošību.\n\n";
    site.write(
        intro,
        &format!("{}{}", site.read(intro), paragraph.repeat(40)),
    );
    let json: serde_json::Value =
        serde_json::from_str(&check(&site, &["--format", "json"]).stdout).unwrap();
    let all = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == "repeated-paragraph" && f["file"] == intro)
        .count();
    assert!(all > 10, "the JSON report lists every finding: {all}");
    let human = check(&site, &[]).stdout;
    assert_eq!(
        human.matches("warning[repeated-paragraph]").count(),
        10,
        "{human}"
    );
    assert!(
        human.contains(&format!(
            "… and {} more [repeated-paragraph] like this in {intro}",
            all - 10
        )),
        "{human}"
    );
    assert!(
        human.contains(&format!("check: 0 errors, {all} warnings")),
        "{human}"
    );
}
