//! Where in a file a diagnostic points, and how its source line is quoted: a window
//! around the column, with invisible characters written as escapes.

use std::ops::Range;

/// Where in a file: 1-based line and column, the quoted part of the line and how many
/// characters the caret underlines. A long line is quoted around the column only, so a
/// diagnostic stays small however long the line is (a pasted 100 KB line).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    /// The quoted part of the line (all of it when short).
    pub source_line: String,
    /// How many characters of the line come before `source_line`.
    pub omitted_before: usize,
    /// Whether the line goes on after `source_line`.
    pub omitted_after: bool,
    pub width: usize,
}

/// How many characters a quote shows before and after the column.
const QUOTE_BEFORE: usize = 40;
const QUOTE_AFTER: usize = 80;

impl Position {
    /// A position in `line_text` (one line, without its line break): `at` is the byte
    /// where the caret starts and `width` how many characters it underlines.
    pub fn in_line(line: usize, line_text: &str, at: usize, width: usize) -> Position {
        let at = floor_char_boundary(line_text, at.min(line_text.len()));
        let from = line_text[..at]
            .char_indices()
            .rev()
            .nth(QUOTE_BEFORE - 1)
            .map_or(0, |(i, _)| i);
        let to = line_text[at..]
            .char_indices()
            .nth(QUOTE_AFTER)
            .map_or(line_text.len(), |(i, _)| at + i);
        let column = line_text[..at].chars().count() + 1;
        let shown_before = line_text[from..at].chars().count();
        Position {
            line,
            column,
            source_line: line_text[from..to].to_owned(),
            omitted_before: column - 1 - shown_before,
            omitted_after: to < line_text.len(),
            width: width.clamp(1, line_text[at..to].chars().count().max(1)),
        }
    }

    /// The position of a byte range in `source`; the caret covers the range's part on
    /// its first line.
    pub fn of_span(source: &str, span: Range<usize>) -> Position {
        let start = floor_char_boundary(source, span.start.min(source.len()));
        let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = source[start..]
            .find('\n')
            .map_or(source.len(), |i| start + i);
        let source_line = source[line_start..line_end].trim_end_matches('\r');
        let end = floor_char_boundary(source, span.end.clamp(start, line_end));
        Position::in_line(
            Position::line_of(source, start),
            source_line,
            start - line_start,
            source[start..end].chars().count(),
        )
    }

    /// The 1-based line of the byte at `at`, counted without the rest of a position.
    pub fn line_of(source: &str, at: usize) -> usize {
        memchr::memchr_iter(b'\n', &source.as_bytes()[..at.min(source.len())]).count() + 1
    }

    /// The start of a 1-based line, underlining the whole line.
    pub fn of_line(source: &str, line: usize) -> Position {
        let start: usize = source
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum();
        let len = source[start..].find('\n').unwrap_or(source.len() - start);
        Position::of_span(source, start..start + len)
    }
}

pub(super) fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The quoted line as printed, with where the caret starts and how wide it is, both in
/// printed characters: `…` marks an omitted part, and invisible characters are shown
/// as escapes.
pub(super) fn quote(p: &Position) -> (String, usize, usize) {
    let chars: Vec<char> = p.source_line.chars().collect();
    let at = (p.column - 1 - p.omitted_before).min(chars.len());
    let end = (at + p.width).min(chars.len());
    let part = |range: Range<usize>| visible(&chars[range].iter().collect::<String>()).into_owned();
    let (before, under, after) = (part(0..at), part(at..end), part(end..chars.len()));
    let ellipsis = if p.omitted_before > 0 { "…" } else { "" };
    let caret_at = ellipsis.chars().count() + before.chars().count();
    let caret_width = under.chars().count().max(1);
    let tail = if p.omitted_after { "…" } else { "" };
    (
        format!("{ellipsis}{before}{under}{after}{tail}"),
        caret_at,
        caret_width,
    )
}

/// Text safe to print in a terminal: control characters (terminal escapes among them),
/// bidirectional overrides and private-use characters are written as `\u{1b}`, never
/// sent as they are. Tabs and line breaks stay.
pub fn visible(text: &str) -> std::borrow::Cow<'_, str> {
    let hidden = |c: char| {
        (c.is_control() && c != '\t' && c != '\n')
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
            || matches!(c, '\u{E000}'..='\u{F8FF}' | '\u{F0000}'..='\u{10FFFF}')
    };
    if !text.chars().any(hidden) {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut shown = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if hidden(c) {
            shown.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            shown.push(c);
        }
    }
    std::borrow::Cow::Owned(shown)
}
