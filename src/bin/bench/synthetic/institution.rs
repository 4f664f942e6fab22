//! One synthetic institution: its `institution.toml` (contacts, purposes, registers,
//! cookies, the SIS/VIS blocks on every tenth) and its own Markdown files in each language.

use std::fmt::Write as _;
use std::io;
use std::path::PathBuf;

use privatums::model::Language;

use super::prose::{body, both, both_ending, localized, quote, title, Rng};
use super::{slug, Writer};

/// The institution's own Markdown files: name, id, title and order (`None` extends a
/// generated section), and size per language.
const OWN_FILES: [(&str, &str, Option<i64>, usize); 9] = [
    ("01-ievads", "introduction", Some(5), 1350),
    ("02-definicijas", "definitions", Some(7), 1700),
    ("03-avoti", "data-sources", Some(35), 1500),
    ("04-glabasana", "retention", None, 1000),
    ("05-drosiba", "security", Some(85), 1900),
    ("06-incidenti", "breach", Some(86), 1350),
    ("07-tiesibas", "rights", None, 1350),
    ("08-pieprasijumi", "request-handling", Some(95), 1700),
    ("09-nobeigums", "final", Some(110), 850),
];

pub(super) fn institution(out: &mut Writer, index: usize) -> io::Result<()> {
    let slug = slug(index);
    let dir = PathBuf::from("institutions").join(&slug);
    let mut rng = Rng::new(10_000 + index as u64);
    out.write(
        dir.join("institution.toml"),
        &institution_toml(&mut rng, index, &slug),
    )?;
    for language in Language::ALL {
        for (position, (file, id, order, size)) in OWN_FILES.into_iter().enumerate() {
            let mut rng = Rng::new((index as u64) << 16 | (position as u64) << 2 | language as u64);
            let front = match order {
                Some(order) => format!(
                    "+++\nid = \"{id}\"\ntitle = {}\norder = {order}\n+++\n\n",
                    quote(&title(&mut rng, language))
                ),
                None => format!("+++\nid = \"{id}\"\n+++\n\n"),
            };
            let text = front + &body(&mut rng, language, size);
            out.write(dir.join(language.code()).join(format!("{file}.md")), &text)?;
        }
    }
    Ok(())
}

/// A registration number unique to `index` whose check digit is right: of two consecutive
/// ten-digit prefixes at most one has no valid last digit.
fn registration_number(index: usize) -> String {
    const WEIGHTS: [u32; 10] = [9, 1, 4, 8, 3, 10, 2, 5, 7, 6];
    (0..2)
        .find_map(|attempt| {
            let prefix = format!("9{:09}", index * 2 + attempt);
            let sum: u32 = prefix
                .bytes()
                .zip(WEIGHTS)
                .map(|(b, w)| u32::from(b - b'0') * w)
                .sum();
            let last = (3 + 11 - sum % 11) % 11;
            (last < 10).then(|| format!("{prefix}{last}"))
        })
        .expect("one of two consecutive prefixes has a check digit")
}

fn institution_toml(rng: &mut Rng, index: usize, slug: &str) -> String {
    let mut t = String::new();
    // Not older than the platform's policy (published 2026-11-22), which `check` warns of.
    let _ = writeln!(t, "updated = 2026-11-22");
    let _ = writeln!(t, "website = \"https://www.{slug}.gov.lv\"");
    let _ = writeln!(
        t,
        "registration_number = \"{}\"",
        registration_number(index)
    );
    let _ = writeln!(
        t,
        "address = \"Brīvības iela {}, Rīga, LV-{:04}\"",
        1 + index % 200,
        1000 + index % 9000
    );
    let _ = writeln!(t, "email = \"pasts@{slug}.gov.lv\"");
    let _ = writeln!(t, "phone = \"67{:06}\"", index % 1_000_000);
    let _ = writeln!(t, "transfers = {}", both(rng, 15, 30));
    let _ = writeln!(t, "legitimate_interests = {}", both(rng, 6, 12));
    let _ = writeln!(t, "statutory_requirement = {}", both(rng, 12, 24));
    let _ = writeln!(t, "automated_decisions = {}", both(rng, 8, 16));
    let _ = writeln!(
        t,
        "name = {}",
        localized(
            &format!("Iestāde Nr. {index}"),
            &format!("Institution No. {index}")
        )
    );
    let _ = writeln!(
        t,
        "short_name = {}",
        localized("Iestāde", "the Institution")
    );
    let _ = write!(
        t,
        "\n[responsible_person]\nname = \"Persona {index}\"\nposition = {}\nemail = \"atbildigais@{slug}.gov.lv\"\n",
        localized("datu aizsardzības speciālists", "data protection specialist")
    );
    let _ = write!(
        t,
        "\n[data_protection_officer]\nemail = \"das@{slug}.gov.lv\"\nname = \"Speciālists {index}\"\nphone = \"67{:06}\"\nnote = {}\n",
        (index + 1) % 1_000_000,
        both(rng, 8, 16)
    );
    let bases = ["a", "b", "c", "e", "f"];
    // Consent or a contract: the page lists portability, as a real institution would.
    let mut portable = false;
    for purpose in 0..rng.range(3, 8) {
        let first = rng.range(0, 3);
        portable |= first < 2;
        // Purposes are headings of the page, so their names must differ.
        let name = both_ending(rng, 2, 4, &format!(" {}", purpose + 1));
        let _ = write!(
            t,
            "\n[[purposes]]\nid = \"purpose-{purpose}\"\nname = {}\ndescription = {}\nlegal_bases = [\"{}\", \"f\"]\ndata_categories = {}\nretention = {}\nsource = {}\n",
            name,
            both(rng, 6, 14),
            bases[first],
            both(rng, 5, 10),
            both(rng, 4, 8),
            both(rng, 3, 8)
        );
    }
    for _ in 0..rng.range(3, 12) {
        let acts: Vec<String> = (0..rng.range(1, 4)).map(|_| both(rng, 4, 10)).collect();
        let _ = write!(
            t,
            "\n[[registers]]\nname = {}\nlegal_acts = [\n  {},\n]\ndata_categories_in_legal_acts = true\n",
            both(rng, 2, 5),
            acts.join(",\n  ")
        );
    }
    let rules: Vec<String> = (0..rng.range(2, 6)).map(|_| both(rng, 8, 16)).collect();
    let _ = write!(
        t,
        "\n[retention]\nintro = {}\nrules = [\n  {},\n]\n",
        both(rng, 6, 12),
        rules.join(",\n  ")
    );
    let categories: Vec<String> = (0..rng.range(2, 6)).map(|_| both(rng, 3, 8)).collect();
    let _ = write!(
        t,
        "\n[recipients]\ncategories = [\n  {},\n]\n",
        categories.join(",\n  ")
    );
    for right in [
        "access",
        "rectification",
        "erasure",
        "restriction",
        "objection",
        "withdraw-consent",
    ]
    .into_iter()
    .chain(portable.then_some("portability"))
    {
        let _ = write!(
            t,
            "\n[[rights]]\nright = \"{right}\"\nexplanation = {}\n",
            both(rng, 8, 20)
        );
    }
    let _ = write!(
        t,
        "\n[requests]\npost = \"Brīvības iela {}, Rīga\"\nemail = \"pasts@{slug}.gov.lv\"\ne_address = true\nin_person = {}\n",
        1 + index % 200,
        both(rng, 4, 8)
    );
    if index.is_multiple_of(10) {
        for block in ["sis", "vis"] {
            let _ = write!(
                t,
                "\n[[blocks]]\nid = \"{block}\"\nparams = {{ authority = {} }}\n",
                localized(
                    &format!("Iestāde Nr. {index}"),
                    &format!("Institution No. {index}")
                )
            );
        }
    }
    let categories = [
        "necessary",
        "analytics",
        "social-networks",
        "embedded-content",
    ];
    for c in 0..rng.range(5, 10) {
        let _ = write!(
            t,
            "\n[[cookies]]\nname = \"{}_{c}\"\ncategory = \"{}\"\npurpose = {}\nprovider = {}\nexpiry = {}\n",
            slug.replace('-', "_"),
            categories[rng.range(0, 3)],
            both(rng, 4, 10),
            localized(&format!("Iestāde Nr. {index}"), &format!("Institution No. {index}")),
            localized(&format!("{} dienas", rng.range(1, 400)), "days")
        );
    }
    t
}
