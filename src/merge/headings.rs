//! Two headings with the same text on one page: a visitor's contents list and a screen
//! reader's list of headings can't tell them apart, and the page probably says one thing
//! twice. Every heading a page will have is collected from its plan with the place it is
//! written, and the second of two equal ones is a build error there.

use std::collections::HashMap;
use std::path::PathBuf;

use super::{Body, PagePlan, Part};
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::load::{MarkdownSource, Site, Strings};
use crate::model::GeneratedSection;
use crate::msg;

struct Heading {
    text: String,
    file: PathBuf,
    at: Position,
}

/// Every heading of the page twice or more, reported at each repetition.
pub fn check(site: &Site, plan: &PagePlan) -> Diagnostics {
    let mut errors = Diagnostics::default();
    let mut first: HashMap<String, (PathBuf, usize)> = HashMap::new();
    for heading in headings(site, plan) {
        let key = heading.text.trim().to_lowercase();
        match first.get(&key) {
            None => {
                first.insert(key, (heading.file, heading.at.line));
            }
            Some((file, line)) => errors.push(
                Diagnostic::new(
                    &heading.file,
                    msg!(
                        "heading-twice",
                        heading = heading.text.trim(),
                        page = page_name(plan)
                    ),
                )
                .at(heading.at)
                .hint(msg!(
                    "heading-twice-hint",
                    place = format!("{}:{line}", file.display())
                )),
            ),
        }
    }
    errors
}

fn page_name(plan: &PagePlan) -> String {
    let who = plan
        .slug()
        .map_or(msg!("report-platform").to_string(), |s| {
            s.as_str().to_owned()
        });
    format!("{who} {}", plan.language)
}

fn headings(site: &Site, plan: &PagePlan) -> Vec<Heading> {
    let language = plan.language;
    let strings = site.theme.strings.get(language);
    let strings_file = site
        .theme
        .strings_file
        .as_ref()
        .map(|f| (f.path.clone(), f.text.clone()));
    let theme = |value: &str| {
        let (file, at) = match &strings_file {
            Some((path, text)) => {
                let quoted = format!("\"{value}\"");
                let at = text
                    .find(&quoted)
                    .map_or(0..0, |i| i + 1..i + quoted.len() - 1);
                (path.clone(), Position::of_span(text, at))
            }
            None => (PathBuf::from("themes"), Position::of_line("", 1)),
        };
        Heading {
            text: value.to_owned(),
            file,
            at,
        }
    };
    let mut out = vec![theme(label(strings, "contents"))];
    let mut parts_seen = Vec::new();
    for section in &plan.sections {
        if !section.part.is_single() && !parts_seen.contains(&section.part) {
            parts_seen.push(section.part);
            if let Some(title) = part_title(section.part, strings) {
                out.push(theme(title));
            }
        }
        match &section.body {
            Body::Generated(generated) => {
                if let Some(title) = strings.sections.get(generated.id()) {
                    out.push(theme(title));
                }
                if *generated == GeneratedSection::Summary {
                    out.push(theme(label(strings, "summary_purposes")));
                }
                if let (GeneratedSection::Purposes, super::PageKind::Institution(i)) =
                    (generated, &plan.kind)
                {
                    for purpose in i.data.purposes.get_ref() {
                        out.push(Heading {
                            text: purpose.name.get(language).to_owned(),
                            file: i.file.path.clone(),
                            at: Position::of_span(&i.file.text, purpose.id.span()),
                        });
                    }
                }
            }
            Body::Shared(source) | Body::Own(source) => {
                out.push(titled(&section.title, source));
                markdown_headings(source, &mut out);
            }
            Body::Block { block, .. } => {
                out.push(titled(&block.title, &block.source));
                markdown_headings(&block.source, &mut out);
            }
            Body::Cookies(cookies) => {
                out.push(titled(&section.title, cookies.intro));
                for (text, _) in &cookies.categories {
                    out.push(titled(&text.title, &text.source));
                }
                out.push(titled(cookies.settings_title, cookies.settings));
            }
        }
        for extension in &section.extensions {
            markdown_headings(extension, &mut out);
        }
    }
    out
}

fn part_title(part: Part, strings: &Strings) -> Option<&str> {
    match part {
        // "<institution>: …" can't repeat a section title.
        Part::Platform => Some(label(strings, "part_platform")),
        Part::Blocks => Some(label(strings, "part_blocks")),
        _ => None,
    }
}

fn label<'s>(strings: &'s Strings, key: &'s str) -> &'s str {
    strings.labels.get(key).map_or(key, String::as_str)
}

fn titled(title: &str, source: &MarkdownSource) -> Heading {
    Heading {
        text: title.to_owned(),
        file: source.file.clone(),
        at: source.title_position(),
    }
}

/// The headings written in a Markdown body, each with its line.
fn markdown_headings(source: &MarkdownSource, out: &mut Vec<Heading>) {
    out.extend(source.headings().iter().map(|(text, at)| Heading {
        text: text.clone(),
        file: source.file.clone(),
        at: source.position(*at..at + 1),
    }));
}
