//! A deterministic synthetic platform in privatums' own content format, for the benchmark
//! (`cargo run --release --features bench --bin bench`) and the incremental-build tests
//! (`tests/incremental.rs` includes this file). It lives outside the library, so
//! `cargo build --release` never compiles it.
//!
//! Sizes follow the real platform: a shared policy of about 20 KB per language with a few
//! placeholders (one section about the institution), cookie texts, the SIS and VIS blocks;
//! per institution about 15 KB of Markdown per language in nine files (headings, lists,
//! tables, links, footnotes), 5–10 extra cookies, 3–12 registers with their legal acts,
//! and the SIS/VIS blocks on every tenth institution. The same `n` always gives the same
//! bytes: the text comes from a fixed-seed generator, never from the clock.

use std::fmt::Write as _;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use privatums::model::Language;

/// What [`generate`] wrote.
#[derive(Clone, Debug, Default)]
pub struct Generated {
    pub files: usize,
    pub bytes: u64,
}

/// The folder name of the `index`-th synthetic institution (from 0).
pub fn slug(index: usize) -> String {
    format!("iestade-{index:05}")
}

/// The institution Markdown file the benchmark and tests edit.
pub fn editable_markdown(index: usize) -> PathBuf {
    Path::new("institutions")
        .join(slug(index))
        .join("lv")
        .join("01-ievads.md")
}

/// The shared Markdown file the benchmark edits.
pub fn editable_shared() -> PathBuf {
    PathBuf::from("content/lv/policy/050-drosiba.md")
}

/// Writes a platform of `n` institutions into `root` (which should be empty), copying the
/// theme folders from `themes` (the repository's `themes/`).
pub fn generate(root: &Path, n: usize, themes: &Path) -> io::Result<Generated> {
    let mut out = Writer {
        root: root.to_path_buf(),
        generated: Generated::default(),
    };
    copy_dir(themes, &root.join("themes"), &mut out.generated)?;
    out.write("platform.toml", &platform_toml())?;
    for language in Language::ALL {
        shared_content(&mut out, language)?;
    }
    for index in 0..n {
        institution(&mut out, index)?;
    }
    Ok(out.generated)
}

struct Writer {
    root: PathBuf,
    generated: Generated,
}

impl Writer {
    fn write(&mut self, relative: impl AsRef<Path>, text: &str) -> io::Result<()> {
        let path = self.root.join(relative);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent)?;
        }
        fs::write(path, text)?;
        self.generated.files += 1;
        self.generated.bytes += text.len() as u64;
        Ok(())
    }
}

fn copy_dir(from: &Path, to: &Path, generated: &mut Generated) -> io::Result<()> {
    fs::create_dir_all(to)?;
    let mut entries: Vec<_> = fs::read_dir(from)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target, generated)?;
        } else {
            generated.bytes += fs::copy(entry.path(), target)?;
            generated.files += 1;
        }
    }
    Ok(())
}

/// SplitMix64: small, fast and the same everywhere.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }

    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: usize, high: usize) -> usize {
        low + (self.next() % (high - low + 1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.range(0, items.len() - 1)]
    }
}

const LV_WORDS: &[&str] = &[
    "personas",
    "dati",
    "apstrāde",
    "iestāde",
    "pārzinis",
    "datu",
    "subjekts",
    "tiesības",
    "pienākums",
    "informācija",
    "normatīvie",
    "akti",
    "drošība",
    "glabāšana",
    "termiņš",
    "pieprasījums",
    "iesniegums",
    "sistēma",
    "reģistrs",
    "kontaktinformācija",
    "pakalpojums",
    "sabiedrības",
    "interesēs",
    "likumīgi",
    "nodrošina",
    "izvērtē",
    "saskaņā",
    "ar",
    "un",
    "vai",
    "kā",
    "arī",
    "tiek",
    "ir",
    "kurus",
    "apstrādā",
    "valsts",
    "pārvalde",
    "darbinieki",
    "piekļuve",
    "tehniskie",
    "organizatoriskie",
    "pasākumi",
    "aizsardzība",
    "mērķis",
    "nolūks",
    "saņēmēji",
    "ierobežota",
    "elektroniski",
    "papīra",
    "formā",
    "gadījumā",
    "ja",
    "pēc",
    "noteiktajā",
    "kārtībā",
    "Eiropas",
    "Savienības",
    "regula",
    "vispārīgā",
    "ģimenes",
    "ārstniecības",
    "izglītības",
    "sociālās",
    "palīdzības",
];

const EN_WORDS: &[&str] = &[
    "personal",
    "data",
    "processing",
    "institution",
    "controller",
    "subject",
    "rights",
    "obligation",
    "information",
    "laws",
    "regulations",
    "security",
    "storage",
    "period",
    "request",
    "application",
    "system",
    "register",
    "contact",
    "service",
    "public",
    "interest",
    "lawfully",
    "ensures",
    "assesses",
    "in",
    "accordance",
    "with",
    "and",
    "or",
    "as",
    "well",
    "is",
    "are",
    "which",
    "processes",
    "state",
    "administration",
    "employees",
    "access",
    "technical",
    "organisational",
    "measures",
    "protection",
    "aim",
    "purpose",
    "recipients",
    "restricted",
    "electronically",
    "paper",
    "form",
    "case",
    "if",
    "after",
    "the",
    "prescribed",
    "procedure",
    "European",
    "Union",
    "regulation",
    "general",
    "family",
    "medical",
    "education",
    "social",
    "assistance",
];

fn words(language: Language) -> &'static [&'static str] {
    match language {
        Language::Lv => LV_WORDS,
        Language::En => EN_WORDS,
    }
}

fn sentence(rng: &mut Rng, language: Language, out: &mut String) {
    let count = rng.range(8, 20);
    for i in 0..count {
        let word = rng.pick(words(language));
        if i == 0 {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push(' ');
            match rng.range(0, 40) {
                0 => {
                    let _ = write!(out, "**{word}**");
                }
                1 => {
                    let _ = write!(out, "*{word}*");
                }
                2 => {
                    let _ = write!(
                        out,
                        "[{word}](https://likumi.lv/ta/id/{})",
                        rng.range(1000, 350_000)
                    );
                }
                3 => {
                    let _ = write!(out, "{word},");
                }
                _ => out.push_str(word),
            }
        }
    }
    out.push('.');
}

fn paragraph(rng: &mut Rng, language: Language, out: &mut String) {
    for i in 0..rng.range(2, 5) {
        if i > 0 {
            out.push(' ');
        }
        sentence(rng, language, out);
    }
    out.push_str("\n\n");
}

fn title(rng: &mut Rng, language: Language) -> String {
    let mut t = String::new();
    sentence(rng, language, &mut t);
    let t: Vec<&str> = t.trim_end_matches('.').split(' ').take(5).collect();
    t.join(" ")
        .replace(['*', '[', ']', ',', '(', ')'], "")
        .split("https")
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// Markdown of about `target` bytes: paragraphs, `###` headings, lists, now and then a
/// table or a footnote.
fn body(rng: &mut Rng, language: Language, target: usize) -> String {
    let mut out = String::with_capacity(target + 512);
    let mut footnotes = 0;
    while out.len() < target {
        match rng.range(0, 9) {
            0 => {
                // A heading may appear once on a page: the number keeps random titles apart.
                let number = rng.next() % 1_000_000;
                let _ = writeln!(out, "### {} {number}\n", title(rng, language));
            }
            1 | 2 => {
                for _ in 0..rng.range(3, 6) {
                    out.push_str("- ");
                    sentence(rng, language, &mut out);
                    out.push('\n');
                }
                out.push('\n');
            }
            3 if rng.range(0, 2) == 0 => {
                let (a, b, c) = match language {
                    Language::Lv => ("Dati", "Nolūks", "Termiņš"),
                    Language::En => ("Data", "Purpose", "Period"),
                };
                let _ = writeln!(out, "| {a} | {b} | {c} |\n|---|---|---|");
                for _ in 0..rng.range(2, 5) {
                    let _ = writeln!(
                        out,
                        "| {} | {} {} | {} |",
                        rng.pick(words(language)),
                        rng.pick(words(language)),
                        rng.pick(words(language)),
                        rng.range(1, 10)
                    );
                }
                out.push('\n');
            }
            4 if footnotes < 2 => {
                footnotes += 1;
                let mut text = String::new();
                sentence(rng, language, &mut text);
                let _ = write!(out, "{text}[^{footnotes}]\n\n[^{footnotes}]: ");
                sentence(rng, language, &mut out);
                out.push_str("\n\n");
            }
            _ => paragraph(rng, language, &mut out),
        }
    }
    out
}

fn localized(lv: &str, en: &str) -> String {
    format!("{{ lv = {}, en = {} }}", quote(lv), quote(en))
}

fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

fn both(rng: &mut Rng, low: usize, high: usize) -> String {
    both_ending(rng, low, high, "")
}

/// Like [`both`], each language's text followed by `ending`.
fn both_ending(rng: &mut Rng, low: usize, high: usize, ending: &str) -> String {
    let count = rng.range(low, high);
    let seed = rng.next();
    let text = |language| {
        let mut r = Rng::new(seed);
        let mut out = String::new();
        for _ in 0..count {
            out.push_str(rng_words(&mut r, language));
            out.push(' ');
        }
        format!("{}{ending}", out.trim_end())
    };
    let (lv, en) = (text(Language::Lv), text(Language::En));
    localized(&capitalise(&lv), &capitalise(&en))
}

fn rng_words(rng: &mut Rng, language: Language) -> &'static str {
    let list = words(language);
    list[rng.range(0, list.len() - 1)]
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn platform_toml() -> String {
    let mut t = String::from(
        r#"# A synthetic platform generated by privatums::synthetic for the benchmark.
base_url = "https://privatums.example.gov.lv"
theme = "default"
languages = ["lv", "en"]
published = 2026-11-22

name = { lv = "Tīmekļvietņu vienotā platforma", en = "Unified Website Platform" }
page_path = { lv = "privatuma-politika", en = "privacy-policy" }
favicon = "favicon.svg"
accessibility_statement = { lv = "https://www.mk.gov.lv/lv/piekluestamibas-pazinojums", en = "https://www.mk.gov.lv/en/accessibility-statement" }

[controller]
name = { lv = "Valsts kanceleja", en = "State Chancellery" }
short_name = "VK"
email = "pasts@mk.gov.lv"
website = "https://www.mk.gov.lv"

[controller.responsible_person]
name = "Aldis Apsītis"
position = { lv = "par personas datu apstrādi atbildīgais speciālists", en = "specialist responsible for personal data processing" }
email = "aldis.apsitis@mk.gov.lv"

[[processors]]
role = { lv = "platformas uzturētājs", en = "platform maintainer" }
name = { lv = "Valsts digitālās attīstības aģentūra", en = "State Digital Development Agency" }
short_name = "VDAA"

[[processors]]
role = { lv = "tīmekļa mitinātājs", en = "web host" }
name = { lv = "Iekšlietu ministrijas informācijas centrs", en = "Information Centre of the Ministry of the Interior" }
short_name = "IeMIC"

[supervisory_authority]
name = { lv = "Datu valsts inspekcija", en = "Data State Inspectorate" }
address = "Elijas iela 17, Rīga, LV-1050"
email = "pasts@dvi.gov.lv"
phone = "67223131"
website = "https://www.dvi.gov.lv"

[[cookie_settings_links]]
name = "Mozilla Firefox"
url = "https://support.mozilla.org/en-US/kb/cookies-information-websites-store-on-your-computer"

[[cookie_settings_links]]
name = "Google Chrome"
url = "https://support.google.com/chrome/answer/95647"

[[cookie_settings_links]]
name = "Apple Safari"
url = { lv = "https://support.apple.com/lv-lv/guide/safari/sfri11471/mac", en = "https://support.apple.com/en-gb/guide/safari/sfri11471/mac" }

[[cookie_settings_links]]
name = "Microsoft Edge"
url = "https://support.microsoft.com/en-us/microsoft-edge/delete-cookies-in-microsoft-edge-63947406-40ac-c3b8-57b9-2a946a29ae09"
"#,
    );
    let cookies = [
        ("SESS<ID>", "necessary", "sesija", "session"),
        ("cookie-agreed", "necessary", "100 dienas", "100 days"),
        ("_ga", "analytics", "2 gadi", "2 years"),
        ("_ga_<ID>", "analytics", "2 gadi", "2 years"),
        ("__cf_bm", "necessary", "30 minūtes", "30 minutes"),
        ("NID", "embedded-content", "6 mēneši", "6 months"),
    ];
    let mut rng = Rng::new(7);
    for (name, category, lv, en) in cookies {
        let _ = write!(
            t,
            "\n[[cookies]]\nname = {}\ncategory = \"{category}\"\npurpose = {}\nprovider = \"Google\"\nexpiry = {}\n",
            quote(name),
            both(&mut rng, 4, 9),
            localized(lv, en)
        );
    }
    t
}

fn shared_content(out: &mut Writer, language: Language) -> io::Result<()> {
    let code = language.code();
    let dir = PathBuf::from("content").join(code);
    // Twelve policy sections, ~20 KB together. Some use platform placeholders; one
    // speaks about the institution, as the real contacts section does.
    let names = [
        "010-ievads",
        "020-parzinis",
        "030-noluki",
        "040-darbinieki",
        "050-drosiba",
        "060-apjoms",
        "070-piekrisana",
        "080-dati",
        "090-glabasana",
        "100-izpausana",
        "110-kontakti",
        "120-uzraudziba",
    ];
    for (i, name) in names.iter().enumerate() {
        let mut rng = Rng::new(1000 + i as u64 * 2 + language as u64);
        let id = format!(
            "platform-{}",
            name.split_once('-').map_or(*name, |(_, n)| n)
        );
        let id = slug::slugify(id);
        let mut text = format!(
            "+++\nid = \"{id}\"\ntitle = {}\norder = {}\n+++\n\n",
            quote(&title(&mut rng, language)),
            (i + 1) * 10
        );
        text.push_str(&body(&mut rng, language, 1350));
        match i {
            1 => text.push_str(
                "{{ platform.controller.name }} ({{ platform.controller.short_name }}), [{{ platform.controller.email }}](mailto:{{ platform.controller.email }}).\n",
            ),
            10 => text.push_str(
                "[{{ platform.controller.responsible_person.email }}](mailto:{{ platform.controller.responsible_person.email }})\n\n{% if institution.website_responsible %}\n[{{ institution.website_host }}]({{ institution.website }}): {{ institution.website_responsible.name }}, {{ institution.website_responsible.position }}, [{{ institution.website_responsible.email }}](mailto:{{ institution.website_responsible.email }}).\n{% endif %}\n",
            ),
            11 => text.push_str(
                "{{ platform.supervisory_authority.name }}, {{ platform.supervisory_authority.address }}, [{{ platform.supervisory_authority.website_host }}]({{ platform.supervisory_authority.website }}).\n",
            ),
            _ => {}
        }
        out.write(dir.join("policy").join(format!("{name}.md")), &text)?;
    }
    let mut rng = Rng::new(2000 + language as u64);
    let (cookies_title, settings_title) = match language {
        Language::Lv => ("Sīkdatnes", "Sīkdatņu iestatījumi"),
        Language::En => ("Cookies", "Cookie settings"),
    };
    out.write(
        dir.join("cookies.md"),
        &format!(
            "+++\nid = \"cookies\"\ntitle = \"{cookies_title}\"\n+++\n\n{}",
            body(&mut rng, language, 2300)
        ),
    )?;
    out.write(
        dir.join("cookie-settings.md"),
        &format!(
            "+++\nid = \"cookie-settings\"\ntitle = \"{settings_title}\"\n+++\n\n{}",
            body(&mut rng, language, 450)
        ),
    )?;
    for category in [
        "necessary",
        "analytics",
        "social-networks",
        "embedded-content",
    ] {
        out.write(
            dir.join("cookie-categories").join(format!("{category}.md")),
            &format!(
                "+++\ntitle = {}\n+++\n\n{}",
                quote(&title(&mut rng, language)),
                body(&mut rng, language, 600)
            ),
        )?;
    }
    for (id, size, name) in [
        ("sis", 10_000, "Šengenas informācijas sistēma (SIS)"),
        ("vis", 7_000, "Vīzu informācijas sistēma (VIS)"),
    ] {
        // Seeded by the id's letters, so SIS and VIS differ as real blocks do (`check`
        // reports paragraphs repeated between blocks).
        let seed: u64 = id.bytes().map(u64::from).sum();
        let mut rng = Rng::new(3000 + seed * 2 + language as u64);
        let mut text = format!(
            "+++\nid = \"{id}\"\ntitle = \"{name}\"\nparameters = [\"authority\"]\ncovers = [\"13(1)(c)\", \"14(1)(d)\", \"13(1)(e)\", \"13(2)(a)\", \"13(2)(b)\", \"13(2)(d)\"]\n+++\n\n"
        );
        text.push_str(&body(&mut rng, language, size / 2));
        text.push_str("- {{ block.authority }}\n\n");
        text.push_str(&body(&mut rng, language, size / 2));
        text.push_str("{{ platform.supervisory_authority.name }}, [{{ platform.supervisory_authority.email }}](mailto:{{ platform.supervisory_authority.email }})\n");
        out.write(dir.join("blocks").join(format!("{id}.md")), &text)?;
    }
    Ok(())
}

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

fn institution(out: &mut Writer, index: usize) -> io::Result<()> {
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
    for purpose in 0..rng.range(3, 8) {
        let first = rng.range(0, 3);
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
    ] {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_n_gives_the_same_bytes() {
        let themes = Path::new(env!("CARGO_MANIFEST_DIR")).join("themes");
        let (a, b) = (tempfile::tempdir().unwrap(), tempfile::tempdir().unwrap());
        let first = generate(a.path(), 3, &themes).unwrap();
        let second = generate(b.path(), 3, &themes).unwrap();
        assert_eq!(first.bytes, second.bytes);
        for file in [
            PathBuf::from("platform.toml"),
            editable_markdown(2),
            editable_shared(),
        ] {
            assert_eq!(
                fs::read(a.path().join(&file)).unwrap(),
                fs::read(b.path().join(&file)).unwrap()
            );
        }
    }
}
