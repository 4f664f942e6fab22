//! Errors as editors see them: the file, the line and column, the source line with a caret,
//! what is wrong and how to fix it. A build collects every diagnostic it finds and reports
//! them together.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::messages::Message;
use crate::msg;

mod os;
pub use os::os_error;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The file, relative to the site root.
    pub file: PathBuf,
    /// Boxed: most of a build's results carry no diagnostic, so keep `Result`s small.
    pub position: Option<Box<Position>>,
    /// What is wrong: a catalogue id and its arguments, said in the reader's language.
    pub message: Message,
    /// How to fix it.
    pub hint: Option<Message>,
    /// The `check` rule that found it, shown as `error[rule]`.
    pub code: Option<&'static str>,
}

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

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

impl Diagnostic {
    pub fn new(file: impl Into<PathBuf>, message: impl Into<Message>) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            position: None,
            message: message.into(),
            hint: None,
            code: None,
        }
    }

    pub fn code(mut self, code: &'static str) -> Diagnostic {
        self.code = Some(code);
        self
    }

    pub fn at(mut self, position: Position) -> Diagnostic {
        self.position = Some(Box::new(position));
        self
    }

    pub fn at_span(self, source: &str, span: Range<usize>) -> Diagnostic {
        self.at(Position::of_span(source, span))
    }

    pub fn hint(mut self, hint: impl Into<Message>) -> Diagnostic {
        self.hint = Some(hint.into());
        self
    }

    /// A TOML error (syntax, unknown key, missing or mistyped value) in `source`, which
    /// starts `offset` bytes into the file (front matter sits below a `+++` line).
    pub fn from_toml(
        file: &Path,
        file_text: &str,
        offset: usize,
        error: &toml::de::Error,
    ) -> Diagnostic {
        let (mut message, mut hint) = explain_toml_message(error.message());
        if let Some((written, iso)) = error
            .span()
            .and_then(|span| day_first_date_on_line(file_text, offset + span.start))
        {
            message = msg!("date-day-first", date = written);
            hint = Some(msg!("date-day-first-hint", iso = iso));
        }
        let mut diagnostic = Diagnostic::new(file, message);
        diagnostic.hint = hint;
        match error.span() {
            Some(span) => diagnostic.at_span(file_text, offset + span.start..offset + span.end),
            None => diagnostic,
        }
    }

    /// `file:line:col`, or just the file when the position is unknown.
    pub fn location(&self) -> String {
        match &self.position {
            Some(p) => format!("{}:{}:{}", self.file.display(), p.line, p.column),
            None => self.file.display().to_string(),
        }
    }
}

impl Diagnostic {
    /// The diagnostic under another label than `error`, e.g. `warning[repeated-paragraph]`.
    pub fn labelled(&self, label: &str) -> String {
        struct Labelled<'a>(&'a Diagnostic, &'a str);
        impl fmt::Display for Labelled<'_> {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                self.0.write(f, self.1)
            }
        }
        Labelled(self, label).to_string()
    }

    fn write(&self, f: &mut fmt::Formatter<'_>, label: &str) -> fmt::Result {
        writeln!(f, "{label}: {}", visible(&self.message.to_string()))?;
        let hint_label = msg!("label-hint");
        let location = visible(&self.location()).into_owned();
        match &self.position {
            Some(p) => {
                let gutter = " ".repeat(p.line.to_string().len());
                writeln!(f, "{gutter}--> {location}")?;
                writeln!(f, "{gutter} |")?;
                let (quote, caret_at, caret_width) = quote(p);
                writeln!(f, "{} | {quote}", p.line)?;
                writeln!(
                    f,
                    "{gutter} | {}{}",
                    " ".repeat(caret_at),
                    "^".repeat(caret_width)
                )?;
                if let Some(hint) = &self.hint {
                    writeln!(f, "{gutter} = {hint_label}: {}", visible(&hint.to_string()))?;
                }
            }
            None => {
                writeln!(f, " --> {location}")?;
                if let Some(hint) = &self.hint {
                    writeln!(f, "  = {hint_label}: {}", visible(&hint.to_string()))?;
                }
            }
        }
        Ok(())
    }
}

/// The quoted line as printed, with where the caret starts and how wide it is, both in
/// printed characters: `…` marks an omitted part, and invisible characters are shown
/// as escapes.
fn quote(p: &Position) -> (String, usize, usize) {
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

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let error = msg!("label-error");
        match self.code {
            Some(code) => self.write(f, &format!("{error}[{code}]")),
            None => self.write(f, &error.to_string()),
        }
    }
}

/// Every problem a build found.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics(pub Vec<Diagnostic>);

impl Diagnostics {
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.0.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.0.extend(other.0);
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Diagnostic> {
        self.0.iter()
    }

    /// `Ok(value)` when nothing was reported, else every diagnostic in file order.
    pub fn into_result<T>(mut self, value: T) -> Result<T, Diagnostics> {
        if self.0.is_empty() {
            Ok(value)
        } else {
            self.0.sort_by(|a, b| {
                let line = |d: &Diagnostic| d.position.as_ref().map(|p| (p.line, p.column));
                (&a.file, line(a)).cmp(&(&b.file, line(b)))
            });
            self.0.dedup();
            Err(self)
        }
    }
}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Diagnostics {
        Diagnostics(vec![diagnostic])
    }
}

/// At most this many diagnostics of one kind are printed per file; the others are counted,
/// so one careless paste (10,000 `TODO`s on a line) gives a readable report.
pub const SHOWN_PER_FILE_AND_KIND: usize = 10;

/// What makes two diagnostics "alike": their `check` rule, or else the same message.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
enum Kind<'a> {
    Rule(&'static str),
    Message(&'a Message),
}

fn kind_of(diagnostic: &Diagnostic) -> Kind<'_> {
    match diagnostic.code {
        Some(rule) => Kind::Rule(rule),
        None => Kind::Message(&diagnostic.message),
    }
}

/// `9990` as `9,990`.
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(digit);
    }
    out
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut seen: std::collections::HashMap<(&Path, Kind), usize> = Default::default();
        for diagnostic in &self.0 {
            let count = seen
                .entry((&diagnostic.file, kind_of(diagnostic)))
                .or_default();
            *count += 1;
            if *count <= SHOWN_PER_FILE_AND_KIND {
                writeln!(f, "{diagnostic}")?;
            }
        }
        // In the order the files and kinds were first met.
        let mut reported = std::collections::HashSet::new();
        for diagnostic in &self.0 {
            let key = (diagnostic.file.as_path(), kind_of(diagnostic));
            let count = seen[&key];
            if count > SHOWN_PER_FILE_AND_KIND && reported.insert(key) {
                let more = msg!(
                    "more-like-this",
                    count = count - SHOWN_PER_FILE_AND_KIND,
                    shown = thousands(count - SHOWN_PER_FILE_AND_KIND),
                    file = &diagnostic.file,
                    message = diagnostic.message.clone(),
                );
                writeln!(f, "{}\n", visible(&more.to_string()))?;
            }
        }
        let n = self.0.len();
        let failed = msg!("build-failed", count = n, shown = thousands(n));
        write!(f, "{}: {failed}", msg!("label-error"))
    }
}

impl std::error::Error for Diagnostics {}

/// Turns serde's and toml's wording into a message and a hint an editor can act on.
fn explain_toml_message(message: &str) -> (Message, Option<Message>) {
    let message = message.trim();
    if let Some(date) = message.strip_prefix("the date ") {
        // model/date.rs: "the date 2026-02-30 does not exist", "… is out of range: dates lie
        // in the years 1990 to 2099".
        let written = date.split(' ').next().unwrap_or_default();
        let years: Vec<&str> = date.split(' ').filter(|w| w.len() == 4).collect();
        let message = match years[..] {
            [from, to] if date.contains("out of range") => {
                msg!("date-out-of-range", date = written, from = from, to = to)
            }
            _ => msg!("date-does-not-exist", date = written),
        };
        return (message, Some(msg!("date-hint")));
    }
    let quoted = backticked(message);
    if let Some(rest) = message.strip_prefix("unknown field") {
        let unknown = quoted.first().cloned().unwrap_or_default();
        let expected = &quoted[1.min(quoted.len())..];
        let hint = if rest.contains("there are no fields") {
            msg!("table-takes-no-keys")
        } else {
            suggest(&unknown, expected, Allowed::Key)
        };
        return (msg!("unknown-key", key = unknown), Some(hint));
    }
    if let Some(field) = message
        .strip_prefix("missing field `")
        .and_then(|r| r.strip_suffix('`'))
    {
        return (
            msg!("missing-key", key = field),
            Some(msg!("missing-key-hint", key = field)),
        );
    }
    if message.starts_with("unknown variant") {
        let unknown = quoted.first().cloned().unwrap_or_default();
        let expected = &quoted[1.min(quoted.len())..];
        return (
            msg!("value-not-allowed", value = &unknown),
            Some(suggest(&unknown, expected, Allowed::Value)),
        );
    }
    if let Some(expected) = expected_kind(message) {
        let hint = match expected {
            "text" => msg!("invalid-type-hint-text"),
            "date" => msg!("date-hint"),
            _ => msg!("invalid-type-hint"),
        };
        return (msg!("wrong-kind", expected = expected), Some(hint));
    }
    if message.starts_with("invalid type") {
        let hint = if message.contains("expected a string") {
            msg!("invalid-type-hint-text")
        } else {
            msg!("invalid-type-hint")
        };
        return (msg!("invalid-type", detail = message), Some(hint));
    }
    if message.contains("duplicate key") {
        return (msg!("duplicate-key"), Some(msg!("duplicate-key-hint")));
    }
    (
        msg!("invalid-toml", detail = message),
        Some(msg!("invalid-toml-hint")),
    )
}

/// The kind of value a key takes, as the catalogues' `wrong-kind` names it, when serde
/// says a value is of another kind ("invalid type: integer `5`, expected a string", or an
/// untagged type's own words) and the kind is one an editor knows.
fn expected_kind(message: &str) -> Option<&'static str> {
    let expected = match message.strip_prefix("invalid type: ") {
        Some(rest) => rest.split_once(", expected ")?.1,
        None => message,
    };
    Some(match expected {
        "a string" => "text",
        "a string, or a table with `lv` and `en` strings" => "text-or-languages",
        "a phone number, or a list of phone numbers" => "phone",
        "a TOML datetime" => "date",
        e if e.starts_with("expected a date like") => "date",
        "a sequence" => "list",
        "a boolean" => "boolean",
        "a map" => "table",
        e if e.starts_with("struct ") => "table",
        "u8" | "u16" | "u32" | "u64" | "usize" | "i32" | "i64" => "number",
        _ => return None,
    })
}

/// A date written day first (`updated = 22.11.2026`, as Latvian writes dates; quoted or
/// not, `.` or `/` between) as the value of the line holding byte `at`: what was written
/// and the same date as TOML reads it, `2026-11-22`.
fn day_first_date_on_line(text: &str, at: usize) -> Option<(String, String)> {
    let at = floor_char_boundary(text, at.min(text.len()));
    let start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?;
    let (_, value) = line.split_once('=')?;
    let written = value.split('#').next()?.trim().trim_matches('"');
    let parts: Vec<&str> = written.trim_end_matches('.').split(['.', '/']).collect();
    let [day, month, year] = parts[..] else {
        return None;
    };
    let date = crate::model::Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?);
    Some((written.to_owned(), date.ok()?.iso()))
}

fn backticked(message: &str) -> Vec<String> {
    message
        .split('`')
        .skip(1)
        .step_by(2)
        .map(str::to_owned)
        .collect()
}

/// What a list of allowed names names, for [`suggest`].
#[derive(Clone, Copy, Debug)]
pub enum Allowed {
    Key,
    Value,
    FileName,
    Rule,
    Block,
}

impl Allowed {
    /// The catalogues' selector for the word.
    fn selector(self) -> &'static str {
        match self {
            Allowed::Key => "key",
            Allowed::Value => "value",
            Allowed::FileName => "file-name",
            Allowed::Rule => "rule",
            Allowed::Block => "block",
        }
    }
}

/// "did you mean `email`?" when a known name is close to the unknown one, and the full
/// list either way.
pub fn suggest(unknown: &str, known: &[String], what: Allowed) -> Message {
    let list = known
        .iter()
        .map(|k| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    match closest(unknown, known.iter().map(String::as_str)) {
        Some(best) => msg!(
            "did-you-mean-allowed",
            best = best,
            what = what.selector(),
            list = list
        ),
        None => msg!("allowed-here", what = what.selector(), list = list),
    }
}

/// The known name nearest to `unknown`, if it is near enough to be a typo.
pub fn closest<'a>(unknown: &str, known: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let unknown_lower = unknown.to_lowercase();
    known
        .into_iter()
        .map(|k| {
            (
                strsim::damerau_levenshtein(&unknown_lower, &k.to_lowercase()),
                k,
            )
        })
        .filter(|(distance, k)| *distance <= (k.chars().count() / 3).max(2))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, k)| k)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_characters_not_bytes() {
        let source = "name = \"Ādaži\"\nemial = 1\n";
        let at = source.find("emial").unwrap();
        let p = Position::of_span(source, at..at + 5);
        assert_eq!((p.line, p.column, p.width), (2, 1, 5));
        assert_eq!(p.source_line, "emial = 1");
        let at = source.find("aži").unwrap();
        assert_eq!(Position::of_span(source, at..at + 1).column, 11);
    }

    #[test]
    fn terminal_escapes_are_shown_never_sent() {
        let source = "a = \"TODO \u{1b}]0;PWNED\u{7}\u{1b}[2K\r fake\"\n";
        let at = source.find("TODO").unwrap();
        let d = Diagnostic::new(
            "x\u{1b}[1m.toml",
            msg!("unknown-key", key = "TODO \u{1b}[2K"),
        )
        .at_span(source, at..at + 4)
        .hint(msg!("did-you-mean", best = "\u{1b}"));
        let shown = d.to_string();
        assert!(!shown.contains('\u{1b}') && !shown.contains('\u{7}') && !shown.contains('\r'));
        assert!(shown.contains("TODO \\u{1b}]0;PWNED\\u{7}"), "{shown}");
        assert!(shown.contains("x\\u{1b}[1m.toml:1:6"), "{shown}");
        // The caret stays under `TODO`.
        let lines: Vec<&str> = shown.lines().collect();
        let quoted = lines[3].find("TODO").unwrap();
        assert_eq!(lines[4].find('^'), Some(quoted));
    }

    #[test]
    fn a_long_line_is_quoted_around_the_column() {
        let line = format!("{}TODO{}", "a".repeat(50_000), "b".repeat(50_000));
        let at = line.find("TODO").unwrap();
        let d = Diagnostic::new("x.md", msg!("todo-in-text")).at_span(&line, at..at + 4);
        let p = d.position.as_ref().unwrap();
        assert_eq!((p.line, p.column), (1, 50_001));
        assert!(p.source_line.len() < 200, "{}", p.source_line.len());
        let shown = d.to_string();
        assert!(shown.len() < 600, "{shown}");
        let lines: Vec<&str> = shown.lines().collect();
        assert!(lines[3].starts_with("1 | …aaa"), "{}", lines[3]);
        assert!(lines[3].contains("aaaaTODObbbb") && lines[3].ends_with("bbb…"));
        assert_eq!(
            lines[4].find('^').map(|i| lines[4][..i].chars().count()),
            lines[3].find("TODO").map(|i| lines[3][..i].chars().count())
        );
    }

    #[test]
    fn many_alike_diagnostics_are_counted_not_printed() {
        let line = "TODO ".repeat(10_000);
        let mut all = Diagnostics::default();
        for (i, _) in line.match_indices("TODO") {
            all.push(Diagnostic::new("a.md", msg!("todo-in-text")).at_span(&line, i..i + 4));
        }
        all.push(Diagnostic::new("a.md", msg!("unknown-key", key = "x")));
        all.push(Diagnostic::new("b.md", msg!("todo-in-text")));
        let shown = all.to_string();
        assert_eq!(
            shown
                .matches("error: the text still has a TODO marker")
                .count(),
            11
        );
        assert!(
            shown.contains("… and 9,990 more like this in a.md: the text still has a TODO marker"),
            "{}",
            &shown[shown.len() - 400..]
        );
        assert!(shown.contains("unknown key `x`"));
        assert!(shown.ends_with("the build found 10,002 problems; nothing was published"));
        assert!(shown.len() < 10_000, "{}", shown.len());
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(999), "999");
    }

    #[test]
    fn unknown_keys_suggest_the_closest_known_one() {
        let (message, hint) =
            explain_toml_message("unknown field `emial`, expected one of `email`, `name`, `phone`");
        assert_eq!(message.english(), "unknown key `emial`");
        assert!(hint.unwrap().english().starts_with("did you mean `email`?"));
    }

    #[test]
    fn a_value_of_the_wrong_kind_says_the_kind_the_key_takes() {
        let (message, hint) =
            explain_toml_message("invalid type: integer `67223131`, expected a string");
        assert_eq!(message.id(), "wrong-kind");
        assert_eq!(message.english(), "this key takes text in double quotes");
        assert_eq!(hint.unwrap().id(), "invalid-type-hint-text");
        let (message, _) = explain_toml_message("a phone number, or a list of phone numbers");
        assert_eq!(message.text_arg("expected"), Some("phone"));
        let (message, _) =
            explain_toml_message("invalid type: string \"2026-02-01\", expected a TOML datetime");
        assert_eq!(message.text_arg("expected"), Some("date"));
        // A kind it can't name keeps serde's words.
        let (message, _) = explain_toml_message("invalid type: map, expected a unit");
        assert_eq!(message.id(), "invalid-type");
    }

    #[test]
    fn a_date_written_day_first_is_shown_the_way_toml_reads_it() {
        let text = "name = \"x\"\nupdated = \"22.11.2026.\"  # today\n";
        let at = text.find("22").unwrap();
        assert_eq!(
            day_first_date_on_line(text, at),
            Some(("22.11.2026.".to_owned(), "2026-11-22".to_owned()))
        );
        assert_eq!(
            day_first_date_on_line("d = 1/2/2026", 4),
            Some(("1/2/2026".to_owned(), "2026-02-01".to_owned()))
        );
        assert_eq!(day_first_date_on_line("d = 2026-11-22", 4), None);
        assert_eq!(day_first_date_on_line("d = 31.02.2026", 4), None);
        assert_eq!(day_first_date_on_line("v = 1.2", 4), None);
    }

    #[test]
    fn display_points_at_the_line_with_a_caret() {
        let source = "a = 1\nemial = 2\n";
        let d = Diagnostic::new("x.toml", msg!("unknown-key", key = "emial"))
            .at_span(source, 6..11)
            .hint(msg!("did-you-mean", best = "email"));
        assert_eq!(
            d.to_string(),
            "error: unknown key `emial`\n --> x.toml:2:1\n  |\n2 | emial = 2\n  | ^^^^^\n  = hint: did you mean `email`?\n"
        );
    }
}
