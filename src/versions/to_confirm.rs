//! What waits for confirmation, in preview. Loading took every value marked `inferred` out
//! of the model, so the page `serve` shows is the page `build` publishes; `serve` adds, under
//! the version line, a box listing each such value (what it would say, where and why it was
//! inferred) and, at the top of the place it would go, a highlighted mark with the value, so
//! the editor and the data protection officer read it where it belongs. `build` adds nothing.

use lol_html::html_content::ContentType;
use lol_html::{element, HtmlRewriter, Settings};
use serde::Serialize;

use crate::diagnostic::Diagnostic;
use crate::model::{Inference, Language};
use crate::msg;
use crate::render::Renderer;

#[derive(Serialize)]
struct Box<'a> {
    title: &'static str,
    intro: &'static str,
    items: &'a [Item],
}

#[derive(Serialize)]
struct Mark<'a> {
    label: &'static str,
    why: &'static str,
    item: &'a Item,
}

#[derive(Serialize)]
struct Item {
    /// Where the value would go on the page, as the page names it.
    place: String,
    /// The anchor it would go under, when the page has one.
    anchor: String,
    value: String,
    reason: String,
}

struct Words {
    title: &'static str,
    intro: &'static str,
    mark: &'static str,
    why: &'static str,
}

const LV: Words = Words {
    title: "Jāapstiprina — nav publicēts",
    intro: "Šīs vērtības ir secinātas, nevis iestādes vārdi (atzīme `inferred` failā institution.toml). Lapa tās nesaka, kamēr iestāde tās neapstiprina un atzīmi noņem.",
    mark: "Jāapstiprina, nav publicēts",
    why: "kāpēc secināts",
};

const EN: Words = Words {
    title: "To confirm — not published",
    intro: "These values are inferred, not the institution's own words (the mark `inferred` in institution.toml). The page does not state them until the institution confirms them and removes the mark.",
    mark: "To confirm, not published",
    why: "why inferred",
};

fn words(language: Language) -> &'static Words {
    match language {
        Language::Lv => &LV,
        Language::En => &EN,
    }
}

/// What the key is called on the page, and the anchor of the place it would go.
fn place(inference: &Inference, language: Language) -> (&'static str, String) {
    let lv = language == Language::Lv;
    let purpose = |name_lv, name_en| {
        let anchor = inference
            .purpose
            .as_ref()
            .map_or_else(|| "purposes".to_owned(), |id| format!("purpose-{id}"));
        (if lv { name_lv } else { name_en }, anchor)
    };
    match inference.key {
        "purposes.legal_bases" => purpose("Tiesiskais pamats", "Legal basis"),
        "purposes.retention" => purpose("Glabāšanas laiks", "Retention"),
        "purposes.data_categories" => {
            purpose("Personas datu kategorijas", "Categories of personal data")
        }
        "purposes.source" => purpose("Datu avots", "Source of the data"),
        "legitimate_interests" => (
            if lv {
                "Leģitīmās intereses"
            } else {
                "Legitimate interests"
            },
            "legal-bases".to_owned(),
        ),
        "statutory_requirement" => (
            if lv {
                "Vai datu sniegšana ir obligāta"
            } else {
                "Whether providing data is required"
            },
            // Its own section is not on the page while the value is withheld.
            "purposes".to_owned(),
        ),
        _ => (
            if lv {
                "Automatizēta lēmumu pieņemšana"
            } else {
                "Automated decision-making"
            },
            "purposes".to_owned(),
        ),
    }
}

/// `html` with the box and the marks, or `None` when nothing waits for confirmation.
pub fn mark(
    renderer: &Renderer,
    inferences: &[Inference],
    language: Language,
    file: &std::path::Path,
    html: &[u8],
) -> Result<Option<Vec<u8>>, Diagnostic> {
    if inferences.is_empty() {
        return Ok(None);
    }
    let w = words(language);
    let items: Vec<Item> = inferences
        .iter()
        .map(|i| {
            let (name, anchor) = place(i, language);
            Item {
                place: name.to_owned(),
                anchor,
                value: i.value.get(language).clone(),
                reason: i.reason.get_ref().clone(),
            }
        })
        .collect();
    let banner = renderer.render_extra(
        "partials/to-confirm.html",
        language,
        &Box {
            title: w.title,
            intro: w.intro,
            items: &items,
        },
    )?;
    let banner = String::from_utf8_lossy(&banner);
    let marks = items
        .iter()
        .map(|item| {
            let mark = Mark {
                label: w.mark,
                why: w.why,
                item,
            };
            let html = renderer.render_extra("partials/inferred-mark.html", language, &mark)?;
            Ok((
                item.anchor.clone(),
                String::from_utf8_lossy(&html).into_owned(),
            ))
        })
        .collect::<Result<Vec<(String, String)>, Diagnostic>>()?;
    let settings = Settings::new()
        .append_element_content_handler(element!("p.version", |el| {
            el.after(&banner, ContentType::Html);
            Ok(())
        }))
        .append_element_content_handler(element!("main [id]", |el| {
            let id = el.get_attribute("id").unwrap_or_default();
            for (_, mark) in marks.iter().filter(|(anchor, _)| *anchor == id) {
                el.prepend(mark, ContentType::Html);
            }
            Ok(())
        }));
    let mut marked = Vec::with_capacity(html.len() + banner.len());
    let mut rewriter = HtmlRewriter::new(settings, |chunk: &[u8]| marked.extend_from_slice(chunk));
    rewriter
        .write(html)
        .and_then(|()| rewriter.end())
        .map_err(|e| Diagnostic::new(file, msg!("draft-not-marked", detail = e.to_string())))?;
    Ok(Some(marked))
}
