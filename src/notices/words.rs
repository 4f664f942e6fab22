//! The notices' wording, in both languages: seed 001's ready texts with its `http://`
//! addresses replaced by the policy's canonical `https://` address, and every fact (the
//! institution, the purpose, its retention) passed in from the data the policy page shows.

use serde::Serialize;

use crate::merge::layout;
use crate::model::{Language, Notice};

/// The words the notice templates print.
#[derive(Serialize)]
pub struct Labels {
    pub notices: &'static str,
    pub index_intro: &'static str,
    pub controller: &'static str,
    pub purpose: &'static str,
    pub legal_basis: &'static str,
    pub legitimate_interests: &'static str,
    pub retention: &'static str,
    /// Said for the retention of a purpose the general rules cover.
    pub retention_general: &'static str,
    pub rights: &'static str,
    pub rights_how: &'static str,
    pub dpo: &'static str,
    pub more: &'static str,
    pub qr_label: &'static str,
    pub sign: &'static str,
    pub texts: &'static str,
    pub print_hint: &'static str,
    pub paste_hint: &'static str,
    pub email_footer: &'static str,
    pub plain_text: &'static str,
    pub html: &'static str,
    pub all_notices: &'static str,
    pub privacy_policy: &'static str,
}

static LV: Labels = Labels {
    notices: layout::notices_name(Language::Lv),
    index_intro: "Zīmes izdrukāšanai un teksti ievietošanai ielūgumos, veidlapās un e-pastos. Katrs ir veidots no tiem pašiem datiem, ko rāda privātuma politika, un norāda uz tās attiecīgo sadaļu.",
    controller: "Pārzinis",
    purpose: "Nolūks",
    legal_basis: "Tiesiskais pamats",
    legitimate_interests: "Leģitīmās intereses",
    retention: "Glabāšanas laiks",
    retention_general: "kā noteikts privātuma politikas sadaļā “Personas datu glabāšana”",
    rights: "Jūsu tiesības",
    rights_how: "Lai tās izmantotu, sazinieties ar pārzini vai datu aizsardzības speciālistu.",
    dpo: "Datu aizsardzības speciālists",
    more: "Visa informācija par personas datu apstrādi:",
    qr_label: "QR kods, kas atver šo adresi",
    sign: "Zīme",
    texts: "Teksti ievietošanai",
    print_hint: "Drukājiet šo lapu no pārlūka (Ctrl+P) uz vienas lapas, portreta orientācijā; zīme aizpilda lapu.",
    paste_hint: "Iezīmējiet tekstu blokā un kopējiet to (Ctrl+C).",
    email_footer: "Teksts zem e-pasta paraksta",
    plain_text: "Vienkāršs teksts",
    html: "HTML",
    all_notices: "Visi paziņojumi",
    privacy_policy: "Privātuma politika",
};

static EN: Labels = Labels {
    notices: layout::notices_name(Language::En),
    index_intro: "Signs to print and texts to paste into invitations, forms and e-mails. Each is made from the same data as the privacy policy and points to its section.",
    controller: "Controller",
    purpose: "Purpose",
    legal_basis: "Legal basis",
    legitimate_interests: "Legitimate interests",
    retention: "Retention",
    retention_general: "as set out in the privacy policy's section “Retention of personal data”",
    rights: "Your rights",
    rights_how: "To use them, contact the controller or the data protection officer.",
    dpo: "Data protection officer",
    more: "Full information on how personal data are processed:",
    qr_label: "QR code that opens this address",
    sign: "Sign",
    texts: "Texts to paste",
    print_hint: "Print this page from the browser (Ctrl+P) on one sheet, portrait; the sign fills the sheet.",
    paste_hint: "Select the text in a block and copy it (Ctrl+C).",
    email_footer: "Text below the e-mail signature",
    plain_text: "Plain text",
    html: "HTML",
    all_notices: "All notices",
    privacy_policy: "Privacy policy",
};

pub fn labels(language: Language) -> &'static Labels {
    match language {
        Language::Lv => &LV,
        Language::En => &EN,
    }
}

/// A notice's name, for the index and the page title.
pub fn name(notice: Notice, language: Language) -> &'static str {
    match (notice, language) {
        (Notice::VideoSurveillance, Language::Lv) => "Videonovērošana",
        (Notice::VideoSurveillance, Language::En) => "Video surveillance",
        (Notice::EventPhotography, Language::Lv) => "Fotografēšana un filmēšana pasākumos",
        (Notice::EventPhotography, Language::En) => "Photography and filming at events",
        (Notice::CallRecording, Language::Lv) => "Sarunu ierakstīšana",
        (Notice::CallRecording, Language::En) => "Call recording",
        (Notice::Newsletter, Language::Lv) => "Jaunumu vēstule",
        (Notice::Newsletter, Language::En) => "Newsletter",
        (Notice::RegistrationForm, Language::Lv) => "Reģistrācijas veidlapa",
        (Notice::RegistrationForm, Language::En) => "Registration form",
    }
}

/// A sign's headline (seed 001: "INFORMĒJAM, KA … TIEK VEIKTA … VIDEONOVĒROŠANA").
pub fn headline(notice: Notice, language: Language) -> Option<&'static str> {
    Some(match (notice, language) {
        (Notice::VideoSurveillance, Language::Lv) => "Informējam, ka tiek veikta videonovērošana",
        (Notice::VideoSurveillance, Language::En) => "This area is under video surveillance",
        (Notice::EventPhotography, Language::Lv) => {
            "Informējam, ka tiek veikta fotografēšana un filmēšana"
        }
        (Notice::EventPhotography, Language::En) => "Photographs and video are being taken here",
        _ => return None,
    })
}

/// The facts a text is made from, each as the policy page shows it.
pub struct Facts<'a> {
    pub controller: &'a str,
    pub purpose: &'a str,
    pub retention: &'a str,
    /// The purpose's anchor on the policy page (canonical URL).
    pub url: &'a str,
}

impl Facts<'_> {
    /// No facts, to ask which notices have texts at all.
    pub const EMPTY: Facts<'static> = Facts {
        controller: "",
        purpose: "",
        retention: "",
        url: "",
    };
}

/// A text to paste: its title and its paragraphs; the last ends with the address.
pub struct Paste {
    pub title: &'static str,
    pub paragraphs: Vec<String>,
}

/// The texts a notice gives, in the page's language.
pub fn texts(notice: Notice, facts: &Facts, language: Language) -> Vec<Paste> {
    let Facts {
        controller,
        purpose,
        retention,
        url,
    } = *facts;
    let lv = language == Language::Lv;
    let more = if lv {
        format!("Informācija par personas datu apstrādi: {url}")
    } else {
        format!("Information on how personal data are processed: {url}")
    };
    let paste = |title_lv, title_en, paragraphs: Vec<String>| Paste {
        title: if lv { title_lv } else { title_en },
        paragraphs,
    };
    match notice {
        Notice::VideoSurveillance => Vec::new(),
        Notice::EventPhotography => vec![
            paste(
                "Ielūgumā, preses relīzē vai afišā",
                "In an invitation, press release or poster",
                vec![if lv {
                    format!("Informējam, ka pasākuma laikā tiks veikta fotografēšana un filmēšana ({purpose}). Pārzinis: {controller}. {more}")
                } else {
                    format!("Please note that photographs and video will be taken at the event ({purpose}). Controller: {controller}. {more}")
                }],
            ),
            paste(
                "Atzīme dalībnieku reģistrācijas anketā",
                "Tick box on the registration form",
                vec![if lv {
                    format!("Esmu informēts, ka pasākuma laikā iespējama manu personas datu apstrāde, fotografējot un filmējot ({purpose}). {more}")
                } else {
                    format!("I understand that my personal data may be processed at the event by taking photographs and video ({purpose}). {more}")
                }],
            ),
        ],
        Notice::CallRecording => vec![paste(
            "Paziņojums sarunas sākumā",
            "Announcement at the start of a call",
            vec![if lv {
                format!("Informējam, ka saruna tiks ierakstīta ({purpose}). Pārzinis: {controller}. {more}")
            } else {
                format!("Please note that this call will be recorded ({purpose}). Controller: {controller}. {more}")
            }],
        )],
        Notice::Newsletter => vec![paste(
            "E-pasts, kas lūdz atkārtotu piekrišanu",
            "E-mail asking for consent again",
            if lv {
                vec![
                    format!("Lai arī turpmāk mēs varētu Jums sūtīt jaunumus ({purpose}), mums ir nepieciešama Jūsu piekrišana Jūsu personas datu izmantošanai šim nolūkam."),
                    "Lūdzu, sniedziet savu piekrišanu vai atteikumu, klikšķinot šeit.".to_owned(),
                    "Jebkurā brīdī varēsiet atteikties no jaunumu saņemšanas, nospiežot pogu “Atteikties no jaunumu saņemšanas”, ko atradīsiet katras mūsu vēstules apakšā.".to_owned(),
                    format!("Glabāšanas laiks: {retention}"),
                    format!("Pārzinis: {controller}. {more}"),
                ]
            } else {
                vec![
                    format!("So that we can keep sending you news ({purpose}), we need your consent to use your personal data for this purpose."),
                    "Please give or refuse your consent by clicking here.".to_owned(),
                    "You can unsubscribe at any time with the “Unsubscribe” button at the bottom of each of our e-mails.".to_owned(),
                    format!("Retention: {retention}"),
                    format!("Controller: {controller}. {more}"),
                ]
            },
        )],
        Notice::RegistrationForm => vec![paste(
            "Teksts virs veidlapas iesniegšanas pogas",
            "Text above the form's submit button",
            vec![if lv {
                format!("Esmu informēts, ka {controller} apstrādās šajā veidlapā norādītos personas datus nolūkā: {purpose}. {more}")
            } else {
                format!("I understand that {controller} will process the personal data given in this form for the purpose: {purpose}. {more}")
            }],
        )],
    }
}

/// The e-mail footer (seed 001), pointing to the policy page: the text before the address.
pub fn email_footer(controller: &str, language: Language) -> String {
    match language {
        Language::Lv => format!("Informējam, ka Jūsu sniegtā personas datus saturošā informācija tiks apstrādāta tikai norādītos un likumīgos nolūkos. Pārzinis: {controller}. Lai iepazītos ar informāciju par personas datu apstrādi, aicinām apmeklēt tīmekļvietni:"),
        Language::En => format!("The information containing personal data that you provide will be processed only for the stated, lawful purposes. Controller: {controller}. For information on how personal data are processed, please visit:"),
    }
}
