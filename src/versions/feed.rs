//! The Atom feed (RFC 4287) of a policy page's versions, written with atom_syndication:
//! one entry per version, newest first, with the sections that changed, linking the
//! archived text and the diff.

use atom_syndication::{Entry, FeedBuilder, FixedDateTime, Link, Person, Text};

use crate::model::record::{Recorded, Version};
use crate::model::{Date, Language};
use crate::version_guard::words::Labels;

/// The feed of `history` (oldest first) for the versions list at `list_url`.
pub fn atom(
    name: &str,
    list_url: &str,
    history: &[(&Version, &Recorded)],
    w: &Labels,
    language: Language,
) -> String {
    let entries: Vec<Entry> = history
        .iter()
        .enumerate()
        .rev()
        .map(|(index, (version, recorded))| {
            let url = format!("{list_url}{}/", version.date.iso());
            let mut links = vec![link(&url, "alternate")];
            let summary = if index == 0 {
                w.first_version.to_owned()
            } else {
                links.push(link(&format!("{url}{}/", w.changes_folder), "related"));
                format!("{} {}", w.what_changed, recorded.changed.join("; "))
            };
            let mut entry = Entry::default();
            entry.set_id(url.clone());
            entry.set_title(format!(
                "{} {}",
                w.version_of,
                version.date.display(language)
            ));
            entry.set_updated(midnight(version.date));
            entry.set_links(links);
            entry.set_summary(Some(Text::plain(summary)));
            entry
        })
        .collect();
    let updated = history.last().map_or(
        midnight(Date::new(2000, 1, 1).expect("a date")),
        |(v, _)| midnight(v.date),
    );
    let mut author = Person::default();
    author.set_name(name);
    let feed = FeedBuilder::default()
        .title(format!("{} — {name}", w.versions))
        .id(list_url)
        .updated(updated)
        .authors(vec![author])
        .links(vec![
            link(&format!("{list_url}atom.xml"), "self"),
            link(list_url, "alternate"),
        ])
        .lang(Some(language.code().to_owned()))
        .entries(entries)
        .build();
    let bytes = feed
        .write_to(Vec::new())
        .expect("writing to memory does not fail");
    String::from_utf8(bytes).expect("the feed is written as UTF-8")
}

fn link(href: &str, rel: &str) -> Link {
    let mut link = Link::default();
    link.set_href(href);
    link.set_rel(rel);
    link
}

fn midnight(date: Date) -> FixedDateTime {
    FixedDateTime::parse_from_rfc3339(&format!("{}T00:00:00Z", date.iso()))
        .expect("an ISO date at midnight UTC")
}
