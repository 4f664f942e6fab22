//! Images in Markdown. A privacy page must not make its visitors' browsers ask another
//! site for anything, so an image is a file of the site, next to (or below) the Markdown
//! file that shows it: read here, size-limited, and copied into the output by the build.
//! An address of another site, or raw HTML that would load something, is an error at its
//! line. Reading the body for its images, this also holds it to the limits on headings,
//! footnotes and images.

use std::path::Path;
use std::sync::Arc;

use pulldown_cmark::{Event, Parser, Tag, TagEnd};

use std::collections::BTreeMap;

use super::{Institution, MarkdownSource, Root, Site};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::messages::Message;
use crate::msg;

use crate::limits::{
    MAX_FOOTNOTES, MAX_HEADINGS, MAX_IMAGES, MAX_IMAGE_BYTES, MAX_REPORTED_PER_FILE,
};

/// An image a Markdown file shows.
#[derive(Clone, Debug)]
pub struct Media {
    /// The address as the Markdown writes it, e.g. `attels.png` or `img/karte.png`.
    pub written: String,
    /// Where it goes in the output, from the root of the page's site (the platform's or the
    /// institution's subtree), e.g. `media/lv/img/karte.png`.
    pub output: String,
    pub bytes: Arc<[u8]>,
}

/// The image formats a browser shows by itself, with how each file starts. SVG is left out:
/// it can hold script, which runs when the file is opened on its own.
const FORMATS: [(&str, &[u8]); 5] = [
    ("png", b"\x89PNG\r\n\x1a\n"),
    ("jpg", b"\xff\xd8\xff"),
    ("jpeg", b"\xff\xd8\xff"),
    ("gif", b"GIF8"),
    ("webp", b"RIFF"),
];

/// The images one site of the output holds, by their path in it: the shared content's, and
/// with `institution` that institution's own.
pub fn in_site<'a>(
    site: &'a Site,
    institution: Option<&'a Institution>,
) -> BTreeMap<&'a str, &'a [u8]> {
    let mut sources: Vec<&MarkdownSource> = Vec::new();
    for content in [&site.content.lv, &site.content.en] {
        sources.extend(content.policy.iter().map(|s| &s.source));
        sources.extend(
            content
                .cookies
                .iter()
                .chain(&content.cookie_settings)
                .map(|t| &t.source),
        );
        sources.extend(content.cookie_categories.iter().map(|c| &c.source));
        sources.extend(content.blocks.iter().map(|b| &b.source));
    }
    if let Some(institution) = institution {
        for sections in [&institution.sections.lv, &institution.sections.en] {
            sources.extend(sections.iter().map(|s| &s.source));
        }
    }
    sources
        .into_iter()
        .flat_map(|source| source.media())
        .map(|m| (m.output.as_str(), &*m.bytes))
        .collect()
}

/// Raw HTML elements that would load something by themselves.
const LOADING_ELEMENTS: [&str; 14] = [
    "img", "image", "picture", "source", "video", "audio", "track", "iframe", "frame", "object",
    "embed", "link", "input", "svg",
];

/// What one reading of a Markdown body finds besides its problems.
pub struct Attached {
    /// The images it shows, read.
    pub media: Vec<Media>,
    /// Its headings' text, each with the byte offset in the body where it starts.
    pub headings: Vec<(String, usize)>,
    /// Its links, for the link checks (`check::text`).
    pub links: Vec<Link>,
}

/// A link written in a Markdown body: where it goes and the byte range of the whole link
/// (`[text](address)`) in the body.
#[derive(Clone, Debug)]
pub struct Link {
    pub dest: String,
    pub span: std::ops::Range<usize>,
}

/// Reads the images `source` shows; every address that is not a file of the site, and raw
/// HTML that would load something, is an error at its line. The same pass holds the body to
/// the limits on headings, footnotes and images (`crate::limits`) and notes its headings'
/// text and its links, so no later stage parses the body for them again.
pub fn attach(root: &Root, source: &MarkdownSource, errors: &mut Diagnostics) -> Option<Attached> {
    let body = source.body();
    let mut media: Vec<Media> = Vec::new();
    let mut titles: Vec<(String, usize)> = Vec::new();
    let mut links: Vec<Link> = Vec::new();
    let mut heading: Option<(String, usize)> = None;
    let mut found = Found::default();
    let (mut headings, mut footnotes, mut images) = (0, 0, 0);
    // An HTML block comes a line at a time: its lines are scanned together, so a tag
    // written over two lines is still seen.
    let mut html_block: Option<(String, usize)> = None;
    let scan_html = |html: &str, at: usize, found: &mut Found| {
        if let Some(element) = loading_element(html) {
            found.push(|| {
                Diagnostic::new(
                    &source.file,
                    msg!("html-loads-elsewhere", element = element.as_str()),
                )
                .at(source.position(at..at + 1))
                .hint(msg!("html-loads-elsewhere-hint"))
            });
        }
    };
    let too_many = |what: &str, limit: usize, at: usize| {
        Diagnostic::new(
            &source.file,
            msg!("too-many-in-file", limit = limit, what = what),
        )
        .at(source.position(at..at + 1))
        .hint(msg!("too-many-in-file-hint"))
    };
    let parser = Parser::new_ext(body, super::markdown::MARKDOWN_OPTIONS);
    for (event, range) in parser.into_offset_iter() {
        if let Event::Html(html) = &event {
            html_block
                .get_or_insert_with(|| (String::new(), range.start))
                .0
                .push_str(html);
            continue;
        }
        if let Some((html, at)) = html_block.take() {
            scan_html(&html, at, &mut found);
        }
        match event {
            Event::Start(Tag::Heading { .. }) => {
                headings += 1;
                if headings == MAX_HEADINGS + 1 {
                    found.push(|| too_many("headings", MAX_HEADINGS, range.start));
                }
                heading = Some((String::new(), range.start));
            }
            Event::Text(text) | Event::Code(text) => {
                if let Some((title, _)) = heading.as_mut() {
                    title.push_str(&text);
                }
            }
            Event::End(TagEnd::Heading(_)) => titles.extend(heading.take()),
            Event::Start(Tag::FootnoteDefinition(_)) => {
                footnotes += 1;
                if footnotes == MAX_FOOTNOTES + 1 {
                    found.push(|| too_many("footnotes", MAX_FOOTNOTES, range.start));
                }
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                images += 1;
                if images == MAX_IMAGES + 1 {
                    found.push(|| too_many("images", MAX_IMAGES, range.start));
                }
                if images > MAX_IMAGES || media.iter().any(|m| m.written == *dest_url) {
                    continue;
                }
                match read_image(root, source, &dest_url) {
                    Ok(image) => media.push(image),
                    Err(e) => found.push(|| e.at(source.position(range))),
                }
            }
            Event::Start(Tag::Link { dest_url, .. }) => links.push(Link {
                dest: dest_url.into_string(),
                span: range,
            }),
            Event::InlineHtml(html) => scan_html(&html, range.start, &mut found),
            _ => {}
        }
    }
    if let Some((html, at)) = html_block.take() {
        scan_html(&html, at, &mut found);
    }
    if found.count > 0 {
        errors.extend(found.finish(&source.file));
        return None;
    }
    Some(Attached {
        media,
        headings: titles,
        links,
    })
}

/// A file's problems: the first `MAX_REPORTED_PER_FILE` in full, the rest only counted —
/// a diagnostic quotes its line, and 100,000 of them would be the runaway they report.
#[derive(Default)]
struct Found {
    shown: Diagnostics,
    count: usize,
}

impl Found {
    fn push(&mut self, make: impl FnOnce() -> Diagnostic) {
        self.count += 1;
        if self.count <= MAX_REPORTED_PER_FILE {
            self.shown.push(make());
        }
    }

    fn finish(mut self, file: &Path) -> Diagnostics {
        if self.count > MAX_REPORTED_PER_FILE {
            self.shown.push(
                Diagnostic::new(
                    file,
                    msg!(
                        "more-problems-in-file",
                        count = self.count - MAX_REPORTED_PER_FILE
                    ),
                )
                .hint(msg!("more-problems-in-file-hint")),
            );
        }
        self.shown
    }
}

/// The first element of `LOADING_ELEMENTS` a piece of raw HTML opens, found by lol_html's
/// tokenizer rather than by searching the text.
fn loading_element(html: &str) -> Option<String> {
    let found = std::cell::RefCell::new(None);
    let settings =
        lol_html::Settings::new().append_element_content_handler(lol_html::element!("*", |el| {
            let name = el.tag_name();
            let mut found = found.borrow_mut();
            if found.is_none() && LOADING_ELEMENTS.contains(&name.as_str()) {
                *found = Some(name);
            }
            Ok(())
        }));
    let mut rewriter = lol_html::HtmlRewriter::new(settings, |_: &[u8]| {});
    // A fragment that does not parse loads nothing: the sanitiser still cleans it.
    let _ = rewriter
        .write(html.as_bytes())
        .and_then(|()| rewriter.end());
    found.into_inner()
}

/// An image address: a plain relative path below the Markdown file's folder, to a file of
/// a known format within the size limit.
fn read_image(root: &Root, source: &MarkdownSource, written: &str) -> Result<Media, Diagnostic> {
    let diagnostic =
        |message: Message, hint: Message| Diagnostic::new(&source.file, message).hint(hint);
    if is_elsewhere(written) {
        return Err(diagnostic(
            msg!("image-elsewhere", image = written),
            msg!("image-elsewhere-hint"),
        ));
    }
    if !is_plain_path(written) {
        return Err(diagnostic(
            msg!("image-name-not-plain", image = written),
            msg!("image-name-not-plain-hint"),
        ));
    }
    let extension = written
        .rsplit('.')
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    let Some((_, signature)) = FORMATS.iter().find(|(e, _)| *e == extension) else {
        return Err(diagnostic(
            msg!("image-format-unknown", image = written),
            msg!("image-format-unknown-hint"),
        ));
    };
    let folder = source.file.parent().unwrap_or(Path::new(""));
    let path = folder.join(written);
    let too_big = |size: u64| {
        diagnostic(
            msg!(
                "image-too-big",
                image = written,
                size = size.div_ceil(1024),
                limit = MAX_IMAGE_BYTES / 1024
            ),
            msg!("image-too-big-hint"),
        )
    };
    match root.size(&path) {
        Some(size) if size > MAX_IMAGE_BYTES => return Err(too_big(size)),
        Some(_) => {}
        None => {
            return Err(diagnostic(
                msg!("image-not-found", image = written, folder = folder),
                msg!("image-not-found-hint"),
            ))
        }
    }
    let bytes = root
        .read_bytes(&path)
        .map_err(|e| diagnostic(e.message, msg!("image-unreadable-hint")))?;
    if bytes.len() as u64 > MAX_IMAGE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    if !bytes.starts_with(signature)
        || (extension == "webp" && bytes.get(8..12) != Some(&b"WEBP"[..]))
    {
        return Err(diagnostic(
            msg!(
                "image-format-mismatch",
                image = written,
                format = extension.to_ascii_uppercase()
            ),
            msg!("image-format-mismatch-hint"),
        ));
    }
    Ok(Media {
        written: written.to_owned(),
        output: output_path(&path),
        bytes: bytes.into(),
    })
}

/// Whether an address names another site (or a scheme) rather than a file of this one.
pub fn is_elsewhere(address: &str) -> bool {
    let squeezed: String = address.chars().filter(|c| !c.is_whitespace()).collect();
    squeezed.contains(':') || squeezed.starts_with("//") || squeezed.starts_with("\\\\")
}

/// `name.png` or `img/name.png`: segments of ASCII letters, digits, `-`, `_` and `.`, none
/// of them `.` or `..`, nothing before the first or after the last.
pub fn is_plain_path(address: &str) -> bool {
    !address.is_empty()
        && address.split('/').all(|segment| {
            !segment.is_empty()
                && segment != "."
                && segment != ".."
                && segment
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        })
}

/// Where an image of `path` (from the site root) goes in its page's site: an institution's
/// under `media/` of its subtree (`institutions/alfa/lv/a.png` → `media/lv/a.png`), the
/// shared content's under `media/content/` of every subtree.
fn output_path(path: &Path) -> String {
    let mut parts: Vec<String> = path
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect();
    if parts.first().is_some_and(|p| p == "institutions") && parts.len() > 2 {
        parts.drain(..2);
    }
    format!("media/{}", parts.join("/"))
}

#[cfg(test)]
mod tests;
