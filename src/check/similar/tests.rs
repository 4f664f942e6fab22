use super::*;

fn toml(text: &str) -> Passage<'_> {
    Passage {
        file: Path::new("x.toml"),
        text,
        place: Place::Toml(text),
        field: false,
    }
}

// Seed 004: the platform's contact paragraph, and the same paragraph as pasted again
// below the institution's responsible person.
const CONTACT: &str = "Tīmekļvietņu vienotās platformas īstenošanā iesaistītās iestādes savstarpēji sadarbojas, pamatojoties uz spēkā esošajiem normatīvajiem aktiem. Ja jums rodas jautājumi vai pretenzijas par personas datu apstrādi un aizsardzību Tīmekļvietņu vienotajā platformā, ziņojiet par to Valsts kancelejai, rakstot uz e-pasta adresi pasts@mk.gov.lv, vai sazinieties ar Valsts kancelejas par personas datu apstrādi atbildīgo speciālistu Aldi Apsīti (e-pasta adrese: aldis.apsitis@mk.gov.lv).";
const CONTACT_AGAIN: &str = "Tīmekļvietņu vienotās platformas īstenošanā iesaistītās iestādes savstarpēji sadarbojas, pamatojoties uz spēkā esošajiem normatīvajiem aktiem. Ja jums rodas jautājumi vai pretenzijas par personas datu apstrādi un aizsardzību, ziņojiet par to Valsts kancelejai, rakstot uz e-pasta adresi pasts@mk.gov.lv, un jūsu iesniegtā informācija tiks reģistrēta un izvērtēta, vai arī sazinieties ar Valsts kancelejā nozīmēto atbildīgo darbinieku par personas datu apstrādi. Atbildīgais personas datu pārzinis ir Aldis Apsītis (e-pasta adrese: aldis.apsitis@mk.gov.lv).";
// Seed 004: two paragraphs that both cite the GDPR's full title, and nothing more alike.
const PLATFORM_INTRO: &str = "Tīmekļvietņu vienotās platformas privātuma politikas mērķis ir sniegt vispārīgu informāciju par Valsts kancelejas organizētajām un veiktajām personas datu apstrādes darbībām saskaņā ar personas datu apstrādes principiem, kas sniegti Eiropas Parlamenta un Padomes 2016. gada 27. aprīļa Regulā (ES) 2016/679 par fizisku personu aizsardzību attiecībā uz personas datu apstrādi un šādu datu brīvu apriti un ar ko atceļ Direktīvu 95/46/EK (Vispārīgā datu aizsardzības regula).";
const PMLP_INTRO: &str = "Pārvalde personas datus apstrādā, ievērojot Eiropas Parlamenta un Padomes 2016. gada 27. aprīļa Regulas (ES) 2016/679 par fizisku personu aizsardzību attiecībā uz personas datu apstrādi un šādu datu brīvu apriti un ar ko atceļ Direktīvu 95/46/EK (Vispārīgā datu aizsardzības regula), Fizisko personu datu apstrādes likuma un citu normatīvo aktu prasības.";

#[test]
fn the_pasted_paragraph_of_seed_004_is_found() {
    let index = Index::new([toml(CONTACT), toml(PMLP_INTRO), toml(CONTACT_AGAIN)]);
    let repeats = index.repeats(1);
    assert_eq!(repeats.len(), 1);
    assert_eq!(repeats[0].later.text, CONTACT_AGAIN);
    assert_eq!(repeats[0].earlier.text, CONTACT);
    assert!(!repeats[0].verbatim);
}

#[test]
fn a_shared_legal_title_is_not_a_repeat() {
    let index = Index::new([toml(PLATFORM_INTRO), toml(PMLP_INTRO)]);
    assert!(index.repeats(0).is_empty());
}

#[test]
fn three_verbatim_copies_are_two_repeats_of_the_first() {
    let index = Index::new([toml(CONTACT), toml(CONTACT), toml(CONTACT)]);
    let repeats = index.repeats(0);
    assert_eq!(repeats.len(), 2);
    assert!(repeats.iter().all(|r| r.verbatim));
}

#[test]
fn fields_of_structured_data_may_repeat_each_other() {
    let field = |text| Passage {
        field: true,
        ..toml(text)
    };
    let index = Index::new([field(CONTACT), field(CONTACT), toml(CONTACT_AGAIN)]);
    let repeats = index.repeats(0);
    assert_eq!(repeats.len(), 1, "only the prose is reported");
    assert_eq!(repeats[0].later.text, CONTACT_AGAIN);
}

#[test]
fn a_sentence_repeated_inside_a_paragraph_is_found() {
    let sentence = "Ja jums rodas jautājumi vai pretenzijas par personas datu apstrādi un aizsardzību, ziņojiet par to Valsts kancelejai.";
    let index = Index::new([toml(CONTACT_AGAIN), toml(sentence)]);
    assert_eq!(index.repeats(1).len(), 1);
}

/// A page as editors write it: the shared text with placeholders, an institution's
/// paragraphs pasted from it and from each other in other case and spacing, with
/// no-break spaces, numbers and e-mail addresses, and structured fields. Every repeat
/// is named: which paragraph, which one it repeats, word for word or not.
#[test]
fn a_messy_page_has_exactly_its_repeats() {
    let shared_text = [
            PLATFORM_INTRO,
            "Ja jums rodas jautājumi par {{ institution.name }} veikto personas datu apstrādi, rakstiet uz {{ institution.email }} vai zvaniet {{ institution.phone }}; atbildi sniegsim viena mēneša laikā, kā to nosaka Regulas 12. panta 3. punkts.",
            CONTACT,
            "The Controller keeps the recordings of the video surveillance for thirty days and then erases them for good from the recording server; {% if institution.cameras %}the cameras are marked with signs{% endif %}.",
        ];
    let own_text = [
            // 4: CONTACT in capitals and other spacing: word for word.
            "TĪMEKĻVIETŅU   VIENOTĀS platformas īstenošanā iesaistītās iestādes savstarpēji sadarbojas,\npamatojoties uz spēkā esošajiem normatīvajiem aktiem. Ja jums rodas jautājumi vai pretenzijas par personas datu apstrādi un aizsardzību Tīmekļvietņu vienotajā platformā, ziņojiet par to Valsts kancelejai, rakstot uz e-pasta adresi pasts@mk.gov.lv, vai sazinieties ar Valsts kancelejas par personas datu apstrādi atbildīgo speciālistu Aldi Apsīti (e-pasta adrese: aldis.apsitis@mk.gov.lv).",
            // 5: in other words.
            CONTACT_AGAIN,
            // 6: the GDPR's title only.
            PMLP_INTRO,
            // 7: the placeholders filled in.
            "Ja jums rodas jautājumi par Iestādes veikto personas datu apstrādi, rakstiet uz pasts@iestade.gov.lv vai zvaniet 67000000; atbildi sniegsim viena mēneša laikā, kā to nosaka Regulas 12. panta 3. punkts.",
            // 8: the first half of 0 with no-break spaces, in other case.
            "TĪMEKĻVIETŅU\u{a0}VIENOTĀS\u{a0}platformas privātuma politikas mērķis ir sniegt vispārīgu informāciju par Valsts kancelejas organizētajām un veiktajām personas datu apstrādes darbībām.",
            // 9, 10: a short line twice, as fields.
            "Persona 0, datu aizsardzības speciālists",
            "Persona 0, datu aizsardzības speciālists",
            // 11: a sentence of 2 and 5 with a phone number: a stock phrase by now.
            "Ja jums rodas jautājumi vai pretenzijas par personas datu apstrādi un aizsardzību, ziņojiet par to Valsts kancelejai (tālr. 67082800), rakstot uz e-pasta adresi.",
            // 12: the English shared text with the placeholder's words written out.
            "The Controller keeps the RECORDINGS of the video surveillance for thirty days and then erases them for good from the recording server; the cameras are marked with signs.",
        ];
    let shared = Index::new(shared_text.map(toml));
    let mut page = Index::on(&shared);
    page.extend(own_text.iter().enumerate().map(|(at, text)| Passage {
        field: at == 5 || at == 6,
        ..toml(text)
    }));
    let all: Vec<&str> = shared_text.iter().chain(&own_text).copied().collect();
    let id = |passage: &Passage| all.iter().position(|t| t.as_ptr() == passage.text.as_ptr());
    let found: Vec<_> = page
        .repeats(shared.len())
        .iter()
        .map(|r| (id(r.later), id(r.earlier), r.verbatim))
        .collect();
    // 5 is not reported: most of what it shares with 2 stands in 11 too (the sentence on
    // whom to write) or in 0 and 8 (its opening), so on this page those are stock
    // phrases. Nor are 6 (a legal title), 9 and 10 (fields), 11 (stock phrases).
    let expected = [
        (Some(4), Some(2), true),
        (Some(7), Some(1), false),
        (Some(8), Some(0), false),
        (Some(12), Some(3), false),
    ];
    assert_eq!(found, expected);
}

/// A phrase said twice inside one paragraph counts once: the paragraph and its copy
/// elsewhere are two, not three, and the copy is found.
#[test]
fn a_paragraph_repeating_itself_counts_once() {
    let twice = "Dati tiek glabāti drošā serverī iestādes telpās un netiek nodoti trešajām personām. Dati tiek glabāti drošā serverī iestādes telpās un netiek nodoti trešajām personām.";
    let again = "Dati tiek glabāti drošā serverī iestādes telpās un netiek nodoti trešajām personām bez pamata.";
    let index = Index::new([toml(twice), toml(again)]);
    let repeats = index.repeats(0);
    assert_eq!(repeats.len(), 1);
    assert_eq!(repeats[0].later.text, again);
}

#[test]
fn paragraphs_are_what_stands_between_blank_lines() {
    for body in [
        "",
        "\n\n",
        "one\n\n\ntwo\n\n\n\nthree",
        "  indented\nsecond line\n\n\u{a0}after a no-break space  \n\n",
        "ā\n\nē",
    ] {
        let mut offset = 0;
        let expected: Vec<(usize, &str)> = body
            .split("\n\n")
            .filter_map(|paragraph| {
                let start = offset + paragraph.len() - paragraph.trim_start().len();
                offset += paragraph.len() + 2;
                let text = paragraph.trim();
                (!text.is_empty()).then_some((start, text))
            })
            .collect();
        assert_eq!(
            paragraph_spans(body).collect::<Vec<_>>(),
            expected,
            "{body:?}"
        );
    }
}
