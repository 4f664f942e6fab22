//! Notices: the first layer of information that points to the policy page — printable
//! signs with a QR code, and texts to paste into invitations, forms and e-mails (seed 001,
//! EDPB Guidelines 3/2019 §110–116). They are rendered per institution and language under
//! its policy page (`<slug>/lv/privatuma-politika/pazinojumi/`), so they deploy with it,
//! from the same `InstitutionView` the policy page is rendered from: a notice can state
//! nothing the page doesn't.
//!
//! Pages: the index; per marked purpose a sign in A4 and in A5 (`<id>/a4/`, `<id>/a5/`)
//! when one of its notices is a sign, and its texts (`<id>/`) when one has texts; the
//! e-mail footer (`e-mail/`), which every institution gets.

mod qr;
mod words;

use std::path::PathBuf;

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::load::{Institution, Site};
use crate::merge::views::{InstitutionView, LegalBasisView, RightView};
use crate::merge::PageKind;
use crate::model::{DateView, Language, LegalBasis, Notice, Right};
use crate::msg;
use crate::render::{urls, ExtraValues, Renderer, Urls};

pub use crate::merge::layout::notices_folder as folder;

/// A sheet size a sign is laid out for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
enum Paper {
    A4,
    A5,
}

impl Paper {
    const ALL: [Paper; 2] = [Paper::A4, Paper::A5];

    fn folder(self) -> &'static str {
        match self {
            Paper::A4 => "a4",
            Paper::A5 => "a5",
        }
    }
}

/// One page of the notices, by what it shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NoticePage {
    Index,
    EmailFooter,
    /// The sign of the purpose at this index, on this paper.
    Sign(usize, Paper),
    /// The texts of the purpose at this index.
    Texts(usize),
}

/// A marked purpose as the notices show it: the policy's facts for it and where it is.
#[derive(Serialize)]
struct PurposeNotices<'a> {
    id: &'a str,
    name: &'a str,
    description: &'a str,
    /// The purpose's anchor on the policy page's canonical URL (what the QR code opens).
    url: String,
    anchor: &'a str,
    notices: Vec<&'static str>,
    headlines: Vec<&'static str>,
    legal_bases: &'a [LegalBasisView],
    /// The institution's legitimate interests, when the purpose relies on point (f).
    legitimate_interests: Option<&'a str>,
    retention: &'a str,
    rights: Vec<&'a RightView>,
    has_sign: bool,
    has_texts: bool,
    #[serde(skip)]
    codes: Vec<Notice>,
}

#[derive(Serialize)]
struct PasteOut {
    title: &'static str,
    paragraphs: Vec<String>,
    /// The same text as HTML, for the e-mail footer.
    html: Option<String>,
}

/// What every notice page of an institution in a language receives besides the base
/// values, converted for the templates once.
#[derive(Serialize)]
struct NoticesContext<'a> {
    published: DateView,
    updated: &'a DateView,
    institution: &'a InstitutionView,
    w: &'static words::Labels,
    policy_url: &'a str,
    purposes: &'a [PurposeNotices<'a>],
    /// Always set: notices are material for the institution's staff to print or paste; the
    /// page search engines should lead people to is the policy.
    noindex: bool,
}

/// What one notice page receives besides [`NoticesContext`].
#[derive(Serialize)]
struct NoticeContext<'a> {
    kind: &'static str,
    /// The page's heading; the `<title>` adds the institution.
    heading: String,
    title: String,
    urls: Urls,
    /// From this page to the notices index and to the policy page.
    to_index: String,
    policy: String,
    purpose: Option<&'a PurposeNotices<'a>>,
    paper: Option<Paper>,
    qr: Option<String>,
    texts: Vec<PasteOut>,
}

/// The path of the notices index within the institution's site, e.g.
/// `lv/privatuma-politika/pazinojumi/`.
pub fn index_path(site: &Site, language: Language) -> String {
    format!(
        "{}{}/",
        urls::site_path(site, &PageKind::Platform, language),
        folder(language)
    )
}

/// Every notice page of one institution in one language: its path in the output and HTML.
pub fn render(
    renderer: &Renderer,
    site: &Site,
    institution: &Institution,
    language: Language,
) -> Result<Vec<(PathBuf, Vec<u8>)>, Diagnostics> {
    let view = InstitutionView::new(&institution.slug, &institution.data, language);
    let policy_url = format!(
        "{}/{}",
        institution.data.website.trim_end_matches('/'),
        urls::site_path(site, &PageKind::Institution(institution), language)
    );
    let purposes = purposes(institution, &view, &policy_url, language);
    let shared = NoticesContext {
        published: site.platform.published.view(language),
        updated: &view.updated,
        institution: &view,
        w: words::labels(language),
        policy_url: &policy_url,
        purposes: &purposes,
        noindex: true,
    };
    let values = renderer
        .extra_values("notices/index.html", language, &shared)
        .map_err(Diagnostics::from)?;
    let notices = Notices {
        renderer,
        site,
        institution,
        view: &view,
        purposes: &purposes,
        policy_url: &policy_url,
        values,
        language,
    };
    let mut pages = vec![NoticePage::Index, NoticePage::EmailFooter];
    for (index, purpose) in purposes.iter().enumerate() {
        if purpose.has_sign {
            pages.extend(Paper::ALL.map(|paper| NoticePage::Sign(index, paper)));
        }
        if purpose.has_texts {
            pages.push(NoticePage::Texts(index));
        }
    }
    let mut errors = Diagnostics::default();
    let mut out = Vec::with_capacity(pages.len());
    for page in pages {
        match notices.render_page(page) {
            Ok(page) => out.push(page),
            Err(e) => errors.push(e),
        }
    }
    errors.into_result(out)
}

fn purposes<'a>(
    institution: &'a Institution,
    view: &'a InstitutionView,
    policy_url: &str,
    language: Language,
) -> Vec<PurposeNotices<'a>> {
    institution
        .data
        .purposes
        .get_ref()
        .iter()
        .zip(&view.purposes)
        .filter(|(purpose, _)| !purpose.notices.is_empty())
        .map(|(purpose, shown)| {
            let notices: Vec<Notice> = purpose.notices.iter().map(|n| *n.get_ref()).collect();
            let bases: Vec<LegalBasis> = purpose.bases().collect();
            let applicable = Right::applicable(bases.iter().copied());
            PurposeNotices {
                id: purpose.id.get_ref(),
                name: &shown.name,
                description: &shown.description,
                url: format!("{policy_url}#{}", shown.anchor),
                anchor: &shown.anchor,
                notices: notices.iter().map(|&n| words::name(n, language)).collect(),
                headlines: notices
                    .iter()
                    .filter_map(|&n| words::headline(n, language))
                    .collect(),
                legal_bases: &shown.legal_bases,
                legitimate_interests: view
                    .legitimate_interests
                    .as_deref()
                    .filter(|_| bases.contains(&LegalBasis::F)),
                retention: shown
                    .retention
                    .as_deref()
                    .unwrap_or(words::labels(language).retention_general),
                // The rights the policy page lists that apply to this purpose's bases.
                rights: view
                    .rights
                    .iter()
                    .filter(|r| applicable.contains(&r.right) && r.not_applicable.is_none())
                    .collect(),
                has_sign: notices.iter().any(|n| n.is_sign()),
                has_texts: notices
                    .iter()
                    .any(|&n| !words::texts(n, &words::Facts::EMPTY, language).is_empty()),
                codes: notices,
            }
        })
        .collect()
}

/// One institution's notices in one language, with what all their pages share.
struct Notices<'a> {
    renderer: &'a Renderer,
    site: &'a Site,
    institution: &'a Institution,
    view: &'a InstitutionView,
    purposes: &'a [PurposeNotices<'a>],
    policy_url: &'a str,
    values: ExtraValues,
    language: Language,
}

impl Notices<'_> {
    fn render_page(&self, page: NoticePage) -> Result<(PathBuf, Vec<u8>), Diagnostic> {
        let Notices {
            renderer,
            site,
            institution,
            view,
            purposes,
            policy_url,
            language,
            ..
        } = *self;
        let w = words::labels(language);
        let here = |language| {
            let below = match page {
                NoticePage::Index => String::new(),
                NoticePage::EmailFooter => "e-mail/".to_owned(),
                NoticePage::Sign(i, paper) => format!("{}/{}/", purposes[i].id, paper.folder()),
                NoticePage::Texts(i) => format!("{}/", purposes[i].id),
            };
            format!("{}{below}", index_path(site, language))
        };
        let path = here(language);
        let to_index = urls::root_prefix(&path[index_path(site, language).len()..]);
        let base = institution.data.website.trim_end_matches('/');
        let root = urls::root_prefix(&path);
        let alternates = urls::alternates(site, language, base, &root, here);
        let page_urls = Urls {
            canonical: format!("{base}/{path}"),
            x_default: format!("{base}/{}", here(site.platform.default_language())),
            root,
            alternates,
        };
        let purpose = match page {
            NoticePage::Sign(i, _) | NoticePage::Texts(i) => Some(&purposes[i]),
            _ => None,
        };
        let (kind, title, texts) = match page {
            NoticePage::Index => ("notices-index", w.notices.to_owned(), Vec::new()),
            NoticePage::EmailFooter => {
                let lead = words::email_footer(&view.name, language);
                let html = format!(
                    "<p>{} <a href=\"{url}\">{url}</a></p>",
                    crate::render::escape_html(&lead),
                    url = crate::render::escape_html(policy_url)
                );
                let text = PasteOut {
                    title: w.email_footer,
                    paragraphs: vec![format!("{lead} {policy_url}")],
                    html: Some(html),
                };
                ("email-footer", w.email_footer.to_owned(), vec![text])
            }
            NoticePage::Sign(i, paper) => (
                "sign",
                format!(
                    "{} ({}) — {}",
                    w.sign,
                    paper.folder().to_uppercase(),
                    purposes[i].name
                ),
                Vec::new(),
            ),
            NoticePage::Texts(i) => {
                let p = &purposes[i];
                let facts = words::Facts {
                    controller: &view.name,
                    purpose: p.name,
                    retention: p.retention,
                    url: &p.url,
                };
                let texts = p
                    .codes
                    .iter()
                    .flat_map(|&n| words::texts(n, &facts, language))
                    .map(|paste| PasteOut {
                        title: paste.title,
                        paragraphs: paste.paragraphs,
                        html: None,
                    })
                    .collect();
                ("texts", format!("{} — {}", w.texts, p.name), texts)
            }
        };
        let qr = match page {
            NoticePage::Sign(i, _) => Some(qr::svg(&purposes[i].url).map_err(|e| {
                Diagnostic::new(
                    &institution.file.path,
                    msg!(
                        "qr-code-too-long",
                        url = &purposes[i].url,
                        detail = e.to_string()
                    ),
                )
                .hint(msg!("qr-code-too-long-hint"))
            })?),
            _ => None,
        };
        let context = NoticeContext {
            kind,
            title: format!("{title} — {}", view.name),
            heading: title,
            urls: page_urls,
            policy: format!("{to_index}../"),
            to_index,
            purpose,
            paper: match page {
                NoticePage::Sign(_, paper) => Some(paper),
                _ => None,
            },
            qr,
            texts,
        };
        let template = match page {
            NoticePage::Sign(..) => "notices/sign.html",
            NoticePage::Index => "notices/index.html",
            _ => "notices/texts.html",
        };
        let html = renderer.render_extra_on(template, &self.values, &context)?;
        let file: PathBuf = [institution.slug.as_str(), &path, "index.html"]
            .iter()
            .collect();
        Ok((file, html))
    }
}
