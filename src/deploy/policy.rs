//! The policy as data: beside every institution page, `policy.json` with what the page
//! says — controllers and roles, DPO, purposes with legal bases, data categories,
//! retention, recipients, registers, rights, cookies, the shared chapters it opts into —
//! in the page's language.
//!
//! It is made from the page's own plan and the same views the templates render
//! (`merge::views`), so the page and its data can't disagree. Its JSON Schema is generated
//! from these types (`privatums schema`, `docs/schema/policy.schema.json`).

use schemars::JsonSchema;
use serde::Serialize;

use crate::merge::views::{InstitutionView, PlatformView};
use crate::merge::{Body, CookieView, PagePlan};
use crate::model::{CookieCategory, DateView, Language};

/// The file beside each institution page.
pub const FILE: &str = crate::merge::layout::POLICY_JSON;

/// The format's version: raised when a field is renamed, removed or changes meaning
/// (adding a field does not raise it).
pub const VERSION: u32 = 1;

/// One institution page's privacy policy as data, in the page's language.
#[derive(Serialize, JsonSchema)]
#[schemars(title = "privatums policy document")]
pub struct PolicyDocument<'a> {
    /// The format's version (see docs/deploy.md); raised only on incompatible changes.
    pub version: u32,
    /// The language of every text in this document.
    pub language: Language,
    /// The page this document describes: its canonical web address.
    pub page: String,
    /// The policy's date: when it last changed, the shared policy or the institution's
    /// part, whichever is later.
    pub date: String,
    /// When the platform's shared policy was published.
    pub published: DateView,
    /// When the institution's part last changed.
    pub updated: DateView,
    /// The platform: its controller, processors and supervisory authority.
    pub platform: &'a PlatformView,
    /// The institution: controller of its own processing, with its purposes, legal bases,
    /// registers, retention, recipients, transfers and data subjects' rights.
    pub institution: &'a InstitutionView,
    /// The shared chapters the institution opts into (e.g. the Schengen Information System).
    pub chapters: Vec<Chapter>,
    /// The cookies the page lists, by category.
    pub cookies: Vec<CookieGroup<'a>>,
}

/// A shared chapter on the page.
#[derive(Serialize, JsonSchema)]
pub struct Chapter {
    /// Its anchor on the page.
    pub id: String,
    pub title: String,
    /// The controller of the system the chapter is about, when it names one.
    pub controller: Option<String>,
}

/// The cookies of one category.
#[derive(Serialize, JsonSchema)]
pub struct CookieGroup<'a> {
    pub category: CookieCategory,
    pub title: String,
    pub cookies: &'a [CookieView],
}

/// The document of an institution page, from its plan and the views its template got.
pub fn document<'a>(
    plan: &'a PagePlan,
    platform: &'a PlatformView,
    institution: &'a InstitutionView,
    canonical: &str,
) -> PolicyDocument<'a> {
    let mut chapters = Vec::new();
    let mut cookies = Vec::new();
    for section in &plan.sections {
        match &section.body {
            Body::Block { block, .. } => chapters.push(Chapter {
                id: block.id.clone(),
                title: block.title.clone(),
                controller: block.controller.clone(),
            }),
            Body::Cookies(plan) => {
                cookies.extend(plan.categories.iter().map(|(text, list)| CookieGroup {
                    category: text.category,
                    title: text.title.clone(),
                    cookies: list,
                }))
            }
            _ => {}
        }
    }
    let date = std::cmp::max(&platform.published.iso, &institution.updated.iso).clone();
    PolicyDocument {
        version: VERSION,
        language: plan.language,
        page: canonical.to_owned(),
        date,
        published: platform.published.clone(),
        updated: institution.updated.clone(),
        platform,
        institution,
        chapters,
        cookies,
    }
}

impl PolicyDocument<'_> {
    /// Compact: a file for machines (anyone reading it pipes it through `jq`); indenting
    /// made it a third larger and was 3 % of a build.
    pub fn to_json(&self) -> Vec<u8> {
        let mut json = serde_json::to_vec(self).expect("the document is plain data");
        json.push(b'\n');
        json
    }
}

/// The JSON Schema of [`PolicyDocument`], as `privatums schema` writes it.
pub fn schema() -> serde_json::Value {
    schemars::schema_for!(PolicyDocument<'static>).to_value()
}
