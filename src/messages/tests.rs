use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use super::*;

/// Each message id of a catalogue with the `$variables` its text uses.
fn catalogue(source: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut messages: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in source.lines() {
        let starts_message = line.starts_with(|c: char| c.is_ascii_lowercase());
        if starts_message {
            let id = line.split('=').next().unwrap_or_default().trim().to_owned();
            assert!(
                messages.insert(id.clone(), BTreeSet::new()).is_none(),
                "`{id}` is defined twice"
            );
            current = Some(id);
        } else if line.starts_with('#') || line.trim().is_empty() {
            continue;
        }
        if let Some(id) = &current {
            let variables = messages.get_mut(id).expect("inserted above");
            for (i, _) in line.match_indices('$') {
                let name: String = line[i + 1..]
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                    .collect();
                variables.insert(name);
            }
        }
    }
    messages
}

/// The ids the code uses: every `msg!("id"` in `src/`, outside comments and this file.
fn used_ids(folder: &Path, ids: &mut BTreeMap<String, String>) {
    for entry in std::fs::read_dir(folder).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            used_ids(&path, ids);
        } else if path.extension().is_some_and(|e| e == "rs")
            && !path.ends_with("messages/tests.rs")
        {
            let source = std::fs::read_to_string(&path).unwrap();
            let code: Vec<&str> = source
                .lines()
                .filter(|l| !l.trim_start().starts_with("//"))
                .collect();
            let code = code.join("\n");
            for (i, _) in code.match_indices("msg!(") {
                let rest = code[i + 5..].trim_start();
                if let Some(id) = rest.strip_prefix('"').and_then(|r| r.split('"').next()) {
                    ids.insert(id.to_owned(), path.display().to_string());
                }
            }
        }
    }
}

#[test]
fn the_catalogues_parse() {
    for (language, source) in CATALOGUES {
        if let Err((_, errors)) = FluentResource::try_new(source.to_owned()) {
            panic!("{language:?} catalogue: {errors:?}");
        }
    }
}

#[test]
fn both_catalogues_say_every_message_the_code_uses_and_no_other() {
    let lv = catalogue(CATALOGUES[0].1);
    let en = catalogue(CATALOGUES[1].1);
    let mut used = BTreeMap::new();
    used_ids(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut used,
    );
    assert!(used.len() > 20, "the scan found {} ids", used.len());
    for (id, file) in &used {
        assert!(en.contains_key(id), "`{id}` ({file}) is not in en.ftl");
        assert!(lv.contains_key(id), "`{id}` ({file}) is not in lv.ftl");
    }
    for (name, catalogue) in [("en.ftl", &en), ("lv.ftl", &lv)] {
        for id in catalogue.keys() {
            assert!(used.contains_key(id), "`{id}` in {name} is never used");
        }
    }
    // The same messages in both, each with the same arguments: a variable one language
    // uses and the other doesn't is a sign of a mistranslation. Only a count may be used
    // by one language alone, to choose a plural form the other doesn't need.
    assert_eq!(lv.keys().collect::<Vec<_>>(), en.keys().collect::<Vec<_>>());
    for (id, variables) in &en {
        let differ: Vec<_> = variables.symmetric_difference(&lv[id]).collect();
        assert!(
            differ.iter().all(|v| *v == "count"),
            "`{id}` uses other variables in lv.ftl than in en.ftl: {differ:?}"
        );
    }
}

#[test]
fn a_message_is_said_in_the_language_asked_for() {
    let message = msg!("unknown-key", key = "emial");
    assert_eq!(message.english(), "unknown key `emial`");
    assert_eq!(
        message.in_language(Language::Lv),
        "nezināma atslēga `emial`"
    );
    assert_eq!(message.id(), "unknown-key");
}

#[test]
fn the_locale_chooses_the_language() {
    let locale = |vars: &'static [(&'static str, &'static str)]| {
        language_of_locale(move |name| {
            vars.iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v).to_owned())
        })
    };
    assert_eq!(locale(&[("LANG", "lv_LV.UTF-8")]), Language::Lv);
    assert_eq!(locale(&[("LANG", "lv")]), Language::Lv);
    assert_eq!(locale(&[("LANG", "en_GB.UTF-8")]), Language::En);
    assert_eq!(locale(&[]), Language::En);
    assert_eq!(
        locale(&[("LC_ALL", "C"), ("LANG", "lv_LV.UTF-8")]),
        Language::En
    );
    assert_eq!(
        locale(&[("LC_ALL", ""), ("LC_MESSAGES", "lv_LV"), ("LANG", "C")]),
        Language::Lv
    );
}
