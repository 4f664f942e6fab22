use super::*;

/// What a passage was read as before this module was written: the text lower-cased and
/// single-spaced into a string, its words found there (the regex when it has a
/// placeholder), each word's stem and each shingle hashed the same way.
fn reference(text: &str) -> (String, usize, Vec<u64>) {
    let mut lower = String::new();
    let mut count = 0;
    for word in text.split_whitespace() {
        lower.extend(word.chars().flat_map(char::to_lowercase));
        lower.push(' ');
        count += 1;
    }
    let words: Vec<&str> = if lower.contains('{') {
        TOKEN.find_iter(&lower).map(|m| m.as_str()).collect()
    } else {
        lower
            .split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .collect()
    };
    let stems: Vec<u64> = words
        .into_iter()
        .filter(|w| !w.is_empty() && !w.starts_with('{'))
        .filter(|w| !w.bytes().any(|b| b.is_ascii_digit()))
        .map(|w| {
            let end = w.char_indices().nth(STEM).map_or(w.len(), |(at, _)| at);
            stem_hash(&w.as_bytes()[..end])
        })
        .collect();
    let mut shingles: Vec<u64> = stems
        .windows(3)
        .map(|w| {
            let mut hasher = FxHasher::default();
            w.iter().for_each(|&stem| hasher.write_u64(stem));
            hasher.finish()
        })
        .collect();
    shingles.sort_unstable();
    shingles.dedup();
    (lower, count, shingles)
}

const MESSY: &[&str] = &[
        "",
        "   \n\t ",
        "Pārzinis ir VALSTS KANCELEJA, reģ. Nr. 90000069281; adrese: Brīvības bulvāris 36, Rīga, LV-1050.",
        "ĀBOLS ābols Ābols — ĒDIENS, ŅEMT, ŠĶŪŅA; Žēl! Ģimene Ķirsis Ļoti Čaula",
        "Iestāde\u{a0}apstrādā\u{a0}datus\u{2003}saskaņā ar Regulu (ES) 2016/679 un\u{85}likumu.",
        "Mixed_case snake_case Word2Vec a1b2 e-pasta_adrese pasts@mk.gov.lv https://likumi.lv/ta/id/253306",
        "İstanbul İİİ ıi KELVIN \u{212a}elvins ǅemal ǄEMAL ß ẞ ﬁnanses",
        "Kombinētas zīmes: a\u{301}bols, e\u{304}diens, \u{1e9e}, Ω ω Ꮎ Ⅻ ⅻ ①②③ ٣٤ १२",
        "Sveiki, {{ institution.name }} apstrādā {{ purpose.name | upper }} datus {% if x %}ja{% endif %} kā {{nepabeigts",
        "Ar { vienu iekavu un {% nepabeigtu tagu, bez placeholder }} beigām {{ a }}{{ b }} šeit.",
        "word word word word word word word word word word word word",
        "Emoji 😀 un ķīniešu 汉字 teksts, arābu النص un kirilica ТЕКСТ ТекСт.",
        "Ja jums rodas jautājumi vai pretenzijas par personas datu apstrādi un aizsardzību, ziņojiet par to Valsts kancelejai, rakstot uz e-pasta adresi pasts@mk.gov.lv (tālr. 67082800).",
        "Tabulācija\tun\r\nrindas\x0bbeigas\x0cšeit\u{2028}un\u{2029}tur\u{3000}arī.",
    ];

#[test]
fn a_passage_reads_as_it_did_through_a_lower_cased_copy() {
    let mut reader = Reader::default();
    for &text in MESSY {
        let (lower, count, shingles) = reference(text);
        let mut list = vec![7];
        let read = reader.read(text, &mut list);
        assert_eq!(list[0], 7, "the list is only appended to");
        let mut own = list[1..].to_vec();
        own.sort_unstable();
        own.dedup();
        assert_eq!(own, shingles, "{text}");
        assert_eq!(read.words, count, "{text}");
        assert_eq!(
            read.normal,
            lower.chars().fold(0, |hash, c| mix(hash, u32::from(c))),
            "{text}"
        );
    }
}

#[test]
fn the_same_text_is_the_same_whatever_its_spaces_and_case() {
    assert!(same_text("Ābols  UN\tbumbieris\n", " ābols un BUMBIERIS"));
    assert!(!same_text("ābols un bumbieris", "ābols un bumbierī"));
    assert!(!same_text("ābols un", "ābolsun"));
    let mut reader = Reader::default();
    let a = reader
        .read("Ābols  UN\tbumbieris\n", &mut Vec::new())
        .normal;
    let b = reader.read(" ābols un BUMBIERIS", &mut Vec::new()).normal;
    assert_eq!(a, b);
}
