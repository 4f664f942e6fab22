//! What privatums says when the command line is wrong (clap's usage errors) and when the
//! operating system refuses a file, in the reader's language: no English of clap's or the
//! OS's is left in a Latvian answer.

mod common;

use common::TestSite;

const LATVIAN: &str = "lv_LV.UTF-8";
const ENGLISH: &str = "C.UTF-8";

struct Answer {
    code: Option<i32>,
    stdout: String,
    stderr: String,
}

/// `privatums <args…>` with `LANG=locale`.
fn privatums_in(locale: &str, args: &[&str]) -> Answer {
    let output = common::privatums_in(locale).args(args).output().unwrap();
    Answer {
        code: output.status.code(),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

/// A usage error: exit code 2 (clap's), said on stderr only, with every one of `said` and,
/// in Latvian, none of clap's English.
fn refused(locale: &str, args: &[&str], said: &[&str]) -> String {
    let answer = privatums_in(locale, args);
    assert_eq!(answer.code, Some(2), "{args:?}:\n{}", answer.stderr);
    assert_eq!(answer.stdout, "", "{args:?}");
    for text in said {
        assert!(
            answer.stderr.contains(text),
            "{args:?}: no {text:?} in:\n{}",
            answer.stderr
        );
    }
    if locale == LATVIAN {
        none_of(CLAP_ENGLISH, &answer.stderr);
    }
    answer.stderr
}

/// clap's English, which a Latvian answer must not hold.
const CLAP_ENGLISH: &[&str] = &[
    "error:",
    "tip:",
    "Usage:",
    "For more information",
    "unrecognized",
    "unexpected argument",
    "invalid value",
    "a value is required",
    "required arguments were not provided",
    "possible values",
    "invalid digit",
];

/// Asserts that `told` holds none of `english`.
fn none_of(english: &[&str], told: &str) {
    for english in english {
        assert!(!told.contains(english), "{english:?} in:\n{told}");
    }
}

#[test]
fn a_mistyped_command_is_named_with_the_command_meant() {
    refused(
        LATVIAN,
        &["biuld"],
        &[
            "kļūda: komandas 'biuld' nav",
            "padoms: ir līdzīga komanda: 'build'",
            "Lietošana: privatums [OPTIONS] <COMMAND>",
            "plašāka informācija: 'privatums --help'",
        ],
    );

    refused(
        ENGLISH,
        &["biuld"],
        &[
            "error: there is no command 'biuld'",
            "hint: a similar command exists: 'build'",
            "Usage: privatums [OPTIONS] <COMMAND>",
            "for more, see 'privatums --help'",
        ],
    );

    // A subcommand's subcommand is named with its command's usage; --lang is heard first.
    let told = refused(
        ENGLISH,
        &["--lang", "lv", "new", "instituton"],
        &[
            "komandas 'instituton' nav",
            "ir līdzīga komanda: 'institution'",
            "Lietošana: privatums new [OPTIONS] <COMMAND>",
            "'privatums new --help'",
        ],
    );
    none_of(CLAP_ENGLISH, &told);
}

#[test]
fn an_unknown_option_is_named_with_the_option_meant() {
    refused(
        LATVIAN,
        &["build", "--onyl", "alfa"],
        &[
            "kļūda: negaidīts arguments '--onyl'",
            "padoms: ir līdzīga opcija: '--only'",
            "Lietošana: privatums build [OPTIONS]",
            "'privatums build --help'",
        ],
    );
    refused(
        ENGLISH,
        &["build", "--onyl", "alfa"],
        &[
            "error: unexpected argument '--onyl'",
            "a similar option exists: '--only'",
            "Usage: privatums build [OPTIONS]",
        ],
    );

    // An option written before its command is pointed to the command named after it.
    refused(
        LATVIAN,
        &["--root", ".", "check"],
        &[
            "negaidīts arguments '--root'",
            "padoms: '--root' ir komandas 'check' opcija: norādiet to aiz komandas",
            "Lietošana: privatums [OPTIONS] <COMMAND>",
        ],
    );
}

#[test]
fn a_value_refused_says_why_in_the_language() {
    refused(
        LATVIAN,
        &["build", "--lang", "xx"],
        &["kļūda: 'xx' nav derīga opcijas '--lang <LANG>' vērtība: norādiet `lv` vai `en`"],
    );
    refused(
        ENGLISH,
        &["build", "--lang=xx"],
        &["error: 'xx' is not a value '--lang <LANG>' takes: use `lv` or `en`"],
    );

    // The standard library's reasons ("invalid digit found in string") are not shown.
    refused(
        LATVIAN,
        &["serve", "--port", "abc"],
        &["'abc' nav derīga opcijas '--port <PORT>' vērtība: ports ir vesels skaitlis no 0 līdz 65535"],
    );
    refused(
        LATVIAN,
        &["serve", "--interface", "localhost:80"],
        &["norādiet IP adresi, piemēram, 127.0.0.1 vai ::1"],
    );

    refused(
        LATVIAN,
        &["check", "--format", "jsn"],
        &[
            "'jsn' nav derīga opcijas '--format <FORMAT>' vērtība",
            "padoms: ir līdzīga vērtība: 'json'",
            "padoms: derīgās vērtības: human, json",
        ],
    );
}

#[test]
fn a_missing_value_or_argument_is_named() {
    refused(
        LATVIAN,
        &["build", "--out"],
        &["kļūda: opcijai '--out <OUT>' vajag vērtību, bet tā nav norādīta"],
    );
    refused(
        LATVIAN,
        &["new", "institution"],
        &[
            "kļūda: trūkst obligātā argumenta: <SLUG>",
            "Lietošana: privatums new institution [OPTIONS] <SLUG>",
        ],
    );
    refused(
        LATVIAN,
        &["build", "--root", "a", "--root", "b"],
        &["kļūda: opciju '--root <ROOT>' var norādīt tikai vienreiz"],
    );
    refused(
        ENGLISH,
        &["new", "institution"],
        &["error: a required argument is missing: <SLUG>"],
    );
}

/// The OS's English for what went wrong with a file.
const OS_ENGLISH: &[&str] = &[
    "os error",
    "Not a directory",
    "No such file",
    "Permission denied",
    "File exists",
];

#[test]
fn the_operating_systems_refusal_is_said_in_the_language_with_the_path() {
    let site = TestSite::fixture();
    site.write("blocker", "a file where the output's folder would be\n");
    let out = site.root().join("blocker/sub/public");
    let out = out.to_str().unwrap();

    let run = site.run_in(LATVIAN, &["build", "--out", out]);
    assert!(!run.success);
    assert!(
        run.stderr
            .contains("kļūda: izvadi neizdevās ierakstīt: daļa ceļa ir fails, nevis mape"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains(&format!("--> {out}")), "{}", run.stderr);
    none_of(OS_ENGLISH, &run.stderr);

    let run = site.run_in(ENGLISH, &["build", "--out", out]);
    assert!(
        run.stderr.contains(
            "error: could not write the output: a part of the path is a file, not a folder"
        ),
        "{}",
        run.stderr
    );

    // Outside a build too: the schemas' folder.
    let schemas = site.root().join("blocker/schemas");
    let answer = privatums_in(LATVIAN, &["schema", "--out", schemas.to_str().unwrap()]);
    assert_eq!(answer.code, Some(1), "{}", answer.stderr);
    assert!(
        answer.stderr.contains(&format!(
            "neizdevās uzrakstīt shēmas mapē {}: daļa ceļa ir fails, nevis mape",
            schemas.display()
        )),
        "{}",
        answer.stderr
    );
    none_of(OS_ENGLISH, &answer.stderr);
}

#[test]
fn a_missing_required_file_is_named_without_the_operating_systems_words() {
    let site = TestSite::fixture();
    site.remove("institutions/alfa/institution.toml");
    let run = site.run_in(LATVIAN, &["build"]);
    assert!(!run.success);
    assert!(
        run.stderr.contains(
            "kļūda: fails nav atrasts\n --> institutions/alfa/institution.toml\n  = padoms: izveidojiet institutions/alfa/institution.toml"
        ),
        "{}",
        run.stderr
    );
    none_of(OS_ENGLISH, &run.stderr);
}
