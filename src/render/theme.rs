//! The theme compiled: every template parsed once, HTML-escaping on by default.

use std::collections::BTreeMap;
use std::path::PathBuf;

use tera::{Context, Tera};

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{Strings, ThemeFiles};
use crate::model::{Language, Localized};
use crate::msg;

pub struct Theme {
    tera: Tera,
    files: BTreeMap<String, PathBuf>,
    strings: Localized<Strings>,
    strings_file: PathBuf,
}

impl Theme {
    pub fn compile(files: &ThemeFiles) -> Result<Theme, Diagnostics> {
        let mut tera = Tera::default();
        tera.set_escape_fn(escape_html);
        let templates: Vec<(&str, &str)> = files
            .templates
            .iter()
            .map(|(name, file)| (name.as_str(), file.text.as_str()))
            .collect();
        let paths = files
            .templates
            .iter()
            .map(|(name, file)| (name.clone(), file.path.clone()))
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
                let name = e.to_string();
                let template = name.split('\'').nth(1).unwrap_or("").to_owned();
                Err(fallback.error(&template, &e).into())
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
            .cloned()
            .unwrap_or_else(|| PathBuf::from("themes").join(template))
    }

    /// A template error, at the template's file, with Tera's whole explanation.
    pub fn error(&self, template: &str, error: &tera::Error) -> Diagnostic {
        let mut message = error.to_string();
        let mut next = std::error::Error::source(error);
        while let Some(e) = next {
            message.push_str(": ");
            message.push_str(&e.to_string());
            next = e.source();
        }
        Diagnostic::new(
            self.file(template),
            msg!("template-error", detail = message),
        )
        .hint(msg!("template-error-hint"))
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

/// Tera's escaping without `/` → `&#x2F;`: `&`, `<`, `>`, `"` and `'` are what HTML
/// needs escaped in text and quoted attributes, and a URL stays readable in the page.
pub(crate) fn escape_html(input: &str) -> String {
    let mut out = String::with_capacity(input.len() + input.len() / 8);
    // Copied a run at a time between the characters to escape: every value a template
    // prints passes here, and most hold none.
    let mut rest = input;
    while let Some(at) = rest
        .bytes()
        .position(|b| matches!(b, b'&' | b'<' | b'>' | b'"' | b'\''))
    {
        out.push_str(&rest[..at]);
        out.push_str(match rest.as_bytes()[at] {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => "&#x27;",
        });
        rest = &rest[at + 1..];
    }
    out.push_str(rest);
    out
}
