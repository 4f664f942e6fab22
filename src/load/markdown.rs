//! Markdown files with TOML front matter between `+++` lines.

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use pulldown_cmark::Options;
use serde::de::DeserializeOwned;
use toml::Spanned;

use super::media::{Link, Media};
use super::{Root, SourceFile};
use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::msg;

/// The Markdown dialect of every section, in one place: the media rules and the headings
/// list read each file with it at load, and the renderer converts it with it, so a footnote
/// definition is a footnote everywhere, never a link reference.
pub const MARKDOWN_OPTIONS: Options = Options::ENABLE_TABLES
    .union(Options::ENABLE_FOOTNOTES)
    .union(Options::ENABLE_STRIKETHROUGH);

/// A Markdown file's body, kept with the whole file so errors found later (in a
/// placeholder, say) can still point at the right line.
#[derive(Clone, Debug)]
pub struct MarkdownSource {
    pub file: PathBuf,
    /// The text as read: shared, never copied (a Markdown file can be 1 MB).
    text: Arc<String>,
    body_start: usize,
    /// The images the body shows, read with it (`media.rs`).
    media: Arc<[Media]>,
    /// Where each line starts, found once when a first position is asked for: a file with
    /// 100,000 problems must not be counted through 100,000 times.
    line_starts: Arc<OnceLock<Vec<usize>>>,
    /// The headings of the body, found when it is read for its images (`media::attach`).
    headings: Arc<[(String, usize)]>,
    /// The links of the body, found in the same pass.
    links: Arc<[Link]>,
}

impl MarkdownSource {
    pub fn media(&self) -> &[Media] {
        &self.media
    }

    pub fn body(&self) -> &str {
        &self.text[self.body_start..]
    }

    /// The headings written in the body, each with the byte offset where it starts in the
    /// body: found with the renderer's Markdown options in the one pass that reads the body
    /// for its images, however many pages show it (the shared policy is on every
    /// institution's page, and each page's headings are checked, `merge::headings`).
    pub fn headings(&self) -> &[(String, usize)] {
        &self.headings
    }

    /// The links written in the body, found in the pass that reads it for its images.
    pub fn links(&self) -> &[Link] {
        &self.links
    }

    /// The position of a byte range of the body within the file.
    pub fn position(&self, body_span: std::ops::Range<usize>) -> Position {
        let start = (self.body_start + body_span.start).min(self.text.len());
        let end = self.body_start + body_span.end;
        let starts = self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        // The line holding `start`, then the position within it alone.
        let index = starts.partition_point(|&s| s <= start) - 1;
        let line_start = starts[index];
        let mut position = Position::of_span(
            &self.text[line_start..],
            start - line_start..end.saturating_sub(line_start),
        );
        position.line = index + 1;
        position
    }

    /// Where the front matter's `title` is, or the file's first line.
    pub fn title_position(&self) -> Position {
        let front = &self.text[..self.body_start];
        match front.find("\ntitle") {
            Some(at) => Position::of_span(&self.text, at + 1..at + 6),
            None => self.start(),
        }
    }

    /// The file's first line, for problems with the file as a whole.
    pub fn start(&self) -> Position {
        Position::of_line(&self.text, 1)
    }
}

/// A parsed file: its front matter, where its `id` is, and its body.
pub struct Parsed<F> {
    pub front: F,
    pub source: MarkdownSource,
    front_start: usize,
}

impl<F> Parsed<F> {
    /// The same file with the images its body shows read and its headings and links noted
    /// (`media::attach`); `None` when one of the images is not a file of the site, with the
    /// errors in `errors`.
    pub fn with_media(mut self, root: &Root, errors: &mut Diagnostics) -> Option<Parsed<F>> {
        let attached = super::media::attach(root, &self.source, errors)?;
        self.source.media = attached.media.into();
        self.source.headings = attached.headings.into();
        self.source.links = attached.links.into();
        Some(self)
    }

    /// The position of a spanned front-matter value, such as `id`.
    pub fn position_of<T>(&self, value: &Spanned<T>) -> Position {
        let span = value.span();
        Position::of_span(
            &self.source.text,
            self.front_start + span.start..self.front_start + span.end,
        )
    }
}

const FENCE: &str = "+++";

pub fn parse<F: DeserializeOwned>(file: SourceFile) -> Result<Parsed<F>, Diagnostics> {
    let missing = || {
        Diagnostic::new(&file.path, msg!("no-front-matter"))
            .at(Position::of_line(&file.text, 1))
            .hint(msg!("no-front-matter-hint"))
    };
    let mut lines = file.text.split_inclusive('\n');
    let first = lines.next().ok_or_else(missing)?;
    if first.trim_end() != FENCE {
        return Err(missing().into());
    }
    let front_start = first.len();
    let mut offset = front_start;
    let mut front_end = None;
    for line in lines {
        if line.trim_end() == FENCE {
            front_end = Some((offset, offset + line.len()));
            break;
        }
        offset += line.len();
    }
    let (front_end, body_start) = front_end.ok_or_else(|| {
        Diagnostic::new(&file.path, msg!("front-matter-not-closed"))
            .at(Position::of_line(&file.text, 1))
            .hint(msg!("front-matter-not-closed-hint"))
    })?;
    let front: F = super::missing::from_toml(
        &file.path,
        &file.text,
        front_start,
        &file.text[front_start..front_end],
    )?;
    Ok(Parsed {
        front,
        source: MarkdownSource {
            file: file.path,
            text: Arc::new(file.text),
            body_start,
            media: Arc::new([]),
            line_starts: Arc::default(),
            headings: Arc::new([]),
            links: Arc::new([]),
        },
        front_start,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Front {
        id: Spanned<String>,
    }

    fn file(text: &str) -> SourceFile {
        SourceFile {
            path: "a.md".into(),
            text: text.into(),
        }
    }

    #[test]
    fn splits_front_matter_from_body() {
        let parsed: Parsed<Front> = parse(file("+++\nid = \"x\"\n+++\n\nHello\n")).unwrap();
        assert_eq!(parsed.front.id.get_ref(), "x");
        assert_eq!(parsed.source.body(), "\nHello\n");
        assert_eq!(parsed.position_of(&parsed.front.id).line, 2);
    }

    #[test]
    fn reports_front_matter_errors_at_their_line_in_the_file() {
        let err = parse::<Front>(file("+++\nid = \"x\"\ntitel = \"y\"\n+++\n"))
            .err()
            .unwrap()
            .0
            .remove(0);
        assert_eq!(err.position.unwrap().line, 3);
        assert_eq!(err.message.english(), "unknown key `titel`");
    }

    #[test]
    fn positions_in_the_body_are_lines_of_the_file() {
        let parsed: Parsed<Front> =
            parse(file("+++\nid = \"x\"\n+++\n\nOne\ntwo TODO\n\nthree\n")).unwrap();
        let body = parsed.source.body();
        for (needle, line, column) in [("One", 5, 1), ("TODO", 6, 5), ("three", 8, 1)] {
            let at = body.find(needle).unwrap();
            let p = parsed.source.position(at..at + needle.len());
            assert_eq!(
                (p.line, p.column, p.width),
                (line, column, needle.len()),
                "{needle}"
            );
            assert_eq!(
                p,
                Position::of_span(
                    &parsed.source.text,
                    parsed.source.body_start + at..parsed.source.body_start + at + needle.len()
                )
            );
        }
    }

    #[test]
    fn requires_front_matter() {
        let err = parse::<Front>(file("# Title\n")).err().unwrap();
        assert!(err.0[0].message.english().contains("no front matter"));
    }
}
