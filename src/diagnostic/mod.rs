//! Errors as editors see them: the file, the line and column, the source line with a caret,
//! what is wrong and how to fix it. A build collects every diagnostic it finds and reports
//! them together.

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::messages::Message;
use crate::msg;

mod os;
mod position;
mod suggest;
mod toml_errors;

pub use os::os_error;
use position::quote;
pub use position::{visible, Position};
pub use suggest::{closest, suggest, Allowed};

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
