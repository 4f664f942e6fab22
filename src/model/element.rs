//! The information GDPR Articles 13 and 14 require a privacy notice to give.

use serde::{Deserialize, Serialize};

use crate::messages::Message;
use crate::msg;

/// One required element, written as its article reference: `13(1)(a)` … `14(2)(f)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum Element {
    #[serde(rename = "13(1)(a)")]
    ControllerIdentity,
    #[serde(rename = "13(1)(b)")]
    DpoContacts,
    #[serde(rename = "13(1)(c)")]
    PurposesAndLegalBasis,
    #[serde(rename = "13(1)(d)")]
    LegitimateInterests,
    #[serde(rename = "13(1)(e)")]
    Recipients,
    #[serde(rename = "13(1)(f)")]
    Transfers,
    #[serde(rename = "13(2)(a)")]
    Retention,
    #[serde(rename = "13(2)(b)")]
    Rights,
    #[serde(rename = "13(2)(c)")]
    WithdrawConsent,
    #[serde(rename = "13(2)(d)")]
    Complaint,
    #[serde(rename = "13(2)(e)")]
    StatutoryRequirement,
    #[serde(rename = "13(2)(f)")]
    AutomatedDecisions,
    #[serde(rename = "14(1)(d)")]
    DataCategories,
    #[serde(rename = "14(2)(f)")]
    DataSource,
}

impl Element {
    pub const ALL: [Element; 14] = [
        Element::ControllerIdentity,
        Element::DpoContacts,
        Element::PurposesAndLegalBasis,
        Element::LegitimateInterests,
        Element::Recipients,
        Element::Transfers,
        Element::Retention,
        Element::Rights,
        Element::WithdrawConsent,
        Element::Complaint,
        Element::StatutoryRequirement,
        Element::AutomatedDecisions,
        Element::DataCategories,
        Element::DataSource,
    ];

    pub fn article(self) -> &'static str {
        match self {
            Element::ControllerIdentity => "13(1)(a)",
            Element::DpoContacts => "13(1)(b)",
            Element::PurposesAndLegalBasis => "13(1)(c)",
            Element::LegitimateInterests => "13(1)(d)",
            Element::Recipients => "13(1)(e)",
            Element::Transfers => "13(1)(f)",
            Element::Retention => "13(2)(a)",
            Element::Rights => "13(2)(b)",
            Element::WithdrawConsent => "13(2)(c)",
            Element::Complaint => "13(2)(d)",
            Element::StatutoryRequirement => "13(2)(e)",
            Element::AutomatedDecisions => "13(2)(f)",
            Element::DataCategories => "14(1)(d)",
            Element::DataSource => "14(2)(f)",
        }
    }

    /// What the element is, in English, for the maintainers' completeness table: the
    /// catalogue's words (`gdpr-element-what`).
    pub fn description(self) -> String {
        self.what().english()
    }

    /// The element as a message names it: its article and what it is, e.g. "Art. 13(2)(a)
    /// retention period or criteria".
    pub fn name(self) -> Message {
        msg!("gdpr-element", article = self.article(), what = self.what())
    }

    /// What the element is, e.g. "retention period or criteria".
    fn what(self) -> Message {
        let what = match self {
            Element::ControllerIdentity => "controller-identity",
            Element::DpoContacts => "dpo-contacts",
            Element::PurposesAndLegalBasis => "purposes",
            Element::LegitimateInterests => "legitimate-interests",
            Element::Recipients => "recipients",
            Element::Transfers => "transfers",
            Element::Retention => "retention",
            Element::Rights => "rights",
            Element::WithdrawConsent => "withdraw-consent",
            Element::Complaint => "complaint",
            Element::StatutoryRequirement => "statutory-requirement",
            Element::AutomatedDecisions => "automated-decisions",
            Element::DataCategories => "data-categories",
            Element::DataSource => "data-source",
        };
        msg!("gdpr-element-what", what = what)
    }

    pub fn from_article(article: &str) -> Option<Element> {
        Element::ALL.into_iter().find(|e| e.article() == article)
    }
}
