//! The editor's first hour, replayed with the real binary in a Latvian locale: `new
//! institution`, the skeleton filled in with the mistakes editors make, and each reported in
//! Latvian at its line with a hint that fixes it; then the fixes, until the page is built.

mod common;

use common::{Run, TestSite};

const LATVIAN: &str = "lv_LV.UTF-8";
const TOML: &str = "institutions/beta/institution.toml";

/// The 1-based line of the first line of `file` that contains `text`.
fn line_of(site: &TestSite, file: &str, text: &str) -> usize {
    site.read(file)
        .lines()
        .position(|l| l.contains(text))
        .unwrap_or_else(|| panic!("{file} has no line with {text:?}"))
        + 1
}

/// The diagnostic that `run` prints for `file:line`: from its `kļūda` or `brīdinājums` line to
/// its hint, so an assertion can't take another diagnostic's hint for this one's.
fn reported_at<'a>(run: &'a Run, file: &str, line: usize) -> &'a str {
    let output = if run.stderr.contains(file) {
        &run.stderr
    } else {
        &run.stdout
    };
    let location = format!("--> {file}:{line}:");
    let at = output
        .find(&location)
        .unwrap_or_else(|| panic!("nothing reported at {file}:{line}:\n{output}"));
    let start = output[..at]
        .rfind(['\n'])
        .and_then(|end_of_previous| output[..end_of_previous].rfind('\n'))
        .map_or(0, |i| i + 1);
    let end = output[at..].find("\n\n").map_or(output.len(), |i| at + i);
    &output[start..end]
}

fn assert_reported(run: &Run, file: &str, line: usize, message: &str, hint: &str) {
    let shown = reported_at(run, file, line);
    assert!(shown.contains(message), "expected {message:?}:\n{shown}");
    assert!(
        shown.contains(&format!("= padoms: {hint}")),
        "expected the hint {hint:?}:\n{shown}"
    );
}

#[test]
fn an_editor_is_told_in_latvian_where_each_mistake_is_and_how_to_fix_it() {
    let site = TestSite::fixture();

    let run = site.run_in(LATVIAN, &["new", "institution", "beta"]);
    assert!(run.success, "{}", run.stderr);
    assert!(
        run.stdout.contains("izveidota mape institutions/beta/"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("tālāk: aizstājiet katru TODO"),
        "{}",
        run.stdout
    );

    // The first sitting: everything filled in but one section, with a misspelt key.
    site.fill_in_skeleton("beta");
    site.edit(TOML, "email = \"pasts@beta", "emial = \"pasts@beta");
    site.edit(
        "institutions/beta/lv/security.md",
        "Betas drošība.",
        "TODO: uzrakstiet, kā iestāde aizsargā datus.",
    );
    let run = site.run_in(LATVIAN, &["build"]);
    assert!(!run.success, "a broken institution was published");
    assert_reported(
        &run,
        TOML,
        line_of(&site, TOML, "emial = "),
        "kļūda: nezināma atslēga `emial`",
        "vai domājāt `email`?",
    );
    let security = "institutions/beta/lv/security.md";
    assert_reported(
        &run,
        security,
        line_of(&site, security, "TODO"),
        "kļūda: tekstā vēl ir atzīme TODO",
        "aizstājiet TODO un tā piezīmi ar iestādes tekstu latviešu valodā",
    );
    assert!(
        run.stderr.contains("nekas netika publicēts"),
        "{}",
        run.stderr
    );
    assert!(!site.public().join("beta").exists());

    // The second: those fixed, but the data protection officer's table left out.
    site.edit(TOML, "emial = ", "email = ");
    site.edit(
        security,
        "TODO: uzrakstiet, kā iestāde aizsargā datus.",
        "Betas drošība.",
    );
    let officer = "[data_protection_officer]\nemail = \"das@beta.example.lv\"\n";
    site.edit(TOML, officer, "");
    let run = site.run_in(LATVIAN, &["build"]);
    assert!(!run.success, "an institution without its DPO was published");
    assert_reported(
        &run,
        TOML,
        line_of(&site, TOML, "updated = "),
        "kļūda: trūkst obligātās atslēgas `data_protection_officer`",
        "pievienojiet `data_protection_officer = …` faila sākumā, virs pirmās [tabulas] galvenes",
    );

    // The third: the table back, the date of the last change written day first.
    site.edit(
        TOML,
        "\n[[purposes]]\n",
        &format!("\n{officer}\n[[purposes]]\n"),
    );
    let updated = site
        .read(TOML)
        .lines()
        .find(|l| l.starts_with("updated = "))
        .unwrap()
        .to_owned();
    site.edit(TOML, &updated, "updated = 22.11.2026");
    let run = site.run_in(LATVIAN, &["build"]);
    assert!(!run.success, "a broken date was published");
    assert_reported(
        &run,
        TOML,
        line_of(&site, TOML, "updated = "),
        "kļūda: datums `22.11.2026` nav rakstīts formā gads-mēnesis-diena",
        "rakstiet `2026-11-22`",
    );

    // The fourth: the date fixed, and a link copied from an old letterhead.
    site.edit(TOML, "updated = 22.11.2026", "updated = 2026-11-22");
    let introduction = "institutions/beta/lv/introduction.md";
    site.edit(
        introduction,
        "Betas ievads.",
        "Betas ievads.\n\nPar iestādi: http://www.beta.example.lv/par-mums.",
    );
    let run = site.run_in(LATVIAN, &["check"]);
    assert_reported(
        &run,
        introduction,
        line_of(&site, introduction, "http://"),
        "brīdinājums[http-link]: `http://www.beta.example.lv/par-mums` nav droša (https://) adrese",
        "rakstiet https://www.beta.example.lv/par-mums un pārbaudiet, vai lapa atveras",
    );

    // Fixed as the hint says, the page is published.
    site.edit(introduction, "http://", "https://");
    let run = site.run_in(LATVIAN, &["build"]);
    assert!(run.success, "{}", run.stderr);
    assert!(run.stdout.starts_with("izveidotas "), "{}", run.stdout);
    assert!(site
        .public()
        .join("beta/lv/privatuma-politika/index.html")
        .is_file());
}

#[test]
fn lang_overrides_the_locale_and_english_is_the_default() {
    let site = TestSite::fixture();
    site.edit("institutions/alfa/institution.toml", "email = ", "emial = ");
    let latvian = site.run_in(LATVIAN, &["build"]);
    assert!(
        latvian.stderr.contains("kļūda: nezināma atslēga `emial`"),
        "{}",
        latvian.stderr
    );
    let english = site.run_in(LATVIAN, &["--lang", "en", "build"]);
    assert!(
        english.stderr.contains("error: unknown key `emial`"),
        "{}",
        english.stderr
    );
    let default = site.run_in("C.UTF-8", &["build"]);
    assert!(
        default.stderr.contains("error: unknown key `emial`"),
        "{}",
        default.stderr
    );
    let asked = site.run_in("C.UTF-8", &["build", "--lang", "lv"]);
    assert!(
        asked.stderr.contains("= padoms: vai domājāt `email`?"),
        "{}",
        asked.stderr
    );
}

#[test]
fn json_keeps_the_message_id_and_english_beside_the_latvian() {
    let site = TestSite::fixture();
    site.edit("institutions/alfa/institution.toml", "email = ", "emial = ");
    let run = site.run_in(LATVIAN, &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let finding = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["rule"] == "unknown-key")
        .unwrap_or_else(|| panic!("{json:#}"));
    assert_eq!(finding["message_id"], "unknown-key");
    assert_eq!(finding["message"], "unknown key `emial`");
    assert_eq!(finding["localized"]["language"], "lv");
    assert_eq!(finding["localized"]["message"], "nezināma atslēga `emial`");
    assert!(finding["localized"]["hint"]
        .as_str()
        .unwrap()
        .starts_with("vai domājāt `email`?"));
}

#[test]
fn a_misspelt_key_and_a_missing_table_are_reported_in_the_same_run() {
    let site = TestSite::fixture();
    let toml = "institutions/alfa/institution.toml";
    site.edit(toml, "\nemail = ", "\nemial = ");
    let officer = site.read(toml);
    let officer = officer
        .split("[data_protection_officer]")
        .nth(1)
        .and_then(|rest| rest.split("\n\n").next())
        .expect("the fixture has a [data_protection_officer] table");
    site.edit(toml, &format!("[data_protection_officer]{officer}\n"), "");
    site.edit(toml, "legitimate_interests = ", "legitimate_intrests = ");
    let transfers = site
        .read(toml)
        .lines()
        .find(|l| l.starts_with("transfers = "))
        .map(|l| format!("{l}\n"))
        .unwrap();
    site.edit(toml, &transfers, "");

    let run = site.run_in(LATVIAN, &["build"]);
    assert!(!run.success, "a broken institution was published");
    assert_reported(
        &run,
        toml,
        line_of(&site, toml, "emial = "),
        "kļūda: nezināma atslēga `emial`",
        "vai domājāt `email`?",
    );
    assert_reported(
        &run,
        toml,
        line_of(&site, toml, "legitimate_intrests = "),
        "kļūda: nezināma atslēga `legitimate_intrests`",
        "vai domājāt `legitimate_interests`?",
    );
    assert_reported(
        &run,
        toml,
        line_of(&site, toml, "updated = "),
        "kļūda: trūkst obligātās atslēgas `data_protection_officer`",
        "pievienojiet `data_protection_officer = …` faila sākumā",
    );
    // `emial` is reported as `email` misspelt, not again as `email` missing.
    assert!(!run.stderr.contains("`email`\n"), "{}", run.stderr);
    // A missing key is explained by its row of the docs' key table.
    assert!(
        run.stderr.contains(
            "= padoms: pievienojiet `transfers = …` faila sākumā, virs pirmās [tabulas] galvenes \
             (skatiet docs/satura-modelis.md). `transfers`: teksts: nodošana uz trešajām valstīm"
        ),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("atrastas 4 problēmas"),
        "{}",
        run.stderr
    );
}

/// What `privatums <args…>` prints on stdout with `LANG=locale`.
fn stdout_in(locale: &str, args: &[&str]) -> String {
    let output = common::privatums_in(locale).args(args).output().unwrap();
    assert!(output.status.success(), "{args:?} failed");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn help_is_in_the_editors_language() {
    let top = stdout_in(LATVIAN, &["--help"]);
    for latvian in [
        "Izveido visu Latvijas vienotās tīmekļvietņu platformas iestāžu privātuma politikas lapas latviešu un angļu valodā",
        "Lietošana: privatums",
        "Komandas:",
        "Izveido visas lapas izvades mapē",
        "Ziņojumu valoda, `lv` vai `en`",
        "Parāda palīdzību",
    ] {
        assert!(top.contains(latvian), "no {latvian:?} in:\n{top}");
    }
    for english in [
        "Usage:",
        "Options:",
        "Commands:",
        "Print help",
        "Builds the",
    ] {
        assert!(!top.contains(english), "{english:?} in:\n{top}");
    }

    let build = stdout_in(LATVIAN, &["build", "--help"]);
    for latvian in [
        "Lietošana: privatums build",
        "Opcijas:",
        "Vietnes saknes mape, kurā ir platform.toml, content/, themes/ un institutions/ [noklusējums: .]",
        "Izveido tikai šīs iestādes lapas",
    ] {
        assert!(build.contains(latvian), "no {latvian:?} in:\n{build}");
    }
    assert!(!build.contains("[default"), "{build}");

    let new = stdout_in(LATVIAN, &["new", "institution", "--help"]);
    assert!(new.contains("Argumenti:"), "{new}");
    assert!(new.contains("Mapes nosaukums: mazie burti a–z"), "{new}");

    // --lang is heard before the help is made, wherever it stands.
    let asked = stdout_in("C.UTF-8", &["build", "--help", "--lang", "lv"]);
    assert!(asked.contains("Lietošana: privatums build"), "{asked}");
    let english = stdout_in(LATVIAN, &["--lang=en", "build", "--help"]);
    assert!(
        english.contains("The site root, holding platform.toml, content/, themes/ and institutions/ [default: .]"),
        "{english}"
    );
    assert!(english.contains("Usage: privatums build"), "{english}");
}

#[test]
fn a_value_of_the_wrong_kind_is_told_the_kind_the_key_takes() {
    let site = TestSite::fixture();
    let toml = "institutions/alfa/institution.toml";
    site.edit(toml, "phone = \"67000001\"", "phone = 67000001");
    site.edit(toml, "legal_bases = [\"f\"]", "legal_bases = [\"g\"]");
    site.edit(toml, "updated = 2026-02-01", "updated = \"2026-02-01\"");
    let run = site.run_in(LATVIAN, &["build"]);
    assert!(!run.success, "a broken institution was published");
    let shown = reported_at(&run, toml, line_of(&site, toml, "phone = "));
    assert!(
        shown.contains("kļūda: šai atslēgai jānorāda tālruņa numurs pēdiņās vai numuru saraksts"),
        "{shown}"
    );
    assert!(!shown.contains("TOML pieraksts"), "{shown}");
    // Every wrong value of the file in the same run, each at its line.
    assert_reported(
        &run,
        toml,
        line_of(&site, toml, "updated = "),
        "kļūda: šai atslēgai jānorāda datums formā gads-mēnesis-diena bez pēdiņām",
        "rakstiet datumu formā gads-mēnesis-diena",
    );
    assert_reported(
        &run,
        toml,
        line_of(&site, toml, "legal_bases = [\"g\"]"),
        "kļūda: `g` nav starp atļautajām vērtībām",
        "vai domājāt `a`?",
    );
    assert!(
        run.stderr.contains("atrastas 3 problēmas"),
        "{}",
        run.stderr
    );
}
