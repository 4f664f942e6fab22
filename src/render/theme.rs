//! The theme compiled: every template parsed once, HTML-escaping on by default.

use std::collections::BTreeMap;
use std::path::PathBuf;

use tera::{Context, Tera};

use crate::diagnostic::{Diagnostic, Diagnostics, Position};
use crate::load::{Strings, ThemeFiles};
use crate::model::{Language, Localized};
use crate::msg;

pub struct Theme {
    tera: Tera,
    /// Template name → the file it was read from and its text, for errors' positions.
    files: BTreeMap<String, (PathBuf, String)>,
    strings: Localized<Strings>,
    strings_file: PathBuf,
}

impl Theme {
    pub fn compile(files: &ThemeFiles) -> Result<Theme, Diagnostics> {
        let mut tera = Tera::default();
        tera.set_escape_fn(write_escaped_html);
        let templates: Vec<(&str, &str)> = files
            .templates
            .iter()
            .map(|(name, file)| (name.as_str(), file.text.as_str()))
            .collect();
        let paths = files
            .templates
            .iter()
            .map(|(name, file)| (name.clone(), (file.path.clone(), file.text.clone())))
            .collect();
        let theme = |tera| Theme {
            tera,
            files: paths,
            strings: files.strings.clone(),
            strings_file: files.strings_file.as_ref().map_or_else(
                || PathBuf::from("themes/default/strings.toml"),
                |f| f.path.clone(),
            ),
        };
        match tera.add_raw_templates(templates) {
            Ok(()) => Ok(theme(tera)),
            Err(e) => {
                let fallback = theme(Tera::default());
                Err(fallback.error("", &e).into())
            }
        }
    }

    pub fn strings(&self, language: Language) -> &Strings {
        self.strings.get(language)
    }

    pub fn render(&self, template: &str, context: &Context) -> Result<String, Diagnostic> {
        self.tera
            .render(template, context)
            .map_err(|e| self.error(template, &e))
    }

    /// The file a template was read from.
    pub fn file(&self, template: &str) -> PathBuf {
        self.files
            .get(template)
            .map(|(path, _)| path.clone())
            .unwrap_or_else(|| PathBuf::from("themes").join(template))
    }

    /// A template error at its place in the template it is in (which may be a template
    /// `template` extends or includes), with Tera's explanation.
    pub fn error(&self, template: &str, error: &tera::Error) -> Diagnostic {
        let Some(report) = template_error(error) else {
            return Diagnostic::new(
                self.file(template),
                msg!("template-error", detail = error_chain(error)),
            )
            .hint(msg!("template-error-hint"));
        };
        let diagnostic = Diagnostic::new(
            self.file(report.filename()),
            msg!("template-error", detail = report.message()),
        )
        .hint(msg!("template-error-hint"));
        match self.files.get(report.filename()) {
            Some((_, text)) => diagnostic.at(Position::of_span(text, report.span().range.clone())),
            None => diagnostic,
        }
    }

    pub fn missing_string(&self, key: &str, language: Language) -> Diagnostic {
        Diagnostic::new(
            &self.strings_file,
            msg!(
                "theme-string-missing",
                key = key,
                language = language.code()
            ),
        )
        .hint(msg!(
            "theme-string-missing-hint",
            language = language.code()
        ))
    }
}

/// The located part of a Tera error: where in which template, and what.
pub(crate) fn template_error(error: &tera::Error) -> Option<&tera::ReportError> {
    match error.kind() {
        tera::ErrorKind::SyntaxError(report) | tera::ErrorKind::RenderingError(report) => {
            Some(report)
        }
        _ => None,
    }
}

/// A Tera error's message with the errors it wraps, for errors Tera can't place.
pub(crate) fn error_chain(error: &tera::Error) -> String {
    let mut message = error.to_string();
    let mut next = std::error::Error::source(error);
    while let Some(e) = next {
        message.push_str(": ");
        message.push_str(&e.to_string());
        next = e.source();
    }
    message
}

/// HTML escaping of a value a template prints: `&`, `<`, `>`, `"` and `'` are what HTML
/// needs escaped in text and quoted attributes (`/` is left as is, so a URL stays readable
/// in the page).
pub(crate) fn escape_html(input: &str) -> String {
    let mut out = Vec::with_capacity(input.len() + input.len() / 8);
    write_escaped_html(input, &mut out).expect("writing to a Vec does not fail");
    String::from_utf8(out).expect("escaping keeps UTF-8 whole")
}

/// [`escape_html`] written straight into Tera's output.
fn write_escaped_html(input: &str, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    // Copied a run at a time between the characters to escape: every value a template
    // prints passes here, and most hold none.
    let mut rest = input.as_bytes();
    while let Some(at) = rest
        .iter()
        .position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
    {
        out.write_all(&rest[..at])?;
        out.write_all(match rest[at] {
            b'&' => b"&amp;",
            b'<' => b"&lt;",
            b'>' => b"&gt;",
            b'"' => b"&quot;",
            _ => b"&#x27;",
        })?;
        rest = &rest[at + 1..];
    }
    out.write_all(rest)
}
