//! The page's sections grouped into its parts, as `page.html` and its contents list show them.

use serde::Serialize;

use super::section::SectionOut;
use super::slots::Slots;
use crate::merge::Part;

/// A section as the page template sees it: its HTML is a marker, replaced after
/// compacting by the section's HTML (`Slots`).
#[derive(Serialize)]
struct SectionSlot<'a> {
    id: &'a str,
    title: &'a str,
    part: Part,
    html: String,
}

/// A part of the page with its sections, as `page.html` and its contents list show it.
#[derive(Serialize)]
pub(super) struct PartSlot<'a> {
    /// The anchor of the part's heading: its section's id for a one-section part.
    id: String,
    part: Part,
    title: String,
    sections: Vec<SectionSlot<'a>>,
}

/// Groups the sections into the page's parts, each titled: a one-section part (summary,
/// rights, complaint) by its section, the others by the theme's words.
pub(super) fn parts<'a>(
    sections: &'a [SectionOut],
    slots: &Slots,
    strings: &crate::load::Strings,
    institution: Option<&str>,
) -> Vec<PartSlot<'a>> {
    let mut parts: Vec<PartSlot> = Vec::new();
    for (index, section) in sections.iter().enumerate() {
        let slot = SectionSlot {
            id: &section.id,
            title: &section.title,
            part: section.part,
            html: slots.marker(index),
        };
        if !section.part.is_single() {
            if let Some(last) = parts.last_mut().filter(|p| p.part == section.part) {
                last.sections.push(slot);
                continue;
            }
        }
        let (id, title) = match section.part {
            Part::Institution => (
                "part-institution".to_owned(),
                format!(
                    "{}: {}",
                    institution.unwrap_or_default(),
                    label(strings, "part_institution")
                ),
            ),
            Part::Platform => (
                "part-platform".to_owned(),
                label(strings, "part_platform").to_owned(),
            ),
            Part::Blocks => (
                "part-blocks".to_owned(),
                label(strings, "part_blocks").to_owned(),
            ),
            Part::Summary | Part::Rights | Part::Complaint => {
                (section.id.clone(), section.title.clone())
            }
        };
        parts.push(PartSlot {
            id,
            part: section.part,
            title,
            sections: vec![slot],
        });
    }
    parts
}

pub(super) fn label<'s>(strings: &'s crate::load::Strings, key: &'s str) -> &'s str {
    strings.labels.get(key).map_or(key, String::as_str)
}
