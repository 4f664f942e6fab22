//! The platform's own data as templates see it.

use schemars::JsonSchema;
use serde::Serialize;

use super::{host, opt, phones, text, LinkView, OtherLanguage, PersonView};
use crate::model::{DateView, Language, Platform};

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct PlatformView {
    pub name: String,
    pub controller: ControllerView,
    pub processors: Vec<ProcessorView>,
    pub supervisory_authority: AuthorityView,
    pub published: DateView,
    pub cookie_settings_links: Vec<LinkView>,
    pub favicon: String,
    pub accessibility_statement: String,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ControllerView {
    pub name: String,
    pub short_name: Option<String>,
    pub registration_number: Option<String>,
    pub address: Option<String>,
    pub email: String,
    pub phones: Vec<String>,
    pub website: String,
    pub website_host: String,
    pub responsible_person: PersonView,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct ProcessorView {
    pub role: String,
    pub name: String,
    pub short_name: Option<String>,
}

#[derive(Clone, Debug, Serialize, JsonSchema)]
pub struct AuthorityView {
    pub name: String,
    pub address: String,
    pub email: String,
    pub phone: String,
    pub website: String,
    pub website_host: String,
}

impl PlatformView {
    pub fn new(platform: &Platform, language: Language) -> PlatformView {
        let c = &platform.controller;
        let a = &platform.supervisory_authority;
        PlatformView {
            name: text(&platform.name, language),
            controller: ControllerView {
                name: text(&c.name, language),
                short_name: opt(&c.short_name, language),
                registration_number: c.registration_number.clone(),
                address: opt(&c.address, language),
                email: c.email.clone(),
                phones: phones(&c.phone),
                website: c.website.clone(),
                website_host: host(&c.website),
                responsible_person: PersonView::new(&c.responsible_person, language),
            },
            processors: platform
                .processors
                .iter()
                .map(|p| ProcessorView {
                    role: text(&p.role, language),
                    name: text(&p.name, language),
                    short_name: opt(&p.short_name, language),
                })
                .collect(),
            supervisory_authority: AuthorityView {
                name: text(&a.name, language),
                address: text(&a.address, language),
                email: a.email.clone(),
                phone: a.phone.clone(),
                website: a.website.clone(),
                website_host: host(&a.website),
            },
            published: platform.published.view(language),
            cookie_settings_links: platform
                .cookie_settings_links
                .iter()
                .map(|l| LinkView {
                    name: text(&l.name, language),
                    url: text(&l.url, language),
                    other_language: l
                        .language
                        .filter(|&l| l != language)
                        .map(|l| OtherLanguage {
                            code: l.code(),
                            marker: l.link_marker(),
                        }),
                })
                .collect(),
            favicon: platform.favicon.get_ref().clone(),
            accessibility_statement: text(&platform.accessibility_statement, language),
        }
    }
}
