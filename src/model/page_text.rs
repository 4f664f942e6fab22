//! The page text: what a visitor reads on a policy page, section by section, in a stable
//! plain form. It is made from each section's rendered HTML (so placeholders, generated
//! tables and shared blocks are in it as the visitor sees them), keeping only the words
//! and the block structure: a paragraph, list item, heading or table row is a line. The
//! markup, classes, stylesheet, page layout, header, footer and navigation are not part of
//! it, so a theme or CSS change is not a change of the text.
//!
//! Written form (what the record stores, one file per version and language):
//!
//! ```text
//! ## Section title {#section-id}
//! A paragraph on one line.
//! - a list item
//! Cell | Cell | Cell
//!
//! ## Next section {#next}
//! ```

use std::sync::LazyLock;

use regex::Regex;

/// One page's text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PageText {
    pub sections: Vec<SectionText>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SectionText {
    pub id: String,
    pub title: String,
    /// The section's blocks in order, each on one line, never empty.
    pub lines: Vec<String>,
}

/// A section heading line: `## Title {#id}`.
static HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^## (.*) \{#([^{}\s]+)\}$").expect("a valid pattern"));

/// Elements that start a new line of text.
const BLOCKS: &[&str] = &[
    "address",
    "blockquote",
    "caption",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "li",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "tfoot",
    "thead",
    "tr",
    "ul",
];

impl PageText {
    /// The text of rendered sections: `(id, title, html)` in page order.
    pub fn from_sections<'a>(
        sections: impl IntoIterator<Item = (&'a str, &'a str, &'a str)>,
    ) -> PageText {
        PageText::from_lines(
            sections
                .into_iter()
                .map(|(id, title, html)| (id, title, lines_of(html))),
        )
    }

    /// The text of sections whose lines are known (`lines_of` their HTML): a section
    /// shared by every page is read once, not once per page.
    pub fn from_lines<'a>(
        sections: impl IntoIterator<Item = (&'a str, &'a str, Vec<String>)>,
    ) -> PageText {
        PageText {
            sections: sections
                .into_iter()
                .map(|(id, title, lines)| SectionText {
                    id: id.to_owned(),
                    title: collapse(title),
                    lines,
                })
                .collect(),
        }
    }

    /// The written form; `parse` reads it back exactly.
    pub fn write(&self) -> String {
        let mut out = String::new();
        for (index, section) in self.sections.iter().enumerate() {
            if index > 0 {
                out.push('\n');
            }
            out.push_str(&format!("## {} {{#{}}}\n", section.title, section.id));
            for line in &section.lines {
                out.push_str(line);
                out.push('\n');
            }
        }
        out
    }

    /// Reads the written form. Lines before the first heading and empty lines carry no
    /// text; `write(parse(t)) == t` for every text `write` made.
    pub fn parse(text: &str) -> PageText {
        let mut sections: Vec<SectionText> = Vec::new();
        for line in text.lines() {
            if let Some(heading) = HEADING.captures(line) {
                sections.push(SectionText {
                    id: heading[2].to_owned(),
                    title: heading[1].to_owned(),
                    lines: Vec::new(),
                });
            } else if let Some(section) = sections.last_mut().filter(|_| !line.is_empty()) {
                section.lines.push(line.to_owned());
            }
        }
        PageText { sections }
    }

    pub fn section(&self, id: &str) -> Option<&SectionText> {
        self.sections.iter().find(|s| s.id == id)
    }
}

/// Whitespace runs as one space, trimmed.
fn collapse(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_collapsed(&mut out, text);
    out
}

/// Appends `text`'s words to `out`, one space between them.
fn push_collapsed(out: &mut String, text: &str) {
    for (index, word) in text.split_whitespace().enumerate() {
        if index > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
}

/// The lines of an HTML fragment. The fragment is what privatums rendered, with every
/// closing tag written (`render::MINIFY`, `compact.rs`), so html5ever's tokenizer alone
/// reads it as its tree builder would: a block's start and end tags are where lines
/// break. (Building the tree cost as much as all the rest of a build's version guards.)
pub fn lines_of(html: &str) -> Vec<String> {
    use html5ever::tendril::StrTendril;
    use html5ever::tokenizer::{BufferQueue, Tokenizer, TokenizerOpts};
    let input = BufferQueue::default();
    input.push_back(StrTendril::from_slice(html));
    let tokenizer = Tokenizer::new(LineSink::default(), TokenizerOpts::default());
    let _ = tokenizer.feed(&input);
    tokenizer.end();
    let mut lines = tokenizer.sink.0.into_inner();
    lines.flush();
    lines.done
}

#[derive(Default)]
struct LineSink(std::cell::RefCell<Lines>);

impl html5ever::tokenizer::TokenSink for LineSink {
    type Handle = ();

    fn process_token(
        &self,
        token: html5ever::tokenizer::Token,
        _line: u64,
    ) -> html5ever::tokenizer::TokenSinkResult<()> {
        use html5ever::tokenizer::{TagKind, Token};
        let mut lines = self.0.borrow_mut();
        match token {
            Token::CharacterTokens(text) => lines.line.push_str(&text),
            Token::TagToken(tag) if tag.kind == TagKind::StartTag => lines.start(&tag.name),
            Token::TagToken(tag) => lines.end(&tag.name),
            _ => {}
        }
        html5ever::tokenizer::TokenSinkResult::Continue
    }
}

#[derive(Default)]
struct Lines {
    done: Vec<String>,
    line: String,
    /// What the current line starts with (`- ` for a list item), kept until text follows.
    marker: &'static str,
}

impl Lines {
    fn flush(&mut self) {
        let has_text = self.line.split_whitespace().next().is_some();
        if has_text {
            let mut line = String::with_capacity(self.marker.len() + self.line.len());
            line.push_str(self.marker);
            push_collapsed(&mut line, &self.line);
            self.done.push(line);
        }
        if has_text || self.marker.is_empty() {
            self.marker = "";
        }
        self.line.clear();
    }

    /// An element starts: a block starts a line; a cell after text is set off by ` | `.
    fn start(&mut self, name: &str) {
        if BLOCKS.contains(&name) {
            self.flush();
            self.marker = match name {
                "li" => "- ",
                "h4" | "h5" | "h6" => "### ",
                _ => self.marker,
            };
        }
        match name {
            "td" | "th" if self.line.split_whitespace().next().is_some() => {
                self.line.push_str(" | ")
            }
            "br" => self.line.push(' '),
            _ => {}
        }
    }

    /// An element ends: a block ends its line.
    fn end(&mut self, name: &str) {
        if BLOCKS.contains(&name) {
            self.flush();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_lines_and_markup_is_dropped() {
        let text = PageText::from_sections([(
            "purposes",
            "Why  we process",
            "<p>We <strong>keep</strong>\n data.</p><ul><li><p>one</p></li><li>two</li></ul>\
             <table><tr><th>Name</th><th>Term</th></tr><tr><td>a</td><td>1 year</td></tr></table>\
             <h4>More</h4>",
        )]);
        assert_eq!(
            text.sections[0].lines,
            [
                "We keep data.",
                "- one",
                "- two",
                "Name | Term",
                "a | 1 year",
                "### More"
            ]
        );
        assert_eq!(text.sections[0].title, "Why we process");
    }

    /// What `lines_of` read from html5ever's tree before it read the tokens alone.
    fn lines_from_the_tree(html: &str) -> Vec<String> {
        use scraper::{ElementRef, Html, Node};
        fn walk(lines: &mut Lines, element: ElementRef) {
            for child in element.children() {
                match child.value() {
                    Node::Text(text) => lines.line.push_str(text),
                    Node::Element(e) => {
                        let Some(child) = ElementRef::wrap(child) else {
                            continue;
                        };
                        lines.start(e.name());
                        walk(lines, child);
                        lines.end(e.name());
                    }
                    _ => {}
                }
            }
        }
        let mut lines = Lines::default();
        walk(&mut lines, Html::parse_fragment(html).root_element());
        lines.flush();
        lines.done
    }

    #[test]
    fn the_tokens_read_as_the_tree_does() {
        let fragments = [
            "<p>We <strong>keep</strong>\n data &amp; more&nbsp;&lt;x&gt;.</p><ul><li><p>one</p>\
             <ul><li>inner</li></ul></li><li>two<br>lines</li></ul><hr><p>after</p>",
            "<table><caption>Registers</caption><thead><tr><th scope=\"col\">Name</th>\
             <th>Acts</th></tr></thead><tbody><tr><th scope=\"row\">A</th><td><ul>\
             <li>Law 1</li><li>Law 2</li></ul></td><td></td><td>5 years</td></tr></tbody></table>",
            "<h4 id=\"x\">Heading</h4><dl><dt>Term</dt><dd>Def <a href=\"#y\">link</a></dd></dl>\
             <div class=\"footnote-definition\" id=\"fn-1\"><sup>1</sup><p>Note.</p></div>\
             <blockquote><p>Quoted</p></blockquote><pre><code>code  kept</code></pre>",
            "<p>Ā ē ī ū — “Latvian” quotes, a <abbr title=\"t\">VDAR</abbr> and <em>emphasis</em></p>\
             <!-- a comment --><p></p><li></li><h5>Five</h5><h6>Six</h6><address>Rīga</address>",
        ];
        for html in fragments {
            assert_eq!(lines_of(html), lines_from_the_tree(html), "{html}");
        }
    }

    #[test]
    fn the_written_form_reads_back_exactly() {
        let text = PageText::from_sections([
            ("a", "First", "<p>One.</p><p>Two.</p>"),
            ("b", "Second {x}", "<p>Three.</p>"),
        ]);
        let written = text.write();
        assert_eq!(PageText::parse(&written), text);
        assert_eq!(PageText::parse(&written).write(), written);
    }

    #[test]
    fn a_class_or_wrapper_change_is_not_a_text_change() {
        let a = PageText::from_sections([("a", "T", "<p>Same words.</p>")]);
        let b = PageText::from_sections([(
            "a",
            "T",
            "<div class=\"x\"><p class=\"y\">Same  words.</p></div>",
        )]);
        assert_eq!(a, b);
    }
}
