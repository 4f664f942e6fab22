//! The GDPR's closed vocabularies: legal bases and data subjects' rights. Editors write a
//! code; the generator words it, the same way on every page and in both languages.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use super::{Language, Localized};

/// A legal basis of GDPR Article 6(1), written as its point: `a` … `f`.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum LegalBasis {
    A,
    B,
    C,
    D,
    E,
    F,
}

impl LegalBasis {
    pub fn code(self) -> &'static str {
        match self {
            LegalBasis::A => "a",
            LegalBasis::B => "b",
            LegalBasis::C => "c",
            LegalBasis::D => "d",
            LegalBasis::E => "e",
            LegalBasis::F => "f",
        }
    }

    /// The basis in words, as a clause that completes "personal data are processed …".
    pub fn words(self, language: Language) -> &'static str {
        let words = match self {
            LegalBasis::A => Localized {
                lv: "ar datu subjekta piekrišanu vienam vai vairākiem konkrētiem nolūkiem",
                en: "with the data subject's consent for one or more specific purposes",
            },
            LegalBasis::B => Localized {
                lv: "lai izpildītu līgumu, kura līgumslēdzēja puse ir datu subjekts, vai veiktu pasākumus pēc datu subjekta pieprasījuma pirms līguma noslēgšanas",
                en: "to perform a contract to which the data subject is party, or to take steps at the data subject's request before entering into a contract",
            },
            LegalBasis::C => Localized {
                lv: "lai izpildītu uz pārzini attiecināmu juridisku pienākumu",
                en: "to comply with a legal obligation to which the controller is subject",
            },
            LegalBasis::D => Localized {
                lv: "lai aizsargātu datu subjekta vai citas fiziskas personas vitālas intereses",
                en: "to protect the vital interests of the data subject or of another natural person",
            },
            LegalBasis::E => Localized {
                lv: "lai izpildītu uzdevumu, ko veic sabiedrības interesēs vai īstenojot pārzinim likumīgi piešķirtās oficiālās pilnvaras",
                en: "to perform a task carried out in the public interest or in the exercise of official authority vested in the controller",
            },
            LegalBasis::F => Localized {
                lv: "lai ievērotu pārziņa vai trešās personas leģitīmās intereses",
                en: "for the legitimate interests pursued by the controller or by a third party",
            },
        };
        words.get(language)
    }

    /// Several points cited at once, for the summary: "VDAR 6. panta 1. punkta c), e)
    /// apakšpunkts" / "GDPR Article 6(1)(c), (e)".
    pub fn citation_of(bases: &[LegalBasis], language: Language) -> String {
        match language {
            Language::Lv => {
                let points: Vec<String> = bases.iter().map(|b| format!("{})", b.code())).collect();
                format!("VDAR 6. panta 1. punkta {} apakšpunkts", points.join(", "))
            }
            Language::En => {
                let points: Vec<String> = bases.iter().map(|b| format!("({})", b.code())).collect();
                format!("GDPR Article 6(1){}", points.join(", "))
            }
        }
    }

    /// The citation, e.g. "VDAR 6. panta 1. punkta c) apakšpunkts" / "GDPR Article 6(1)(c)".
    pub fn citation(self, language: Language) -> String {
        match language {
            Language::Lv => format!("VDAR 6. panta 1. punkta {}) apakšpunkts", self.code()),
            Language::En => format!("GDPR Article 6(1)({})", self.code()),
        }
    }
}

/// A data subject's right under GDPR Articles 7 and 15–22.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, Serialize, JsonSchema,
)]
#[serde(rename_all = "kebab-case")]
pub enum Right {
    Access,
    Rectification,
    Erasure,
    Restriction,
    Objection,
    Portability,
    WithdrawConsent,
    AutomatedDecisions,
}

impl Right {
    /// The rights that apply whatever the legal basis (GDPR Art. 15–18).
    pub const ALWAYS: [Right; 4] = [
        Right::Access,
        Right::Rectification,
        Right::Erasure,
        Right::Restriction,
    ];

    /// The rights the GDPR usually gives for processing on these legal bases: withdrawing
    /// consent for (a) (Art. 7(3)), portability for (a) and (b) (Art. 20(1)), objecting for
    /// (e) and (f) (Art. 21(1)), and the four that always apply. Never put on a page: `check`
    /// suggests them (`unlisted-right`), and a notice picks from the institution's own list
    /// those that concern its purpose.
    pub fn applicable(bases: impl IntoIterator<Item = LegalBasis>) -> Vec<Right> {
        let bases: Vec<LegalBasis> = bases.into_iter().collect();
        let uses = |wanted: &[LegalBasis]| bases.iter().any(|b| wanted.contains(b));
        let mut rights = Right::ALWAYS.to_vec();
        if uses(&[LegalBasis::E, LegalBasis::F]) {
            rights.push(Right::Objection);
        }
        if uses(&[LegalBasis::A, LegalBasis::B]) {
            rights.push(Right::Portability);
        }
        if uses(&[LegalBasis::A]) {
            rights.push(Right::WithdrawConsent);
        }
        rights
    }

    /// The right in a few words, for the summary's one line ("piekļūt", "access").
    pub fn short_name(self, language: Language) -> &'static str {
        let name = match self {
            Right::Access => Localized {
                lv: "piekļūt",
                en: "access",
            },
            Right::Rectification => Localized {
                lv: "labot",
                en: "rectification",
            },
            Right::Erasure => Localized {
                lv: "dzēst",
                en: "erasure",
            },
            Right::Restriction => Localized {
                lv: "ierobežot apstrādi",
                en: "restriction",
            },
            Right::Objection => Localized {
                lv: "iebilst",
                en: "objection",
            },
            Right::Portability => Localized {
                lv: "pārnest datus",
                en: "portability",
            },
            Right::WithdrawConsent => Localized {
                lv: "atsaukt piekrišanu",
                en: "withdrawing consent",
            },
            Right::AutomatedDecisions => Localized {
                lv: "netikt pakļautam tikai automatizētiem lēmumiem",
                en: "not being subject to solely automated decisions",
            },
        };
        name.get(language)
    }

    /// The code editors write, e.g. `withdraw-consent`.
    pub fn code(self) -> &'static str {
        match self {
            Right::Access => "access",
            Right::Rectification => "rectification",
            Right::Erasure => "erasure",
            Right::Restriction => "restriction",
            Right::Objection => "objection",
            Right::Portability => "portability",
            Right::WithdrawConsent => "withdraw-consent",
            Right::AutomatedDecisions => "automated-decisions",
        }
    }

    pub fn name(self, language: Language) -> &'static str {
        let name = match self {
            Right::Access => Localized {
                lv: "Tiesības piekļūt saviem datiem",
                en: "Right of access",
            },
            Right::Rectification => Localized {
                lv: "Tiesības uz datu labošanu",
                en: "Right to rectification",
            },
            Right::Erasure => Localized {
                lv: "Tiesības uz datu dzēšanu",
                en: "Right to erasure",
            },
            Right::Restriction => Localized {
                lv: "Tiesības ierobežot apstrādi",
                en: "Right to restriction of processing",
            },
            Right::Objection => Localized {
                lv: "Tiesības iebilst pret apstrādi",
                en: "Right to object",
            },
            Right::Portability => Localized {
                lv: "Tiesības uz datu pārnesamību",
                en: "Right to data portability",
            },
            Right::WithdrawConsent => Localized {
                lv: "Tiesības atsaukt piekrišanu",
                en: "Right to withdraw consent",
            },
            Right::AutomatedDecisions => Localized {
                lv: "Tiesības netikt pakļautam tikai automatizētai lēmumu pieņemšanai",
                en: "Right not to be subject to solely automated decisions",
            },
        };
        name.get(language)
    }

    /// What the right means, for institutions that don't explain it in their own words.
    pub fn summary(self, language: Language) -> &'static str {
        let summary = match self {
            Right::Access => Localized {
                lv: "saņemt apstiprinājumu, vai jūsu personas dati tiek apstrādāti, piekļūt tiem un saņemt to kopiju (VDAR 15. pants).",
                en: "to find out whether your personal data are processed, to access them and to receive a copy (GDPR Article 15).",
            },
            Right::Rectification => Localized {
                lv: "panākt, lai neprecīzi personas dati tiktu laboti un nepilnīgi — papildināti (VDAR 16. pants).",
                en: "to have inaccurate personal data corrected and incomplete data completed (GDPR Article 16).",
            },
            Right::Erasure => Localized {
                lv: "panākt savu personas datu dzēšanu, ja tie vairs nav jāapstrādā (VDAR 17. pants).",
                en: "to have your personal data erased when they no longer need to be processed (GDPR Article 17).",
            },
            Right::Restriction => Localized {
                lv: "panākt, lai apstrāde tiktu ierobežota, piemēram, kamēr tiek pārbaudīta datu precizitāte (VDAR 18. pants).",
                en: "to have processing restricted, for example while the accuracy of the data is checked (GDPR Article 18).",
            },
            Right::Objection => Localized {
                lv: "iebilst pret apstrādi savas konkrētās situācijas dēļ (VDAR 21. pants).",
                en: "to object to processing on grounds relating to your particular situation (GDPR Article 21).",
            },
            Right::Portability => Localized {
                lv: "saņemt datus, ko esat sniedzis, strukturētā mašīnlasāmā formātā un nodot tos citam pārzinim, ja apstrāde balstās uz piekrišanu vai līgumu un notiek automatizēti (VDAR 20. pants).",
                en: "to receive the data you provided in a structured, machine-readable format and pass them to another controller, where processing is based on consent or a contract and is automated (GDPR Article 20).",
            },
            Right::WithdrawConsent => Localized {
                lv: "jebkurā brīdī atsaukt piekrišanu; tas neietekmē apstrādes likumību pirms atsaukuma (VDAR 7. panta 3. punkts).",
                en: "to withdraw your consent at any time, without affecting the lawfulness of processing before the withdrawal (GDPR Article 7(3)).",
            },
            Right::AutomatedDecisions => Localized {
                lv: "netikt pakļautam lēmumam, kas balstīts tikai uz automatizētu apstrādi, tostarp profilēšanu (VDAR 22. pants).",
                en: "not to be subject to a decision based solely on automated processing, including profiling (GDPR Article 22).",
            },
        };
        summary.get(language)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rights_follow_the_legal_bases() {
        use LegalBasis::*;
        let four = Right::ALWAYS.to_vec();
        assert_eq!(Right::applicable([C]), four);
        assert_eq!(Right::applicable([]), four);
        let with = |extra: &[Right]| [four.clone(), extra.to_vec()].concat();
        assert_eq!(Right::applicable([C, E]), with(&[Right::Objection]));
        assert_eq!(Right::applicable([F]), with(&[Right::Objection]));
        assert_eq!(Right::applicable([B]), with(&[Right::Portability]));
        assert_eq!(
            Right::applicable([A, D]),
            with(&[Right::Portability, Right::WithdrawConsent])
        );
        assert_eq!(
            Right::applicable([A, B, E]),
            with(&[Right::Objection, Right::Portability, Right::WithdrawConsent])
        );
    }

    #[test]
    fn several_points_are_cited_together() {
        use LegalBasis::*;
        assert_eq!(
            LegalBasis::citation_of(&[C, E], Language::Lv),
            "VDAR 6. panta 1. punkta c), e) apakšpunkts"
        );
        assert_eq!(
            LegalBasis::citation_of(&[C, E], Language::En),
            "GDPR Article 6(1)(c), (e)"
        );
    }

    #[test]
    fn legal_basis_citations_name_the_point() {
        assert_eq!(LegalBasis::F.citation(Language::En), "GDPR Article 6(1)(f)");
        assert_eq!(
            LegalBasis::C.citation(Language::Lv),
            "VDAR 6. panta 1. punkta c) apakšpunkts"
        );
    }
}
