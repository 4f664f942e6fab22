//! The institution's slug: its folder name and the first segment of its pages' paths.

use std::fmt;

use serde::Serialize;

use super::Language;
use crate::messages::Message;
use crate::msg;

/// Path segments the platform's own pages use; an institution can't take them.
const RESERVED: [&str; 1] = ["assets"];

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, schemars::JsonSchema)]
#[serde(transparent)]
pub struct Slug(String);

/// Why a folder name is not a valid slug, with the name to use instead.
#[derive(Debug, PartialEq, Eq)]
pub struct BadSlug {
    pub reason: Message,
    pub suggestion: Option<String>,
}

impl Slug {
    pub fn parse(name: &str) -> Result<Slug, BadSlug> {
        let suggestion = || {
            let s = slug::slugify(name);
            (!s.is_empty() && s != name).then_some(s)
        };
        if name.is_empty() {
            return Err(BadSlug {
                reason: msg!("slug-empty"),
                suggestion: None,
            });
        }
        if !name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        {
            return Err(BadSlug {
                reason: msg!("slug-invalid-characters", slug = name),
                suggestion: suggestion(),
            });
        }
        if !name.starts_with(|c: char| c.is_ascii_alphanumeric()) {
            return Err(BadSlug {
                reason: msg!("slug-invalid-start", slug = name),
                suggestion: suggestion(),
            });
        }
        if RESERVED.contains(&name) || Language::from_code(name).is_some() {
            return Err(BadSlug {
                reason: msg!("slug-reserved", slug = name),
                suggestion: Some(format!("{name}-institution")),
            });
        }
        Ok(Slug(name.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Slug {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_lowercase_digits_and_dashes() {
        assert_eq!(
            Slug::parse("valsts-policija-2").unwrap().as_str(),
            "valsts-policija-2"
        );
    }

    #[test]
    fn rejects_other_characters_and_suggests_a_slug() {
        let err = Slug::parse("Ādaži").unwrap_err();
        assert!(err.reason.english().contains("lowercase"));
        assert_eq!(err.suggestion.as_deref(), Some("adazi"));
        assert!(Slug::parse("../etc").is_err());
        assert!(Slug::parse("a b").is_err());
        assert!(Slug::parse("-").is_err());
        assert_eq!(
            Slug::parse("-alfa").unwrap_err().suggestion.as_deref(),
            Some("alfa")
        );
    }

    #[test]
    fn rejects_reserved_names() {
        assert!(Slug::parse("lv").is_err());
        assert!(Slug::parse("assets").is_err());
    }
}
