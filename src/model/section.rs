//! The sections the generator writes from an institution's TOML, with their fixed places.

use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum GeneratedSection {
    /// The first layer: who is responsible for what, each purpose in a line, rights,
    /// complaint. First on the page, outside the parts.
    Summary,
    Controller,
    DataProtectionOfficer,
    Purposes,
    LegalBases,
    Registers,
    Retention,
    Recipients,
    Transfers,
    StatutoryRequirement,
    AutomatedDecisions,
    Rights,
    Complaint,
}

impl GeneratedSection {
    pub const ALL: [GeneratedSection; 13] = [
        GeneratedSection::Summary,
        GeneratedSection::Controller,
        GeneratedSection::DataProtectionOfficer,
        GeneratedSection::Purposes,
        GeneratedSection::LegalBases,
        GeneratedSection::Registers,
        GeneratedSection::Retention,
        GeneratedSection::Recipients,
        GeneratedSection::Transfers,
        GeneratedSection::StatutoryRequirement,
        GeneratedSection::AutomatedDecisions,
        GeneratedSection::Rights,
        GeneratedSection::Complaint,
    ];

    /// The anchor on the page and the id an institution's Markdown uses to extend it.
    pub fn id(self) -> &'static str {
        match self {
            GeneratedSection::Summary => "summary",
            GeneratedSection::Controller => "controller",
            GeneratedSection::DataProtectionOfficer => "data-protection-officer",
            GeneratedSection::Purposes => "purposes",
            GeneratedSection::LegalBases => "legal-bases",
            GeneratedSection::Registers => "registers",
            GeneratedSection::Retention => "retention",
            GeneratedSection::Recipients => "recipients",
            GeneratedSection::Transfers => "transfers",
            GeneratedSection::StatutoryRequirement => "statutory-requirement",
            GeneratedSection::AutomatedDecisions => "automated-decisions",
            GeneratedSection::Rights => "rights",
            GeneratedSection::Complaint => "complaint",
        }
    }

    /// Where it sits among the institution's own sections: 10, 20, … 100. (The two
    /// added later sit between transfers and rights, so existing `order`s keep their place.)
    pub fn order(self) -> i64 {
        match self {
            GeneratedSection::Summary => 0,
            GeneratedSection::Controller => 10,
            GeneratedSection::DataProtectionOfficer => 20,
            GeneratedSection::Purposes => 30,
            GeneratedSection::LegalBases => 40,
            GeneratedSection::Registers => 50,
            GeneratedSection::Retention => 60,
            GeneratedSection::Recipients => 70,
            GeneratedSection::Transfers => 80,
            GeneratedSection::StatutoryRequirement => 82,
            GeneratedSection::AutomatedDecisions => 84,
            GeneratedSection::Rights => 90,
            GeneratedSection::Complaint => 100,
        }
    }

    pub fn from_id(id: &str) -> Option<GeneratedSection> {
        GeneratedSection::ALL.into_iter().find(|s| s.id() == id)
    }

    /// Whether the section is one of the page's own parts (the summary first, the rights
    /// and the complaint last, once for the whole page) rather than a section of the
    /// institution's part.
    pub fn is_page_part(self) -> bool {
        matches!(
            self,
            GeneratedSection::Summary | GeneratedSection::Rights | GeneratedSection::Complaint
        )
    }

    /// The name of the theme template that renders it: `sections/<id>.html`.
    pub fn template(self) -> String {
        format!("sections/{}.html", self.id())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_are_spaced_by_ten_in_document_order() {
        assert_eq!(GeneratedSection::Controller.order(), 10);
        assert_eq!(GeneratedSection::Complaint.order(), 100);
        assert_eq!(
            GeneratedSection::from_id("rights"),
            Some(GeneratedSection::Rights)
        );
    }
}
