//! Building real sites: what the pages hold, in which order, and what never gets in.

mod common;

use std::path::Path;

use common::TestSite;

const ALFA_LV: &str = "alfa/lv/privatuma-politika/index.html";
const ALFA_EN: &str = "alfa/en/privacy-policy/index.html";

#[test]
fn shipped_content_builds_every_page() {
    let site = TestSite::shipped();
    let run = site.build_ok();
    let notice_pages = walkdir::WalkDir::new(site.public())
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_name() == "index.html")
        .filter(|e| {
            let path = e.path().to_string_lossy();
            path.contains("/pazinojumi/") || path.contains("/notices/")
        })
        .count();
    assert!(notice_pages > 0);
    assert!(
        run.stdout.starts_with(&format!(
            "built 8 pages and {notice_pages} notice pages for 2 institutions in "
        )),
        "{}",
        run.stdout
    );
    for page in [
        "index.html",
        "en/index.html",
        "lv/privatuma-politika/index.html",
        "en/privacy-policy/index.html",
        "pmlp/lv/privatuma-politika/index.html",
        "pmlp/en/privacy-policy/index.html",
        "adazi/lv/privatuma-politika/index.html",
        "adazi/en/privacy-policy/index.html",
    ] {
        assert!(site.public().join(page).is_file(), "{page} is missing");
    }
    // Each site has the stylesheet, under its content-hashed name (tests/deploy.rs).
    for assets in ["assets", "pmlp/assets", "adazi/assets"] {
        let names: Vec<String> = std::fs::read_dir(site.public().join(assets))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert!(
            names
                .iter()
                .any(|n| n.starts_with("style.") && n.ends_with(".css")),
            "{assets}: {names:?}"
        );
    }
}

#[test]
fn shipped_pmlp_page_has_every_part_in_order() {
    let site = TestSite::shipped();
    site.build_ok();
    for (page, language) in [
        ("pmlp/lv/privatuma-politika/index.html", "lv"),
        ("pmlp/en/privacy-policy/index.html", "en"),
    ] {
        let page = site.page(page);
        assert_eq!(
            page.part_ids(),
            [
                "summary",
                "part-institution",
                "part-platform",
                "part-blocks",
                "rights",
                "complaint"
            ],
            "{language}: one notice, the institution's part first"
        );
        let ids = page.section_ids();
        let institution_part: Vec<&str> = ids[1..11].iter().map(String::as_str).collect();
        assert_eq!(
            institution_part,
            [
                "controller",
                "data-protection-officer",
                "purposes",
                "legal-bases",
                "registers",
                "retention",
                "recipients",
                "transfers",
                "automated-decisions",
                "security",
            ],
            "{language}"
        );
        let platform = ids[11..]
            .iter()
            .take_while(|id| id.starts_with("platform-"))
            .count();
        assert_eq!(
            platform, 11,
            "{language}: the platform's part, without its complaint section: {ids:?}"
        );
        assert_eq!(
            ids[11 + platform..],
            ["cookies", "sis", "vis", "rights", "complaint"],
            "{language}"
        );
        assert_eq!(
            page.select("#registers tbody tr").len(),
            11,
            "{language}: all eleven registers"
        );
        assert!(page.texts("#controller").concat().contains("90000050138"));
        assert!(page.texts("#sis").concat().contains("SIRENE"));
    }
}

#[test]
fn institution_page_interleaves_generated_and_own_sections_with_data_filled_in() {
    let site = TestSite::fixture();
    site.build_ok();
    let page = site.page(ALFA_LV);
    assert_eq!(
        page.section_ids(),
        [
            "summary",
            "intro",
            "controller",
            "data-protection-officer",
            "purposes",
            "legal-bases",
            "registers",
            "retention",
            "recipients",
            "transfers",
            "statutory-requirement",
            "automated-decisions",
            "security",
            "platform-intro",
            "platform-contacts",
            "cookies",
            "demo-block",
            "rights",
            "complaint"
        ]
    );
    let text = |selector: &str| page.texts(selector).join(" ");
    assert!(text("#platform-intro").contains("Platformas pārzinis ir Valsts kanceleja."));
    assert!(text("#controller").contains(
        "Par personas datu apstrādi atbildīgā persona (personas datu apstrāde tīmekļvietnē www.alfa.example.lv):"
    ));
    assert!(text("#controller").contains("Anna Bērziņa"));
    assert_eq!(
        page.attrs("#platform-contacts a", "href"),
        ["mailto:pasts@mk.gov.lv"]
    );
    assert!(text("#controller").contains("90000000014"));
    assert!(text("#controller").contains("Alfas iela 1, Rīga, LV-1001"));
    assert_eq!(
        page.texts("#legal-bases li"),
        [
            "lai izpildītu uz pārzini attiecināmu juridisku pienākumu (VDAR 6. panta 1. punkta c) apakšpunkts);",
            "lai izpildītu uzdevumu, ko veic sabiedrības interesēs vai īstenojot pārzinim likumīgi piešķirtās oficiālās pilnvaras (VDAR 6. panta 1. punkta e) apakšpunkts);",
            "lai ievērotu pārziņa vai trešās personas leģitīmās intereses (VDAR 6. panta 1. punkta f) apakšpunkts)."
        ]
    );
    assert_eq!(page.texts("#registers tbody th"), ["Alfas reģistrs"]);
    assert_eq!(
        page.texts("#registers tbody td li"),
        ["Alfas likums", "Ministru kabineta noteikumi Nr. 1"]
    );
    assert!(text("#rights").contains("Tiesības uz datu dzēšanu — panākt savu personas datu dzēšanu, ja tie vairs nav jāapstrādā (VDAR 17. pants). Norādiet, kurus datus dzēst."));
    let rights = text("#rights");
    assert!(
        rights.find("Pa pastu") < rights.find("Alfa rights extension lv."),
        "an extension goes after the generated text: {rights}"
    );
    assert!(text("#complaint").contains("Elijas iela 17, Rīga, LV-1050"));
    assert_eq!(page.texts("#demo-block p"), ["Contact: Alfas kontakts."]);
    assert_eq!(page.attrs("#security h4", "id"), ["security--sub-heading"]);
    let english = site.page(ALFA_EN);
    assert!(english.texts("#legal-bases li")[0].ends_with("(GDPR Article 6(1)(c));"));
    assert_eq!(english.texts("#demo-block p"), ["Contact: Alfa contact."]);
}

#[test]
fn platform_page_has_the_shared_policy_and_cookies_only() {
    let site = TestSite::fixture();
    site.build_ok();
    let page = site.page("lv/privatuma-politika/index.html");
    assert_eq!(
        page.section_ids(),
        ["platform-intro", "platform-contacts", "cookies"]
    );
    let contacts = page.texts("#platform-contacts").join(" ");
    assert!(!contacts.contains("atbildīgais darbinieks"), "{contacts}");
}

#[test]
fn shared_text_about_the_institution_shows_only_on_institution_pages() {
    let site = TestSite::fixture();
    let intro = site.read("content/en/policy/intro.md");
    site.write(
        "content/en/policy/intro.md",
        &format!(
            "{intro}\n{{% if institution %}}Ask {{{{ institution.name }}}} first.{{% endif %}}\n"
        ),
    );
    site.build_ok();
    let platform = site.page("en/privacy-policy/index.html");
    let platform_intro = platform.texts("#platform-intro").join(" ");
    assert!(!platform_intro.contains("Ask"), "{platform_intro}");
    let alfa = site.page(ALFA_EN);
    let alfa_intro = alfa.texts("#platform-intro").join(" ");
    assert!(
        alfa_intro.contains("Ask Alfa Office first."),
        "{alfa_intro}"
    );
}

#[test]
fn cookie_tables_hold_platform_and_institution_cookies_per_category() {
    let site = TestSite::fixture();
    site.build_ok();
    let page = site.page(ALFA_EN);
    assert_eq!(
        page.texts("#cookies-necessary tbody th"),
        ["SESS<ID>", "alfa_pref"]
    );
    assert_eq!(
        page.texts("#cookies-necessary tbody tr:nth-child(2) td"),
        ["Remembers a choice", "Alfa Office", "1 year"]
    );
    assert_eq!(page.texts("#cookies-analytics tbody th"), ["_ga"]);
    assert!(
        page.select("#cookies-social-networks table").is_empty(),
        "no table without cookies"
    );
    assert_eq!(
        page.texts("#cookies-social-networks p"),
        ["About social-networks cookies."]
    );
    assert_eq!(
        page.attrs("#cookies-necessary thead th", "scope"),
        ["col"; 4]
    );
    assert_eq!(
        page.attrs(".browser-links a", "href"),
        [
            "https://support.mozilla.org/en-US/kb/cookies-information-websites-store-on-your-computer",
            "https://support.apple.com/en-gb/guide/safari/sfri11471/mac"
        ]
    );
    let latvian = site.page(ALFA_LV);
    assert!(latvian.attrs(".browser-links a", "href")[1].contains("/lv-lv/"));
    let platform = site.page("en/privacy-policy/index.html");
    assert_eq!(
        platform.texts("#cookies-necessary tbody th"),
        ["SESS<ID>"],
        "institution cookies stay on its page"
    );
}

/// Every page links to its other-language version, and that version links back.
#[test]
fn language_switch_and_hreflang_pair_up() {
    let site = TestSite::fixture();
    site.build_ok();
    for (lv, en) in [
        (ALFA_LV, ALFA_EN),
        (
            "lv/privatuma-politika/index.html",
            "en/privacy-policy/index.html",
        ),
        ("index.html", "en/index.html"),
    ] {
        for (here, there) in [(lv, en), (en, lv)] {
            let page = site.page(here);
            let other = site.page(there);
            let canonical = page.attrs("link[rel=canonical]", "href");
            assert_eq!(canonical.len(), 1);
            let alternates = page.attrs("link[rel=alternate][hreflang]", "href");
            assert_eq!(
                alternates,
                other.attrs("link[rel=alternate][hreflang]", "href"),
                "{here} and {there} list the same alternates"
            );
            assert!(alternates.contains(&canonical[0]));
            assert!(alternates.contains(&other.attrs("link[rel=canonical]", "href")[0]));
            let switch = page.attrs(".language-switch a", "href");
            assert_eq!(switch.len(), 1, "{here}");
            let target = Path::new(here)
                .parent()
                .unwrap()
                .join(&switch[0])
                .join("index.html");
            assert_eq!(
                normalize(&target),
                Path::new(there),
                "{here} switches to {there}"
            );
        }
    }
    let page = site.page(ALFA_EN);
    assert_eq!(
        page.attrs("link[rel=canonical]", "href"),
        ["https://www.alfa.example.lv/en/privacy-policy/"]
    );
    assert_eq!(page.attrs("html", "lang"), ["en"]);
}

fn normalize(path: &Path) -> std::path::PathBuf {
    let mut out = std::path::PathBuf::new();
    for component in path.components() {
        match component {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            c => out.push(c),
        }
    }
    out
}

#[test]
fn every_page_is_a_complete_accessible_document_without_script() {
    let site = TestSite::shipped();
    site.build_ok();
    for entry in walkdir::WalkDir::new(site.public()) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let relative = entry
            .path()
            .strip_prefix(site.public())
            .unwrap()
            .to_str()
            .unwrap()
            .to_owned();
        let page = site.page(&relative);
        assert!(
            !page.text.to_lowercase().contains("<script"),
            "{relative} has a script"
        );
        assert_eq!(page.select("html[lang]").len(), 1, "{relative}");
        assert_eq!(page.texts("title").len(), 1, "{relative}");
        assert_eq!(
            page.select("link[rel=stylesheet]").len(),
            1,
            "{relative}: one stylesheet"
        );
        let stylesheet = &page.attrs("link[rel=stylesheet]", "href")[0];
        let css = entry.path().parent().unwrap().join(stylesheet);
        assert!(css.is_file(), "{relative}: {stylesheet} resolves");
        assert_eq!(page.attrs("a.skip-link", "href"), ["#main"], "{relative}");
        assert_eq!(page.select("main#main").len(), 1, "{relative}");
        assert_eq!(page.select("h1").len(), 1, "{relative}");
        assert!(
            page.select("th:not([scope])").is_empty(),
            "{relative}: every th has scope"
        );
        let mut previous = 1;
        for heading in page.select("main h1, main h2, main h3, main h4, main h5, main h6") {
            let level: usize = heading.value().name()[1..].parse().unwrap();
            assert!(
                level <= previous + 1,
                "{relative}: heading level jumps to h{level}"
            );
            previous = level;
        }
        let ids = page.attrs("[id]", "id");
        let unique: std::collections::BTreeSet<_> = ids.iter().collect();
        assert_eq!(unique.len(), ids.len(), "{relative}: ids are unique");
        for anchor in page.attrs("a[href^='#']", "href") {
            assert!(
                ids.contains(&anchor[1..].to_owned()),
                "{relative}: {anchor} has a target"
            );
        }
    }
}

#[test]
fn toml_values_are_escaped() {
    let site = TestSite::fixture();
    site.edit(
        "institutions/alfa/institution.toml",
        r#"name = { lv = "Alfas pārvalde""#,
        r#"name = { lv = "<script>alert(1)</script> & \"Alfa\"""#,
    )
    .edit(
        "institutions/alfa/institution.toml",
        r#"lv = "Alfas kontakts""#,
        r#"lv = "[x](javascript:alert(2)) <img src=x onerror=alert(3)>""#,
    )
    .edit(
        "institutions/alfa/institution.toml",
        r#"name = "Anna Bērziņa""#,
        r#"name = "<img src=x onerror=alert(4)>""#,
    );
    site.build_ok();
    let page = site.page(ALFA_LV);
    assert!(page.texts("#controller dd")[0].contains("<script>alert(1)</script> & \"Alfa\""));
    assert!(page
        .texts("#controller dd")
        .contains(&"<img src=x onerror=alert(4)>".to_owned()));
    assert!(page
        .texts("#demo-block")
        .join(" ")
        .contains("[x](javascript:alert(2)) <img src=x onerror=alert(3)>"));
    assert_eq!(
        page.texts("title"),
        ["Privātuma politika — <script>alert(1)</script> & \"Alfa\""],
        "text, not markup"
    );
    assert!(
        page.select("script").is_empty(),
        "a TOML value became a script"
    );
    assert!(page.select("img").is_empty(), "a TOML value became markup");
    assert!(
        page.select("a[href^=javascript]").is_empty(),
        "a TOML value became a link"
    );
    let body = page.text.split("</title>").nth(1).unwrap().to_lowercase();
    assert!(
        !body.contains("<script") && !body.contains("<img"),
        "escaped everywhere outside <title>"
    );
}

#[test]
fn script_in_institution_markdown_never_reaches_the_output() {
    let site = TestSite::fixture();
    for language in ["lv", "en"] {
        site.write(
            &format!("institutions/alfa/{language}/evil.md"),
            "+++\nid = \"evil\"\ntitle = \"Evil\"\norder = 7\n+++\n\nHello <script>alert(1)</script>\n\n<span onerror=\"alert(2)\">s</span> <a href=\"javascript:alert(3)\">x</a>\n\n<details open ontoggle=\"alert(4)\">d</details><style>body{display:none}</style>\n\n<p onclick=\"alert(5)\" style=\"color:red\">kept text</p>\n",
        );
    }
    site.build_ok();
    let page = site.page(ALFA_LV);
    assert!(page.texts("#evil").join(" ").contains("kept text"));
    for entry in walkdir::WalkDir::new(site.public()) {
        let entry = entry.unwrap();
        // The .br and .gz copies decode to the files checked here (tests/deploy.rs).
        let copy = matches!(
            entry.path().extension().and_then(|e| e.to_str()),
            Some("br" | "gz")
        );
        if entry.file_type().is_file() && !copy {
            let text = std::fs::read_to_string(entry.path())
                .unwrap()
                .to_lowercase();
            for bad in [
                "<script",
                "javascript:",
                "onerror",
                "onclick",
                "ontoggle",
                "<iframe",
                "<object",
                "<style",
                "alert(",
            ] {
                assert!(
                    !text.contains(bad),
                    "{bad} reached {}",
                    entry.path().display()
                );
            }
        }
    }
}

#[test]
fn only_replaces_one_institutions_folder() {
    let site = TestSite::fixture();
    site.build_ok();
    let before = site.public_snapshot();
    site.edit(
        "institutions/alfa/lv/intro.md",
        "Alfa intro lv.",
        "Alfa intro changed.",
    )
    .edit(
        "content/lv/policy/intro.md",
        "Platformas pārzinis",
        "Platformas PĀRZINIS",
    );
    let run = site.build(&["--only", "alfa"]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stdout
            .starts_with("built 2 pages and 4 notice pages for 1 institution in "),
        "{}",
        run.stdout
    );
    let after = site.public_snapshot();
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    for (path, bytes) in &before {
        // The notices (`pazinojumi/`) and the policy as data (`policy.json`, `.jsonld`)
        // don't show the edited intro, so they stay the same.
        let name = path.to_string_lossy();
        if path.starts_with("alfa/lv")
            && !name.contains("/pazinojumi/")
            && !name.contains("/policy.json")
        {
            assert_ne!(&after[path], bytes, "{} was rebuilt", path.display());
        } else if !path.starts_with("alfa") {
            assert_eq!(
                &after[path],
                bytes,
                "{} is outside --only and stays",
                path.display()
            );
        }
    }
    assert!(site.page(ALFA_LV).texts("#intro p")[0].contains("Alfa intro changed."));
}

#[test]
fn only_with_an_unknown_institution_suggests_the_closest() {
    let site = TestSite::fixture();
    let run = site.build(&["--only", "alfs"]);
    assert!(!run.success);
    assert!(
        run.stderr.contains("there is no institution `alfs`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("did you mean `alfa`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn index_lists_institutions_in_alphabetical_order_of_its_language() {
    // In code-point order "Ā" comes after "Z"; in Latvian it is an A.
    let site = TestSite::shipped();
    site.build_ok();
    assert_eq!(
        site.page("index.html").texts(".institutions a"),
        [
            "Ādažu novada pašvaldība",
            "Pilsonības un migrācijas lietu pārvalde"
        ]
    );
    assert_eq!(
        site.page("en/index.html").texts(".institutions a"),
        [
            "Ādaži Municipality",
            "Office of Citizenship and Migration Affairs"
        ]
    );
}

#[test]
fn every_page_has_the_favicon_and_the_accessibility_statement_of_platform_toml() {
    let site = TestSite::fixture();
    site.build_ok();
    for (relative, statement) in [
        (
            ALFA_LV,
            "https://platforma.example.lv/lv/piekluestamibas-pazinojums",
        ),
        (
            ALFA_EN,
            "https://platforma.example.lv/en/accessibility-statement",
        ),
        (
            "index.html",
            "https://platforma.example.lv/lv/piekluestamibas-pazinojums",
        ),
    ] {
        let page = site.page(relative);
        let icon = &page.attrs("link[rel=icon]", "href")[0];
        let file = site.public().join(relative).parent().unwrap().join(icon);
        assert!(file.is_file(), "{relative}: {icon} resolves");
        // An institution's footer also links its notices.
        let footer = page.attrs(".site-footer a", "href");
        assert_eq!(footer[0], statement, "{relative}");
        assert!(footer.len() == 1 || footer[1] == "pazinojumi/" || footer[1] == "notices/");
    }
}

#[test]
fn links_to_pages_in_the_other_language_say_so() {
    let site = TestSite::fixture();
    site.build_ok();
    // Firefox's help is in English only (`language = "en"`); Safari's has a page per language.
    let latvian = site.page(ALFA_LV);
    assert_eq!(latvian.attrs(".browser-links a", "hreflang"), ["en"]);
    assert_eq!(
        latvian.texts(".browser-links a[hreflang=en] span[lang=en]"),
        ["(English)"]
    );
    let english = site.page(ALFA_EN);
    assert!(english
        .select(".browser-links [hreflang], .browser-links [lang]")
        .is_empty());
}
