//! Markdown → safe HTML. Headings get stable anchors under their section's id, footnotes
//! are numbered per section so two sections can both have a `[^1]`, table headers get
//! `scope`, and the result is sanitised: no script, style, frame, event handler or
//! `javascript:` link survives, whatever the editor wrote.
//!
//! Sanitising (ammonia parses and re-serialises the HTML) is the costliest step, and most
//! Markdown does not need it: without raw HTML, pulldown-cmark writes only its own tags
//! with escaped text and attributes, so what remains to check is each link's address.
//! Such Markdown takes a fast path that gives what ammonia would; anything else — raw
//! HTML, images, aligned table columns, fenced code with a language, a link address that
//! is not plainly safe — goes through ammonia as before.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use crate::load::media::Media;
use pulldown_cmark::{
    Alignment, CodeBlockKind, CowStr, Event, HeadingLevel, LinkType, Parser, Tag, TagEnd,
};

/// The Markdown dialect, the one `load` reads each file's headings and images with.
use crate::load::MARKDOWN_OPTIONS as OPTIONS;

static SANITIZER: LazyLock<ammonia::Builder<'static>> = LazyLock::new(|| {
    let mut builder = ammonia::Builder::default();
    for heading in ["h3", "h4", "h5", "h6"] {
        builder.add_tag_attributes(heading, &["id"]);
    }
    builder
        // No `rel="noopener noreferrer"` on every link (4 KB a page): no link opens a new
        // window (`target` is not allowed), and the page's referrer policy (`<meta
        // name="referrer">` in the theme, `Referrer-Policy` in the deploy headers) keeps
        // the page from being named to the sites it links to.
        .link_rel(None)
        .add_tag_attributes("th", &["scope"])
        .add_tag_attributes("div", &["id"])
        .add_allowed_classes("div", &["footnote-definition"])
        .add_allowed_classes("sup", &["footnote-reference", "footnote-definition-label"])
        // An image is a file of the site (`Images`): an address of another site, whatever
        // wrote it, is dropped, so no visitor's browser is sent there.
        .attribute_filter(|element, attribute, value| {
            let fetched = matches!(attribute, "src" | "srcset" | "poster") || element == "img";
            if fetched && attribute != "alt" && (is_elsewhere(value) || value.starts_with('/')) {
                None
            } else {
                Some(value.into())
            }
        });
    builder
});

/// Whether an address names another site or a scheme rather than a file of this one.
fn is_elsewhere(address: &str) -> bool {
    crate::load::media::is_elsewhere(address)
}

/// The images a section may show: the files its Markdown was loaded with, addressed from
/// the page through `root` (the way up to its site's root, e.g. `../../`).
#[derive(Clone, Copy)]
pub struct Images<'a> {
    pub root: &'a str,
    pub media: &'a [Media],
}

impl Images<'_> {
    /// For Markdown with no image files: any image is shown as its description.
    pub const NONE: Images<'static> = Images {
        root: "",
        media: &[],
    };

    /// The address of an image from the page, if it is one of the section's files.
    fn address(&self, written: &str) -> Option<String> {
        self.media
            .iter()
            .find(|m| m.written == written)
            .map(|m| format!("{}{}", self.root, m.output))
    }
}

/// Renders one section's Markdown. `section_id` prefixes heading anchors and footnotes.
pub fn to_html(markdown: &str, section_id: &str, images: Images) -> String {
    render(markdown, section_id, images).html
}

/// A section's HTML, and whether it is already as compact as minifying would make it
/// (then a page splices it in as is).
pub struct Rendered {
    pub html: String,
    pub compact: bool,
}

pub fn render(markdown: &str, section_id: &str, images: Images) -> Rendered {
    let events: Vec<Event> = Parser::new_ext(markdown, OPTIONS).collect();
    let trusted = events.iter().all(needs_no_sanitising);
    let events = Anchors::new(section_id).apply(with_site_images(events, images));
    let mut html = String::with_capacity(markdown.len() * 3 / 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    if trusted {
        Rendered {
            html: super::compact::compact(&html),
            compact: true,
        }
    } else {
        Rendered {
            html: SANITIZER.clean(&html).to_string(),
            compact: false,
        }
    }
}

/// Each image pointed at its file in the output; an image that is not one of the section's
/// files (loading refuses those, so only text that never went through it) is left as its
/// description, never as an address.
fn with_site_images<'a, 'i>(
    events: Vec<Event<'a>>,
    images: Images<'i>,
) -> impl Iterator<Item = Event<'a>> + use<'a, 'i> {
    let mut dropped = 0usize;
    events.into_iter().filter_map(move |event| match event {
        Event::Start(Tag::Image {
            link_type,
            dest_url,
            title,
            id,
        }) => match images.address(&dest_url) {
            Some(address) if dropped == 0 => Some(Event::Start(Tag::Image {
                link_type,
                dest_url: address.into(),
                title,
                id,
            })),
            _ => {
                dropped += 1;
                None
            }
        },
        Event::End(TagEnd::Image) if dropped > 0 => {
            dropped -= 1;
            None
        }
        other => Some(other),
    })
}

/// Whether pulldown-cmark's HTML for this event is already what sanitising would leave.
fn needs_no_sanitising(event: &Event) -> bool {
    match event {
        Event::Html(_) | Event::InlineHtml(_) => false,
        Event::Start(Tag::Image { .. }) => false,
        Event::Start(Tag::Table(alignments)) => alignments.iter().all(|a| *a == Alignment::None),
        Event::Start(Tag::CodeBlock(CodeBlockKind::Fenced(info))) => info.is_empty(),
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            ..
        }) => *link_type == LinkType::Email || plainly_safe_url(dest_url),
        _ => true,
    }
}

/// An address ammonia keeps as it is: `https:`, `http:`, `mailto:` or `tel:`, or one
/// without a scheme (relative, or `#anchor`), with no blanks or control characters that
/// could hide a scheme. Anything else is left to ammonia.
fn plainly_safe_url(url: &str) -> bool {
    if url.bytes().any(|b| b <= b' ' || b == 0x7f) {
        return false;
    }
    if ["https://", "http://", "mailto:", "tel:"]
        .iter()
        .any(|scheme| url.starts_with(scheme))
    {
        return true;
    }
    let before_path = url.split(['/', '?', '#']).next().unwrap_or("");
    !before_path.contains(':')
}

/// Rewrites the event stream: heading levels and ids, footnote labels, `<th scope>`.
struct Anchors<'s> {
    section_id: &'s str,
    used: HashSet<String>,
    /// Per id, the next number to try for it, so many equal headings cost no more than
    /// different ones.
    next: HashMap<String, usize>,
}

impl<'s> Anchors<'s> {
    fn new(section_id: &'s str) -> Self {
        Anchors {
            section_id,
            used: HashSet::new(),
            next: HashMap::new(),
        }
    }

    fn apply<'a>(mut self, events: impl Iterator<Item = Event<'a>>) -> Vec<Event<'a>> {
        let mut out = Vec::new();
        let mut heading: Option<(HeadingLevel, Vec<Event<'a>>)> = None;
        let mut in_table_head = false;
        for event in events {
            if let Some((level, inner)) = heading.as_mut() {
                if let Event::End(TagEnd::Heading(_)) = event {
                    let level = *level;
                    let inner = std::mem::take(inner);
                    heading = None;
                    self.push_heading(&mut out, level, inner);
                } else {
                    inner.push(self.relabel(event));
                }
                continue;
            }
            match event {
                Event::Start(Tag::Heading { level, .. }) => heading = Some((level, Vec::new())),
                Event::Start(Tag::TableHead) => {
                    in_table_head = true;
                    out.push(event);
                }
                Event::End(TagEnd::TableHead) => {
                    in_table_head = false;
                    out.push(event);
                }
                Event::Start(Tag::TableCell) if in_table_head => {
                    out.push(Event::Html(CowStr::Borrowed("<th scope=\"col\">")))
                }
                Event::End(TagEnd::TableCell) if in_table_head => {
                    out.push(Event::Html(CowStr::Borrowed("</th>")))
                }
                other => out.push(self.relabel(other)),
            }
        }
        out
    }

    /// The page's `<h1>` is its title, `<h2>` its parts and `<h3>` their sections, so
    /// headings inside a section start at `<h4>`.
    fn push_heading<'a>(
        &mut self,
        out: &mut Vec<Event<'a>>,
        level: HeadingLevel,
        inner: Vec<Event<'a>>,
    ) {
        let level = (level as usize).max(4);
        let text: String = inner
            .iter()
            .filter_map(|e| match e {
                Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                _ => None,
            })
            .collect();
        let id = self.unique(&format!("{}--{}", self.section_id, slug::slugify(&text)));
        out.push(Event::Html(CowStr::from(format!("<h{level} id=\"{id}\">"))));
        out.extend(inner);
        out.push(Event::Html(CowStr::from(format!("</h{level}>"))));
    }

    fn unique(&mut self, id: &str) -> String {
        if self.used.insert(id.to_owned()) {
            return id.to_owned();
        }
        let n = self.next.entry(id.to_owned()).or_insert(2);
        loop {
            let candidate = format!("{id}-{n}");
            *n += 1;
            if self.used.insert(candidate.clone()) {
                return candidate;
            }
        }
    }

    /// Footnote labels become `<section>-<label>` so they are unique on the page.
    fn relabel<'a>(&self, event: Event<'a>) -> Event<'a> {
        match event {
            Event::FootnoteReference(label) => {
                Event::FootnoteReference(CowStr::from(format!("{}-{label}", self.section_id)))
            }
            Event::Start(Tag::FootnoteDefinition(label)) => Event::Start(Tag::FootnoteDefinition(
                CowStr::from(format!("{}-{label}", self.section_id)),
            )),
            other => other,
        }
    }
}

#[cfg(test)]
mod tests;
