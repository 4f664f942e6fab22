//! `bench --zola ZOLA`: the same pages built by Zola 0.22, to compare the work per page.
//!
//! From a synthetic platform (`synthetic/`) this writes a Zola site with one page
//! per institution and language: its Markdown is the page's text in privatums' order (the
//! institution's own sections, the shared policy, the cookie texts, the SIS and VIS blocks
//! when the institution has them), its front matter's `[extra]` is the institution's
//! `institution.toml` in that language, and one Tera template (`ZOLA_PAGE`) renders what
//! privatums' theme renders from that data: the summary, the contents, the controller and
//! officer contacts, the purposes, legal bases, registers, retention, recipients, the cookie
//! tables, the rights and the complaint. Placeholders in shared Markdown (`{{ platform.… }}`,
//! `{{ institution.… }}`, `{{ block.… }}`) are filled in here with Tera, as privatums fills
//! them before rendering Markdown; Zola's Markdown has no placeholders.
//!
//! One file past 400 lines on purpose: it is one translation, privatums' content model into
//! Zola's, read top to bottom beside `zola-page.html`; split, the two halves of each mapping
//! would sit apart.

use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use privatums::model::{CookieCategory, Language, LegalBasis, Right};
use toml::{Table, Value};

mod compare;
pub use compare::compare;

/// Where the template splits the rendered Markdown to insert what it renders from data.
const SLOT: &str = "<!--slot-->";

const CONFIG_TOP: &str = "compile_sass = false\nminify_html = true\nbuild_search_index = false\ngenerate_feeds = false\ngenerate_sitemap = false\ngenerate_robots_txt = false\n";

/// Writes the Zola site for the synthetic platform `site` into `into`; returns its pages.
pub fn write_site(site: &Path, into: &Path) -> io::Result<usize> {
    let platform: Table = read_toml(&site.join("platform.toml"))?;
    let strings: Table = read_toml(&site.join("themes/default/strings.toml"))?;
    let _ = fs::remove_dir_all(into);
    fs::create_dir_all(into.join("content"))?;
    fs::create_dir_all(into.join("templates"))?;
    fs::create_dir_all(into.join("static/assets"))?;
    for asset in ["style.css", "favicon.svg"] {
        fs::copy(
            site.join("themes/default/static").join(asset),
            into.join("static/assets").join(asset),
        )?;
    }
    fs::write(into.join("templates/page.html"), ZOLA_PAGE)?;
    fs::write(into.join("templates/index.html"), "")?;
    fs::write(into.join("content/_index.md"), "+++\nrender = false\n+++\n")?;
    fs::write(
        into.join("config.toml"),
        config(&platform, &strings).map_err(io::Error::other)?,
    )?;

    let mut institutions: Vec<PathBuf> = fs::read_dir(site.join("institutions"))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    institutions.sort();
    let mut pages = 0;
    for language in Language::ALL {
        let shared = Shared::read(site, language)?;
        let platform = with_host(localise(&Value::Table(platform.clone()), language));
        let words = match strings.get(language.code()) {
            Some(Value::Table(words)) => words.clone(),
            _ => Table::new(),
        };
        for folder in &institutions {
            let page = institution_page(folder, language, &platform, &words, &shared)?;
            let slug = folder.file_name().unwrap_or_default().to_string_lossy();
            fs::write(
                into.join("content")
                    .join(format!("{slug}-{}.md", language.code())),
                page,
            )?;
            pages += 1;
        }
    }
    Ok(pages)
}

/// Zola's `config.toml`: no feeds, search index, taxonomies, highlighting, sitemap or
/// robots.txt (privatums writes a sitemap, robots.txt, data files and notices per
/// institution besides the pages: Zola is asked for less, not more); HTML minified, as
/// privatums compacts its pages. `[extra.<lang>]` holds the theme's words and the platform's
/// data.
fn config(platform: &Table, strings: &Table) -> Result<String, toml::ser::Error> {
    let mut extra = Table::new();
    let mut languages = Vec::new();
    for language in Language::ALL {
        let code = language.code();
        let mut words = Table::new();
        words.insert(
            "t".into(),
            strings
                .get(code)
                .cloned()
                .unwrap_or(Value::Table(Table::new())),
        );
        words.insert(
            "platform".into(),
            with_host(localise(&Value::Table(platform.clone()), language)),
        );
        let bases: Table = [
            LegalBasis::A,
            LegalBasis::B,
            LegalBasis::C,
            LegalBasis::D,
            LegalBasis::E,
            LegalBasis::F,
        ]
        .into_iter()
        .map(|b| {
            let mut basis = Table::new();
            basis.insert("words".into(), b.words(language).into());
            basis.insert("citation".into(), b.citation(language).into());
            (b.code().to_owned(), Value::Table(basis))
        })
        .collect();
        words.insert("bases".into(), Value::Table(bases));
        let rights: Table = [
            Right::Access,
            Right::Rectification,
            Right::Erasure,
            Right::Restriction,
            Right::Objection,
            Right::Portability,
            Right::WithdrawConsent,
            Right::AutomatedDecisions,
        ]
        .into_iter()
        .map(|r| {
            let mut right = Table::new();
            right.insert("name".into(), r.name(language).into());
            right.insert("short_name".into(), r.short_name(language).into());
            right.insert("summary".into(), r.summary(language).into());
            (r.code().to_owned(), Value::Table(right))
        })
        .collect();
        words.insert("rights".into(), Value::Table(rights));
        // chrono's locale for the dates, as privatums writes them.
        let locale = match language {
            Language::Lv => "lv_LV",
            Language::En => "en_GB",
        };
        words.insert("locale".into(), locale.into());
        extra.insert(code.into(), Value::Table(words));
        let mut entry = Table::new();
        entry.insert("code".into(), code.into());
        entry.insert("name".into(), language.native_name().into());
        entry.insert(
            "path".into(),
            text_in(platform.get("page_path"), language).into(),
        );
        languages.push(Value::Table(entry));
    }
    extra.insert("languages".into(), Value::Array(languages));
    let mut top = Table::new();
    top.insert(
        "base_url".into(),
        platform
            .get("base_url")
            .cloned()
            .unwrap_or_else(|| "/".into()),
    );
    top.insert(
        "title".into(),
        text_in(platform.get("name"), Language::Lv).into(),
    );
    top.insert("default_language".into(), "lv".into());
    top.insert("extra".into(), Value::Table(extra));
    Ok(format!("{CONFIG_TOP}{}", toml::to_string(&top)?))
}

/// One language's shared Markdown: the policy's sections, the cookie texts, the blocks.
struct Shared {
    policy: Vec<Section>,
    cookies: Section,
    categories: Vec<(CookieCategory, Section)>,
    settings: Section,
    blocks: Vec<(String, Section)>,
}

struct Section {
    front: Table,
    body: String,
}

impl Section {
    fn id(&self) -> &str {
        self.front.get("id").and_then(Value::as_str).unwrap_or("")
    }
    fn title(&self) -> &str {
        self.front
            .get("title")
            .and_then(Value::as_str)
            .unwrap_or("")
    }
}

impl Shared {
    fn read(site: &Path, language: Language) -> io::Result<Shared> {
        let dir = site.join("content").join(language.code());
        let mut policy = markdown_files(&dir.join("policy"))?;
        policy.sort_by_key(|s| s.front.get("order").and_then(Value::as_integer));
        let categories = CookieCategory::ALL
            .into_iter()
            .filter_map(|c| {
                read_section(&dir.join("cookie-categories").join(format!("{}.md", c.id())))
                    .ok()
                    .map(|s| (c, s))
            })
            .collect();
        let blocks = markdown_files(&dir.join("blocks"))?
            .into_iter()
            .map(|s| (s.id().to_owned(), s))
            .collect();
        Ok(Shared {
            policy,
            cookies: read_section(&dir.join("cookies.md"))?,
            categories,
            settings: read_section(&dir.join("cookie-settings.md"))?,
            blocks,
        })
    }
}

/// One page's Markdown file: front matter with the institution's data under `[extra]`, then
/// the text in the page's order, with `SLOT` where the template inserts generated parts.
fn institution_page(
    folder: &Path,
    language: Language,
    platform: &Value,
    words: &Table,
    shared: &Shared,
) -> io::Result<String> {
    let source: Table = read_toml(&folder.join("institution.toml"))?;
    let institution = with_host(localise(&Value::Table(source.clone()), language));
    let code = language.code();
    let path = text_in(platform.get("page_path"), language);
    let name = institution
        .get("name")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let t = |key: &str| {
        words
            .get(key)
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    };
    let context = serde_json::json!({ "platform": platform, "institution": institution });

    let mut own = markdown_files(&folder.join(code))?;
    own.sort_by_key(|s| s.front.get("order").and_then(Value::as_integer));
    let mut text = String::new();
    let mut slots = Vec::new();
    // The institution's part: its own sections, then what extends generated sections.
    text.push_str("<div id=\"part-institution\" class=\"part part-institution\">\n\n");
    text.push_str(&format!(
        "## {name}: {} {{#part-institution-title}}\n\n",
        t("part_institution")
    ));
    for section in own.iter().filter(|s| s.front.contains_key("title")) {
        push_section(&mut text, section, "###", &section.body);
    }
    for section in own.iter().filter(|s| !s.front.contains_key("title")) {
        text.push_str(&section.body);
        text.push_str("\n\n");
    }
    text.push_str(SLOT);
    slots.push("generated".to_owned());
    text.push_str("\n\n</div>\n\n");

    // The platform's part: the shared policy, then the cookies with a table per category.
    text.push_str("<div id=\"part-platform\" class=\"part part-platform\">\n\n");
    text.push_str(&format!(
        "## {} {{#part-platform-title}}\n\n",
        t("part_platform")
    ));
    for section in &shared.policy {
        let body = fill(&section.body, &context);
        push_section(&mut text, section, "###", &body);
    }
    text.push_str("<div id=\"cookies\" class=\"section\">\n\n");
    text.push_str(&format!(
        "### {} {{#cookies-title}}\n\n{}\n\n",
        shared.cookies.title(),
        shared.cookies.body
    ));
    for (category, section) in &shared.categories {
        let id = format!("cookies-{}", category.id());
        text.push_str(&format!(
            "<section id=\"{id}\" class=\"cookie-category\">\n\n#### {} {{#{id}-title}}\n\n{}\n\n{SLOT}",
            section.title(),
            section.body
        ));
        slots.push(format!("cookies:{}", category.id()));
        text.push_str("\n\n</section>\n\n");
    }
    text.push_str(&format!(
        "<section id=\"cookie-settings\" class=\"cookie-settings\">\n\n#### {} {{#cookie-settings-title}}\n\n{}\n\n{SLOT}",
        shared.settings.title(),
        shared.settings.body
    ));
    slots.push("browser-links".to_owned());
    text.push_str("\n\n</section>\n\n</div>\n\n</div>\n\n");

    // The blocks the institution has, with its parameters.
    let chosen: Vec<&Value> = source
        .get("blocks")
        .and_then(Value::as_array)
        .map(|b| b.iter().collect())
        .unwrap_or_default();
    let mut chapters = Vec::new();
    if !chosen.is_empty() {
        text.push_str("<div id=\"part-blocks\" class=\"part part-blocks\">\n\n");
        text.push_str(&format!(
            "## {} {{#part-blocks-title}}\n\n",
            t("part_blocks")
        ));
        for block in chosen {
            let id = block.get("id").and_then(Value::as_str).unwrap_or("");
            let Some((_, section)) = shared.blocks.iter().find(|(b, _)| b == id) else {
                continue;
            };
            let params = block
                .get("params")
                .map(|p| localise(p, language))
                .unwrap_or(Value::Table(Table::new()));
            let context = serde_json::json!({ "platform": platform, "block": params });
            push_section(&mut text, section, "###", &fill(&section.body, &context));
            let mut chapter = Table::new();
            chapter.insert("id".into(), id.into());
            chapter.insert("title".into(), section.title().into());
            chapters.push(Value::Table(chapter));
        }
        text.push_str("</div>\n\n");
    }
    text.push_str(SLOT);
    slots.push("end".to_owned());

    let mut extra = match institution {
        Value::Table(t) => t,
        _ => Table::new(),
    };
    extra.insert("lang".into(), code.into());
    extra.insert("chapters".into(), Value::Array(chapters));
    extra.insert(
        "slots".into(),
        Value::Array(slots.into_iter().map(Value::from).collect()),
    );
    let slug = folder.file_name().unwrap_or_default().to_string_lossy();
    let mut front = Table::new();
    front.insert(
        "title".into(),
        format!("{} — {name}", t("privacy_policy")).into(),
    );
    front.insert("path".into(), format!("{slug}/{code}/{path}").into());
    front.insert("extra".into(), Value::Table(extra));
    let front = toml::to_string(&front).map_err(io::Error::other)?;
    Ok(format!("+++\n{front}+++\n\n{text}"))
}

/// A section as privatums wraps it: a block with the section's id, its heading, its text.
fn push_section(text: &mut String, section: &Section, level: &str, body: &str) {
    let id = section.id();
    text.push_str(&format!(
        "<div id=\"{id}\" class=\"section\">\n\n{level} {} {{#{id}-title}}\n\n{body}\n\n</div>\n\n",
        section.title()
    ));
}

/// Fills the placeholders of shared Markdown with Tera, as privatums does.
fn fill(body: &str, context: &serde_json::Value) -> String {
    if !body.contains("{{") && !body.contains("{%") {
        return body.to_owned();
    }
    let context = tera::Context::from_serialize(context).expect("a context object");
    tera::Tera::one_off(body, &context, false).expect("the shared Markdown's placeholders")
}

/// A value in one language: every table that is exactly `{ lv = …, en = … }` becomes its
/// text in `language`; dates become their ISO text (Zola's front matter has no dates in
/// `[extra]`).
fn localise(value: &Value, language: Language) -> Value {
    match value {
        Value::Table(table) if is_localised(table) => table
            .get(language.code())
            .map(|v| localise(v, language))
            .unwrap_or(Value::String(String::new())),
        Value::Table(table) => Value::Table(
            table
                .iter()
                .map(|(k, v)| (k.clone(), localise(v, language)))
                .collect(),
        ),
        Value::Array(items) => Value::Array(items.iter().map(|v| localise(v, language)).collect()),
        Value::Datetime(date) => Value::String(date.to_string()),
        other => other.clone(),
    }
}

fn is_localised(table: &Table) -> bool {
    table.len() == Language::ALL.len() && Language::ALL.iter().all(|l| table.contains_key(l.code()))
}

/// Adds `website_host` beside every `website`, as privatums' views do.
fn with_host(value: Value) -> Value {
    match value {
        Value::Table(mut table) => {
            let host = table.get("website").and_then(Value::as_str).map(|w| {
                w.trim_start_matches("https://")
                    .trim_start_matches("http://")
                    .trim_end_matches('/')
                    .to_owned()
            });
            for (_, v) in table.iter_mut() {
                *v = with_host(std::mem::replace(v, Value::Boolean(false)));
            }
            if let Some(host) = host {
                table.insert("website_host".into(), host.into());
            }
            Value::Table(table)
        }
        other => other,
    }
}

fn text_in(value: Option<&Value>, language: Language) -> String {
    match value.map(|v| localise(v, language)) {
        Some(Value::String(s)) => s,
        _ => String::new(),
    }
}

fn read_toml(path: &Path) -> io::Result<Table> {
    let text = fs::read_to_string(path)?;
    text.parse::<Table>()
        .map_err(|e| io::Error::other(format!("{}: {e}", path.display())))
}

fn markdown_files(dir: &Path) -> io::Result<Vec<Section>> {
    let mut paths: Vec<PathBuf> = fs::read_dir(dir)?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()?;
    paths.retain(|p| p.extension().is_some_and(|e| e == "md"));
    paths.sort();
    paths.iter().map(|p| read_section(p)).collect()
}

/// A Markdown file with `+++` TOML front matter.
fn read_section(path: &Path) -> io::Result<Section> {
    let text = fs::read_to_string(path)?;
    let rest = text.strip_prefix("+++\n").unwrap_or(&text);
    let (front, body) = rest.split_once("\n+++\n").unwrap_or(("", rest));
    let front = front
        .parse::<Table>()
        .map_err(|e| io::Error::other(format!("{}: {e}", path.display())))?;
    Ok(Section {
        front,
        body: demoted(body.trim()),
    })
}

/// A section's own headings one level down, as privatums renders them under the section's
/// heading (`###` in a file becomes `<h4>`).
fn demoted(body: &str) -> String {
    let mut text = String::with_capacity(body.len() + 64);
    for line in body.lines() {
        if line.starts_with('#') {
            text.push('#');
        }
        text.push_str(line);
        text.push('\n');
    }
    text
}

/// The one template: base.html, page.html and the generated sections of privatums' theme,
/// reading the same data from the page's `[extra]` and the config's `[extra.<lang>]`.
const ZOLA_PAGE: &str = include_str!("zola-page.html");
