//! Say only what the institution said: a value marked `inferred = "why"` is not published —
//! not on the page, its summary, its notices or its data files — until the institution
//! confirms it; the build warns at the mark, the completeness report lists it, and a page can
//! give its legal bases as the institution does, in one general list.

mod common;

use common::TestSite;

const ALFA: &str = "institutions/alfa/institution.toml";
const ALFA_LV: &str = "alfa/lv/privatuma-politika/index.html";
const ALFA_JSON: &str = "alfa/lv/privatuma-politika/policy.json";
const ALFA_JSONLD: &str = "alfa/lv/privatuma-politika/policy.jsonld";
const PMLP_LV: &str = "pmlp/lv/privatuma-politika/index.html";
const ADAZI_LV: &str = "adazi/lv/privatuma-politika/index.html";

const VIDEO_F: &str = "legal_bases = [\"f\"]";
const VIDEO_F_INFERRED: &str =
    "legal_bases = [{ basis = \"f\", inferred = \"the rules name no basis for cameras\" }]";
const GENERAL: &str = "\n[legal_bases]\nintro = { lv = \"Alfa var apstrādāt datus:\", en = \"Alfa may process data:\" }\nbases = [\"c\", \"e\", \"f\"]\n";

/// The fixture with video surveillance's basis inferred and the institution's general list.
fn inferred_video_basis() -> TestSite {
    let site = TestSite::fixture();
    site.edit(ALFA, VIDEO_F, VIDEO_F_INFERRED);
    let text = site.read(ALFA);
    site.write(ALFA, &format!("{text}{GENERAL}"));
    site
}

#[test]
fn an_inferred_basis_is_not_published_and_the_build_warns_at_its_mark() {
    let site = inferred_video_basis();
    let run = site.build_ok();
    let page = site.page(ALFA_LV);
    let video = page.texts("#purpose-video").join(" ");
    assert!(!video.contains("f) apakšpunkts"), "{video}");
    assert!(
        video.contains("Skatīt sadaļu “Personas datu apstrādes tiesiskais pamats”"),
        "the purpose points to the general list: {video}"
    );
    assert_eq!(
        page.attrs("#purpose-video a", "href"),
        ["#legal-bases"],
        "{video}"
    );
    // The general list, in the institution's own lead-in, is what the page says.
    let bases = page.texts("#legal-bases").join(" ");
    assert!(bases.contains("Alfa var apstrādāt datus:"), "{bases}");
    assert!(bases.contains("f) apakšpunkts"), "{bases}");
    // The data files say no more than the page.
    let json: serde_json::Value = serde_json::from_str(&site.read_public(ALFA_JSON)).unwrap();
    let video = &json["institution"]["purposes"][1];
    assert_eq!(video["anchor"], "purpose-video");
    assert_eq!(video["legal_bases"], serde_json::json!([]));
    let jsonld: serde_json::Value = serde_json::from_str(&site.read_public(ALFA_JSONLD)).unwrap();
    let video = jsonld["dpv:hasProcess"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["@id"].as_str().unwrap().ends_with("#purpose-video"))
        .expect("the video process");
    assert_eq!(video["dpv:hasLegalBasis"], serde_json::json!([]), "{video}");
    // The build says what waits and where; `check` the same, as a warning.
    let out = run.stdout + &run.stderr;
    assert!(out.contains("check warning"), "{out}");
    let checked = site.run(&["check"]);
    let out = checked.stdout + &checked.stderr;
    assert!(
        out.contains("warning[inferred]: `purposes.legal_bases` of purpose `video` is inferred"),
        "{out}"
    );
    assert!(out.contains("the rules name no basis for cameras"), "{out}");
    let line = site
        .read(ALFA)
        .lines()
        .position(|l| l == VIDEO_F_INFERRED)
        .unwrap()
        + 1;
    assert!(
        out.contains(&format!("--> institutions/alfa/institution.toml:{line}:")),
        "{out}"
    );
}

#[test]
fn a_purpose_whose_only_basis_is_inferred_is_refused_without_a_general_list() {
    let site = TestSite::fixture();
    site.build_ok();
    let before = site.public_snapshot();
    site.edit(ALFA, VIDEO_F, VIDEO_F_INFERRED);
    let run = site.build(&[]);
    assert!(!run.success);
    for needle in [
        "error: purpose `video` has no legal basis",
        "the purpose's only basis is marked `inferred`",
        "nothing was published",
    ] {
        assert!(run.stderr.contains(needle), "{needle:?} in {}", run.stderr);
    }
    assert_eq!(site.public_snapshot(), before, "public/ untouched");
}

#[test]
fn a_purposes_basis_outside_the_general_list_is_an_error() {
    let site = TestSite::fixture();
    let text = site.read(ALFA);
    site.write(
        ALFA,
        &format!(
            "{text}{}",
            GENERAL.replace("\"c\", \"e\", \"f\"", "\"c\", \"e\"")
        ),
    );
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr.contains(
            "error: the basis \"f\" of purpose `video` is not in the institution's general list `[legal_bases]`"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn an_inferred_text_is_not_published_and_its_element_waits_in_the_report() {
    let site = TestSite::fixture();
    site.edit(
        ALFA,
        "legitimate_interests = { lv = \"Telpu drošība.\", en = \"Security of the premises.\" }",
        "legitimate_interests = { lv = \"Telpu drošība.\", en = \"Security of the premises.\", inferred = \"composed from the purpose\" }",
    );
    site.build_ok();
    let page = site.page(ALFA_LV);
    assert!(!page.texts("main").join(" ").contains("Telpu drošība."));
    let json = site.read_public(ALFA_JSON);
    assert!(!json.contains("Telpu drošība."), "{json}");
    assert!(!site.read_public(ALFA_JSONLD).contains("Telpu drošība."));
    let report = site.page("_report/index.html");
    assert!(
        report.texts("tbody td").contains(&"to confirm".to_owned()),
        "the (f) interest waits: {:?}",
        report.texts("tbody td")
    );
    let listed = report.texts("tbody td.to-confirm li").join(" ");
    assert!(listed.contains("legitimate_interests"), "{listed}");
    assert!(listed.contains("Telpu drošība."), "{listed}");
    assert!(listed.contains("composed from the purpose"), "{listed}");
}

#[test]
fn the_rule_inferred_cannot_be_silenced() {
    let site = TestSite::fixture();
    let text = site.read(ALFA);
    site.write(
        ALFA,
        &format!("{text}\n[[silence]]\nrule = \"inferred\"\nreason = \"we would rather not\"\n"),
    );
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("the rule `inferred` cannot be silenced"),
        "{}",
        run.stderr
    );
}

/// The review's defects on the shipped pages: an added basis (b), per-purpose bases and
/// retention the source gives only in general, a composed legitimate interest and
/// statutory requirement — none of it is on the page or in its data any more.
#[test]
fn the_shipped_pages_state_no_inference() {
    let site = TestSite::shipped();
    site.build_ok();
    let pmlp = site.page(PMLP_LV).texts("main").join("\n");
    for inferred in [
        "b) apakšpunkts",
        "Pārvaldes leģitīmās intereses ir",
        "Personas datu sniegšana Pārvaldei ir normatīvajos aktos noteikts pienākums",
        "Kamēr norisinās personāla atlases konkurss",
        "sūdzības izskatīšanai vai prasības celšanai",
    ] {
        assert!(!pmlp.contains(inferred), "PMLP states {inferred:?}");
        for data in ["policy.json", "policy.jsonld"] {
            let file = site.read_public(&format!("pmlp/lv/privatuma-politika/{data}"));
            assert!(!file.contains(inferred), "{data} states {inferred:?}");
        }
    }
    // The camera sign prints no interest: the one the port composed mixed in the call line's.
    let sign =
        site.read_public("pmlp/lv/privatuma-politika/pazinojumi/video-surveillance/a4/index.html");
    assert!(!sign.contains("informatīvā tālruņa"), "{sign}");
    assert!(
        sign.contains("Personas datu glabāšana"),
        "its retention points to the policy"
    );
    // The source's own words: one general list, "may process".
    assert!(
        pmlp.contains("Pārvalde var apstrādāt Jūsu datus:"),
        "{pmlp}"
    );
    let adazi = site.page(ADAZI_LV);
    let calls = adazi.texts("#purpose-call-recording").join(" ");
    assert!(!calls.contains("f) apakšpunkts"), "{calls}");
    assert!(
        calls.contains("30 kalendāra dienas"),
        "its own retention stays: {calls}"
    );
    let adazi = adazi.texts("main").join("\n");
    assert!(!adazi.contains("Pašvaldības pakalpojumu kvalitātes kontrole, veicot"));
    assert!(!adazi.contains("Personas datu sniegšana ir obligāta"));
    assert!(
        adazi.contains("Pārzinis apstrādā personas datus:"),
        "{adazi}"
    );
}
