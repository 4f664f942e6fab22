//! Markdown front matter per kind of file, and the loaded values each becomes.

use serde::Deserialize;
use toml::Spanned;

use super::markdown;
use super::{Block, CookieText, InstitutionSection, Placement, Section};
use crate::diagnostic::{Diagnostic, Position};
use crate::model::{Element, GeneratedSection};
use crate::msg;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct SectionFront {
    id: Spanned<String>,
    title: String,
    order: i64,
    /// The GDPR elements it gives; on an institution's page a shared section that gives the
    /// rights or the complaint is said once, by the page's own section.
    #[serde(default)]
    covers: Vec<Element>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct InstitutionSectionFront {
    id: Spanned<String>,
    title: Option<Spanned<String>>,
    order: Option<Spanned<i64>>,
    #[serde(default)]
    covers: Vec<Element>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CookieTextFront {
    id: Spanned<String>,
    title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct CategoryFront {
    pub(super) title: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct BlockFront {
    id: Spanned<String>,
    title: String,
    #[serde(default)]
    parameters: Vec<String>,
    #[serde(default)]
    covers: Vec<Element>,
    /// Who is the controller of the system the chapter is about, for the page's summary.
    controller: Option<String>,
}

/// Checks an id's form: it becomes an anchor and pairs files across languages.
pub(super) fn checked_id<F>(
    parsed: &markdown::Parsed<F>,
    id: &Spanned<String>,
) -> Result<(String, Position), Diagnostic> {
    let at = parsed.position_of(id);
    let value = id.get_ref();
    if value.is_empty()
        || !value
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    {
        return Err(
            Diagnostic::new(&parsed.source.file, msg!("section-id-invalid", id = value))
                .at(at)
                .hint(msg!(
                    "section-id-invalid-hint",
                    example = slug::slugify(value)
                )),
        );
    }
    Ok((value.clone(), at))
}

pub(super) fn shared_section(
    parsed: markdown::Parsed<SectionFront>,
) -> Result<Section, Diagnostic> {
    let (id, id_at) = checked_id(&parsed, &parsed.front.id)?;
    Ok(Section {
        id,
        id_at,
        title: parsed.front.title,
        order: parsed.front.order,
        covers: parsed.front.covers,
        source: parsed.source,
    })
}

pub(super) fn cookie_text(
    parsed: markdown::Parsed<CookieTextFront>,
) -> Result<CookieText, Diagnostic> {
    let (id, id_at) = checked_id(&parsed, &parsed.front.id)?;
    Ok(CookieText {
        id,
        id_at,
        title: parsed.front.title,
        source: parsed.source,
    })
}

pub(super) fn block(parsed: markdown::Parsed<BlockFront>) -> Result<Block, Diagnostic> {
    let (id, id_at) = checked_id(&parsed, &parsed.front.id)?;
    let valid = |p: &String| {
        !p.is_empty()
            && p.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
    };
    if let Some(bad) = parsed.front.parameters.iter().find(|p| !valid(p)) {
        return Err(Diagnostic::new(
            &parsed.source.file,
            msg!("parameter-name-invalid", name = bad),
        )
        .at(id_at)
        .hint(msg!("parameter-name-invalid-hint")));
    }
    Ok(Block {
        id,
        id_at,
        title: parsed.front.title,
        parameters: parsed.front.parameters,
        covers: parsed.front.covers,
        controller: parsed.front.controller,
        source: parsed.source,
    })
}

pub(super) fn institution_section(
    parsed: markdown::Parsed<InstitutionSectionFront>,
) -> Result<InstitutionSection, Diagnostic> {
    let (id, id_at) = checked_id(&parsed, &parsed.front.id)?;
    let front = &parsed.front;
    let placement = match (GeneratedSection::from_id(&id), &front.title, &front.order) {
        (Some(generated), None, None) => Placement::Extends(generated),
        (Some(_), title, order) => {
            let at = title
                .as_ref()
                .map(|t| parsed.position_of(t))
                .or_else(|| order.as_ref().map(|o| parsed.position_of(o)))
                .unwrap_or_else(|| id_at.clone());
            return Err(Diagnostic::new(
                &parsed.source.file,
                msg!("generated-section-placed", id = &id),
            )
            .at(at)
            .hint(msg!("generated-section-placed-hint", id = &id)));
        }
        (None, Some(title), Some(order)) => Placement::Own {
            title: title.get_ref().clone(),
            order: *order.get_ref(),
        },
        (None, title, _) => {
            let missing = if title.is_none() { "title" } else { "order" };
            return Err(
                Diagnostic::new(&parsed.source.file, msg!("missing-key", key = missing))
                    .at(id_at)
                    .hint(msg!(
                        "missing-key-hint-section",
                        key = missing,
                        ids = GeneratedSection::ALL.map(|s| s.id()).join(", ")
                    )),
            );
        }
    };
    Ok(InstitutionSection {
        id,
        id_at,
        placement,
        covers: parsed.front.covers.clone(),
        source: parsed.source,
    })
}
