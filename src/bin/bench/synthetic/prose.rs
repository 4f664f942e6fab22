//! Deterministic prose for the synthetic platform: a fixed-seed generator and the words,
//! sentences, paragraphs and titles it strings together in each language.

use std::fmt::Write as _;

use privatums::model::Language;

/// SplitMix64: small, fast and the same everywhere.
pub(super) struct Rng(u64);

impl Rng {
    pub(super) fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0xD1B5_4A32_D192_ED03)
    }

    pub(super) fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    pub(super) fn range(&mut self, low: usize, high: usize) -> usize {
        low + (self.next() % (high - low + 1) as u64) as usize
    }

    pub(super) fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.range(0, items.len() - 1)]
    }
}

pub(super) const LV_WORDS: &[&str] = &[
    "personas",
    "dati",
    "apstrāde",
    "iestāde",
    "pārzinis",
    "datu",
    "subjekts",
    "tiesības",
    "pienākums",
    "informācija",
    "normatīvie",
    "akti",
    "drošība",
    "glabāšana",
    "termiņš",
    "pieprasījums",
    "iesniegums",
    "sistēma",
    "reģistrs",
    "kontaktinformācija",
    "pakalpojums",
    "sabiedrības",
    "interesēs",
    "likumīgi",
    "nodrošina",
    "izvērtē",
    "saskaņā",
    "ar",
    "un",
    "vai",
    "kā",
    "arī",
    "tiek",
    "ir",
    "kurus",
    "apstrādā",
    "valsts",
    "pārvalde",
    "darbinieki",
    "piekļuve",
    "tehniskie",
    "organizatoriskie",
    "pasākumi",
    "aizsardzība",
    "mērķis",
    "nolūks",
    "saņēmēji",
    "ierobežota",
    "elektroniski",
    "papīra",
    "formā",
    "gadījumā",
    "ja",
    "pēc",
    "noteiktajā",
    "kārtībā",
    "Eiropas",
    "Savienības",
    "regula",
    "vispārīgā",
    "ģimenes",
    "ārstniecības",
    "izglītības",
    "sociālās",
    "palīdzības",
];

pub(super) const EN_WORDS: &[&str] = &[
    "personal",
    "data",
    "processing",
    "institution",
    "controller",
    "subject",
    "rights",
    "obligation",
    "information",
    "laws",
    "regulations",
    "security",
    "storage",
    "period",
    "request",
    "application",
    "system",
    "register",
    "contact",
    "service",
    "public",
    "interest",
    "lawfully",
    "ensures",
    "assesses",
    "in",
    "accordance",
    "with",
    "and",
    "or",
    "as",
    "well",
    "is",
    "are",
    "which",
    "processes",
    "state",
    "administration",
    "employees",
    "access",
    "technical",
    "organisational",
    "measures",
    "protection",
    "aim",
    "purpose",
    "recipients",
    "restricted",
    "electronically",
    "paper",
    "form",
    "case",
    "if",
    "after",
    "the",
    "prescribed",
    "procedure",
    "European",
    "Union",
    "regulation",
    "general",
    "family",
    "medical",
    "education",
    "social",
    "assistance",
];

pub(super) fn words(language: Language) -> &'static [&'static str] {
    match language {
        Language::Lv => LV_WORDS,
        Language::En => EN_WORDS,
    }
}

pub(super) fn sentence(rng: &mut Rng, language: Language, out: &mut String) {
    let count = rng.range(8, 20);
    for i in 0..count {
        let word = rng.pick(words(language));
        if i == 0 {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                out.extend(first.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push(' ');
            match rng.range(0, 40) {
                0 => {
                    let _ = write!(out, "**{word}**");
                }
                1 => {
                    let _ = write!(out, "*{word}*");
                }
                2 => {
                    let _ = write!(
                        out,
                        "[{word}](https://likumi.lv/ta/id/{})",
                        rng.range(1000, 350_000)
                    );
                }
                3 => {
                    let _ = write!(out, "{word},");
                }
                _ => out.push_str(word),
            }
        }
    }
    out.push('.');
}

pub(super) fn paragraph(rng: &mut Rng, language: Language, out: &mut String) {
    for i in 0..rng.range(2, 5) {
        if i > 0 {
            out.push(' ');
        }
        sentence(rng, language, out);
    }
    out.push_str("\n\n");
}

pub(super) fn title(rng: &mut Rng, language: Language) -> String {
    let mut t = String::new();
    sentence(rng, language, &mut t);
    let t: Vec<&str> = t.trim_end_matches('.').split(' ').take(5).collect();
    t.join(" ")
        .replace(['*', '[', ']', ',', '(', ')'], "")
        .split("https")
        .next()
        .unwrap_or_default()
        .trim()
        .to_owned()
}

/// Markdown of about `target` bytes: paragraphs, `###` headings, lists, now and then a
/// table or a footnote.
pub(super) fn body(rng: &mut Rng, language: Language, target: usize) -> String {
    let mut out = String::with_capacity(target + 512);
    let mut footnotes = 0;
    while out.len() < target {
        match rng.range(0, 9) {
            0 => {
                // A heading may appear once on a page: the number keeps random titles apart.
                let number = rng.next() % 1_000_000;
                let _ = writeln!(out, "### {} {number}\n", title(rng, language));
            }
            1 | 2 => {
                for _ in 0..rng.range(3, 6) {
                    out.push_str("- ");
                    sentence(rng, language, &mut out);
                    out.push('\n');
                }
                out.push('\n');
            }
            3 if rng.range(0, 2) == 0 => {
                let (a, b, c) = match language {
                    Language::Lv => ("Dati", "Nolūks", "Termiņš"),
                    Language::En => ("Data", "Purpose", "Period"),
                };
                let _ = writeln!(out, "| {a} | {b} | {c} |\n|---|---|---|");
                for _ in 0..rng.range(2, 5) {
                    let _ = writeln!(
                        out,
                        "| {} | {} {} | {} |",
                        rng.pick(words(language)),
                        rng.pick(words(language)),
                        rng.pick(words(language)),
                        rng.range(1, 10)
                    );
                }
                out.push('\n');
            }
            4 if footnotes < 2 => {
                footnotes += 1;
                let mut text = String::new();
                sentence(rng, language, &mut text);
                let _ = write!(out, "{text}[^{footnotes}]\n\n[^{footnotes}]: ");
                sentence(rng, language, &mut out);
                out.push_str("\n\n");
            }
            _ => paragraph(rng, language, &mut out),
        }
    }
    out
}

pub(super) fn localized(lv: &str, en: &str) -> String {
    format!("{{ lv = {}, en = {} }}", quote(lv), quote(en))
}

pub(super) fn quote(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

pub(super) fn both(rng: &mut Rng, low: usize, high: usize) -> String {
    both_ending(rng, low, high, "")
}

/// Like [`both`], each language's text followed by `ending`.
pub(super) fn both_ending(rng: &mut Rng, low: usize, high: usize, ending: &str) -> String {
    let count = rng.range(low, high);
    let seed = rng.next();
    let text = |language| {
        let mut r = Rng::new(seed);
        let mut out = String::new();
        for _ in 0..count {
            out.push_str(rng_words(&mut r, language));
            out.push(' ');
        }
        format!("{}{ending}", out.trim_end())
    };
    let (lv, en) = (text(Language::Lv), text(Language::En));
    localized(&capitalise(&lv), &capitalise(&en))
}

pub(super) fn rng_words(rng: &mut Rng, language: Language) -> &'static str {
    let list = words(language);
    list[rng.range(0, list.len() - 1)]
}

pub(super) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}
