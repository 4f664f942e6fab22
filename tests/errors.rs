//! Bad input: each mistake an editor can make gets a message naming the file, the line
//! and the fix, and the last good output stays exactly as it was.

mod common;

use common::TestSite;

const ALFA: &str = "institutions/alfa/institution.toml";

/// Builds the fixture, breaks it with `mistake`, builds again: the build must fail,
/// leave `public/` byte for byte as it was, and leave no staging folder behind.
fn fails_and_keeps_public(mistake: impl FnOnce(&TestSite)) -> String {
    let site = TestSite::fixture();
    site.build_ok();
    let before = site.public_snapshot();
    mistake(&site);
    let run = site.build(&[]);
    assert!(!run.success, "the build should fail");
    assert!(
        run.stdout.is_empty(),
        "nothing is reported as built: {}",
        run.stdout
    );
    assert_eq!(
        site.public_snapshot(),
        before,
        "public/ changed after a failed build"
    );
    let leftovers: Vec<_> = std::fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "staging folders left behind: {leftovers:?}"
    );
    assert!(
        run.stderr.contains("nothing was published"),
        "{}",
        run.stderr
    );
    run.stderr
}

#[test]
fn malformed_toml() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(ALFA, "phone = \"67000001\"", "phone = \"67000001");
    });
    assert!(stderr.contains("error: invalid TOML"), "{stderr}");
    assert!(
        stderr.contains("--> institutions/alfa/institution.toml:6:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("6 | phone = \"67000001"),
        "shows the line: {stderr}"
    );
    assert!(stderr.contains("hint: check the TOML syntax"), "{stderr}");
}

#[test]
fn unknown_key_suggests_the_closest_known_one() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(ALFA, "email = \"pasts@alfa", "emial = \"pasts@alfa");
    });
    assert!(stderr.contains("error: unknown key `emial`"), "{stderr}");
    assert!(
        stderr.contains("--> institutions/alfa/institution.toml:5:1"),
        "{stderr}"
    );
    assert!(
        stderr.contains("| ^^^^^"),
        "a caret under the key: {stderr}"
    );
    assert!(stderr.contains("hint: did you mean `email`?"), "{stderr}");
}

#[test]
fn top_level_key_under_a_table_is_explained() {
    let stderr = fails_and_keeps_public(|site| {
        let text = site.read(ALFA).replace("transfers = { lv = \"Dati netiek nodoti uz trešajām valstīm.\", en = \"Data are not transferred to third countries.\" }\n", "");
        site.write(ALFA, &format!("{text}\ntransfers = \"Nav.\"\n"));
    });
    assert!(stderr.contains("unknown key `transfers`"), "{stderr}");
    assert!(
        stderr.contains("move the line above the first `[table]` header"),
        "{stderr}"
    );
}

#[test]
fn missing_required_key() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(
            ALFA,
            "[data_protection_officer]\nemail = \"das@alfa.example.lv\"\n",
            "[data_protection_officer]\n",
        );
    });
    assert!(
        stderr.contains("error: missing required key `email`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/institution.toml:"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: add `email = …`"), "{stderr}");
}

#[test]
fn section_in_one_language_only() {
    let stderr = fails_and_keeps_public(|site| {
        site.remove("institutions/alfa/en/security.md");
    });
    assert!(
        stderr.contains("error: section `security` exists in `lv` but not in `en`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/lv/security.md:2:6"),
        "points at the id: {stderr}"
    );
    assert!(
        stderr.contains("hint: create institutions/alfa/en/security.md with `id = \"security\"`"),
        "{stderr}"
    );
}

#[test]
fn missing_shared_translation_is_reported_too() {
    let stderr = fails_and_keeps_public(|site| {
        site.remove("content/en/policy/contacts.md");
    });
    assert!(
        stderr.contains("section `platform-contacts` exists in `lv` but not in `en`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> content/lv/policy/contacts.md:2:6"),
        "{stderr}"
    );
}

#[test]
fn duplicate_section_id() {
    let stderr = fails_and_keeps_public(|site| {
        for language in ["lv", "en"] {
            site.write(
                &format!("institutions/alfa/{language}/zz-copy.md"),
                "+++\nid = \"intro\"\ntitle = \"Copy\"\norder = 6\n+++\n\nText.\n",
            );
        }
    });
    assert!(
        stderr.contains("error: duplicate section id `intro`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/lv/zz-copy.md:2:6"),
        "{stderr}"
    );
    assert!(
        stderr.contains("institutions/alfa/lv/intro.md already uses this id"),
        "{stderr}"
    );
}

#[test]
fn own_section_clashing_with_a_shared_one() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(
            "institutions/alfa/lv/intro.md",
            "id = \"intro\"",
            "id = \"platform-intro\"",
        )
        .edit(
            "institutions/alfa/en/intro.md",
            "id = \"intro\"",
            "id = \"platform-intro\"",
        );
    });
    assert!(
        stderr
            .contains("section id `platform-intro` is already used by the shared platform content"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: rename it, e.g. `alfa-platform-intro`"),
        "{stderr}"
    );
}

#[test]
fn bad_slug() {
    let stderr = fails_and_keeps_public(|site| {
        site.write(
            "institutions/Beta Iestāde/institution.toml",
            &site.read(ALFA),
        );
    });
    assert!(
        stderr.contains("error: `Beta Iestāde` is not a valid slug"),
        "{stderr}"
    );
    assert!(stderr.contains("--> institutions/Beta Iestāde"), "{stderr}");
    assert!(
        stderr.contains("hint: rename the folder to `institutions/beta-iestade`"),
        "{stderr}"
    );
}

#[test]
fn unknown_legal_basis_code() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(ALFA, "legal_bases = [\"f\"]", "legal_bases = [\"g\"]");
    });
    assert!(
        stderr.contains("error: `g` is not one of the allowed values"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/institution.toml:36:16"),
        "{stderr}"
    );
    assert!(
        stderr.contains("`a`, `b`, `c`, `d`, `e`, `f`"),
        "lists the codes: {stderr}"
    );
}

#[test]
fn opted_in_block_that_does_not_exist() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(ALFA, "id = \"demo-block\"", "id = \"demo-blok\"");
    });
    assert!(
        stderr.contains("error: there is no shared block `demo-blok`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/institution.toml:76:6"),
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: did you mean `demo-block`?"),
        "{stderr}"
    );
}

#[test]
fn block_parameter_missing_or_misspelt() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(ALFA, "params = { contact =", "params = { contcat =");
    });
    assert!(
        stderr.contains("error: block `demo-block` needs the parameter `contact`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: block `demo-block` has no parameter `contcat`"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: did you mean `contact`?"), "{stderr}");
}

#[test]
fn javascript_website_is_refused() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(
            ALFA,
            "website = \"https://www.alfa.example.lv\"",
            "website = \"javascript:alert(1)\"",
        );
    });
    assert!(
        stderr.contains("error: `javascript:alert(1)` is not a web address"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/institution.toml:2:12"),
        "{stderr}"
    );
}

#[test]
fn unknown_placeholder_in_shared_content() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(
            "content/en/policy/intro.md",
            "{{ platform.controller.name }}",
            "{{ platform.controler.name }}",
        );
    });
    assert!(
        stderr.contains("error: unknown placeholder `platform.controler.name`"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> content/en/policy/intro.md:7:"),
        "{stderr}"
    );
    assert!(stderr.contains("docs/content-model.md"), "{stderr}");
}

#[test]
fn template_mistake_points_at_its_line_and_column_in_the_theme() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(
            "themes/default/templates/sections/registers.html",
            "{{ t.registers_intro }}",
            "{{ t.registers_intro }",
        );
    });
    assert!(stderr.contains("error: template error:"), "{stderr}");
    assert!(
        stderr.contains("--> themes/default/templates/sections/registers.html:1:"),
        "{stderr}"
    );
    assert!(stderr.contains("keats.github.io/tera"), "{stderr}");
}

#[test]
fn markdown_without_front_matter() {
    let stderr = fails_and_keeps_public(|site| {
        site.write("institutions/alfa/lv/notes.md", "# Notes\n\nText.\n");
    });
    assert!(
        stderr.contains("error: the file has no front matter"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/lv/notes.md:1:1"),
        "{stderr}"
    );
}

#[test]
fn generated_section_extension_with_a_title() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(
            "institutions/alfa/lv/rights.md",
            "id = \"rights\"\n",
            "id = \"rights\"\ntitle = \"Tiesības\"\n",
        );
    });
    assert!(
        stderr
            .contains("`rights` is a generated section, so this file can't set its title or order"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/lv/rights.md:3:9"),
        "{stderr}"
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(ALFA, "legal_bases = [\"f\"]", "legal_bases = [\"x\"]")
            .remove("institutions/alfa/en/intro.md")
            .edit("platform.toml", "phone = \"67223131\"", "phone = 67223131");
    });
    assert!(
        stderr.contains("`x` is not one of the allowed values"),
        "{stderr}"
    );
    assert!(stderr.contains("platform.toml:"), "{stderr}");
    assert!(stderr.contains("institutions/alfa/en/intro.md"), "{stderr}");
    assert!(
        stderr.contains("hint: write the value as text in double quotes"),
        "{stderr}"
    );
    assert!(
        stderr.contains("error: the build found 3 problems; nothing was published"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn symbolic_links_are_refused_not_followed() {
    let stderr = fails_and_keeps_public(|site| {
        std::os::unix::fs::symlink(
            "/etc/passwd",
            site.root().join("institutions/alfa/lv/passwd.md"),
        )
        .unwrap();
        std::os::unix::fs::symlink("/etc", site.root().join("institutions/etc")).unwrap();
    });
    assert!(
        stderr.contains("--> institutions/alfa/lv/passwd.md"),
        "{stderr}"
    );
    assert!(stderr.contains("--> institutions/etc"), "{stderr}");
    assert!(
        stderr.contains("symbolic links are not allowed"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("root:"),
        "nothing was read through the link"
    );
}

#[cfg(unix)]
#[test]
fn a_folder_replaced_by_a_link_is_refused_though_its_sister_folder_was_read() {
    let outside = tempfile::tempdir().unwrap();
    let stderr = fails_and_keeps_public(|site| {
        let en = site.root().join("institutions/alfa/en");
        common::copy_dir(&en, &outside.path().join("en"));
        std::fs::remove_dir_all(&en).unwrap();
        std::os::unix::fs::symlink(outside.path().join("en"), &en).unwrap();
    });
    assert!(stderr.contains("--> institutions/alfa/en"), "{stderr}");
    assert!(
        stderr.contains("symbolic links are not allowed"),
        "{stderr}"
    );
}

#[test]
fn missing_platform_file() {
    let site = TestSite::fixture();
    site.remove("platform.toml");
    let run = site.build(&[]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("error: file not found\n --> platform.toml"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--root DIR"), "{}", run.stderr);
    assert!(
        !site.public().exists(),
        "no output without a successful build"
    );
}

/// The one problem of a build whose output must say nothing else.
fn only_problem(stderr: &str) {
    assert!(
        stderr.contains("error: the build found 1 problem; nothing was published"),
        "one problem, alone: {stderr}"
    );
}

#[test]
fn terminal_escapes_are_refused_and_never_echoed() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(
            ALFA,
            "address = \"Alfas iela 1, Rīga, LV-1001\"",
            "address = \"TODO \u{1b}]0;PWNED\u{7}\u{1b}[2K\r fake: built 8 pages OK\"",
        );
    });
    assert!(
        !stderr.contains(['\u{1b}', '\u{7}', '\r']),
        "raw control characters reached the terminal: {stderr:?}"
    );
    assert!(
        stderr.contains("error: the text holds a terminal escape character (ESC) (U+001B)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/institution.toml:4:"),
        "{stderr}"
    );
    assert!(
        stderr.contains(r"TODO \u{1b}]0;PWNED\u{7}\u{1b}[2K\u{d} fake"),
        "the line is quoted with the escapes made visible: {stderr}"
    );
    assert!(stderr.contains("hint: delete it"), "{stderr}");
    only_problem(&stderr);
}

#[test]
fn nul_in_markdown_is_refused_at_its_line() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(
            "institutions/alfa/en/security.md",
            "More.",
            "More.\u{0}<script>",
        );
    });
    assert!(stderr.contains("a NUL character (U+0000)"), "{stderr}");
    assert!(
        stderr.contains("--> institutions/alfa/en/security.md:11:6"),
        "{stderr}"
    );
    only_problem(&stderr);
}

#[test]
fn private_use_and_bidirectional_overrides_are_refused() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(
            ALFA,
            "website = \"https://www.alfa.example.lv\"",
            "website = \"https://www.alfa.example.lv/\u{F8F0}12\u{F8F1}\"",
        );
        site.edit(
            "institutions/alfa/lv/intro.md",
            "Alfa intro lv.",
            "Alfa \u{202E}vl ortni afla.",
        );
    });
    assert!(
        stderr.contains("a private-use character (U+F8F0) (and 1 more such character"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/institution.toml:2:"),
        "{stderr}"
    );
    assert!(
        stderr.contains("a bidirectional text override (U+202E)"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/lv/intro.md:8:6"),
        "{stderr}"
    );
    assert!(!stderr.contains(['\u{F8F0}', '\u{202E}']), "{stderr}");
}

#[test]
fn invalid_utf8_is_reported_at_its_byte_and_line_alone() {
    let stderr = fails_and_keeps_public(|site| {
        let path = site.root().join("institutions/alfa/lv/security.md");
        let mut bytes = std::fs::read(&path).unwrap();
        let at = bytes.len() - 2;
        bytes.insert(at, 0xE9);
        std::fs::write(&path, &bytes).unwrap();
    });
    assert!(
        stderr.contains("the file is not UTF-8 text: byte "),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/lv/security.md:"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("exists in"),
        "no missing translation for a file that exists: {stderr}"
    );
    only_problem(&stderr);
}

#[cfg(unix)]
#[test]
fn a_named_pipe_is_named_as_such() {
    let stderr = fails_and_keeps_public(|site| {
        site.remove("institutions/alfa/institution.toml");
        let made = std::process::Command::new("mkfifo")
            .arg(site.root().join("institutions/alfa/institution.toml"))
            .status()
            .unwrap();
        assert!(made.success());
    });
    assert!(
        stderr.contains("expected a file, found a named pipe (FIFO)"),
        "{stderr}"
    );
    assert!(!stderr.contains("folder"), "{stderr}");
}

#[test]
fn a_date_out_of_range_is_refused() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(ALFA, "updated = 2026-02-01", "updated = 0000-01-01");
    });
    assert!(
        stderr.contains("the date 0000-01-01 is out of range"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/institution.toml:1:"),
        "{stderr}"
    );
    assert!(stderr.contains("hint: write the date as"), "{stderr}");
}

#[test]
fn a_slug_must_start_with_a_letter_or_digit() {
    let stderr = fails_and_keeps_public(|site| {
        site.write("institutions/-/institution.toml", &site.read(ALFA));
    });
    assert!(
        stderr.contains("`-` is not a valid slug: it must start with a letter or a digit"),
        "{stderr}"
    );
    assert!(stderr.contains("--> institutions/-"), "{stderr}");
}

#[test]
fn a_careless_paste_gives_a_short_report() {
    let stderr = fails_and_keeps_public(|site| {
        // 3,000 markers: a longer line is refused whole (16,000 characters, src/limits.rs).
        let line = "TODO ".repeat(3_000);
        site.edit(
            "institutions/alfa/en/security.md",
            "More.",
            &format!("More.\n\n{line}"),
        );
    });
    assert!(stderr.len() < 20_000, "{} bytes of errors", stderr.len());
    assert!(
        stderr.contains("more like this in institutions/alfa/en/security.md"),
        "{stderr}"
    );
    assert!(
        stderr.contains("--> institutions/alfa/en/security.md:13:"),
        "{stderr}"
    );
}

#[test]
fn favicon_missing_from_the_theme_names_the_files_it_has() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(
            "platform.toml",
            "favicon = \"favicon.svg\"",
            "favicon = \"favicon.ico\"",
        );
    });
    assert!(
        stderr.contains("error: the theme has no file `favicon.ico` for the favicon"),
        "{stderr}"
    );
    assert!(stderr.contains("--> platform.toml:8:11"), "{stderr}");
    assert!(stderr.contains("favicon.svg, style.css"), "{stderr}");
}

/// Institutions are loaded one at a time while their pages are built; a broken platform
/// stops the build before any is, yet the institutions' own mistakes are reported in the
/// same run.
#[test]
fn platform_and_institution_mistakes_come_in_one_run() {
    let stderr = fails_and_keeps_public(|site| {
        site.edit(
            "platform.toml",
            "theme = \"default\"",
            "theme = \"default\"\ncolour = \"blue\"",
        );
        site.edit(ALFA, "phone = \"67000001\"", "phone = \"67000001");
    });
    assert!(stderr.contains("--> platform.toml:4:1"), "{stderr}");
    assert!(
        stderr.contains("--> institutions/alfa/institution.toml:6:"),
        "{stderr}"
    );
}

/// Every institution is loaded even when another fails: two broken ones, two errors.
#[test]
fn every_institutions_mistakes_come_in_one_run() {
    let stderr = fails_and_keeps_public(|site| {
        let alfa = site.root().join("institutions/alfa");
        common::copy_dir(&alfa, &site.root().join("institutions/beta"));
        site.edit(
            "institutions/beta/institution.toml",
            "website = \"https://www.alfa.example.lv\"",
            "website = \"https://www.beta.example.lv\"",
        );
        site.edit(ALFA, "phone = \"67000001\"", "phone = \"67000001");
        site.edit(
            "institutions/beta/institution.toml",
            "phone = \"67000001\"",
            "phone = \"67000001",
        );
    });
    for slug in ["alfa", "beta"] {
        assert!(
            stderr.contains(&format!("--> institutions/{slug}/institution.toml:6:")),
            "{stderr}"
        );
    }
}

/// A folder copied as a start ("make ours like Alfa's"): each value that is the original's
/// own is one error in the copy, at its line, naming where it came from; the original is
/// not blamed, and the copy is reported once, not once per page or per pair.
#[test]
fn a_copied_folder_names_each_copied_value_once_in_the_copy() {
    let stderr = fails_and_keeps_public(|site| {
        let alfa = site.root().join("institutions/alfa");
        for copy in ["beta", "gamma"] {
            common::copy_dir(&alfa, &site.root().join("institutions").join(copy));
        }
    });
    assert!(
        !stderr.contains("--> institutions/alfa/"),
        "the original is blamed:\n{stderr}"
    );
    for copy in ["beta", "gamma"] {
        let file = format!("institutions/{copy}/institution.toml");
        for (line, what) in [(2, "canonical URL"), (3, "registration number")] {
            let at = format!("--> {file}:{line}:");
            assert_eq!(
                stderr.matches(&at).count(),
                1,
                "{what} of {copy}:\n{stderr}"
            );
        }
    }
    assert_eq!(
        stderr
            .matches("is already that of institution `alfa`")
            .count(),
        2,
        "{stderr}"
    );
    assert_eq!(
        stderr
            .matches("error: the registration number 90000000014 is institution `alfa`'s")
            .count(),
        2,
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: a folder copied from institutions/alfa/ keeps its values: write your own institution's website here"),
        "{stderr}"
    );
    assert!(
        stderr.contains("write your own institution's number from the register of state institutions (11 digits)"),
        "{stderr}"
    );
}

/// A copied folder brings the original's release record: one error for the folder, saying
/// whose it is and to delete it (not one per version, not the ledger's machine words).
#[test]
fn a_copied_release_record_is_one_error_saying_to_delete_it() {
    let site = TestSite::fixture_named("versions");
    let alfa = site.root().join("institutions/alfa");
    common::copy_dir(&alfa, &site.root().join("institutions/beta"));
    let run = site.build(&[]);
    assert!(!run.success, "a copied record was accepted");
    let stderr = &run.stderr;
    assert_eq!(
        stderr.matches("error: institutions/beta/versions is a copy of the release record institutions/alfa/versions").count(),
        1,
        "{stderr}"
    );
    assert!(
        stderr.contains("hint: delete institutions/beta/versions: this page's versions begin with its first `privatums release --only beta`"),
        "{stderr}"
    );
    assert!(!stderr.contains("is not in the ledger"), "{stderr}");
    assert!(!site.public().exists(), "nothing was published");
    // Deleted as told, what is left are the copied values the editor must change.
    std::fs::remove_dir_all(site.root().join("institutions/beta/versions")).unwrap();
    let run = site.build(&[]);
    assert!(!run.stderr.contains("release record"), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("--> institutions/beta/institution.toml:2:"),
        "{}",
        run.stderr
    );
}
