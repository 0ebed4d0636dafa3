//! Dates as precise as the sources allow: a year, a month or a day.
//!
//! A source that says "in August 2021" must not be shown as "August 1, 2021",
//! so every date keeps its precision and covers a span of days.

use std::fmt;

/// A calendar date known to the year, the month or the day.
///
/// `month` and `day` are 0 when unknown; a known day implies a known month.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct PartialDate {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// How precisely a [`PartialDate`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// An inclusive range of days, from the first day `start` covers to the last
/// day `end` covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateSpan {
    pub start: PartialDate,
    pub end: PartialDate,
}

impl PartialDate {
    pub const fn year(year: u16) -> Self {
        Self {
            year,
            month: 0,
            day: 0,
        }
    }

    pub const fn month(year: u16, month: u8) -> Self {
        Self {
            year,
            month,
            day: 0,
        }
    }

    pub const fn ymd(year: u16, month: u8, day: u8) -> Self {
        Self { year, month, day }
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, rejecting impossible dates.
    pub fn parse(text: &str) -> Result<Self, String> {
        let bad = || format!("\"{text}\" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
        let parts: Vec<&str> = text.split('-').collect();
        let number = |part: &str, len: usize| -> Result<u16, String> {
            if part.len() != len || !part.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            part.parse::<u16>().map_err(|_| bad())
        };
        let date = match parts.as_slice() {
            [y] => Self::year(number(y, 4)?),
            [y, m] => Self::month(number(y, 4)?, number(m, 2)? as u8),
            [y, m, d] => Self::ymd(number(y, 4)?, number(m, 2)? as u8, number(d, 2)? as u8),
            _ => return Err(bad()),
        };
        if date.precision() != Precision::Year && !(1..=12).contains(&date.month) {
            return Err(format!("\"{text}\" has no month {}", date.month));
        }
        if date.precision() == Precision::Day
            && !(1..=days_in_month(date.year, date.month)).contains(&date.day)
        {
            return Err(format!("\"{text}\" has no day {} in that month", date.day));
        }
        Ok(date)
    }

    /// The first day this date covers (Jan 1 of a bare year, the 1st of a month).
    pub fn first_day(self) -> PartialDate {
        match self.precision() {
            Precision::Year => Self::ymd(self.year, 1, 1),
            Precision::Month => Self::ymd(self.year, self.month, 1),
            Precision::Day => self,
        }
    }

    /// The last day this date covers (Dec 31 of a bare year, a month's last day).
    pub fn last_day(self) -> PartialDate {
        match self.precision() {
            Precision::Year => Self::ymd(self.year, 12, 31),
            Precision::Month => {
                Self::ymd(self.year, self.month, days_in_month(self.year, self.month))
            }
            Precision::Day => self,
        }
    }

    /// Days since 1970-01-01 of the first day covered; for ordering and gaps.
    pub fn day_number(self) -> i64 {
        let d = self.first_day();
        days_from_civil(i64::from(d.year), i64::from(d.month), i64::from(d.day))
    }

    /// Days since 1970-01-01 of the last day covered.
    pub fn last_day_number(self) -> i64 {
        let d = self.last_day();
        days_from_civil(i64::from(d.year), i64::from(d.month), i64::from(d.day))
    }
}

impl fmt::Display for PartialDate {
    /// ISO form at the date's own precision: `2019`, `2021-08`, `2021-10-16`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision() {
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

impl DateSpan {
    /// Whether every day `date` covers lies inside this span.
    pub fn contains(self, date: PartialDate) -> bool {
        self.start.day_number() <= date.day_number()
            && date.last_day_number() <= self.end.last_day_number()
    }

    /// Whether a single day (at day precision) lies inside this span.
    pub fn contains_day(self, day: PartialDate) -> bool {
        self.start.day_number() <= day.day_number()
            && day.day_number() <= self.end.last_day_number()
    }
}

pub fn is_leap_year(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

pub fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Howard Hinnant's days-from-civil: proleptic Gregorian date to day count.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    // Pins the three accepted forms and that precision survives parsing.
    #[test]
    fn parses_each_precision() {
        assert_eq!(PartialDate::parse("2019"), Ok(PartialDate::year(2019)));
        assert_eq!(
            PartialDate::parse("2021-08"),
            Ok(PartialDate::month(2021, 8))
        );
        assert_eq!(
            PartialDate::parse("2021-10-16"),
            Ok(PartialDate::ymd(2021, 10, 16))
        );
        assert_eq!(
            PartialDate::parse("2021-08").unwrap().precision(),
            Precision::Month
        );
    }

    // Pins that malformed and impossible dates are refused with a reason.
    #[test]
    fn rejects_bad_dates() {
        for bad in [
            "",
            "21",
            "2021-8",
            "2021-13",
            "2021-02-29",
            "2021/10/16",
            "2021-10-16-1",
            "abcd",
        ] {
            assert!(PartialDate::parse(bad).is_err(), "{bad} should be rejected");
        }
        assert!(
            PartialDate::parse("2020-02-29").is_ok(),
            "2020 is a leap year"
        );
        assert!(PartialDate::parse("2021-02-30")
            .unwrap_err()
            .contains("no day 30"));
    }

    // Pins the span a partial date covers, including month ends and leap years.
    #[test]
    fn first_and_last_days() {
        assert_eq!(
            PartialDate::year(2019).first_day(),
            PartialDate::ymd(2019, 1, 1)
        );
        assert_eq!(
            PartialDate::year(2019).last_day(),
            PartialDate::ymd(2019, 12, 31)
        );
        assert_eq!(
            PartialDate::month(2021, 7).last_day(),
            PartialDate::ymd(2021, 7, 31)
        );
        assert_eq!(
            PartialDate::month(2020, 2).last_day(),
            PartialDate::ymd(2020, 2, 29)
        );
        assert_eq!(
            PartialDate::month(2022, 11).last_day(),
            PartialDate::ymd(2022, 11, 30)
        );
    }

    // Pins the day arithmetic against known values, so gap checks are right.
    #[test]
    fn day_numbers_are_consecutive_across_boundaries() {
        assert_eq!(PartialDate::ymd(1970, 1, 1).day_number(), 0);
        assert_eq!(PartialDate::ymd(2000, 3, 1).day_number(), 11_017);
        let jan19 = PartialDate::ymd(2021, 1, 19).day_number();
        let jan20 = PartialDate::ymd(2021, 1, 20).day_number();
        assert_eq!(jan20 - jan19, 1);
        assert_eq!(
            PartialDate::month(2021, 7).last_day_number() + 1,
            PartialDate::month(2021, 8).day_number()
        );
        assert_eq!(
            PartialDate::year(2019).last_day_number() - PartialDate::year(2019).day_number(),
            364
        );
    }

    // Pins containment: a month-precise event fits a span only if all of it does.
    #[test]
    fn span_containment_respects_precision() {
        let span = DateSpan {
            start: PartialDate::ymd(2021, 1, 20),
            end: PartialDate::month(2021, 7),
        };
        assert!(span.contains(PartialDate::ymd(2021, 3, 6)));
        assert!(span.contains(PartialDate::month(2021, 3)));
        assert!(
            !span.contains(PartialDate::month(2021, 1)),
            "January 2021 starts before Jan 20"
        );
        assert!(!span.contains(PartialDate::year(2021)));
        assert!(span.contains_day(PartialDate::ymd(2021, 7, 31)));
        assert!(!span.contains_day(PartialDate::ymd(2021, 8, 1)));
    }

    #[test]
    fn displays_at_own_precision() {
        assert_eq!(PartialDate::year(2019).to_string(), "2019");
        assert_eq!(PartialDate::month(2021, 8).to_string(), "2021-08");
        assert_eq!(PartialDate::ymd(2021, 10, 16).to_string(), "2021-10-16");
    }
}
