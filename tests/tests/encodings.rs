//! The runtime's wire encodings (`runtime::Encoding`, `runtime::SerializeAs`,
//! `runtime::DeserializeAs`): text forms for paths, queries and headers, and JSON forms for
//! bodies and fields, including lists, maps and options.

use azure_core::http::StatusCode;
use seed_clients::runtime::{self, Encoding};
use std::collections::BTreeMap;
use time::macros::datetime;
use time::Duration;

/// Serializes `value` with the encoding `E`, as a request body would be.
fn json<E: runtime::SerializeAs<T>, T>(value: &T) -> String {
    String::from_utf8(runtime::json_body_as::<E, T>(value).unwrap().to_vec()).unwrap()
}

/// Decodes `text` with the encoding `E`, as a response body would be.
fn parse<E: for<'de> runtime::DeserializeAs<'de, T>, T>(text: &str) -> Result<T, String> {
    runtime::json_as::<E, T, ()>(StatusCode::Ok, &text.to_owned().into()).map_err(|error| error.to_string())
}

#[test]
fn iso8601_durations() {
    let cases = [
        (Duration::days(40), "P40D"),
        (Duration::ZERO, "PT0S"),
        (Duration::hours(1) + Duration::minutes(30), "PT1H30M"),
        (Duration::days(1) + Duration::seconds(5), "P1DT5S"),
        (Duration::milliseconds(1_500), "PT1.5S"),
        (-Duration::days(2), "-P2D"),
    ];
    for (duration, text) in cases {
        assert_eq!(runtime::Iso8601Duration::to_text(&duration), text);
        assert_eq!(runtime::Iso8601Duration::from_text(text), Ok(duration), "{text}");
    }
    // Other spellings read the same; years and months count as 365 and 30 days.
    assert_eq!(runtime::Iso8601Duration::from_text("P1W"), Ok(Duration::days(7)));
    assert_eq!(runtime::Iso8601Duration::from_text("PT0.25H"), Ok(Duration::minutes(15)));
    assert_eq!(runtime::Iso8601Duration::from_text("P1Y2M"), Ok(Duration::days(365 + 60)));
    assert_eq!(runtime::Iso8601Duration::from_text("PT36H"), Ok(Duration::hours(36)));
    for bad in ["", "P", "40D", "PT", "P1H", "PT1D", "P1DT", "PxD"] {
        assert!(runtime::Iso8601Duration::from_text(bad).is_err(), "{bad}");
    }
}

#[test]
fn numeric_durations() {
    let duration = Duration::milliseconds(35_625);
    assert_eq!(runtime::Seconds::to_text(&duration), "35.625");
    assert_eq!(runtime::Milliseconds::to_text(&duration), "35625");
    assert_eq!(runtime::WholeSeconds::to_text(&duration), "36");
    assert_eq!(runtime::WholeSeconds::to_text(&-duration), "-36");
    assert_eq!(runtime::WholeMilliseconds::to_text(&Duration::microseconds(1_499)), "1");
    assert_eq!(json::<runtime::Seconds, _>(&duration), "35.625");
    assert_eq!(json::<runtime::WholeMilliseconds, _>(&duration), "35625");
    assert_eq!(parse::<runtime::Seconds, _>("35.625"), Ok(duration));
    assert_eq!(parse::<runtime::Milliseconds, _>("35625"), Ok(duration));
    // A number sent as a string still reads.
    assert_eq!(parse::<runtime::WholeSeconds, _>("\"36\""), Ok(Duration::seconds(36)));
    assert!(parse::<runtime::Seconds, _>("\"soon\"").is_err());
}

#[test]
fn date_times() {
    let rfc3339 = datetime!(2022-08-26 18:38:00 UTC);
    assert_eq!(runtime::Rfc3339::from_text("2022-08-26T18:38:00.000Z"), Ok(rfc3339));
    assert_eq!(runtime::Rfc3339::from_text("2022-08-26T20:38:00+02:00"), Ok(rfc3339));
    // Services sometimes omit the offset: read as UTC.
    assert_eq!(runtime::Rfc3339::from_text("2022-08-26T18:38:00"), Ok(rfc3339));
    assert!(runtime::Rfc3339::from_text("yesterday").is_err());

    let rfc7231 = datetime!(2022-08-26 14:38:00 UTC);
    assert_eq!(runtime::Rfc7231::to_text(&rfc7231), "Fri, 26 Aug 2022 14:38:00 GMT");
    // Written in UTC whatever the value's offset.
    assert_eq!(runtime::Rfc7231::to_text(&datetime!(2022-08-26 16:38:00 +02:00)), "Fri, 26 Aug 2022 14:38:00 GMT");
    assert_eq!(runtime::Rfc7231::from_text("Fri, 26 Aug 2022 14:38:00 GMT"), Ok(rfc7231));

    let unix = datetime!(2023-06-12 10:47:44 UTC);
    assert_eq!(runtime::UnixTime::to_text(&unix), "1686566864");
    assert_eq!(json::<Vec<runtime::UnixTime>, _>(&vec![unix]), "[1686566864]");
    assert_eq!(parse::<Vec<runtime::UnixTime>, _>("[1686566864]"), Ok(vec![unix]));
}

#[test]
fn bytes() {
    let bytes = b"test".to_vec();
    assert_eq!(runtime::Base64::to_text(&bytes), "dGVzdA==");
    assert_eq!(runtime::Base64Url::to_text(&bytes), "dGVzdA");
    assert_eq!(runtime::to_text::<runtime::Base64Url, Vec<u8>>(&bytes), "dGVzdA");
    // Either alphabet, padded or not, reads.
    for text in ["dGVzdA==", "dGVzdA"] {
        assert_eq!(runtime::Base64::from_text(text), Ok(bytes.clone()), "{text}");
        assert_eq!(runtime::Base64Url::from_text(text), Ok(bytes.clone()), "{text}");
    }
    assert_eq!(runtime::Base64Url::from_text("-_8"), Ok(vec![0xfb, 0xff]));
    assert_eq!(runtime::Base64::from_text("+/8="), Ok(vec![0xfb, 0xff]));
    assert!(runtime::Base64::from_text("not base64!").is_err());
}

#[test]
fn containers_encode_their_items() {
    let bytes = b"test".to_vec();
    assert_eq!(json::<Option<runtime::Base64Url>, _>(&Some(bytes.clone())), "\"dGVzdA\"");
    assert_eq!(json::<Option<runtime::Base64Url>, _>(&None), "null");
    assert_eq!(parse::<Option<runtime::Base64Url>, _>("null"), Ok(None));
    let map = BTreeMap::from([("a".to_owned(), vec![bytes.clone()])]);
    let text = json::<BTreeMap<String, Vec<runtime::Base64>>, _>(&map);
    assert_eq!(text, r#"{"a":["dGVzdA=="]}"#);
    assert_eq!(parse::<BTreeMap<String, Vec<runtime::Base64>>, _>(&text), Ok(map));
}

#[test]
fn numbers_as_text_and_delimited_lists() {
    assert_eq!(json::<runtime::NumberText, _>(&10_000_000_000i64), "\"10000000000\"");
    assert_eq!(parse::<runtime::NumberText, i64>("\"255\""), Ok(255));
    assert_eq!(parse::<runtime::NumberText, i64>("255"), Ok(255));
    assert_eq!(parse::<runtime::NumberText, f64>("\"1.5\""), Ok(1.5));
    assert!(parse::<runtime::NumberText, i64>("\"1.5\"").is_err());

    let colors: Vec<String> = ["blue", "red", "green"].map(str::to_owned).to_vec();
    assert_eq!(json::<runtime::NewlineDelimited, _>(&colors), r#""blue\nred\ngreen""#);
    assert_eq!(parse::<runtime::PipeDelimited, _>(r#""blue|red|green""#), Ok(colors));
    assert_eq!(parse::<runtime::CommaDelimited, _>(r#""""#), Ok(Vec::new()));
}
