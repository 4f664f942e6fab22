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
#[derive(Clone, Debug, Serialize, PartialEq, Eq, schemars::JsonSchema)]
pub struct DateView {
    /// `YYYY-MM-DD`.
    pub iso: String,
    /// As the page shows it, in its language.
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

/// The years a policy's dates may fall in: a date outside them is a typo (`0000-01-01`,
/// `2206-11-22`), and pages could not show it sensibly.
const YEARS: std::ops::RangeInclusive<u16> = 1990..=2099;

impl Date {
    /// The date if it exists in the calendar and lies in `YEARS`, else why not.
    pub fn new(year: u16, month: u8, day: u8) -> Result<Date, String> {
        let written = format!("{year:04}-{month:02}-{day:02}");
        if !YEARS.contains(&year) {
            return Err(format!(
                "the date {written} is out of range: dates lie in the years {} to {}",
                YEARS.start(),
                YEARS.end()
            ));
        }
        let leap =
            year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => 0,
        };
        if !(1..=days).contains(&day) {
            return Err(format!("the date {written} does not exist"));
        }
        Ok(Date { year, month, day })
    }
}

/// In TOML a date without time (`2026-11-22`); in the JSON a schema validates, its text.
impl schemars::JsonSchema for Date {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A date like 2026-11-22 (a TOML date, not a string).",
            "type": "string",
            "format": "date"
        })
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = toml::value::Datetime::deserialize(deserializer)?;
        match (value.date, value.time) {
            (Some(d), None) => Date::new(d.year, d.month, d.day).map_err(D::Error::custom),
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

    #[test]
    fn only_real_dates_in_range_are_dates() {
        assert!(Date::new(2024, 2, 29).is_ok());
        assert!(Date::new(2023, 2, 29).is_err());
        assert!(Date::new(2026, 4, 31).is_err());
        assert!(Date::new(0, 1, 1).unwrap_err().contains("out of range"));
        assert!(Date::new(2206, 11, 22).is_err());
    }
}
