//! A calendar date, written in TOML as `2026-11-22`.

use serde::de::{Deserializer, Error};
use serde::{Deserialize, Serialize};

use super::Language;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// A date as a page shows it: machine-readable for `<time datetime>`, and in words.
#[derive(Clone, Debug, Serialize, PartialEq, Eq)]
pub struct DateView {
    pub iso: String,
    pub display: String,
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }

    /// Latvian writes `22.11.2026.`, English `22 November 2026`.
    pub fn display(self, language: Language) -> String {
        match language {
            Language::Lv => format!("{:02}.{:02}.{}.", self.day, self.month, self.year),
            Language::En => format!(
                "{} {} {}",
                self.day,
                MONTHS_EN[usize::from(self.month) - 1],
                self.year
            ),
        }
    }

    pub fn view(self, language: Language) -> DateView {
        DateView {
            iso: self.iso(),
            display: self.display(language),
        }
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = toml::value::Datetime::deserialize(deserializer)?;
        match (value.date, value.time) {
            (Some(d), None) => Ok(Date {
                year: d.year,
                month: d.month,
                day: d.day,
            }),
            _ => Err(D::Error::custom(format!(
                "expected a date like 2026-11-22, found `{value}`"
            ))),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn displays_in_each_language() {
        let date = Date {
            year: 2026,
            month: 11,
            day: 2,
        };
        assert_eq!(date.display(Language::Lv), "02.11.2026.");
        assert_eq!(date.display(Language::En), "2 November 2026");
        assert_eq!(date.iso(), "2026-11-02");
    }
}
