//! Time: seconds since 1970 on disk (the same everywhere), and dates and times as people on this
//! computer read them: in its own time zone (`jiff`, with the system's zone database). A
//! conversation saved at 00:30 in Utrecht is dated that day, not the day before.

use std::time::{SystemTime, UNIX_EPOCH};

use jiff::Timestamp;
use jiff::tz::TimeZone;

/// Now, in seconds since 1970.
pub fn now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

/// Year, month, day, hour, minute, second of a time in seconds since 1970, in this computer's
/// time zone (UTC when the system names none).
pub fn civil(secs: u64) -> (i64, u32, u32, u32, u32, u32) {
    civil_in(secs, &TimeZone::system())
}

/// The same in a given time zone.
pub fn civil_in(secs: u64, tz: &TimeZone) -> (i64, u32, u32, u32, u32, u32) {
    let t = timestamp(secs).to_zoned(tz.clone());
    let n = |v: i8| u32::try_from(v).unwrap_or(0);
    (
        i64::from(t.year()),
        n(t.month()),
        n(t.day()),
        n(t.hour()),
        n(t.minute()),
        n(t.second()),
    )
}

/// A time as saved beside the seconds, for a person reading the file: local, with its offset
/// ("2026-11-28 00:30:00 +01:00").
pub(super) fn stamp(secs: u64) -> String {
    stamp_in(secs, &TimeZone::system())
}

pub fn stamp_in(secs: u64, tz: &TimeZone) -> String {
    timestamp(secs)
        .to_zoned(tz.clone())
        .strftime("%Y-%m-%d %H:%M:%S %:z")
        .to_string()
}

/// Seconds past the range of dates (years -9999 to 9999) are read as the range's last second.
fn timestamp(secs: u64) -> Timestamp {
    i64::try_from(secs)
        .ok()
        .and_then(|s| Timestamp::from_second(s).ok())
        .unwrap_or(Timestamp::MAX)
}
