//! What a privacy page must never carry, checked on the parsed DOM (not on the text, so an
//! escaped `&lt;script&gt;` in prose is fine and an unquoted attribute is still found).

use scraper::Html;

/// Elements that run code, load another document or change where the page's links go.
const ACTIVE: [&str; 12] = [
    "script", "iframe", "frame", "object", "embed", "applet", "form", "base", "style", "svg",
    "math", "template",
];

/// Attributes that hold an address.
const URL_ATTRIBUTES: [&str; 7] = [
    "href",
    "src",
    "srcset",
    "action",
    "formaction",
    "poster",
    "xlink:href",
];

/// Every reason `html` is not inert, empty when it is.
pub fn problems(html: &str) -> Vec<String> {
    let document = Html::parse_document(html);
    let mut found = Vec::new();
    for node in document.tree.nodes() {
        let Some(element) = node.value().as_element() else {
            continue;
        };
        let name = element.name();
        if ACTIVE.contains(&name) {
            found.push(format!("<{name}> element"));
        }
        if name == "meta" && element.attr("http-equiv").is_some() {
            found.push("<meta http-equiv>".to_owned());
        }
        if name == "link"
            && element.attr("rel") != Some("stylesheet")
            // `icon`: the theme's favicon, which must come from the site itself (checked below)
            && !matches!(element.attr("rel"), Some("canonical" | "alternate" | "icon"))
        {
            found.push(format!("<link rel={:?}>", element.attr("rel")));
        }
        for (attribute, value) in element.attrs() {
            let attribute = attribute.to_ascii_lowercase();
            if attribute.starts_with("on") {
                found.push(format!("<{name} {attribute}={value:?}>"));
            }
            if attribute == "style" {
                found.push(format!("<{name} style={value:?}>"));
            }
            if URL_ATTRIBUTES.contains(&attribute.as_str()) {
                let squeezed: String = value
                    .chars()
                    .filter(|c| !c.is_whitespace() && !c.is_control())
                    .collect::<String>()
                    .to_ascii_lowercase();
                for scheme in ["javascript:", "data:", "vbscript:"] {
                    if squeezed.starts_with(scheme) {
                        found.push(format!("<{name} {attribute}={value:?}>"));
                    }
                }
                // Anything a browser fetches by itself must come from the page's own site.
                let fetched = attribute != "href" && attribute != "action";
                if fetched && (squeezed.contains("//") || squeezed.contains(':')) {
                    found.push(format!("external <{name} {attribute}={value:?}>"));
                }
            }
        }
        // Media that would load by itself from another site.
        if matches!(
            name,
            "img" | "video" | "audio" | "source" | "track" | "input" | "picture"
        ) && element.attrs().any(|(a, v)| {
            matches!(a, "src" | "srcset" | "poster") && (v.contains("//") || v.contains(':'))
        }) {
            found.push(format!("external <{name}>"));
        }
    }
    found
}

/// Panics with every problem, naming `what` was tried.
pub fn assert_inert(html: &str, what: &str) {
    let problems = problems(html);
    assert!(problems.is_empty(), "{what}: {problems:#?}");
}
