//! Two headings with the same text on one page: a visitor's contents list and a screen
//! reader's list of headings can't tell them apart, and the page probably says one thing
//! twice. Every heading a page will have is collected from its plan with the place it is
//! written, and the second of two equal ones is a build error there.

use std::collections::HashMap;
use std::path::PathBuf;

use super::{Body, PagePlan, Part};
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::load::{Institution, MarkdownSource, Site, Strings};
use crate::model::GeneratedSection;
use crate::msg;

struct Heading<'a> {
    text: &'a str,
    at: Place<'a>,
}

/// Where a heading is written, worked out into a file and position only for a heading
/// that is repeated: finding a line costs more than the whole comparison, and almost
/// every page has no repeat.
#[derive(Clone)]
enum Place<'a> {
    /// A value of the theme's strings.
    Theme,
    /// A purpose's name in `institution.toml`.
    Purpose(&'a crate::load::SourceFile, std::ops::Range<usize>),
    /// The `title` of a Markdown file.
    Title(&'a MarkdownSource),
    /// A heading in a Markdown body, at this byte offset.
    Markdown(&'a MarkdownSource, usize),
}

impl Place<'_> {
    fn locate(self, site: &Site, text: &str) -> (PathBuf, Position) {
        match self {
            Place::Theme => match &site.theme.strings_file {
                Some(file) => {
                    let quoted = format!("\"{text}\"");
                    let at = file
                        .text
                        .find(&quoted)
                        .map_or(0..0, |i| i + 1..i + quoted.len() - 1);
                    (file.path.clone(), Position::of_span(&file.text, at))
                }
                None => (PathBuf::from("themes"), Position::of_line("", 1)),
            },
            Place::Purpose(file, span) => (file.path.clone(), Position::of_span(&file.text, span)),
            Place::Title(source) => (source.file.clone(), source.title_position()),
            Place::Markdown(source, at) => (source.file.clone(), source.position(at..at + 1)),
        }
    }
}

/// The platform page's headings in every language ([`check`]). Pages are planned only
/// from a site that holds together: `build` calls this once `validate` has passed.
pub fn check_platform(site: &Site) -> Result<(), Diagnostics> {
    let mut errors = Diagnostics::default();
    for &language in site.platform.languages() {
        errors.extend(check(site, &super::plan_platform(site, language)));
    }
    errors.into_result(())
}

/// An institution page's headings in every language, once it has passed `validate`.
pub fn check_institution(site: &Site, institution: &Institution) -> Result<(), Diagnostics> {
    let mut errors = Diagnostics::default();
    for &language in site.platform.languages() {
        errors.extend(check(
            site,
            &super::plan_institution(site, institution, language),
        ));
    }
    errors.into_result(())
}

/// Every heading of the page twice or more, reported at each repetition.
pub fn check(site: &Site, plan: &PagePlan) -> Diagnostics {
    let mut errors = Diagnostics::default();
    let mut first: HashMap<String, (&str, Place)> = HashMap::new();
    for heading in headings(site, plan) {
        let key = heading.text.trim().to_lowercase();
        match first.get(&key) {
            None => {
                first.insert(key, (heading.text, heading.at));
            }
            Some((first_text, first_at)) => {
                let (file, line) = first_at.clone().locate(site, first_text);
                let (repeat_file, at) = heading.at.locate(site, heading.text);
                errors.push(
                    Diagnostic::new(
                        &repeat_file,
                        msg!(
                            "heading-twice",
                            heading = heading.text.trim(),
                            page = page_name(plan)
                        ),
                    )
                    .at(at)
                    .hint(msg!(
                        "heading-twice-hint",
                        place = format!("{}:{}", file.display(), line.line)
                    )),
                )
            }
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

fn headings<'a>(site: &'a Site, plan: &'a PagePlan) -> Vec<Heading<'a>> {
    let language = plan.language;
    let strings = site.theme.strings.get(language);
    let theme = |text: &'a str| Heading {
        text,
        at: Place::Theme,
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
                            text: purpose.name.get(language),
                            at: Place::Purpose(&i.file, purpose.id.span()),
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

fn titled<'a>(title: &'a str, source: &'a MarkdownSource) -> Heading<'a> {
    Heading {
        text: title,
        at: Place::Title(source),
    }
}

/// The headings written in a Markdown body, each with its offset.
fn markdown_headings<'a>(source: &'a MarkdownSource, out: &mut Vec<Heading<'a>>) {
    out.extend(source.headings().iter().map(|(text, at)| Heading {
        text,
        at: Place::Markdown(source, *at),
    }));
}
