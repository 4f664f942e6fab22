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

use std::ops::Range;
use std::path::Path;

use rustc_hash::FxHashMap;

use crate::diagnostic::Position;
use crate::load::MarkdownSource;

mod words;

use words::{same_text, Reader};

/// Jaccard similarity from which two paragraphs say the same thing.
pub const JACCARD: f64 = 0.45;
/// Share of a paragraph's shingles standing in another from which it is a repeat of part of it.
pub const CONTAINED: f64 = 0.9;
/// Paragraphs sharing a shingle from which the shingle is a stock phrase.
pub const COMMON: usize = 3;
/// Paragraphs with fewer shingles (about ten words) are too short to judge.
pub const MIN_SHINGLES: usize = 8;

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
    paragraph_spans(source.body()).map(move |(start, text)| Passage {
        file: &source.file,
        text,
        place: Place::Markdown(source, start),
        field: false,
    })
}

/// The text between blank lines (`"\n\n"`), trimmed, and where it starts. The breaks are
/// found with memchr's substring search: `str::split` read every body byte by byte.
fn paragraph_spans(body: &str) -> impl Iterator<Item = (usize, &str)> {
    let breaks = memchr::memmem::find_iter(body.as_bytes(), b"\n\n").chain([body.len()]);
    let mut from = 0;
    breaks.filter_map(move |end| {
        let paragraph = &body[from..end];
        let start = from + paragraph.len() - paragraph.trim_start().len();
        from = end + 2;
        let text = paragraph.trim();
        (!text.is_empty()).then_some((start, text))
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
    /// The shingles of this layer's passages, one passage after another
    /// ([`Prepared::shingles`]): one vector for the page, not one per passage.
    list: Vec<u64>,
    /// Each shingle's standing on the page: in this layer, the standing in the layers below
    /// is copied when a shingle is first met, so one lookup answers for the whole page.
    shingles: FxHashMap<u64, Shingle>,
    /// The first passage with each verbatim text, by [`Prepared::normal`].
    verbatim: FxHashMap<u64, usize>,
}

/// A passage read for comparing.
struct Prepared {
    /// A hash of its text in lower case, single-spaced: equal for verbatim repeats.
    normal: u64,
    /// How many words the passage has.
    words: usize,
    /// Its shingles in its layer's list, sorted; none for a verbatim repeat (its shingles
    /// would make the original's look common).
    shingles: Range<usize>,
    /// The first passage of the page with the same text, when that is another.
    copy_of: Option<usize>,
}

/// A shingle on the page: in how many passages it stands, which they are while it is not
/// (yet) common, and the last passage that was counted (one that has it twice counts once).
#[derive(Clone, Copy, Default)]
struct Shingle {
    count: u32,
    ids: [u32; COMMON - 1],
    /// The last passage's id + 1, 0 for none.
    last: u32,
}

impl Shingle {
    /// Counts passage `id`, once: false when it was counted already.
    fn add(&mut self, id: usize) -> bool {
        let id = id as u32;
        if self.last == id + 1 {
            return false;
        }
        self.last = id + 1;
        if let Some(slot) = self.ids.get_mut(self.count as usize) {
            *slot = id;
        }
        self.count += 1;
        true
    }

    /// Not a stock phrase: it stands in fewer than [`COMMON`] passages of the page.
    fn compared(&self) -> bool {
        (self.count as usize) < COMMON
    }

    /// The passages it stands in, while it is compared.
    fn passages(&self) -> impl Iterator<Item = usize> + '_ {
        let len = if self.compared() { self.count } else { 0 };
        self.ids[..len as usize].iter().map(|&id| id as usize)
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
            list: Vec::new(),
            shingles: FxHashMap::default(),
            verbatim: FxHashMap::default(),
        }
    }

    /// Adds passages after those already indexed (an institution's, after the shared ones).
    pub fn extend(&mut self, passages: impl IntoIterator<Item = Passage<'a>>) {
        // All read first, so the maps are sized once rather than grown shingle by shingle.
        let from = self.passages.len();
        let listed = self.list.len();
        let mut reader = Reader::default();
        for passage in passages {
            let start = self.list.len();
            let read = reader.read(passage.text, &mut self.list);
            self.prepared.push(Prepared {
                normal: read.normal,
                words: read.words,
                shingles: start..self.list.len(),
                copy_of: None,
            });
            self.passages.push(passage);
        }
        self.shingles.reserve(self.list.len() - listed);
        self.verbatim.reserve(self.passages.len() - from);
        for at in from..self.passages.len() {
            self.index(at);
        }
    }

    /// Enters the passage at `at` of this layer in the maps.
    fn index(&mut self, at: usize) {
        let id = self.first + at;
        let copy_of = self.original(id);
        let prepared = &mut self.prepared[at];
        if copy_of.is_some() {
            prepared.copy_of = copy_of;
            prepared.shingles = 0..0;
            return;
        }
        // Two texts with one hash: the first keeps the entry, the other is found by
        // `original`'s search.
        self.verbatim.entry(prepared.normal).or_insert(id);
        // Each shingle counted once, and the passage's list kept to those.
        let Range { start, end } = prepared.shingles;
        let mut kept = start;
        for slot in start..end {
            let shingle = self.list[slot];
            let below = self.below;
            let standing = self
                .shingles
                .entry(shingle)
                .or_insert_with(|| below.and_then(|b| b.shingle(shingle)).unwrap_or_default());
            if standing.add(id) {
                self.list[kept] = shingle;
                kept += 1;
            }
        }
        prepared.shingles = start..kept;
    }

    /// The first passage of the page with the same verbatim text as passage `id`, when that
    /// is an earlier one.
    fn original(&self, id: usize) -> Option<usize> {
        self.first_with(self.prepared(id).normal, self.passage(id).text, id)
    }

    /// The first passage before `before` with this text, whose hash is `normal`.
    fn first_with(&self, normal: u64, text: &str, before: usize) -> Option<usize> {
        if let Some(found) = self.below.and_then(|b| b.first_with(normal, text, before)) {
            return Some(found);
        }
        let &first = self.verbatim.get(&normal)?;
        if same_text(self.passage(first).text, text) {
            return Some(first);
        }
        // Another text with the same hash holds the entry: look through the layer.
        (self.first..before.min(self.len())).find(|&earlier| {
            let prepared = self.prepared(earlier);
            prepared.normal == normal
                && prepared.copy_of.is_none()
                && same_text(self.passage(earlier).text, text)
        })
    }

    /// Every repeat among the passages from `first` on (earlier ones are only compared
    /// with), each pair once, reported at the later passage.
    pub fn repeats(&self, first: usize) -> Vec<Repeat<'_, 'a>> {
        let mut repeats = Vec::new();
        // How many shingles each passage has that are compared, worked out when asked.
        let mut kept = vec![u32::MAX; self.len()];
        // The earlier passages sharing a compared shingle with the one at hand, once per
        // shingle they share.
        let mut sharing = Vec::new();
        for later in first..self.len() {
            let prepared = self.prepared(later);
            if let Some(original) = prepared.copy_of {
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
            sharing.clear();
            let mut own = 0;
            for &shingle in self.shingles_of(later) {
                let standing = self.shingle(shingle).unwrap_or_default();
                if standing.compared() {
                    own += 1;
                    sharing.extend(standing.passages().filter(|&other| other < later));
                }
            }
            if own < MIN_SHINGLES {
                continue;
            }
            sharing.sort_unstable();
            // The earliest passage it repeats: ids in order, each with the shingles it shares.
            let best = sharing.chunk_by(|a, b| a == b).find_map(|run| {
                let (other, common) = (run[0], run.len());
                let theirs = match kept[other] {
                    u32::MAX => {
                        let count = self.kept(other);
                        kept[other] = count as u32;
                        count
                    }
                    count => count as usize,
                };
                let jaccard = common as f64 / (own + theirs - common) as f64;
                let contained = common as f64 / own.min(theirs).max(1) as f64;
                (theirs >= MIN_SHINGLES
                    && !self.both_fields(other, later)
                    && (jaccard >= JACCARD || contained >= CONTAINED))
                    .then_some(other)
            });
            if let Some(earlier) = best {
                repeats.push(self.repeat(later, earlier, false));
            }
        }
        repeats
    }

    /// A shingle's standing on the page, this layer and those below.
    fn shingle(&self, shingle: u64) -> Option<Shingle> {
        match self.shingles.get(&shingle) {
            Some(&standing) => Some(standing),
            None => self.below.and_then(|b| b.shingle(shingle)),
        }
    }

    fn shingles_of(&self, id: usize) -> &[u64] {
        match self.below {
            Some(below) if id < self.first => below.shingles_of(id),
            _ => &self.list[self.prepared[id - self.first].shingles.clone()],
        }
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
        self.shingles_of(id)
            .iter()
            .filter(|&&s| self.shingle(s).is_some_and(|s| s.compared()))
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
mod tests;
