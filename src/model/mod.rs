//! The typed content model: what `platform.toml`, `institution.toml` and Markdown front
//! matter may contain. Unknown keys are errors (`deny_unknown_fields`), so a typo never
//! silently drops a value.

mod cookie;
mod date;
mod element;
mod gdpr;
mod inferred;
mod institution;
pub mod keys;
pub mod ledger;
mod notice;
pub mod page_text;
mod platform;
pub mod record;
mod section;
mod slug;
mod source;

pub use crate::language::{Language, Localized, Text};
pub use cookie::{Cookie, CookieCategory};
pub use date::{Date, DateView};
pub use element::Element;
pub use gdpr::{LegalBasis, Right};
pub use inferred::{stated, Inferable, Inference};
pub use institution::{
    BlockOptIn, DataProtectionOfficer, GeneralBases, InstitutionData, Purpose, Recipients,
    Register, Requests, Retention, RightEntry, TOP_LEVEL_VALUES,
};
pub use notice::Notice;
pub use page_text::PageText;
pub use platform::{
    CookieSettingsLink, FormerContacts, Person, Phones, Platform, PlatformController, Processor,
    SupervisoryAuthority,
};
pub use section::GeneratedSection;
pub use slug::{BadSlug, Slug};
pub use source::{SourceFile, INSTITUTION_FILE, PLATFORM_FILE};
