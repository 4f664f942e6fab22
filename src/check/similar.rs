//! Said twice: paragraphs on one page that repeat each other, word for word or in other
//! words. Each paragraph (a Markdown paragraph, or a TOML text) becomes a set of word
//! shingles — three consecutive words, each cut to its first five letters so that Latvian
//! case endings don't hide a repeat, numbers left out. Two paragraphs are near-duplicates when
//! the Jaccard similarity of their sets is at least [`JACCARD`], or when nearly all of the
//! shorter one stands in the longer ([`CONTAINED`]).
//!
//! Tuned on the source policies (/work/shared/seeds): the platform's paragraph on whom to
//! contact, pasted twice with changes in seed 004, scores 0.49; the next pair of different
//! paragraphs that both cite the GDPR's full title scores 0.35.
//!
//! Ordinary legal phrases are kept out by the index itself: a shingle that stands in
//! [`COMMON`] or more paragraphs of the page is a stock phrase and is not compared. So every
//! shingle compared stands in at most two paragraphs, and finding the pairs takes time linear
//! in the page's length. Paragraphs repeated word for word are grouped by their text first,
//! so three copies are still found.

use std::hash::{DefaultHasher, Hasher};
use std::path::Path;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::{FxHashMap, FxHasher};

use crate::diagnostic::Position;
use crate::load::MarkdownSource;

/// Jaccard similarity from which two paragraphs say the same thing.
pub const JACCARD: f64 = 0.45;
/// Share of a paragraph's shingles standing in another from which it is a repeat of part of it.
pub const CONTAINED: f64 = 0.9;
/// Paragraphs sharing a shingle from which the shingle is a stock phrase.
pub const COMMON: usize = 3;
/// Paragraphs with fewer shingles (about ten words) are too short to judge.
pub const MIN_SHINGLES: usize = 8;

/// Words, and template placeholders as single tokens so that their words are left out.
static TOKEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\{\{.*?\}\}|\{%.*?%\}|\w+").unwrap());

/// A paragraph of the page and where it is written.
#[derive(Clone)]
pub struct Passage<'a> {
    pub file: &'a Path,
    pub text: &'a str,
    pub place: Place<'a>,
    /// A field of structured data (a TOML value): such fields may repeat each other on
    /// purpose (each purpose's retention, each register's data), so two of them are never
    /// reported; prose in Markdown is held against them.
    pub field: bool,
}

#[derive(Clone)]
pub enum Place<'a> {
    /// At this byte offset of a Markdown body.
    Markdown(&'a MarkdownSource, usize),
    /// A TOML value, found by its text in the file.
    Toml(&'a str),
}

impl Passage<'_> {
    pub fn position(&self) -> Position {
        match self.place {
            Place::Markdown(source, at) => source.position(at..at + 1),
            Place::Toml(file_text) => {
                let at = file_text.find(self.text).unwrap_or(0);
                Position::of_span(file_text, at..at + self.text.len())
            }
        }
    }

    /// `file:line`, for a hint.
    pub fn location(&self) -> String {
        format!("{}:{}", self.file.display(), self.position().line)
    }
}

/// The paragraphs of a Markdown body with their byte offsets.
pub fn paragraphs(source: &MarkdownSource) -> impl Iterator<Item = Passage<'_>> {
    let body = source.body();
    let mut offset = 0;
    body.split("\n\n").filter_map(move |paragraph| {
        let start = offset + paragraph.len() - paragraph.trim_start().len();
        offset += paragraph.len() + 2;
        let text = paragraph.trim();
        (!text.is_empty()).then_some(Passage {
            file: &source.file,
            text,
            place: Place::Markdown(source, start),
            field: false,
        })
    })
}

/// A passage prepared for comparing.
#[derive(Clone)]
struct Prepared {
    /// A hash of the words joined by single spaces, lower case: equal for verbatim repeats.
    normal: u64,
    /// How many words the passage has.
    words: usize,
    shingles: Vec<u64>,
}

/// The words of a passage as hashes of their first five letters in lower case, and
/// their shingles (three consecutive words) as hashes, with one string built on the way
/// (the passage in lower case, single-spaced): this runs on every paragraph of every page.
fn prepare(text: &str) -> Prepared {
    // The passage in lower case, its words joined by single spaces: made in one pass, and
    // its hash is the verbatim key.
    let mut lower = String::with_capacity(text.len() + 1);
    let mut count = 0;
    for word in text.split_whitespace() {
        if word.is_ascii() {
            let start = lower.len();
            lower.push_str(word);
            lower[start..].make_ascii_lowercase();
        } else {
            lower.extend(word.chars().flat_map(char::to_lowercase));
        }
        lower.push(' ');
        count += 1;
    }
    let stem = |word: &str| {
        let end = word.char_indices().nth(5).map_or(word.len(), |(at, _)| at);
        let mut hasher = FxHasher::default();
        hasher.write(&word.as_bytes()[..end]);
        hasher.finish()
    };
    let counted = |word: &&str| !word.starts_with('{') && !word.bytes().any(|b| b.is_ascii_digit());
    // A word is a run of letters, digits and `_`, as the regex `\w` has it; placeholders
    // are tokens of their own (their words are the template's, not the text's), so only a
    // text with a `{` needs the regex.
    let words: Vec<u64> = if lower.contains('{') {
        TOKEN
            .find_iter(&lower)
            .map(|m| m.as_str())
            .filter(counted)
            .map(stem)
            .collect()
    } else {
        words(&lower).filter(counted).map(stem).collect()
    };
    let mut shingles: Vec<u64> = words
        .windows(3)
        .map(|w| {
            let mut hasher = FxHasher::default();
            w.iter().for_each(|&word| hasher.write_u64(word));
            hasher.finish()
        })
        .collect();
    shingles.sort_unstable();
    shingles.dedup();
    // SipHash, not Fx, for the verbatim key: two different paragraphs must not meet. One
    // call for the whole text: a call per word cost more than the hashing.
    let mut normal = DefaultHasher::new();
    normal.write(lower.as_bytes());
    Prepared {
        normal: normal.finish(),
        words: count,
        shingles,
    }
}

/// The words of `text`: runs of letters, digits and `_`, as the regex `\w` has it. Read
/// by bytes where the text is ASCII, decoding only other characters: this runs on every
/// word of every page.
fn words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let mut start = None;
        while let Some(&byte) = bytes.get(at) {
            let (in_word, len) = match byte {
                0..0x80 => (byte.is_ascii_alphanumeric() || byte == b'_', 1),
                _ => {
                    let c = text[at..].chars().next()?;
                    (c.is_alphanumeric(), c.len_utf8())
                }
            };
            match (in_word, start) {
                (true, None) => start = Some(at),
                (false, Some(from)) => {
                    at += len;
                    return Some(&text[from..at - len]);
                }
                _ => {}
            }
            at += len;
        }
        start.map(|from| &text[from..])
    })
}

/// The paragraphs of one page, in page order, ready for finding repeats. The shared text
/// is indexed once ([`Index::new`]); each institution's page is a layer on it
/// ([`Index::on`]) holding only the institution's own passages, so the shared index is
/// never copied.
pub struct Index<'s, 'a> {
    /// The passages before these, indexed once for every page.
    below: Option<&'s Index<'s, 'a>>,
    /// The id of this layer's first passage: ids run on from the layer below.
    first: usize,
    passages: Vec<Passage<'a>>,
    prepared: Vec<Prepared>,
    /// Each shingle's standing in this layer's passages: one map, so adding a shingle is one
    /// lookup.
    shingles: FxHashMap<u64, Shingle>,
    /// The first passage with each verbatim text.
    verbatim: FxHashMap<u64, usize>,
}

/// A shingle in one layer: in how many of its passages it stands, and which they are
/// while it is not yet common.
#[derive(Clone, Copy, Default)]
struct Shingle {
    count: u32,
    postings: Postings,
}

/// The passages of a shingle that is not (yet) common: fewer than [`COMMON`].
#[derive(Clone, Copy, Default)]
struct Postings {
    ids: [usize; COMMON - 1],
    len: usize,
}

impl Postings {
    fn push(&mut self, id: usize) {
        // A shingle's postings are cleared once it is common, so there is always room.
        self.ids[self.len] = id;
        self.len += 1;
    }

    fn clear(&mut self) {
        self.len = 0;
    }

    fn ids(&self) -> impl Iterator<Item = usize> + '_ {
        self.ids[..self.len].iter().copied()
    }
}

/// One repeat: the later passage and the earlier one it repeats.
pub struct Repeat<'p, 'a> {
    pub later: &'p Passage<'a>,
    pub earlier: &'p Passage<'a>,
    pub verbatim: bool,
}

impl<'s, 'a> Index<'s, 'a> {
    pub fn new(passages: impl IntoIterator<Item = Passage<'a>>) -> Index<'s, 'a> {
        let mut index = Index::layer(None, 0);
        index.extend(passages);
        index
    }

    /// An empty page on top of `below`: what is added to it is compared with `below`'s
    /// passages as if they had been added to `below` itself.
    pub fn on(below: &'s Index<'s, 'a>) -> Index<'s, 'a> {
        Index::layer(Some(below), below.len())
    }

    fn layer(below: Option<&'s Index<'s, 'a>>, first: usize) -> Index<'s, 'a> {
        Index {
            below,
            first,
            passages: Vec::new(),
            prepared: Vec::new(),
            shingles: FxHashMap::default(),
            verbatim: FxHashMap::default(),
        }
    }

    /// Adds passages after those already indexed (an institution's, after the shared ones).
    pub fn extend(&mut self, passages: impl IntoIterator<Item = Passage<'a>>) {
        // Prepared first, so the maps are sized once rather than grown shingle by shingle.
        let prepared: Vec<(Passage<'a>, Prepared)> = passages
            .into_iter()
            .map(|passage| {
                let prepared = prepare(passage.text);
                (passage, prepared)
            })
            .collect();
        let shingles = prepared.iter().map(|(_, p)| p.shingles.len()).sum();
        self.shingles.reserve(shingles);
        self.verbatim.reserve(prepared.len());
        self.passages.reserve(prepared.len());
        self.prepared.reserve(prepared.len());
        for (passage, prepared) in prepared {
            self.push(passage, prepared);
        }
    }

    fn push(&mut self, passage: Passage<'a>, mut prepared: Prepared) {
        let id = self.len();
        if self.original(prepared.normal).is_some() {
            // Compared by text only: its shingles would make the original's look common.
            prepared.shingles = Vec::new();
        } else {
            self.verbatim.insert(prepared.normal, id);
            for &shingle in &prepared.shingles {
                let below = self.below.map_or(0, |b| b.count(shingle));
                let own = self.shingles.entry(shingle).or_default();
                own.count += 1;
                if own.count as usize + below < COMMON {
                    own.postings.push(id);
                } else {
                    own.postings.clear();
                }
            }
        }
        self.passages.push(passage);
        self.prepared.push(prepared);
    }

    /// Every repeat among the passages from `first` on (earlier ones are only compared
    /// with), each pair once, reported at the later passage.
    pub fn repeats(&self, first: usize) -> Vec<Repeat<'_, 'a>> {
        let mut repeats = Vec::new();
        for later in first..self.len() {
            let prepared = self.prepared(later);
            let original = self.original(prepared.normal).unwrap_or(later);
            if original != later {
                if self.both_fields(original, later) {
                    continue;
                }
                // As long as a paragraph with MIN_SHINGLES shingles: shorter lines, like a
                // contact's name given again for a second purpose, are repeated on purpose.
                if prepared.words >= MIN_SHINGLES + 2 {
                    repeats.push(self.repeat(later, original, true));
                }
                continue;
            }
            let own = self.kept(later);
            if own < MIN_SHINGLES {
                continue;
            }
            let mut shared: FxHashMap<usize, usize> = FxHashMap::default();
            for &shingle in &prepared.shingles {
                if self.count(shingle) >= COMMON {
                    continue;
                }
                self.each_posting(shingle, &mut |other| {
                    if other < later {
                        *shared.entry(other).or_default() += 1;
                    }
                });
            }
            let best = shared
                .into_iter()
                .filter(|&(other, common)| {
                    let theirs = self.kept(other);
                    let jaccard = common as f64 / (own + theirs - common) as f64;
                    let contained = common as f64 / own.min(theirs).max(1) as f64;
                    theirs >= MIN_SHINGLES
                        && !self.both_fields(other, later)
                        && (jaccard >= JACCARD || contained >= CONTAINED)
                })
                .min_by_key(|&(other, _)| other);
            if let Some((earlier, _)) = best {
                repeats.push(self.repeat(later, earlier, false));
            }
        }
        repeats
    }

    /// In how many passages of the page, this layer and those below, `shingle` stands.
    fn count(&self, shingle: u64) -> usize {
        self.shingles.get(&shingle).map_or(0, |s| s.count as usize)
            + self.below.map_or(0, |b| b.count(shingle))
    }

    /// The passages of a shingle, in this layer and those below, given to `visit` without
    /// collecting them (this runs for every shingle of every page). Meant for a shingle
    /// that is not a stock phrase on the whole page: then no layer has cleared its postings.
    fn each_posting(&self, shingle: u64, visit: &mut impl FnMut(usize)) {
        if let Some(below) = self.below {
            below.each_posting(shingle, visit);
        }
        if let Some(own) = self.shingles.get(&shingle) {
            own.postings.ids().for_each(&mut *visit);
        }
    }

    /// The first passage of the page with this verbatim text.
    fn original(&self, normal: u64) -> Option<usize> {
        self.below
            .and_then(|b| b.original(normal))
            .or_else(|| self.verbatim.get(&normal).copied())
    }

    fn passage(&self, id: usize) -> &Passage<'a> {
        match self.below {
            Some(below) if id < self.first => below.passage(id),
            _ => &self.passages[id - self.first],
        }
    }

    fn prepared(&self, id: usize) -> &Prepared {
        match self.below {
            Some(below) if id < self.first => below.prepared(id),
            _ => &self.prepared[id - self.first],
        }
    }

    /// Both passages are fields of structured data (see [`Passage::field`]).
    fn both_fields(&self, a: usize, b: usize) -> bool {
        self.passage(a).field && self.passage(b).field
    }

    /// How many of a passage's shingles are compared (not stock phrases).
    fn kept(&self, id: usize) -> usize {
        self.prepared(id)
            .shingles
            .iter()
            .filter(|&&s| self.count(s) < COMMON)
            .count()
    }

    fn repeat(&self, later: usize, earlier: usize, verbatim: bool) -> Repeat<'_, 'a> {
        Repeat {
            later: self.passage(later),
            earlier: self.passage(earlier),
            verbatim,
        }
    }

    pub fn len(&self) -> usize {
        self.first + self.passages.len()
    }
}

#[cfg(test)]
mod tests {
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
    fn words_are_runs_of_letters_digits_and_underscores() {
        for text in [
            CONTACT_AGAIN,
            PMLP_INTRO,
            "",
            "  ",
            "a_b, 2016/679 — ļoti!",
            "ēdiens",
        ] {
            let expected: Vec<&str> = text
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .filter(|word| !word.is_empty())
                .collect();
            assert_eq!(words(text).collect::<Vec<_>>(), expected, "{text}");
        }
    }

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
}
